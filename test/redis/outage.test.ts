/**
 * Redis dies (SIGKILL) while the mock runs: every call fails fast with the `unavailable` MockError (503), the
 * connection says it is down, and once Redis is back (same port, same append-only file) calls succeed again by
 * themselves and everything acknowledged before the kill is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MockError } from '../../src/core/errors.ts'
import { type Availability, connectRedis, type RedisConnection } from '../../src/store/redis/connection.ts'
import { createBoundedLists, createIdCounter } from '../../src/store/redis/lists.ts'
import { createSessionStateStore } from '../../src/store/redis/session-state.ts'
import { createSessionRegistry } from '../../src/store/redis/sessions.ts'
import { createRequestChecker } from '../../src/store/redis/request-check.ts'
import { type RedisServer, startRedisServer } from '../support/redis-server.ts'

let redis: RedisServer
let connection: RedisConnection

beforeAll(async () => {
  redis = await startRedisServer()
  connection = await connectRedis(redis.url, { reconnectDelayMs: () => 100 })
})
afterAll(async () => {
  await connection?.close()
  await redis?.stop()
})

const ref = { api: 'test', session: 'outage' }

/** Retries `fn` until it resolves (the connection recovers on its own), for at most 10 s. */
async function eventually<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      return await fn()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

describe('a Redis that dies and comes back', () => {
  it('fails fast with 503 while down and recovers by itself, losing nothing acknowledged', async () => {
    const state = createSessionStateStore(connection)
    const lists = createBoundedLists(connection)
    const ids = createIdCounter(connection)
    const checker = createRequestChecker(connection)
    const registry = createSessionRegistry(connection, { api: 'test' })
    const seen: Availability[] = []
    connection.onAvailability((a) => seen.push(a))

    await registry.create('outage', { seed: 5, now: 1 })
    const before = await state.write(ref, async () => '{"bookings":[1,2,3]}')
    await lists.append(ref, 'log', '{"n":1}', 10)
    expect(await ids.next(ref, 'booking')).toBe(1)

    await redis.kill()

    // Every kind of call fails at once with the unavailable error, none hangs.
    const calls: [string, () => Promise<unknown>][] = [
      ['read', () => state.read(ref)],
      ['write', () => state.write(ref, async () => 'lost')],
      ['append', () => lists.append(ref, 'log', '{}', 10)],
      ['next id', () => ids.next(ref, 'booking')],
      [
        'check',
        () =>
          checker.check(
            { api: 'test', session: 'outage' },
            undefined,
            [{ id: 'quota', limit: 10, windowMs: 60_000 }],
            'c',
            Date.now(),
          ),
      ],
      ['list sessions', () => registry.list(Date.now())],
    ]
    for (const [name, call] of calls) {
      const started = Date.now()
      const error = await call().then(
        () => new Error(`${name} succeeded while Redis was down`),
        (e: unknown) => e,
      )
      expect(error, name).toBeInstanceOf(MockError)
      expect(error, name).toMatchObject({ code: 'unavailable', status: 503, headers: { 'retry-after': '1' } })
      expect((error as Error).message, name).toContain(redis.url)
      expect(Date.now() - started, name).toBeLessThan(1000)
    }
    // The connection learns of the drop when its socket closes (a turn of the event loop after the kill, at most).
    await eventually(async () => {
      if (connection.availability() !== 'down') throw new Error('still ready')
    })

    await redis.restart()

    // Back by itself: no new connection, no call from the test to reconnect.
    expect(await eventually(() => state.read(ref))).toEqual(before)
    expect(connection.availability()).toBe('ready')
    expect(seen).toEqual(['down', 'ready'])
    expect(await lists.list(ref, 'log', 10)).toEqual(['{"n":1}'])
    expect(await ids.next(ref, 'booking')).toBe(2)
    expect(await registry.get('outage')).toMatchObject({ seed: 5 })
    // The Lua scripts were lost with Redis's script cache; EVALSHA falls back to EVAL.
    expect((await state.write(ref, async (doc) => `${doc.data}!`)).data).toBe('{"bookings":[1,2,3]}!')
    const quota = [{ id: 'quota', limit: 10, windowMs: 60_000 }]
    expect(await checker.check({ api: 'test', session: 'outage' }, undefined, quota, 'c', Date.now())).toMatchObject({
      current: true,
    })
  }, 30_000)

  it('keeps the writes acknowledged before a kill, each once, and fails the ones after it with 503', async () => {
    const state = createSessionStateStore(connection, { lockTtlMs: 1000 })
    const session = { api: 'test', session: 'midflight' }
    await eventually(() => state.write(session, async () => '0'))
    // 60 writes queued at once; Redis is killed while the 21st holds the lock, between its read and its commit.
    const writes = Array.from({ length: 60 }, (_, i) =>
      state.write(session, async (doc) => {
        if (i === 20) await redis.kill()
        return `${doc.data},${i}`
      }),
    )
    const results = await Promise.allSettled(writes)
    const committed = results.flatMap((r, i) => (r.status === 'fulfilled' ? [String(i)] : []))
    expect(committed).toEqual(Array.from({ length: 20 }, (_, i) => String(i)))
    for (const r of results.slice(20)) expect(r).toMatchObject({ status: 'rejected', reason: { code: 'unavailable' } })
    await redis.restart()
    const after = await eventually(() => state.read(session))
    expect((after.data ?? '').split(',').slice(1)).toEqual(committed)
    // The lock the 21st write held was in the append-only file too: the next write waits for its TTL, then goes through.
    expect((await eventually(() => state.write(session, async (doc) => `${doc.data},after`))).data).toMatch(
      /,19,after$/,
    )
  }, 30_000)
})
