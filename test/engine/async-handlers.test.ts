/**
 * Handlers that answer with a promise (as a store on the network will): the same pipeline, through the node:http
 * server and through MSW. An engine whose handlers answer at once still answers at once (no promise is made).
 */
import type { Server } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { getResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEngineHandlers } from '../../src/adapters/msw.ts'
import { createMockServer, listen } from '../../src/adapters/node-server.ts'
import { createEngine, type Engine } from '../../src/core/engine.ts'
import { MockError } from '../../src/core/errors.ts'
import { json } from '../../src/core/responses.ts'
import { fixedWindow, TINY_AUTH, tinyApi } from '../support/tiny-api.ts'

function asyncApi() {
  const base = tinyApi({ limit: fixedWindow({ limit: 100, windowMs: 60_000, headers: { remaining: 'X-Remaining' } }) })
  return {
    ...base,
    handlers: {
      ...base.handlers,
      // Reads after a turn of the event loop, as from Redis.
      listItems: async (ctx: Parameters<(typeof base.handlers)['listItems']>[0]) => {
        await delay(5)
        return json(200, ctx.state.items.all())
      },
      getItem: async (ctx: Parameters<(typeof base.handlers)['getItem']>[0]) => {
        await delay(1)
        if (ctx.params.id === 404) throw new MockError('not_found', 'Item 404 was not found')
        if (ctx.params.id === 500) throw new TypeError('the store went away')
        return json(200, ctx.state.items.require(ctx.params.id as number))
      },
    },
  }
}

const kinds = ['http', 'msw'] as const

describe.each(kinds)('async handlers (%s)', (kind) => {
  let engine: Engine
  let send: (path: string) => Promise<Response>
  let close = async () => {}

  beforeAll(async () => {
    // Not validating responses: the tiny spec documents no 500, which one case here provokes on purpose.
    engine = createEngine(asyncApi(), { seed: 1 })
    if (kind === 'http') {
      const server: Server = createMockServer([{ prefix: '', engine }])
      const url = await listen(server, 0)
      send = (path) => fetch(`${url}${path}`, { headers: TINY_AUTH })
      close = () =>
        new Promise((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        })
    } else {
      const handlers = createEngineHandlers(engine, { baseUrl: 'https://tiny.test' })
      send = async (path) => {
        const response = await getResponse(handlers, new Request(`https://tiny.test${path}`, { headers: TINY_AUTH }))
        if (!response) throw new Error(`no handler answered ${path}`)
        return response
      }
    }
  })
  afterAll(() => close())

  it('answers with what the promise resolves to, with the rate headers and a log entry', async () => {
    const response = await send('/items')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual([{ id: 1, name: 'first' }])
    expect(response.headers.get('x-remaining')).toMatch(/^\d+$/)
    const last = engine.log.at(-1)
    expect(last).toMatchObject({ status: 200, operationId: 'listItems', path: '/items' })
    expect(last?.ms).toBeGreaterThanOrEqual(4)
  })

  it('renders a rejected MockError in the API’s error shape, and any other rejection as a logged 500', async () => {
    const missing = await send('/items/404')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'Item 404 was not found' })
    const broken = await send('/items/500')
    expect(broken.status).toBe(500)
    expect(((await broken.json()) as { error: string }).error).toContain('the store went away')
    expect(engine.log.at(-1)?.error).toMatch(/^TypeError: the store went away/)
  })

  it('serves many concurrent async exchanges, each with its own answer', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => send(i % 2 ? '/items/1' : '/items/404').then((r) => r.status)),
    )
    expect(statuses).toEqual(Array.from({ length: 40 }, (_, i) => (i % 2 ? 200 : 404)))
  })
})

describe('an engine whose handlers answer at once', () => {
  it('answers at once: handle returns the response itself, not a promise', () => {
    const engine = createEngine(tinyApi())
    const result = engine.handle(
      { method: 'GET', path: '/items/1', rawQuery: '', headers: TINY_AUTH, body: undefined },
      'http://x',
    )
    expect(result).not.toBeInstanceOf(Promise)
    expect((result as { status: number }).status).toBe(200)
  })
})
