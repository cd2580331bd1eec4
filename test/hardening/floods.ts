/**
 * Floods of distinct client-chosen keys through the engine, as the adversarial probe sent them: failed Basic logins,
 * token requests, authorize calls, password grants. Shared by memory.test.ts (which asserts the tables stay at their
 * caps) and measure.ts (which prints heap and RSS growth). They use only the engine's public surface and observe the
 * vendor plug-in's own policies and state, so they also run against older code for a before/after comparison.
 */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.ts'
import type { ApiPlugin } from '../../src/core/plugin.ts'
import type { MockRequest, MockResponse } from '../../src/core/types.ts'
import type { RateLimitPolicy } from '../../src/rate-limit/policies.ts'
import { RESOURCE_GURU_DEFAULTS, resourceGuru } from '../../mocks/resource-guru/index.ts'
import { SCHEDULEIT_DEFAULTS, scheduleit } from '../../mocks/scheduleit/index.ts'
import { SCREENDRAGON_DEFAULTS, screendragon } from '../../mocks/screendragon/index.ts'
import { atOnce } from '../support/at-once.ts'

export const START = Date.UTC(2024, 4, 30, 9, 0, 0)

/** What a table-size probe can read: counts where the code has them (newer code), `undefined` otherwise. */
export interface Observed<S> {
  engine: Engine
  clock: ReturnType<typeof manualClock>
  state: () => S
  policies: () => RateLimitPolicy[]
}

/** An engine over the vendor's own plug-in, keeping hold of the state and rate-limit policies the plug-in creates. */
export function observe<S, O extends object>(plugin: ApiPlugin<S, O>, options: EngineOptions = {}): Observed<S> {
  let state: S | undefined
  let policies: RateLimitPolicy[] = []
  const rateLimits = plugin.rateLimits
  const watched: ApiPlugin<S, O> = {
    ...plugin,
    createState: (ctx) => (state = plugin.createState(ctx)),
    ...(rateLimits
      ? {
          rateLimits: (o: O, random: () => number) => (policies = rateLimits.call(plugin, o, random)),
        }
      : {}),
  }
  const clock = manualClock(START)
  const engine = createEngine(watched, { seed: 1, clock, ...options })
  return {
    engine,
    clock,
    state: () => {
      if (state === undefined) throw new Error('no state yet')
      return state
    },
    policies: () => policies,
  }
}

export function request(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  extra: Partial<MockRequest> = {},
): MockRequest {
  const [pathname, rawQuery = ''] = path.split('?')
  return { method, path: pathname as string, rawQuery, headers, body: undefined, remoteAddress: '127.0.0.1', ...extra }
}

export function form(path: string, fields: Record<string, string>, extra: Partial<MockRequest> = {}): MockRequest {
  const body = new TextEncoder().encode(new URLSearchParams(fields).toString())
  return request('POST', path, { 'content-type': 'application/x-www-form-urlencoded' }, { body, ...extra })
}

export const BASE = 'https://mock.test'

/** A distinct ScheduleIt login of about `length` characters: the account number, then the index padded out. */
export function longLogin(i: number, length: number): string {
  return `${SCHEDULEIT_DEFAULTS.accountNumber}_${String(i).padStart(Math.max(1, length - 6), 'x')}`
}

export const SI_EVENT = '/api/events/1000'

export function scheduleitEngine(options: EngineOptions = {}): Observed<unknown> {
  return observe(scheduleit, { ...options, options: { chaos: 0, ...options.options } })
}

/** `count` distinct failed Basic logins of `length` characters, each sent `times` times. */
export function floodFailedLogins(o: Observed<unknown>, count: number, length: number, times = 1): void {
  for (let i = 0; i < count; i++) {
    const headers = { authorization: basicAuthorization(longLogin(i, length), 'wrong') }
    for (let n = 0; n < times; n++) atOnce(o.engine.handle(request('GET', SI_EVENT, headers), BASE))
  }
}

export function conductReport(engine: Engine, query = ''): { bytes: number; body: ConductReportBody } {
  const response = engine.control('GET', 'conduct', query)
  const text = bodyText(response)
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) as ConductReportBody }
}

