/**
 * A session's state as one versioned document in Redis (the encoded snapshot, a string), with a per-session write
 * lock, so that any number of mock instances read and change one session as if they were one.
 *
 * - `read` returns `{ version, data }`; `readIfChanged` returns the version only (no data on the wire) when the caller
 *   already holds that version, so an instance that keeps the decoded state in memory pays one small round trip per
 *   request to know it is current.
 * - `write` serialises writers: it takes the session's lock (SET NX PX with a random token; the lock expires by itself,
 *   so a killed instance cannot block the others for longer than `lockTtlMs`), reads the current document in the same
 *   round trip, calls `fn(current)`, and commits the new data while bumping the version in one Lua script that first
 *   checks the lock is still its own (fencing): a writer whose lock expired meanwhile — it was paused, or too slow —
 *   has its commit refused, and nothing of it is written. The same script releases the lock.
 *
 * Versions are strings `<id>.<n>`: `id` is random per creation of the session's hash, so a session deleted and made
 * again never repeats a version an instance may still hold.
 */
import { randomUUID } from 'node:crypto'
import { MockError } from '../../core/errors.ts'
import type { RedisConnection } from './connection.ts'
import { type SessionRef, sessionKeys } from './keys.ts'
import { LuaScript } from './lua-script.ts'

export interface StateDocument {
  /** `null` when the session has no state hash at all. */
  version: string | null
  /** The encoded snapshot; `null` before the first write and after a reset (the caller then builds it from the seed). */
  data: string | null
}

/** KEYS[1] state; ARGV[1] the version the caller holds ('' for none), ARGV[2] idle TTL in ms (0: leave the TTL). */
const READ = new LuaScript(`
local h = redis.call('HMGET', KEYS[1], 'id', 'v')
if not h[1] then return {} end
if tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local version = h[1] .. '.' .. (h[2] or '0')
if version == ARGV[1] then return {version} end
return {version, redis.call('HGET', KEYS[1], 'data') or false}
`)

/**
 * KEYS[1] state, KEYS[2] lock; ARGV[1] token, ARGV[2] lock TTL ms, ARGV[3] known version, ARGV[4] idle TTL ms.
 * Returns {0} if the lock is held by another writer, else {1, version[, data]} as READ.
 */
const LOCK_AND_READ = new LuaScript(`
if not redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0} end
local h = redis.call('HMGET', KEYS[1], 'id', 'v')
if not h[1] then return {1} end
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
local version = h[1] .. '.' .. (h[2] or '0')
if version == ARGV[3] then return {1, version} end
return {1, version, redis.call('HGET', KEYS[1], 'data') or false}
`)

/**
 * KEYS[1] state, KEYS[2] lock; ARGV[1] token, ARGV[2] data, ARGV[3] a fresh id (used if the hash is new),
 * ARGV[4] idle TTL ms. Commits and releases the lock only if the lock is still this writer's; returns the new version,
 * or false when refused.
 */
const COMMIT = new LuaScript(`
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return false end
redis.call('HSETNX', KEYS[1], 'id', ARGV[3])
local v = redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('HSET', KEYS[1], 'data', ARGV[2])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
redis.call('DEL', KEYS[2])
return redis.call('HGET', KEYS[1], 'id') .. '.' .. v
`)

/** KEYS[1] lock; ARGV[1] token. Deletes the lock only if it is still this writer's (compare and delete). */
const RELEASE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

export interface SessionStateOptions {
  /** How long a lock lives if its holder never releases it (default 5,000 ms): a killed instance's lock expires then. */
  lockTtlMs?: number
  /** How long `write` waits for the lock before failing as unavailable (default twice the lock TTL). */
  acquireTimeoutMs?: number
  /** A session's state expires after this long without a read or write (default 0: never). */
  idleTtlMs?: number
}

export interface SessionStateStore {
  read(ref: SessionRef): Promise<StateDocument>
  /** `{ version }` alone when `knownVersion` is current; the whole document otherwise. */
  readIfChanged(
    ref: SessionRef,
    knownVersion: string | null,
  ): Promise<StateDocument | { version: string; unchanged: true }>
  /**
   * Calls `fn` with the current document while holding the session's lock, and commits what it returns (`undefined`:
   * no change). Resolves with the document as committed. Rejects with an `unavailable` MockError (503) if the lock
   * cannot be had in time or expired before the commit; nothing is written then.
   */
  write(ref: SessionRef, fn: (current: StateDocument) => Promise<string | undefined>): Promise<StateDocument>
}

type ReadReply = [] | [string] | [string, string | null]

