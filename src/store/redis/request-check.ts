/**
 * A request's one round trip to Redis (issue 15 part 5): in one Lua script, whether the session's document is still the
 * version this instance decoded, and, if it is, the request counted in each of the vendor's fixed windows. Before, a
 * read paid two awaited round trips (`readIfChanged`, then the window `hit`); the bench showed Redis's per-command cost
 * on the client side, not Redis's own work, to be most of a request's time, so both now go in one command.
 *
 * When the version changed, nothing is counted: the script answers with the new document (and the seed, for a
 * document a reset emptied), the caller rebuilds its state from it and runs the request again — the client key the
 * windows are counted for comes from the credential, checked against that state, so it may differ on the fresh state.
 *
 * Windows are atomic fixed windows shared by every instance: two instances can never both take a window's last slot,
 * because a script runs alone. Like the in-memory `fixedWindow`, a refused request is not counted (the count stays at
 * the limit), windows are aligned to the clock the caller passes (`now`, so an injected clock steps them too), and a
 * window's key expires with it (relative PEXPIRE: Redis's clock need not agree with `now`). Each window counts in the
 * session's epoch (the state hash's `id` and `epoch`): a reset bumps it, and every window of the session starts again
 * without a key touched. The script counts windows in order and stops at the first that refuses, as `checkAll` does.
 */
import { windowAt } from '../../rate-limit/policies.ts'
import type { RedisConnection } from './connection.ts'
import { type SessionRef, sessionKeys } from './keys.ts'
import { LuaScript } from './lua-script.ts'

/**
 * Counts one window: its hash holds `w` (the window's start), `n` (the count) and `e` (the epoch it counts in).
 * Returns the count after this request and 1 if it was counted (0: refused, not counted).
 */
const COUNT_WINDOW_LUA = `
local function count_window(key, epoch, limit, start, ttl)
  local w = redis.call('HMGET', key, 'w', 'n', 'e')
  local n = 0
  if w[1] == start and (w[3] or '') == epoch then n = tonumber(w[2]) end
  if n >= tonumber(limit) then return n, 0 end
  n = n + 1
  redis.call('HSET', key, 'w', start, 'n', n, 'e', epoch)
  redis.call('PEXPIRE', key, ttl)
  return n, 1
end
`

/**
 * KEYS[1] the session's state hash, KEYS[2..] one window per policy. ARGV[1] '1' to check the version ('0': the caller
 * holds the session's write lock and is current), ARGV[2] the version the caller holds, ARGV[3] idle TTL ms (0: leave
 * the TTL), then per window: limit, window start, ms until it ends.
 * Returns {1, n1, allowed1, n2, allowed2, …} when current (windows after a refusal are left out), {0} when the session
 * has no state hash (deleted, or expired), {0, version, data or false, seed} when the version changed.
 */
const CHECK = new LuaScript(`${COUNT_WINDOW_LUA}
local h = redis.call('HMGET', KEYS[1], 'id', 'v', 'epoch')
if ARGV[1] == '1' then
  if not h[1] then return {0} end
  local version = h[1] .. '.' .. (h[2] or '0')
  if version ~= ARGV[2] then
    local rest = redis.call('HMGET', KEYS[1], 'data', 'seed')
    return {0, version, rest[1] or false, rest[2] or false}
  end
end
if h[1] and tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
local epoch = (h[1] or '') .. ':' .. (h[3] or '0')
local out = {1}
for i = 2, #KEYS do
  local a = 4 + (i - 2) * 3
  local n, allowed = count_window(KEYS[i], epoch, ARGV[a], ARGV[a + 1], ARGV[a + 2])
  out[#out + 1] = n
  out[#out + 1] = allowed
  if allowed == 0 then break end
end
return out
`)

/** One fixed window to count the request in: its Redis id (`p<index>`), limit and length. */
export interface CheckedWindow {
  id: string
  limit: number
  windowMs: number
}

export type RequestCheck =
  /** The caller's state is current; one entry per window counted, in order (none after a refusal). */
  | { current: true; hits: { count: number; allowed: boolean; resetAt: number }[] }
  /** The session changed: `version` null when it no longer exists in Redis. */
  | { current: false; version: string | null; data: string | null; seed: number | null }

export interface RequestChecker {
  /**
   * @param knownVersion the version the caller's state was built from; `undefined` skips the check (under the lock)
   * @param client the client key the windows count for
   */
  check(
    ref: SessionRef,
    knownVersion: string | null | undefined,
    windows: readonly CheckedWindow[],
    client: string,
    now: number,
  ): Promise<RequestCheck>
}

/** @example await createRequestChecker(redis, { idleTtlMs: 0 }).check(ref, '1a2b.4', [{ id: 'p0', limit: 10, windowMs: 60_000 }], client, Date.now()) */
export function createRequestChecker(
  connection: RedisConnection,
  options: { idleTtlMs?: number } = {},
): RequestChecker {
  const idleTtlMs = options.idleTtlMs ?? 0
  return {
    async check(ref, knownVersion, windows, client, now) {
      const keys = sessionKeys(ref)
      const scriptKeys = [keys.state]
      const args: (string | number)[] = [knownVersion === undefined ? '0' : '1', knownVersion ?? '', idleTtlMs]
      const ends: number[] = []
      for (const window of windows) {
        const at = windowAt(window.windowMs, now)
        scriptKeys.push(keys.window(window.id, client))
        args.push(window.limit, at.start, Math.max(1, at.end - now))
        ends.push(at.end)
      }
      const reply = (await connection.run((c) => CHECK.run(c, scriptKeys, args))) as (number | string | null)[]
      if (reply[0] === 0) {
        if (reply.length === 1) return { current: false, version: null, data: null, seed: null }
        const seed = reply[3]
        return {
          current: false,
          version: String(reply[1]),
          data: typeof reply[2] === 'string' ? reply[2] : null,
          seed: seed === null || seed === undefined ? null : Number(seed),
        }
      }
      const hits: { count: number; allowed: boolean; resetAt: number }[] = []
      for (let i = 1; i + 1 < reply.length; i += 2)
        hits.push({ count: Number(reply[i]), allowed: reply[i + 1] === 1, resetAt: ends[hits.length] as number })
      return { current: true, hits }
    },
  }
}

export { CHECK as REQUEST_CHECK_SCRIPT }
