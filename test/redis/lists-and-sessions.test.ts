/** Bounded lists, id counters and the session registry, against a real redis-server (two connections: two instances). */
import { describe, expect, it } from 'vitest'
import type { RedisConnection } from '../../src/store/redis/connection.ts'
import { sessionKeys } from '../../src/store/redis/keys.ts'
import { createBoundedLists, createIdCounter } from '../../src/store/redis/lists.ts'
import { createSessionStateStore } from '../../src/store/redis/session-state.ts'
import { createSessionRegistry } from '../../src/store/redis/sessions.ts'
import type { RedisServer } from '../support/redis-server.ts'
import { useTwoConnections } from './support.ts'

let redis: RedisServer
let a: RedisConnection
let b: RedisConnection
useTwoConnections((instances) => ({ redis, a, b } = instances))

const ref = (session: string) => ({ api: 'test', session })

describe('bounded lists', () => {
  it('keep the newest entries up to the cap, newest first, with appends from two instances', async () => {
    const lists = [createBoundedLists(a), createBoundedLists(b)]
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        (lists[i % 2] as (typeof lists)[0]).append(ref('log'), 'log', JSON.stringify({ i }), 100),
      ),
    )
    expect(await lists[0]?.size(ref('log'), 'log')).toBe(100)
    const newest = (await lists[1]?.list(ref('log'), 'log', 5))?.map((s) => (JSON.parse(s) as { i: number }).i) ?? []
    expect(newest).toHaveLength(5)
    // Appends from two connections interleave, but the list is still newest first within each connection's order.
    for (const i of newest) expect(i).toBeGreaterThanOrEqual(190)
    expect(await lists[0]?.list(ref('log'), 'log', 0)).toEqual([])
  })

  it('expire when idle, if given an idle TTL', async () => {
    await createBoundedLists(a, { idleTtlMs: 60_000 }).append(ref('idle'), 'findings', '{}', 10)
    const ttl = await a.client.pttl(sessionKeys(ref('idle')).list('findings'))
    expect(ttl).toBeGreaterThan(50_000)
  })

  it('refuse a cap below 1 and a kind unfit for a key', async () => {
    await expect(createBoundedLists(a).append(ref('x'), 'log', '{}', 0)).rejects.toThrow(RangeError)
    await expect(createBoundedLists(a).append(ref('x'), 'log entries', '{}', 5)).rejects.toThrow(
      /cannot name Redis keys/,
    )
  })
})

describe('id counters', () => {
  it('hand out unique ids across instances', async () => {
    const counters = [createIdCounter(a), createIdCounter(b, { idleTtlMs: 60_000 })]
    const ids = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => (counters[i % 2] as (typeof counters)[0]).next(ref('ids'), 'booking')),
    )
    expect(new Set(ids).size).toBe(1000)
    expect(Math.max(...ids)).toBe(1000)
    expect(await counters[0]?.next(ref('ids'), 'client')).toBe(1)
  })
})

