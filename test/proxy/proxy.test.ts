/**
 * The validating proxy against real servers on port 0: our mock (from the package's node entry) as the upstream, and
 * upstreams in this file that stand between the proxy and the mock to break the response one way per case. The
 * proxy must report each break with its rule and path, and pass every byte through as the upstream sent it.
 */
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startProxy, startServer, type RunningProxy, type RunningServer } from '../../mocks/node.ts'
import { listen } from '../../src/adapters/node-server.ts'
import { formatExchange } from '../../src/proxy/format.ts'
import type { ExchangeRecord } from '../../src/proxy/report.ts'
import {
  BASIC,
  closeServer,
  endToEndHeaders,
  mutatingUpstream,
  schemaProblems,
  send,
  violationsOf,
  type Mutation,
} from './support.ts'

const JSON_HEADERS = { authorization: BASIC, 'content-type': 'application/json' }

let mock: RunningServer
beforeAll(async () => {
  mock = await startServer({ apis: ['resource-guru'], port: 0 })
})
afterAll(() => mock.close())

/** A proxy for Resource Guru in front of `upstream`, printing its lines into `lines`. */
async function proxyTo(upstream: string): Promise<{ proxy: RunningProxy; lines: string[] }> {
  const lines: string[] = []
  const proxy = await startProxy({
    api: 'resource-guru',
    upstream,
    port: 0,
    onExchange: (record: ExchangeRecord) => lines.push(...formatExchange(record)),
  })
  return { proxy, lines }
}

/**
 * For one describe block: our mock behind an upstream that can break its responses (`s.upstream.mutation`) and
 * records each exchange, and a proxy in front of that upstream whose printed lines (`s.lines`) start empty in each
 * test.
 */
function useMutatingStand() {
  const stand = {} as { upstream: Awaited<ReturnType<typeof mutatingUpstream>>; proxy: RunningProxy; lines: string[] }
  beforeAll(async () => {
    stand.upstream = await mutatingUpstream(`${mock.url}/resource-guru`)
    Object.assign(stand, await proxyTo(stand.upstream.url))
  })
  afterAll(async () => {
    await stand.proxy.close()
    await stand.upstream.close()
  })
  beforeEach(() => {
    stand.lines.length = 0
  })
  return stand
}

