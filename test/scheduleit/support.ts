/** ScheduleIt test helpers: the demo login, random 429s off, and small request helpers over a target. */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import type { EngineOptions } from '../../src/core/engine.ts'
import { SCHEDULEIT_DEFAULTS } from '../../mocks/scheduleit/index.ts'
import type { Target } from '../support/targets.ts'

export const DEMO = SCHEDULEIT_DEFAULTS
export const USER = `${DEMO.accountNumber}_${DEMO.loginName}`
export const AUTH = { authorization: basicAuthorization(USER, DEMO.password) }

/** Engine options for tests: the vendor's random 429s off (a test that wants them turns them on). */
export const NO_CHAOS: EngineOptions = { options: { chaos: 0 } }

export type Rec = Record<string, string>

/** The records of a list or single-record answer: `_embedded.<data set>._embedded.data`. */
export function dataOf(body: unknown, set: string): Rec[] {
  const embedded = (body as { _embedded?: Record<string, { _embedded?: { data?: Rec[] } }> })._embedded
  const data = embedded?.[set]?._embedded?.data
  if (!Array.isArray(data))
    throw new Error(`no _embedded.${set}._embedded.data in ${JSON.stringify(body).slice(0, 300)}`)
  return data
}

/** GET with the demo login; resolves with the status and parsed body. */
export async function get(
  t: Target,
  path: string,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; body: unknown }> {
  const response = await t.fetch(path, { headers })
  return { status: response.status, body: await response.json() }
}

/** GET a list and return its records (fails the test on any other status). */
export async function list(t: Target, path: string): Promise<Rec[]> {
  const { status, body } = await get(t, path)
  if (status !== 200) throw new Error(`GET ${path} → ${status} ${JSON.stringify(body)}`)
  return dataOf(body, path.split('?')[0]?.split('/')[2] ?? '')
}

export const ids = (records: Rec[]): number[] => records.map((r) => Number(r.id))

/** POST a form body as the vendor's PHP samples build it: `key=value&…&` with the trailing `&` (000 line 203). */
export async function post(
  t: Target,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; body: Rec }> {
  const body = `${new URLSearchParams(fields).toString()}&`
  const response = await t.fetch(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  return { status: response.status, body: (await response.json()) as Rec }
}

export async function del(t: Target, path: string): Promise<{ status: number; body: Rec }> {
  const response = await t.fetch(path, { method: 'DELETE', headers: AUTH })
  return { status: response.status, body: (await response.json()) as Rec }
}
