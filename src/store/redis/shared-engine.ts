/**
 * The Redis store wired into the engine (`serve --store redis://…`, issue 15 part 3): an `EngineStore` that keeps each
 * session's whole state in Redis as one versioned snapshot document, so that any number of instances pointed at one
 * Redis behave as one mock. See README.md here for the design; in short, per request:
 *
 * 1. a read (GET, HEAD, OPTIONS) runs the engine on this instance's decoded state; when it reaches the throttle, one
 *    Lua script (`request-check.ts`) asks Redis whether the session's version is still the one decoded and, if so,
 *    counts the request in the vendor's fixed windows — one round trip. If the version changed, the run is dropped
 *    (`StaleState`), the state rebuilt from the document the script returned, and the request run again;
 * 2. anything else runs under the session's write lock: re-read if stale, run the engine (its windows counted by the
 *    same script, without the version check), and if the encoded state changed, commit it with a version bump
 *    (fenced: a writer whose lock expired writes nothing). The response is only returned after the commit, so a killed
 *    instance never loses an answered write. A read that finds the state stale while a local write is between its
 *    sync and its commit waits for that commit rather than rebuild the state under it;
 * 3. the request log entry is appended to the session's bounded list in Redis after the response (not awaited), and
 *    the registry's last-used time is refreshed now and then (not awaited).
 *
 * A reset is a new epoch in the registry: every instance sees the new version and rebuilds the state from the seed.
 * If Redis cannot be reached, the request gets the vendor's 503 (`unavailable`) and the next one after Redis is back
 * succeeds by itself: the local state is marked stale whenever a commit may not have landed.
 */
import { randomUUID } from 'node:crypto'
import { parseFilter } from '../../core/control-plane.ts'
import { type ConductFinding, parseConductPage } from '../../conduct/tracker.ts'
import { MockError } from '../../core/errors.ts'
import { MEMORY_LIMITS } from '../../core/limits.ts'
import { compile } from '../../core/exchange-log.ts'
import { parseQuery } from '../../http/query.ts'
import type { Engine, ExchangeLogEntry } from '../../core/engine.ts'
import { DEFAULT_SESSION, SESSION_HEADER, sessionNameProblem } from '../../core/session.ts'
import type { EngineStore } from '../../core/store.ts'
import type { MockRequest, MockResponse } from '../../core/types.ts'
import { json } from '../../core/responses.ts'
import type { RateDecision, RateLimitPolicy } from '../../rate-limit/policies.ts'
import { type RedisConnection, unavailable } from './connection.ts'
import { createBoundedLists } from './lists.ts'
import { type CheckedWindow, createRequestChecker, type RequestCheck } from './request-check.ts'
import { createSessionStateStore, type StateDocument } from './session-state.ts'
import { createSessionRegistry } from './sessions.ts'
import { sessionKeys } from './keys.ts'
import { fixedWindowDecision } from '../../rate-limit/policies.ts'
import { StaleState } from '../../core/store.ts'

export interface RedisEngineStoreOptions {
  /** The API's id (names its keys). */
  api: string
  /** The seed a session is created with when the store has none for it yet (the engine's `seed`). */
  seed: number
  /** Named sessions kept at once (as `--max-sessions`). */
  maxSessions?: number
  /** A named session unused for this long expires (as `--session-ttl`, in ms). */
  sessionTtlMs?: number
  /** How many request-log entries each session's list keeps in Redis (default 500, as in memory). */
  logSize?: number
  /** Lock lifetime for a write (default 5,000 ms; see session-state.ts). */
  lockTtlMs?: number
}

/** Methods whose handlers never change state: they run without the write lock. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** How many times a read is run again on a fresh state before it is served without the check (see `handle`). */
const STALE_RETRIES = 2

/** `<id>.<n>` → its parts; a version is newer when its id differs (made again) or its counter is higher. */
function isNewer(version: string, known: string | null | undefined): boolean {
  if (!known) return true
  const dot = version.lastIndexOf('.')
  const knownDot = known.lastIndexOf('.')
  if (version.slice(0, dot) !== known.slice(0, knownDot)) return true
  return Number(version.slice(dot + 1)) > Number(known.slice(knownDot + 1))
}

/**
 * An engine store on a Redis connection, for one API.
 *
 * @example createEngine(plugin, { seed: 1, store: createRedisEngineStore(await connectRedis(url), { api: plugin.id, seed: 1 }) })
 */
