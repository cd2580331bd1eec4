/**
 * The connection to the Redis that several mock instances share (`serve --store redis://host:port/db`).
 *
 * - `parseStoreUrl` checks the URL; anything else is a one-line ConfigError saying what to pass.
 * - `connectRedis` loads ioredis on first use (a dynamic import: `npm start`, MSW and the other entry points never load
 *   it), connects within a start-up timeout, and fails with the URL (password redacted) and what to check.
 * - While running, the connection tracks whether Redis is reachable and reconnects by itself with a backoff. Commands
 *   are never queued while it is down (`enableOfflineQueue: false`, `maxRetriesPerRequest: 0`, a command timeout):
 *   `run` turns every failure to reach Redis into an `unavailable` MockError at once, which each vendor renders as a 503
 *   in its own error shape. A half-sent command is never retried on another connection, so nothing is written twice.
 */
import type { Redis, RedisOptions } from 'ioredis'
import { ConfigError, MockError } from '../../core/errors.ts'

/** A checked store URL. `display` is the URL with its password replaced by `***`, for messages and logs. */
export interface StoreUrl {
  display: string
  host: string
  port: number
  db: number
  username?: string
  password?: string
  tls: boolean
}

const USAGE =
  'pass --store redis://[user:password@]host:port/db (rediss:// for TLS), e.g. --store redis://localhost:6379/0'

/**
 * Checks a store URL: `redis://` or `rediss://`, a host, an optional port (6379) and an optional database number
 * (0–15 in Redis's default configuration; any whole number is let through for servers configured with more).
 *
 * @example parseStoreUrl('redis://:secret@localhost:6380/2') // { host: 'localhost', port: 6380, db: 2, password: 'secret', … }
 */
export function parseStoreUrl(raw: string): StoreUrl {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`--store "${redactRaw(raw)}" is not a URL: ${USAGE}`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError(`--store "${redactRaw(raw)}" is not a Redis URL: ${USAGE}`)
  if (!url.hostname) throw new ConfigError(`--store "${redactRaw(raw)}" has no host: ${USAGE}`)
  const port = url.port ? Number(url.port) : 6379
  const path = url.pathname.replace(/^\//, '')
  if (!/^\d*$/.test(path)) throw new ConfigError(`--store "${redactRaw(raw)}": the database must be a number: ${USAGE}`)
  if (url.search || url.hash) throw new ConfigError(`--store "${redactRaw(raw)}" takes no query or fragment: ${USAGE}`)
  const username = url.username ? decodeURIComponent(url.username) : undefined
  const password = url.password ? decodeURIComponent(url.password) : undefined
  const tls = url.protocol === 'rediss:'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const db = path === '' ? 0 : Number(path)
  const auth = url.username || url.password ? `${url.username}${url.password ? ':***' : ''}@` : ''
  return {
    display: `${url.protocol}//${auth}${url.host}/${db}`,
    host,
    port,
    db,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    tls,
  }
}

/** The raw text with anything between `:` and `@` after the scheme hidden, for messages about a URL that did not parse. */
function redactRaw(raw: string): string {
  return raw.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@').slice(0, 200)
}

export interface RedisConnectionOptions {
  /** How long the first connection may take before start-up fails (default 5,000 ms). */
  connectTimeoutMs?: number
  /** A command without an answer after this long fails as unavailable (default 1,000 ms): a hung Redis is a down one. */
  commandTimeoutMs?: number
  /** Delay before reconnect attempt `n` (1, 2, …); default 50 ms doubling up to 2 s. */
  reconnectDelayMs?: (attempt: number) => number
}

export type Availability = 'ready' | 'down' | 'closed'

export interface RedisConnection {
  /** The URL with its password redacted. */
  readonly url: string
  /** The ioredis client, for the store's building blocks; call it through `run` so failures become `unavailable`. */
  readonly client: Redis
  /** `ready` when commands can be sent now; `down` while reconnecting; `closed` after `close()`. */
  availability(): Availability
  /** Called on every change of availability; returns a function that removes the listener. */
  onAvailability(listener: (availability: Availability) => void): () => void
  /**
   * Runs `fn` with the client. If Redis cannot be reached — down, reconnecting, a command timed out, the connection
   * dropped mid-command — it rejects at once with an `unavailable` MockError (status 503); Redis's own errors for a
   * bad command pass through unchanged.
   */
  run<T>(fn: (client: Redis) => Promise<T>): Promise<T>
  /** Closes the connection (pending commands fail); no reconnect follows. */
  close(): Promise<void>
}

/** Reply errors that mean "not now" rather than "bad command": a Redis loading its data, busy, out of memory, failing over. */
const TRANSIENT_REPLY = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY|OOM)\b/

