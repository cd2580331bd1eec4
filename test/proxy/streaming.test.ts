/**
 * The proxy streams: a body larger than the validation limit goes through whole and byte for byte while only a bounded
 * copy is kept (and the report says it went unchecked), and the first bytes reach the client before the upstream has
 * sent the last. When the upstream fails, the client gets a 502 (a 504 when it timed out) that says why, once: the
 * proxy never retries.
 */
import { createHash } from 'node:crypto'
import { createServer, request, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startProxy, startServer, type RunningProxy, type RunningServer } from '../../mocks/node.ts'
import { listen } from '../../src/adapters/node-server.ts'
import { BASIC, closeServer, send, sha256 } from './support.ts'

const LIMIT = 64 * 1024

describe('a large body', () => {
  let mock: RunningServer
  let proxy: RunningProxy
  beforeAll(async () => {
    mock = await startServer({
      apis: ['screendragon'],
      port: 0,
      options: { screendragon: { dailyResourcingRows: 20_000 } },
    })
    proxy = await startProxy({
      api: 'screendragon',
      upstream: `${mock.url}/screendragon`,
      port: 0,
      maxValidateBytes: LIMIT,
    })
  })
  afterAll(async () => {
    await proxy.close()
    await mock.close()
  })

  it('streams a response past the validation limit through intact, and reports it was not checked', async () => {
    const path = '/api/resource/DailyResourcing?includeGuestUsers=true'
    const headers = { authorization: `Basic ${btoa('apikey:the_api_key')}` }
    const direct = await send(`${mock.url}/screendragon${path}`, { headers })
    const proxied = await send(`${proxy.url}${path}`, { headers })
    expect(direct.body.length).toBeGreaterThan(20 * LIMIT)
    expect(proxied.status).toBe(200)
    expect(proxied.headers['transfer-encoding']).toBe('chunked') // streamed, as the mock sent it: no length known
    expect(sha256(proxied.body)).toBe(sha256(direct.body))
    await proxy.settled()
    const op = proxy.report.toJSON().operations.find((o) => o.operationId === 'getDailyResourcing')
    expect(op?.notValidated).toEqual({
      request: 0,
      response: 1,
      lastReason: `the body (${direct.body.length} bytes) is larger than the validation limit of ${LIMIT} bytes`,
    })
    expect(op?.violations).toEqual([])
  })
})

describe('streaming through', () => {
  let upstream: Server
  let upstreamUrl: string
  let proxy: RunningProxy
  let release: () => void = () => {}
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      if (req.method === 'POST') {
        // Answers with the size and hash of what it received.
        const hash = createHash('sha256')
        let size = 0
        req.on('data', (c: Buffer) => {
          size += c.length
          hash.update(c)
        })
        req.on('end', () => res.end(JSON.stringify({ size, sha256: hash.digest('hex') })))
        return
      }
      // Sends the first half, then waits for the test to see it arrive before sending the rest.
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write(`[${'1,'.repeat(50_000)}`)
      new Promise<void>((resolve) => (release = resolve)).then(() => res.end('1]'))
    })
    upstreamUrl = await listen(upstream, 0)
    proxy = await startProxy({ api: 'resource-guru', upstream: upstreamUrl, port: 0, maxValidateBytes: LIMIT })
  })
  afterAll(async () => {
    await proxy.close()
    await closeServer(upstream)
  })

  it('passes the first bytes on before the upstream has sent the last', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      request(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } }, (res) => {
        let text = ''
        res.on('data', (c: Buffer) => {
          // Had the proxy waited for the whole body, this would never run and the test would time out.
          if (!text) release()
          text += c.toString()
        })
        res.on('end', () => resolve(text))
        res.on('error', reject)
      })
        .on('error', reject)
        .end()
    })
    expect(body).toBe(`[${'1,'.repeat(50_000)}1]`)
  })

  it('streams a request body past the validation limit to the upstream intact', async () => {
    const upload = Buffer.alloc(3 * 1024 * 1024, 'abcdefghij')
    const answer = await send(`${proxy.url}/v1/example-corp/clients`, {
      method: 'POST',
      headers: { authorization: BASIC, 'content-type': 'application/json' },
      body: upload,
    })
    expect(JSON.parse(answer.body.toString())).toEqual({ size: upload.length, sha256: sha256(upload) })
    await proxy.settled()
    const op = proxy.report.toJSON().operations.find((o) => o.operationId === 'createClient')
    expect(op?.notValidated.request).toBe(1)
    expect(op?.notValidated.lastReason).toBe(
      `the body (${upload.length} bytes) is larger than the validation limit of ${LIMIT} bytes`,
    )
  })
})

