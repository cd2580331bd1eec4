/**
 * A contract plan: the per-API knowledge the generic suite needs — which records to use or create so each operation's
 * happy path can succeed, in what order, what to undo afterwards, and where the credentials come from. Everything
 * else (the error checks, the 429 contract, the stateless run) is derived from the spec.
 */
import type { OpenApiDocument } from '../spec/openapi.ts'
import type { AuthProvider } from './auth.ts'
import type { ResponseCheckOptions } from './check-response.ts'
import type { ContractRequest, ContractResponse } from './client.ts'
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

export interface RateLimitPlan {
  /** A cheap read sent until the 429 arrives. */
  probe: string
  probeRequest?(vars: Vars): RequestOverrides
  /** Response header with the quota, e.g. `X-RateLimit-Limit`. */
  limitHeader: string
  /** Response header with what is left, e.g. `X-RateLimit-Remaining` (used to pace the run). */
  remainingHeader: string
  windowSeconds: number
  /** Used when the target does not send `limitHeader`. */
  documentedLimit: number
}

export interface ContractPlan {
  /** The API id: the folder name under specs/, mocks/ and contracts/. */
  api: string
  document: OpenApiDocument
  /** Happy paths, in the order they run; every operation of the spec exactly once (a test checks it). */
  steps: readonly PlanStep[]
  /** The variables the run starts with (account ids, dates…). */
  vars(env: NodeJS.ProcessEnv, target: TargetInfo): Vars
  /** The credentials for this target. Throws, saying which variables to set, when there are none. */
  credentials(env: NodeJS.ProcessEnv, target: TargetInfo): AuthProvider
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
    /** Stateless happy paths that cannot work from the spec's examples alone. */
    stateless?: Readonly<Record<string, string>>
  }
  /** Extra operations for the invalid-body check (by default: POSTs that answer 201 on a collection path). */
  invalidBodyAlso?: readonly string[]
  responseCheck?: ResponseCheckOptions
}

/** Identity function that types a plan. */
export function defineContractPlan(plan: ContractPlan): ContractPlan {
  return plan
}
