/**
 * Resource Guru's duties kept by `createClient`, proved against our own mock: a scripted workload — a burst beyond
 * 200 requests a minute, random forced 429s (`Prefer`), forced 403 and 400, polling bookings every 5 minutes — leaves
 * the mock's conduct tracker with no finding, over HTTP and under MSW, with OAuth2 tokens refreshed as they expire.
 * The same workload through a plain openapi-fetch client breaks the duty, so the check cannot pass by finding nothing.
 */
import type { Client } from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { RESOURCE_GURU_BASE_URL } from '../../mocks/resource-guru/client.ts'
import { createClient, createMock, type paths } from '../../mocks/resource-guru/entry.ts'
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

const ACCOUNT = 'example-corp'
const USER = { username: 'user@example.com', password: 'secret' }
const OAUTH = { type: 'oauth2', clientId: 'the_client_id', clientSecret: 'the_client_secret', ...USER } as const
const MINUTE = 60_000
/** Tokens live 15 minutes here (7 days at the vendor), so the workload outlives a few. */
const MOCK_OPTIONS = { tokenTtlSeconds: 900 }

async function workload(rg: Client<paths>, clock: ManualClock): Promise<Outcomes> {
  const out = emptyOutcomes()
  const resources = (prefer?: string) =>
    rg.GET('/v1/{account}/resources', { params: { path: { account: ACCOUNT } }, headers: prefer ? { prefer } : {} })
  // A burst of 250 at once: beyond 200 a minute.
  await Promise.all(Array.from({ length: 250 }, () => attempt(clock, () => resources(), out.burst)))
  clock.advance(2 * MINUTE) // each phase a while after the last, so a client that never waits meets each one too
  // 40 calls, one in five forced to a 429 (the seeded pick is the same on every run).
  const random = seededRandom(13)
  for (let i = 0; i < 40; i++) {
    const prefer = random() < 0.2 ? 'code=429' : undefined
    await attempt(clock, () => resources(prefer), out.random429s)
  }
  clock.advance(2 * MINUTE)
  for (const prefer of ['code=403', undefined, 'code=400', undefined])
    await attempt(clock, () => resources(prefer), out.errors)
  // Polling the bookings every 5 minutes for half an hour.
  const bookings = () => rg.GET('/v1/{account}/bookings', { params: { path: { account: ACCOUNT } } })
  await pollEvery(clock, 5, 30, bookings, out.polls)
  return out
}

const MOCK: MockSetup = {
  api: 'resource-guru',
  options: MOCK_OPTIONS,
  createMock,
  realBaseUrl: RESOURCE_GURU_BASE_URL,
}

describe.each(TRANSPORTS)('Resource Guru createClient against our mock (%s)', (transport) => {
  it('keeps every duty: the mock finds nothing', () =>
    withMock(transport, MOCK, async ({ served, clock, sleep }) => {
      const rg = createClient({ auth: OAUTH, baseUrl: served.baseUrl, clock, sleep })
      const events = recordEvents(rg)
      const out = await workload(rg, clock)

      expect(await served.findings()).toEqual([])
      expect(served.engine.violations).toEqual([])
      // The burst was paced: 200, then a wait for the next minute, then the rest. No 429 at all.
      expect(out.burst).toEqual(Array(250).fill(200))
      const waits = events.filter((e) => e.type === 'wait')
      expect(waits[0]).toMatchObject({ rule: 'rate-limit', ms: MINUTE })
      // Each forced 429 was waited out (Retry-After, and the quota its X-RateLimit-Remaining: 0 said was spent) and
      // sent once more; that got the forced 429 again, which came back to the caller.
      const forced = out.random429s.filter((o) => o === 429).length
      expect(forced).toBeGreaterThan(0)
      // Nothing else: a token that expired during a wait was renewed before the retry went.
      expect(out.random429s.every((o) => o === 200 || o === 429)).toBe(true)
      expect(events.filter((e) => e.type === 'retry')).toHaveLength(forced)
      expect(events.filter((e) => e.type === 'retry').every((e) => e.rule === 'wait-retry-after')).toBe(true)
      // Resource Guru asks nothing after a 403 or 400: they come back, and the next call goes.
      expect(out.errors).toEqual([403, 200, 400, 200])
      expect(out.polls.every((o) => o === 200)).toBe(true)
      // A password grant first; then, as each 15-minute token neared its end, a refresh.
      const grants = events.flatMap((e) => (e.type === 'token' ? [e.grant] : []))
      expect(grants[0]).toBe('password')
      expect(grants.slice(1).length).toBeGreaterThan(0)
      expect(new Set(grants.slice(1))).toEqual(new Set(['refresh_token']))
    }))

  it('the same workload without the duties breaks them (so the check above can fail)', () =>
    withMock(transport, MOCK, async ({ served, clock }) => {
      const naive = naiveClient<paths>(served, { authorization: basicAuthorization(USER.username, USER.password) })
      const out = await workload(naive, clock)
      expect(out.burst.filter((o) => o === 429)).toHaveLength(50)
      expect(breaches(await served.findings())['wait-retry-after']).toBeGreaterThan(0)
    }))
})

describe('Resource Guru createClient', () => {
  it('after a 401 fetches a new token and sends the request once more', () =>
    withMock('msw', MOCK, async ({ served, clock, sleep }) => {
      const stored: string[] = []
      const rg = createClient({
        auth: { ...OAUTH, token: { accessToken: 'revoked-token' }, onToken: (t) => stored.push(t.accessToken) },
        clock,
        sleep,
      })
      const { data, response } = await rg.GET('/v1/me')
      expect(response.status).toBe(200)
      expect(data?.email).toBe(USER.username)
      expect(stored).toHaveLength(1)
      expect(served.engine.log.map((e) => e.status)).toEqual([401, 200, 200])
    }))

  it('sends HTTP Basic when asked, and types the response', () =>
    withMock('msw', MOCK, async ({ clock, sleep }) => {
      const rg = createClient({ auth: { type: 'basic', ...USER }, clock, sleep })
      const { data } = await rg.GET('/v1/{account}/resources', { params: { path: { account: ACCOUNT } } })
      const names: string[] = (data ?? []).map((resource) => resource.name)
      expect(names.length).toBeGreaterThan(0)
    }))
})
