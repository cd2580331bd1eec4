/** Engine mechanisms on a tiny inline API, through both adapters: what every vendor plug-in builds on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockServer, listen } from '../../src/adapters/node-server.ts'
import { createEngineHandlers } from '../../src/adapters/msw.ts'
import { manualClock } from '../../src/core/clock.ts'
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.ts'
import {
  minPollInterval,
  requireFilterWhenPolling,
  stopAfterConsecutiveErrors,
  waitAfterStatus,
} from '../../src/conduct/rules.ts'
import { getResponse } from 'msw'
import { fixedWindow, TINY_AUTH, tinyApi, type TinyOptions } from '../support/tiny-api.ts'

type Send = (path: string, init?: RequestInit) => Promise<Response>

async function target(
  kind: 'http' | 'msw',
  tiny: TinyOptions,
  options: EngineOptions = {},
): Promise<{ engine: Engine; send: Send; close: () => Promise<void> }> {
  const engine = createEngine(tinyApi(tiny), { validateResponses: true, ...options })
  if (kind === 'msw') {
    const handlers = createEngineHandlers(engine)
    return {
      engine,
      send: async (path, init) =>
        (await getResponse(handlers, new Request(`https://tiny.test${path}`, init))) as Response,
      close: async () => {},
    }
  }
  const server = createMockServer([{ prefix: '/tiny', engine }])
  const url = await listen(server, 0)
  return {
    engine,
    send: (path, init) => fetch(`${url}/tiny${path}`, init),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe.each(['http', 'msw'] as const)('engine mechanisms (%s)', (kind) => {
  describe('API key AND Basic, form and JSON bodies', () => {
    let t: Awaited<ReturnType<typeof target>>
    beforeAll(async () => {
      t = await target(kind, {})
    })
    afterAll(() => t.close())

    it('needs both halves of a combined security requirement', async () => {
      expect((await t.send('/items', { headers: TINY_AUTH })).status).toBe(200)
      expect((await t.send('/items', { headers: { apikey: 'k1' } })).status).toBe(401)
      expect((await t.send('/items', { headers: { authorization: TINY_AUTH.authorization } })).status).toBe(401)
      expect((await t.send('/items', { headers: { ...TINY_AUTH, apikey: 'wrong' } })).status).toBe(401)
      expect((await t.send('/public')).status).toBe(204)
    })

    it('accepts the API key among form fields when the plug-in allows it', async () => {
      const response = await t.send('/items', {
        method: 'POST',
        headers: { authorization: TINY_AUTH.authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=from+form&apikey=k1',
      })
      expect(response.status).toBe(201)
      expect(await response.json()).toMatchObject({ name: 'from form' })
    })

    it('validates form and JSON bodies against their own schemas', async () => {
      const form = await t.send('/items', {
        method: 'POST',
        headers: { ...TINY_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=',
      })
      expect(form.status).toBe(422)
      expect(await form.json()).toEqual({ error: 'name must NOT have fewer than 1 characters' })
      const jsonBody = await t.send('/items', {
        method: 'POST',
        headers: { ...TINY_AUTH, 'content-type': 'application/json' },
        body: '{"name":"j"}',
      })
      expect(jsonBody.status).toBe(201)
      expect(t.engine.violations).toEqual([])
    })
  })

  describe('streamed bodies', () => {
    let t: Awaited<ReturnType<typeof target>>
    beforeAll(async () => {
      t = await target(kind, {})
    })
    afterAll(() => t.close())

    it('streams a large array in chunks that parse back whole', async () => {
      const response = await t.send('/stream?rows=25000', { headers: TINY_AUTH })
      expect(response.status).toBe(200)
      const rows = (await response.json()) as { id: number }[]
      expect(rows.length).toBe(25000)
      expect(rows[24999]).toEqual({ id: 25000, name: 'row 25000' })
    })
  })

  describe('rate limits', () => {
    it('refuses past a fixed window and answers again in the next one', async () => {
      const clock = manualClock(0)
      const t = await target(
        kind,
        {
          limit: fixedWindow({ limit: 2, windowMs: 1000, headers: { remaining: 'X-Left', retryAfter: 'Retry-After' } }),
        },
        { clock },
      )
      try {
        expect((await t.send('/items', { headers: TINY_AUTH })).headers.get('x-left')).toBe('1')
        await t.send('/items', { headers: TINY_AUTH })
        const refused = await t.send('/items', { headers: TINY_AUTH })
        expect(refused.status).toBe(429)
        expect(refused.headers.get('retry-after')).toBe('1')
        clock.advance(1000)
        expect((await t.send('/items', { headers: TINY_AUTH })).status).toBe(200)
      } finally {
        await t.close()
      }
    })

    it('answers 429 at random with the configured probability, the same way for the same seed', async () => {
      const statuses = async () => {
        const t = await target(kind, { chaos: 0.3 }, { seed: 5 })
        const out: number[] = []
        for (let i = 0; i < 200; i++) out.push((await t.send('/items', { headers: TINY_AUTH })).status)
        await t.close()
        return out
      }
      const first = await statuses()
      expect(await statuses()).toEqual(first)
      const refused = first.filter((s) => s === 429).length
      expect(refused).toBeGreaterThan(35)
      expect(refused).toBeLessThan(85)
    })
  })

  describe('conduct tracking', () => {
    const rules = [
      waitAfterStatus({
        id: 'wait-after-429',
        description: 'wait 60 s after a 429',
        statuses: (s) => s === 429,
        waitMs: 60_000,
      }),
      waitAfterStatus({
        id: 'wait-after-403',
        description: 'wait an hour after a 401/403',
        statuses: (s) => s === 401 || s === 403,
        waitMs: 3_600_000,
      }),
      stopAfterConsecutiveErrors({
        id: 'stop-after-3-errors',
        description: 'stop after 3 errors in a row',
        count: 3,
        waitMs: 60_000,
      }),
      minPollInterval({
        id: 'poll-interval',
        description: 'poll at most every 20 min',
        intervalMs: 1_200_000,
        pollKey: (r) => (r.op?.operationId === 'listItems' ? 'items' : undefined),
      }),
      requireFilterWhenPolling({
        id: 'poll-changed-only',
        description: 'poll with changed_since',
        parameter: 'changed_since',
        pollKey: (r) => (r.op?.operationId === 'listItems' ? 'items' : undefined),
      }),
    ]

    it('records each broken duty with the client and request, and reports it', async () => {
      const clock = manualClock(0)
      const t = await target(kind, { rules, limit: fixedWindow({ limit: 1, windowMs: 3_600_000 }) }, { clock })
      try {
        await t.send('/items?changed_since=x', { headers: TINY_AUTH }) // fine
        clock.advance(1000)
        expect((await t.send('/items/1', { headers: TINY_AUTH })).status).toBe(429)
        clock.advance(5000)
        await t.send('/items/1', { headers: TINY_AUTH }) // 5 s after a 429
        const rulesBroken = t.engine.conductFindings.map((f) => [f.client, f.rule])
        expect(rulesBroken).toEqual([['key:k1', 'wait-after-429']])
        expect(t.engine.conductFindings[0]?.message).toBe('sent again 5 s after a 429; wait at least 60 s')
        expect(t.engine.conductFindings[0]?.request).toBe('GET /items/1')
      } finally {
        await t.close()
      }
    })

    it('flags polling a whole data set too often or without the filter', async () => {
      const clock = manualClock(0)
      const t = await target(kind, { rules }, { clock })
      try {
        await t.send('/items', { headers: TINY_AUTH })
        clock.advance(60_000)
        await t.send('/items?changed_since=2024-01-01', { headers: TINY_AUTH })
        clock.advance(1_200_000)
        await t.send('/items?changed_since=2024-01-01', { headers: TINY_AUTH })
        expect(t.engine.conductFindings.map((f) => f.rule)).toEqual(['poll-changed-only', 'poll-interval'])
      } finally {
        await t.close()
      }
    })

    it('flags requests after repeated auth failures, keyed by the login tried', async () => {
      const clock = manualClock(0)
      const t = await target(kind, { rules }, { clock })
      try {
        for (let i = 0; i < 4; i++) {
          await t.send('/items/1', { headers: { ...TINY_AUTH, apikey: 'nope' } })
          clock.advance(1000)
        }
        // The same rule broken again within a minute is one finding with a repeat count (one log line, not three).
        expect(t.engine.conductFindings.map((f) => [f.client, f.rule, f.repeats])).toEqual([
          ['anon:nope', 'wait-after-403', 2],
          ['anon:nope', 'stop-after-3-errors', 0],
        ])
      } finally {
        await t.close()
      }
    })

    it('blocks an offending client when blocking is on, and unblocks after the block time', async () => {
      const clock = manualClock(0)
      const t = await target(kind, { rules }, { clock, conduct: { block: true, blockForMs: 600_000 } })
      try {
        const breach = await t.send('/items', { headers: TINY_AUTH }) // no filter: refused, and blocked from here on
        expect(breach.status).toBe(403)
        const blocked = await t.send('/items/1', { headers: TINY_AUTH })
        expect(blocked.status).toBe(403)
        expect(((await blocked.json()) as { error: string }).error).toMatch(
          /^API access is blocked for this client: poll-changed-only/,
        )
        clock.advance(600_000 + 3_600_001) // past the block and the hour after the 403
        expect((await t.send('/items/1', { headers: TINY_AUTH })).status).toBe(200)
      } finally {
        await t.close()
      }
    })
  })
})
