/**
 * Client-compliance tracking against ScheduleIt's duties table (000 line 15, 000 lines 118-124, the vendor page's
 * reply-code policy): each rule is broken once here and the finding names the client, the rule and the request;
 * a compliant client leaves no finding; with blocking on, the offender gets the vendor's 403 "access denied".
 */
import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'
import { AUTH, DEMO, USER } from './support.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import type { EngineOptions } from '../../src/core/engine.ts'

const MINUTE = 60_000
const CLIENT = `login:${USER}`

describe.each(TARGETS)('ScheduleIt client duties (%s)', (kind) => {
  async function scenario(
    run: (t: Target, clock: ReturnType<typeof manualClock>) => Promise<void>,
    options: EngineOptions = {},
  ) {
    const clock = manualClock(Date.UTC(2024, 4, 30, 9, 0, 0))
    const t = await createTarget(kind, 'scheduleit', { clock, options: { chaos: 0 }, ...options })
    try {
      await run(t, clock)
      expect(t.engine.violations).toEqual([])
      return t.engine.conductFindings.map((f) => [f.client, f.rule, f.message, f.request])
    } finally {
      await t.close()
    }
  }
  const send = async (t: Target, path: string, headers: Record<string, string> = AUTH) =>
    (await t.fetch(path, { headers })).status

  it('leaves no finding for a client that follows every duty', async () => {
    const findings = await scenario(async (t, clock) => {
      expect(await send(t, '/api/events?fields=id,title')).toBe(200) // the first full read: a load, not a poll
      clock.advance(20 * MINUTE)
      expect(await send(t, '/api/events?fields=id,title&search_date_modified=%3E2024-05-30%2009:00')).toBe(200)
      expect(await send(t, '/api/events?fields=id&search_id=1000')).toBe(200) // narrowed reads are not polls
      expect(await send(t, '/api/events/1000')).toBe(200)
      expect(await send(t, '/api/events/999')).toBe(404)
      clock.advance(MINUTE)
      expect(await send(t, '/api/events/1001')).toBe(200)
    })
    expect(findings).toEqual([])
  })

  it('records a client that sends again within 60 s of a 429', async () => {
    const findings = await scenario(
      async (t, clock) => {
        expect(await send(t, '/api/groups?fields=id')).toBe(200)
        expect(await send(t, '/api/groups/10')).toBe(200)
        expect(await send(t, '/api/groups/11')).toBe(200)
        expect(await send(t, '/api/groups/12')).toBe(429) // the quota of 3
        clock.advance(10_000)
        expect(await send(t, '/api/groups/12')).toBe(429) // too soon
        clock.advance(MINUTE)
        expect(await send(t, '/api/groups/12')).toBe(200)
      },
      { options: { chaos: 0, rateLimit: 3 } },
    )
    expect(findings).toEqual([
      [CLIENT, 'wait-after-429', 'sent again 10 s after a 429; wait at least 60 s', 'GET /api/groups/12'],
    ])
  })

  it('records, by the login presented, a client that sends again within an hour of a 400 or 403', async () => {
    const wrong = { authorization: basicAuthorization(USER, 'wrong') }
    const findings = await scenario(async (t, clock) => {
      expect(await send(t, '/api/events/1000', wrong)).toBe(403)
      clock.advance(10 * MINUTE)
      expect(await send(t, '/api/events/1000')).toBe(200) // right password now, same login: still inside the hour
      clock.advance(60 * MINUTE)
      expect(await send(t, '/api/events/1000')).toBe(200)
      expect(await send(t, '/api/events?search_id=x')).toBe(400)
      clock.advance(30 * MINUTE)
      expect(await send(t, '/api/events/1000')).toBe(200)
    })
    expect(findings).toEqual([
      [CLIENT, 'wait-after-400-403', 'sent again 600 s after a 403; wait at least 60 min', 'GET /api/events/1000'],
      [CLIENT, 'wait-after-400-403', 'sent again 1800 s after a 400; wait at least 60 min', 'GET /api/events/1000'],
    ])
  })

  it('records a client that sends again within a minute of any other error', async () => {
    const findings = await scenario(async (t, clock) => {
      expect(await send(t, '/api/events/999')).toBe(404)
      clock.advance(5_000)
      expect(await send(t, '/api/events/1000')).toBe(200)
    })
    expect(findings).toEqual([
      [CLIENT, 'wait-after-other-error', 'sent again 5 s after a 404; wait at least 60 s', 'GET /api/events/1000'],
    ])
  })

  it('records a client that keeps sending after 3 errors in a row', async () => {
    const findings = await scenario(async (t, clock) => {
      for (const id of [997, 998, 999]) {
        expect(await send(t, `/api/events/${id}`)).toBe(404)
        clock.advance(2 * MINUTE)
      }
      expect(await send(t, '/api/events/1000')).toBe(200)
    })
    expect(findings).toEqual([
      [
        CLIENT,
        'stop-after-3-errors',
        'kept sending after 3 errors in a row; stop, or wait 60 min',
        'GET /api/events/1000',
      ],
    ])
  })

  it('records a client that polls a whole data set more often than every 20 minutes, or without search_date_modified', async () => {
    const findings = await scenario(async (t, clock) => {
      expect(await send(t, '/api/resources?fields=id,name')).toBe(200)
      clock.advance(5 * MINUTE)
      expect(await send(t, '/api/resources?fields=id,name&search_date_modified=%3E2024-05-30')).toBe(200)
      clock.advance(30 * MINUTE)
      expect(await send(t, '/api/resources?fields=id,name&limit=1000')).toBe(200)
    })
    expect(findings).toEqual([
      [
        CLIENT,
        'poll-every-20-minutes',
        'polled resources again after 5 min; poll at most every 20 min',
        'GET /api/resources?fields=id,name&search_date_modified=%3E2024-05-30',
      ],
      [
        CLIENT,
        'poll-changed-records-only',
        'read the whole of resources again without search_date_modified; ask only for records changed since the last poll',
        'GET /api/resources?fields=id,name&limit=1000',
      ],
    ])
  })

  it('blocks an offending client with 403 "access denied" when blocking is on, until the block ends', async () => {
    const other = { authorization: basicAuthorization(`${DEMO.accountNumber}_someone`, 'x') }
    await scenario(
      async (t, clock) => {
        expect(await send(t, '/api/events/999')).toBe(404)
        clock.advance(1000)
        const blocked = await t.fetch('/api/events/1000', { headers: AUTH })
        expect(blocked.status).toBe(403)
        expect(await blocked.json()).toEqual({
          status: 'Access Denied',
          status_code: '403',
          message:
            'API access is blocked for this client: wait-after-other-error: sent again 1 s after a 404; wait at least 60 s',
        })
        expect(await send(t, '/api/events/1000', other)).toBe(403) // another login is judged on its own (and is wrong)
        clock.advance(2 * 60 * MINUTE + 1)
        expect(await send(t, '/api/events/1000')).toBe(200)
      },
      { options: { chaos: 0 }, conduct: { block: true } },
    )
  })

  it.runIf(kind === 'http')(
    'shows every rule, with the vendor wording, and each finding at GET /__mock/scheduleit/conduct',
    async () => {
      await scenario(async (t) => {
        expect(await send(t, '/api/events/999')).toBe(404)
        expect(await send(t, '/api/events/1000')).toBe(200)
        const root = t.base.replace(/\/scheduleit$/, '')
        const report = (await (await fetch(`${root}/__mock/scheduleit/conduct`)).json()) as {
          rules: { id: string; description: string }[]
          clients: { client: string; rulesBroken: string[] }[]
          findings: { rule: string }[]
        }
        expect(report.rules.map((r) => r.id)).toEqual([
          'wait-after-429',
          'wait-after-400-403',
          'wait-after-other-error',
          'stop-after-3-errors',
          'poll-every-20-minutes',
          'poll-changed-records-only',
        ])
        expect(report.rules.find((r) => r.id === 'wait-after-429')?.description).toContain(
          '"Your script must wait 1 minute before trying again" (000 line 15)',
        )
        expect(report.rules.find((r) => r.id === 'poll-every-20-minutes')?.description).toContain('(000 lines 122-124)')
        expect(report.clients).toEqual([
          // maySendAt: a minute after the 404, by the rule it broke.
          {
            client: CLIENT,
            blocked: null,
            maySendAt: expect.any(String),
            findings: 1,
            rulesBroken: ['wait-after-other-error'],
          },
        ])
      })
    },
  )
})
