/**
 * "Standard Limit: 1,000 requests per hour per client. Throttling: Exceeding limits will result in 429 Too Many
 * Requests responses." (vendor "API Usage Guidelines"). Configurable with the `rateLimit` option (`--rate-limit`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'
import { API_KEY, DEMO, send, token, TODAY, UNCONFIGURED_CLIENT } from './support.ts'

const LIST = `/api/resource?user=${DEMO.userId}`

describe.each(TARGETS)('Screendragon rate limit (%s)', (kind) => {
  let t: Target
  // 15 minutes into the hour: Retry-After is the 45 minutes left of it.
  const clock = manualClock(TODAY + 15 * 60_000)
  beforeAll(async () => {
    t = await createTarget(kind, 'screendragon', { clock, options: { rateLimit: 3 } })
  })
  afterAll(() => t.close())

  it('answers 429 with Retry-After and {"error": …} once a client has sent its requests for the hour, until the hour ends', async () => {
    for (let i = 0; i < 3; i++) expect((await send(t, 'GET', LIST)).status).toBe(200)
    const limited = await send(t, 'GET', LIST)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe(String(45 * 60))
    expect(await limited.json()).toEqual({ error: 'Too Many Requests: the limit is 3 requests per hour per client.' })
    expect((await send(t, 'POST', '/api/resource/booking', {})).status).toBe(429) // every operation counts
    clock.advance(45 * 60_000)
    expect((await send(t, 'GET', LIST)).status).toBe(200)
    expect(t.engine.violations).toEqual([])
  })

  it('counts per client: each OAuth client and the API key have their own quota', async () => {
    clock.advance(3_600_000)
    t.engine.reset()
    for (let i = 0; i < 3; i++) await send(t, 'GET', LIST)
    expect((await send(t, 'GET', LIST)).status).toBe(429)
    // Token requests come from no client yet: they count against the caller's address, not the API key.
    const first = { authorization: `Bearer ${await token(t)}` }
    const second = {
      authorization: `Bearer ${await token(t, UNCONFIGURED_CLIENT.clientId, UNCONFIGURED_CLIENT.clientSecret)}`,
    }
    for (let i = 0; i < 3; i++) expect((await send(t, 'GET', LIST, undefined, first)).status).toBe(200)
    expect((await send(t, 'GET', LIST, undefined, first)).status).toBe(429)
    expect((await send(t, 'GET', LIST, undefined, second)).status).toBe(200)
    expect((await send(t, 'GET', LIST, undefined, API_KEY)).status).toBe(429)
  })
})

describe.each(TARGETS)('Screendragon default rate limit (%s)', (kind) => {
  it('allows 1,000 requests in an hour and refuses the 1,001st', async () => {
    const t = await createTarget(kind, 'screendragon', { clock: manualClock(TODAY), validateResponses: false })
    try {
      const statuses = new Map<number, number>()
      for (let i = 0; i < 1000; i++) {
        const status = (await send(t, 'GET', LIST)).status
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 1000 })
      expect((await send(t, 'GET', LIST)).status).toBe(429)
    } finally {
      await t.close()
    }
  })
})
