/**
 * The engine: one request pipeline over plain objects, shared by the node:http server and the MSW handlers. It composes
 * the stages in src/core/stages/:
 *
 *   route → decode body → authenticate → throttle → Prefer → validate parameters and body → resolve (vendor rules,
 *   handler) → respond (rate headers, response validation, conduct) → exchange log
 *
 * Everything here is vendor-neutral; a plug-in (`ApiPlugin`) supplies the vendor's behaviour. A handler may answer
 * with a promise; an exchange whose stages all answer at once is finished synchronously (no promise is made).
 */
// The English locale alone: the package root loads every locale (~300 ms and ~35 MB at start-up).
import { faker as englishFaker } from '@faker-js/faker/locale/en'
import type { Faker } from '@faker-js/faker'
import { ConductTracker, type ConductFinding, type ConductOptions, type ConductRule } from '../conduct/tracker.ts'
import { parseQuery } from '../http/query.ts'
import { randomRejection, type RateLimitPolicy } from '../rate-limit/policies.ts'
import { listOperations, type Operation } from '../spec/openapi.ts'
import { SpecValidator } from '../spec/validator.ts'
import { systemClock, type Clock } from './clock.ts'
import { control } from './control-plane.ts'
import { MockError } from './errors.ts'
import { ExchangeLog, LOG_DEFAULTS, type ExchangeLogEntry } from './exchange-log.ts'
import { ForcedResponses } from './forced-responses.ts'
import { defineOptions } from './options.ts'
import type { AnyApiPlugin, ApiPlugin, HandlerContext } from './plugin.ts'
import { preferredResponse } from './prefer.ts'
import { seededRandom } from './random.ts'
import {
  DEFAULT_SESSION,
  SESSION_DEFAULTS,
  SESSION_HEADER,
  sessionNameProblem,
  type SessionInfo,
  type SessionLimits,
} from './session.ts'
import { listCollections } from './state-browser.ts'
import {
  encodeState,
  readSnapshot,
  restoreState,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Snapshot,
} from '../store/snapshot.ts'
import { CHAOS_FLAG } from './shared-flags.ts'
import { json } from './responses.ts'
import { createAuthenticateStage } from './stages/authenticate.ts'
import { createRespondStage, type RespondStage } from './stages/respond.ts'
import { createResolveStage, preferred } from './stages/resolve.ts'
import { createRouteStage } from './stages/route.ts'
import { createThrottleStage, type ThrottleStage } from './stages/throttle.ts'
import { type EngineStore, type SharedControl, StaleState } from './store.ts'
import type { Trace } from './stages/trace.ts'
import { decodeRequestBody, validateInput } from './stages/validate.ts'
import type { MockRequest, MockResponse } from './types.ts'

export type { ExchangeLogEntry } from './exchange-log.ts'
export type { SessionInfo, SessionLimits } from './session.ts'
export type { Snapshot } from '../store/snapshot.ts'

