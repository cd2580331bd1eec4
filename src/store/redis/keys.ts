/**
 * The Redis key layout, in one place. Every key starts with `sam:` (scheduling-api-mocks), so the mock can share a
 * database with other data. A session's keys carry the hash tag `{<api>:<session>}`: Redis Cluster hashes only the
 * part in braces, so all of a session's keys live in one slot and one Lua script or MULTI may touch several of them.
 *
 * | key | type | what |
 * | --- | --- | --- |
 * | `sam:{<api>:<session>}:state` | hash | `id` (random, set when the session's hash is created), `v` (write counter), `data` (the encoded snapshot), `epoch` (bumped by a reset), `seed`, `created` |
 * | `sam:{<api>:<session>}:lock` | string | the write lock's token (SET NX PX: expires by itself) |
 * | `sam:{<api>:<session>}:list:<kind>` | list | a bounded list, newest first (`log`, `findings`) |
 * | `sam:{<api>:<session>}:ids` | hash | id counters, one field per record kind |
 * | `sam:{<api>:<session>}:rl:<policy>:<client>` | hash | a rate-limit window: `w` (its start), `n` (count), `e` (the session epoch it counts in) |
 * | `sam:{<api>}:sessions` | sorted set | the API's sessions, scored by when each was last used (ms) |
 *
 * The registry key has a hash tag of its own (`{<api>}`), so it may sit in another slot than the sessions': it is never
 * touched in the same script as a session's keys.
 */
import { boundKey } from '../../core/bounded-map.ts'
import { ConfigError } from '../../core/errors.ts'
import { MEMORY_LIMITS } from '../../core/limits.ts'

export const KEY_PREFIX = 'sam:'

/** Which session of which API a call is about. */
export interface SessionRef {
  api: string
  session: string
}

/** Names that can sit inside a hash tag: no braces, no colons, no spaces, at most 64 characters. */
const NAME = /^[A-Za-z0-9._-]{1,64}$/

function checkName(what: string, name: string): string {
  if (!NAME.test(name))
    throw new ConfigError(
      `${what} "${name.slice(0, 80)}" cannot name Redis keys: use 1 to 64 letters, digits, ".", "_" or "-"`,
    )
  return name
}

export interface SessionKeys {
  readonly state: string
  readonly lock: string
  readonly ids: string
  list(kind: string): string
  /** A rate-limit window of one policy and one client (the client key is cut and hashed past 200 characters). */
  window(policy: string, client: string): string
  /** Every key of the session that expires when it sits idle (the windows expire with their windows). */
  readonly expiring: (lists: readonly string[]) => string[]
}

/** The keys of one session (see the table above). Throws a ConfigError for an API or session name unfit for a key. */
export function sessionKeys(ref: SessionRef): SessionKeys {
  const base = `${KEY_PREFIX}{${checkName('API id', ref.api)}:${checkName('Session', ref.session)}}:`
  const state = `${base}state`
  const ids = `${base}ids`
  const list = (kind: string) => `${base}list:${checkName('List kind', kind)}`
  return {
    state,
    lock: `${base}lock`,
    ids,
    list,
    window: (policy, client) =>
      `${base}rl:${checkName('Policy', policy)}:${boundKey(client, MEMORY_LIMITS.clientKeyLength)}`,
    expiring: (lists) => [state, ids, ...lists.map(list)],
  }
}

/** The keys of one API that span its sessions. */
export function apiKeys(api: string): { readonly sessions: string } {
  return { sessions: `${KEY_PREFIX}{${checkName('API id', api)}}:sessions` }
}
