/**
 * The one-round-trip read path's hazard, made to happen every time: a read reaches an instance while that instance's
 * own write waits for its commit (the local state is then ahead of Redis). Its check finds the session "stale" — the
 * version this instance holds is unknown until the commit answers — and rebuilding the state from Redis then would undo
 * the write locally, and the next write, made on that state, would lose it for good. The read must wait for that
 * commit instead. The commit is held back by a gate on the instance's connection (the real Redis runs it, later).
 */
import type { Server } from 'node:http'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPlugin } from '../../mocks/index.ts'
import { createMockServer, listen } from '../../src/adapters/node-server.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { createEngine } from '../../src/core/engine.ts'
import { connectRedis, type RedisConnection } from '../../src/store/redis/connection.ts'
import { STATE_COMMIT_SCRIPT } from '../../src/store/redis/session-state.ts'
import { createRedisEngineStore } from '../../src/store/redis/shared-engine.ts'
import { startRedisServer, type RedisServer } from '../support/redis-server.ts'

const AUTH = { authorization: basicAuthorization('12345_demo', 'secret') }
let redis: RedisServer
const connections: RedisConnection[] = []
const servers: Server[] = []

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
  await Promise.all(connections.map((c) => c.close()))
  await redis?.stop()
})

/** A connection whose session commits wait for `open()`; `reached` resolves when one is waiting. */
function gated(real: RedisConnection) {
  let open!: () => void
  const gate = new Promise<void>((resolve) => {
    open = resolve
  })
  let reached!: () => void
  const waiting = new Promise<void>((resolve) => {
    reached = resolve
  })
  let armed = false
  const wrap = (client: Redis): Redis =>
    new Proxy(client, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (key !== 'evalsha' || typeof value !== 'function') return value
        return async (sha: string, ...rest: unknown[]) => {
          if (armed && sha === STATE_COMMIT_SCRIPT.sha) {
            reached()
            await gate
          }
          return value.call(target, sha, ...rest)
        }
      },
    })
  const connection: RedisConnection = { ...real, run: (fn) => real.run((c) => fn(wrap(c))) }
  return { connection, arm: () => (armed = true), open, waiting }
}

async function instance(connection: RedisConnection): Promise<string> {
  const engine = createEngine(getPlugin('scheduleit'), {
    seed: 1,
    options: { chaos: 0 },
    store: createRedisEngineStore(connection, { api: 'scheduleit', seed: 1 }),
  })
  const server = createMockServer([{ prefix: '', engine }])
  servers.push(server)
  return listen(server, 0)
}

async function create(base: string, title: string): Promise<string> {
  const response = await fetch(`${base}/api/events`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' },
    body: `${new URLSearchParams({ title, date_start: '2024-06-03 09:30' })}&`,
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { id: string }).id
}
async function listIds(base: string): Promise<string[]> {
  const response = await fetch(`${base}/api/events?fields=id&limit=100000`, { headers: AUTH })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { _embedded: { events: { _embedded: { data: { id: string }[] } } } }
  return body._embedded.events._embedded.data.map((r) => r.id)
}

describe('serve --store: a read during its instance’s own commit', () => {
  it('waits for the commit instead of rebuilding the state under it, and the write is kept', async () => {
    const realA = await connectRedis(redis.url)
    const realB = await connectRedis(redis.url)
    connections.push(realA, realB)
    const a = gated(realA)
    const [onA, onB] = await Promise.all([instance(a.connection), instance(realB)])
    await listIds(onA)
    await listIds(onB)

    a.arm()
    const first = create(onA, 'held at its commit')
    await a.waiting
    const read = listIds(onA)
    // Give the read time to reach its check while the commit is held.
    await new Promise((resolve) => setTimeout(resolve, 100))
    a.open()
    const firstId = await first
    expect(await read).toContain(firstId)

    const secondId = await create(onA, 'made after it')
    expect(secondId).not.toBe(firstId)
    for (const base of [onA, onB]) expect(await listIds(base)).toEqual(expect.arrayContaining([firstId, secondId]))
  })
})
