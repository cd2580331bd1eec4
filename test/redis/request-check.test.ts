/**
 * The request check (`request-check.ts`), against a real redis-server: in one script, whether the session's version is
 * current and the request counted in the fixed windows. Two connections stand for two mock instances on one Redis.
 */
import { describe, expect, it } from 'vitest'
import { fixedWindow, type FixedWindowOptions, fixedWindowDecision } from '../../src/rate-limit/policies.ts'
import type { RedisConnection } from '../../src/store/redis/connection.ts'
import { sessionKeys } from '../../src/store/redis/keys.ts'
import { createRequestChecker, type RequestCheck } from '../../src/store/redis/request-check.ts'
import { createSessionStateStore } from '../../src/store/redis/session-state.ts'
import { createSessionRegistry } from '../../src/store/redis/sessions.ts'
import type { RedisServer } from '../support/redis-server.ts'
import { useTwoConnections } from './support.ts'

let redis: RedisServer
let a: RedisConnection
let b: RedisConnection
useTwoConnections((instances) => ({ redis, a, b } = instances))

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)
const ref = (session: string) => ({ api: 'test', session })
const quota = (limit: number, windowMs = 60_000) => [{ id: 'quota', limit, windowMs }]

/** The hits of a check that must have found the state current. */
function hits(result: RequestCheck) {
  if (!result.current) throw new Error(`expected a current state, got ${JSON.stringify(result)}`)
  return result.hits
}

