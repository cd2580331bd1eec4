/**
 * Rate-limit policies. A policy looks at a key (the client, application or API key) and the time, and says whether the
 * request may proceed and which headers describe the quota. Vendors configure the header names and numbers; the
 * mechanisms are shared:
 * - `fixedWindow`: N requests per window (per minute, per 30 s, per hour…), windows aligned to the clock;
 * - `randomRejection`: answer 429 with a given probability, for vendors that do so to test client error handling.
 */
import { ConfigError } from '../core/errors.ts'
import { boundKey, BoundedMap } from '../core/bounded-map.ts'
import { MEMORY_LIMITS } from '../core/limits.ts'

export interface RateDecision {
  allowed: boolean
  /** Headers to add to the response, whatever the decision. */
  headers: Record<string, string>
  /** Seconds until a retry can succeed (only when `allowed` is false). */
  retryAfterSeconds?: number
  /** Why the request was refused, for the error body. */
  reason?: string
}

/** What a policy shows the inspector (`GET /__mock/<api>/rate-limits`): its rule and each counted client's window. */
export interface RateLimitSnapshot {
  name: string
  kind: 'fixed-window' | 'random' | 'other'
  /** Requests per window (fixed window). */
  limit?: number
  windowMs?: number
  /** Chance of a refusal per request (random). */
  probability?: number
  /** Clients counted in their current window, most recently seen first (at most `maxClients`). */
  clients: { client: string; used: number; remaining: number; resetsAt: string }[]
  /** Clients counted in their current window, all of them. */
  totalClients: number
}

export interface RateLimitPolicy {
  readonly name: string
  check(key: string, now: number): RateDecision
  /** Its state for the inspector (optional: a policy without it is listed by name). */
  snapshot?(now: number, maxClients: number): RateLimitSnapshot
  /** Forgets all counters. */
  reset(): void
  /** How many keys it counts now (bounded; for tests and diagnostics). */
  size(): number
  /**
   * A fixed window's options: a shared store (`serve --store`) counts this policy there instead, with the same
   * headers, so the quota holds across instances. Policies without it are checked in memory.
   */
  readonly window?: FixedWindowOptions
}

export interface FixedWindowOptions {
  /** Requests allowed per window. */
  limit: number
  windowMs: number
  /** Header names; leave one out to not send it. */
  headers?: {
    limit?: string
    remaining?: string
    /** Sent with the seconds left in the window (or the epoch second it ends, see `resetAs`). */
    reset?: string
    /** Sent only on a refusal. */
    retryAfter?: string
  }
  resetAs?: 'seconds' | 'epoch-seconds'
  /** How the refusal is described, e.g. 'Rate Limit Exceeded'. */
  message?: string
  /**
   * Keys counted at once (default `MEMORY_LIMITS.rateLimitKeys`). Keys are what clients send (logins, addresses), so
   * beyond this the least recently seen key's count is dropped; long keys are cut and hashed.
   */
  maxKeys?: number
}

/** Checks a fixed window's numbers (a ConfigError names the bad one); shared by the in-memory and Redis-backed windows. */
export function checkFixedWindowOptions(options: FixedWindowOptions): void {
  if (!Number.isInteger(options.limit) || options.limit < 0)
    throw new ConfigError(`fixedWindow: limit must be a whole number >= 0, got ${options.limit}`)
  if (!(options.windowMs > 0)) throw new ConfigError(`fixedWindow: windowMs must be > 0, got ${options.windowMs}`)
}

/** The clock-aligned window `now` falls in. */
export function windowAt(windowMs: number, now: number): { start: number; end: number } {
  const start = Math.floor(now / windowMs) * windowMs
  return { start, end: start + windowMs }
}

/**
 * The decision and headers of a fixed window, from its count after this request and whether the request was counted.
 * Shared by `fixedWindow` (in memory) and its Redis-backed twin (`src/store/redis/rate-limit.ts`), so both answer with
 * the same headers.
 */
export function fixedWindowDecision(
  options: FixedWindowOptions,
  count: number,
  allowed: boolean,
  windowEnd: number,
  now: number,
): RateDecision {
  const names = options.headers ?? {}
  const secondsLeft = Math.max(1, Math.ceil((windowEnd - now) / 1000))
  const headers: Record<string, string> = {}
  if (names.limit) headers[names.limit] = String(options.limit)
  if (names.remaining) headers[names.remaining] = String(Math.max(0, options.limit - count))
  if (names.reset)
    headers[names.reset] = String(options.resetAs === 'epoch-seconds' ? Math.ceil(windowEnd / 1000) : secondsLeft)
  if (allowed) return { allowed, headers }
  if (names.retryAfter) headers[names.retryAfter] = String(secondsLeft)
  return { allowed, headers, retryAfterSeconds: secondsLeft, reason: options.message ?? 'Rate limit exceeded' }
}

