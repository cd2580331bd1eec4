/**
 * The JSON behind the inspector, on a real server (port 0): the richer request log, collections, rate limits, chaos,
 * forced responses and the live feed are public control endpoints, guarded like the rest of `/__mock/`; the page's
 * static files are served from the package with a CSP, and need no token (they hold no data) but pass the Host and
 * cross-site checks.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'
import { ensureInspectorBuilt } from '../support/inspector.ts'

const RG = { authorization: `Basic ${btoa('user@example.com:secret')}` }
const SI = { authorization: `Basic ${btoa('12345_demo:secret')}` }

async function json<T = Record<string, unknown>>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  expect(response.ok, `${init?.method ?? 'GET'} ${url} → ${response.status}`).toBe(true)
  return (await response.json()) as T
}

describe('the inspector endpoints', () => {
  let started: StartedServer
  let url: string
  beforeAll(async () => {
    ensureInspectorBuilt()
    started = (await serve(
      catalog,
      ['--port', '0', '--quiet', '--chaos', '0', '--log-details', '3', '--log-body-bytes', '1024'],
      {},
      () => {},
    )) as StartedServer
    url = started.url
  })
  afterAll(() => started.close())

  it('serves the page at /__mock/ with a CSP that allows this origin only, and redirects /__mock there', async () => {
    const page = await fetch(`${url}/__mock/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(await page.text()).toContain('_inspector/app.js')
    const script = await fetch(`${url}/__mock/_inspector/app.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const bare = await fetch(`${url}/__mock`, { redirect: 'manual' })
    expect(bare.status).toBe(308)
    expect(bare.headers.get('location')).toBe('/__mock/')
    for (const path of ['_inspector/..%2Fbin.js', '_inspector/nope.js', '_inspector/.env'])
      expect((await fetch(`${url}/__mock/${path}`)).status, path).toBe(404)
  })

  it('lists every control request in a 404 (the public surface, as a snapshot)', async () => {
    const response = await fetch(`${url}/__mock/nope`)
    expect(response.status).toBe(404)
    const { available } = (await response.json()) as { available: string[] }
    expect(available.filter((line) => !/\/(resource-guru|proworkflow|screendragon)\//.test(line))).toMatchSnapshot()
  })

  it('lists the APIs served, in the order served', async () => {
    const { apis } = await json<{ apis: { id: string; baseUrl: string }[] }>(`${url}/__mock/apis`)
    expect(apis.map((a) => a.id)).toEqual(Object.keys(catalog))
    expect(apis[0]?.baseUrl).toBe(`${url}/${apis[0]?.id}`)
  })

  it('filters the request log and shows headers and bodies, redacted and cut at the cap', async () => {
    await fetch(`${url}/__mock/resource-guru/requests`, { method: 'DELETE' })
    const { last } = await json<{ last: number }>(`${url}/__mock/resource-guru/requests`)
    await fetch(`${url}/resource-guru/v1/example-corp/bookings`, { headers: RG })
    await fetch(`${url}/resource-guru/v1/example-corp/clients?access_token=tok-123`, {
      method: 'POST',
      headers: { ...RG, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Acme', password: 'hunter2' }),
    })
    await fetch(`${url}/resource-guru/v1/example-corp/nothing-here`, { headers: RG })
    const page = await json<{ requests: { id: number; status: number; operationId?: string }[] }>(
      `${url}/__mock/resource-guru/requests?since=${last}&status=2xx`,
    )
    expect(page.requests.map((e) => [e.status, e.operationId])).toEqual([
      [200, 'listBookings'],
      [201, 'createClient'],
    ])
    const notFound = await json<{ requests: { status: number }[] }>(
      `${url}/__mock/resource-guru/requests?since=${last}&status=404`,
    )
    expect(notFound.requests.map((e) => e.status)).toEqual([404])
    const [bookings, created] = page.requests
    const list = await json(`${url}/__mock/resource-guru/requests/${bookings?.id}`)
    expect(list.response).toMatchObject({ body: { truncated: true } })
    const body = (list.response as { body: { size: number; text: string } }).body
    expect(body.size).toBeGreaterThan(1024)
    expect(body.text.length).toBeLessThanOrEqual(1024)
    const post = JSON.stringify(await json(`${url}/__mock/resource-guru/requests/${created?.id}`))
    expect(post).not.toContain('hunter2')
    expect(post).not.toContain('tok-123')
    expect(post).not.toContain(btoa('user@example.com:secret'))
    expect(post).toContain('Basic [redacted]')
    // Only the latest 3 keep their messages (--log-details 3).
    for (let i = 0; i < 3; i++) await fetch(`${url}/resource-guru/v1/example-corp/resources`, { headers: RG })
    expect(await json(`${url}/__mock/resource-guru/requests/${bookings?.id}`)).toMatchObject({ captured: false })
  })

  it('browses collections and pages through records', async () => {
    const { collections } = await json<{ collections: { name: string; count: number }[] }>(
      `${url}/__mock/screendragon/collections`,
    )
    const users = collections.find((c) => c.name === 'users')
    expect(users?.count).toBeGreaterThan(3)
    const page = await json<{ records: unknown[]; count: number; offset: number }>(
      `${url}/__mock/screendragon/collections/users?offset=2&limit=2`,
    )
    expect(page).toMatchObject({ count: users?.count, offset: 2 })
    expect(page.records).toHaveLength(2)
  })

  it("shows each client's rate-limit window", async () => {
    await fetch(`${url}/resource-guru/v1/example-corp/resources`, { headers: RG })
    const limits = await json<{
      policies: { kind: string; limit: number; clients: { client: string; used: number; remaining: number }[] }[]
    }>(`${url}/__mock/resource-guru/rate-limits`)
    const window = limits.policies.find((p) => p.kind === 'fixed-window')
    const me = window?.clients.find((c) => c.client === 'user:1')
    expect(me?.used).toBeGreaterThan(0)
    expect((me?.used ?? 0) + (me?.remaining ?? 0)).toBe(window?.limit)
  })

  it('forces the next response to an operation that documents it, once, and refuses an undocumented one', async () => {
    const refused = await fetch(`${url}/__mock/resource-guru/force?code=418&operation=listResources`, {
      method: 'POST',
    })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: string }).error).toMatch(/listResources does not document status 418/)
    await json(`${url}/__mock/resource-guru/force?code=429&operation=listResources`, { method: 'POST' })
    // Another operation is not touched, and leaves it queued.
    expect((await fetch(`${url}/resource-guru/v1/example-corp/clients`, { headers: RG })).status).toBe(200)
    expect((await fetch(`${url}/resource-guru/v1/example-corp/resources`, { headers: RG })).status).toBe(429)
    expect((await fetch(`${url}/resource-guru/v1/example-corp/resources`, { headers: RG })).status).toBe(200)
    expect(await json(`${url}/__mock/resource-guru/force`)).toEqual({ api: 'resource-guru', queued: [] })
  })

  it('changes chaos at run time: the vendor option where there is one, else a 429 in the vendor shape', async () => {
    await json(`${url}/__mock/scheduleit/chaos?probability=1`, { method: 'PUT' })
    expect(started.engines.find((e) => e.id === 'scheduleit')?.options.chaos).toBe(1)
    expect((await fetch(`${url}/scheduleit/api/groups`, { headers: SI })).status).toBe(429)
    await json(`${url}/__mock/scheduleit/chaos?probability=0`, { method: 'PUT' })
    expect((await fetch(`${url}/scheduleit/api/groups`, { headers: SI })).status).not.toBe(429)

    await json(`${url}/__mock/proworkflow/chaos?probability=1`, { method: 'PUT' })
    expect(await json(`${url}/__mock/proworkflow/chaos`)).toEqual({ api: 'proworkflow', probability: 1 })
    const refused = await fetch(`${url}/proworkflow/contacts`, {
      headers: { authorization: `Basic ${btoa('demo@example.com:secret')}`, apikey: '11111-22222-33333-44444-55555' },
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(await refused.json()).toMatchObject({ status: 'Error' })
    await json(`${url}/__mock/proworkflow/chaos?probability=0`, { method: 'PUT' })
  })

  it('says when a client that broke a duty may send again', async () => {
    await fetch(`${url}/__mock/scheduleit/conduct`, { method: 'DELETE' })
    const wrong = { authorization: `Basic ${btoa('12345_demo:wrong')}` }
    await fetch(`${url}/scheduleit/api/groups`, { headers: wrong })
    await fetch(`${url}/scheduleit/api/groups`, { headers: wrong })
    const report = await json<{ clients: { client: string; maySendAt: string | null; rulesBroken: string[] }[] }>(
      `${url}/__mock/scheduleit/conduct`,
    )
    const client = report.clients.find((c) => c.rulesBroken.includes('wait-after-400-403'))
    expect(client).toBeDefined()
    const wait = new Date(client?.maySendAt ?? 0).getTime() - Date.now()
    expect(wait).toBeGreaterThan(59 * 60_000)
    expect(wait).toBeLessThanOrEqual(60 * 60_000)
  })

  it('streams a change event after a burst of exchanges, and ends the stream when the server closes', async () => {
    const own = (await serve(
      catalog,
      ['--port', '0', '--quiet', '--api', 'screendragon'],
      {},
      () => {},
    )) as StartedServer
    const response = await fetch(`${own.url}/__mock/screendragon/events`)
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    const reader = (response.body as ReadableStream<BufferSource>).pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    const nextEvent = async (): Promise<{ last: number } | undefined> => {
      while (!buffer.includes('\n\n')) {
        const { value, done } = await reader.read()
        if (done) return undefined
        buffer += value
      }
      const [event = '', ...rest] = buffer.split('\n\n')
      buffer = rest.join('\n\n')
      const data = event.split('\n').find((line) => line.startsWith('data:'))
      return data ? JSON.parse(data.slice(5)) : nextEvent()
    }
    expect(await nextEvent()).toEqual({ api: 'screendragon', last: 0 }) // the current state, at once
    const auth = { authorization: `Basic ${btoa('apikey:the_api_key')}` }
    await Promise.all([1, 2, 3].map(() => fetch(`${own.url}/api/resource?user=456`, { headers: auth })))
    let seen = 0
    let events = 0
    while (seen < 3) {
      seen = (await nextEvent())?.last ?? Number.NaN
      events++
    }
    expect(seen).toBe(3)
    expect(events).toBeLessThanOrEqual(3) // at most one event per interval, however many exchanges
    const closing = Date.now()
    await own.close()
    expect(await nextEvent()).toBeUndefined()
    expect(Date.now() - closing).toBeLessThan(2000)
  })
})

describe('the inspector with a control token', () => {
  let started: StartedServer
  beforeAll(async () => {
    ensureInspectorBuilt()
    const lines: string[] = []
    started = (await serve(catalog, ['--port', '0', '--quiet', '--control-token', 's3cret'], {}, (l) =>
      lines.push(l),
    )) as StartedServer
    expect(lines).toContain(`Inspector: ${started.url}/__mock/#token=s3cret`)
  })
  afterAll(() => started.close())

  it('serves the page without the token, but no data without it', async () => {
    expect((await fetch(`${started.url}/__mock/`)).status).toBe(200)
    expect((await fetch(`${started.url}/__mock/_inspector/app.js`)).status).toBe(200)
    expect((await fetch(`${started.url}/__mock/apis`)).status).toBe(403)
    expect((await fetch(`${started.url}/__mock/scheduleit/events`)).status).toBe(403)
    const ok = await fetch(`${started.url}/__mock/apis`, { headers: { 'x-mock-control-token': 's3cret' } })
    expect(ok.status).toBe(200)
  })

  it('still refuses the page to another site and to a rebound host name', async () => {
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const target = new URL(started.url)
        request({ host: target.hostname, port: target.port, path: '/__mock/', headers }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
          .on('error', reject)
          .end()
      })
    expect(await status({ 'sec-fetch-site': 'cross-site' })).toBe(403)
    expect(await status({ host: 'evil.example' })).toBe(403)
    expect(await status({})).toBe(200)
  })
})
