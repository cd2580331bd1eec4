import { describe, expect, it } from 'vitest'
import { ExchangeLog, type ExchangeLogEntry, type RawExchange } from './exchange-log.ts'

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
})
