/**
 * Every table keyed by what clients send stays at its cap under a flood of distinct keys, and expired entries are
 * swept out: conduct histories, blocked clients, findings and rate-limit counters (distinct failed Basic logins),
 * access tokens (token requests), authorization codes (anonymous authorize calls), refresh tokens (password grants).
 * The conduct report is paged, so its size is bounded however many clients there are, and refresh tokens expire.
 *
 * Floods go through `engine.handle` (fast enough for 50,000+ requests); a few real HTTP requests through the node
 * server show the same on the public path. Table sizes are always asserted; heap growth only when the run exposes
 * `gc` (`node --expose-gc`), since without a full collection heap figures are noise. Figures: measure.ts.
 */
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import { MEMORY_LIMITS } from '../../src/core/limits.ts'
import { ACCOUNT, DEMO as RG } from '../support/resource-guru.ts'
import { createTarget, TARGETS } from '../support/targets.ts'
import { AUTH as SI_AUTH, USER as SI_USER } from '../scheduleit/support.ts'
import {
  BASE,
  bodyText,
  conductReport,
  floodAccessTokens,
  floodAuthorizationCodes,
  floodFailedLogins,
  floodPasswordGrants,
  form,
  grantTime,
  type Observed,
  request,
  resourceGuruEngine,
  SI_EVENT,
  scheduleitEngine,
  screendragonEngine,
} from './floods.ts'
import { atOnce } from '../support/at-once.ts'

const FLOOD = 50_000
const SLOW = 180_000

/** Heap growth across `run`, after full collections; `undefined` when the run cannot force one. */
function heapGrowth(run: () => void): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const before = gc ? process.memoryUsage().heapUsed : 0
  run()
  if (!gc) return undefined
  gc()
  return process.memoryUsage().heapUsed - before
}

const MB = 1024 * 1024

const RG_CLIENT = { client_id: RG.clientId, client_secret: RG.clientSecret }

/** A code from Resource Guru's anonymous authorize endpoint. */
function authorizationCode(o: Observed<unknown>): string {
  const query = new URLSearchParams({
    client_id: RG.clientId,
    redirect_uri: 'http://localhost/callback',
    response_type: 'code',
  })
  const response = atOnce(o.engine.handle(request('GET', `/oauth/authorize?${query}`), BASE))
  return new URL(response.headers.location as string).searchParams.get('code') as string
}

function redeem(o: Observed<unknown>, code: string): number {
  return atOnce(
    o.engine.handle(
      form('/oauth/token', {
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'http://localhost/callback',
        ...RG_CLIENT,
      }),
      BASE,
    ),
  ).status
}

function passwordGrant(o: Observed<unknown>): { refresh_token: string } {
  const response = atOnce(
    o.engine.handle(
      form('/oauth/token', { grant_type: 'password', username: RG.username, password: RG.password, ...RG_CLIENT }),
      BASE,
    ),
  )
  if (response.status !== 200) throw new Error(`password grant → ${response.status} ${bodyText(response)}`)
  return JSON.parse(bodyText(response)) as { refresh_token: string }
}

