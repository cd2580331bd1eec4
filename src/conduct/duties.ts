/**
 * A vendor's client duties as data: its quota, the waits after certain responses, when to stop after errors in a row,
 * and how often a whole data set may be polled. One declaration feeds both sides: the mock's conduct rules and rate
 * limit are built from it here, and the client middleware (`src/client/`) honours the same numbers, so the mock and
 * the client cannot drift apart.
 */
import type { FixedWindowOptions, RateLimitPolicy } from '../rate-limit/policies.ts'
import { fixedWindow } from '../rate-limit/policies.ts'
import { minPollInterval, requireFilterWhenPolling, stopAfterConsecutiveErrors, waitAfterStatus } from './rules.ts'
import type { ConductRequest, ConductRule } from './tracker.ts'

/** Every duty has a stable id (the conduct finding's `rule`, the client's switch) and the vendor's words. */
export interface Duty {
  readonly id: string
  readonly description: string
}

/** N requests per window per key. */
export interface QuotaDuty extends Duty {
  readonly limit: number
  readonly windowMs: number
  /** The headers the vendor describes the quota with (the mock sends them, the client reads them). */
  readonly headers?: FixedWindowOptions['headers']
}

/** These statuses, or every status from `atLeast` on except some. */
export type StatusSet = readonly number[] | { readonly atLeast: number; readonly except: readonly number[] }

/**
 * How a compliant client honours a wait: `retry` — wait, then send the same request once more; `pause` — its next
 * request waits; `hold` — it sends nothing for that long (the client refuses, saying when it may retry).
 */
export type Honour = 'retry' | 'pause' | 'hold'

export interface WaitDuty extends Duty {
  readonly after: StatusSet
  /** How long to wait, unless `waitHeader` gives seconds. */
  readonly waitMs: number
  /** A response header giving the seconds to wait (`Retry-After`, `x-ratelimit-reset`); `waitMs` when absent. */
  readonly waitHeader?: string
  readonly honour: Honour
}

/** After `count` errors (status 400 or more) in a row, send nothing for `waitMs`. */
export interface StopDuty extends Duty {
  readonly count: number
  readonly waitMs: number
}

/** A list the vendor calls a data set: its list operation and that operation's path. */
export interface DataSetDeclaration {
  readonly name: string
  readonly operationId: string
  readonly path: string
}

export interface PollingDuty {
  /** A whole data set may be read at most once per `intervalMs`. */
  readonly interval?: Duty & { readonly intervalMs: number }
  /** A repeated whole read must carry `parameter` (e.g. changed-since); the first read is a load when allowed. */
  readonly filter?: Duty & { readonly parameter: string; readonly allowFirstRead: boolean }
  readonly dataSets: readonly DataSetDeclaration[]
  /** Query parameters that do not narrow a list: a list with no others reads the whole data set. */
  readonly wholeReadParameters: readonly string[]
}

export interface ClientDuties {
  readonly quota?: QuotaDuty
  readonly waits?: readonly WaitDuty[]
  readonly stopAfterErrors?: StopDuty
  readonly polling?: PollingDuty
}

/** The ids of every duty in a declaration: what a client can switch off. */
export type DutyId<D extends ClientDuties> =
  | (D['quota'] extends { id: infer I extends string } ? I : never)
  | (D['waits'] extends readonly (infer W)[] ? (W extends { id: infer I extends string } ? I : never) : never)
  | (D['stopAfterErrors'] extends { id: infer I extends string } ? I : never)
  | (D['polling'] extends { interval: { id: infer I extends string } } ? I : never)
  | (D['polling'] extends { filter: { id: infer I extends string } } ? I : never)

export function statusIn(set: StatusSet, status: number): boolean {
  return 'atLeast' in set ? status >= set.atLeast && !set.except.includes(status) : set.includes(status)
}

/**
 * The data set a request reads whole — a list with no query parameter other than the declared non-narrowing ones —
 * else `undefined`. `set` is the request's declared data set, if any (found by operation on the mock, by path on the
 * client).
 */
export function wholeReadOf(
  polling: PollingDuty,
  set: DataSetDeclaration | undefined,
  queryKeys: Iterable<string>,
): string | undefined {
  if (!set) return undefined
  for (const key of queryKeys) if (!polling.wholeReadParameters.includes(key)) return undefined
  return set.name
}

/** The mock's conduct rules for a declaration, one per duty other than the quota (which the rate limit enforces). */
export function conductRulesFor(duties: ClientDuties): ConductRule[] {
  const rules: ConductRule[] = []
  for (const wait of duties.waits ?? [])
    rules.push(
      waitAfterStatus({
        id: wait.id,
        description: wait.description,
        statuses: (status) => statusIn(wait.after, status),
        waitMs: wait.waitMs,
        waitHeader: wait.waitHeader,
      }),
    )
  const stop = duties.stopAfterErrors
  if (stop) rules.push(stopAfterConsecutiveErrors({ ...stop }))
  const polling = duties.polling
  if (polling) {
    const byOperation = new Map(polling.dataSets.map((set) => [set.operationId, set]))
    const pollKey = (request: ConductRequest) =>
      wholeReadOf(polling, request.op && byOperation.get(request.op.operationId), Object.keys(request.query))
    if (polling.interval) rules.push(minPollInterval({ ...polling.interval, pollKey }))
    if (polling.filter) rules.push(requireFilterWhenPolling({ ...polling.filter, pollKey }))
  }
  return rules
}

/** The mock's rate limit for a declared quota, with the limit the mock was configured with (e.g. `--rate-limit`). */
export function quotaPolicy(quota: QuotaDuty, options: { limit?: number; message?: string } = {}): RateLimitPolicy {
  return fixedWindow({
    limit: options.limit ?? quota.limit,
    windowMs: quota.windowMs,
    headers: quota.headers,
    message: options.message,
  })
}
