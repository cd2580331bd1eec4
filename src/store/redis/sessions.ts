/**
 * The registry of one API's sessions in Redis: create (with a seed), touch, list, delete, reset. A session that sits
 * idle for `idleTtlMs` expires: its keys carry a PEXPIRE that every use refreshes, and the registry drops it from its
 * list when it next looks. At most `maxSessions` live at once.
 *
 * A reset is a new epoch that every instance sees at once, with no message between them: the session's document is
 * emptied and its version bumped (an instance holding the old version re-reads it and rebuilds the state from the
 * seed), its epoch bumped (every rate-limit window counted in the old epoch starts again, `request-check.ts`), and a
 * write in flight has its lock deleted, so its commit is refused rather than landing on the reset state.
 */
import { randomUUID } from 'node:crypto'
import { MockError } from '../../core/errors.ts'
import type { RedisConnection } from './connection.ts'
import { apiKeys, sessionKeys } from './keys.ts'
import { LuaScript } from './lua-script.ts'

/** KEYS[1] registry; ARGV: session, now, idle TTL (0: none), cap. Returns 1 existing, 0 created, -1 over the cap. */
const REGISTER = new LuaScript(`
if tonumber(ARGV[3]) > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (tonumber(ARGV[2]) - tonumber(ARGV[3])))
end
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
  return 1
end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return -1 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
return 0
`)

/** KEYS[1] state; ARGV: fresh id, seed, now, idle TTL. Fills in a new session's hash; an existing one keeps its own. */
const INIT = new LuaScript(`
redis.call('HSETNX', KEYS[1], 'id', ARGV[1])
redis.call('HSETNX', KEYS[1], 'seed', ARGV[2])
redis.call('HSETNX', KEYS[1], 'created', ARGV[3])
redis.call('HSETNX', KEYS[1], 'epoch', 0)
redis.call('HSETNX', KEYS[1], 'v', 0)
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return redis.call('HGET', KEYS[1], 'seed')
`)

/**
 * KEYS[1] state, KEYS[2] lock, KEYS[3..] keys to delete (ids, cleared lists); ARGV[1] new seed ('' keeps it).
 * Returns the new epoch, or false if the session does not exist.
 */
const RESET = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HDEL', KEYS[1], 'data')
redis.call('HINCRBY', KEYS[1], 'v', 1)
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'seed', ARGV[1]) end
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
return redis.call('HINCRBY', KEYS[1], 'epoch', 1)
`)

export interface SessionInfo {
  session: string
  seed: number
  /** When it was created and last used (ms, on the callers' clock). */
  createdAt: number
  lastUsedAt: number
  /** Bumped by each reset. */
  epoch: number
}

export interface SessionRegistryOptions {
  api: string
  /** A session unused for this long expires with all its keys (default 0: never). */
  idleTtlMs?: number
  /** At most this many sessions at once (default 100): creating one more is refused with a 409. */
  maxSessions?: number
  /** The session's list kinds (default `log`, `findings`): touched with it, deleted with it. */
  lists?: readonly string[]
  /** The lists a reset empties (default `findings`: the request log survives a reset, as in memory). */
  resetLists?: readonly string[]
}

export interface SessionRegistry {
  /** Creates a session with a seed, or touches it if it exists (its seed is kept). Resolves with whether it was new. */
  create(session: string, init: { seed: number; now: number }): Promise<{ created: boolean; seed: number }>
  /** Marks the session used at `now` and pushes its keys' expiry back by the idle TTL. */
  touch(session: string, now: number): Promise<void>
  get(session: string): Promise<SessionInfo | undefined>
  /** Live sessions, most recently used first. */
  list(now: number): Promise<SessionInfo[]>
  /** Deletes the session and all its keys; resolves with whether it existed. */
  delete(session: string): Promise<boolean>
  /** A new epoch of the session (see the module comment), optionally with a new seed; undefined if it does not exist. */
  reset(session: string, seed?: number): Promise<number | undefined>
}

/** @example const sessions = createSessionRegistry(redis, { api: 'acme-rooms', idleTtlMs: 3_600_000 }) */
export function createSessionRegistry(connection: RedisConnection, options: SessionRegistryOptions): SessionRegistry {
  const { api } = options
  const idleTtlMs = options.idleTtlMs ?? 0
  const maxSessions = options.maxSessions ?? 100
  const lists = options.lists ?? ['log', 'findings']
  const resetLists = options.resetLists ?? ['findings']
  const registry = apiKeys(api).sessions
  const keysOf = (session: string) => sessionKeys({ api, session })

  async function prune(now: number): Promise<void> {
    if (idleTtlMs > 0) await connection.run((c) => c.zremrangebyscore(registry, '-inf', `(${now - idleTtlMs}`))
  }

  async function info(session: string, lastUsedAt: number): Promise<SessionInfo | undefined> {
    const [seed, created, epoch] = await connection.run((c) =>
      c.hmget(keysOf(session).state, 'seed', 'created', 'epoch'),
    )
    if (seed === null || seed === undefined) return undefined
    return { session, seed: Number(seed), createdAt: Number(created), lastUsedAt, epoch: Number(epoch ?? 0) }
  }

  return {
    async create(session, init) {
      const keys = keysOf(session)
      const registered = (await connection.run((c) =>
        REGISTER.run(c, [registry], [session, init.now, idleTtlMs, maxSessions]),
      )) as number
      if (registered === -1)
        throw new MockError(
          'conflict',
          `There are ${maxSessions} sessions already, the most this mock keeps: delete one, or wait until one sits idle for ${idleTtlMs / 1000} s`,
          { reason: 'session_cap' },
        )
      const seed = await connection.run((c) =>
        INIT.run(c, [keys.state], [randomUUID(), init.seed, init.now, idleTtlMs]),
      )
      return { created: registered === 0, seed: Number(seed) }
    },
    async touch(session, now) {
      const keys = keysOf(session)
      await connection.run(async (c) => {
        const pipeline = c.pipeline().zadd(registry, 'XX', now, session)
        if (idleTtlMs > 0) for (const key of keys.expiring(lists)) pipeline.pexpire(key, idleTtlMs)
        const results = await pipeline.exec()
        const failed = results?.find(([error]) => error)?.[0]
        if (failed) throw failed
      })
    },
    async get(session) {
      const score = await connection.run((c) => c.zscore(registry, session))
      if (score === null) return undefined
      return info(session, Number(score))
    },
    async list(now) {
      await prune(now)
      const flat = await connection.run((c) => c.zrevrange(registry, 0, -1, 'WITHSCORES'))
      const found: SessionInfo[] = []
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const entry = await info(flat[i] as string, Number(flat[i + 1]))
        if (entry) found.push(entry)
      }
      return found
    },
    async delete(session) {
      const keys = keysOf(session)
      const deleted = await connection.run((c) => c.del(keys.state, keys.lock, ...keys.expiring(lists).slice(1)))
      const removed = await connection.run((c) => c.zrem(registry, session))
      return deleted > 0 || removed > 0
    },
    async reset(session, seed) {
      const keys = keysOf(session)
      const epoch = (await connection.run((c) =>
        RESET.run(c, [keys.state, keys.lock, keys.ids, ...resetLists.map(keys.list)], [seed ?? '']),
      )) as number | null
      return epoch ?? undefined
    },
  }
}
