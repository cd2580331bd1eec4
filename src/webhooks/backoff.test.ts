/** The retry schedule on its own. */
import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff.ts'

describe('backoffDelay', () => {
  const defaults = { firstRetryMs: 2_000, factor: 2, maxRetryDelayMs: 3_600_000 }

  it('doubles from the first retry delay up to the ceiling', () => {
    const schedule = Array.from({ length: 13 }, (_, i) => backoffDelay(i + 1, defaults))
    expect(schedule).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 512_000, 1_024_000, 2_048_000, 3_600_000,
      3_600_000,
    ])
  })

  it('stays at the ceiling however long the run (no overflow to NaN or Infinity)', () => {
    expect(backoffDelay(99, defaults)).toBe(3_600_000)
    expect(backoffDelay(10_000, defaults)).toBe(3_600_000)
  })

  it('with factor 1, retries at a fixed interval; failures below 1 count as the first', () => {
    expect([1, 2, 50].map((n) => backoffDelay(n, { ...defaults, factor: 1 }))).toEqual([2_000, 2_000, 2_000])
    expect(backoffDelay(0, defaults)).toBe(2_000)
  })

  it('takes fractional factors, rounded to whole milliseconds', () => {
    expect([1, 2, 3].map((n) => backoffDelay(n, { firstRetryMs: 1_000, factor: 1.5, maxRetryDelayMs: 2_000 }))).toEqual(
      [1_000, 1_500, 2_000],
    )
  })
})
