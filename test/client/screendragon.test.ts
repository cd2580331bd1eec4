/**
 * Screendragon's duties kept by `createClient`, proved against our own mock: a scripted workload — a burst beyond the
 * hourly quota, random forced 429s (`Prefer`), a forced 400, polling every 5 minutes — leaves the mock's conduct
 * tracker with no finding, over HTTP and under MSW, with client-credentials tokens renewed as hours pass. The same
 * workload through a plain openapi-fetch client breaks the duty, so the check cannot pass by finding nothing.
 */
import type { Client } from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { SCREENDRAGON_BASE_URL } from '../../mocks/screendragon/client.ts'
import { createClient, createMock, type paths } from '../../mocks/screendragon/entry.ts'
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
  seededRandom,
  TRANSPORTS,
  withMock,
} from './support.ts'

const OAUTH = { type: 'client_credentials', clientId: 'the_client_id', clientSecret: 'the_client_secret' } as const
const API_KEY = 'the_api_key'
const MINUTE = 60_000
const HOUR = 60 * MINUTE
/**
 * The mock started with a quota of 100 an hour (`--screendragon-rate-limit 100`), and the client told the same
 * (`quota: { limit: 100 }`), so the burst is 110 requests rather than 1,010: the mechanism is the same, and the
 * vendor's 1,000 is the default of both, from one declaration (duties.test.ts).
 */
const LIMIT = 100

async function workload(sd: Client<paths>, clock: ManualClock): Promise<Outcomes> {
  const out = emptyOutcomes()
  const bookings = (prefer?: string) =>
    sd.GET('/api/resource', { params: { query: { user: 456 } }, headers: prefer ? { prefer } : {} })
  await Promise.all(Array.from({ length: LIMIT + 10 }, () => attempt(clock, () => bookings(), out.burst)))
  clock.advance(2 * MINUTE) // each phase a while after the last, so a client that never waits meets each one too
  const random = seededRandom(5)
  for (let i = 0; i < 20; i++)
    await attempt(clock, () => bookings(random() < 0.2 ? 'code=429' : undefined), out.random429s)
  clock.advance(2 * MINUTE)
  for (const prefer of ['code=400', undefined]) await attempt(clock, () => bookings(prefer), out.errors)
  await pollEvery(clock, 5, 30, () => bookings(), out.polls)
  return out
}

const MOCK: MockSetup = {
  api: 'screendragon',
  options: { rateLimit: LIMIT },
  createMock,
  realBaseUrl: SCREENDRAGON_BASE_URL,
}

describe.each(TRANSPORTS)('Screendragon createClient against our mock (%s)', (transport) => {
  it('keeps every duty: the mock finds nothing', () =>
    withMock(transport, MOCK, async ({ served, clock, sleep }) => {
      const started = clock.now()
      const sd = createClient({ auth: OAUTH, baseUrl: served.baseUrl, clock, sleep, quota: { limit: LIMIT } })
      const events = recordEvents(sd)
      const out = await workload(sd, clock)

      expect(await served.findings()).toEqual([])
      expect(served.engine.violations).toEqual([])
      // Paced: the first hour's quota (the token request counts too), then a wait for the next hour. No 429.
      expect(out.burst).toEqual(Array(LIMIT + 10).fill(200))
      expect(events.find((e) => e.type === 'wait')).toMatchObject({ rule: 'rate-limit', ms: HOUR })
      const forced = out.random429s.filter((o) => o === 429).length
      expect(forced).toBeGreaterThan(0)
      // Nothing else: a token that expired during a wait was renewed before the retry went.
      expect(out.random429s.every((o) => o === 200 || o === 429)).toBe(true)
      const retries = events.filter((e) => e.type === 'retry')
      expect(retries).toHaveLength(forced)
      expect(retries.every((e) => e.rule === 'wait-retry-after')).toBe(true)
      expect(out.errors).toEqual([400, 200])
      expect(out.polls.every((o) => o === 200)).toBe(true)
      // Hours passed on the shared clock, and each expiring token was replaced by a new client-credentials one.
      expect(clock.now() - started).toBeGreaterThan(2 * HOUR)
      const grants = events.flatMap((e) => (e.type === 'token' ? [e.grant] : []))
      expect(grants.length).toBeGreaterThan(1)
      expect(new Set(grants)).toEqual(new Set(['client_credentials']))
    }))

  it('the same workload without the duties breaks them (so the check above can fail)', () =>
    withMock(transport, MOCK, async ({ served, clock }) => {
      const out = await workload(
        naiveClient<paths>(served, { authorization: basicAuthorization('apikey', API_KEY) }),
        clock,
      )
      expect(out.burst.filter((o) => o === 429)).toHaveLength(10)
      expect(breaches(await served.findings())['wait-retry-after']).toBeGreaterThan(0)
    }))
})

describe('Screendragon createClient', () => {
  it('sends the API key as Basic when asked, and types the response', () =>
    withMock('msw', MOCK, async ({ clock, sleep }) => {
      const sd = createClient({ auth: { type: 'api-key', apiKey: API_KEY }, clock, sleep })
      const { data, response } = await sd.GET('/api/resource', { params: { query: { user: 456 } } })
      expect(response.status).toBe(200)
      const users: number[] = (data ?? []).map((booking) => booking.user.userID)
      expect(new Set(users)).toEqual(new Set([456]))
    }))
})
