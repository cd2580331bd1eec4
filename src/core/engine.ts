/**
 * The engine: one request pipeline over plain objects, shared by the node:http server and the MSW handlers.
 *
 *   route → decode body → authenticate → rate-limit → Prefer → validate parameters and body → vendor rules → handler
 *   → (optionally) validate the response against the spec
 *
 * Everything here is vendor-neutral; a plug-in (`ApiPlugin`) supplies the vendor's behaviour.
 */
// The English locale alone: the package root loads every locale (~300 ms and ~35 MB at start-up).
import { faker as englishFaker } from '@faker-js/faker/locale/en'
import type { Faker } from '@faker-js/faker'
import { extractCredential } from '../auth/credentials.ts'
import {
  ConductTracker,
  emptyConductReport,
  parseConductPage,
  type ConductFinding,
  type ConductOptions,
} from '../conduct/tracker.ts'
import { decodeBody, type DecodedBody } from '../http/body.ts'
import { parseQuery } from '../http/query.ts'
import { checkAll, type RateLimitPolicy } from '../rate-limit/policies.ts'
import { seededRandom } from './random.ts'
import { listOperations, type Operation, type SecuritySchemeObject } from '../spec/openapi.ts'
import { Router } from '../spec/router.ts'
import { SpecValidator } from '../spec/validator.ts'
import { systemClock, type Clock } from './clock.ts'
import { clip, MockError } from './errors.ts'
import type { ApiPlugin, HandlerContext, Principal } from './plugin.ts'
import { parsePrefer, preferredResponse } from './prefer.ts'
import { redactQuery } from './redact.ts'
import { json } from './responses.ts'
import { isStreamBody, type MockRequest, type MockResponse } from './types.ts'

export interface EngineOptions {
  /** Seed for faker and every random choice (default 1). */
  seed?: number
  clock?: Clock
  /** Vendor options (e.g. `rateLimit`), merged over the plug-in's defaults. */
  options?: Record<string, unknown>
  /**
   * Check every response against the spec. A violation is a bug in the mock or the spec: it is recorded in
   * `engine.violations` and the client gets a 500 that names it. Meant for tests (it costs a JSON parse per response).
   */
  validateResponses?: boolean
  /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
  maxBodyBytes?: number
  /** How many exchanges the request log keeps (default 500). */
  logSize?: number
  /** Called after every exchange (the CLI prints them). */
  onExchange?: (entry: ExchangeLogEntry) => void
  /**
   * Client-conduct tracking, for plug-ins that declare `conductRules`: findings are always recorded (see
   * `GET /__mock/<api>/conduct`); with `block`, a client that breaks a rule is refused for `blockForMs` (default 1 h).
   * The caps and lifetimes of its tables default to `MEMORY_LIMITS` (src/core/limits.ts).
   */
  conduct?: Omit<ConductOptions, 'rules'>
}

export interface ExchangeLogEntry {
  at: string
  method: string
  path: string
  query: string
  status: number
  operationId: string | undefined
  client: string | undefined
  ms: number
  error?: string
}

interface Trace {
  op?: Operation
  principal?: Principal
  client?: string
  rateHeaders?: Record<string, string>
}

type RawEntry = Omit<ExchangeLogEntry, 'at'> & { time: number }

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface Engine {
  readonly id: string
  readonly title: string
  readonly plugin: ApiPlugin<unknown>
  readonly operations: readonly Operation[]
  readonly options: Readonly<Record<string, unknown>>
  readonly maxBodyBytes: number
  readonly violations: string[]
  readonly log: readonly ExchangeLogEntry[]
  /** Conduct findings so far (empty when the plug-in declares no rules). */
  readonly conductFindings: readonly ConductFinding[]
  readonly seed: number
  /** Runs one request through the pipeline. Never throws: every failure becomes a response. */
  handle(request: MockRequest, baseUrl: string): MockResponse
  /** Answers a control request (`state`, `reset`, `requests`) under the reserved `/__mock/` prefix. */
  control(method: string, action: string, rawQuery: string): MockResponse
  /** Renders an error the adapter detected itself (e.g. a request Node's parser refused) in the vendor's shape. */
  renderError(error: MockError): MockResponse
  /** Rebuilds the seeded state (with a new seed if given) and clears rate-limit counters. */
  reset(seed?: number): void
  /** Operations of the spec that the plug-in has no handler for (should be empty). */
  missingHandlers(): string[]
}

