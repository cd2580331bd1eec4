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
  const stage: ThrottleStage = Object.assign(
    (op: Operation, request: MockRequest, query: Query, trace: Trace, now: number): void | Promise<void> => {
      const principal = trace.principal
      const client =
        plugin.clientKey?.(request, principal) ?? principal?.key ?? `address:${request.remoteAddress ?? 'unknown'}`
      trace.client = client
      if (conduct) {
        const verdict = conduct.before(
          { client, op, method: request.method, path: request.path, query, rawQuery: request.rawQuery },
          now,
        )
        if (verdict.blocked) throw new MockError('blocked', `API access is blocked for this client: ${verdict.blocked}`)
      }
      if (policies.length === 0) return
      if (shared)
        return shared(policies, client, now).then((decision) => {
          trace.rateHeaders = decision.headers
          if (!decision.allowed) throw new MockError('rate_limited', decision.reason ?? 'Too many requests')
        })
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
