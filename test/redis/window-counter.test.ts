/**
 * The atomic fixed-window counter and the Redis-backed fixed-window policy, against a real redis-server: two
 * connections stand for two mock instances sharing one Redis.
 */
import { describe, expect, it } from 'vitest'
import { fixedWindow, type FixedWindowOptions } from '../../src/rate-limit/policies.ts'
import type { RedisConnection } from '../../src/store/redis/connection.ts'
import { sessionKeys } from '../../src/store/redis/keys.ts'
import { sharedFixedWindow } from '../../src/store/redis/rate-limit.ts'
import { createSessionRegistry } from '../../src/store/redis/sessions.ts'
import { createWindowCounter } from '../../src/store/redis/window-counter.ts'
import type { RedisServer } from '../support/redis-server.ts'
import { useTwoConnections } from './support.ts'

let redis: RedisServer
let a: RedisConnection
let b: RedisConnection
useTwoConnections((instances) => ({ redis, a, b } = instances))

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)

describe('the window counter', () => {
  it('allows exactly the limit when two instances hit one key at once', async () => {
    const counters = [createWindowCounter(a), createWindowCounter(b)]
    const key = 'sam:{test:race}:rl:quota:client-1'
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (counters[i % 2] as (typeof counters)[0]).hit(key, 10, 60_000, T0 + i)),
    )
    expect(hits.filter((h) => h.allowed)).toHaveLength(10)
    expect(hits.filter((h) => !h.allowed)).toHaveLength(30)
    // Counts 1..10 were each handed out once; every refusal saw the full window.
    expect(
      hits
        .filter((h) => h.allowed)
        .map((h) => h.count)
        .sort((x, y) => x - y),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(new Set(hits.filter((h) => !h.allowed).map((h) => h.count))).toEqual(new Set([10]))
    expect(new Set(hits.map((h) => h.resetAt))).toEqual(new Set([T0 + 60_000]))
  })

  it('starts again in the next window and expires its key with the window', async () => {
    const counter = createWindowCounter(a)
    const key = 'sam:{test:next}:rl:quota:client-1'
    expect((await counter.hit(key, 1, 60_000, T0)).allowed).toBe(true)
    expect((await counter.hit(key, 1, 60_000, T0 + 59_999)).allowed).toBe(false)
    expect(await counter.hit(key, 1, 60_000, T0 + 60_000)).toEqual({
      count: 1,
      allowed: true,
      resetAt: T0 + 120_000,
    })
    const ttl = await a.client.pttl(key)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('refuses everything with a limit of 0 and counts nothing', async () => {
    const counter = createWindowCounter(a)
    expect(await counter.hit('sam:{test:zero}:rl:quota:c', 0, 1000, T0)).toEqual({
      count: 0,
      allowed: false,
      resetAt: T0 + 1000,
    })
    expect(await a.client.exists('sam:{test:zero}:rl:quota:c')).toBe(0)
  })
})

describe('the shared fixed-window policy', () => {
  const options: FixedWindowOptions = {
    limit: 10,
    windowMs: 60_000,
    headers: {
      limit: 'X-RateLimit-Limit',
      remaining: 'X-RateLimit-Remaining',
      reset: 'X-RateLimit-Reset',
      retryAfter: 'Retry-After',
    },
    message: 'Rate Limit Exceeded',
  }
  const session = { api: 'test', session: 'quota' }

  it('answers with the same decisions and headers as the in-memory policy, counted across instances', async () => {
    const memory = fixedWindow(options)
    const shared = [
      sharedFixedWindow('quota', options, createWindowCounter(a)),
      sharedFixedWindow('quota', options, createWindowCounter(b)),
    ]
    expect(shared[0]?.name).toBe(memory.name)
    for (let i = 0; i < 12; i++) {
      const now = T0 + 1000 * i
      // Alternate instances: the 11th request is refused whichever instance it reaches.
      const decision = await (shared[i % 2] as (typeof shared)[0]).check(session, 'app-1', now)
      expect(decision).toEqual(memory.check('app-1', now))
    }
  })

  it('starts every window of a session afresh after a reset through any instance', async () => {
    const registry = createSessionRegistry(b, { api: 'test', idleTtlMs: 60_000, maxSessions: 10 })
    const ref = { api: 'test', session: 'reset-quota' }
    await registry.create('reset-quota', { seed: 1, now: T0 })
    const policy = sharedFixedWindow('quota', { ...options, limit: 2 }, createWindowCounter(a))
    expect((await policy.check(ref, 'app-1', T0)).allowed).toBe(true)
    expect((await policy.check(ref, 'app-1', T0)).allowed).toBe(true)
    expect((await policy.check(ref, 'app-1', T0)).allowed).toBe(false)
    await registry.reset('reset-quota')
    const after = await policy.check(ref, 'app-1', T0)
    expect(after.allowed).toBe(true)
    expect(after.headers['X-RateLimit-Remaining']).toBe('1')
    // Another session's window was never shared with this one.
    expect(sessionKeys(ref).window('quota', 'app-1')).not.toBe(sessionKeys(session).window('quota', 'app-1'))
  })
})
