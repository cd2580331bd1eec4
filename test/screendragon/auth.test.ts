/**
 * Screendragon authentication (vendor "API Authentication" article): the client-credentials token endpoint, Bearer
 * tokens and their expiry, Basic with the API key, and 401 in the vendor's error shape without them.
 */
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import { createTarget, TARGETS, useTarget } from '../support/targets.ts'
import { API_KEY, atToday, DEFAULTS, DEMO, MESSAGES, send, token, TODAY } from './support.ts'

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields),
})
const LIST = `/api/resource?user=${DEMO.userId}`

describe.each(TARGETS)('Screendragon authentication (%s)', (kind) => {
  const t = useTarget(kind, 'screendragon', atToday())

  it('issues a bearer token for the client-credentials grant, form-encoded, that opens the API', async () => {
    const response = await t.fetch(
      '/oauth/token',
      form({ grant_type: 'client_credentials', client_id: DEFAULTS.clientId, client_secret: DEFAULTS.clientSecret }),
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[0-9a-f]{48}$/),
      token_type: 'bearer',
      expires_in: 3600,
    })
    expect(
      (await send(t, 'GET', LIST, undefined, { authorization: `Bearer ${body.access_token as string}` })).status,
    ).toBe(200)
  })

  it.each([
    [
      'a wrong client secret',
      { grant_type: 'client_credentials', client_id: 'the_client_id', client_secret: 'wrong' },
      'invalid_client',
    ],
    [
      'an unknown client',
      { grant_type: 'client_credentials', client_id: 'someone', client_secret: 'the_client_secret' },
      'invalid_client',
    ],
    [
      'another grant',
      { grant_type: 'password', client_id: 'the_client_id', client_secret: 'the_client_secret' },
      'unsupported_grant_type',
    ],
    ['no client_id', { grant_type: 'client_credentials', client_secret: 'the_client_secret' }, 'invalid_request'],
    ['no grant_type', { client_id: 'the_client_id', client_secret: 'the_client_secret' }, 'invalid_request'],
  ])('refuses a token request with %s: 400 with the RFC 6749 error code', async (_name, fields, code) => {
    const response = await t.fetch('/oauth/token', form(fields))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: code, error_description: expect.any(String) })
  })

  it('reads the token request form-encoded only: JSON gets 415 saying what to send', async () => {
    const response = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: DEFAULTS.clientId,
        client_secret: DEFAULTS.clientSecret,
      }),
    })
    expect(response.status).toBe(415)
    expect(((await response.json()) as { error: string }).error).toContain('application/x-www-form-urlencoded')
  })

  it.each([
    ['no credentials', {}],
    ['an unknown bearer token', { authorization: 'Bearer not-a-token' }],
    ['an empty bearer token', { authorization: 'Bearer' }],
    ['a wrong API key', { authorization: basicAuthorization('apikey', 'wrong') }],
  ])('answers 401 {"error": …} to %s, on every operation', async (_name, headers) => {
    for (const [method, path] of [
      ['GET', LIST],
      ['POST', '/api/resource/booking'],
      ['PUT', '/api/resource/booking/1'],
      ['DELETE', '/api/resource/booking?id=1'],
      ['GET', '/api/resource/DailyResourcing'],
    ] as const) {
      const response = await t.fetch(path, { method, headers })
      expect(response.status, `${method} ${path}`).toBe(401)
      expect(await response.json()).toEqual({ error: MESSAGES.unauthorized })
    }
  })

  it('accepts the API key with Basic as the password or as the user name', async () => {
    expect((await send(t, 'GET', LIST, undefined, API_KEY)).status).toBe(200)
    expect(
      (await send(t, 'GET', LIST, undefined, { authorization: basicAuthorization(DEFAULTS.apiKey, '') })).status,
    ).toBe(200)
  })
})

describe.each(TARGETS)('Screendragon token expiry (%s)', (kind) => {
  it('refuses a token once its lifetime (tokenTtlSeconds) has passed', async () => {
    const clock = manualClock(TODAY)
    const t = await createTarget(kind, 'screendragon', { clock, options: { tokenTtlSeconds: 60 } })
    try {
      const headers = { authorization: `Bearer ${await token(t)}` }
      clock.advance(59_000)
      expect((await send(t, 'GET', LIST, undefined, headers)).status).toBe(200)
      clock.advance(1_000)
      expect((await send(t, 'GET', LIST, undefined, headers)).status).toBe(401)
      expect(t.engine.violations).toEqual([])
    } finally {
      await t.close()
    }
  })
})
