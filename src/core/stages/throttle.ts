/**
 * Stage 4, throttle: who the request counts against, whether that client is blocked for misconduct, and the vendor's
 * rate limits. Runs after authentication but before its verdict is reported, as a vendor's gateway counts failed
 * logins too.
 */
import type { ConductTracker } from '../../conduct/tracker.ts'
import { checkAll, type RateDecision, type RateLimitPolicy } from '../../rate-limit/policies.ts'
import type { Operation } from '../../spec/openapi.ts'
import { MockError } from '../errors.ts'
import type { AnyApiPlugin } from '../plugin.ts'
import type { MockRequest, Query } from '../types.ts'
import type { Trace } from './trace.ts'

/**
 * Counts a request against the policies somewhere shared (a store such as Redis, `serve --store`), so every instance
 * of the mock counts one quota. Same contract as `checkAll`.
 */
export type SharedThrottle = (
  policies: readonly RateLimitPolicy[],
  client: string,
  now: number,
  request: MockRequest,
) => Promise<RateDecision>

export interface ThrottleStage {
  /**
   * Sets `trace.client` and `trace.rateHeaders`; throws `blocked` or `rate_limited`. With a shared throttle it answers
   * with a promise (rejected with `rate_limited`); in memory it returns at once.
   */
  (op: Operation, request: MockRequest, query: Query, trace: Trace, now: number): void | Promise<void>
  /** Replaces the policies (on reset, so counters start over). */
  setPolicies(policies: RateLimitPolicy[]): void
  /** The policies in force (for the inspector). */
  policies(): readonly RateLimitPolicy[]
}

export function createThrottleStage(
  plugin: AnyApiPlugin,
  conduct: ConductTracker | undefined,
  shared?: SharedThrottle,
): ThrottleStage {
  let policies: RateLimitPolicy[] = []
  function judgeConduct(op: Operation, request: MockRequest, query: Query, client: string, now: number): void {
    if (!conduct) return
    const verdict = conduct.before(
      { client, op, method: request.method, path: request.path, query, rawQuery: request.rawQuery },
      now,
    )
    if (verdict.blocked) throw new MockError('blocked', `API access is blocked for this client: ${verdict.blocked}`)
  }
  const stage: ThrottleStage = Object.assign(
    (op: Operation, request: MockRequest, query: Query, trace: Trace, now: number): void | Promise<void> => {
      const principal = trace.principal
      const client =
        plugin.clientKey?.(request, principal) ?? principal?.key ?? `address:${request.remoteAddress ?? 'unknown'}`
      trace.client = client
      // A shared store is asked first, even with no policies: in the same round trip it checks that the session's
      // state is current, and a stale run must stop before the conduct tracker counts it. So with a store, a request
      // refused for misconduct has been counted in the windows; in memory it is not.
      if (shared)
        return shared(policies, client, now, request).then((decision) => {
          judgeConduct(op, request, query, client, now)
          trace.rateHeaders = decision.headers
          if (!decision.allowed) throw new MockError('rate_limited', decision.reason ?? 'Too many requests')
        })
      judgeConduct(op, request, query, client, now)
      if (policies.length === 0) return
      const decision = checkAll(policies, client, now)
      trace.rateHeaders = decision.headers
      if (!decision.allowed) throw new MockError('rate_limited', decision.reason ?? 'Too many requests')
    },
    {
      setPolicies(next: RateLimitPolicy[]) {
        policies = next
      },
      policies: () => policies,
    },
  )
  return stage
}
