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
import { ConductTracker, type ConductFinding, type ConductOptions } from '../conduct/tracker.ts'
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
import { CHAOS_FLAG } from './shared-flags.ts'
import { json } from './responses.ts'
import { createAuthenticateStage } from './stages/authenticate.ts'
import { createRespondStage } from './stages/respond.ts'
import { createResolveStage, preferred } from './stages/resolve.ts'
import { createRouteStage } from './stages/route.ts'
import { createThrottleStage } from './stages/throttle.ts'
import type { Trace } from './stages/trace.ts'
import { decodeRequestBody, validateInput } from './stages/validate.ts'
import type { MockRequest, MockResponse } from './types.ts'

export type { ExchangeLogEntry } from './exchange-log.ts'

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
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface Engine {
  readonly id: string
  readonly title: string
  readonly plugin: AnyApiPlugin
  readonly operations: readonly Operation[]
  /** The plug-in's parsed options (a new object when chaos is changed at run time on an API with a chaos option). */
  readonly options: Readonly<Record<string, unknown>>
  readonly maxBodyBytes: number
  readonly violations: string[]
  readonly log: readonly ExchangeLogEntry[]
  /** Conduct findings so far (empty when the plug-in declares no rules). */
  readonly conductFindings: readonly ConductFinding[]
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
  control(method: string, action: string, rawQuery: string): MockResponse
  /**
   * Calls `listener` after every exchange and every change made through the control plane (the inspector's live
   * feed). Returns the function that stops it. While nothing listens, an exchange pays for one size check.
   */
  watch(listener: () => void): () => void
  /** The id of the latest exchange in the request log (0 before the first). */
  readonly lastExchangeId: number
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
   * Rebuilds the seeded state (with a new seed if given) and clears rate-limit counters. The old state is disposed of
   * first (`plugin.dispose`), so its background work (e.g. webhook deliveries) stops.
   */
  reset(seed?: number): void
  /**
   * Disposes of the current state (`plugin.dispose`) and resolves once that is done: call it when the engine is no
   * longer used (`startServer`'s `close` does). Idempotent. Requests are still answered afterwards, without the
   * state's background work; a `reset` builds a fresh state with its own.
   */
  close(): Promise<void>
  /** Operations of the spec that the plug-in has no handler for (should be empty). */
  missingHandlers(): string[]
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
  const log = new ExchangeLog(engineOptions.logSize ?? LOG_DEFAULTS.size, {
    onEntry: engineOptions.onExchange,
    details: engineOptions.logDetails,
    bodyBytes: engineOptions.logBodyBytes,
  })
  const forced = new ForcedResponses()
  const watchers = new Set<() => void>()
  const changed = () => {
    for (const watcher of watchers) watcher()
  }
  // The option a plug-in declares for the shared --chaos flag, if any: run-time chaos changes it (see setChaos).
  const chaosOption = Object.entries(schema.declarations).find(([, d]) => d.shared?.flag === CHAOS_FLAG.flag)?.[0]
  let engineChaos = 0
  const rules = plugin.conductRules?.(options) ?? []
  const conduct = rules.length ? new ConductTracker({ rules, ...engineOptions.conduct }) : undefined

  const route = createRouteStage(operations)
  const authenticate = createAuthenticateStage(api, operations)
  const throttle = createThrottleStage(api, conduct)
  const resolve = createResolveStage(api)
  const respond = createRespondStage({
    validator,
    validateResponses: engineOptions.validateResponses === true,
    violations,
    conduct,
  })

  let seed = engineOptions.seed ?? 1
  let vendorPolicies: RateLimitPolicy[] = []
  function applyPolicies(): void {
    throttle.setPolicies(
      engineChaos > 0
        ? [
            ...vendorPolicies,
            randomRejection({
              probability: engineChaos,
              random: seededRandom(seed ^ 0x5eed),
              retryAfterSeconds: 1,
              retryAfterHeader: 'Retry-After',
              message: `A random 429 from the mock (chaos ${engineChaos}, set through /__mock/${plugin.id}/chaos)`,
            }),
          ]
        : vendorPolicies,
    )
  }
  function buildPolicies(): void {
    vendorPolicies = plugin.rateLimits?.(options, seededRandom(seed)) ?? []
    applyPolicies()
  }
  const currentChaos = (): number =>
    (chaosOption ? (options as Record<string, number | undefined>)[chaosOption] : engineChaos) ?? 0
  function setChaos(probability: number): void {
    if (chaosOption) {
      options = schema.parse({ [chaosOption]: probability }, undefined, options) as Opt
      buildPolicies()
    } else {
      engineChaos = probability
      applyPolicies()
    }
  }
  let state!: S
  let built = false
  /** The disposal of the current state, once begun (so `close` and a later `reset` dispose of it once). */
  let disposal: Promise<void> | undefined
  function dispose(): Promise<void> {
    if (!built) return Promise.resolve()
    disposal ??= disposeOf(plugin, state)
    return disposal
  }
  function reset(newSeed?: number): void {
    if (newSeed !== undefined) seed = newSeed
    void dispose()
    // A fresh instance per state, so seeding it never disturbs another engine (or the user's own faker). The class is
    // the English instance's constructor: the root module, the only one that exports it, loads every locale.
    const faker = new (englishFaker.constructor as new (options: { locale: unknown }) => Faker)({
      locale: englishFaker.rawDefinitions,
    })
    faker.seed(seed)
    state = plugin.createState({ seed, faker, clock, options })
    built = true
    disposal = undefined
    buildPolicies()
    conduct?.clear()
  }
  reset()

  function pipeline(request: MockRequest, baseUrl: string, trace: Trace): MockResponse | Promise<MockResponse> {
    const { op, params } = route(request.method, request.path)
    trace.op = op
    const rawQuery = parseQuery(request.rawQuery)
    const decoded = decodeRequestBody(op, request, maxBodyBytes, plugin.untypedBody)
    const auth = authenticate(rawQuery, decoded.body?.value, { state, clock, options, request, op })
    trace.principal = auth instanceof MockError ? undefined : auth
    throttle(op, request, rawQuery, trace, clock.now())
    if (auth instanceof MockError) throw auth
    if (decoded.error) throw decoded.error

    const example = preferred(op, request.headers.prefer)
    if (example) return example
    // A response forced through the control plane, as if this request had sent Prefer (one size check otherwise).
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
    request: MockRequest,
    trace: Trace,
    produced: MockResponse,
    error: unknown,
    started: number,
  ): MockResponse {
    const now = clock.now()
    const response = respond(request, produced, trace, now)
    const errorText =
      error === undefined
        ? undefined
        : error instanceof MockError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error)
    log.record(
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

  return {
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
      return log.entries()
    },
    get conductFindings() {
      return conduct?.findings() ?? []
    },
    get seed() {
      return seed
    },
    handle(request, baseUrl) {
      const started = performance.now()
      const trace: Trace = {}
      let result: MockResponse | Promise<MockResponse>
      try {
        result = pipeline(request, baseUrl, trace)
      } catch (error) {
        return finish(request, trace, render(error, trace.op), error, started)
      }
      if (isPromise(result)) {
        return result.then(
          (response) => finish(request, trace, response, undefined, started),
          (error: unknown) => finish(request, trace, render(error, trace.op), error, started),
        )
      }
      return finish(request, trace, result, undefined, started)
    },
    control(method, action, rawQuery) {
      return control(
        {
          api: plugin.id,
          clock,
          log,
          conduct,
          operations,
          forced,
          seed: () => seed,
          inspect: () => plugin.inspect(state),
          state: () => state,
          reset,
          policies: () => throttle.policies(),
          chaos: currentChaos,
          setChaos,
          changed,
        },
        method,
        action,
        rawQuery,
      )
    },
    get lastExchangeId() {
      return log.lastId
    },
    watch(listener) {
      watchers.add(listener)
      return () => watchers.delete(listener)
    },
    get chaos() {
      return currentChaos()
    },
    setChaos,
    reset,
    close: dispose,
    renderError: (error) => render(error, undefined),
    missingHandlers() {
      return operations.filter((op) => !plugin.handlers[op.operationId]).map((op) => op.operationId)
    },
  }
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
