/** ProWorkflow test helpers: a fixed clock, the demo credentials (both halves of the dual auth), request helpers. */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import type { EngineOptions } from '../../src/core/engine.ts'
import { PROWORKFLOW_DEFAULTS } from '../../mocks/proworkflow/index.ts'
import type { Target } from '../support/targets.ts'

export const DEMO = PROWORKFLOW_DEFAULTS

/** "Now" in these tests: Wednesday 11 June 2025, 12:00 (the account's time, UTC). The seed lays dates around it. */
export const NOW = Date.UTC(2025, 5, 11, 12)
export const TODAY = '2025-06-11'

/** Engine options with a fresh fixed clock. */
export const atNow = (options: EngineOptions = {}): EngineOptions => ({ clock: manualClock(NOW), ...options })

export const BASIC = { authorization: basicAuthorization(DEMO.username, DEMO.password) }
/** Both halves: the API key in the header (the vendor's recommended place) and HTTP Basic. */
export const AUTH: Record<string, string> = { apikey: DEMO.apiKey, ...BASIC }

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are read field by field, as the vendor's loose JSON
export type Json = Record<string, any>

export interface Reply {
  status: number
  headers: Headers
  text: string
  body: Json
}

/** Sends a request (JSON body when given) with the demo credentials unless other headers are given. */
export async function call(
  t: Target,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
): Promise<Reply> {
  const response = await t.fetch(path, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: Json = {}
  try {
    parsed = text ? (JSON.parse(text) as Json) : {}
  } catch {
    parsed = {}
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

export const get = (t: Target, path: string) => call(t, 'GET', path)

/** The records of a list answer under its key. */
export async function rows(t: Target, path: string, key: string): Promise<Json[]> {
  const reply = await get(t, path)
  if (reply.status !== 200) throw new Error(`GET ${path} → ${reply.status} ${reply.text}`)
  return reply.body[key] as Json[]
}

export const ids = (records: readonly Json[]): number[] => records.map((r) => r.id as number)
