/** What every view of the inspector is given, and what it gives back. */
import { get } from './api.ts'
import type { ApiInfo, OperationInfo } from './types.ts'

export interface ViewContext {
  api: ApiInfo
  /** The API's operations with their documented statuses and examples (fetched once per API). */
  operations(): Promise<OperationInfo[]>
  /** A short message at the top of the page. */
  notify(message: string, kind?: 'ok' | 'error'): void
}

export interface View {
  element: HTMLElement
  /** Brings the view up to date; `last` is the latest exchange id the live feed reported. */
  refresh(last?: number): Promise<void>
  dispose?(): void
}

const operationsByApi = new Map<string, Promise<OperationInfo[]>>()

export function operationsOf(api: string): Promise<OperationInfo[]> {
  let found = operationsByApi.get(api)
  if (!found) {
    found = get<{ operations: OperationInfo[] }>(`${api}/operations`).then((r) => r.operations)
    found.catch(() => operationsByApi.delete(api))
    operationsByApi.set(api, found)
  }
  return found
}
