/**
 * ScheduleIt's duties kept by `createClient`, proved against our own mock: a scripted workload — a burst beyond a
 * quota the mock is given, random 429s (`chaos`), forced 403 and 400 (`Prefer`), a 404, and polling every 5 minutes
 * for an hour — leaves the mock's conduct tracker with no finding, over HTTP and under MSW. The same workload through
 * a plain openapi-fetch client (no duties) breaks every duty, so the check cannot pass by finding nothing.
 */
import type { Client } from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { ClientDutyError, createClient, createMock, type paths } from '../../mocks/scheduleit/entry.ts'
import { SCHEDULEIT_BASE_URL } from '../../mocks/scheduleit/client.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import {
  attempt,
  breaches,
  emptyOutcomes,
  type ManualClock,
  type MockSetup,
  naiveClient,
  type Outcomes,
  pollEvery,
  recordEvents,
  TRANSPORTS,
  withMock,
} from './support.ts'

const LOGIN = { username: '12345_demo', password: 'secret' }
const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** Random 429s on one request in ten, and a quota of 20 a minute (ScheduleIt documents none: the burst needs one). */
const MOCK_OPTIONS = { chaos: 0.1, rateLimit: 20 }

async function workload(si: Client<paths>, clock: ManualClock): Promise<Outcomes> {
  const out = emptyOutcomes() // no random429s phase: chaos sends them within the burst
  const event = (id: number, prefer?: string) =>
    si.GET('/api/events/{id}', { params: { path: { id } }, headers: prefer ? { prefer } : {} })
  // A burst of 45 at once: beyond the quota of 20 a minute, with chaos's 429s among them.
  await Promise.all(Array.from({ length: 45 }, (_, i) => attempt(clock, () => event(1000 + (i % 2)), out.burst)))
  clock.advance(2 * MINUTE) // each phase a while after the last, so a client that never waits meets each one too
  // Forced errors, each followed by an ordinary call.
  for (const prefer of ['code=403', undefined, 'code=400', undefined])
    await attempt(clock, () => event(1000, prefer), out.errors)
  await attempt(clock, () => event(999_999), out.errors) // 404
  await attempt(clock, () => event(1001), out.errors)
  clock.advance(2 * MINUTE)
  // Polling every 5 minutes for an hour: a first load, then changed records only, but at 40 minutes the whole again.
  const events = (minute: number) => {
    const since = minute === 0 || minute === 40 ? {} : { search_date_modified: '>2024-05-30 09:00' }
    return si.GET('/api/events', { params: { query: { fields: 'id,title', ...since } } })
  }
  await pollEvery(clock, 5, 55, events, out.polls)
  return out
}

const MOCK: MockSetup = { api: 'scheduleit', options: MOCK_OPTIONS, createMock, realBaseUrl: SCHEDULEIT_BASE_URL }
/** The mock as created by default: no random 429s, no quota. */
const PLAIN_MOCK: MockSetup = { api: 'scheduleit', createMock, realBaseUrl: SCHEDULEIT_BASE_URL }

