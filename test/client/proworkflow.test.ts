/**
 * ProWorkflow's duties kept by `createClient`, proved against our own mock: a scripted workload — a burst beyond 500
 * requests per 30 s, random forced 429s (`Prefer`), forced 403 and 400, polling every 5 minutes — leaves the mock's
 * conduct tracker with no finding, over HTTP and under MSW. The same workload through a plain openapi-fetch client
 * breaks the duty, so the check cannot pass by finding nothing.
 */
import type { Client } from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { PROWORKFLOW_BASE_URL } from '../../mocks/proworkflow/client.ts'
import { createClient, createMock, type paths } from '../../mocks/proworkflow/entry.ts'
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

const AUTH = { apiKey: '11111-22222-33333-44444-55555', username: 'demo@example.com', password: 'secret' }
const MINUTE = 60_000
/**
 * The mock started with a quota of 50 per 30 s (`--proworkflow-rate-limit 50`), and the client told the same
 * (`quota: { limit: 50 }`), so the burst is 60 requests rather than 600: the mechanism is the same, and the vendor's
 * 500 is the default of both, from one declaration (duties.test.ts).
 */
const LIMIT = 50

async function workload(pwf: Client<paths>, clock: ManualClock): Promise<Outcomes> {
  const out = emptyOutcomes()
  // GET /me: the cheapest call, so 600 of them take no time.
  const me = (prefer?: string) => pwf.GET('/me', { headers: prefer ? { prefer } : {} })
  const contacts = (prefer?: string) =>
    pwf.GET('/contacts', { params: { query: { fields: ['name', 'email'] } }, headers: prefer ? { prefer } : {} })
  // A burst beyond the quota, all at once.
  await Promise.all(Array.from({ length: LIMIT + 10 }, () => attempt(clock, () => me(), out.burst)))
  clock.advance(2 * MINUTE) // each phase a while after the last, so a client that never waits meets each one too
  const random = seededRandom(7)
  for (let i = 0; i < 40; i++) await attempt(clock, () => me(random() < 0.2 ? 'code=429' : undefined), out.random429s)
  clock.advance(2 * MINUTE)
  for (const prefer of ['code=403', undefined, 'code=400', undefined])
    await attempt(clock, () => contacts(prefer), out.errors)
  await pollEvery(clock, 5, 30, () => pwf.GET('/companies', {}), out.polls)
  return out
}

const MOCK: MockSetup = {
  api: 'proworkflow',
  options: { rateLimit: LIMIT },
  createMock,
  realBaseUrl: PROWORKFLOW_BASE_URL,
}

describe.each(TRANSPORTS)('ProWorkflow createClient against our mock (%s)', (transport) => {
  it('keeps every duty: the mock finds nothing', () =>
    withMock(transport, MOCK, async ({ served, clock, sleep }) => {
      const pwf = createClient({ auth: AUTH, baseUrl: served.baseUrl, clock, sleep, quota: { limit: LIMIT } })
      const events = recordEvents(pwf)
      const out = await workload(pwf, clock)

      expect(await served.findings()).toEqual([])
      expect(served.engine.violations).toEqual([])
      // Paced: 50, then a wait for the next 30-second window, then the rest. No 429.
      expect(out.burst).toEqual(Array(LIMIT + 10).fill(200))
      expect(events.find((e) => e.type === 'wait')).toMatchObject({ rule: 'rate-limit', ms: 30_000 })
      const forced = out.random429s.filter((o) => o === 429).length
      expect(forced).toBeGreaterThan(0)
      const retries = events.filter((e) => e.type === 'retry')
      expect(retries).toHaveLength(forced)
      expect(retries.every((e) => e.rule === 'wait-ratelimit-reset')).toBe(true)
      expect(out.errors).toEqual([403, 200, 400, 200])
      expect(out.polls.every((o) => o === 200)).toBe(true)
    }))

  it('the same workload without the duties breaks them (so the check above can fail)', () =>
    withMock(transport, MOCK, async ({ served, clock }) => {
      const naive = naiveClient<paths>(served, {
        apikey: AUTH.apiKey,
        authorization: basicAuthorization(AUTH.username, AUTH.password),
      })
      const out = await workload(naive, clock)
      expect(out.burst.filter((o) => o === 429)).toHaveLength(10)
      expect(breaches(await served.findings())['wait-ratelimit-reset']).toBeGreaterThan(0)
    }))
})

describe('ProWorkflow createClient', () => {
  it('sends the API key and HTTP Basic on every call, and types the response', () =>
    withMock('msw', MOCK, async ({ clock, sleep }) => {
      const pwf = createClient({ auth: AUTH, clock, sleep })
      const { data, response } = await pwf.GET('/contacts', { params: { query: { fields: ['name', 'email'] } } })
      expect(response.status).toBe(200)
      expect(response.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 1))
      expect(data?.count).toBeGreaterThan(0)
      // The array went as `fields=name,email` (comma-separated, as the spec declares): the same answer as that query.
      const plain = await fetch(`${PROWORKFLOW_BASE_URL}/contacts?fields=name,email`, {
        headers: { apikey: AUTH.apiKey, authorization: basicAuthorization(AUTH.username, AUTH.password) },
      })
      expect(data).toEqual(await plain.json())
    }))
})
