/**
 * Bounded lists per session, newest first — the request log and the conduct findings — and id counters. Each append
 * is one MULTI (LPUSH, LTRIM to the cap, PEXPIRE for the idle expiry), so a list never holds more than its cap, even
 * with many instances appending at once.
 */
import type { RedisConnection } from './connection.ts'
import { type SessionRef, sessionKeys } from './keys.ts'

export interface BoundedLists {
  /** Adds one entry (a JSON string) to the front of `kind`'s list, keeping the newest `cap` entries. */
  append(ref: SessionRef, kind: string, json: string, cap: number): Promise<void>
  /** The newest `limit` entries of `kind`'s list, newest first. */
  list(ref: SessionRef, kind: string, limit: number): Promise<string[]>
  /** How many entries `kind`'s list holds. */
  size(ref: SessionRef, kind: string): Promise<number>
}

export interface IdCounter {
  /** The next id of `kind` in the session: 1, 2, 3…, unique across instances (HINCRBY). */
  next(ref: SessionRef, kind: string): Promise<number>
}

export interface ListOptions {
  /** A list expires after this long without an append (default 0: never); the session registry also refreshes it. */
  idleTtlMs?: number
}

/** @example await createBoundedLists(redis).append(ref, 'log', JSON.stringify(entry), 1000) */
export function createBoundedLists(connection: RedisConnection, options: ListOptions = {}): BoundedLists {
  const idleTtlMs = options.idleTtlMs ?? 0
  return {
    async append(ref, kind, json, cap) {
      if (!Number.isInteger(cap) || cap < 1)
        throw new RangeError(`a list's cap must be a whole number >= 1, got ${cap}`)
      const key = sessionKeys(ref).list(kind)
      await connection.run(async (client) => {
        const multi = client
          .multi()
          .lpush(key, json)
          .ltrim(key, 0, cap - 1)
        if (idleTtlMs > 0) multi.pexpire(key, idleTtlMs)
        const results = await multi.exec()
        const failed = results?.find(([error]) => error)?.[0]
        if (failed) throw failed
      })
    },
    list(ref, kind, limit) {
      const key = sessionKeys(ref).list(kind)
      if (limit <= 0) return Promise.resolve([])
      return connection.run((client) => client.lrange(key, 0, limit - 1))
    },
    size(ref, kind) {
      const key = sessionKeys(ref).list(kind)
      return connection.run((client) => client.llen(key))
    },
  }
}

/** @example const id = await createIdCounter(redis).next(ref, 'booking') */
export function createIdCounter(connection: RedisConnection, options: ListOptions = {}): IdCounter {
  const idleTtlMs = options.idleTtlMs ?? 0
  return {
    next(ref, kind) {
      const key = sessionKeys(ref).ids
      return connection.run(async (client) => {
        if (idleTtlMs <= 0) return client.hincrby(key, kind, 1)
        const results = await client.multi().hincrby(key, kind, 1).pexpire(key, idleTtlMs).exec()
        const [error, id] = results?.[0] ?? [new Error('the id counter got no reply')]
        if (error) throw error
        return id as number
      })
    },
  }
}
