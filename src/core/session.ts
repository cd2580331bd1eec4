/**
 * Sessions: isolated states of one engine, chosen per request by the `X-Mock-Session` header (or `?session=` on the
 * control plane, which a browser's EventSource cannot send headers to). Each has its own seeded records, id counters,
 * tokens, rate-limit windows, conduct findings, forced responses and request log, so parallel CI jobs against one
 * `serve` never see or spend each other's. Without the header a request uses the `default` session: exactly the
 * single state the engine had before sessions.
 */
import { clip } from './errors.ts'

/** The request header that names a session (lower case, as Node and the Fetch API give header names). */
export const SESSION_HEADER = 'x-mock-session'
/** The session of requests without the header. It is never expired, evicted or deleted (only reset). */
export const DEFAULT_SESSION = 'default'

export interface SessionLimits {
  /** Most sessions kept besides `default` (default 100); past it the least recently used one is dropped. */
  maxSessions?: number
  /** A named session not used for this long is dropped (default one hour). */
  ttlMs?: number
}

export const SESSION_DEFAULTS = { maxSessions: 100, ttlMs: 60 * 60 * 1000 } as const

/** A CI job id, a branch name, a test's name: letters, digits, `.`, `_`, `-`, up to 64 characters. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** What is wrong with a session name, or `undefined` when it is a good one. */
export function sessionNameProblem(name: string): string | undefined {
  if (NAME.test(name)) return undefined
  return `The session name "${clip(name, 80)}" is not valid: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit`
}

/** One session as `GET /__mock/<api>/sessions` lists it. */
export interface SessionInfo {
  name: string
  seed: number
  created: string
  lastUsed: string
  /** When it is dropped if unused meanwhile (`null` for `default`, which never expires). */
  expires: string | null
  /** Exchanges answered in this session since it was created. */
  requests: number
  /** Records per collection of its state (as `GET collections` counts them). */
  records: Record<string, number>
}