export interface ConductReportBody {
  limit?: number
  offset?: number
  totals?: { clients: number; blocked: number; findings: number; breaches: number }
  clients: { client: string; blocked: unknown; findings: number; rulesBroken: string[] }[]
  findings: { client: string; rule: string; message: string; request: string; repeats?: number }[]
}

export function bodyText(response: MockResponse): string {
  const body = response.body
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return new TextDecoder().decode(body)
  return ''
}

/** Screendragon: `count` client-credentials token requests (the rate limit raised so they all succeed). */
export function screendragonEngine(): Observed<{ tokens: TokenTable }> {
  return observe(screendragon, { options: { rateLimit: 1_000_000_000 } }) as Observed<{
    tokens: TokenTable
  }>
}

export function floodAccessTokens(o: Observed<unknown>, count: number): string[] {
  const issued: string[] = []
  for (let i = 0; i < count; i++) {
    const response = atOnce(
      o.engine.handle(
        form('/oauth/token', {
          grant_type: 'client_credentials',
          client_id: SCREENDRAGON_DEFAULTS.clientId,
          client_secret: SCREENDRAGON_DEFAULTS.clientSecret,
        }),
        BASE,
      ),
    )
    if (response.status !== 200) throw new Error(`token request ${i} → ${response.status} ${bodyText(response)}`)
    if (i === 0 || i === count - 1)
      issued.push((JSON.parse(bodyText(response)) as { access_token: string }).access_token)
  }
  return issued
}

/** Resource Guru: `count` anonymous authorize calls, each minting an authorization code. */
export function resourceGuruEngine(): Observed<{ tokens: TokenTable }> {
  return observe(resourceGuru, { options: { rateLimit: 1_000_000_000 } }) as Observed<{
    tokens: TokenTable
  }>
}

export function floodAuthorizationCodes(o: Observed<unknown>, count: number): void {
  const query = new URLSearchParams({
    client_id: RESOURCE_GURU_DEFAULTS.clientId,
    redirect_uri: 'http://localhost/callback',
    response_type: 'code',
  }).toString()
  for (let i = 0; i < count; i++) {
    const response = atOnce(
      o.engine.handle(
        request('GET', `/oauth/authorize?${query}`, {}, { remoteAddress: `10.0.${(i >> 8) & 255}.${i & 255}` }),
        BASE,
      ),
    )
    if (response.status !== 302) throw new Error(`authorize ${i} → ${response.status} ${bodyText(response)}`)
  }
}

/**
 * Resource Guru: `count` password grants (each an access and a refresh token), paced to the vendor's token limits
 * (20 a minute, 1,000 a day per user) by moving the clock, so the flood spans `count / 1000` days. `from` continues
 * an earlier flood (the grants in between sent by the caller, on the same schedule).
 */
export function floodPasswordGrants(o: Observed<unknown>, count: number, from = 0): void {
  const fields = {
    grant_type: 'password',
    username: RESOURCE_GURU_DEFAULTS.username,
    password: RESOURCE_GURU_DEFAULTS.password,
    client_id: RESOURCE_GURU_DEFAULTS.clientId,
    client_secret: RESOURCE_GURU_DEFAULTS.clientSecret,
  }
  for (let i = from; i < from + count; i++) {
    o.clock.set(grantTime(i))
    const response = atOnce(o.engine.handle(form('/oauth/token', fields), BASE))
    if (response.status !== 200) throw new Error(`password grant ${i} → ${response.status} ${bodyText(response)}`)
  }
}

/** When grant `i` of a paced flood is sent: the (i % 1000)th of day i / 1000, in minute (i % 1000) / 20 of that day. */
export function grantTime(i: number): number {
  return START + Math.floor(i / 1000) * 86_400_000 + Math.floor((i % 1000) / 20) * 60_000
}

/** The token tables' sizes where `TokenService` reports them. */
export interface TokenTable {
  sizes?(): { accessTokens: number; refreshTokens: number; codes: number }
}

/** ScheduleIt with a per-login quota, so every distinct login gets a rate-limit counter. */
export function floodRateLimitKeys(o: Observed<unknown>, count: number, length: number): void {
  floodFailedLogins(o, count, length)
}