export interface EngineOptions {
  /** Seed for faker and every random choice (default 1). */
  seed?: number
  clock?: Clock
  /**
   * The plug-in's options (e.g. `rateLimit`), over its defaults: parsed and checked by its `options` declaration,
   * so a wrong name or value throws a `ConfigError` that says what the option takes.
   */
  options?: Readonly<Record<string, unknown>>
  /**
   * Check every response against the spec. A violation is a bug in the mock or the spec: it is recorded in
   * `engine.violations` and the client gets a 500 that names it. Meant for tests (it costs a JSON parse per response).
   */
  validateResponses?: boolean
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number
  /** How many exchanges the request log keeps (default 500). */
  logSize?: number
  /**
   * How many of the latest exchanges keep their headers and bodies for the inspector and
   * `GET /__mock/<api>/requests/<id>` (default 100; 0 keeps none). Memory stays within this times two bodies.
   */
  logDetails?: number
  /** How many bytes of each request and response body those exchanges keep (default 65536; larger ones are cut). */
  logBodyBytes?: number
  /** Called after every exchange (the CLI prints them). */
  onExchange?: (entry: ExchangeLogEntry) => void
  /**
   * Client-conduct tracking, for plug-ins that declare `conductRules`: findings are always recorded (see
   * `GET /__mock/<api>/conduct`); with `block`, a client that breaks a rule is refused for `blockForMs` (default 1 h).
   * The caps and lifetimes of its tables default to `MEMORY_LIMITS` (src/core/limits.ts).
   */
  conduct?: Omit<ConductOptions, 'rules'>
  /**
   * Named sessions (`X-Mock-Session`): how many are kept besides `default` and how long an unused one lives (see
   * `SESSION_DEFAULTS`).
   */
  sessions?: SessionLimits
  /**
   * A shared store (`serve --store redis://…`): sessions, records, tokens and rate-limit windows live there, so any
   * number of engines pointed at it behave as one mock. Every request is then answered asynchronously. Without it
   * (the default) the engine keeps everything in memory and answers at once.
   */
  store?: EngineStore
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

/** What a control request carries besides its method, path and query. */
export interface ControlRequest {
  /** The `X-Mock-Session` header, if sent (`?session=` in the query wins over it). */
  session?: string
  /** The request body, for the actions that take one (`PUT snapshot`). */
  body?: string
}

export interface Engine {
  readonly id: string
  readonly title: string
  readonly plugin: AnyApiPlugin
  readonly operations: readonly Operation[]
  /** The plug-in's parsed options (a new object when chaos is changed at run time on an API with a chaos option). */
  readonly options: Readonly<Record<string, unknown>>
  readonly maxBodyBytes: number
  readonly violations: string[]
  /** The default session's request log (a named session's: `GET /__mock/<api>/requests` with its name). */
  readonly log: readonly ExchangeLogEntry[]
  /** The default session's conduct findings so far (empty when the plug-in declares no rules). */
  readonly conductFindings: readonly ConductFinding[]
  /** The default session's seed. */
  readonly seed: number
  /**
   * Runs one request through the pipeline. Never throws or rejects: every failure becomes a response. The response is
   * returned at once when every stage answered at once, and as a promise when a handler answered with one.
   */
  handle(request: MockRequest, baseUrl: string): MockResponse | Promise<MockResponse>
  /**
   * Answers a control request under the reserved `/__mock/<api>/` prefix (`state`, `reset`, `requests`, `conduct`,
   * `collections`, `rate-limits`, `chaos`, `force`, `operations`; see README "Control endpoints").
   */
  control(method: string, action: string, rawQuery: string, request?: ControlRequest): MockResponse
  /**
   * With a shared store: the control requests that change what every instance sees (reset, restore…) go here, and
   * the adapter awaits them; `undefined` in memory.
   */
  readonly sharedControl?: SharedControl
  /**
   * Calls `listener` after every exchange and every change made through the control plane (the inspector's live
   * feed). Returns the function that stops it. While nothing listens, an exchange pays for one size check.
   */
  watch(listener: () => void): () => void
  /** The live sessions, `default` first. Expired ones are dropped (and disposed of) first. */
  sessions(): SessionInfo[]
  /**
   * Creates the named session from `seed` (default: the engine's seed), or rebuilds it from that seed when it exists.
   * Throws a `MockError` (`invalid_parameters`) for a bad name.
   */
  createSession(name: string, seed?: number): void
  /** Drops a named session and disposes of its state; false when there was none. `default` cannot be deleted. */
  deleteSession(name: string): boolean
  /** The whole state of a session (default `default`) as a versioned JSON document (README "Sessions and snapshots"). */
  snapshot(session?: string): Snapshot
  /**
   * Restores a snapshot into a session (default `default`; created if need be): its state is rebuilt from the
   * snapshot's seed and the snapshot's data laid over it. Throws a `SnapshotError` that says what was expected when
   * the document is not a snapshot of this API in a version this build reads.
   */
  restore(snapshot: unknown, session?: string): void
  /** The id of the latest exchange in the default session's request log (0 before the first). */
  readonly lastExchangeId: number
  /** The id of the latest exchange in a session's request log (0 before the first, or when there is no such session). */
  lastExchangeIdIn(session: string): number
  /** The chance of a random 429 per request, as now in force (see `setChaos`). */
  readonly chaos: number
  /**
   * Changes the chance of a random 429 per request at run time. An API that declares a chaos option (one shared as
   * `--chaos`) gets that option changed, and its rate-limit policies rebuilt with it (their windows start over); any
   * other API gets a random 429 in its own error shape, with `Retry-After: 1`, after its own limits.
   */
  setChaos(probability: number): void
  /** Renders an error the adapter detected itself (e.g. a request Node's parser refused) in the vendor's shape. */
  renderError(error: MockError): MockResponse
  /**
   * Rebuilds the default session's seeded state (with a new seed if given) and clears its rate-limit counters. The old state is disposed of
   * first (`plugin.dispose`), so its background work (e.g. webhook deliveries) stops.
   */
  reset(seed?: number): void
  /**
   * Disposes of every session's state (`plugin.dispose`) and resolves once that is done: call it when the engine is no
   * longer used (`startServer`'s `close` does). Idempotent. Requests are still answered afterwards, without the
   * state's background work; a `reset` builds a fresh state with its own.
   */
  close(): Promise<void>
  /** Operations of the spec that the plug-in has no handler for (should be empty). */
  missingHandlers(): string[]
}

/**
 * Everything one session owns. The engine keeps the default one in a variable (the no-header path costs one header
 * lookup) and the named ones in a map in least-recently-used order.
 */
interface Session<S> {
  readonly name: string
  seed: number
  state: S
  built: boolean
  /** The disposal of the current state, once begun (so `close`, a reset and a drop dispose of it once). */
  disposal: Promise<void> | undefined
  readonly log: ExchangeLog
  readonly forced: ForcedResponses
  readonly conduct: ConductTracker | undefined
  readonly throttle: ThrottleStage
  readonly respond: RespondStage
  vendorPolicies: RateLimitPolicy[]
  readonly created: number
  lastUsed: number
  requests: number
}

export function createEngine<S, Opt extends object>(
  plugin: ApiPlugin<S, Opt>,
  engineOptions: EngineOptions = {},
): Engine {
  const api = plugin as unknown as AnyApiPlugin
  const clock = engineOptions.clock ?? systemClock
  const schema = plugin.options ?? defineOptions(plugin.id, {})
  let options = schema.parse(engineOptions.options ?? {}) as Opt
  const maxBodyBytes = engineOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const operations = listOperations(plugin.document)
  const validator = new SpecValidator(plugin.document)
  const violations: string[] = []
  const watchers = new Set<() => void>()
  const changed = () => {
    for (const watcher of watchers) watcher()
  }
  // The option a plug-in declares for the shared --chaos flag, if any: run-time chaos changes it (see setChaos).
  const chaosOption = Object.entries(schema.declarations).find(([, d]) => d.shared?.flag === CHAOS_FLAG.flag)?.[0]
  let engineChaos = 0
  const rules: ConductRule[] = plugin.conductRules?.(options) ?? []
  const validateResponses = engineOptions.validateResponses === true
  const maxSessions = engineOptions.sessions?.maxSessions ?? SESSION_DEFAULTS.maxSessions
  const sessionTtlMs = engineOptions.sessions?.ttlMs ?? SESSION_DEFAULTS.ttlMs
  const baseSeed = engineOptions.seed ?? 1
  const store = engineOptions.store

  const route = createRouteStage(operations)
  const authenticate = createAuthenticateStage(api, operations)
  const resolve = createResolveStage(api)

  /** With a store, each exchange also goes to its shared log (after the response is made, not awaited). */
  function withStoreRecord(
    name: string,
    onEntry: ((entry: ExchangeLogEntry) => void) | undefined,
  ): ((entry: ExchangeLogEntry) => void) | undefined {
    if (!store) return onEntry
    return (entry) => {
      onEntry?.(entry)
      store.record(name, entry)
    }
  }

  function newSession(name: string, seed: number): Session<S> {
    const onExchange = engineOptions.onExchange
    const conduct = rules.length
      ? new ConductTracker({
          rules,
          ...engineOptions.conduct,
          // With a store, each new finding also goes to its shared list.
          ...(store
            ? {
                onFinding: (finding: ConductFinding) => {
                  engineOptions.conduct?.onFinding?.(finding)
                  store.recordFinding(name, finding)
                },
              }
            : {}),
        })
      : undefined
    const now = clock.now()
    const session: Session<S> = {
      name,
      seed,
      state: undefined as S,
      built: false,
      disposal: undefined,
      log: new ExchangeLog(engineOptions.logSize ?? LOG_DEFAULTS.size, {
        // A named session's exchanges say whose they are (the CLI prints the name).
        onEntry: withStoreRecord(
          name,
          onExchange && name !== DEFAULT_SESSION ? (entry) => onExchange({ ...entry, session: name }) : onExchange,
        ),
        details: engineOptions.logDetails,
        bodyBytes: engineOptions.logBodyBytes,
      }),
      forced: new ForcedResponses(),
      conduct,
      throttle: createThrottleStage(
        api,
        conduct,
        store ? (policies, client, now, request) => store.throttle(name, policies, client, now, request) : undefined,
      ),
      respond: createRespondStage({ validator, validateResponses, violations, conduct }),
      vendorPolicies: [],
      created: now,
      lastUsed: now,
      requests: 0,
    }
    rebuild(session)
    return session
  }

  function applyPolicies(session: Session<S>): void {
    session.throttle.setPolicies(
      engineChaos > 0
        ? [
            ...session.vendorPolicies,
            randomRejection({
              probability: engineChaos,
              random: seededRandom(session.seed ^ 0x5eed),
              retryAfterSeconds: 1,
              retryAfterHeader: 'Retry-After',
              message: `A random 429 from the mock (chaos ${engineChaos}, set through /__mock/${plugin.id}/chaos)`,
            }),
          ]
        : session.vendorPolicies,
    )
  }
  function buildPolicies(session: Session<S>): void {
    session.vendorPolicies = plugin.rateLimits?.(options, seededRandom(session.seed)) ?? []
    applyPolicies(session)
  }
  const currentChaos = (): number =>
    (chaosOption ? (options as Record<string, number | undefined>)[chaosOption] : engineChaos) ?? 0
  function setChaos(probability: number): void {
    if (chaosOption) options = schema.parse({ [chaosOption]: probability }, undefined, options) as Opt
    else engineChaos = probability
    for (const session of allSessions()) {
      if (chaosOption) buildPolicies(session)
      else applyPolicies(session)
    }
  }

  function dispose(session: Session<S>): Promise<void> {
    if (!session.built) return Promise.resolve()
    session.disposal ??= disposeOf(plugin, session.state)
    return session.disposal
  }
  function stateContext(seed: number) {
    // A fresh instance per state, so seeding it never disturbs another engine (or the user's own faker). The class is
    // the English instance's constructor: the root module, the only one that exports it, loads every locale.
    const faker = new (englishFaker.constructor as new (options: { locale: unknown }) => Faker)({
      locale: englishFaker.rawDefinitions,
    })
    faker.seed(seed)
    return { seed, faker, clock, options }
  }
  /** Disposes of the session's state and builds a fresh one from its seed; clears its windows and findings. */
  function rebuild(session: Session<S>, newSeed?: number): void {
    if (newSeed !== undefined) session.seed = newSeed
    void dispose(session)
    session.state = plugin.createState(stateContext(session.seed))
    session.built = true
    session.disposal = undefined
    buildPolicies(session)
    session.conduct?.clear()
  }

  const defaultSession = newSession(DEFAULT_SESSION, baseSeed)
  /** Named sessions, least recently used first (a Map keeps insertion order: a use moves the name to the end). */
  const named = new Map<string, Session<S>>()
  let lastSweep = clock.now()

  function* allSessions(): Generator<Session<S>> {
    yield defaultSession
    yield* named.values()
  }
  function drop(session: Session<S>): void {
    named.delete(session.name)
    void dispose(session)
  }
  /** Drops every named session unused for the TTL. */
  function sweep(now: number): void {
    lastSweep = now
    for (const session of [...named.values()]) if (now - session.lastUsed >= sessionTtlMs) drop(session)
  }
  /**
   * The session of that name, created from `seed` on first use (dropping the least recently used one past the cap),
   * and marked as used. Throws `invalid_parameters` for a bad name.
   */
  function sessionFor(name: string, seed = baseSeed): Session<S> {
    if (name === DEFAULT_SESSION) return defaultSession
    const now = clock.now()
    // Expired sessions go on a periodic sweep (and when one is looked up), so a request pays one comparison.
    if (now - lastSweep >= Math.min(sessionTtlMs, 60_000) || now < lastSweep) sweep(now)
    let session = named.get(name)
    if (session && now - session.lastUsed >= sessionTtlMs) {
      drop(session)
      session = undefined
    }
    if (session) {
      named.delete(name)
    } else {
      const problem = sessionNameProblem(name)
      if (problem) throw new MockError('invalid_parameters', problem, { parameter: 'X-Mock-Session' })
      session = newSession(name, seed)
      while (named.size >= maxSessions) drop(named.values().next().value as Session<S>)
    }
    named.set(name, session)
    session.lastUsed = now
    return session
  }

  function pipeline(
    session: Session<S>,
    request: MockRequest,
    baseUrl: string,
    trace: Trace,
  ): MockResponse | Promise<MockResponse> {
    const { op, params } = route(request.method, request.path)
    trace.op = op
    const state = session.state
    const rawQuery = parseQuery(request.rawQuery)
    const decoded = decodeRequestBody(op, request, maxBodyBytes, plugin.untypedBody)
    const auth = authenticate(rawQuery, decoded.body?.value, { state, clock, options, request, op })
    trace.principal = auth instanceof MockError ? undefined : auth
    const throttled = session.throttle(op, request, rawQuery, trace, clock.now())
    // Only with a shared store does the throttle answer with a promise (its windows are counted there).
    if (throttled !== undefined)
      return throttled.then(() => proceed(session, request, baseUrl, trace, op, params, rawQuery, decoded, auth, state))
    return proceed(session, request, baseUrl, trace, op, params, rawQuery, decoded, auth, state)
  }

  /** The pipeline after the throttle: the verdicts of authentication and decoding, Prefer, validation, the handler. */
  function proceed(
    session: Session<S>,
    request: MockRequest,
    baseUrl: string,
    trace: Trace,
    op: Operation,
    params: Record<string, string>,
    rawQuery: ReturnType<typeof parseQuery>,
    decoded: ReturnType<typeof decodeRequestBody>,
    auth: ReturnType<typeof authenticate>,
    state: S,
  ): MockResponse | Promise<MockResponse> {
    if (auth instanceof MockError) throw auth
    if (decoded.error) throw decoded.error

    const example = preferred(op, request.headers.prefer)
    if (example) return example
    // A response forced through the control plane, as if this request had sent Prefer (one size check otherwise).
    const forced = session.forced
    if (forced.size !== 0) {
      const preference = forced.take(op)
      if (preference) return preferredResponse(op, preference)
    }

    const input = validateInput(validator, op, params, rawQuery, decoded.body)
    const ctx: HandlerContext<unknown> = {
      op,
      request,
      params: input.params,
      query: input.query,
      rawQuery,
      body: input.body,
      bodyType: decoded.body?.mediaType,
      state,
      principal: trace.principal,
      clock,
      baseUrl,
      options: options as Readonly<Record<string, unknown>>,
      json,
    }
    return resolve(ctx)
  }

  function render(error: unknown, op: Operation | undefined): MockResponse {
    if (error instanceof MockError) {
      const response = plugin.errorResponse(error, op)
      return { ...response, headers: { ...response.headers, ...error.headers } }
    }
    const message = error instanceof Error ? error.message : String(error)
    return plugin.errorResponse(new MockError('internal', `Internal error in the mock: ${message}`), op)
  }

  function finish(
    session: Session<S>,
    request: MockRequest,
    trace: Trace,
    produced: MockResponse,
    error: unknown,
    started: number,
  ): MockResponse {
    const now = clock.now()
    const response = session.respond(request, produced, trace, now)
    const errorText =
      error === undefined
        ? undefined
        : error instanceof MockError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error)
    session.requests++
    session.log.record(
      {
        time: now,
        method: request.method,
        path: request.path,
        query: request.rawQuery,
        status: response.status,
        operationId: trace.op?.operationId,
        client: trace.principal?.key,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(errorText ? { error: errorText } : {}),
      },
      request,
      response,
    )
    if (watchers.size !== 0) changed()
    return response
  }