describe('the session registry', () => {
  const T0 = 1_000_000

  it('creates a session with its seed once, and lists it with its last use', async () => {
    const registry = createSessionRegistry(a, { api: 'reg1', idleTtlMs: 60_000, maxSessions: 5 })
    expect(await registry.create('alice', { seed: 42, now: T0 })).toEqual({ created: true, seed: 42 })
    // Created again through another instance: the session and its seed are kept.
    const other = createSessionRegistry(b, { api: 'reg1', idleTtlMs: 60_000, maxSessions: 5 })
    expect(await other.create('alice', { seed: 1, now: T0 + 10 })).toEqual({ created: false, seed: 42 })
    await other.create('bob', { seed: 2, now: T0 + 20 })
    await registry.touch('alice', T0 + 30)
    const listed = await other.list(T0 + 40)
    expect(listed.map((s) => [s.session, s.seed, s.lastUsedAt])).toEqual([
      ['alice', 42, T0 + 30],
      ['bob', 2, T0 + 20],
    ])
    expect(listed[0]?.createdAt).toBe(T0)
  })

  it('drops a session idle for longer than the TTL from its list, and its keys expire in Redis', async () => {
    const registry = createSessionRegistry(a, { api: 'reg2', idleTtlMs: 60_000 })
    await registry.create('old', { seed: 1, now: T0 })
    await registry.create('new', { seed: 2, now: T0 + 50_000 })
    expect((await registry.list(T0 + 70_000)).map((s) => s.session)).toEqual(['new'])
    const ttl = await a.client.pttl(sessionKeys({ api: 'reg2', session: 'new' }).state)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('pushes back the expiry of all the session’s keys on touch', async () => {
    const registry = createSessionRegistry(a, { api: 'reg6', idleTtlMs: 60_000 })
    const ref6 = { api: 'reg6', session: 's' }
    await registry.create('s', { seed: 1, now: T0 })
    // Written by blocks without an idle TTL of their own: no expiry until the session is touched.
    await createBoundedLists(a).append(ref6, 'log', '{}', 10)
    await createIdCounter(a).next(ref6, 'booking')
    const keys = sessionKeys(ref6)
    expect(await a.client.pttl(keys.list('log'))).toBe(-1)
    await a.client.persist(keys.state)
    await registry.touch('s', T0 + 1000)
    for (const key of [keys.state, keys.ids, keys.list('log')]) {
      const ttl = await a.client.pttl(key)
      expect(ttl, key).toBeGreaterThan(50_000)
      expect(ttl, key).toBeLessThanOrEqual(60_000)
    }
    expect((await registry.get('s'))?.lastUsedAt).toBe(T0 + 1000)
  })

  it('refuses a session beyond the cap with a 409 that says what to do', async () => {
    const registry = createSessionRegistry(a, { api: 'reg3', idleTtlMs: 60_000, maxSessions: 2 })
    await registry.create('one', { seed: 1, now: T0 })
    await registry.create('two', { seed: 2, now: T0 })
    await expect(registry.create('three', { seed: 3, now: T0 })).rejects.toMatchObject({
      code: 'conflict',
      status: 409,
      message: expect.stringContaining('delete one'),
    })
    // Once one has sat idle past the TTL, there is room again.
    expect(await registry.create('three', { seed: 3, now: T0 + 61_000 })).toMatchObject({ created: true })
  })

  it('deletes a session with all its keys', async () => {
    const registry = createSessionRegistry(a, { api: 'reg4' })
    const ref4 = { api: 'reg4', session: 'gone' }
    await registry.create('gone', { seed: 1, now: T0 })
    await createSessionStateStore(a).write(ref4, async () => 'data')
    await createBoundedLists(a).append(ref4, 'log', '{}', 10)
    await createIdCounter(a).next(ref4, 'booking')
    expect(await registry.delete('gone')).toBe(true)
    const keys = sessionKeys(ref4)
    expect(await a.client.exists(keys.state, keys.ids, keys.list('log'))).toBe(0)
    expect(await registry.get('gone')).toBeUndefined()
    expect(await registry.delete('gone')).toBe(false)
  })

  it('resets with a new seed: data, ids and findings go, the request log stays', async () => {
    const registry = createSessionRegistry(a, { api: 'reg5' })
    const ref5 = { api: 'reg5', session: 's' }
    await registry.create('s', { seed: 1, now: T0 })
    await createSessionStateStore(a).write(ref5, async () => 'data')
    await createBoundedLists(a).append(ref5, 'log', '{"req":1}', 10)
    await createBoundedLists(a).append(ref5, 'findings', '{"rule":"x"}', 10)
    await createIdCounter(a).next(ref5, 'booking')
    expect(await createSessionRegistry(b, { api: 'reg5' }).reset('s', 99)).toBe(1)
    expect(await registry.get('s')).toMatchObject({ seed: 99, epoch: 1 })
    expect((await createSessionStateStore(b).read(ref5)).data).toBeNull()
    expect(await createBoundedLists(b).list(ref5, 'log', 10)).toEqual(['{"req":1}'])
    expect(await createBoundedLists(b).list(ref5, 'findings', 10)).toEqual([])
    expect(await createIdCounter(b).next(ref5, 'booking')).toBe(1)
    expect(await registry.reset('nobody')).toBeUndefined()
  })
})