function refresh(o: Observed<unknown>, refreshToken: string): number {
  return atOnce(
    o.engine.handle(
      form('/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken, ...RG_CLIENT }),
      BASE,
    ),
  ).status
}

describe('bounded memory under floods of distinct client keys', () => {
  it(
    'keeps ScheduleIt conduct histories, blocks, findings and per-login rate-limit counters at their caps under 50,000 distinct failed 1 KB logins',
    () => {
      // Blocking on and a per-login quota, so one flood fills every table keyed by the login presented.
      const o = scheduleitEngine({ conduct: { block: true }, options: { rateLimit: 1000 } })
      const growth = heapGrowth(() => floodFailedLogins(o, FLOOD, 1024, 2))

      const { body } = conductReport(o.engine, 'limit=0')
      expect(body.clients.length).toBe(0) // a page of none: the report no longer lists every client
      expect(body.totals?.clients).toBe(MEMORY_LIMITS.conductClients)
      expect(body.totals?.blocked).toBe(MEMORY_LIMITS.blockedClients)
      expect(body.totals?.findings).toBe(MEMORY_LIMITS.conductFindings)
      const [quota] = o.policies()
      expect(quota?.size()).toBe(MEMORY_LIMITS.rateLimitKeys)
      // Old code: about 150 MB for this flood (see the report in the commit); bounded tables stay near 30 MB.
      if (growth !== undefined) expect(growth / MB).toBeLessThan(64)

      // The vendor's rule still holds for a client seen after the flood: a 403, then within the hour, by the login.
      const wrong = { authorization: basicAuthorization(SI_USER, 'wrong') }
      expect(atOnce(o.engine.handle(request('GET', SI_EVENT, wrong), BASE)).status).toBe(403)
      o.clock.advance(10 * 60_000)
      expect(atOnce(o.engine.handle(request('GET', SI_EVENT, SI_AUTH), BASE)).status).toBe(403) // blocked (blocking is on)
      expect(o.engine.conductFindings.at(-1)).toMatchObject({ client: `login:${SI_USER}`, rule: 'wait-after-400-403' })
    },
    SLOW,
  )

  it(
    'forgets idle conduct histories and lifts ended blocks on the sweep, not only at the cap',
    () => {
      const o = scheduleitEngine({ conduct: { block: true, blockForMs: 60_000 } })
      floodFailedLogins(o, 2_000, 64, 2)
      expect(conductReport(o.engine, 'limit=0').body.totals).toMatchObject({ clients: 2_000, blocked: 2_000 })
      o.clock.advance(MEMORY_LIMITS.conductIdleMs)
      expect(conductReport(o.engine, 'limit=0').body.totals).toMatchObject({ clients: 1_000, blocked: 0 }) // clients of kept findings
    },
    SLOW,
  )

  it(
    'keeps at most 10,000 Screendragon access tokens under 50,000 token requests, the least recently used dropped first, and sweeps expired ones',
    () => {
      const o = screendragonEngine()
      let tokens: string[] = []
      const growth = heapGrowth(() => {
        tokens = floodAccessTokens(o, FLOOD)
      })
      const list = (token: string | undefined) =>
        atOnce(o.engine.handle(request('GET', '/api/resource?user=456', { authorization: `Bearer ${token}` }), BASE))
          .status
      expect(list(tokens[0])).toBe(401) // evicted
      expect(list(tokens.at(-1))).toBe(200)
      expect(o.state().tokens.sizes?.()).toEqual({
        accessTokens: MEMORY_LIMITS.accessTokens,
        refreshTokens: 0,
        codes: 0,
      })
      if (growth !== undefined) expect(growth / MB).toBeLessThan(32)
      // An hour later every token has expired: the next write sweeps them all out.
      o.clock.advance(3_600_000)
      floodAccessTokens(o, 1)
      expect(o.state().tokens.sizes?.().accessTokens).toBe(1)
    },
    SLOW,
  )

  it(
    'keeps at most 10,000 Resource Guru authorization codes under 50,000 anonymous authorize calls, and sweeps them after 10 minutes',
    () => {
      const o = resourceGuruEngine()
      const first = authorizationCode(o)
      const growth = heapGrowth(() => floodAuthorizationCodes(o, FLOOD))
      const last = authorizationCode(o)
      expect(redeem(o, first)).toBe(400) // evicted
      expect(o.state().tokens.sizes?.().codes).toBe(MEMORY_LIMITS.authorizationCodes)
      expect(redeem(o, last)).toBe(200)
      if (growth !== undefined) expect(growth / MB).toBeLessThan(32)
      o.clock.advance(600_000)
      floodAuthorizationCodes(o, 1)
      expect(o.state().tokens.sizes?.().codes).toBe(1)
    },
    SLOW,
  )

  it(
    'keeps at most 10,000 Resource Guru refresh tokens (and access tokens) under 50,000 password grants over 50 days',
    () => {
      const o = resourceGuruEngine()
      floodPasswordGrants(o, 38_000)
      o.clock.set(grantTime(38_000))
      const day38 = passwordGrant(o)
      floodPasswordGrants(o, FLOOD - 38_001, 38_001)
      // 11 days old, so not expired, but more than 10,000 newer refresh tokens came after it.
      expect(refresh(o, day38.refresh_token)).toBe(400)
      const sizes = o.state().tokens.sizes?.()
      expect(sizes?.refreshTokens).toBe(MEMORY_LIMITS.refreshTokens)
      // Access tokens live 7 days: the sweeps keep only the last week's 7,000.
      expect(sizes?.accessTokens).toBe(7_000)
    },
    SLOW,
  )
})

describe('the conduct report is paged', () => {
  it(
    'answers GET /__mock/scheduleit/conduct with 20,000 clients in a bounded page, with totals',
    () => {
      // The cap raised above the client count, so that paging alone bounds the answer.
      const o = scheduleitEngine({ conduct: { maxClients: 50_000 } })
      floodFailedLogins(o, 20_000, 400, 2)
      const first = conductReport(o.engine)
      expect(first.body).toMatchObject({
        limit: 100,
        offset: 0,
        totals: { clients: 20_000, findings: MEMORY_LIMITS.conductFindings },
      })
      expect(first.body.clients).toHaveLength(100)
      expect(first.body.findings).toHaveLength(100)
      // Old code: 10 MB for these 20,000 clients (162 MB with the probe's 8 KB logins); a page stays near 90 KB.
      expect(first.bytes).toBeLessThan(256 * 1024)

      const largest = conductReport(o.engine, 'limit=100000')
      expect(largest.body.limit).toBe(MEMORY_LIMITS.conductPageSizeMax)
      expect(largest.bytes).toBeLessThan(2 * MB)

      const last = conductReport(o.engine, 'offset=19990&limit=50')
      expect(last.body.clients).toHaveLength(10)
      expect(last.body.findings).toHaveLength(0)
      // Offenders come first: every client of a kept finding is on the first pages.
      const offenders = new Set(
        conductReport(o.engine, 'limit=1000')
          .body.clients.filter((c) => c.findings > 0)
          .map((c) => c.client),
      )
      expect(offenders.size).toBe(MEMORY_LIMITS.conductFindings)
      // Each finding's text is cut, whatever the client sent.
      for (const f of largest.body.findings)
        expect(f.client.length + f.request.length + f.message.length).toBeLessThan(1000)
    },
    SLOW,
  )

  it('refuses a page that is not a whole number', () => {
    const o = scheduleitEngine()
    for (const query of ['limit=-1', 'offset=x', 'limit=1.5', 'limit=1e3']) {
      const response = o.engine.control('GET', 'conduct', query)
      expect(response.status, query).toBe(400)
      expect(bodyText(response)).toMatch(/must be a whole number >= 0/)
    }
  })

  it('pages the report on the public path (node server, port 0)', async () => {
    const t = await createTarget('http', 'scheduleit', {
      clock: manualClock(Date.UTC(2024, 4, 30, 9)),
      options: { chaos: 0 },
    })
    try {
      for (let i = 0; i < 30; i++) {
        const headers = { authorization: basicAuthorization(`12345_probe${i}`.padEnd(2000, 'x'), 'wrong') }
        expect((await t.fetch(SI_EVENT, { headers })).status).toBe(403)
        expect((await t.fetch(SI_EVENT, { headers })).status).toBe(403)
      }
      const root = t.base.replace(/\/scheduleit$/, '')
      const response = await fetch(`${root}/__mock/scheduleit/conduct?limit=5&offset=10`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as {
        limit: number
        offset: number
        totals: { clients: number; findings: number }
        clients: { client: string }[]
      }
      expect(body).toMatchObject({ limit: 5, offset: 10, totals: { clients: 30, findings: 30 } })
      expect(body.clients).toHaveLength(5)
      for (const c of body.clients) expect(c.client.length).toBeLessThanOrEqual(MEMORY_LIMITS.clientKeyLength) // 2,000-char logins, cut and hashed
      expect(new Set(body.clients.map((c) => c.client)).size).toBe(5) // still told apart
      expect((await fetch(`${root}/__mock/scheduleit/conduct?limit=-1`)).status).toBe(400)
    } finally {
      await t.close()
    }
  })
})

describe.each(TARGETS)('refresh tokens expire (%s)', (kind) => {
  const DAY = 86_400_000
  const grant = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: RG.clientId, client_secret: RG.clientSecret, ...fields }),
  })

  it('refreshes with a refresh token up to 30 days old (inferred lifetime), and refuses an older one with invalid_grant', async () => {
    const clock = manualClock(Date.UTC(2030, 0, 7, 9))
    const t = await createTarget(kind, 'resource-guru', { clock })
    try {
      const first = (await (
        await t.fetch('/oauth/token', grant({ grant_type: 'password', username: RG.username, password: RG.password }))
      ).json()) as { refresh_token: string }
      clock.advance(30 * DAY - 1000)
      const refreshed = await t.fetch(
        '/oauth/token',
        grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token }),
      )
      expect(refreshed.status).toBe(200)
      const second = (await refreshed.json()) as { access_token: string; refresh_token: string }
      expect(
        (await t.fetch(`${ACCOUNT}/clients`, { headers: { authorization: `Bearer ${second.access_token}` } })).status,
      ).toBe(200)
      // The new refresh token's 30 days run from its own issue.
      clock.advance(30 * DAY)
      const late = await t.fetch(
        '/oauth/token',
        grant({ grant_type: 'refresh_token', refresh_token: second.refresh_token }),
      )
      expect(late.status).toBe(400)
      expect(await late.json()).toEqual({
        error: 'invalid_grant',
        error_description: 'The provided refresh token is invalid, expired or revoked.',
      })
      expect(t.engine.violations).toEqual([])
    } finally {
      await t.close()
    }
  })

  it('takes the lifetime from --resource-guru-refresh-token-ttl-seconds', async () => {
    const clock = manualClock(Date.UTC(2030, 0, 7, 9))
    const t = await createTarget(kind, 'resource-guru', { clock, options: { refreshTokenTtlSeconds: 60 } })
    try {
      const first = (await (
        await t.fetch('/oauth/token', grant({ grant_type: 'password', username: RG.username, password: RG.password }))
      ).json()) as { refresh_token: string }
      clock.advance(60_000)
      expect(
        (await t.fetch('/oauth/token', grant({ grant_type: 'refresh_token', refresh_token: first.refresh_token })))
          .status,
      ).toBe(400)
    } finally {
      await t.close()
    }
  })
})
