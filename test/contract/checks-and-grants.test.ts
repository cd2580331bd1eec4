/**
 * Contract machinery for APIs like Screendragon's: a plan's `checks` (documented errors and scenarios after the happy
 * paths, sharing the run's variables), the OAuth2 client-credentials grant, and a 429 contract for an API that sends
 * no rate-limit headers (the limit comes from the plan).
 */
import { createServer, type Server } from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { basicAuth, clientCredentialsGrant } from '../../src/contract/auth.ts'
import { defineContractPlan } from '../../src/contract/plan.ts'
import { defineContractSuite } from '../../src/contract/suite.ts'
import { TINY_SPEC } from './fixtures.ts'

describe('clientCredentialsGrant', () => {
  it('asks for a token once, form-encoded, and sends it as a Bearer token', async () => {
    const calls: { url: string; body: string; type: string | null }[] = []
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: String(init.body), type: new Headers(init.headers).get('content-type') })
      return new Response(JSON.stringify({ access_token: 'abc', token_type: 'bearer', expires_in: 3600 }), {
        status: 200,
      })
    }) as typeof fetch
    const auth = clientCredentialsGrant({ tokenPath: '/oauth/token', clientId: 'id', clientSecret: 's3cret' })
    expect(auth.description).toBe('OAuth2 client-credentials grant as id')
    expect(await auth.headers({ baseUrl: 'http://api.test', fetch: fakeFetch })).toEqual({
      authorization: 'Bearer abc',
    })
    expect(await auth.headers({ baseUrl: 'http://api.test', fetch: fakeFetch })).toEqual({
      authorization: 'Bearer abc',
    })
    expect(calls).toEqual([
      {
        url: 'http://api.test/oauth/token',
        body: 'grant_type=client_credentials&client_id=id&client_secret=s3cret',
        type: 'application/x-www-form-urlencoded',
      },
    ])
  })

  it('says what to check when the token endpoint refuses', async () => {
    const refusing = (async () =>
      new Response('{"error":"invalid_client"}', { status: 400 })) as unknown as typeof fetch
    const auth = clientCredentialsGrant({ tokenPath: '/token', clientId: 'id', clientSecret: 'wrong' })
    await expect(auth.headers({ baseUrl: 'http://api.test', fetch: refusing })).rejects.toThrow(
      'The client-credentials grant at http://api.test/token answered 400 {"error":"invalid_client"}: check the client id and secret',
    )
  })
})

// A server for TINY_SPEC that records what it got. getThing counts only the 429 probe's requests (x-quota) and
// refuses the fourth, with Retry-After but no rate-limit headers.
const seen: { method: string; url: string; auth: string | undefined }[] = []
let quota = 0
const server: Server = createServer((req, res) => {
  let body = ''
  req.on('data', (c: Buffer) => (body += c.toString()))
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization })
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value))
    const url = req.url ?? ''
    if (req.method === 'GET' && url.startsWith('/things?')) return json(200, [{ id: 7, name: 'seven' }])
    if (req.method === 'POST' && url === '/things') {
      const name = (JSON.parse(body || '{}') as { name?: string }).name
      return name ? json(201, { id: 8, name }, { location: '/things/8' }) : json(422, { errors: ['name is required'] })
    }
    if (req.method === 'GET' && url.startsWith('/things/')) {
      if (req.headers['x-quota'] && ++quota > 3) return json(429, { errors: ['slow down'] }, { 'retry-after': '60' })
      const id = Number(url.slice('/things/'.length))
      return id === 7 || id === 8
        ? json(200, { id, name: 'thing' }, { 'x-ratelimit-limit': '3' })
        : json(404, { errors: ['Not found'] })
    }
    if (req.method === 'PUT' && url.startsWith('/things/')) return json(200, { id: 8, name: 'changed' })
    if (req.method === 'GET' && url === '/ping') return res.writeHead(204).end()
    json(404, { errors: ['no route'] })
  })
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const plan = defineContractPlan({
  api: 'tiny',
  document: TINY_SPEC,
  steps: [
    { operationId: 'listThings' },
    { operationId: 'getThing' },
    { operationId: 'createThing', request: () => ({ body: { name: 'by the happy path' } }) },
    { operationId: 'updateThing', request: () => ({ path: { id: 8 }, body: { name: 'changed' } }) },
    { operationId: 'ping' },
  ],
  checks: [
    {
      name: 'a created thing is remembered for the next check',
      operationId: 'createThing',
      request: () => ({ body: { name: 'by a check' } }),
      status: 201,
      after: (res, ctx) => void (ctx.vars.madeId = (res.body as { id: number }).id),
    },
    {
      name: 'reads it back by the remembered id',
      operationId: 'getThing',
      needs: ['madeId'],
      request: (v) => ({ path: { id: v.madeId as number } }),
      status: 200,
      expect: (res, v) => ((res.body as { id: number }).id === v.madeId ? [] : ['another thing came back']),
    },
    {
      name: 'a documented error with its body',
      operationId: 'getThing',
      request: () => ({ path: { id: 5 } }),
      status: 404,
      expect: (res) => (res.text.includes('Not found') ? [] : ['wrong message']),
    },
    { name: 'sent without the plan credentials', operationId: 'ping', authenticate: false, status: 204 },
    { name: 'skipped: its variable was never set', operationId: 'getThing', needs: ['neverSet'], status: 200 },
  ],
  vars: () => ({ id: 7 }),
  credentials: () => basicAuth('u', 'p'),
  exclude: {
    unauthorized: {
      listThings: 'not documented by the tiny spec',
      getThing: 'idem',
      createThing: 'idem',
      updateThing: 'idem',
    },
  },
  rateLimit: {
    probe: 'getThing',
    probeRequest: () => ({ headers: { 'x-quota': '1' } }),
    windowSeconds: 60,
    documentedLimit: 3,
  },
})

defineContractSuite(plan, {
  // This server accepts what its spec refuses: the negative checks would fail here (negative-run.test.ts shows that).
  settings: { mode: 'stateful', baseUrl: undefined, allow429: false, write: false, negative: false },
  target: async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const address = server.address()
    return { baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, kind: 'mock' }
  },
  log: () => {},
})

describe('checks after the happy paths', () => {
  it('ran in order after the happy paths, with the shared variables, and with or without credentials as asked', () => {
    const checks = seen.slice(seen.findIndex((r) => r.method === 'PUT') + 2).slice(0, 4) // after the last happy path, ping
    expect(checks.map((r) => `${r.method} ${r.url} ${r.auth ? 'auth' : 'anonymous'}`)).toEqual([
      'POST /things auth',
      'GET /things/8 auth',
      'GET /things/5 auth',
      'GET /ping anonymous',
    ])
    expect(quota).toBe(4) // the 429 contract stopped at the documented limit + 1, with no X-RateLimit-Limit to read
  })
})
