/** Screendragon test helpers: a fixed clock, the demo credentials, a booking body, request helpers. */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import type { EngineOptions } from '../../src/core/engine.ts'
import { DEMO, SCREENDRAGON_DEFAULTS } from '../../mocks/screendragon/index.ts'
import type { Target } from '../support/targets.ts'

export { DEMO, MESSAGES, UNCONFIGURED_CLIENT } from '../../mocks/screendragon/index.ts'
export const DEFAULTS = SCREENDRAGON_DEFAULTS

/** "Today" in these tests: Wednesday 5 June 2030, 10:00 UTC. Seeded bookings lie within half a year of it. */
export const TODAY = Date.UTC(2030, 5, 5, 10)

/** Engine options with the fixed clock (a fresh clock per suite). */
export const atToday = (options: EngineOptions = {}): EngineOptions => ({ clock: manualClock(TODAY), ...options })

/** Basic with the API key (as the password; the user part is free). */
export const API_KEY = { authorization: basicAuthorization('apikey', DEFAULTS.apiKey) }

export interface Row {
  [key: string]: unknown
  'project id#': number
  'USER id#': number
  'FULL NAME': string
  'resourced role': string
  'task id#': number
  'task NAME': string
  'hours resourced': number
  'cost resourced': number
  'date resourced': string
  resourceitemid: number
  deleted: number
  datetimestamp: string
}

export interface Summary {
  project: number
  title: string
  item: string
  user: { userID: number; userName: string; firstName: string; lastName: string; email: string }
  start: string
  end: string
  hrs: number
  bookingID: number
  taskID: number
}

/** A valid booking for John Doe on "Project Alpha", Monday 3 to Friday 7 March 2031, far from the seeded ones. */
export const booking = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  user: String(DEMO.userId),
  resourceEvent: String(DEMO.eventId),
  startTime: '2031-03-03T09:00:00Z',
  endTime: '2031-03-07T17:00:00Z',
  ...overrides,
})

/** A request with the API key (or the given headers); a body is sent as JSON. */
export function send(
  t: Target,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = API_KEY,
): Promise<Response> {
  return t.fetch(path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** The `{"error": …}` of a response, asserting its status. */
export async function errorOf(response: Response): Promise<{ status: number; error: string }> {
  return { status: response.status, error: ((await response.json()) as { error: string }).error }
}

/** Client-credentials token, form-encoded as the vendor's example. */
export async function token(
  t: Target,
  clientId: string = DEFAULTS.clientId,
  clientSecret: string = DEFAULTS.clientSecret,
): Promise<string> {
  const response = await t.fetch('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  })
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { access_token: string }).access_token
}

/** Adds a booking and returns its ids. */
export async function add(
  t: Target,
  body: Record<string, unknown> = booking(),
  query = '',
): Promise<{ taskID: number; bookingID: number }> {
  const response = await send(t, 'POST', `/api/resource/booking${query}`, body)
  if (response.status !== 200) throw new Error(`add failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as { taskID: number; bookingID: number }
}

export async function list(t: Target, query: string): Promise<Summary[]> {
  const response = await send(t, 'GET', `/api/resource?${query}`)
  if (response.status !== 200) throw new Error(`list failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as Summary[]
}

export async function daily(t: Target, query = 'includeGuestUsers=true'): Promise<Row[]> {
  const response = await send(t, 'GET', `/api/resource/DailyResourcing?${query}`)
  if (response.status !== 200) throw new Error(`daily resourcing failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { dataInfo: { Tables: Row[] } }).dataInfo.Tables
}
