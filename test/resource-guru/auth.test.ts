import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import { ACCOUNT, BASIC, DEMO, passwordToken } from '../support/resource-guru.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'

const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000

describe.each(TARGETS)('Resource Guru authentication (%s)', (kind) => {
  let t: Target
  const clock = manualClock(Date.UTC(2030, 0, 7, 9))
  beforeAll(async () => {
    t = await createTarget(kind, 'resource-guru', { clock })
  })
  afterAll(() => {
    expect(t.engine.violations).toEqual([])
    return t.close()
  })
  beforeEach(() => {
    clock.set(Date.UTC(2030, 0, 7, 9))
    t.engine.reset()
  })

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

  it('issues a 7-day bearer token for the password grant sent form-encoded', async () => {
    const token = await passwordToken(t)
    expect(token).toMatchObject({ token_type: 'bearer', expires_in: 604800 })
    const me = await t.fetch('/v1/me', { headers: bearer(token.access_token) })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ email: DEMO.username })
  })

  it('accepts the password grant sent as JSON', async () => {
    const response = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'password',
        username: DEMO.username,
        password: DEMO.password,
        client_id: DEMO.clientId,
        client_secret: DEMO.clientSecret,
      }),
    })
    expect(response.status).toBe(200)
  })

  it('expires tokens after 7 days', async () => {
    const token = await passwordToken(t)
    clock.advance(SEVEN_DAYS_MS - 1000)
    expect((await t.fetch(`${ACCOUNT}/clients`, { headers: bearer(token.access_token) })).status).toBe(200)
    clock.advance(1000)
    const expired = await t.fetch(`${ACCOUNT}/clients`, { headers: bearer(token.access_token) })
    expect(expired.status).toBe(401)
    expect(await expired.json()).toEqual({ errors: ['The credentials are invalid or have expired'] })
  })

  it('refreshing issues a new token and expires the old one immediately', async () => {
    const first = await passwordToken(t)
    const refreshed = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: first.refresh_token,
        client_id: DEMO.clientId,
        client_secret: DEMO.clientSecret,
      }),
    })
    expect(refreshed.status).toBe(200)
    const second = (await refreshed.json()) as { access_token: string }
    expect((await t.fetch(`${ACCOUNT}/clients`, { headers: bearer(first.access_token) })).status).toBe(401)
    expect((await t.fetch(`${ACCOUNT}/clients`, { headers: bearer(second.access_token) })).status).toBe(200)
    // A refresh token works once.
    const again = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: first.refresh_token,
        client_id: DEMO.clientId,
        client_secret: DEMO.clientSecret,
      }),
    })
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('runs the authorization-code flow: authorize redirects with a code that the token endpoint redeems once', async () => {
    const redirectUri = 'http://localhost/oauth'
    const authorize = await t.fetch(
      `/oauth/authorize?client_id=${DEMO.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=code&state=xyz`,
      { redirect: 'manual' },
    )
    expect(authorize.status).toBe(302)
    const location = new URL(authorize.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri)
    expect(location.searchParams.get('state')).toBe('xyz')
    const code = location.searchParams.get('code') ?? ''
    const redeem = () =>
      t.fetch('/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          client_id: DEMO.clientId,
          client_secret: DEMO.clientSecret,
        }),
      })
    const first = await redeem()
    expect(first.status).toBe(200)
    expect((await redeem()).status).toBe(400)
  })

  it('refuses a redirect URI that is neither HTTPS nor localhost', async () => {
    const response = await t.fetch(
      `/oauth/authorize?client_id=${DEMO.clientId}&redirect_uri=${encodeURIComponent('http://evil.example.com/cb')}&response_type=code`,
      { redirect: 'manual' },
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('answers a malformed token request with 400 in the OAuth shape: unsupported_grant_type for an unknown grant', async () => {
    const token = (form: Record<string, string>) =>
      t.fetch('/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      })
    const unknownGrant = await token({ grant_type: 'telepathy', client_id: 'the_client_id' })
    expect(unknownGrant.status).toBe(400)
    expect(await unknownGrant.json()).toMatchObject({ error: 'unsupported_grant_type' })
    const noGrant = await token({ client_id: 'the_client_id' })
    expect(noGrant.status).toBe(400)
    expect(await noGrant.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('answers 401 invalid_client for a wrong client secret and 400 invalid_grant for a wrong password', async () => {
    const token = (fields: Record<string, string>) =>
      t.fetch('/oauth/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      })
    const badClient = await token({
      grant_type: 'password',
      username: DEMO.username,
      password: DEMO.password,
      client_id: DEMO.clientId,
      client_secret: 'nope',
    })
    expect(badClient.status).toBe(401)
    expect(await badClient.json()).toMatchObject({ error: 'invalid_client' })
    const badPassword = await token({
      grant_type: 'password',
      username: DEMO.username,
      password: 'nope',
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
    })
    expect(badPassword.status).toBe(400)
    expect(await badPassword.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('takes the client id and secret as HTTP Basic too (RFC 6749 §2.3.1, the oauth2 gem >= 2 default)', async () => {
    const basicClient = (id: string, secret: string, fields: Record<string, string> = {}) =>
      t.fetch('/oauth/token', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuthorization(id, secret),
        },
        body: new URLSearchParams({
          grant_type: 'password',
          username: DEMO.username,
          password: DEMO.password,
          ...fields,
        }),
      })
    const ok = await basicClient(DEMO.clientId, DEMO.clientSecret)
    expect(ok.status).toBe(200)
    const token = (await ok.json()) as { access_token: string }
    expect((await t.fetch(`${ACCOUNT}/resources`, { headers: bearer(token.access_token) })).status).toBe(200)
    // The id and secret are form-encoded before they are joined (RFC 6749 §2.3.1): %5F is "_".
    expect((await basicClient('the%5Fclient%5Fid', DEMO.clientSecret)).status).toBe(200)
    // A wrong secret in the header: 401 with WWW-Authenticate for the scheme used (RFC 6749 §5.2).
    const wrong = await basicClient(DEMO.clientId, 'nope')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' })
    // A body that names the client is what counts: the user's Basic login beside it (which the API takes on every
    // other call) is no client authentication, and a wrong client secret in the body is refused without the header.
    const userHeader = await basicClient(DEMO.username, DEMO.password, {
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
    })
    expect(userHeader.status).toBe(200)
    const wrongBody = await basicClient(DEMO.clientId, DEMO.clientSecret, {
      client_id: DEMO.clientId,
      client_secret: 'nope',
    })
    expect(wrongBody.status).toBe(401)
    expect(wrongBody.headers.get('www-authenticate')).toBeNull()
    // No client at all: 401.
    const none = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username: DEMO.username, password: DEMO.password }),
    })
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBeNull()
  })

  it('reads a token POST without Content-Type as a form (Python requests.post(url, urlencode(…)); Rack does)', async () => {
    // Bytes, not a string: fetch labels a string body text/plain.
    const untyped = (text: string, path = '/oauth/token', headers: Record<string, string> = {}) =>
      t.fetch(path, { method: 'POST', headers, body: new TextEncoder().encode(text) })
    const grant = new URLSearchParams({
      grant_type: 'password',
      username: DEMO.username,
      password: DEMO.password,
      client_id: DEMO.clientId,
      client_secret: DEMO.clientSecret,
    }).toString()
    const response = await untyped(grant)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ token_type: 'bearer', expires_in: 604800 })
    // An operation that takes JSON only still refuses a body without Content-Type.
    const json = await untyped('{"name":"Acme"}', `${ACCOUNT}/clients`, BASIC)
    expect(json.status).toBe(415)
    expect(await json.json()).toEqual({
      errors: ['The request has a body but no Content-Type header: send Content-Type: application/json'],
    })
  })

  it('limits token issuing to 20 per minute per user (001 "OAuth2 Token Limits")', async () => {
    for (let i = 0; i < 20; i++) await passwordToken(t)
    const over = await t.fetch('/oauth/token', {
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
    expect(over.status).toBe(429)
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/)
    clock.advance(60_000)
    await passwordToken(t)
  })

  it('accepts Basic and rejects missing or wrong credentials with 401 in the errors shape', async () => {
    expect((await t.fetch(`${ACCOUNT}/clients`, { headers: BASIC })).status).toBe(200)
    const missing = await t.fetch(`${ACCOUNT}/clients`)
    expect(missing.status).toBe(401)
    expect(await missing.json()).toEqual({ errors: ['Authentication is required: no credentials were sent'] })
    const wrong = await t.fetch(`${ACCOUNT}/clients`, {
      headers: { authorization: `Basic ${Buffer.from(`${DEMO.username}:nope`).toString('base64')}` },
    })
    expect(wrong.status).toBe(401)
    expect((await t.fetch(`${ACCOUNT}/clients`, { headers: bearer('not-a-token') })).status).toBe(401)
  })

  it('answers 403 for an account the user is not a member of and 404 for an unknown account', async () => {
    const other = await t.fetch('/v1/other-corp/clients', { headers: BASIC })
    expect(other.status).toBe(403)
    expect(await other.json()).toEqual({ errors: ['You do not have access to the account "other-corp"'] })
    const unknown = await t.fetch('/v1/no-such-corp/clients', { headers: BASIC })
    expect(unknown.status).toBe(404)
    expect((await t.fetch('/v1/accounts/2', { headers: BASIC })).status).toBe(403)
    expect((await t.fetch('/v1/accounts/99', { headers: BASIC })).status).toBe(404)
    const accounts = (await (await t.fetch('/v1/accounts', { headers: BASIC })).json()) as { subdomain: string }[]
    expect(accounts.map((a) => a.subdomain)).toEqual(['example-corp'])
  })
})
