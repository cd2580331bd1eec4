/**
 * One test suite, two targets: the node:http server on port 0, and the MSW handlers called through msw's
 * `getResponse` (no server, no global patching). Both run the same engine, so both must give the same answers.
 */
import type { Server } from 'node:http'
import { getResponse } from 'msw'
import { createMockServer, listen } from '../../src/adapters/node-server.ts'
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.ts'
import { createEngineHandlers } from '../../src/adapters/msw.ts'
import { getPlugin, type ApiId } from '../../mocks/index.ts'

export type TargetKind = 'http' | 'msw'
export const TARGETS: TargetKind[] = ['http', 'msw']

export interface Target {
  kind: TargetKind
  /** Base URL of the API (what the vendor calls its base URL). */
  base: string
  engine: Engine
  fetch(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

/** Defaults for tests: responses validated against the spec, fixed seed. */
export const TEST_ENGINE_OPTIONS: EngineOptions = { seed: 1, validateResponses: true }

export async function createTarget(kind: TargetKind, api: ApiId, options: EngineOptions = {}): Promise<Target> {
  const engine = createEngine(getPlugin(api), { ...TEST_ENGINE_OPTIONS, ...options })
  if (kind === 'http') {
    const server: Server = createMockServer([{ prefix: `/${api}`, engine }])
    const url = await listen(server, 0)
    const base = `${url}/${api}`
    return {
      kind,
      base,
      engine,
      fetch: (path, init) => fetch(`${base}${path}`, init),
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        }),
    }
  }
  const base = 'https://mock.test/api'
  const handlers = createEngineHandlers(engine, { baseUrl: base })
  return {
    kind,
    base,
    engine,
    async fetch(path, init) {
      const response = await getResponse(handlers, new Request(`${base}${path}`, init))
      if (!response) throw new Error(`No MSW handler answered ${init?.method ?? 'GET'} ${path}`)
      return response
    },
    close: async () => {},
  }
}
