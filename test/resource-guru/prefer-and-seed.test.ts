import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { createEngine } from '../../src/core/engine.ts'
import { getPlugin } from '../../mocks/index.ts'
import { ACCOUNT, BASIC } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { atOnce } from '../support/at-once.ts'

describe.each(TARGETS)('Prism-compatible Prefer header (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  it('forces a documented status with its example body and example headers', async () => {
    const response = await t.fetch(`${ACCOUNT}/resources`, { headers: { ...BASIC, prefer: 'code=429' } })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(await response.json()).toEqual({ errors: ['Rate Limit Exceeded'] })
  })

  it('forces a documented 404 on an existing record', async () => {
    const response = await t.fetch(`${ACCOUNT}/bookings/1`, { headers: { ...BASIC, prefer: 'code=404' } })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: ['Not found'] })
  })

  it('answers 400 (a bad request) for a status the operation does not document, naming the documented ones', async () => {
    const response = await t.fetch(`${ACCOUNT}/resources`, { headers: { ...BASIC, prefer: 'code=503' } })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: string[] }).errors[0]).toMatch(
      /Status 503 is not documented for listResources: Prefer code= must be one of 200, 400, 401/,
    )
  })

  it('still requires credentials, as Prism does', async () => {
    expect((await t.fetch(`${ACCOUNT}/resources`, { headers: { prefer: 'code=200' } })).status).toBe(401)
  })
})

describe('seeded data', () => {
  const state = (seed: number) => {
    const engine = createEngine(getPlugin('resource-guru'), { seed, clock: manualClock(Date.UTC(2030, 0, 7)) })
    const response = atOnce(
      engine.handle(
        { method: 'GET', path: `${ACCOUNT}/bookings`, rawQuery: '', headers: BASIC, body: undefined },
        'http://x',
      ),
    )
    return String(response.body instanceof Uint8Array ? new TextDecoder().decode(response.body) : response.body)
  }

  it('is the same for the same seed and different for another seed', () => {
    expect(state(1)).toBe(state(1))
    expect(state(2)).not.toBe(state(1))
  })

  it('goes back to the seed on reset, and to another seed on reset(seed)', () => {
    const engine = createEngine(getPlugin('resource-guru'), { seed: 7, clock: manualClock(Date.UTC(2030, 0, 7)) })
    const list = () =>
      String(
        atOnce(
          engine.handle(
            { method: 'GET', path: `${ACCOUNT}/clients`, rawQuery: 'limit=0', headers: BASIC, body: undefined },
            'http://x',
          ),
        ).body,
      )
    const seeded = list()
    atOnce(
      engine.handle(
        {
          method: 'POST',
          path: `${ACCOUNT}/clients`,
          rawQuery: '',
          headers: { ...BASIC, 'content-type': 'application/json' },
          body: new TextEncoder().encode('{"name":"New"}'),
        },
        'http://x',
      ),
    )
    expect(list()).not.toBe(seeded)
    engine.reset()
    expect(list()).toBe(seeded)
    engine.reset(8)
    expect(engine.seed).toBe(8)
    expect(list()).not.toBe(seeded)
  })
})
