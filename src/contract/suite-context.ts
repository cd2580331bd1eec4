/**
 * What every phase of a contract suite shares. The phases are declared when the test file is collected, long before
 * the target is up, so the run itself is a slot the start-up hook fills and each test reads through `ready`.
 */
import { inject } from 'vitest'
import { listOperations, type OpenApiDocument, type Operation } from '../spec/openapi.ts'
import { createResponseChecker, type ResponseChecker } from './check-response.ts'
import type { ContractClient, ContractRequest } from './client.ts'
import type { ContractPlan, PlanStep, StepContext } from './plan.ts'
import { buildRequest, type Vars } from './request-builder.ts'
import type { CheckMeta } from './report/model.ts'
import type { SystemicDetector } from './systemic.ts'
import {
  PROVIDE_KEY,
  readSettings,
  SELECT_ALL,
  selects,
  type ContractMode,
  type ContractSelection,
  type ContractSettings,
  type LocalTargets,
  type ProvidedContractRun,
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
  /** Over the settings the CLI provides, or else those read from the `CONTRACT_*` environment variables. */
  settings?: Partial<ContractSettings>
  /** Which operations to check (default: the CLI's `--operation`/`--tag`/`--exclude-operation`, else all). */
  selection?: ContractSelection
  /** Starts the target (e.g. Prism) instead of using the base URL or the plan's local mock. */
  target?(): Promise<ProvidedTarget>
  /** Where notes go (pacing waits, teardown failures); default `console.error`. */
  log?(line: string): void
  env?: NodeJS.ProcessEnv
  /** Time limit of the start-up hook (default: vitest's `hookTimeout`); Prism needs a generous one. */
  setupTimeoutMs?: number
}

export interface Run {
  target: TargetInfo
  client: ContractClient
  /** Watches every answer of the run for a systemic failure (see systemic.ts). */
  detector: SystemicDetector
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
  /** Whether the run checks this operation (the CLI's filters). */
  readonly selected: (operation: Operation) => boolean
  /** Whether filters are in force (some operations may be left out). */
  readonly filtered: boolean
  /** Filled by the start-up hook: the run, or why it did not start. */
  run: Run | undefined
  setupError: unknown
  /** The check under way, which records its requests and answers (checks of one suite run one at a time). */
  current: CheckMeta | undefined
  /** Why the run stopped early (a systemic failure); the checks not yet run are skipped. */
  aborted: string | undefined
  /** Unselected plan steps already run as set-up of a filtered run (see suite-setup.ts). */
  readonly setupDone: Set<string>
}

const isIdLike = (name: string): boolean => name === 'id' || /_id$|Id$/.test(name)

/** Reads the settings and the spec once, when the suite is declared, so a bad setting fails the file up front. */
export function createSuiteContext(plan: ContractPlan, options: ContractSuiteOptions): SuiteContext {
  const env = options.env ?? process.env
  const provided = inject(PROVIDE_KEY as never) as ProvidedContractRun | undefined
  const settings: ContractSettings = {
    ...(provided?.settings[plan.api] ?? readSettings(env)),
    ...options.settings,
  }
  const selection = options.selection ?? provided?.selection ?? SELECT_ALL
  const mode: ContractMode = settings.mode ?? 'stateful'
  // console.error, not a raw write: vitest hands it to the reporter, which keeps it clear of the progress line.
  const log = options.log ?? ((line: string) => console.error(line))
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
    selected: (op) => selects(selection, op.operationId, op.object.tags),
    filtered: selection.operations.length + selection.tags.length + selection.excludeOperations.length > 0,
    run: undefined,
    setupError: undefined,
    current: undefined,
    aborted: undefined,
    setupDone: new Set(),
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
