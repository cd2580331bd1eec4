/** Resource Guru test helpers: the demo credentials and a token. */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { RESOURCE_GURU_DEFAULTS } from '../../mocks/resource-guru/index.ts'
import type { Target } from './targets.ts'

export const DEMO = RESOURCE_GURU_DEFAULTS

export const BASIC = { authorization: basicAuthorization(DEMO.username, DEMO.password) }
export const JSON_HEADERS = { ...BASIC, 'content-type': 'application/json' }
export const ACCOUNT = `/v1/${DEMO.account}`

/** Password grant, form-encoded (as the vendor's Python example sends it). */
export async function passwordToken(target: Target): Promise<{ access_token: string; refresh_token: string }> {
  const response = await target.fetch('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      username: DEMO.username,
      password: DEMO.password,
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
    }),
  })
  if (response.status !== 200) throw new Error(`token request failed: ${response.status} ${await response.text()}`)
  return (await response.json()) as { access_token: string; refresh_token: string }
}

/** JSON request helper with Basic auth. */
export function send(target: Target, method: string, path: string, body?: unknown): Promise<Response> {
  return target.fetch(path, {
    method,
    headers: body === undefined ? BASIC : JSON_HEADERS,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}
