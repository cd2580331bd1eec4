/**
 * The dual auth (API key AND Basic; 401 with an empty body whichever half is missing or wrong), `GET /login` with Basic
 * only, the rate limit (500 per 30 s per key, x-ratelimit-* headers, then 429), the error shapes and unknown paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import { createTarget, TARGETS, type Target, useTarget } from '../support/targets.ts'
import { AUTH, atNow, BASIC, call, DEMO, get } from './support.ts'

describe.each(TARGETS)('ProWorkflow authentication (%s)', (kind) => {
  const t = useTarget(kind, 'proworkflow', atNow())

  it('answers with both halves: the key in the header, the query or the body, plus Basic', async () => {
    expect((await get(t, '/me')).status).toBe(200)
    expect((await call(t, 'GET', `/me?apikey=${DEMO.apiKey}`, undefined, BASIC)).status).toBe(200)
    const viaBody = await call(
      t,
      'POST',
      '/notes',
      { apikey: DEMO.apiKey, title: 'T', content: 'C', categoryid: 1 },
      BASIC,
    )
    expect(viaBody.status).toBe(201)
  })

  it.each([
    ['no credentials at all', {}],
    ['the key without Basic', { apikey: DEMO.apiKey }],
    ['Basic without the key', BASIC],
    ['a wrong key', { ...BASIC, apikey: '99999-22222-33333-44444-55555' }],
    ['a wrong password', { apikey: DEMO.apiKey, authorization: basicAuthorization(DEMO.username, 'wrong') }],
    [
      'an unknown user',
      { apikey: DEMO.apiKey, authorization: basicAuthorization('nobody@example.com', DEMO.password) },
    ],
    ['an empty key', { ...BASIC, apikey: '' }],
  ])('answers 401 with an EMPTY body for %s', async (_name, headers) => {
    const reply = await call(t, 'GET', '/contacts', undefined, headers as Record<string, string>)
    expect(reply.status).toBe(401)
    expect(reply.text).toBe('')
  })

  it('accepts the username as well as the e-mail address for Basic', async () => {
    const reply = await call(t, 'GET', '/me', undefined, {
      apikey: DEMO.apiKey,
      authorization: basicAuthorization('demo', DEMO.password),
    })
    expect(reply.status).toBe(200)
    expect(reply.body.contact.email).toBe(DEMO.username)
  })

  it('lets a contact given login access through the API log in with its own password', async () => {
    const made = await call(t, 'POST', '/contacts', {
      companyid: 1,
      type: 'staff',
      firstname: 'New',
      lastname: 'Hire',
      username: 'newhire',
      password: 'p@55w0rd',
      allowlogin: true,
    })
    expect(made.status).toBe(201)
    const me = await call(t, 'GET', '/me', undefined, {
      apikey: DEMO.apiKey,
      authorization: basicAuthorization('newhire', 'p@55w0rd'),
    })
    expect(me.body.contact).toMatchObject({
      id: made.body.details[0].id,
      firstname: 'New',
      roles: [{ id: 1, name: 'Super User' }],
      groups: [{ id: 1, name: 'Design' }],
    })
  })

  it('answers GET /login with Basic only and returns the API key and the caller', async () => {
    const reply = await call(t, 'GET', '/login', undefined, BASIC)
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({
      status: 'Success',
      apikey: DEMO.apiKey,
      contact: { email: DEMO.username, type: 'staff' },
    })
    expect((await call(t, 'GET', '/login', undefined, { apikey: DEMO.apiKey })).status).toBe(401)
    expect(
      (await call(t, 'GET', `/login?url=${encodeURIComponent(reply.body.accounturl)}`, undefined, BASIC)).status,
    ).toBe(200)
    // The reference's own example Account URL (002 line 7235) is the demo account's.
    expect(reply.body.accounturl).toBe('https://proworkflow6.net/ABCInc')
    expect((await call(t, 'GET', '/login?url=https://proworkflow6.net/ABCInc', undefined, BASIC)).status).toBe(200)
    const wrong = await call(t, 'GET', '/login?url=https://proworkflow6.net/Other', undefined, BASIC)
    expect(wrong.status).toBe(400)
    expect(wrong.body.status).toBe('Error')
  })

  it('answers an unknown path with an HTML 404 page (C live), and a known path with a wrong method the same way', async () => {
    const unknown = await get(t, '/projects/1/nothing')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toMatch(/text\/html/)
    expect(unknown.text).toContain('Not Found')
    expect((await call(t, 'PATCH', '/contacts/1', {})).status).toBe(404)
  })

  it('answers an unknown record with the JSON error envelope', async () => {
    const reply = await get(t, '/contacts/999999')
    expect(reply.status).toBe(404)
    expect(reply.body).toEqual({ status: 'Error', details: ['Contact 999999 could not be found'] })
  })

  it('answers a body that breaks the schema, or is not JSON, with 400 and the error envelope', async () => {
    const missing = await call(t, 'POST', '/companies', { code: 'X' })
    expect(missing.status).toBe(400)
    expect(missing.body.status).toBe('Error')
    expect(missing.body.details.join(' ')).toMatch(/name|type|oneOf/)
    const badType = await call(t, 'POST', '/companies', { name: 'X', type: 'staff' })
    expect(badType.status).toBe(400)
    const notJson = await t.fetch('/notes', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{"title":',
    })
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { status: string }).status).toBe('Error')
  })

  it('answers a bad parameter value with 400 (an unknown fields member, a sortby outside the whitelist)', async () => {
    expect((await get(t, '/companies?fields=name,colour')).status).toBe(400)
    const sort = await get(t, '/companies?sortby=email')
    expect(sort.status).toBe(400)
    expect(sort.body.details[0]).toMatch(/sortby/)
  })
})

describe.each(TARGETS)('ProWorkflow rate limit (%s)', (kind) => {
  let t: Target
  // 20 s into a 30-second window, so x-ratelimit-reset is 10.
  const clock = manualClock(Date.UTC(2025, 5, 11, 12, 0, 20))
  beforeAll(async () => {
    t = await createTarget(kind, 'proworkflow', { clock, options: { rateLimit: 3 } })
  })
  afterAll(() => t.close())

  it('counts down x-ratelimit-remaining, then answers 429 in the error envelope until the 30-second window ends', async () => {
    const seen: (string | null)[][] = []
    for (let i = 0; i < 3; i++) {
      const r = await get(t, '/me')
      expect(r.status).toBe(200)
      seen.push([
        r.headers.get('x-ratelimit-limit'),
        r.headers.get('x-ratelimit-remaining'),
        r.headers.get('x-ratelimit-reset'),
      ])
    }
    expect(seen).toEqual([
      ['3', '2', '10'],
      ['3', '1', '10'],
      ['3', '0', '10'],
    ])
    const limited = await get(t, '/me')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(limited.headers.get('retry-after')).toBeNull() // C: no Retry-After; clients wait x-ratelimit-reset
    expect(limited.body).toEqual({ status: 'Error', details: ['Rate limit exceeded: 3 requests per 30 seconds'] })
    clock.advance(10_000)
    const next = await get(t, '/me')
    expect(next.status).toBe(200)
    expect(next.headers.get('x-ratelimit-remaining')).toBe('2')
    expect(t.engine.violations).toEqual([])
  })

  it('counts per API key: a request without the key gets 401 and leaves the key’s spent window as it is', async () => {
    clock.advance(30_000)
    t.engine.reset()
    for (let i = 0; i < 3; i++) await get(t, '/me')
    expect((await get(t, '/me')).status).toBe(429)
    // A request without the key is rejected (401, counted by address), and does not reset the key's window.
    expect((await call(t, 'GET', '/me', undefined, BASIC)).status).toBe(401)
    expect((await get(t, '/me')).status).toBe(429)
  })
})