export function createRedisEngineStore(connection: RedisConnection, options: RedisEngineStoreOptions): EngineStore {
  const api = options.api
  const idleTtlMs = options.sessionTtlMs ?? 0
  // `default` never expires (as in memory): its state and registry entry are kept without an idle TTL; a named
  // session's keys expire after `sessionTtlMs` without a read or a write.
  const defaultStates = createSessionStateStore(connection, { lockTtlMs: options.lockTtlMs })
  const namedStates = createSessionStateStore(connection, { lockTtlMs: options.lockTtlMs, idleTtlMs })
  const statesOf = (session: string) => (session === DEFAULT_SESSION ? defaultStates : namedStates)
  const defaultRegistry = createSessionRegistry(connection, { api, maxSessions: Number.MAX_SAFE_INTEGER })
  const registry = createSessionRegistry(connection, {
    api,
    // The registry counts `default` too; the engine's cap is on the named ones.
    maxSessions: (options.maxSessions ?? 100) + 1,
    idleTtlMs,
  })
  const lists = createBoundedLists(connection)
  const namedLists = createBoundedLists(connection, { idleTtlMs })
  const listsOf = (session: string) => (session === DEFAULT_SESSION ? lists : namedLists)
  const defaultChecker = createRequestChecker(connection)
  const namedChecker = createRequestChecker(connection, { idleTtlMs })
  const logSize = options.logSize ?? 500
  /** The version of each session's document this instance's state was built from; `null`: rebuild on next use. */
  const known = new Map<string, string | null>()
  /** Requests run again after their state was brought up to date, and the tries left before they skip the check. */
  const retries = new WeakMap<MockRequest, number>()
  /**
   * Each session's local write that holds the lock, from its sync to its commit: a read must not rebuild the state
   * under it (that would undo the write locally), so it waits for this one write, not for the queue behind it.
   */
  const committing = new Map<string, Promise<void>>()

  async function throttle(
    session: string,
    policies: readonly RateLimitPolicy[],
    client: string,
    now: number,
    request: MockRequest,
  ): Promise<RateDecision> {
    const windows: CheckedWindow[] = []
    for (const [index, policy] of policies.entries())
      if (policy.window) windows.push({ id: `p${index}`, limit: policy.window.limit, windowMs: policy.window.windowMs })
    // A write holds the session's lock and has just synced: its state is current. A read checks, unless it was run
    // again too many times already (another instance writing to the session without pause): it is then served from
    // the state of its last try, at most one round trip old.
    const check = READ_METHODS.has(request.method) && (retries.get(request) ?? 0) < STALE_RETRIES
    const checker = session === DEFAULT_SESSION ? defaultChecker : namedChecker
    const result = await checker.check(
      { api, session },
      check ? (known.get(session) ?? null) : undefined,
      windows,
      client,
      now,
    )
    if (!result.current) throw new StaleState(session, result)
    let headers: Record<string, string> | undefined
    let hit = 0
    for (const policy of policies) {
      let decision: RateDecision
      if (policy.window) {
        const counted = result.hits[hit++]
        if (!counted) break
        decision = fixedWindowDecision(policy.window, counted.count, counted.allowed, counted.resetAt, now)
      } else {
        // A random rejection (chaos) has nothing to share: each instance draws its own. The windows were counted
        // before it, in one script, so a request it rejects has been counted in them.
        decision = policy.check(client, now)
      }
      headers = headers ? { ...headers, ...decision.headers } : decision.headers
      if (!decision.allowed) return { ...decision, headers }
    }
    return { allowed: true, headers: headers ?? {} }
  }

  function attach(engine: Engine): Engine {
    /** Sessions this instance registered in Redis (the registry's create is idempotent; this saves the round trip). */
    const registered = new Set<string>()

    async function ensureRegistered(session: string): Promise<void> {
      if (registered.has(session)) return
      await (session === DEFAULT_SESSION ? defaultRegistry : registry).create(session, {
        seed: options.seed,
        now: Date.now(),
      })
      registered.add(session)
    }

    /** Sessions' last refresh of their registry entry by this instance (ms). */
    const touched = new Map<string, number>()
    const touchEveryMs = idleTtlMs > 0 ? Math.min(idleTtlMs / 4, 30_000) : 30_000

    /** Keeps the session's registry entry (its last use, its keys' idle expiry) fresh, now and then, not awaited. */
    function touchNowAndThen(session: string): void {
      const now = Date.now()
      if (now - (touched.get(session) ?? 0) < touchEveryMs) return
      touched.set(session, now)
      if (touched.size > 10_000) touched.delete(touched.keys().next().value as string)
      ;(session === DEFAULT_SESSION ? defaultRegistry : registry).touch(session, now).catch(() => undefined)
    }

    /** Rebuilds the local session from a stored document (`data` null: from the seed, as every instance does). */
    function rebuild(session: string, version: string | null, data: string | null, seed: number): void {
      if (data !== null) engine.restore(JSON.parse(data) as unknown, session)
      else if (session === DEFAULT_SESSION) engine.reset(seed)
      else engine.createSession(session, seed)
      known.set(session, version)
    }

    /** Brings the local session up to date with `doc`, the store's document (under the lock or not). */
    async function sync(session: string, doc: StateDocument): Promise<void> {
      if (doc.version !== null && known.get(session) === doc.version) return
      // No data yet, or a reset emptied it, or no document at all: every instance builds it from the stored seed.
      const seed =
        doc.data === null
          ? Number((await connection.run((c) => c.hget(sessionKeys({ api, session }).state, 'seed'))) ?? options.seed)
          : options.seed
      rebuild(session, doc.version, doc.data, seed)
    }

    /** After a `StaleState`: the state the request check returned, unless a local write is in flight (then wait). */
    async function bringUpToDate(session: string, update: Extract<RequestCheck, { current: false }>): Promise<void> {
      const pending = committing.get(session)
      // The local state is ahead of the store until that write commits: rebuilding it now would undo the write.
      if (pending) return void (await pending)
      if (update.version === null) {
        // Deleted (or expired) meanwhile: register it again and build it from its seed on the next try.
        registered.delete(session)
        known.set(session, null)
        return
      }
      rebuild(session, update.version, update.data, update.seed ?? options.seed)
    }

    /** The session's state as the document stored in Redis: deterministic (no time in it), to compare with the last one. */
    function encode(session: string): string {
      return JSON.stringify({ ...engine.snapshot(session), takenAt: '' })
    }

    function failure(error: unknown): MockResponse {
      const mockError =
        error instanceof MockError
          ? error
          : unavailable(connection.url, error instanceof Error ? error.message : String(error))
      return engine.renderError(mockError)
    }

    /** Brings the session's local state up to date when another instance has committed a newer version. */
    async function catchUp(session: string): Promise<void> {
      const doc = await statesOf(session).readIfChanged({ api, session }, known.get(session) ?? null)
      if (!('unchanged' in doc) && doc.version !== null && isNewer(doc.version, known.get(session)))
        await sync(session, doc)
    }

    /**
     * Runs `answer` under the session's write lock on the latest state, and commits the state it leaves (when changed)
     * before its response is returned.
     */
    async function commitWrite(
      session: string,
      answer: () => MockResponse | Promise<MockResponse>,
    ): Promise<MockResponse> {
      let response: MockResponse | undefined
      let done: (() => void) | undefined
      const settled = new Promise<void>((resolve) => {
        done = resolve
      })
      try {
        const committed = await statesOf(session).write({ api, session }, async (current) => {
          committing.set(session, settled)
          await sync(session, current)
          response = await answer()
          const next = encode(session)
          if (next === current.data) return undefined
          // From here until the commit is confirmed the local state may be ahead of the store.
          known.set(session, null)
          return next
        })
        known.set(session, committed.version)
      } catch (error) {
        // The commit may or may not have landed: rebuild from the store on the next request.
        known.set(session, null)
        throw error
      } finally {
        if (committing.get(session) === settled) committing.delete(session)
        done?.()
      }
      return response as MockResponse
    }

    async function handle(request: MockRequest, baseUrl: string): Promise<MockResponse> {
      const session = request.headers[SESSION_HEADER] ?? DEFAULT_SESSION
      // A bad session name is the engine's to refuse, in the vendor's shape, with nothing to fetch.
      if (session !== DEFAULT_SESSION && sessionNameProblem(session)) return engine.handle(request, baseUrl)
      for (;;) {
        try {
          await ensureRegistered(session)
          touchNowAndThen(session)
          if (READ_METHODS.has(request.method)) {
            return await engine.handle(request, baseUrl)
          }
          return await commitWrite(session, () => engine.handle(request, baseUrl))
        } catch (error) {
          if (!(error instanceof StaleState)) return failure(error)
          // Another instance changed the session: run the request again on its new state (see `throttle`).
          await bringUpToDate(session, error.update as Extract<RequestCheck, { current: false }>)
          retries.set(request, (retries.get(request) ?? 0) + 1)
        }
      }
    }

    async function sharedControl(
      method: string,
      action: string,
      rawQuery: string,
      request: { session?: string; body?: string },
    ): Promise<MockResponse> {
      const session = new URLSearchParams(rawQuery).get('session') ?? request.session ?? DEFAULT_SESSION
      if (method === 'GET' && action === 'requests' && !sessionNameProblem(session)) {
        const shared = await sharedLog(session, rawQuery)
        if (shared) return shared
      }
      if ((session !== DEFAULT_SESSION && sessionNameProblem(session)) || action.startsWith('sessions'))
        return engine.control(method, action, rawQuery, request)
      try {
        await ensureRegistered(session)
        if (method === 'GET') {
          // `state`, `snapshot`, `collections`… show what every instance sees: bring the session up to date first.
          await catchUp(session)
          const response = engine.control(method, action, rawQuery, request)
          if (action === 'conduct' && response.status === 200) return withSharedFindings(session, rawQuery, response)
          return response
        }
        if (action === 'reset') {
          const response = engine.control(method, action, rawQuery, request)
          if (response.status !== 200) return response
          // A new epoch: every instance (this one included) rebuilds from the seed on its next request.
          await registry.reset(session, engine.snapshot(session).seed)
          known.set(session, null)
          return response
        }
        // Anything else that may change the state (a restored snapshot…) is committed like a write.
        return await commitWrite(session, () => engine.control(method, action, rawQuery, request))
      } catch (error) {
        if (error instanceof MockError && error.code === 'unavailable') return json(503, { error: error.message })
        throw error
      }
    }

    const shared: Engine = Object.create(engine, {
      handle: { value: handle, enumerable: true },
      sharedControl: { value: sharedControl, enumerable: true },
    })
    return shared
  }

  /**
   * `GET conduct` with the findings of every instance (newest `MEMORY_LIMITS.conductFindings`, oldest first, each with
   * the `instance` that made it), paged as the local report is; the clients' summaries stay this instance's own.
   */
  async function withSharedFindings(session: string, rawQuery: string, local: MockResponse): Promise<MockResponse> {
    const page = parseConductPage(parseQuery(rawQuery))
    if (typeof page === 'string') return local
    const texts = await lists.list({ api, session }, 'findings', MEMORY_LIMITS.conductFindings)
    const findings = texts.reverse().map((text) => JSON.parse(text) as ConductFinding)
    const report = JSON.parse(String(local.body)) as { totals: Record<string, number> }
    return json(200, {
      ...report,
      shared: true,
      totals: { ...report.totals, findings: findings.length },
      findings: findings.slice(page.offset, page.offset + page.limit),
    })
  }

  /** This process's mark on the log entries it adds (each instance numbers its exchanges from 1). */
  const instance = randomUUID().slice(0, 8)
  function recordFinding(session: string, finding: ConductFinding): void {
    listsOf(session)
      .append({ api, session }, 'findings', JSON.stringify({ ...finding, instance }), MEMORY_LIMITS.conductFindings)
      .catch(() => undefined)
  }

  function record(session: string, entry: ExchangeLogEntry): void {
    // After the response: the log is for people looking, and must not cost the client a round trip.
    listsOf(session)
      .append({ api, session }, 'log', JSON.stringify({ ...entry, instance }), logSize)
      .catch(() => undefined)
  }

  /**
   * `GET requests` from the log every instance adds to, newest `limit` of the matching ones, oldest first, each with
   * the `instance` that answered it. `since` and `details` are about one instance's numbering and captured bodies: those
   * queries (the inspector's live feed) are answered by the instance asked, from its own log (`undefined` here).
   */
  async function sharedLog(session: string, rawQuery: string): Promise<MockResponse | undefined> {
    const query = parseQuery(rawQuery)
    if (query.since !== undefined || query.details !== undefined) return undefined
    const filter = parseFilter(query)
    if (typeof filter === 'string') return json(400, { error: filter })
    let texts: string[]
    try {
      texts = await lists.list({ api, session }, 'log', logSize)
    } catch (error) {
      return json(503, { error: error instanceof Error ? error.message : String(error) })
    }
    const matches = compile(filter)
    const out: ExchangeLogEntry[] = []
    for (const text of texts) {
      if (out.length >= (filter.limit ?? Number.POSITIVE_INFINITY)) break
      const entry = JSON.parse(text) as ExchangeLogEntry
      if (matches(entry)) out.push(entry)
    }
    return json(200, {
      api,
      ...(session === DEFAULT_SESSION ? {} : { session }),
      shared: true,
      requests: out.reverse(),
    })
  }

  return { throttle, attach, record, recordFinding }
}