/** The name a fixed window is listed under (`200 per 60s`). */
export const fixedWindowName = (options: FixedWindowOptions): string =>
  `${options.limit} per ${options.windowMs / 1000}s`

/**
 * N requests per key per clock-aligned window.
 *
 * @example fixedWindow({ limit: 200, windowMs: 60_000, headers: { limit: 'X-RateLimit-Limit', remaining: 'X-RateLimit-Remaining', retryAfter: 'Retry-After' } })
 */
export function fixedWindow(options: FixedWindowOptions): RateLimitPolicy {
  checkFixedWindowOptions(options)
  // A counter expires with its window, and the map sweeps past windows out once per window.
  const counters = new BoundedMap<string, { windowStart: number; count: number }>({
    maxSize: options.maxKeys ?? MEMORY_LIMITS.rateLimitKeys,
    sweepEveryMs: options.windowMs,
  })
  return {
    name: fixedWindowName(options),
    window: options,
    check(rawKey, now) {
      const key =
        rawKey.length > MEMORY_LIMITS.clientKeyLength ? boundKey(rawKey, MEMORY_LIMITS.clientKeyLength) : rawKey
      const window = windowAt(options.windowMs, now)
      let counter = counters.get(key, now)
      if (!counter || counter.windowStart !== window.start)
        counters.set(key, (counter = { windowStart: window.start, count: 0 }), now, window.end)
      const allowed = counter.count < options.limit
      if (allowed) counter.count++
      return fixedWindowDecision(options, counter.count, allowed, window.end, now)
    },
    reset() {
      counters.clear()
    },
    size: () => counters.size,
    snapshot(now, maxClients) {
      const live: RateLimitSnapshot['clients'] = []
      let totalClients = 0
      // The map runs from least to most recently seen; the inspector lists the most recent first.
      for (const [client, counter] of counters.entries()) {
        const end = counter.windowStart + options.windowMs
        if (end <= now) continue
        totalClients++
        live.push({
          client,
          used: counter.count,
          remaining: Math.max(0, options.limit - counter.count),
          resetsAt: new Date(end).toISOString(),
        })
      }
      return {
        name: this.name,
        kind: 'fixed-window',
        limit: options.limit,
        windowMs: options.windowMs,
        clients: live.reverse().slice(0, maxClients),
        totalClients,
      }
    },
  }
}

export interface RandomRejectionOptions {
  /** Probability in [0, 1] that any request is refused. */
  probability: number
  /** Random source in [0, 1); seed it for reproducible runs. */
  random: () => number
  retryAfterSeconds?: number
  retryAfterHeader?: string
  message?: string
}

/** Refuses a random share of requests, as some vendors do on purpose to check that clients handle 429. */
export function randomRejection(options: RandomRejectionOptions): RateLimitPolicy {
  if (!(options.probability >= 0 && options.probability <= 1)) {
    throw new ConfigError(`randomRejection: probability must be between 0 and 1, got ${options.probability}`)
  }
  return {
    name: `random ${options.probability}`,
    check() {
      if (options.probability === 0 || options.random() >= options.probability) return { allowed: true, headers: {} }
      const headers: Record<string, string> = {}
      if (options.retryAfterHeader && options.retryAfterSeconds !== undefined)
        headers[options.retryAfterHeader] = String(options.retryAfterSeconds)
      return {
        allowed: false,
        headers,
        retryAfterSeconds: options.retryAfterSeconds,
        reason: options.message ?? 'Too many requests',
      }
    },
    reset() {},
    size: () => 0,
    snapshot() {
      return { name: this.name, kind: 'random', probability: options.probability, clients: [], totalClients: 0 }
    },
  }
}

/** Runs policies in order; the first refusal wins, and the headers of all that ran are merged. */
export function checkAll(policies: readonly RateLimitPolicy[], key: string, now: number): RateDecision {
  let headers: Record<string, string> | undefined
  for (const policy of policies) {
    const decision = policy.check(key, now)
    headers = headers ? { ...headers, ...decision.headers } : decision.headers
    if (!decision.allowed) return { ...decision, headers }
  }
  return { allowed: true, headers: headers ?? {} }
}

// The PRNG lives in core (state seeding uses it too); re-exported for existing importers.
export { seededRandom } from '../core/random.ts'
