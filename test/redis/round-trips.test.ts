/**
 * Issue 15 part 5: what a request costs in Redis commands, counted by Redis itself (`INFO commandstats`), and what the
 * one-round-trip read path must keep true — a read whose state another instance changed is run once more on the new
 * state and logged once, and reads interleaved with an instance's own writes never undo them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { connectRedis, type RedisConnection } from '../../src/store/redis/connection.ts'
import { startRedisServer, type RedisServer } from '../support/redis-server.ts'
import { startServe, type ServeProcess } from '../support/serve-process.ts'

const AUTH = { authorization: basicAuthorization('12345_demo', 'secret') }

let redis: RedisServer
let stats: RedisConnection
const started: ServeProcess[] = []
async function instance(): Promise<ServeProcess> {
  const server = await startServe([
    ...['--api', 'scheduleit', '--chaos', '0', '--scheduleit-rate-limit', '100000'],
    ...['--store', redis.url],
  ])
  started.push(server)
  return server
}

beforeAll(async () => {
  redis = await startRedisServer()
  stats = await connectRedis(redis.url)
})
afterAll(async () => {
  await Promise.all(started.map((s) => s.kill()))
  await stats?.close()
  await redis?.stop()
})

/** Calls per command since the last `CONFIG RESETSTAT`, e.g. `{ evalsha: 20, lpush: 20 }`. */
async function commandCalls(): Promise<Record<string, number>> {
  const text = await stats.run((c) => c.info('commandstats'))
  const calls: Record<string, number> = {}
  for (const match of text.matchAll(/^cmdstat_([a-z|]+):calls=(\d+)/gm)) calls[match[1] as string] = Number(match[2])
  return calls
}
const resetStats = () => stats.run((c) => c.config('RESETSTAT'))

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
/** This instance's own log (`since` asks the instance, not the shared list). */
async function ownLog(base: string): Promise<{ id: number; method: string; path: string }[]> {
  const response = await fetch(`${base}/__mock/scheduleit/requests?since=0`)
  return ((await response.json()) as { requests: { id: number; method: string; path: string }[] }).requests
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

describe('serve --store: round trips per request', () => {
  it('answers a read of a current session with one script call (version check and windows together)', async () => {
    const a = await instance()
    await listIds(a.url) // registers the session and builds the state on A
    await settle()
    await resetStats()
    for (let i = 0; i < 20; i++) await listIds(a.url)
    await settle()
    const calls = await commandCalls()
    // One EVALSHA per GET (commands a script runs count too: its HSET and PEXPIRE of the window), nothing else on the
    // way; the log appends (MULTI LPUSH LTRIM EXEC, conduct findings too) follow the responses.
    expect(calls.evalsha).toBe(20)
    expect(calls.eval ?? 0).toBe(0)
    expect(calls.hget ?? 0).toBe(0)
    expect(calls.hmget ?? 0).toBe(20 * 2)
    expect(calls.multi).toBe(calls.lpush)
    expect(calls.lpush).toBeGreaterThanOrEqual(20)
  })

  it('runs a read once more on the state another instance changed, and logs it once', async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    await listIds(a.url)
    const before = (await ownLog(a.url)).length
    const id = await create(b.url, 'made on B')
    await settle()
    await resetStats()
    expect(await listIds(a.url)).toContain(id)
    // The first check found the version changed (nothing counted), the second counted the request.
    expect((await commandCalls()).evalsha).toBe(2)
    const log = await ownLog(a.url)
    expect(log.length).toBe(before + 1)
    expect(log.at(-1)).toMatchObject({ method: 'GET', path: '/api/events' })
  })

  it("never undoes an instance's own writes with reads interleaved", async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    // Creates on A queue for the session's lock one after another, while reads on A follow one another for as long as
    // they run: some reach A while one of its writes waits for its commit, and must not rebuild the state under it.
    const creates = Promise.all(Array.from({ length: 60 }, (_, i) => create(a.url, `A ${i}`)))
    let done = false
    void creates.finally(() => {
      done = true
    })
    let reads = 0
    while (!done) {
      expect((await listIds(a.url)).length).toBeGreaterThan(0)
      reads++
    }
    const ids = await creates
    expect(new Set(ids).size).toBe(60)
    expect(reads).toBeGreaterThan(5)
    const [onA, onB] = await Promise.all([listIds(a.url), listIds(b.url)])
    for (const id of ids) {
      expect(onA).toContain(id)
      expect(onB).toContain(id)
    }
    expect(onA.length).toBe(onB.length)
  })
})