describe('in front of our mock', () => {
  let proxy: RunningProxy
  beforeAll(async () => {
    // The upstream has a path prefix: the mock serves Resource Guru under /resource-guru.
    ;({ proxy } = await proxyTo(`${mock.url}/resource-guru`))
  })
  afterAll(() => proxy.close())

  it('finds nothing wrong with clean traffic, and answers as the mock does', async () => {
    const base = `${proxy.url}/v1/example-corp`
    expect((await send(`${base}/clients`, { headers: { authorization: BASIC } })).status).toBe(200)
    expect((await send(`${base}/clients/1`, { headers: { authorization: BASIC } })).status).toBe(200)
    expect((await send(`${base}/resources?limit=2`, { headers: { authorization: BASIC } })).status).toBe(200)
    expect((await send(`${proxy.url}/v1/me`, { headers: { authorization: BASIC } })).status).toBe(200)
    const created = await send(`${base}/clients`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'Acme Ltd', color: 'c0ffee' }),
    })
    expect(created.status).toBe(201)
    const id = (JSON.parse(created.body.toString()) as { id: number }).id
    const updated = await send(`${base}/clients/${id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ notes: 'Our biggest client.' }),
    })
    expect(updated.status).toBe(200)
    expect((await send(`${base}/clients/${id}`, { method: 'DELETE', headers: { authorization: BASIC } })).status).toBe(
      204,
    )
    // An error the spec documents is clean traffic too.
    expect((await send(`${base}/clients/999999`, { headers: { authorization: BASIC } })).status).toBe(404)
    expect((await send(`${base}/clients`)).status).toBe(401)
    await proxy.settled()

    const report = proxy.report.toJSON()
    expect(violationsOf(report)).toEqual([])
    expect(report.totals).toMatchObject({ exchanges: 9, exchangesWithViolations: 0, upstreamErrors: 0 })
    expect(report.operations.map((op) => op.operationId).sort()).toEqual([
      'createClient',
      'deleteClient',
      'getClient',
      'getMyUserSummary',
      'listClients',
      'listResources',
      'updateClient',
    ])
    expect(schemaProblems(report)).toEqual([])
  })

  it('reports a path the spec does not have, and forwards it all the same', async () => {
    const answer = await send(`${proxy.url}/v1/example-corp/nothing-here`, { headers: { authorization: BASIC } })
    expect(answer.status).toBe(404) // the mock's own answer
    await proxy.settled()
    const unknown = proxy.report.toJSON().operations.find((op) => op.path === '/v1/example-corp/nothing-here')
    expect(unknown).toMatchObject({ operationId: null, method: 'GET', exchanges: 1 })
    expect(unknown?.violations[0]).toMatchObject({ kind: 'request', rule: 'unknown-operation', path: 'path' })
  })
})

describe('behind an upstream that breaks the responses', () => {
  const s = useMutatingStand()

  const json = (body: Buffer) => JSON.parse(body.toString()) as Record<string, unknown> & Record<number, unknown>
  const cases: {
    name: string
    request: { path: string; method?: string; body?: string }
    mutation: Mutation
    expected: { rule: string; path: string; operationId: string }
    line: string
  }[] = [
    {
      name: 'a dropped required field',
      request: { path: '/v1/example-corp/clients' },
      mutation: (r) => {
        const list = json(r.body) as unknown as Record<string, unknown>[]
        delete list[1]?.name
        r.body = Buffer.from(JSON.stringify(list))
      },
      expected: { operationId: 'listClients', rule: 'required', path: 'body[*].name' },
      line: '  response body[1].name: is required but missing (in {"id":2,',
    },
    {
      name: '201 turned into 200',
      request: { path: '/v1/example-corp/clients', method: 'POST', body: '{"name":"Initech"}' },
      mutation: (r) => {
        r.status = 200
      },
      expected: { operationId: 'createClient', rule: 'status', path: 'status' },
      line: '  response status: 200 is not documented for this operation (documented: 201, 400, 401, 403, 404, 413, 415, 422, 429)',
    },
    {
      name: 'a number turned into a string',
      request: { path: '/v1/example-corp/clients/1' },
      mutation: (r) => {
        const client = json(r.body)
        r.body = Buffer.from(JSON.stringify({ ...client, id: String(client.id) }))
      },
      expected: { operationId: 'getClient', rule: 'type', path: 'body.id' },
      line: '  response body.id: must be integer (found "1")',
    },
    {
      name: 'a wrong content type',
      request: { path: '/v1/example-corp/clients/1' },
      mutation: (r) => {
        r.headers['content-type'] = 'text/plain'
      },
      expected: { operationId: 'getClient', rule: 'content-type', path: 'header Content-Type' },
      line: '  response header Content-Type: must be application/json for 200 (found "text/plain")',
    },
    {
      name: 'a missing documented header',
      request: { path: '/v1/example-corp/resources' },
      mutation: (r) => {
        delete r.headers['x-ratelimit-remaining']
      },
      expected: { operationId: 'listResources', rule: 'header', path: 'header X-RateLimit-Remaining' },
      line: '  response header X-RateLimit-Remaining: is documented for 200 but missing',
    },
    {
      name: 'a date that is not a date, in a gzipped body',
      request: { path: '/v1/example-corp/clients' },
      mutation: (r) => {
        const list = json(r.body) as unknown as Record<string, unknown>[]
        for (const client of list) client.deleted_at = '31/12/2020'
        r.body = gzipSync(JSON.stringify(list))
        r.headers['content-encoding'] = 'gzip'
      },
      expected: { operationId: 'listClients', rule: 'format', path: 'body[*].deleted_at' },
      line: '  response body[0].deleted_at: must match format "date" (found "31/12/2020"; ',
    },
  ]

  it.each(cases)('reports $name with its rule and path', async ({ request, mutation, expected, line }) => {
    s.proxy.report.clear()
    s.upstream.mutation = mutation
    try {
      const answer = await send(`${s.proxy.url}${request.path}`, {
        method: request.method ?? 'GET',
        headers: request.body ? JSON_HEADERS : { authorization: BASIC },
        body: request.body,
      })
      await s.proxy.settled()
      // The broken response reached the client as the upstream sent it.
      const sent = s.upstream.exchanges.at(-1)?.response
      expect(answer.status).toBe(sent?.status)
      expect(answer.body.equals(sent?.body ?? Buffer.alloc(0))).toBe(true)
    } finally {
      s.upstream.mutation = undefined
    }
    const report = s.proxy.report.toJSON()
    expect(violationsOf(report)).toEqual([{ ...expected, kind: 'response' }])
    expect(s.lines.join('\n')).toContain(line)
    expect(schemaProblems(report)).toEqual([])
  })

  it('counts one violation in every item of a list as one entry, with examples', async () => {
    s.proxy.report.clear()
    s.upstream.mutation = (r) => {
      const list = json(r.body) as unknown as Record<string, unknown>[]
      r.body = Buffer.from(JSON.stringify(list.map((c) => ({ ...c, archived: 'no' }))))
    }
    try {
      await send(`${s.proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
      await send(`${s.proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
      await s.proxy.settled()
    } finally {
      s.upstream.mutation = undefined
    }
    const [op] = s.proxy.report.toJSON().operations
    const count = (JSON.parse(s.upstream.exchanges.at(-1)?.response?.body.toString() ?? '[]') as unknown[]).length
    expect(op?.violations).toHaveLength(1)
    expect(op?.violations[0]).toMatchObject({
      kind: 'response',
      rule: 'type',
      path: 'body[*].archived',
      message: 'must be boolean',
      occurrences: 2 * count,
      exchanges: 2,
    })
    expect(op?.violations[0]?.examples[0]).toMatchObject({
      request: 'GET /v1/example-corp/clients',
      status: 200,
      path: 'body[0].archived',
      excerpt: '"no"',
    })
    expect(s.lines).toContain(`  response body[0].archived: must be boolean (found "no"; ${count - 1} more like it)`)
  })
})

describe('a client that sends invalid requests', () => {
  // No mutation: the upstream only records what it received and what it answered.
  const s = useMutatingStand()

  it.each([
    [
      'a missing required body field',
      '{"color":"c0ffee"}',
      { rule: 'required', path: 'body.name' },
      'request body.name: is required but missing (in {"color":"c0ffee"})',
    ],
    [
      'a field of the wrong type',
      '{"name":42}',
      { rule: 'type', path: 'body.name' },
      'request body.name: must be string (found 42)',
    ],
  ])('reports %s as a request violation and forwards it unchanged', async (_name, body, expected, line) => {
    s.proxy.report.clear()
    const length = String(Buffer.byteLength(body))
    const headers = [
      'Authorization',
      BASIC,
      'Content-Type',
      'application/json',
      'X-Trace',
      'a',
      'x-trace',
      'b',
      'Content-Length',
      length,
    ]
    const answer = await send(`${s.proxy.url}/v1/example-corp/clients?fields=a%2Cb`, { method: 'POST', headers, body })
    await s.proxy.settled()

    // The upstream got the request as the client sent it: method, target, headers (order, case, repeats), bytes.
    const received = s.upstream.exchanges.at(-1)
    expect(received?.method).toBe('POST')
    expect(received?.url).toBe('/v1/example-corp/clients?fields=a%2Cb')
    expect(received?.body.toString()).toBe(body)
    expect(endToEndHeaders(received?.rawHeaders ?? []).filter(([n]) => n !== 'Host')).toEqual([
      ['Authorization', BASIC],
      ['Content-Type', 'application/json'],
      ['X-Trace', 'a'],
      ['x-trace', 'b'],
      ['Content-Length', length],
    ])
    // The mock's own error came back untouched: status, reason phrase, headers and body, byte for byte.
    const sent = received?.response
    expect(answer.status).toBe(422)
    expect(answer.status).toBe(sent?.status)
    expect(answer.statusMessage).toBe('Unprocessable Entity')
    expect(answer.body.equals(sent?.body ?? Buffer.alloc(0))).toBe(true)
    expect(endToEndHeaders(answer.rawHeaders)).toEqual(Object.entries(sent?.headers ?? {}))

    const report = s.proxy.report.toJSON()
    expect(violationsOf(report)).toEqual([{ operationId: 'createClient', kind: 'request', ...expected }])
    expect(s.lines).toContain(`  ${line}`)
  })
})

describe('headers', () => {
  it('drops the hop-by-hop headers both ways (RFC 9110 §7.6.1), keeps the rest as sent, and adds none', async () => {
    let received: string[] = []
    const upstream = createServer((req, res) => {
      received = req.rawHeaders
      res.sendDate = false
      res.writeHead(
        200,
        'Fine Thanks',
        [
          ['Content-Type', 'application/json'],
          ['Connection', 'X-Hop, keep-alive'],
          ['X-Hop', 'per-connection'],
          ['Keep-Alive', 'timeout=5'],
          ['Set-Cookie', 'a=1'],
          ['Set-Cookie', 'b=2'],
          ['X-Kept', 'yes'],
          ['Content-Length', '2'],
        ].flat(),
      )
      res.end('[]')
    })
    const url = await listen(upstream, 0)
    const { proxy } = await proxyTo(url)
    try {
      const answer = await send(`${proxy.url}/v1/example-corp/clients`, {
        headers: [
          ['Authorization', BASIC],
          ['Connection', 'X-Client-Hop'],
          ['X-Client-Hop', '1'],
          ['TE', 'trailers'],
          ['Proxy-Connection', 'keep-alive'],
          ['Upgrade-Insecure-Requests', '1'],
          ['X-Kept', 'yes'],
        ].flat(),
      })
      expect(pairs(received)).toEqual([
        ['Host', new URL(url).host],
        ['Authorization', BASIC],
        ['Upgrade-Insecure-Requests', '1'],
        ['X-Kept', 'yes'],
        ['Connection', 'keep-alive'], // the proxy's own connection to the upstream
      ])
      expect(answer.statusMessage).toBe('Fine Thanks')
      expect(endToEndHeaders(answer.rawHeaders)).toEqual([
        ['Content-Type', 'application/json'],
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
        ['X-Kept', 'yes'],
        ['Content-Length', '2'],
      ])
      expect(answer.headers['x-hop']).toBeUndefined()
      expect(answer.headers.date).toBeUndefined()
    } finally {
      await proxy.close()
      await closeServer(upstream)
    }
  })
})

function pairs(raw: string[]): string[][] {
  const out: string[][] = []
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string])
  return out
}
