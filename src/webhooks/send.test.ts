/** One attempt against a real receiver: what is sent, and that no receiver behaviour can hang it or fill memory. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { refuseReason, sendOnce, type AttemptOptions } from './send.ts'
import {
  dropSocket,
  endlessBody,
  hang,
  ok,
  redirectTo,
  startReceiver,
  statuses,
  type Receiver,
  warmUpFetch,
} from './test-receiver.ts'

const options: AttemptOptions = { timeoutMs: 2_000, maxResponseBytes: 64 * 1024 }
const headers = {
  'content-type': 'application/json',
  'user-agent': 'Example/Webhooks',
  'x-example-signature': 'abc123',
}
const body = JSON.stringify({ id: 1, timestamp: 1704067200, payload: { name: 'Zoë', action: 'create' } })

describe('sendOnce', () => {
  beforeAll(warmUpFetch)
  let receiver: Receiver | undefined
  afterEach(async () => {
    await receiver?.close()
    receiver = undefined
  })

  it('POSTs the body and exactly the given headers, and reports a 2xx as delivered', async () => {
    receiver = await startReceiver(ok)
    const outcome = await sendOnce({ url: `${receiver.url}?q=1`, headers, body }, options)
    expect(outcome).toEqual({ ok: true, status: 200 })
    const [request] = receiver.requests
    expect(request?.method).toBe('POST')
    expect(request?.path).toBe('/hook?q=1')
    expect(request?.body).toBe(body)
    // Every header is ours, except those fetch adds for the transport (and it adds no user-agent when given one).
    const transport = ['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding']
    const ours = Object.entries(request?.headers ?? {}).filter(
      ([name]) => ![...transport, 'sec-fetch-mode'].includes(name),
    )
    expect(Object.fromEntries(ours)).toEqual(headers)
    expect(request?.headers['content-length']).toBe(String(Buffer.byteLength(body)))
  })

  it.each([201, 204, 299])('counts %i as delivered', async (code) => {
    receiver = await startReceiver(statuses(code))
    expect(await sendOnce({ url: receiver.url, headers, body }, options)).toEqual({ ok: true, status: code })
  })

  it.each([404, 410, 500, 503])('reports %i as a failed attempt with the status', async (code) => {
    receiver = await startReceiver(statuses(code))
    expect(await sendOnce({ url: receiver.url, headers, body }, options)).toEqual({ ok: false, status: code })
  })

  it('does not follow a redirect: a 302 is a failed attempt and the Location is never requested', async () => {
    receiver = await startReceiver(redirectTo(302, '/elsewhere'))
    expect(await sendOnce({ url: receiver.url, headers, body }, options)).toEqual({ ok: false, status: 302 })
    // Give a wrongly followed redirect time to arrive before saying it did not.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(receiver.requests.map((r) => r.path)).toEqual(['/hook'])
  })

  it('gives up on a receiver that never answers after timeoutMs', async () => {
    receiver = await startReceiver(hang)
    const started = performance.now()
    const outcome = await sendOnce({ url: receiver.url, headers, body }, { ...options, timeoutMs: 150 })
    const took = performance.now() - started
    expect(outcome).toEqual({ ok: false, error: 'no answer within 150 ms' })
    expect(took).toBeGreaterThanOrEqual(140)
    expect(took).toBeLessThan(5_000)
    // The aborted request's connection is closed, not left open on the receiver.
    await expect.poll(() => receiver?.open).toBe(0)
  })

  it('reports a connection dropped without an answer as an error with the cause', async () => {
    receiver = await startReceiver(dropSocket)
    const outcome = await sendOnce({ url: receiver.url, headers, body }, options)
    expect(outcome.ok).toBe(false)
    expect(outcome.status).toBeUndefined()
    expect(outcome.error).toMatch(/^fetch failed: .+/)
  })

  it('reports a refused connection with its code', async () => {
    receiver = await startReceiver(ok)
    const url = receiver.url
    await receiver.close()
    receiver = undefined
    const outcome = await sendOnce({ url, headers, body }, options)
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('ECONNREFUSED') })
  })

  it('reads at most maxResponseBytes of an endless answer, then hangs up', async () => {
    const sent = { bytes: 0 }
    receiver = await startReceiver(endlessBody(sent))
    const started = performance.now()
    const outcome = await sendOnce({ url: receiver.url, headers, body }, { ...options, timeoutMs: 30_000 })
    expect(outcome).toEqual({ ok: true, status: 200 })
    // Well before the timeout: the body was cancelled, not read to the end or until the deadline.
    expect(performance.now() - started).toBeLessThan(10_000)
    await expect.poll(() => receiver?.open).toBe(0)
    // The receiver got no further than the socket buffers allow past the 64 KiB read.
    expect(sent.bytes).toBeLessThan(32 * 1024 * 1024)
  })

  it('ends an answer whose body trickles forever at the timeout, keeping the 2xx', async () => {
    receiver = await startReceiver((_req, res) => {
      res.writeHead(200)
      res.write('a little')
    })
    // Long enough for the headers to arrive even on a cold, busy runner (the first fetch loads undici).
    const started = performance.now()
    const outcome = await sendOnce({ url: receiver.url, headers, body }, { ...options, timeoutMs: 1_000 })
    expect(outcome).toEqual({ ok: true, status: 200 })
    // It was the timeout that ended the read.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990)
    await expect.poll(() => receiver?.open).toBe(0)
  })

  it('stops when the outside signal aborts', async () => {
    receiver = await startReceiver(hang)
    const controller = new AbortController()
    const attempt = sendOnce({ url: receiver.url, headers, body }, { ...options, signal: controller.signal })
    await receiver.waitFor(1)
    controller.abort(new Error('closing'))
    expect(await attempt).toEqual({ ok: false, error: 'closing' })
  })
})

describe('refuseReason', () => {
  const limits = { maxBodyBytes: 100, maxHeaderBytes: 200 }
  const refuse = (url: string, extra: { headers?: Record<string, string>; body?: string } = {}) =>
    refuseReason({ url, headers: extra.headers ?? {}, body: extra.body ?? '{}' }, limits)

  it('accepts http: and https: URLs', () => {
    expect(refuse('http://127.0.0.1:8080/hook')).toBeUndefined()
    expect(refuse('https://example.test/hooks/1?x=y')).toBeUndefined()
  })

  it.each([
    ['ftp://example.test/hook', 'only http: and https: URLs are delivered to, not ftp:'],
    ['file:///etc/passwd', 'only http: and https: URLs are delivered to, not file:'],
    ['javascript:alert(1)', 'only http: and https: URLs are delivered to, not javascript:'],
    ['data:text/plain,hi', 'only http: and https: URLs are delivered to, not data:'],
    ['/relative/hook', 'not a valid absolute URL: /relative/hook'],
    ['', 'not a valid absolute URL: '],
    ['https://user:secret@example.test/hook', 'the URL must not carry credentials (user:password@)'],
  ])('refuses %j', (url, reason) => {
    expect(refuse(url)).toBe(reason)
  })

  it('refuses headers fetch would reject, and URL plus headers over the cap', () => {
    expect(refuse('http://a.test/', { headers: { 'x-bad': 'one\r\ntwo' } })).toMatch(/^invalid headers: /)
    expect(refuse('http://a.test/', { headers: { 'bad name': 'x' } })).toMatch(/^invalid headers: /)
    expect(refuse('http://a.test/', { headers: { 'x-big': 'y'.repeat(200) } })).toMatch(
      /^the URL and headers are 219 characters, more than the 200 allowed$/,
    )
  })

  it('counts the body in UTF-8 bytes against maxBodyBytes', () => {
    expect(refuse('http://a.test/', { body: 'a'.repeat(100) })).toBeUndefined()
    expect(refuse('http://a.test/', { body: 'a'.repeat(101) })).toBe('the body is more than the 100 bytes allowed')
    // 50 two-byte characters are 100 bytes; 34 three-byte ones are 102; an emoji is 4 bytes in 2 units.
    expect(refuse('http://a.test/', { body: 'é'.repeat(50) })).toBeUndefined()
    expect(refuse('http://a.test/', { body: '€'.repeat(34) })).toBe('the body is more than the 100 bytes allowed')
    expect(refuse('http://a.test/', { body: '😀'.repeat(25) })).toBeUndefined()
    expect(refuse('http://a.test/', { body: `${'😀'.repeat(25)}a` })).toBe(
      'the body is more than the 100 bytes allowed',
    )
  })
})