export function createEngine<S>(plugin: ApiPlugin<S>, engineOptions: EngineOptions = {}): Engine {
  const clock = engineOptions.clock ?? systemClock
  const options = { ...plugin.defaults, ...stripUndefined(engineOptions.options ?? {}) }
  const maxBodyBytes = engineOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const logSize = engineOptions.logSize ?? 500
  const operations = listOperations(plugin.document)
  const router = new Router<Operation>()
  for (const op of operations) router.add(op.method, op.path, op)
  const validator = new SpecValidator(plugin.document)
  const schemes = plugin.document.components?.securitySchemes ?? {}
  const violations: string[] = []
  const log: RawEntry[] = []

  const rules = plugin.conductRules?.(options) ?? []
  const conduct = rules.length ? new ConductTracker({ rules, ...engineOptions.conduct }) : undefined

  let seed = engineOptions.seed ?? 1
  let state!: S
  let policies: RateLimitPolicy[] = []

  function reset(newSeed?: number): void {
    if (newSeed !== undefined) seed = newSeed
    // A fresh instance per state, so seeding it never disturbs another engine (or the user's own faker). The class is
    // the English instance's constructor: the root module, the only one that exports it, loads every locale.
    const faker = new (englishFaker.constructor as new (options: { locale: unknown }) => Faker)({
      locale: englishFaker.rawDefinitions,
    })
    faker.seed(seed)
    state = plugin.createState({ seed, faker, clock, options })
    policies = plugin.rateLimits?.(options, seededRandom(seed)) ?? []
    conduct?.clear()
  }
  reset()

  // Security requirements resolved once per operation: [alternatives (OR) of [schemes (AND)]], or null when anonymous.
  type Requirement = { name: string; scheme: SecuritySchemeObject; verify: ApiPlugin<S>['verify'][string] }[]
  const security = new Map<Operation, Requirement[] | null>()
  for (const op of operations) {
    if (op.security.length === 0 || op.security.some((req) => Object.keys(req).length === 0)) {
      security.set(op, null)
      continue
    }
    security.set(
      op,
      op.security.map((requirement) =>
        Object.keys(requirement).map((name) => {
          const scheme = schemes[name]
          const verify = plugin.verify[name]
          if (!scheme || !verify)
            throw new Error(`${plugin.id}: security scheme "${name}" has no definition or no verifier`)
          return { name, scheme, verify }
        }),
      ),
    )
  }

  function authenticate(
    op: Operation,
    request: MockRequest,
    query: ReturnType<typeof parseQuery>,
    body: unknown,
  ): Principal | MockError | undefined {
    const alternatives = security.get(op)
    if (!alternatives) return undefined
    let sawCredential = false
    for (const requirement of alternatives) {
      let principal: Principal | undefined
      let ok = true
      for (const { scheme, verify } of requirement) {
        const credential = extractCredential(scheme, { headers: request.headers, query, body }, plugin.apiKeyInBody)
        if (credential === undefined) {
          ok = false
          break
        }
        sawCredential = true
        const verified = credential === 'malformed' ? undefined : verify(credential, { state, clock, request, op })
        if (!verified) {
          ok = false
          break
        }
        principal = principal ? { ...principal, ...verified, key: principal.key } : verified
      }
      if (ok && principal) return principal
    }
    return sawCredential
      ? new MockError('unauthorized', 'The credentials are invalid or have expired', { reason: 'invalid_credentials' })
      : new MockError('unauthorized', 'Authentication is required: no credentials were sent', {
          reason: 'missing_credentials',
        })
  }

  function pipeline(request: MockRequest, baseUrl: string, trace: Trace): MockResponse {
    const route = router.match(request.method, request.path)
    if (route.kind === 'no_route')
      throw new MockError('no_route', `No operation matches ${request.method} ${request.path}`, { path: request.path })
    if (route.kind === 'bad_path') throw new MockError('invalid_parameters', `Invalid path: ${route.reason}`)
    if (route.kind === 'method_not_allowed') {
      throw new MockError(
        'method_not_allowed',
        `${request.method} is not allowed on ${request.path}: use ${route.allow.join(', ')}`,
        {
          path: request.path,
          headers: { allow: route.allow.join(', ') },
        },
      )
    }
    const op = route.value
    trace.op = op
    const rawQuery = parseQuery(request.rawQuery)

    // Decode now (an API key may travel in the body) but report decoding errors only after auth and rate limiting,
    // as a real server's middleware order would.
    let decoded: DecodedBody | undefined
    let bodyError: unknown
    try {
      if (request.body && request.body.length > maxBodyBytes) {
        throw new MockError(
          'payload_too_large',
          `The request body is ${request.body.length} bytes; the limit is ${maxBodyBytes}`,
        )
      }
      decoded = decodeBody(op.requestBody, request.body, request.headers['content-type'])
    } catch (error) {
      bodyError = error
    }

    const auth = authenticate(op, request, rawQuery, decoded?.value)
    const principal = auth instanceof MockError ? undefined : auth
    trace.principal = principal
    const client =
      plugin.clientKey?.(request, principal) ?? principal?.key ?? `address:${request.remoteAddress ?? 'unknown'}`
    trace.client = client
    if (conduct) {
      const verdict = conduct.before(
        { client, op, method: request.method, path: request.path, query: rawQuery, rawQuery: request.rawQuery },
        clock.now(),
      )
      if (verdict.blocked) throw new MockError('blocked', `API access is blocked for this client: ${verdict.blocked}`)
    }
    if (policies.length) {
      const decision = checkAll(policies, client, clock.now())
      trace.rateHeaders = decision.headers
      if (!decision.allowed) throw new MockError('rate_limited', decision.reason ?? 'Too many requests')
    }
    if (auth instanceof MockError) throw auth
    if (bodyError) throw bodyError

    const preference = parsePrefer(request.headers.prefer)
    if (preference) return preferredResponse(op, preference)

    const { path, query } = validator.parameters(op, route.params, rawQuery)
    const body = decoded ? validator.body(op, decoded.mediaType, decoded.value) : undefined
    const ctx: HandlerContext<S> = {
      op,
      request,
      params: path,
      query,
      rawQuery,
      body,
      bodyType: decoded?.mediaType,
      state,
      principal,
      clock,
      baseUrl,
      options,
    }
    const early = plugin.beforeHandle?.(ctx)
    if (early) return early
    const handler = plugin.handlers[op.operationId]
    if (!handler)
      throw new MockError('internal', `${plugin.id}: no handler for operation ${op.operationId}`, { status: 501 })
    return handler(ctx)
  }

  function render(error: unknown, op: Operation | undefined): MockResponse {
    if (error instanceof MockError) {
      const response = plugin.errorResponse(error, op)
      return { ...response, headers: { ...response.headers, ...error.headers } }
    }
    const message = error instanceof Error ? error.message : String(error)
    return plugin.errorResponse(new MockError('internal', `Internal error in the mock: ${message}`), op)
  }

  function checkResponse(op: Operation, response: MockResponse): string[] {
    if (isStreamBody(response.body)) return []
    const type = response.headers['content-type']
    let body: unknown = response.body instanceof Uint8Array ? new TextDecoder().decode(response.body) : response.body
    if (typeof body === 'string' && type?.includes('json')) {
      try {
        body = JSON.parse(body)
      } catch {
        return ['the body is not valid JSON']
      }
    }
    return validator.response(op, response.status, type, body)
  }

  // The request log is a ring buffer of raw entries (shifting a full array, and formatting a date, on every request
  // showed up in profiles); entries are formatted when read.
  let logStart = 0
  // Query strings are redacted here, when an entry is read or printed, not on the request path.
  // Many exchanges share a millisecond under load: format each timestamp once.
  let isoTime = Number.NaN
  let isoText = ''
  const iso = (time: number): string => {
    if (time !== isoTime) {
      isoTime = time
      isoText = new Date(time).toISOString()
    }
    return isoText
  }
  // Fields copied one by one: a rest-spread here cost more than the rest of the log line (profiled under load).
  const toEntry = (e: RawEntry): ExchangeLogEntry => {
    const entry: ExchangeLogEntry = {
      at: iso(e.time),
      method: e.method,
      path: e.path,
      query: redactQuery(e.query),
      status: e.status,
      operationId: e.operationId,
      client: e.client,
      ms: e.ms,
    }
    if (e.error !== undefined) entry.error = e.error
    return entry
  }
  function record(entry: RawEntry): void {
    if (log.length < logSize) log.push(entry)
    else {
      log[logStart] = entry
      logStart = (logStart + 1) % logSize
    }
    if (engineOptions.onExchange) engineOptions.onExchange(toEntry(entry))
  }
  const orderedLog = (): ExchangeLogEntry[] => [...log.slice(logStart), ...log.slice(0, logStart)].map(toEntry)

  return {
    id: plugin.id,
    title: plugin.title,
    plugin: plugin as ApiPlugin<unknown>,
    operations,
    options,
    maxBodyBytes,
    violations,
    get log() {
      return orderedLog()
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
      let response: MockResponse
      let errorText: string | undefined
      try {
        response = pipeline(request, baseUrl, trace)
      } catch (error) {
        if (!(error instanceof MockError))
          errorText = error instanceof Error ? (error.stack ?? error.message) : String(error)
        else errorText = error.message
        response = render(error, trace.op)
      }
      if (trace.rateHeaders) {
        // Handlers return fresh response objects (see `Handler`), so the headers can be completed in place.
        const headers = response.headers
        for (const name in trace.rateHeaders) if (!(name in headers)) headers[name] = trace.rateHeaders[name] as string
      }
      if (engineOptions.validateResponses && trace.op) {
        const problems = checkResponse(trace.op, response)
        if (problems.length) {
          const text = `${trace.op.operationId} ${request.method} ${request.path} → ${response.status}: ${problems.join('; ')}`
          violations.push(text)
          response = json(500, { error: 'response_validation_failed', detail: text })
        }
      }
      if (conduct && trace.client) {
        const retryAfter = Number(response.headers['retry-after'] ?? response.headers['Retry-After'])
        conduct.after(trace.client, {
          at: clock.now(),
          status: response.status,
          operationId: trace.op?.operationId,
          retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
        })
      }
      record({
        time: clock.now(),
        method: request.method,
        path: request.path,
        query: request.rawQuery,
        status: response.status,
        operationId: trace.op?.operationId,
        client: trace.principal?.key,
        ms: Math.round((performance.now() - started) * 100) / 100,
        ...(errorText ? { error: errorText } : {}),
      })
      return response
    },
    control(method, action, rawQuery) {
      if (action === 'state' && method === 'GET')
        return json(200, { api: plugin.id, seed, state: plugin.inspect(state) })
      if (action === 'reset' && method === 'POST') {
        const requested = parseQuery(rawQuery).seed?.[0]
        const newSeed = requested === undefined ? undefined : Number(requested)
        if (newSeed !== undefined && !Number.isSafeInteger(newSeed))
          return json(400, { error: `seed must be a whole number, got "${clip(requested ?? '', 100)}"` })
        reset(newSeed)
        return json(200, { api: plugin.id, seed, reset: true })
      }
      if (action === 'requests' && method === 'GET') return json(200, { api: plugin.id, requests: orderedLog() })
      if (action === 'requests' && method === 'DELETE') {
        log.length = 0
        logStart = 0
        return json(200, { api: plugin.id, cleared: true })
      }
      if (action === 'conduct' && method === 'GET') {
        const page = parseConductPage(parseQuery(rawQuery))
        if (typeof page === 'string') return json(400, { error: page })
        return json(200, {
          api: plugin.id,
          ...(conduct ? conduct.report(clock.now(), page) : emptyConductReport(page)),
        })
      }
      if (action === 'conduct' && method === 'DELETE') {
        conduct?.clear()
        return json(200, { api: plugin.id, cleared: true })
      }
      return json(404, {
        error: `Unknown control request ${method} ${action}`,
        available: [
          'GET state',
          'POST reset[?seed=N]',
          'GET requests',
          'DELETE requests',
          'GET conduct[?limit=N&offset=N]',
          'DELETE conduct',
        ],
      })
    },
    reset,
    renderError: (error) => render(error, undefined),
    missingHandlers() {
      return operations.filter((op) => !plugin.handlers[op.operationId]).map((op) => op.operationId)
    },
  }
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
}