describe('the request check: fixed windows', () => {
  it('allows exactly the limit when two instances count one client at once', async () => {
    const checkers = [createRequestChecker(a), createRequestChecker(b)]
    const all = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (checkers[i % 2] as (typeof checkers)[0]).check(ref('race'), undefined, quota(10), 'client-1', T0 + i),
      ),
    )
    const counted = all.map((result) => hits(result)[0] as { count: number; allowed: boolean; resetAt: number })
    expect(counted.filter((h) => h.allowed)).toHaveLength(10)
    // Counts 1..10 were each handed out once; every refusal saw the full window and was not counted.
    expect(
      counted
        .filter((h) => h.allowed)
        .map((h) => h.count)
        .sort((x, y) => x - y),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(new Set(counted.filter((h) => !h.allowed).map((h) => h.count))).toEqual(new Set([10]))
    expect(new Set(counted.map((h) => h.resetAt))).toEqual(new Set([T0 + 60_000]))
  })

  it('starts again in the next window and expires its key with the window', async () => {
    const checker = createRequestChecker(a)
    const at = (now: number) => checker.check(ref('next'), undefined, quota(1), 'client-1', now).then(hits)
    expect((await at(T0))[0]?.allowed).toBe(true)
    expect((await at(T0 + 59_999))[0]?.allowed).toBe(false)
    expect(await at(T0 + 60_000)).toEqual([{ count: 1, allowed: true, resetAt: T0 + 120_000 }])
    const ttl = await a.client.pttl(sessionKeys(ref('next')).window('quota', 'client-1'))
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('refuses everything with a limit of 0 and counts nothing', async () => {
    const result = await createRequestChecker(a).check(ref('zero'), undefined, quota(0, 1000), 'c', T0)
    expect(hits(result)).toEqual([{ count: 0, allowed: false, resetAt: T0 + 1000 }])
    expect(await a.client.exists(sessionKeys(ref('zero')).window('quota', 'c'))).toBe(0)
  })

  it('counts windows in order and stops at the first that refuses', async () => {
    const checker = createRequestChecker(a)
    const two = [
      { id: 'minute', limit: 1, windowMs: 60_000 },
      { id: 'hour', limit: 5, windowMs: 3_600_000 },
    ]
    expect(hits(await checker.check(ref('order'), undefined, two, 'c', T0)).map((h) => h.count)).toEqual([1, 1])
    // Refused by the first: the second is not counted.
    expect(hits(await checker.check(ref('order'), undefined, two, 'c', T0))).toEqual([
      { count: 1, allowed: false, resetAt: T0 + 60_000 },
    ])
    expect(await a.client.hget(sessionKeys(ref('order')).window('hour', 'c'), 'n')).toBe('1')
  })

  it('gives the same decisions and headers as the in-memory policy, counted across instances', async () => {
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
    const memory = fixedWindow(options)
    const checkers = [createRequestChecker(a), createRequestChecker(b)]
    for (let i = 0; i < 12; i++) {
      const now = T0 + 1000 * i
      // Alternate instances: the 11th request is refused whichever instance it reaches.
      const checker = checkers[i % 2] as (typeof checkers)[0]
      const [hit] = hits(await checker.check(ref('headers'), undefined, quota(10), 'app-1', now))
      if (!hit) throw new Error('no window counted')
      expect(fixedWindowDecision(options, hit.count, hit.allowed, hit.resetAt, now)).toEqual(memory.check('app-1', now))
    }
  })

  it('starts every window of a session afresh after a reset through any instance', async () => {
    const registry = createSessionRegistry(b, { api: 'test', idleTtlMs: 60_000, maxSessions: 10 })
    await registry.create('reset-quota', { seed: 1, now: T0 })
    const checker = createRequestChecker(a)
    const hit = async () => hits(await checker.check(ref('reset-quota'), undefined, quota(2), 'app-1', T0))[0]
    expect((await hit())?.allowed).toBe(true)
    expect((await hit())?.allowed).toBe(true)
    expect((await hit())?.allowed).toBe(false)
    await registry.reset('reset-quota')
    expect(await hit()).toMatchObject({ count: 1, allowed: true })
  })
})

describe('the request check: the version', () => {
  it('counts the request when the caller holds the current version, and nothing when it does not', async () => {
    const states = createSessionStateStore(b)
    const written = await states.write(ref('versioned'), async () => '{"n":1}')
    const checker = createRequestChecker(a)
    const current = await checker.check(ref('versioned'), written.version, quota(5), 'c', T0)
    expect(hits(current)).toEqual([{ count: 1, allowed: true, resetAt: T0 + 60_000 }])

    const next = await states.write(ref('versioned'), async () => '{"n":2}')
    // An old version, or none (the caller's state was marked for a rebuild): the new document, nothing counted.
    for (const known of [written.version, null]) {
      expect(await checker.check(ref('versioned'), known, quota(5), 'c', T0)).toEqual({
        current: false,
        version: next.version,
        data: '{"n":2}',
        seed: null,
      })
    }
    expect(await a.client.hget(sessionKeys(ref('versioned')).window('quota', 'c'), 'n')).toBe('1')
  })

  it('answers with the seed for a document a reset emptied, and with no version for a session that is gone', async () => {
    const registry = createSessionRegistry(b, { api: 'test', maxSessions: 10 })
    await registry.create('seeded', { seed: 42, now: T0 })
    await createSessionStateStore(b).write(ref('seeded'), async () => '{"n":1}')
    await registry.reset('seeded')
    const checker = createRequestChecker(a)
    expect(await checker.check(ref('seeded'), 'someone.1', [], 'c', T0)).toMatchObject({
      current: false,
      data: null,
      seed: 42,
    })
    await registry.delete('seeded')
    expect(await checker.check(ref('seeded'), 'someone.1', quota(5), 'c', T0)).toEqual({
      current: false,
      version: null,
      data: null,
      seed: null,
    })
    expect(await a.client.exists(sessionKeys(ref('seeded')).window('quota', 'c'))).toBe(0)
  })

  it('refreshes a named session’s idle expiry on each check', async () => {
    const states = createSessionStateStore(b, { idleTtlMs: 5_000 })
    const written = await states.write(ref('idle'), async () => '{}')
    await b.client.pexpire(sessionKeys(ref('idle')).state, 1_000)
    await createRequestChecker(a, { idleTtlMs: 60_000 }).check(ref('idle'), written.version, [], 'c', T0)
    expect(await a.client.pttl(sessionKeys(ref('idle')).state)).toBeGreaterThan(50_000)
  })
})
