import { describe, expect, it } from 'vitest'
import { manualClock } from './clock.ts'
import { control, type ControlTarget } from './control-plane.ts'
import { ExchangeLog } from './exchange-log.ts'
import { fixedWindow } from '../rate-limit/policies.ts'

function target(): ControlTarget & { resets: (number | undefined)[] } {
  let seed = 1
  const resets: (number | undefined)[] = []
  return {
    api: 'acme',
    clock: manualClock(0),
    log: new ExchangeLog(5),
    conduct: undefined,
    seed: () => seed,
    inspect: () => ({ items: 2 }),
    reset(next) {
      resets.push(next)
      if (next !== undefined) seed = next
    },
    resets,
  }
}
const body = (r: { body: unknown }) => JSON.parse(String(r.body)) as Record<string, unknown>

describe('control plane', () => {
  it('shows the state with its seed, and resets to the seed or a new one', () => {
    const t = target()
    expect(body(control(t, 'GET', 'state', ''))).toEqual({ api: 'acme', seed: 1, state: { items: 2 } })
    expect(body(control(t, 'POST', 'reset', 'seed=9'))).toEqual({ api: 'acme', seed: 9, reset: true })
    expect(body(control(t, 'POST', 'reset', ''))).toEqual({ api: 'acme', seed: 9, reset: true })
    expect(t.resets).toEqual([9, undefined])
  })

  it('refuses a seed that is not a whole number, without resetting', () => {
    const t = target()
    const response = control(t, 'POST', 'reset', 'seed=1.5')
    expect(response.status).toBe(400)
    expect(body(response).error).toBe('seed must be a whole number, got "1.5"')
    expect(t.resets).toEqual([])
  })

  it('lists and clears the request log, and reports empty conduct when there are no rules', () => {
    const t = target()
    t.log.record({ time: 0, method: 'GET', path: '/x', query: '', status: 200, operationId: 'x', client: 'c', ms: 1 })
    expect((body(control(t, 'GET', 'requests', '')).requests as unknown[]).length).toBe(1)
    expect(body(control(t, 'DELETE', 'requests', ''))).toEqual({ api: 'acme', cleared: true })
    expect(body(control(t, 'GET', 'requests', '')).requests).toEqual([])
    expect(body(control(t, 'GET', 'conduct', 'limit=10'))).toMatchObject({ api: 'acme' })
    expect(control(t, 'GET', 'conduct', 'limit=-1').status).toBe(400)
  })

  it('starts every rate-limit window afresh on DELETE rate-limits', () => {
    const policy = fixedWindow({ limit: 2, windowMs: 60_000 })
    const t = { ...target(), policies: () => [policy] }
    expect(policy.check('c', 0).allowed).toBe(true)
    expect(policy.check('c', 0).allowed).toBe(true)
    expect(policy.check('c', 0).allowed).toBe(false)
    expect(body(control(t, 'DELETE', 'rate-limits', ''))).toEqual({ api: 'acme', cleared: true })
    expect(policy.check('c', 0).allowed).toBe(true)
  })

  it('answers an unknown request with 404 and every request it serves', () => {
    const response = control(target(), 'PUT', 'state', '')
    expect(response.status).toBe(404)
    expect(body(response)).toEqual({
      error: 'Unknown control request PUT state',
      available: [
        'GET state',
        'POST reset[?seed=N]',
        'GET requests[?status=4xx,500&operation=…&client=…&method=…&since=<id>&limit=N&details=1]',
        'GET requests/<id>',
        'DELETE requests',
        'GET conduct[?limit=N&offset=N]',
        'DELETE conduct',
        'GET collections',
        'GET collections/<name>[?offset=N&limit=N (default 20, at most 500)]',
        'GET rate-limits',
        'DELETE rate-limits',
        'GET chaos',
        'PUT chaos?probability=P (0 to 1)',
        'GET force',
        'POST force?code=NNN[&example=name][&operation=operationId][&count=N]',
        'DELETE force',
        'GET snapshot',
        'PUT snapshot (body: a snapshot of this API)',
        'GET sessions',
        'POST sessions?name=<name>[&seed=N]',
        'POST sessions/<name>/reset[?seed=N]',
        'DELETE sessions/<name>',
        'GET operations',
      ],
    })
  })

  it('filters the request log and shows one exchange with its messages, redacted', () => {
    const t = target()
    const log = new ExchangeLog(10)
    const at = { time: 0, query: '', client: 'c', ms: 1 }
    log.record({ ...at, method: 'GET', path: '/a', status: 200, operationId: 'listA' })
    log.record(
      { ...at, method: 'POST', path: '/a', status: 422, operationId: 'addA', client: 'd' },
      {
        method: 'POST',
        path: '/a',
        rawQuery: '',
        headers: { authorization: 'Basic dTpw', 'content-type': 'application/json' },
        body: new TextEncoder().encode('{"name":"x","password":"p"}'),
      },
      { status: 422, headers: { 'content-type': 'application/json' }, body: '{"errors":["name"]}' },
    )
    log.record({ ...at, method: 'GET', path: '/b', status: 404, operationId: 'getB' })
    const list = (query: string) => body(control({ ...t, log }, 'GET', 'requests', query))
    expect((list('status=4xx').requests as { id: number }[]).map((e) => e.id)).toEqual([2, 3])
    expect((list('status=404,200').requests as { id: number }[]).map((e) => e.id)).toEqual([1, 3])
    expect((list('operation=addA&client=d').requests as { id: number }[]).map((e) => e.id)).toEqual([2])
    expect((list('since=1&limit=1').requests as { id: number }[]).map((e) => e.id)).toEqual([3])
    expect(list('').last).toBe(3)
    expect(control({ ...t, log }, 'GET', 'requests', 'status=6xx').status).toBe(400)
    const one = body(control({ ...t, log }, 'GET', 'requests/2', ''))
    expect(one).toMatchObject({
      id: 2,
      captured: true,
      request: {
        headers: { authorization: 'Basic [redacted]' },
        body: { size: 27, truncated: false, text: '{"name":"x","password":"[redacted]"}' },
      },
      response: { body: { text: '{"errors":["name"]}' } },
    })
    expect(body(control({ ...t, log }, 'GET', 'requests/1', ''))).toMatchObject({ id: 1, captured: false })
    expect(control({ ...t, log }, 'GET', 'requests/99', '').status).toBe(404)
  })

  it('lists the collections of the state and pages through one', () => {
    const t = target()
    const state = { items: [{ id: 1 }, { id: 2 }, { id: 3, token: 'x' }], byId: new Map([[1, { id: 1 }]]) }
    const withState = { ...t, state: () => state }
    expect(body(control(withState, 'GET', 'collections', ''))).toEqual({
      api: 'acme',
      seed: 1,
      collections: [
        { name: 'items', count: 3 },
        { name: 'byId', count: 1 },
      ],
    })
    expect(body(control(withState, 'GET', 'collections/items', 'offset=1&limit=5'))).toEqual({
      api: 'acme',
      seed: 1,
      name: 'items',
      count: 3,
      offset: 1,
      limit: 5,
      records: [{ id: 2 }, { id: 3, token: '[redacted]' }],
    })
    expect(control(withState, 'GET', 'collections/nope', '').status).toBe(404)
    expect(control(withState, 'GET', 'collections/items', 'limit=0').status).toBe(400)
  })

  it('reads and sets the chaos probability, refusing one outside 0–1', () => {
    let chaos = 0
    const t = { ...target(), chaos: () => chaos, setChaos: (p: number) => (chaos = p) }
    expect(body(control(t, 'PUT', 'chaos', 'probability=0.25'))).toEqual({ api: 'acme', probability: 0.25 })
    expect(body(control(t, 'GET', 'chaos', ''))).toEqual({ api: 'acme', probability: 0.25 })
    expect(control(t, 'PUT', 'chaos', 'probability=2').status).toBe(400)
    expect(control(t, 'PUT', 'chaos', '').status).toBe(400)
  })
})
