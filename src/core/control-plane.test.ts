import { describe, expect, it } from 'vitest'
import { manualClock } from './clock.ts'
import { control, type ControlTarget } from './control-plane.ts'
import { ExchangeLog } from './exchange-log.ts'

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

  it('answers an unknown request with 404 and every request it serves', () => {
    const response = control(target(), 'PUT', 'state', '')
    expect(response.status).toBe(404)
    expect(body(response)).toEqual({
      error: 'Unknown control request PUT state',
      available: [
        'GET state',
        'POST reset[?seed=N]',
        'GET requests',
        'DELETE requests',
        'GET conduct[?limit=N&offset=N]',
        'DELETE conduct',
      ],
    })
  })
})
