/** Time source. Injected everywhere time matters (token expiry, rate-limit windows) so tests never sleep. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock tests move by hand. @example const clock = manualClock(Date.UTC(2024, 0, 1)); clock.advance(60_000) */
export function manualClock(
  start = Date.UTC(2024, 0, 1),
): Clock & { advance(ms: number): void; set(ms: number): void } {
  let current = start
  return {
    now: () => current,
    advance(ms: number) {
      current += ms
    },
    set(ms: number) {
      current = ms
    },
  }
}
