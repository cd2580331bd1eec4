/** The retry schedule of a webhook delivery: exponential backoff with a ceiling. */

export interface BackoffOptions {
  /** Delay after the first failed attempt, in ms. */
  firstRetryMs: number
  /** Each further failure multiplies the delay by this (>= 1; 1 retries at a fixed interval). */
  factor: number
  /** No delay is longer than this, in ms. */
  maxRetryDelayMs: number
}

/**
 * How long to wait after the `failures`-th failed attempt (1-based) before the next one:
 * `min(maxRetryDelayMs, firstRetryMs * factor^(failures - 1))`. No jitter: a mock's schedule should be predictable,
 * and one mock server does not have the many senders that jitter protects a receiver from.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
  const exponent = Math.max(0, failures - 1)
  // factor^exponent overflows to Infinity for long runs; Math.min turns that into the ceiling.
  return Math.round(Math.min(options.maxRetryDelayMs, options.firstRetryMs * options.factor ** exponent))
}