describe.each(TRANSPORTS)('ScheduleIt createClient against our mock (%s)', (transport) => {
  it('keeps every duty: the mock finds nothing', () =>
    withMock(transport, MOCK, async ({ served, clock, sleep }) => {
      const started = clock.now()
      const waits: number[] = []
      const si = createClient({ auth: LOGIN, baseUrl: served.baseUrl, clock, sleep, onWait: (w) => waits.push(w.ms) })
      const events = recordEvents(si)
      const out = await workload(si, clock)

      expect(await served.findings()).toEqual([])
      expect(served.engine.violations).toEqual([])
      // Every call of the burst got through: the 429s (quota and chaos) were waited out and retried.
      expect(out.burst.filter((o) => o === 200).length).toBeGreaterThanOrEqual(40)
      const retried = events.filter((e) => e.type === 'retry')
      expect(retried.length).toBeGreaterThan(0)
      expect(new Set(retried.map((e) => e.type === 'retry' && e.rule))).toEqual(new Set(['wait-after-429']))
      expect(waits).toContain(MINUTE)
      // The forced 403 and 400 came back, and the next call was held for an hour each time; the 404 made three errors
      // in a row, so the next call was held too.
      expect(out.errors).toEqual([
        403,
        'refused:wait-after-400-403',
        400,
        'refused:wait-after-400-403',
        404,
        'refused:stop-after-3-errors',
      ])
      // Polling every 5 minutes: the first load and a poll every 20 minutes went, the rest were refused unsent.
      expect(out.polls).toEqual([
        200, // 0 min: the load
        'refused:poll-every-20-minutes',
        'refused:poll-every-20-minutes',
        'refused:poll-every-20-minutes',
        200, // 20 min
        'refused:poll-every-20-minutes',
        'refused:poll-every-20-minutes',
        'refused:poll-every-20-minutes',
        'refused:poll-changed-records-only', // 40 min: the whole data set again
        200, // 45 min
        'refused:poll-every-20-minutes',
        'refused:poll-every-20-minutes',
      ])
      // Three hour-long holds and the polling hour, simulated on the shared clock.
      expect(clock.now() - started).toBeGreaterThanOrEqual(4 * HOUR)
    }))

  it('the same workload without the duties breaks them (so the check above can fail)', () =>
    withMock(transport, MOCK, async ({ served, clock }) => {
      await workload(
        naiveClient<paths>(served, { authorization: basicAuthorization(LOGIN.username, LOGIN.password) }),
        clock,
      )
      const counts = breaches(await served.findings())
      for (const rule of [
        'wait-after-429',
        'wait-after-400-403',
        'wait-after-other-error',
        'stop-after-3-errors',
        'poll-every-20-minutes',
        'poll-changed-records-only',
      ])
        expect(counts[rule], rule).toBeGreaterThan(0)
    }))
})

describe('ScheduleIt createClient', () => {
  it('says when a held login may retry, and sends nothing meanwhile', () =>
    withMock('msw', PLAIN_MOCK, async ({ served, clock, sleep }) => {
      const si = createClient({ auth: { ...LOGIN, password: 'wrong' }, clock, sleep })
      expect((await si.GET('/api/groups/{id}', { params: { path: { id: 10 } } })).response.status).toBe(403)
      const sent = served.engine.log.length
      const refused = await si.GET('/api/groups/{id}', { params: { path: { id: 10 } } }).catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(ClientDutyError)
      expect(refused).toMatchObject({ rule: 'wait-after-400-403', retryAt: new Date(clock.now() + HOUR) })
      expect((refused as Error).message).toBe(
        `Not sent: GET /api/groups/10: the login is held for 60 min after that reply; it may be sent from ${new Date(clock.now() + HOUR).toISOString()} (duty wait-after-400-403)`,
      )
      expect(served.engine.log.length).toBe(sent)
    }))

  it('lets each duty be switched off', () =>
    withMock('msw', PLAIN_MOCK, async ({ served, clock, sleep }) => {
      const si = createClient({
        auth: LOGIN,
        clock,
        sleep,
        duties: { 'wait-after-400-403': false, 'poll-every-20-minutes': false },
      })
      const one = () => si.GET('/api/groups/{id}', { params: { path: { id: 10 } }, headers: { prefer: 'code=403' } })
      expect((await one()).response.status).toBe(403)
      expect((await one()).response.status).toBe(403) // not held: sent, and the mock records the breach
      await si.GET('/api/groups', {})
      await si.GET('/api/groups', { params: { query: { search_date_modified: '>2024-01-01' } } })
      // The second 403 and both lists came within the hour; the second list within 20 minutes of the first.
      expect(breaches(await served.findings())).toEqual({ 'wait-after-400-403': 3, 'poll-every-20-minutes': 1 })
    }))
})
