/**
 * What every phase of a contract suite shares. The phases are declared when the test file is collected, long before
 * the target is up, so the run itself is a slot the start-up hook fills and each test reads through `ready`.
 */
import { listOperations, type OpenApiDocument, type Operation } from '../spec/openapi.ts'
import { createResponseChecker, type ResponseChecker } from './check-response.ts'
import type { ContractClient, ContractRequest } from './client.ts'
import type { ContractPlan, PlanStep, StepContext } from './plan.ts'
import { buildRequest, type Vars } from './request-builder.ts'
import {
  readSettings,
  type ContractMode,
  type ContractSettings,
  type LocalTargets,
  type TargetInfo,
  type TargetKind,
} from './target.ts'

const DEFAULT_UNKNOWN_ID = 999999999

export interface ProvidedTarget {
  baseUrl: string
  kind: TargetKind
  close?(): Promise<void>
}

export interface ContractSuiteOptions {
  /** Over the settings read from the `CONTRACT_*` environment variables. */
  settings?: Partial<ContractSettings>
  /** Starts the target (e.g. Prism) instead of using the base URL or the plan's local mock. */
  target?(): Promise<ProvidedTarget>
  /** Where notes go (pacing waits, teardown failures); default stderr. */
  log?(line: string): void
  env?: NodeJS.ProcessEnv
  /** Time limit of the start-up hook (default: vitest's `hookTimeout`); Prism needs a generous one. */
  setupTimeoutMs?: number
}

export interface Run {
  target: TargetInfo
  client: ContractClient
  vars: Vars
  local: LocalTargets | undefined
  undo: Map<string, ContractRequest>
  close(): Promise<void>
}

export interface SuiteContext {
  readonly plan: ContractPlan
  readonly doc: OpenApiDocument
  readonly env: NodeJS.ProcessEnv
  readonly settings: ContractSettings
  readonly mode: ContractMode
  readonly log: (line: string) => void
  readonly operations: readonly Operation[]
  readonly byId: ReadonlyMap<string, Operation>
  readonly stepOf: ReadonlyMap<string, PlanStep>
  readonly check: ResponseChecker
  readonly unknownId: string | number
  readonly isIdParameter: (name: string) => boolean
  /** Filled by the start-up hook: the run, or why it did not start. */
  run: Run | undefined
  setupError: unknown
}

const isIdLike = (name: string): boolean => name === 'id' || /_id$|Id$/.test(name)

/** Reads the settings and the spec once, when the suite is declared, so a bad setting fails the file up front. */
export function createSuiteContext(plan: ContractPlan, options: ContractSuiteOptions): SuiteContext {
  const env = options.env ?? process.env
  const settings: ContractSettings = { ...readSettings(env), ...options.settings }
  const mode: ContractMode = settings.mode ?? 'stateful'
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`))
  const doc = plan.document
  const operations = listOperations(doc)
  return {
    plan,
    doc,
    env,
    settings,
    mode,
    log,
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
    stepOf: new Map(plan.steps.map((s) => [s.operationId, s])),
    check: createResponseChecker(doc, plan.responseCheck),
    unknownId: plan.unknownId ?? DEFAULT_UNKNOWN_ID,
    isIdParameter: plan.isIdParameter ?? isIdLike,
    run: undefined,
    setupError: undefined,
  }
}

/** The started run; when the start failed, each test fails with the start-up error rather than a vaguer one. */
export function ready(suite: SuiteContext): Run {
  if (!suite.run)
    throw suite.setupError instanceof Error
      ? suite.setupError
      : new Error(`The contract run did not start: ${String(suite.setupError)}`)
  return suite.run
}

export function operationOf(suite: SuiteContext, operationId: string): Operation {
  const found = suite.byId.get(operationId)
  if (!found)
    throw new Error(`${suite.plan.api}: the plan names "${operationId}", which is not an operation of the spec`)
  return found
}

export function stepContext(suite: SuiteContext, r: Run): StepContext {
  return {
    vars: r.vars,
    target: r.target,
    track: (key, undo) => void r.undo.set(key, undo),
    forget: (key) => void r.undo.delete(key),
    request: (operationId, overrides) => buildRequest(suite.doc, operationOf(suite, operationId), r.vars, overrides),
  }
}

export const title = (operation: Operation, suffix: string): string =>
  `${operation.operationId}: ${operation.method} ${operation.path} → ${suffix}`