/** @example const state = createSessionStateStore(redis); await state.write(ref, async (doc) => encode(change(decode(doc)))) */
export function createSessionStateStore(
  connection: RedisConnection,
  options: SessionStateOptions = {},
): SessionStateStore {
  const lockTtlMs = options.lockTtlMs ?? 5000
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 2 * lockTtlMs
  const idleTtlMs = options.idleTtlMs ?? 0
  // The last document this instance saw per session: `readIfChanged` then saves sending the data again.
  const cache = new Map<string, { version: string; data: string | null }>()
  // Writers of one instance queue here, so only one per instance contends for the Redis lock at a time.
  const queues = new Map<string, Promise<unknown>>()

  const remember = (stateKey: string, doc: StateDocument): StateDocument => {
    if (doc.version === null) cache.delete(stateKey)
    else cache.set(stateKey, { version: doc.version, data: doc.data })
    if (cache.size > 10_000) cache.delete(cache.keys().next().value as string)
    return doc
  }

  /** A READ-shaped reply (`[]`, `[version]`, `[version, data]`) to a document, from the cache when unchanged. */
  const toDocument = (stateKey: string, reply: ReadReply): StateDocument => {
    if (reply.length === 0) return remember(stateKey, { version: null, data: null })
    const version = reply[0]
    if (reply.length === 1) return { version, data: cache.get(stateKey)?.data ?? null }
    return remember(stateKey, { version, data: reply[1] ?? null })
  }

  async function writeLocked(
    ref: SessionRef,
    fn: (current: StateDocument) => Promise<string | undefined>,
  ): Promise<StateDocument> {
    const keys = sessionKeys(ref)
    const token = randomUUID()
    const deadline = Date.now() + acquireTimeoutMs
    let current: StateDocument | undefined
    for (let attempt = 0; current === undefined; attempt++) {
      const known = cache.get(keys.state)?.version ?? ''
      const reply = (await connection.run((c) =>
        LOCK_AND_READ.run(c, [keys.state, keys.lock], [token, lockTtlMs, known, idleTtlMs]),
      )) as [number, ...string[]]
      if (reply[0] === 1) {
        current = toDocument(keys.state, reply.slice(1) as ReadReply)
        break
      }
      if (Date.now() >= deadline)
        throw new MockError(
          'unavailable',
          `The session "${ref.session}" stayed locked by another instance for ${acquireTimeoutMs} ms; retry in a moment.`,
          { headers: { 'retry-after': '1' }, reason: 'lock_timeout' },
        )
      // Back off a little more each time (1 ms up to 20 ms), with jitter so two instances do not poll in step.
      await new Promise((r) => setTimeout(r, Math.min(20, 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())))
    }
    let next: string | undefined
    try {
      next = await fn(current)
    } catch (error) {
      await connection.run((c) => RELEASE.run(c, [keys.lock], [token])).catch(() => undefined)
      throw error
    }
    if (next === undefined) {
      await connection.run((c) => RELEASE.run(c, [keys.lock], [token]))
      return current
    }
    const data = next
    const version = (await connection.run((c) =>
      COMMIT.run(c, [keys.state, keys.lock], [token, data, randomUUID(), idleTtlMs]),
    )) as string | null
    if (version === null)
      throw new MockError(
        'unavailable',
        `The write to session "${ref.session}" took longer than its ${lockTtlMs} ms lock and was not saved; retry it.`,
        { headers: { 'retry-after': '1' }, reason: 'lock_expired' },
      )
    return remember(keys.state, { version, data })
  }

  return {
    async read(ref) {
      const keys = sessionKeys(ref)
      const reply = (await connection.run((c) => READ.run(c, [keys.state], ['', idleTtlMs]))) as ReadReply
      return toDocument(keys.state, reply)
    },
    async readIfChanged(ref, knownVersion) {
      const keys = sessionKeys(ref)
      const reply = (await connection.run((c) =>
        READ.run(c, [keys.state], [knownVersion ?? '', idleTtlMs]),
      )) as ReadReply
      if (reply.length === 1 && reply[0] === knownVersion) return { version: reply[0], unchanged: true }
      return toDocument(keys.state, reply)
    },
    write(ref, fn) {
      const stateKey = sessionKeys(ref).state
      const previous = queues.get(stateKey) ?? Promise.resolve()
      const run = previous.then(
        () => writeLocked(ref, fn),
        () => writeLocked(ref, fn),
      )
      const tail = run.catch(() => undefined)
      queues.set(stateKey, tail)
      void tail.then(() => {
        if (queues.get(stateKey) === tail) queues.delete(stateKey)
      })
      return run
    },
  }
}

export { COMMIT as STATE_COMMIT_SCRIPT, READ as STATE_READ_SCRIPT }
