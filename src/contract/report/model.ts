/**
 * What a contract run reports, in two halves: `CheckMeta` is what each check records while it runs (vitest carries it
 * from the test worker to the main process as the task's `meta`), and `ContractReport` is the run as a whole, built
 * from those records in the main process. The JSON report is `ContractReport` as is: its schema is
 * `schemas/contract-report.schema.json`, and a change here is a change of that schema (bump `REPORT_SCHEMA_VERSION`
 * when a field is removed or changes meaning).
 */
import type { Violation } from '../check-response.ts'

export type { Violation }

export const REPORT_SCHEMA_VERSION = 1

/**
 * - `coverage`: the plan has one step for every operation of the spec (no request);
 * - `happy-path`: the operation answers its success status;
 * - `scenario`: one of the plan's documented errors or scenario steps;
 * - `unauthorized`: the documented answer to a request without credentials;
 * - `not-found`: 404 for an unknown id;
 * - `invalid-body`: a documented 4xx for a body that breaks the schema;
 * - `forced-error`: a documented error forced with `Prefer: code=…` (stateless mode);
 * - `negative`: a documented 4xx for a request with one fault derived from the spec (a required property left out,
 *   a wrong type, a value outside its enum, pattern or bounds, a required parameter missing or malformed);
 * - `rate-limit`: the 429 once the quota is spent.
 */
export type CheckKind =
  | 'coverage'
  | 'happy-path'
  | 'scenario'
  | 'unauthorized'
  | 'not-found'
  | 'invalid-body'
  | 'forced-error'
  | 'negative'
  | 'rate-limit'

export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  coverage: 'plan covers the spec',
  'happy-path': 'happy path',
  scenario: 'documented error or scenario',
  unauthorized: 'no credentials',
  'not-found': 'unknown id',
  'invalid-body': 'invalid body',
  'forced-error': 'forced error',
  negative: 'negative (from the spec)',
  'rate-limit': '429 contract',
}

export type CheckOutcome = 'passed' | 'failed' | 'skipped'

/** The request as sent, without credentials: secrets in the query or body read `[redacted]`. */
export interface RequestExcerpt {
  method: string
  url: string
  contentType?: string
  /** The body as sent, cut at 2,000 characters. */
  body?: string
}

export interface ResponseExcerpt {
  status: number
  /** Header names in lower case; credentials and cookies left out. */
  headers: Record<string, string>
  /** The body, cut at 2,000 characters; secrets in a JSON body read `[redacted]`. */
  body?: string
  /** Time from sending the request to the end of the body. */
  ms: number
}

/** What a check records while it runs. */
export interface CheckMeta {
  api: string
  kind: CheckKind
  operationId?: string
  method?: string
  path?: string
  /** The expected status(es), e.g. `200`, `400 or 422`. */
  expected?: string
  /** The last request the check sent, and its answer (none when it failed before any answer). */
  request?: RequestExcerpt
  response?: ResponseExcerpt
  /** Requests the check sent (the 429 contract sends many; the excerpt is the last). */
  requests?: number
  violations?: Violation[]
  /** Earlier plan steps run first to provide the variables this check needs (a filtered run). */
  setup?: string[]
  /** Set on the check that found the run cannot go on (nothing answers, every request refused…): the one message. */
  systemic?: string
}

export interface CheckReport {
  /** The test title, e.g. `getBooking: GET /v1/{account}/bookings/{id} → 200`. */
  name: string
  kind: CheckKind
  expected?: string
  outcome: CheckOutcome
  skipReason?: string
  durationMs: number
  requests: number
  request?: RequestExcerpt
  response?: ResponseExcerpt
  /** Each rule of the spec (or of the plan) the response broke; empty unless the check failed on the contract. */
  violations: Violation[]
  /** A failure that is not a broken rule (the request could not be sent, the plan is wrong…). */
  error?: string
  setup?: string[]
}

export interface Counts {
  checks: number
  passed: number
  failed: number
  skipped: number
}

export interface OperationReport {
  operationId: string
  method: string
  path: string
  tags: string[]
  /** `failed` if a check failed, `passed` if one passed and none failed, else `skipped` (nothing ran). */
  outcome: CheckOutcome
  counts: Counts
  checks: CheckReport[]
}

export interface ApiRunReport {
  api: string
  title: string
  baseUrl: string
  /** `local` (in-process mock), `mock` (our mock at a URL), `prism`, or `remote` (treated as the live API). */
  target: 'local' | 'mock' | 'prism' | 'remote'
  mode: 'stateful' | 'stateless'
  /** `aborted`: the run stopped early with `aborted` as the reason (a systemic failure). */
  outcome: 'passed' | 'failed' | 'aborted'
  aborted?: string
  durationMs: number
  counts: Counts
  /** The same counts by check kind (only the kinds the run declared). */
  kinds: Partial<Record<CheckKind, Counts>>
  operations: OperationReport[]
  /** Checks not about one operation (the plan's coverage of the spec). */
  runChecks: CheckReport[]
  /** Errors outside any check (the suite file failed to load, a hook failed). */
  errors: string[]
}

export interface ContractReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  tool: { name: string; version: string }
  startedAt: string
  durationMs: number
  outcome: 'passed' | 'failed'
  filters: { operations: string[]; tags: string[]; excludeOperations: string[] }
  counts: Counts & { operations: number }
  /** The counts by check kind over every run. */
  kinds: Partial<Record<CheckKind, Counts>>
  runs: ApiRunReport[]
}

/**
 * The key under which a contract check keeps its `CheckMeta` in a vitest task's meta. Here, not in suite-check.ts:
 * the CLI's report builder reads it, and the CLI must load without vitest (`contract --help`, and the one-line "install
 * vitest" error) — suite-check.ts imports vitest.
 */
export const META_KEY = 'schedulingApiMocksContract'

/** The record a check keeps in a task's (or a reported test case's) meta, if it is a contract check. */
export function checkMetaOf(meta: object): CheckMeta | undefined {
  return (meta as Record<string, CheckMeta | undefined>)[META_KEY]
}