describe('when the upstream fails', () => {
  let proxy: RunningProxy | undefined
  let upstream: Server | undefined
  afterAll(async () => {
    await proxy?.close()
    if (upstream) await closeServer(upstream)
  })
  const reset = async () => {
    await proxy?.close()
    if (upstream) await closeServer(upstream)
    proxy = undefined
    upstream = undefined
  }

  it('answers 502 saying the connection was refused, and reports it', async () => {
    await reset()
    // A port that was free a moment ago: nothing listens there now.
    const gone = createServer()
    const url = await listen(gone, 0)
    await closeServer(gone)
    proxy = await startProxy({ api: 'resource-guru', upstream: url, port: 0 })
    const answer = await send(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
    expect(answer.status).toBe(502)
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(answer.body.toString()).toBe(
      `502 Bad Gateway: the upstream ${url} refused the connection: is it running, on that port? (ECONNREFUSED). (scheduling-api-mocks proxy)\n`,
    )
    await proxy.settled()
    const report = proxy.report.toJSON()
    expect(report.totals.upstreamErrors).toBe(1)
    expect(report.operations[0]?.violations[0]).toMatchObject({
      kind: 'response',
      rule: 'upstream-error',
      path: 'upstream',
    })
  })

  it('answers 504 Gateway Timeout when the upstream stays silent past the timeout, reports it, and never retries', async () => {
    await reset()
    let requests = 0
    upstream = createServer(() => {
      requests++ // and never answers
    })
    const url = await listen(upstream, 0)
    proxy = await startProxy({ api: 'resource-guru', upstream: url, port: 0, timeoutMs: 200 })
    const answer = await send(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
    expect(answer.status).toBe(504)
    expect(answer.body.toString()).toBe(
      `504 Gateway Timeout: the upstream ${url} sent nothing for 200 ms. (scheduling-api-mocks proxy)\n`,
    )
    expect(requests).toBe(1)
    await proxy.settled()
    const report = proxy.report.toJSON()
    expect(report.totals.upstreamErrors).toBe(1)
    expect(report.operations[0]?.statuses).toEqual({ '504': 1 })
  })

  it('answers 502 once when the upstream drops the connection without answering', async () => {
    await reset()
    let requests = 0
    upstream = createServer((req) => {
      requests++
      req.socket.destroy()
    })
    const url = await listen(upstream, 0)
    proxy = await startProxy({ api: 'resource-guru', upstream: url, port: 0 })
    const answer = await send(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
    expect(answer.status).toBe(502)
    expect(answer.body.toString()).toContain('closed the connection without answering (ECONNRESET)')
    expect(requests).toBe(1)
  })

  it('cuts the connection when the upstream stops mid-body, as the upstream did, and reports it', async () => {
    await reset()
    upstream = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('[{"id":1')
      setTimeout(() => res.socket?.destroy(), 20)
    })
    const url = await listen(upstream, 0)
    proxy = await startProxy({ api: 'resource-guru', upstream: url, port: 0 })
    await expect(send(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })).rejects.toThrow()
    await proxy.settled()
    const [violation] = proxy.report.toJSON().operations[0]?.violations ?? []
    expect(violation).toMatchObject({ kind: 'response', rule: 'upstream-error', path: 'upstream' })
    expect(violation?.message).toMatch(/^the upstream stopped sending the body after 8 bytes/)
  })
})

describe('when the client leaves', () => {
  it('stops the upstream exchange too, and records it without blaming either side', async () => {
    let upstreamClosed!: () => void
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve))
    const upstream = createServer((req) => {
      req.socket.on('close', upstreamClosed) // and never answers
    })
    const url = await listen(upstream, 0)
    const proxy = await startProxy({ api: 'resource-guru', upstream: url, port: 0 })
    try {
      const req = request(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
      req.on('error', () => {})
      req.end()
      await new Promise((resolve) => setTimeout(resolve, 100))
      req.destroy()
      await closed
      await proxy.settled()
      const [op] = proxy.report.toJSON().operations
      expect(op).toMatchObject({
        operationId: 'listClients',
        statuses: { 499: 1 },
        notValidated: {
          request: 0,
          response: 1,
          lastReason: 'the client closed the connection before the response ended',
        },
        violations: [],
      })
    } finally {
      await proxy.close()
      await closeServer(upstream)
    }
  })
})
