/**
 * The versioned session document and its write lock, against a real redis-server; two connections stand for two mock
 * instances.
 */
import { describe, expect, it } from 'vitest'
import { MockError } from '../../src/core/errors.ts'
import { connectRedis, type RedisConnection } from '../../src/store/redis/connection.ts'
import { sessionKeys } from '../../src/store/redis/keys.ts'
import { createSessionStateStore } from '../../src/store/redis/session-state.ts'
import { createSessionRegistry } from '../../src/store/redis/sessions.ts'
import type { RedisServer } from '../support/redis-server.ts'
import { useTwoConnections } from './support.ts'

let redis: RedisServer
let a: RedisConnection
let b: RedisConnection
useTwoConnections((instances) => ({ redis, a, b } = instances))

const ref = (session: string) => ({ api: 'test', session })
const appendId = (id: string) => async (doc: { data: string | null }) =>
  JSON.stringify([...(JSON.parse(doc.data ?? '[]') as string[]), id])

describe('the session document', () => {
  it('reads as empty before the first write, then returns what was written, with a new version each time', async () => {
    const store = createSessionStateStore(a)
    expect(await store.read(ref('fresh'))).toEqual({ version: null, data: null })
    const first = await store.write(ref('fresh'), async () => '{"n":1}')
    const second = await store.write(ref('fresh'), async (doc) => {
      expect(doc).toEqual(first)
      return '{"n":2}'
    })
    expect(second.data).toBe('{"n":2}')
    expect(second.version).not.toBe(first.version)
    expect(await createSessionStateStore(b).read(ref('fresh'))).toEqual(second)
  })

  it('answers readIfChanged with the version alone when the caller holds it, and the document when it is stale', async () => {
    const writer = createSessionStateStore(a)
    const reader = createSessionStateStore(b)
    const written = await writer.write(ref('poll'), async () => 'v1')
    const version = written.version as string
    expect(await reader.readIfChanged(ref('poll'), version)).toEqual({ version, unchanged: true })
    const next = await writer.write(ref('poll'), async () => 'v2')
    expect(await reader.readIfChanged(ref('poll'), version)).toEqual(next)
    expect(await reader.readIfChanged(ref('poll'), null)).toEqual(next)
  })

  it('commits nothing when fn returns undefined, and releases the lock when fn throws', async () => {
    const store = createSessionStateStore(a)
    const before = await store.write(ref('nochange'), async () => 'kept')
    expect(await store.write(ref('nochange'), async () => undefined)).toEqual(before)
    await expect(
      store.write(ref('nochange'), async () => {
        throw new Error('handler failed')
      }),
    ).rejects.toThrow('handler failed')
    expect(await a.client.exists(sessionKeys(ref('nochange')).lock)).toBe(0)
    expect(await createSessionStateStore(b).read(ref('nochange'))).toEqual(before)
  })

  it('keeps 1,000 concurrent appends through two instances: 1,000 unique entries', async () => {
    const stores = [createSessionStateStore(a), createSessionStateStore(b)]
    const ids = Array.from({ length: 1000 }, (_, i) => `id-${i}`)
    await Promise.all(ids.map((id, i) => (stores[i % 2] as (typeof stores)[0]).write(ref('race'), appendId(id))))
    const final = await stores[0]?.read(ref('race'))
    const list = JSON.parse(final?.data ?? '[]') as string[]
    expect(list).toHaveLength(1000)
    expect(new Set(list)).toEqual(new Set(ids))
  }, 60_000)

  it('lets others write once a killed writer’s lock expires, not before', async () => {
    // A third instance takes the lock and dies holding it (its connection is cut, the lock never released).
    const doomed = await connectRedis(redis.url)
    const stuck = createSessionStateStore(doomed, { lockTtlMs: 400 })
    let holding!: () => void
    const held = new Promise<void>((resolve) => {
      holding = resolve
    })
    void stuck
      .write(ref('killed'), async () => {
        holding()
        await new Promise(() => {}) // never returns: the instance is killed here
        return 'never'
      })
      .catch(() => undefined)
    await held
    doomed.client.disconnect()
    const left = await a.client.pttl(sessionKeys(ref('killed')).lock)
    expect(left).toBeGreaterThan(0)
    const started = Date.now()
    const written = await createSessionStateStore(a, { lockTtlMs: 400 }).write(ref('killed'), async () => 'survivor')
    expect(written.data).toBe('survivor')
    // It had to wait for the expiry (the lock was really held), and got through once it lapsed.
    expect(Date.now() - started).toBeGreaterThanOrEqual(left - 20)
  })

  it('refuses a commit after the writer’s lock expired, and writes nothing of it', async () => {
    const slow = createSessionStateStore(a, { lockTtlMs: 150, acquireTimeoutMs: 5000 })
    const fast = createSessionStateStore(b, { lockTtlMs: 150, acquireTimeoutMs: 5000 })
    await fast.write(ref('fenced'), async () => 'start')
    let slowStarted!: () => void
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve
    })
    const late = slow.write(ref('fenced'), async (doc) => {
      slowStarted()
      await new Promise((r) => setTimeout(r, 400)) // longer than the lock lives
      return `${doc.data}+slow`
    })
    await started
    // Meanwhile another instance gets the expired lock and writes.
    const other = await fast.write(ref('fenced'), async (doc) => `${doc.data}+fast`)
    const error = await late.then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(MockError)
    expect(error).toMatchObject({ code: 'unavailable', status: 503, reason: 'lock_expired' })
    expect(await fast.read(ref('fenced'))).toEqual(other)
    expect(other.data).toBe('start+fast')
  })

  it('sees a reset through any instance: a new version without data, and a write in flight is refused', async () => {
    const store = createSessionStateStore(a)
    const registry = createSessionRegistry(b, { api: 'test' })
    await registry.create('resettable', { seed: 7, now: 1 })
    const written = await store.write(ref('resettable'), async () => 'dirty')
    let inside!: () => void
    const entered = new Promise<void>((resolve) => {
      inside = resolve
    })
    let proceed!: () => void
    const gate = new Promise<void>((resolve) => {
      proceed = resolve
    })
    const inFlight = store.write(ref('resettable'), async () => {
      inside()
      await gate
      return 'lost'
    })
    await entered
    expect(await registry.reset('resettable')).toBe(1)
    proceed()
    await expect(inFlight).rejects.toMatchObject({ code: 'unavailable', reason: 'lock_expired' })
    const after = await createSessionStateStore(b).readIfChanged(ref('resettable'), written.version)
    expect(after).toMatchObject({ data: null })
    expect((after as { version: string }).version).not.toBe(written.version)
    expect(await registry.get('resettable')).toMatchObject({ seed: 7, epoch: 1 })
  })
})