/** ioredis's own errors for a connection that is down, dropped or silent (its messages and error classes). */
const CONNECTION_MESSAGE = /^(Connection is closed\.|Command timed out|Stream isn't writeable|Socket timeout|connect E)/
const CONNECTION_ERRORS = new Set(['MaxRetriesPerRequestError', 'AbortError', 'ClusterAllFailedError'])
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])

/**
 * Whether an error from ioredis means Redis could not be reached or could not serve now, rather than a bad command or
 * a bug in the caller (which must not be disguised as a 503).
 */
export function isUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'ReplyError') return TRANSIENT_REPLY.test(error.message)
  if (CONNECTION_ERRORS.has(error.name)) return true
  const code = (error as { code?: unknown }).code
  return (typeof code === 'string' && SOCKET_CODES.has(code)) || CONNECTION_MESSAGE.test(error.message)
}

/** The `unavailable` MockError for a store at `url` (redacted), with a Retry-After of 1 s. */
export function unavailable(url: string, cause: string): MockError {
  return new MockError(
    'unavailable',
    `The shared store (${url}) is unavailable: ${cause}. The mock recovers by itself once Redis is back; retry in a moment.`,
    { headers: { 'retry-after': '1' }, reason: 'store_unavailable' },
  )
}

const defaultDelay = (attempt: number) => Math.min(50 * 2 ** (attempt - 1), 2000)

/**
 * Connects to the Redis at `storeUrl` (a URL string or a parsed one). Rejects with a ConfigError naming the URL and
 * what to check if Redis does not answer within the start-up timeout.
 *
 * @example const redis = await connectRedis('redis://localhost:6379/0')
 */
export async function connectRedis(
  storeUrl: string | StoreUrl,
  options: RedisConnectionOptions = {},
): Promise<RedisConnection> {
  const url = typeof storeUrl === 'string' ? parseStoreUrl(storeUrl) : storeUrl
  const connectTimeoutMs = options.connectTimeoutMs ?? 5000
  const delay = options.reconnectDelayMs ?? defaultDelay
  // Loaded here only: the in-memory mock, MSW and the other entry points never pay for it (see scripts/build.mjs).
  const { Redis: RedisClient } = await import('ioredis')
  const settings: RedisOptions = {
    host: url.host,
    port: url.port,
    db: url.db,
    ...(url.username ? { username: url.username } : {}),
    ...(url.password ? { password: url.password } : {}),
    ...(url.tls ? { tls: { servername: url.host } } : {}),
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    // Fail fast while down: no offline queue, and commands in flight when the connection drops are not resent.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => delay(attempt),
    connectionName: 'scheduling-api-mocks',
    // Commands issued in one event-loop turn (many requests' checks, their log appends) go out in one socket write:
    // ioredis's per-command work, not Redis's, is most of a request's cost (bench/redis-pipeline.ts).
    enableAutoPipelining: true,
  }
  const client = new RedisClient(settings)
  let lastError = ''
  let state: Availability = 'down'
  const listeners = new Set<(availability: Availability) => void>()
  const set = (next: Availability) => {
    if (state === next || state === 'closed') return
    state = next
    for (const listener of listeners) listener(next)
  }
  // An 'error' listener is required: without one ioredis prints every reconnect failure itself.
  client.on('error', (error: Error) => {
    lastError = error.message
  })
  client.on('ready', () => set('ready'))
  client.on('close', () => set('down'))
  client.on('reconnecting', () => set('down'))

  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      client.connect(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), connectTimeoutMs)
      }),
    ])
  } catch (error) {
    client.disconnect()
    const reason = lastError || (error instanceof Error ? error.message : String(error))
    throw new ConfigError(
      `Cannot reach Redis at ${url.display} within ${connectTimeoutMs / 1000} s (${reason}): check that redis-server is running there (redis-cli -h ${url.host} -p ${url.port} ping), the host and port in --store, and the user and password if Redis requires them`,
    )
  } finally {
    clearTimeout(timer)
  }
  set('ready')

  return {
    url: url.display,
    client,
    availability: () => state,
    onAvailability(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async run(fn) {
      if (state === 'closed') throw unavailable(url.display, 'the connection was closed')
      if (client.status !== 'ready') throw unavailable(url.display, lastError || `the connection is ${client.status}`)
      try {
        return await fn(client)
      } catch (error) {
        if (error instanceof MockError || !isUnavailableError(error)) throw error
        throw unavailable(url.display, (error as Error).message)
      }
    },
    async close() {
      set('closed')
      listeners.clear()
      try {
        await client.quit()
      } catch {
        client.disconnect()
      }
    },
  }
}
