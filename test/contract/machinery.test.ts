/**
 * The rest of the contract machinery: the client sends each request once and follows no redirect, pacing waits out a
 * spent window, requests are built from the spec's examples, an invalid body is derived from the schema, targets are
 * recognised, and the CLI says what is missing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/args.ts'
import { basicAuth } from '../../src/contract/auth.ts'
import { createResponseChecker } from '../../src/contract/check-response.ts'
import { parseContractArgs } from '../../src/contract/cli.ts'
import { createContractClient, createPacer } from '../../src/contract/client.ts'
import { buildRequest, invalidBody, successStatus } from '../../src/contract/request-builder.ts'
import { effectGate } from '../../src/contract/suite.ts'
import { detectTarget, readSettings, settingsEnv, type TargetInfo } from '../../src/contract/target.ts'
import { listOperations, type Operation } from '../../src/spec/openapi.ts'
import { TINY_SPEC } from './fixtures.ts'
import { plan as scheduleitPlan } from '../../contracts/scheduleit/plan.ts'

const operations = new Map(listOperations(TINY_SPEC).map((op) => [op.operationId, op]))
const op = (id: string): Operation => operations.get(id) as Operation

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

/** A deliberately misbehaving server: it records what it got and answers from a table. */
function startServer(
  answer: (req: Seen, res: ServerResponse) => void,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      seen.push(entry)
      answer(entry, res)
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, seen, server })
    }),
  )
}

