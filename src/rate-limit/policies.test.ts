import { describe, expect, it } from 'vitest'
import { checkAll, fixedWindow, randomRejection, seededRandom } from './policies.ts'

describe('fixedWindow', () => {
  const policy = () =>
    fixedWindow({ limit: 2, windowMs: 30_000, headers: { limit: 'L', remaining: 'R', reset: 'X', retryAfter: 'RA' } })

  it('allows the limit per key per clock-aligned window, then refuses with the seconds left', () => {
    const p = policy()
    const t0 = 1_000_000_040_000 // 20 s into the 30 s window that starts at …020_000
    expect(p.check('k', t0)).toEqual({ allowed: true, headers: { L: '2', R: '1', X: '10' } })
    expect(p.check('k', t0)).toMatchObject({ allowed: true, headers: { R: '0' } })
    expect(p.check('k', t0 + 1000)).toEqual({
      allowed: false,
      headers: { L: '2', R: '0', X: '9', RA: '9' },
      retryAfterSeconds: 9,
      reason: 'Rate limit exceeded',
    })
    expect(p.check('other', t0)).toMatchObject({ allowed: true })
    expect(p.check('k', t0 + 10_000)).toMatchObject({ allowed: true, headers: { R: '1' } })
  })

  it('can send the reset as an epoch second', () => {
    const p = fixedWindow({
      limit: 1,
      windowMs: 30_000,
      headers: { reset: 'x-ratelimit-reset' },
      resetAs: 'epoch-seconds',
    })
    expect(p.check('k', 1_000_000_040_000).headers).toEqual({ 'x-ratelimit-reset': '1000000050' })
  })

  it('rejects nonsense limits', () => {
    expect(() => fixedWindow({ limit: -1, windowMs: 1 })).toThrow(/limit/)
    expect(() => fixedWindow({ limit: 1, windowMs: 0 })).toThrow(/windowMs/)
  })
})

describe('randomRejection', () => {
  it('refuses about the configured share, reproducibly for a seed', () => {
    const run = () => {
      const p = randomRejection({
        probability: 0.25,
        random: seededRandom(42),
        retryAfterSeconds: 60,
        retryAfterHeader: 'Retry-After',
      })
      return Array.from({ length: 2000 }, () => p.check('k', 0).allowed)
    }
    const first = run()
    expect(run()).toEqual(first)
    const refused = first.filter((a) => !a).length
    expect(refused).toBeGreaterThan(400)
    expect(refused).toBeLessThan(600)
  })

  it('never refuses at probability 0', () => {
    const p = randomRejection({ probability: 0, random: () => 0 })
    expect(p.check('k', 0).allowed).toBe(true)
  })
})

describe('checkAll', () => {
  it('stops at the first refusal and merges the headers seen so far', () => {
    const a = fixedWindow({ limit: 5, windowMs: 1000, headers: { remaining: 'A' } })
    const b = fixedWindow({ limit: 0, windowMs: 1000, headers: { remaining: 'B' } })
    expect(checkAll([a, b], 'k', 0)).toMatchObject({ allowed: false, headers: { A: '4', B: '0' } })
  })
})
