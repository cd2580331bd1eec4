/**
 * The Redis-backed twin of the in-memory `fixedWindow` policy: the same options and the same headers (both call
 * `fixedWindowDecision`), but counted in Redis, so a vendor's quota holds across every instance of the mock. It is
 * asynchronous, and counts per session: a reset of the session starts its windows afresh.
 */
import {
  checkFixedWindowOptions,
  type FixedWindowOptions,
  fixedWindowDecision,
  fixedWindowName,
  type RateDecision,
} from '../../rate-limit/policies.ts'
import { type SessionRef, sessionKeys } from './keys.ts'
import type { WindowCounter } from './window-counter.ts'

export interface SharedRateLimitPolicy {
  readonly name: string
  /** Counts one request of client `key` in `session` at `now` and says whether it may proceed, with its headers. */
  check(session: SessionRef, key: string, now: number): Promise<RateDecision>
}

/**
 * @param id names the policy in its Redis keys (letters, digits, `.`, `_`, `-`), e.g. `quota`.
 * @example sharedFixedWindow('quota', { limit: 10, windowMs: 60_000, headers: { limit: 'X-RateLimit-Limit' } }, counter)
 */
export function sharedFixedWindow(
  id: string,
  options: FixedWindowOptions,
  counter: WindowCounter,
): SharedRateLimitPolicy {
  checkFixedWindowOptions(options)
  return {
    name: fixedWindowName(options),
    async check(session, key, now) {
      const keys = sessionKeys(session)
      const hit = await counter.hit(keys.window(id, key), options.limit, options.windowMs, now, keys.state)
      return fixedWindowDecision(options, hit.count, hit.allowed, hit.resetAt, now)
    },
  }
}
