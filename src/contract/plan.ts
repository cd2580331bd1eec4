/**
 * A contract plan: the per-API knowledge the generic suite needs — which records to use or create so each operation's
 * happy path can succeed, in what order, what to undo afterwards, and where the credentials come from. Everything
 * else (the error checks, the 429 contract, the stateless run) is derived from the spec.
 */
import type { OpenApiDocument } from '../spec/openapi.ts'
import type { AuthProvider } from './auth.ts'
import type { ResponseCheckOptions } from './check-response.ts'
import type { ContractRequest, ContractResponse } from './client.ts'
import type { ClientDuty } from './duties.ts'
import type { RequestOverrides, Vars } from './request-builder.ts'
import type { LocalTargets, TargetInfo } from './target.ts'

/**
 * - `read`: changes nothing; always runs.
 * - `write`: creates records, or changes or deletes records this run created; against a remote API only with `--write`.
 * - `shared`: changes records the run did not create, or has effects outside the API (e-mails, deliveries to
 *   customers' webhooks); runs against mocks only, never against a remote API.
 */
export type Effect = 'read' | 'write' | 'shared'

export interface StepContext {
  vars: Vars
  target: TargetInfo
  /** Registers a request that undoes a write. Sent after the happy paths, newest first, unless `forget` is called. */
  track(key: string, undo: ContractRequest): void
  forget(key: string): void
  /** Builds a request for any operation (e.g. the delete that undoes a create). */
  request(operationId: string, overrides?: RequestOverrides): ContractRequest
}

export interface PlanStep {
  operationId: string
  /** Default: `read` for GET and HEAD, `write` otherwise. */
  effect?: Effect
  /** Variables the request uses; when one is missing the step is skipped and says which. */
  needs?: readonly string[]
  /** The happy-path request, over the spec's examples (path parameters default to the variable of the same name). */
  request?(vars: Vars): RequestOverrides
  /** Expected status (default: the lowest documented 2xx). */
  status?: number
  /** Reads ids out of the response into `vars`, registers undo requests. Runs when the status was the expected one. */
  after?(response: ContractResponse, ctx: StepContext): void
  /** A reason to skip on this target (e.g. needs credentials the run does not have). */
  skip?(target: TargetInfo, vars: Vars): string | undefined
}

/**
 * A further request of a stateful run, after the happy paths: a documented error provoked through the API, or one step
 * of a scenario (create → read it back → change → delete → 404). Checks run in the order given and share the run's
 * variables; their writes are gated like the happy paths' and undone the same way.
 */
export interface PlanCheck {
  /** What is checked, for the test title, e.g. `an end before the start → 400 "Invalid date range."`. */
  name: string
  operationId: string
  /** Default: `read` for GET and HEAD, `write` otherwise (a refused write is still gated as a write). */
  effect?: Effect
  needs?: readonly string[]
  request?(vars: Vars): RequestOverrides
  /** Send without the plan's credentials (e.g. with other credentials in `request().headers`). */
  authenticate?: boolean
  /** The expected status. */
  status: number
  /** Problems beyond the spec check: the wrong error message, a record missing from a list… (empty when fine). */
  expect?(response: ContractResponse, vars: Vars): string[]
  /** Runs when the status was the expected one (remember ids, register or forget undo requests). */
  after?(response: ContractResponse, ctx: StepContext): void
  skip?(target: TargetInfo, vars: Vars): string | undefined
}

export interface RateLimitPlan {
  /** A cheap read sent until the 429 arrives. */
  probe: string
  probeRequest?(vars: Vars): RequestOverrides
  /** Response header with the quota, e.g. `X-RateLimit-Limit`; leave out when the API sends none. */
  limitHeader?: string
  /** Response header with what is left, e.g. `X-RateLimit-Remaining` (used to pace the run); none: no pacing. */
  remainingHeader?: string
  windowSeconds: number
  /** Used when the target does not send `limitHeader`. */
  documentedLimit: number
  /**
   * The API also answers 429 at random, on purpose, to check that clients handle it. A test that gets a 429 it did
   * not ask for is then skipped rather than failed (the 429 itself is still checked against the spec), and the client
   * waits `windowSeconds` before its next request.
   */
  random?: boolean
  /** Whether a 429 must carry `Retry-After` (default `'required'`; `'optional'` for APIs that document none). */
  retryAfter?: 'required' | 'optional'
  /** Why the 429 contract is never provoked on a remote API, even with --allow-429 (e.g. the vendor blocks accounts that try). */
  notOnRemote?: string
}

export interface ContractPlan {
  /** The API id: the folder name under specs/, mocks/ and contracts/. */
  api: string
  document: OpenApiDocument
  /** Happy paths, in the order they run; every operation of the spec exactly once (a test checks it). */
  steps: readonly PlanStep[]
  /** The variables the run starts with (account ids, dates…). */
  vars(env: NodeJS.ProcessEnv, target: TargetInfo): Vars
  /**
   * Starts what the run needs on this machine before its first check (e.g. a webhook receiver, `receiver.ts`): its
   * variables join `vars`, and `close` runs after the last check.
   */
  prepare?(target: TargetInfo): Promise<{ vars?: Vars; close?(): Promise<void> }>
  /** The credentials for this target. Throws, saying which variables to set, when there are none. */
  credentials(env: NodeJS.ProcessEnv, target: TargetInfo): AuthProvider
  /** The environment variables `credentials` reads, named when the target refuses every request. */
  credentialVariables?: readonly string[]
  /** Documented errors and scenarios, run after the happy paths in stateful mode. */
  checks?: readonly PlanCheck[]
  /** Starts our mock on port 0 (and a second one with a low rate limit for the 429 contract). */
  startLocal?(): Promise<LocalTargets>
  rateLimit?: RateLimitPlan
  /** An id no record has (default 999999999). */
  unknownId?: string | number
  /** Which path parameters are record ids, for the 404 check (default: `id`, `…_id`, `…Id`). */
  isIdParameter?(name: string): boolean
  /** Operations left out of a generated error check, with the reason (shown as the skip note). */
  exclude?: {
    unauthorized?: Readonly<Record<string, string>>
    notFound?: Readonly<Record<string, string>>
    invalidBody?: Readonly<Record<string, string>>
    /** Operations whose generated negative checks are left out (suite-negative.ts). */
    negative?: Readonly<Record<string, string>>
    /** Stateless happy paths that cannot work from the spec's examples alone. */
    stateless?: Readonly<Record<string, string>>
  }
  /** Extra operations for the invalid-body check (by default: POSTs that answer 201 on a collection path). */
  invalidBodyAlso?: readonly string[]
  /** The status, or statuses, that answer a request without credentials (default 401). */
  unauthorizedStatus?: number | readonly number[]
  /** The documented errors forced with `Prefer: code=…` in stateless mode, where an operation declares them (default 404, 422, 429). */
  forcedErrors?: readonly number[]
  /**
   * Why the generated error checks (no credentials, unknown id, invalid body) are not sent to a remote API, if they
   * must not be: some vendors hold error responses against the account. Checks of `checks` decide for themselves (`skip`).
   */
  skipErrorChecksOnRemote?: string
  /** The vendor's client duties the run keeps (waits, stops): on every target, and further ones on a remote API only. */
  duties?: { all?: readonly ClientDuty[]; remote?: readonly ClientDuty[] }
  responseCheck?: ResponseCheckOptions
}

/** Identity function that types a plan. */
export function defineContractPlan(plan: ContractPlan): ContractPlan {
  return plan
}
