/**
 * `npx tsx bench/redis-pipeline.ts`: the raw Redis cost of one `GET /v1/<account>/bookings` on the Redis store
 * (src/store/redis/README.md, "Round trips per request"), against a redis-server of its own on 127.0.0.1 (the test
 * harness's). Not part of `npm run bench`: it measures the store's round trips alone, without HTTP.
 *
 * Variants, each run sequentially (latency) and with 50 requests in flight on one connection (throughput):
 * - `PING`: the floor of one round trip;
 * - `read, hit (before)`: the version check (`readIfChanged`) and then the rate-limit window, as the store first did;
 * - `check`: the request check as wired (`request-check.ts`: version check and window in one script);
 * - `log`: the request-log append (MULTI LPUSH, LTRIM), which follows the response, not awaited;
 * - `check, then log`: both, one after the other;
 * - `check+log, one script`: a variant that does not exist in src/ — the log entry in the same script, the ceiling of
 *   a one-command design (a log entry must then be written before the response is known).
 *
 * Options: --seconds <s> per throughput run (3), --requests <n> per latency run (3000).
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import type { Redis } from 'ioredis'
import { connectRedis } from '../src/store/redis/connection.ts'
import { sessionKeys } from '../src/store/redis/keys.ts'
import { createSessionStateStore, STATE_READ_SCRIPT } from '../src/store/redis/session-state.ts'
import { LuaScript } from '../src/store/redis/lua-script.ts'
import { createRequestChecker } from '../src/store/redis/request-check.ts'
import { startRedisServer } from '../test/support/redis-server.ts'

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '3' }, requests: { type: 'string', default: '3000' } },
})
const SECONDS = Number(values.seconds)
const REQUESTS = Number(values.requests)
const IN_FLIGHT = 50

const redis = await startRedisServer()
const plain = await connectRedis(redis.url)
const { Redis: RedisClient } = await import('ioredis')
// The same settings with ioredis's auto-pipelining: commands issued in one event-loop turn go out in one write.
const auto = new RedisClient({ host: '127.0.0.1', port: redis.port, enableAutoPipelining: true, lazyConnect: true })
await auto.connect()

try {
  const ref = { api: 'bench', session: 'default' }
  const keys = sessionKeys(ref)
  // A state document the size of the bookings list's session (about 50 KB of JSON).
  const data = JSON.stringify({ bookings: Array.from({ length: 60 }, (_, i) => ({ id: i, notes: 'x'.repeat(800) })) })
  const doc = await createSessionStateStore(plain).write(ref, async () => data)
  const version = doc.version as string
  await STATE_READ_SCRIPT.load(plain.client)
  const entry = JSON.stringify({
    method: 'GET',
    path: '/v1/example-corp/bookings',
    status: 200,
    ms: 0.4,
    at: Date.now(),
  })

  // KEYS: state, window, log; ARGV: known version, limit, window start, ttl, entry, cap.
  const ONE = new LuaScript(`
local h = redis.call('HMGET', KEYS[1], 'id', 'v', 'epoch')
local version = (h[1] or '') .. '.' .. (h[2] or '0')
local data = false
if version ~= ARGV[1] then data = redis.call('HGET', KEYS[1], 'data') or false end
local epoch = (h[1] or '') .. ':' .. (h[3] or '0')
local w = redis.call('HMGET', KEYS[2], 'w', 'n', 'e')
local n = 0
if w[1] == ARGV[3] and (w[3] or '') == epoch then n = tonumber(w[2]) end
local allowed = 0
if n < tonumber(ARGV[2]) then
  n = n + 1
  allowed = 1
  redis.call('HSET', KEYS[2], 'w', ARGV[3], 'n', n, 'e', epoch)
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
end
redis.call('LPUSH', KEYS[3], ARGV[5])
redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[6]) - 1)
return {version, n, allowed, data}
`)
  await ONE.load(plain.client)
  const windows = [{ id: 'quota', limit: 1e9, windowMs: 60_000 }]
  /** The request check on a connection whose client is `c` (the plain one or the auto-pipelining one). */
  const checkOn = (c: Redis) => createRequestChecker({ ...plain, run: (fn) => fn(c) })
  const checkers = new Map([plain.client, auto].map((c) => [c, checkOn(c)]))
  const requestCheck = (c: Redis) => (checkers.get(c) ?? checkOn(c)).check(ref, version, windows, 'app-1', Date.now())
  const before = createRequestChecker(plain)
  const check = (results: [Error | null, unknown][] | null) => {
    const failed = results?.find(([error]) => error)?.[0]
    if (failed) throw failed
  }
  const variants: Record<string, (c: Redis) => Promise<unknown>> = {
    PING: (c) => c.ping(),
    'read, hit (before)': async (c) => {
      await STATE_READ_SCRIPT.run(c, [keys.state], [version, 0])
      // The window alone: the same script without the version check (what a write under the lock sends).
      await (c === plain.client ? before : checkOn(c)).check(ref, undefined, windows, 'app-1', Date.now())
    },
    check: requestCheck,
    log: async (c) => check(await c.multi().lpush(keys.list('log'), entry).ltrim(keys.list('log'), 0, 999).exec()),
    'check, then log': async (c) => {
      await requestCheck(c)
      check(await c.multi().lpush(keys.list('log'), entry).ltrim(keys.list('log'), 0, 999).exec())
    },
    'check+log, one script': (c) =>
      ONE.run(c, [keys.state, keys.window('quota', 'app-1'), keys.list('log')], [version, 1e9, 0, 60_000, entry, 1000]),
  }

  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
  console.log(
    `redis-server ${redis.url}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  console.log('variant                 | seq p50 µs | seq p99 µs | 50 in flight ops/s | same, auto-pipelined ops/s')
  for (const [name, run] of Object.entries(variants)) {
    for (let i = 0; i < 200; i++) await run(plain.client) // warm-up
    const times: number[] = []
    for (let i = 0; i < REQUESTS; i++) {
      const t = process.hrtime.bigint()
      await run(plain.client)
      times.push(Number(process.hrtime.bigint() - t) / 1000)
    }
    times.sort((x, y) => x - y)
    const throughput = async (client: Redis) => {
      let done = 0
      const until = Date.now() + SECONDS * 1000
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (Date.now() < until) {
            await run(client)
            done++
          }
        }),
      )
      return Math.round(done / SECONDS)
    }
    const opsPlain = await throughput(plain.client)
    const opsAuto = await throughput(auto)
    console.log(
      `${name.padEnd(23)} | ${percentile(times, 0.5).toFixed(0).padStart(10)} | ${percentile(times, 0.99).toFixed(0).padStart(10)} | ${String(opsPlain).padStart(18)} | ${String(opsAuto).padStart(26)}`,
    )
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
} finally {
  auto.disconnect()
  await plain.close()
  await redis.stop()
}
