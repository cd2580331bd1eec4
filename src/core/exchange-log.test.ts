import { describe, expect, it } from 'vitest'
import { ExchangeLog, type ExchangeLogEntry, type RawExchange } from './exchange-log.ts'
import type { MockRequest, MockResponse } from './types.ts'

const raw = (n: number, query = ''): RawExchange => ({
  time: Date.UTC(2030, 0, 1, 0, 0, n),
  method: 'GET',
  path: `/items/${n}`,
  query,
  status: 200,
  operationId: 'getItem',
  client: 'c',
  ms: 1,
})

describe('ExchangeLog', () => {
  it('keeps the last N entries, oldest first, with formatted times', () => {
    const log = new ExchangeLog(3)
    for (let n = 1; n <= 5; n++) log.record(raw(n))
    const entries = log.entries()
    expect(entries.map((e) => e.path)).toEqual(['/items/3', '/items/4', '/items/5'])
    expect(entries[0]?.at).toBe('2030-01-01T00:00:03.000Z')
  })

  it('redacts credentials in query strings when read, and tells the listener each entry', () => {
    const seen: ExchangeLogEntry[] = []
    const log = new ExchangeLog(10, (e) => seen.push(e))
    log.record(raw(1, 'apikey=secret-key&page=2'))
    expect(seen[0]?.query).not.toContain('secret-key')
    expect(seen[0]?.query).toContain('page=2')
    expect(log.entries()[0]?.query).toBe(seen[0]?.query)
  })

  it('keeps an error only on entries that have one, and empties on clear', () => {
    const log = new ExchangeLog(10)
    log.record(raw(1))
    log.record({ ...raw(2), status: 500, error: 'boom' })
    expect('error' in (log.entries()[0] as object)).toBe(false)
    expect(log.entries()[1]?.error).toBe('boom')
    log.clear()
    expect(log.entries()).toEqual([])
    log.record(raw(3))
    expect(log.entries().map((e) => e.path)).toEqual(['/items/3'])
  })

  it('numbers entries from 1, and goes on numbering after a clear', () => {
    const log = new ExchangeLog(2)
    for (let n = 1; n <= 3; n++) log.record(raw(n))
    expect(log.entries().map((e) => e.id)).toEqual([2, 3])
    log.clear()
    log.record(raw(4))
    expect(log.entries().map((e) => e.id)).toEqual([4])
    expect(log.lastId).toBe(4)
  })
})

describe('ExchangeLog details', () => {
  const request = (body?: Uint8Array, type = 'application/json'): MockRequest => ({
    method: 'POST',
    path: '/x',
    rawQuery: '',
    headers: { 'content-type': type, apikey: 'k' },
    body,
  })
  const response = (body: MockResponse['body'], type = 'application/json'): MockResponse => ({
    status: 200,
    headers: { 'content-type': type },
    body,
  })

  it('keeps headers and bodies of the latest `details` exchanges only', () => {
    const log = new ExchangeLog(10, { details: 2 })
    for (let n = 1; n <= 3; n++) log.record(raw(n), request(), response(`{"n":${n}}`))
    expect(log.details(1)).toMatchObject({ id: 1, captured: false })
    expect(log.details(1)?.request).toBeUndefined()
    expect(log.details(3)).toMatchObject({
      captured: true,
      request: { headers: { apikey: '[redacted]' }, body: null },
      response: { body: { text: '{"n":3}', size: 7, truncated: false } },
    })
    expect(new ExchangeLog(10, { details: 0 }).details(1)).toBeUndefined()
  })

  it('keeps a copy of each body: a slot reused by a later exchange shows that exchange only, and the sender may reuse its buffer', () => {
    const log = new ExchangeLog(10, { details: 2 })
    const sent = new TextEncoder().encode('{"long":"aaaaaaaaaaaaaaaa"}')
    log.record(raw(1), request(), response(sent))
    sent.fill(0x20) // the adapter or a handler reusing its buffer must not change what the log shows
    expect(log.details(1)?.response?.body).toEqual({ size: 27, truncated: false, text: '{"long":"aaaaaaaaaaaaaaaa"}' })
    log.record(raw(2), request(), response('{"two":2}'))
    // Exchange 3 takes exchange 1's slot (and its larger buffer), with a shorter body: none of 1's bytes show.
    log.record(raw(3), request(), response('{"n":3}'))
    expect(log.details(1)).toMatchObject({ captured: false })
    expect(log.details(2)?.response?.body).toEqual({ size: 9, truncated: false, text: '{"two":2}' })
    expect(log.details(3)?.response?.body).toEqual({ size: 7, truncated: false, text: '{"n":3}' })
    // Multi-byte text within the cap is kept whole, and its size is in bytes.
    log.record(raw(4), request(), response('{"name":"Zoë 😀"}'))
    expect(log.details(4)?.response?.body).toEqual({ size: 20, truncated: false, text: '{"name":"Zoë 😀"}' })
  })

  it('cuts bodies at the cap and says how large they were', () => {
    const log = new ExchangeLog(10, { bodyBytes: 8 })
    const bytes = new TextEncoder().encode('{"password":"secret-value"}')
    log.record(raw(1), request(bytes), response('x'.repeat(20)))
    const details = log.details(1)
    expect(details?.request?.body).toEqual({ size: bytes.length, truncated: true, text: '{"passwo' })
    // A text body's full size comes from its content-length (the node adapter sets it); here there is none.
    expect(details?.response?.body).toEqual({ size: null, truncated: true, text: 'xxxxxxxx' })
  })

  it('hides a credential cut short by the cap', () => {
    const log = new ExchangeLog(10, { bodyBytes: 20 })
    log.record(raw(1), request(new TextEncoder().encode('{"password":"abcdefghijk"}')), response(''))
    expect(log.details(1)?.request?.body?.text).toBe('{"password":"[redacted]"')
  })

  it('shows binary bodies as base64, and streamed ones as not kept', () => {
    const log = new ExchangeLog(10)
    async function* chunks() {
      yield '[]'
    }
    log.record(raw(1), request(new Uint8Array([0, 255]), 'application/octet-stream'), response(chunks()))
    expect(log.details(1)?.request?.body).toEqual({ size: 2, truncated: false, base64: 'AP8=' })
    expect(log.details(1)?.response?.body).toEqual({ size: null, truncated: true, streamed: true })
  })
})
