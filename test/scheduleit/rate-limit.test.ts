/**
 * 429 like the vendor: "Occasionally we will reply with a 429 response to see if your error checking code is working"
 * (000 line 15) — random, with a configurable probability, reproducible for a seed — plus an optional quota.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { createEngine } from '../../src/core/engine.ts'
import { scheduleit } from '../../mocks/scheduleit/index.ts'
import { ConfigError } from '../../src/core/errors.ts'
import { SCHEDULEIT_OPTIONS } from '../../mocks/scheduleit/defaults.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'
import { AUTH } from './support.ts'

const WAIT = { status: 'Wait 1 Minute', status_code: '429' }

describe.each(TARGETS)('ScheduleIt 429s (%s)', (kind) => {
  describe('random 429s', () => {
    const statuses = async (chaos: number, seed: number) => {
      const t = await createTarget(kind, 'scheduleit', { seed, options: { chaos } })
      const out: number[] = []
      try {
        for (let i = 0; i < 200; i++) {
          const response = await t.fetch('/api/groups?fields=id', { headers: AUTH })
          out.push(response.status)
          if (response.status === 429) {
            expect(response.headers.get('retry-after')).toBeNull() // the vendor documents none
            expect(await response.json()).toEqual({
              ...WAIT,
              message: 'Wait 1 Minute: a random 429, as ScheduleIt sends to check that your script handles errors',
            })
          } else await response.body?.cancel()
        }
        expect(t.engine.violations).toEqual([])
      } finally {
        await t.close()
      }
      return out
    }

    it('answers 429 at random with the configured probability, the same requests for the same seed', async () => {
      const first = await statuses(0.25, 3)
      expect(await statuses(0.25, 3)).toEqual(first)
      const refused = first.filter((s) => s === 429).length
      expect(refused).toBeGreaterThan(30)
      expect(refused).toBeLessThan(75)
      expect(first.every((s) => s === 200 || s === 429)).toBe(true)
    })

    it('never answers 429 with chaos 0', async () => {
      expect((await statuses(0, 3)).every((s) => s === 200)).toBe(true)
    })

    it('sends none by default in-process (deterministic tests), and 2% under serve, as the vendor does', async () => {
      expect(scheduleit.options?.defaults.chaos).toBe(0)
      const t = await createTarget(kind, 'scheduleit', {})
      try {
        const statuses = await Promise.all(
          Array.from({ length: 100 }, () => t.fetch('/api/groups?fields=id', { headers: AUTH }).then((r) => r.status)),
        )
        expect(statuses.filter((s) => s === 429)).toEqual([])
      } finally {
        await t.close()
      }
      expect(SCHEDULEIT_OPTIONS.serveDefaults.chaos).toBeGreaterThan(0)
      expect(SCHEDULEIT_OPTIONS.serveDefaults.chaos).toBeLessThanOrEqual(0.05)
    })
  })

  describe('a configured quota', () => {
    let t: Target
    const clock = manualClock(Date.UTC(2030, 0, 7, 9, 0, 30))
    beforeAll(async () => {
      t = await createTarget(kind, 'scheduleit', { clock, options: { chaos: 0, rateLimit: 3 } })
    })
    afterAll(() => t.close())

    it('answers 429 past the quota per login for the rest of the minute', async () => {
      for (let i = 0; i < 3; i++) expect((await t.fetch('/api/groups', { headers: AUTH })).status).toBe(200)
      const limited = await t.fetch('/api/groups', { headers: AUTH })
      expect(limited.status).toBe(429)
      expect(await limited.json()).toEqual({
        ...WAIT,
        message: "Wait 1 Minute: more than 3 requests this minute (the mock's rateLimit option)",
      })
      clock.advance(30_000)
      expect((await t.fetch('/api/groups', { headers: AUTH })).status).toBe(200)
      expect(t.engine.violations).toEqual([])
    })
  })
})

describe('ScheduleIt rate options', () => {
  it('refuses a chaos outside 0-1 and a negative quota, saying what to send', () => {
    // The declaration's own check (defineOptions), as a ConfigError: the same words the CLI uses for its flags.
    expect(() => createEngine(scheduleit, { options: { chaos: 2 } })).toThrow(
      new ConfigError('scheduleit option "chaos" must be a number from 0 to 1, got 2'),
    )
    expect(() => createEngine(scheduleit, { options: { rateLimit: -1 } })).toThrow(
      'scheduleit option "rateLimit" must be a whole number of at least 0, got -1',
    )
    expect(() => createEngine(scheduleit, { options: { rateLimt: 5 } })).toThrow(
      'scheduleit: unknown option "rateLimt"; the options are accountNumber, loginName, password, chaos, rateLimit',
    )
  })
})