describe('createContractClient', () => {
  let s: Awaited<ReturnType<typeof startServer>>
  beforeAll(async () => {
    s = await startServer((req, res) => {
      if (req.url.startsWith('/busy'))
        return res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' })
          .end('{"errors":["Rate Limit Exceeded"]}')
      if (req.url.startsWith('/moved')) return res.writeHead(302, { location: '/elsewhere' }).end()
      if (req.url.startsWith('/forbidden')) return res.writeHead(403, { 'content-type': 'application/json' }).end('{}')
      if (req.url.startsWith('/broken'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{not json')
      if (req.url.startsWith('/things/7'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"seven"}')
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          method: req.method,
          url: req.url,
          body: req.body,
          type: req.headers['content-type'] ?? null,
          auth: req.headers.authorization ?? null,
        }),
      )
    })
  })
  afterAll(() => new Promise<void>((resolve) => s.server.close(() => resolve())))

  it('sends a 429 once and reports it, without retrying', async () => {
    const client = createContractClient({ baseUrl: s.url })
    const before = s.seen.length
    const res = await client.send({ method: 'GET', path: '/busy' })
    expect(res.status).toBe(429)
    expect(res.headers['retry-after']).toBe('30')
    expect(res.body).toEqual({ errors: ['Rate Limit Exceeded'] })
    expect(s.seen.length - before).toBe(1)
  })

  it("keeps ScheduleIt's declared duties against a live account: a minute after a 302, then a stop after a 403", async () => {
    let now = 0
    const waits: [number, string][] = []
    const client = createContractClient({
      baseUrl: s.url,
      duties: scheduleitPlan.duties?.remote,
      pacing: {
        remainingHeader: 'x-ratelimit-remaining',
        windowMs: 60_000,
        now: () => now,
        sleep: async (ms) => void (now += ms),
      },
      onDutyWait: (ms, reason) => void waits.push([ms, reason]),
    })
    expect((await client.send({ method: 'GET', path: '/moved' })).status).toBe(302)
    await client.send({ method: 'GET', path: '/things/7' })
    expect(waits.map(([ms, reason]) => [ms, reason.replace(/^.*\[(.*)\]$/, '$1')])).toEqual([
      [60_000, 'wait-after-other-error'],
    ])
    await client.send({ method: 'GET', path: '/forbidden' })
    const before = s.seen.length
    await expect(client.send({ method: 'GET', path: '/things/7' })).rejects.toThrow(/\[wait-after-400-403\]$/)
    expect(s.seen.length).toBe(before)
  })

  it('reports a redirect instead of following it', async () => {
    const res = await createContractClient({ baseUrl: s.url }).send({ method: 'GET', path: '/moved' })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('/elsewhere')
    expect(s.seen.some((r) => r.url === '/elsewhere')).toBe(false)
  })

  it('flags a JSON body that does not parse', async () => {
    const res = await createContractClient({ baseUrl: s.url }).send({ method: 'GET', path: '/broken' })
    expect(res.jsonError).toMatch(/^the body is not valid JSON/)
  })

  it('sends credentials unless told not to, repeated query keys, and JSON or form bodies', async () => {
    const client = createContractClient({ baseUrl: `${s.url}/`, auth: basicAuth('u', 'p') })
    const withAuth = await client.send({
      method: 'POST',
      path: '/echo',
      query: { ids: [1, 2], q: 'a b' },
      body: { a: 1 },
    })
    expect(withAuth.body).toEqual({
      method: 'POST',
      url: '/echo?ids=1&ids=2&q=a+b',
      body: '{"a":1}',
      type: 'application/json',
      auth: 'Basic dTpw',
    })
    const anonymous = await client.send({
      method: 'POST',
      path: '/echo',
      body: { a: 1, b: ['x', 'y'] },
      contentType: 'application/x-www-form-urlencoded',
      authenticate: false,
    })
    expect(anonymous.body).toEqual({
      method: 'POST',
      url: '/echo',
      body: 'a=1&b=x&b=y',
      type: 'application/x-www-form-urlencoded',
      auth: null,
    })
  })

  it('lets the checker fail a real response that breaks the spec', async () => {
    const res = await createContractClient({ baseUrl: s.url }).send(buildRequest(TINY_SPEC, op('getThing'), {}))
    expect(createResponseChecker(TINY_SPEC)(op('getThing'), res)).toEqual([
      'headers.X-RateLimit-Limit: is missing (declared for 200)',
      'body.name: is required',
      'body.id: must be integer (got "seven")',
    ])
  })

  it('says which server it could not reach', async () => {
    await expect(
      createContractClient({ baseUrl: 'http://127.0.0.1:9' }).send({ method: 'GET', path: '/' }),
    ).rejects.toThrow(/GET http:\/\/127\.0\.0\.1:9\/ failed before any response: .*Is the server running/)
  })
})

describe('createPacer', () => {
  it('waits for the window to pass once the remaining count reaches 0, and not before', async () => {
    let now = 1_000
    const waits: number[] = []
    const pacer = createPacer({
      remainingHeader: 'X-RateLimit-Remaining',
      windowMs: 60_000,
      now: () => now,
      sleep: async (ms) => void waits.push(ms),
    })
    pacer.after('me', { 'x-ratelimit-remaining': '1' }, 1_000)
    await pacer.before('me')
    now = 5_000
    pacer.after('me', { 'x-ratelimit-remaining': '0' }, 5_000)
    await pacer.before('other') // another identity has its own budget
    expect(waits).toEqual([])
    now = 10_000
    await pacer.before('me')
    expect(waits).toEqual([1_000 + 60_000 + 250 - 10_000])
  })
})

describe('buildRequest', () => {
  it('fills path parameters from variables or examples and required query parameters from examples', () => {
    expect(buildRequest(TINY_SPEC, op('getThing'), {})).toMatchObject({ method: 'GET', path: '/things/7', query: {} })
    expect(buildRequest(TINY_SPEC, op('getThing'), { id: 42 }).path).toBe('/things/42')
    expect(buildRequest(TINY_SPEC, op('getThing'), { id: 42 }, { path: { id: 'a b' } }).path).toBe('/things/a%20b')
    expect(buildRequest(TINY_SPEC, op('listThings'), {}, { query: { ids: [1, 2], tags: ['x', 'y'] } }).query).toEqual({
      since: '2030-01-01',
      ids: [1, 2],
      tags: 'x,y',
    })
  })

  it('uses the example body unless the plan gives one or none', () => {
    expect(buildRequest(TINY_SPEC, op('createThing'), {})).toMatchObject({
      body: { name: 'from the example' },
      contentType: 'application/json',
    })
    expect(buildRequest(TINY_SPEC, op('createThing'), {}, { body: { name: 'mine' } }).body).toEqual({ name: 'mine' })
    expect('body' in buildRequest(TINY_SPEC, op('createThing'), {}, { body: undefined })).toBe(false)
  })

  it('derives an invalid body: {} when properties are required, else one property of the wrong type', () => {
    expect(invalidBody(TINY_SPEC, op('createThing'), { name: 'x' })).toEqual({})
    expect(invalidBody(TINY_SPEC, op('updateThing'), { size: 2 })).toEqual({ size: 2, name: 12345 })
    expect(invalidBody(TINY_SPEC, op('getThing'), undefined)).toBeUndefined()
  })

  it('knows the success status of an operation', () => {
    expect([successStatus(op('createThing')), successStatus(op('ping'))]).toEqual([201, 204])
  })
})

describe('effectGate', () => {
  const target = (kind: TargetInfo['kind'], writes: boolean): TargetInfo => ({
    baseUrl: 'x',
    kind,
    mode: 'stateful',
    writes,
  })
  it.each([
    ['read', 'remote', false, undefined],
    ['write', 'remote', false, /pass --write/],
    ['write', 'remote', true, undefined],
    ['shared', 'remote', true, /mock only/],
    ['shared', 'mock', true, undefined],
    ['write', 'prism', true, undefined],
  ] as const)('%s on %s (writes %s)', (effect, kind, writes, want) => {
    const reason = effectGate(effect, target(kind, writes))
    if (want === undefined) expect(reason).toBeUndefined()
    else expect(reason).toMatch(want)
  })
})

describe('detectTarget', () => {
  it('recognises our mock, Prism and anything else', async () => {
    const s = await startServer((req, res) => {
      if (req.url === '/__mock/demo/state')
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"api":"demo","seed":1}')
      if (req.url === '/__mock/prismish/state')
        return res
          .writeHead(404, { 'content-type': 'application/problem+json' })
          .end('{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR"}')
      res.writeHead(404).end('Not Found')
    })
    try {
      expect(await detectTarget(`${s.url}/demo`, 'demo')).toBe('mock')
      expect(await detectTarget(s.url, 'prismish')).toBe('prism')
      expect(await detectTarget(`${s.url}/v1`, 'other')).toBe('remote')
    } finally {
      await new Promise<void>((resolve) => s.server.close(() => resolve()))
    }
  })
})

