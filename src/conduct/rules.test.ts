/** The conduct rules on their own: a history, a request, a time — no engine. */
import { describe, expect, it } from 'vitest'
import { minPollInterval, requireFilterWhenPolling } from './rules.ts'
import type { ClientHistory, ConductRequest } from './tracker.ts'

const history = (): ClientHistory => ({ exchanges: [], consecutiveErrors: 0, lastPoll: new Map() })
const request = (query: Record<string, string[]> = {}): ConductRequest => ({
  client: 'c',
  op: undefined,
  method: 'GET',
  path: '/items',
  query,
  rawQuery: '',
})
const pollKey = (r: ConductRequest) => (r.path === '/items' ? 'items' : undefined)

describe('requireFilterWhenPolling', () => {
  it('flags every whole read without the filter by default', () => {
    const rule = requireFilterWhenPolling({ id: 'f', description: 'd', parameter: 'since', pollKey })
    const h = history()
    expect(rule.check(request(), h, 0)).toBe(
      'read the whole of items without since; ask only for records changed since the last poll',
    )
    expect(rule.check(request({ since: ['x'] }), h, 1)).toBeUndefined()
  })

  it('with allowFirstRead, lets the first whole read pass and flags a repeat without the filter', () => {
    const rule = requireFilterWhenPolling({
      id: 'f',
      description: 'd',
      parameter: 'since',
      pollKey,
      allowFirstRead: true,
    })
    const h = history()
    expect(rule.check(request(), h, 0)).toBeUndefined()
    expect(rule.check(request({ since: ['x'] }), h, 1)).toBeUndefined()
    expect(rule.check(request(), h, 2)).toBe(
      'read the whole of items again without since; ask only for records changed since the last poll',
    )
  })

  it('keeps its own bookkeeping next to minPollInterval on the same key', () => {
    const interval = minPollInterval({ id: 'i', description: 'd', intervalMs: 1000, pollKey })
    const filter = requireFilterWhenPolling({
      id: 'f',
      description: 'd',
      parameter: 'since',
      pollKey,
      allowFirstRead: true,
    })
    const h = history()
    // The interval rule runs first and records the poll; the filter rule must still see this as the first read.
    expect(interval.check(request(), h, 0)).toBeUndefined()
    expect(filter.check(request(), h, 0)).toBeUndefined()
    expect(interval.check(request(), h, 500)).toMatch(/^polled items again/)
    expect(filter.check(request(), h, 500)).toMatch(/again without since/)
  })

  it('ignores requests that are not whole reads', () => {
    const rule = requireFilterWhenPolling({
      id: 'f',
      description: 'd',
      parameter: 'since',
      pollKey,
      allowFirstRead: true,
    })
    const h = history()
    const other = { ...request(), path: '/items/1' }
    expect(rule.check(other, h, 0)).toBeUndefined()
    expect(rule.check(other, h, 1)).toBeUndefined()
  })
})