  function info(session: Session<S>): SessionInfo {
    const records: Record<string, number> = {}
    for (const c of listCollections(session.state)) records[c.name] = c.count
    const iso = (ms: number) => new Date(ms).toISOString()
    return {
      name: session.name,
      seed: session.seed,
      created: iso(session.created),
      lastUsed: iso(session.lastUsed),
      expires: session === defaultSession ? null : iso(session.lastUsed + sessionTtlMs),
      requests: session.requests,
      records,
    }
  }

  function listSessions(): SessionInfo[] {
    sweep(clock.now())
    return [...allSessions()].map(info)
  }
  function createSession(name: string, seed?: number): void {
    const before = name === DEFAULT_SESSION ? defaultSession : named.get(name)
    const session = sessionFor(name, seed ?? baseSeed)
    if (session !== before) return
    // An explicit create of an existing session starts it over: a retried CI job gets the state it asked for.
    rebuild(session, seed ?? baseSeed)
    session.log.clear()
    session.forced.clear()
  }
  function deleteSession(name: string): boolean {
    const session = named.get(name)
    if (!session) return false
    drop(session)
    return true
  }

  function takeSnapshot(session: Session<S>): Snapshot {
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      api: plugin.id,
      session: session.name,
      seed: session.seed,
      takenAt: new Date(clock.now()).toISOString(),
      state: encodeState(session.state as object, plugin.snapshotFields),
    }
  }
  function restoreInto(session: Session<S>, document: unknown): void {
    const snapshot = readSnapshot(document, plugin.id)
    // Checked on a fresh state first, so a snapshot that fails half-way leaves the session as it was.
    const previousSeed = session.seed
    const fresh = plugin.createState(stateContext(snapshot.seed))
    restoreState(fresh as object, snapshot.state, plugin.snapshotFields)
    void disposeOf(plugin, fresh)
    rebuild(session, snapshot.seed)
    try {
      restoreState(session.state as object, snapshot.state, plugin.snapshotFields)
    } catch (error) {
      rebuild(session, previousSeed)
      throw error
    }
  }

  function controlTarget(session: Session<S>) {
    return {
      api: plugin.id,
      clock,
      log: session.log,
      conduct: session.conduct,
      operations,
      forced: session.forced,
      session: session === defaultSession ? undefined : session.name,
      seed: () => session.seed,
      inspect: () => plugin.inspect(session.state),
      state: () => session.state,
      reset: (seed?: number) => rebuild(session, seed),
      policies: () => session.throttle.policies(),
      chaos: currentChaos,
      setChaos,
      changed,
      snapshot: () => takeSnapshot(session),
      restore: (document: unknown) => restoreInto(session, document),
      sessions: {
        maxSessions,
        ttlMs: sessionTtlMs,
        list: listSessions,
        create: createSession,
        reset(name: string, seed?: number) {
          const found = name === DEFAULT_SESSION ? defaultSession : named.get(name)
          if (!found) return false
          rebuild(found, seed)
          return true
        },
        delete: deleteSession,
      },
    }
  }

  const engine: Engine = {
    id: plugin.id,
    title: plugin.title,
    plugin: api,
    operations,
    get options() {
      return options as Readonly<Record<string, unknown>>
    },
    maxBodyBytes,
    violations,
    get log() {
      return defaultSession.log.entries()
    },
    get conductFindings() {
      return defaultSession.conduct?.findings() ?? []
    },
    get seed() {
      return defaultSession.seed
    },
    handle(request, baseUrl) {
      const started = performance.now()
      const trace: Trace = {}
      const name = request.headers[SESSION_HEADER]
      let session = defaultSession
      let result: MockResponse | Promise<MockResponse>
      try {
        if (name !== undefined) session = sessionFor(name)
        result = pipeline(session, request, baseUrl, trace)
      } catch (error) {
        return finish(session, request, trace, render(error, trace.op), error, started)
      }
      if (isPromise(result)) {
        return result.then(
          (response) => finish(session, request, trace, response, undefined, started),
          (error: unknown) => {
            // The store found this run's state out of date: it runs the request again, which logs it then.
            if (error instanceof StaleState) throw error
            return finish(session, request, trace, render(error, trace.op), error, started)
          },
        )
      }
      return finish(session, request, trace, result, undefined, started)
    },
    control(method, action, rawQuery, request = {}) {
      const query = parseQuery(rawQuery)
      const name = query.session?.[0] ?? request.session
      let session = defaultSession
      // The session actions name theirs in the path; every other action acts on the session asked for.
      if (name !== undefined && !action.startsWith('sessions')) {
        try {
          session = sessionFor(name)
        } catch (error) {
          return json(400, { error: error instanceof Error ? error.message : String(error) })
        }
      }
      return control(controlTarget(session), method, action, rawQuery, request.body)
    },
    get lastExchangeId() {
      return defaultSession.log.lastId
    },
    lastExchangeIdIn(name) {
      return (name === DEFAULT_SESSION ? defaultSession : named.get(name))?.log.lastId ?? 0
    },
    watch(listener) {
      watchers.add(listener)
      return () => watchers.delete(listener)
    },
    get chaos() {
      return currentChaos()
    },
    setChaos,
    sessions: listSessions,
    createSession(name, seed) {
      if (name !== DEFAULT_SESSION) {
        const problem = sessionNameProblem(name)
        if (problem) throw new MockError('invalid_parameters', problem, { parameter: 'X-Mock-Session' })
      }
      createSession(name, seed)
    },
    deleteSession,
    snapshot(name = DEFAULT_SESSION) {
      // Taking a snapshot is not a use: a session saved by `serve --state` still expires when its job is done.
      const session = name === DEFAULT_SESSION ? defaultSession : named.get(name)
      if (!session) throw new Error(`No session "${name}"`)
      return takeSnapshot(session)
    },
    restore: (document, name = DEFAULT_SESSION) => restoreInto(sessionFor(name), document),
    reset: (seed) => rebuild(defaultSession, seed),
    close: () => Promise.all([...allSessions()].map(dispose)).then(() => undefined),
    renderError: (error) => render(error, undefined),
    missingHandlers() {
      return operations.filter((op) => !plugin.handlers[op.operationId]).map((op) => op.operationId)
    },
  }
  return store ? store.attach(engine) : engine
}

/** Runs `plugin.dispose`, reporting (not throwing) its errors, sync or async. */
function disposeOf<S, Opt extends object>(plugin: ApiPlugin<S, Opt>, state: S): Promise<void> {
  const report = (error: unknown) => console.error(`${plugin.id}: disposing of the state failed:`, error)
  try {
    return Promise.resolve(plugin.dispose?.(state)).catch(report)
  } catch (error) {
    report(error)
    return Promise.resolve()
  }
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | undefined)?.then === 'function'