describe('settings', () => {
  it('round-trip through the environment', () => {
    const settings = { baseUrl: 'http://x', mode: 'stateless', allow429: true, write: false } as const
    expect(readSettings(settingsEnv(settings))).toEqual(settings)
    expect(readSettings({})).toEqual({ baseUrl: undefined, mode: undefined, allow429: false, write: false })
    expect(() => readSettings({ CONTRACT_MODE: 'sometimes' })).toThrow(/must be "stateful" or "stateless"/)
  })
})

describe('parseContractArgs', () => {
  const apis = ['resource-guru']
  it.each([
    [[], /Missing --api <id>: choose one of resource-guru/],
    [['--api', 'nope', '--base-url', 'http://x'], /Unknown API "nope"/],
    [['--api', 'resource-guru'], /Missing --base-url <url>/],
    [['--api', 'resource-guru', '--base-url', 'localhost:4010'], /has no scheme: write it as http:\/\/localhost:4010/],
    [['--api', 'resource-guru', '--base-url', 'ftp://x'], /must be an http:\/\/ or https:\/\/ URL/],
    [['--api', 'resource-guru', '--base-url', 'http://x', '--mode', 'lazy'], /--mode must be stateful or stateless/],
    [['--api', 'resource-guru', '--base-url', 'http://x', '--retry', '3'], /Unknown option --retry/],
    [['--api', 'resource-guru', '--base-url', 'http://x', '--junit'], /--junit needs a value/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseContractArgs(argv, apis)).toThrow(UsageError)
    expect(() => parseContractArgs(argv, apis)).toThrow(message)
  })

  it('reads every option', () => {
    expect(
      parseContractArgs(
        [
          '--api',
          'resource-guru',
          '--base-url',
          'http://localhost:4010/resource-guru/',
          '--mode=stateless',
          '--junit',
          'r.xml',
          '--allow-429',
          '--write',
        ],
        apis,
      ),
    ).toEqual({
      help: false,
      apis: ['resource-guru'],
      baseUrl: 'http://localhost:4010/resource-guru',
      mode: 'stateless',
      junit: 'r.xml',
      allow429: true,
      write: true,
      operations: [],
      tags: [],
      excludeOperations: [],
      reports: [],
      reportDir: 'contract-reports',
    })
  })
})
