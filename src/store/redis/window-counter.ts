/**
 * An atomic fixed-window counter in Redis, shared by every mock instance pointed at the same Redis: one Lua script
 * reads the window, counts the request if the limit allows, and sets the key to expire with its window, in one round
 * trip. Two instances can never both take the last slot of a window, because a script runs alone.
 *
 * Like the in-memory `fixedWindow`, a refused request is not counted (the count stays at the limit), and windows are
 * aligned to the clock the caller passes (`now`), so an injected clock steps Redis-backed windows as well. The key's
 * expiry is relative (the time left in the window), so it does not depend on Redis's clock agreeing with `now`.
 */
import { windowAt } from '../../rate-limit/policies.ts'
import type { RedisConnection } from './connection.ts'
import { LuaScript } from './lua-script.ts'

/**
 * KEYS[1] the window (hash `w` start, `n` count, `e` epoch); KEYS[2] (optional) the session's state hash, whose `id`
 * and `epoch` make the epoch: a reset bumps it, and a window counted in an older epoch starts again from zero.
 * ARGV: limit, window start, ms until the window ends.
 */
const HIT = new LuaScript(`
local epoch = ''
if #KEYS > 1 then
  local s = redis.call('HMGET', KEYS[2], 'id', 'epoch')
  epoch = (s[1] or '') .. ':' .. (s[2] or '0')
end
local w = redis.call('HMGET', KEYS[1], 'w', 'n', 'e')
local n = 0
if w[1] == ARGV[2] and (w[3] or '') == epoch then n = tonumber(w[2]) end
local allowed = 0
if n < tonumber(ARGV[1]) then
  n = n + 1
  allowed = 1
  redis.call('HSET', KEYS[1], 'w', ARGV[2], 'n', n, 'e', epoch)
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {n, allowed}
`)

export interface WindowHit {
  /** Requests counted in this window, this one included if it was allowed. */
  count: number
  allowed: boolean
  /** When the window ends (ms, on the caller's clock). */
  resetAt: number
}

export interface WindowCounter {
  /**
   * Counts one request against `key`'s window of `windowMs` at `now`, if fewer than `limit` were counted yet.
   * `epochKey` is the session's state hash: a reset of the session starts every window of it afresh.
   */
  hit(key: string, limit: number, windowMs: number, now: number, epochKey?: string): Promise<WindowHit>
}

/** @example const hit = await createWindowCounter(redis).hit(keys.window('quota', client), 10, 60_000, Date.now()) */
export function createWindowCounter(connection: RedisConnection): WindowCounter {
  return {
    hit(key, limit, windowMs, now, epochKey) {
      const window = windowAt(windowMs, now)
      const ttl = Math.max(1, window.end - now)
      const keys = epochKey ? [key, epochKey] : [key]
      return connection.run(async (client) => {
        const [count, allowed] = (await HIT.run(client, keys, [limit, window.start, ttl])) as [number, number]
        return { count, allowed: allowed === 1, resetAt: window.end }
      })
    },
  }
}

export { HIT as WINDOW_HIT_SCRIPT }
