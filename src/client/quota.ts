/**
 * The client's side of a vendor's quota (N requests per window): a local budget of the requests this client sent in
 * the last window, corrected by what the vendor says is left when it sends `remaining` (and `reset`) headers.
 *
 * The local budget is a sliding window: at most `limit` requests in any `windowMs`, which also keeps a vendor's
 * clock-aligned windows (each lies inside some sliding one) under the limit whatever their phase. The vendor's
 * `remaining` count covers what the local budget cannot see (other clients on the same key): at 0, nothing goes until
 * its `reset`, or for a whole window when the vendor gives no reset (the aligned window ends within one).
 */
import type { QuotaDuty } from '../conduct/duties.ts'
import { ConfigError } from '../core/errors.ts'
import { headerSeconds } from './http.ts'

export class QuotaBudget {
  readonly #limit: number
  readonly #windowMs: number
  readonly #remainingHeader: string | undefined
  readonly #resetHeader: string | undefined
  /** Send times of the last `limit` requests, oldest first. */
  readonly #sent: number[] = []
  /** What the vendor last said is left, and until when that holds. */
  #vendor: { remaining: number; until: number } | undefined

  constructor(quota: QuotaDuty, override: { limit?: number; windowMs?: number } = {}) {
    this.#limit = override.limit ?? quota.limit
    this.#windowMs = override.windowMs ?? quota.windowMs
    if (!Number.isInteger(this.#limit) || this.#limit < 1)
      throw new ConfigError(`quota.limit must be a whole number of at least 1, got ${this.#limit}`)
    if (!(this.#windowMs > 0)) throw new ConfigError(`quota.windowMs must be more than 0, got ${this.#windowMs}`)
    this.#remainingHeader = quota.headers?.remaining
    this.#resetHeader = quota.headers?.reset
  }

  /** Milliseconds until the next request may be sent (0: now). */
  wait(now: number): number {
    while (this.#sent.length && (this.#sent[0] as number) + this.#windowMs <= now) this.#sent.shift()
    let until = 0
    if (this.#sent.length >= this.#limit)
      until = (this.#sent[this.#sent.length - this.#limit] as number) + this.#windowMs
    const vendor = this.#vendor
    if (vendor && now < vendor.until && vendor.remaining <= 0) until = Math.max(until, vendor.until)
    return Math.max(0, until - now)
  }

  /** Counts a request sent now. */
  spend(now: number): void {
    this.#sent.push(now)
    if (this.#sent.length > this.#limit) this.#sent.shift()
    if (this.#vendor && now < this.#vendor.until) this.#vendor.remaining--
  }

  /** Reads the vendor's own count from a response. */
  observe(headers: Headers, now: number): void {
    if (!this.#remainingHeader) return
    const remaining = Number(headers.get(this.#remainingHeader) ?? Number.NaN)
    if (!Number.isFinite(remaining)) return
    const reset = this.#resetHeader ? headerSeconds(headers, this.#resetHeader, now) : undefined
    this.#vendor = { remaining, until: now + (reset !== undefined ? reset * 1000 : this.#windowMs) }
  }
}
