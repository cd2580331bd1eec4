import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { ACCOUNT, BASIC, passwordToken } from '../support/resource-guru.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'

describe.each(TARGETS)('Resource Guru rate limit (%s)', (kind) => {
  let t: Target
  // 30 s into a minute, so Retry-After (the rest of the minute) is 30.
  const clock = manualClock(Date.UTC(2030, 0, 7, 9, 0, 30))
  beforeAll(async () => {
    t = await createTarget(kind, 'resource-guru', { clock, options: { rateLimit: 3 } })
  })
  afterAll(() => t.close())

  it('counts down X-RateLimit-Remaining, then answers 429 with Retry-After until the minute ends', async () => {
    const remaining: (string | null)[] = []
    for (let i = 0; i < 3; i++) {
      const r = await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
      expect(r.status).toBe(200)
      expect(r.headers.get('x-ratelimit-limit')).toBe('3')
      remaining.push(r.headers.get('x-ratelimit-remaining'))
    }
    expect(remaining).toEqual(['2', '1', '0'])
    const limited = await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('30')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await limited.json()).toEqual({ errors: ['Rate Limit Exceeded'] })
    clock.advance(30_000)
    const next = await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    expect(next.status).toBe(200)
    expect(next.headers.get('x-ratelimit-remaining')).toBe('2')
    expect(t.engine.violations).toEqual([])
  })

  it('counts per application: an OAuth client has its own quota, separate from a Basic user', async () => {
    clock.advance(60_000)
    t.engine.reset()
    for (let i = 0; i < 3; i++) expect((await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })).status).toBe(200)
    expect((await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })).status).toBe(429)
    const token = await passwordToken(t)
    const viaApp = await t.fetch(`${ACCOUNT}/resources`, { headers: { authorization: `Bearer ${token.access_token}` } })
    expect(viaApp.status).toBe(200)
    expect(viaApp.headers.get('x-ratelimit-remaining')).toBe('2')
  })

  it('records a client that sends again before Retry-After has passed (conduct tracking)', async () => {
    clock.advance(60_000)
    t.engine.reset()
    for (let i = 0; i < 3; i++) await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    const limited = await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    const wait = Number(limited.headers.get('retry-after'))
    clock.advance(1000)
    await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    expect(t.engine.conductFindings.map((f) => [f.client, f.rule, f.message])).toEqual([
      ['user:1', 'wait-retry-after', `sent again 1 s after a 429; wait at least ${wait} s`],
    ])
    clock.advance(wait * 1000)
    await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    expect(t.engine.conductFindings.length).toBe(1)
  })
})
