/**
 * Bad input never crashes the server or corrupts its state: a burst of malformed requests against the real server,
 * then the same reads as before must give the same answers, and the server must still serve.
 */
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCOUNT, BASIC, JSON_HEADERS } from '../support/resource-guru.ts'
import { createTarget, type Target } from '../support/targets.ts'

/** Sends raw bytes and resolves with the raw response text (for requests fetch refuses to send). */
function raw(base: string, payload: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname)
    const chunks: Buffer[] = []
    socket.on('data', (c) => chunks.push(c))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')))
    socket.write(payload)
  })
}

describe('Resource Guru robustness (http)', () => {
  let t: Target
  beforeAll(async () => {
    t = await createTarget('http', 'resource-guru', { options: { rateLimit: 1_000_000 } })
  })
  afterAll(() => t.close())

  const snapshot = async () => ({
    state: await (await fetch(`${new URL(t.base).origin}/__mock/resource-guru/state`)).json(),
    bookings: await (await t.fetch(`${ACCOUNT}/bookings`, { headers: BASIC })).text(),
    clients: await (await t.fetch(`${ACCOUNT}/clients?includeArchived=1&includeDeleted=1`, { headers: BASIC })).text(),
  })

  it.each([
    [
      'malformed JSON',
      { method: 'POST', path: `${ACCOUNT}/clients`, headers: JSON_HEADERS, body: '{"name": "x",' },
      400,
      /not valid JSON/,
    ],
    [
      'a JSON array instead of an object',
      { method: 'POST', path: `${ACCOUNT}/clients`, headers: JSON_HEADERS, body: '[1,2]' },
      422,
      /must be object/,
    ],
    [
      'a wrong content type',
      {
        method: 'POST',
        path: `${ACCOUNT}/clients`,
        headers: { ...BASIC, 'content-type': 'text/plain' },
        body: 'name=x',
      },
      415,
      /text\/plain.*application\/json/,
    ],
    [
      'a body without content type',
      { method: 'POST', path: `${ACCOUNT}/clients`, headers: BASIC, body: new Uint8Array([123, 125]) },
      415,
      /no Content-Type/,
    ],
    [
      'invalid UTF-8',
      {
        method: 'POST',
        path: `${ACCOUNT}/clients`,
        headers: JSON_HEADERS,
        body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      },
      400,
      /UTF-8/,
    ],
    [
      'an oversized body',
      {
        method: 'POST',
        path: `${ACCOUNT}/clients`,
        headers: JSON_HEADERS,
        body: `{"name":"${'x'.repeat(1024 * 1024 + 10)}"}`,
      },
      413,
      /limit is 1048576/,
    ],
    [
      'an absurd limit',
      { method: 'GET', path: `${ACCOUNT}/clients?limit=99999999999999999999999`, headers: BASIC },
      200,
      /^\[/,
    ],
    [
      'a negative limit',
      { method: 'GET', path: `${ACCOUNT}/clients?limit=-5`, headers: BASIC },
      400,
      /limit must match pattern/,
    ],
    ['a non-numeric id', { method: 'GET', path: `${ACCOUNT}/clients/abc`, headers: BASIC }, 400, /id must be integer/],
    [
      'a huge id',
      { method: 'GET', path: `${ACCOUNT}/clients/123456789012345678901234567890`, headers: BASIC },
      404,
      /was not found/,
    ],
    [
      'broken percent-encoding in the path',
      { method: 'GET', path: `/v1/%E0%A4%A/clients`, headers: BASIC },
      400,
      /percent-encoding/,
    ],
    [
      'an unknown path',
      { method: 'GET', path: `/v1/${'x'}/nothing/here`, headers: BASIC },
      404,
      /No operation matches/,
    ],
    [
      'a method the path does not have',
      { method: 'PATCH', path: `${ACCOUNT}/clients`, headers: BASIC },
      405,
      /use GET, POST/,
    ],
  ] as const)('answers %s with a clear %i in the vendor error shape', async (_name, req, status, message) => {
    const before = await snapshot()
    const response = await t.fetch(req.path, {
      method: req.method,
      headers: req.headers,
      body: 'body' in req ? req.body : undefined,
    })
    expect(response.status).toBe(status)
    const text = await response.text()
    if (status >= 400) {
      const body = JSON.parse(text) as { errors: string[] }
      expect(body.errors.length).toBeGreaterThan(0)
      expect(body.errors.join(' ')).toMatch(message)
    } else expect(text).toMatch(message)
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, POST')
    expect(await snapshot()).toEqual(before)
  })

  it('answers an unknown HTTP method with 405 in the vendor error shape', async () => {
    const text = await raw(t.base, `FOO ${new URL(t.base).pathname}${ACCOUNT}/clients HTTP/1.1\r\nHost: x\r\n\r\n`)
    expect(text).toMatch(/^HTTP\/1.1 405/)
    expect(text).toContain('{"errors":["Unknown HTTP method \\"FOO\\""]}')
  })

  it('survives a burst of a few hundred malformed requests with the store unchanged', async () => {
    const before = await snapshot()
    const bad: Array<() => Promise<unknown>> = []
    for (let i = 0; i < 60; i++) {
      bad.push(
        () =>
          t.fetch(`${ACCOUNT}/bookings`, {
            method: 'POST',
            headers: JSON_HEADERS,
            body: `{"resource_id": ${i}, "start_date": `,
          }),
        () =>
          t.fetch(`${ACCOUNT}/bookings`, {
            method: 'POST',
            headers: JSON_HEADERS,
            body: JSON.stringify({ resource_id: 1, start_date: 'not-a-date', end_date: '2030-01-01', duration: 60 }),
          }),
        () =>
          t.fetch(`${ACCOUNT}/bookings/${i}`, {
            method: 'PUT',
            headers: { ...BASIC, 'content-type': 'application/xml' },
            body: '<booking/>',
          }),
        () => t.fetch(`${ACCOUNT}/clients/${i + 1}`, { method: 'DELETE' }),
        () => raw(t.base, `GET /\u0000\u0001 HTTP/1.1\r\n\r\n`),
      )
    }
    const results = await Promise.allSettled(bad.map((send) => send()))
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect(await snapshot()).toEqual(before)
    const alive = await t.fetch(`${ACCOUNT}/resources`, { headers: BASIC })
    expect(alive.status).toBe(200)
    expect(t.engine.violations).toEqual([])
  })

  it('never loses a record or reuses an id under concurrent creates', async () => {
    const before = (await (
      await t.fetch(`${ACCOUNT}/clients?limit=0&includeArchived=1`, { headers: BASIC })
    ).json()) as { id: number }[]
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.fetch(`${ACCOUNT}/clients`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ name: `Concurrent ${i}` }),
        }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(201))
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: number }).id))
    expect(new Set(ids).size).toBe(100)
    expect(ids.some((id) => before.some((b) => b.id === id))).toBe(false)
    const after = (await (
      await t.fetch(`${ACCOUNT}/clients?limit=0&includeArchived=1`, { headers: BASIC })
    ).json()) as { id: number; name: string }[]
    expect(after.length).toBe(before.length + 100)
    for (let i = 0; i < 100; i++) expect(after.some((c) => c.name === `Concurrent ${i}`)).toBe(true)
  })
})
