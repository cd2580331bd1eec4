/**
 * The contract between the engine and a vendor plug-in (`mocks/<api>/`). The engine does everything the spec can
 * say (routing, parameter and body validation, security requirements, `Prefer`, response validation); the plug-in
 * supplies what only the vendor's behaviour can: seeded state, one handler per operation, how credentials are verified,
 * the rate-limit policies, and the shape of its error bodies.
 */
import type { Faker } from '@faker-js/faker'
import type { Credential } from '../auth/credentials.ts'
import type { Clock } from './clock.ts'
import type { MockError } from './errors.ts'
import type { Operation, OpenApiDocument } from '../spec/openapi.ts'
import type { RateLimitPolicy } from '../rate-limit/policies.ts'
import type { ConductRule } from '../conduct/tracker.ts'
import type { MockRequest, MockResponse, Query } from './types.ts'
import type { OptionSchema } from './options.ts'

/** Who a request is from, as decided by the plug-in's verifier. */
export interface Principal {
  /** Stable key used for rate limits and request logs (e.g. the OAuth client id, the API key). */
  key: string
  [detail: string]: unknown
}

/**
 * The request types of one operation as openapi-typescript writes them in a spec's `operations` (e.g.
 * `operations['listBookings']`). `HandlerContext` reads `params`, `query`, `body` and the response bodies from it.
 */
export interface OperationTypes {
  parameters?: { query?: unknown; path?: unknown; header?: unknown; cookie?: unknown }
  requestBody?: unknown
  responses?: unknown
}

/**
 * An operation without generated types: `params`, `query` and `body` are plain records and unknowns. A context of any
 * typed operation is assignable to a context of this one, so helpers shared by several handlers take this.
 */
// biome-ignore lint/suspicious/noExplicitAny: \`any\` (not \`unknown\`) lets every typed context be passed where this is expected
export type UntypedOperation = any

/** `T` unless it is `undefined`/`never` (openapi-typescript's `path?: never` for "no path parameters"). */
type Present<T, Otherwise> = [NonNullable<T>] extends [never] ? Otherwise : NonNullable<T>

/** Path parameters of an operation after validation and coercion (untyped: any record). */
export type PathParams<O> = unknown extends O
  ? Record<string, unknown>
  : O extends { parameters: { path?: infer P } }
    ? Present<P, Record<string, never>>
    : Record<string, never>

/** Declared query parameters of an operation after validation, coercion and defaults. */
export type QueryParams<O> = unknown extends O
  ? Record<string, unknown>
  : O extends { parameters: { query?: infer Q } }
    ? Present<Q, Record<string, never>>
    : Record<string, never>

type ContentOf<C> = C extends Record<string, unknown> ? C[keyof C] : never

/** The validated request body of an operation: one of its media types' schemas, `undefined` when optional or none. */
export type RequestBody<O> = unknown extends O
  ? unknown
  : O extends { requestBody: { content: infer C } }
    ? ContentOf<C>
    : O extends { requestBody?: never }
      ? undefined
      : O extends { requestBody?: { content: infer C } }
        ? ContentOf<C> | undefined
        : undefined

type Responses<O> = O extends { responses: infer R } ? R : never

/** The documented statuses of an operation (any number when untyped). */
export type ResponseStatus<O> = unknown extends O ? number : Extract<keyof Responses<O>, number>

/** The documented body of one status of an operation (any of its media types). */
export type ResponseBodyOf<O, C> = unknown extends O
  ? unknown
  : C extends keyof Responses<O>
    ? Responses<O>[C] extends { content: infer B }
      ? ContentOf<B>
      : never
    : never

export interface HandlerContext<S, O = UntypedOperation, Opt = Readonly<Record<string, unknown>>> {
  op: Operation
  request: MockRequest
  /** Path parameters after validation and coercion (e.g. `{ account: 'example-corp', id: 7 }`). */
  params: PathParams<O>
  /** Declared query parameters after validation, coercion and defaults. */
  query: QueryParams<O>
  /** Every query key as sent, all values (for vendor query languages the spec can only describe). */
  rawQuery: Query
  /** The decoded and validated body (`undefined` when none). */
  body: RequestBody<O>
  /** The media type the body was sent as, if any. */
  bodyType: string | undefined
  state: S
  /** `undefined` for operations without security (e.g. the token endpoint). */
  principal: Principal | undefined
  clock: Clock
  /** Absolute URL prefix of this API as the client reached it (for Location headers and redirects). */
  baseUrl: string
  /** The plug-in's options, parsed (see `defineOptions`). */
  options: Opt
  /**
   * A JSON response whose body TypeScript checks against the operation's documented response for that status
   * (`json` from the package root, typed). Use it wherever the handler builds the body.
   */
  json<C extends ResponseStatus<O>>(
    status: C,
    body: ResponseBodyOf<O, C>,
    headers?: Record<string, string>,
  ): MockResponse
}

/**
 * Answers one operation, at once or later (a promise: e.g. a store on the network). Return a fresh response object
 * each time: the engine completes its headers in place.
 */
export type Handler<S, O = UntypedOperation, Opt = Readonly<Record<string, unknown>>> = (
  ctx: HandlerContext<S, O, Opt>,
) => MockResponse | Promise<MockResponse>

/** The handlers of a plug-in as the engine holds them, by operationId. */
export type HandlerMap<S, Opt = Readonly<Record<string, unknown>>> = Record<string, Handler<S, UntypedOperation, Opt>>

/** One handler per operation of `Ops` (a generated `operations` type), each typed from its operation. */
export type TypedHandlers<Ops, S, Opt = Readonly<Record<string, unknown>>> = {
  [K in keyof Ops]: Handler<S, Ops[K], Opt>
}

/**
 * Declares a plug-in's handlers against its spec's generated `operations`: each handler's `ctx.params`, `ctx.query`,
 * `ctx.body` and `ctx.json` are typed from its operation, and a missing or misspelled operationId is a compile error.
 * (Curried so that `Ops`, `S` and `Opt` are given while the handlers' keys are checked.)
 *
 * @example
 * const handlers = defineHandlers<operations, AcmeState, AcmeOptions>()({
 *   listWidgets: (ctx) => ctx.json(200, ctx.state.widgets.slice(0, ctx.query.limit)),
 *   ...
 * })
 */
export function defineHandlers<Ops, S, Opt = Readonly<Record<string, unknown>>>() {
  return (handlers: TypedHandlers<Ops, S, Opt>): HandlerMap<S, Opt> =>
    // Each handler accepts only its own operation's context; the engine gives it exactly that (routing is by the
    // same operationId), which a record type indexed by string cannot express.
    handlers as unknown as HandlerMap<S, Opt>
}

/**
 * Some of a plug-in's handlers (e.g. one file's), typed like `defineHandlers`; spread the groups into
 * `defineHandlers` to check that together they cover every operation.
 */
export function handlerGroup<Ops, S, Opt = Readonly<Record<string, unknown>>>() {
  return <K extends keyof Ops>(handlers: HandlerGroup<Ops, K, S, Opt>): HandlerGroup<Ops, K, S, Opt> => handlers
}

/** The handlers of some operations `K` of `Ops`, each typed from its operation. */
export type HandlerGroup<Ops, K extends keyof Ops, S, Opt> = { [P in K]: Handler<S, Ops[P], Opt> }

export interface StateContext<Opt = Readonly<Record<string, unknown>>> {
  seed: number
  faker: Faker
  clock: Clock
  options: Opt
}

export interface VerifyContext<S, Opt = Readonly<Record<string, unknown>>> {
  state: S
  clock: Clock
  request: MockRequest
  op: Operation
  /** The plug-in's parsed options (e.g. the demo credentials). */
  options: Opt
}

export interface ApiPlugin<S, Opt extends object = Readonly<Record<string, unknown>>> {
  /** Kebab-case API id: the folder name in specs/, mocks/, contracts/ and the URL prefix. */
  id: string
  title: string
  /** The parsed OpenAPI document. */
  document: OpenApiDocument
  /**
   * The plug-in's options (`defineOptions`): their types, defaults and checks. The engine parses what it is given
   * with it; the CLI derives each option's flag, variable and help line from it. Omit it for a plug-in without options.
   */
  options?: OptionSchema<Opt>
  /** Builds a fresh, seeded state. Called at start-up and on every reset. May return a promise. */
  createState(ctx: StateContext<Opt>): S
  /**
   * Releases what a state holds beyond its records: timers, sockets, background work (e.g. a webhook delivery
   * queue). Called with the old state on every reset, before the new one is built, and by `engine.close()` (which
   * awaits a returned promise; a reset does not). Errors are reported, never thrown to the caller.
   */
  dispose?(state: S): void | Promise<void>
  /**
   * The fields of the state that are data, which snapshots (`GET /__mock/<api>/snapshot`, `serve --state`) save and
   * restore: the store's `Collection`s, `Map`s, `Set`s, a `TokenService`, plain JSON. The rest (the clock, options,
   * policies, background queues) is rebuilt by `createState`. By default every field that holds such data is saved.
   */
  snapshotFields?: readonly (keyof S & string)[]
  /** The state's contents for the inspection endpoint. */
  inspect(state: S): unknown
  /** One handler per operationId (`defineHandlers`). Missing ones are reported at start-up. */
  handlers: HandlerMap<S, Opt>
  /** Verifies the credential found for a security scheme (by scheme name); returns the principal or `undefined`. */
  verify: Record<string, (credential: Credential, ctx: VerifyContext<S, Opt>) => Principal | undefined>
  /** Names of apiKey schemes' parameters the vendor also accepts among the body fields. */
  apiKeyInBody?: string[]
  /**
   * How the vendor reads a request body sent without a `Content-Type` header, by upper-case method: the media type to
   * decode it as, where the operation declares that type. E.g. `{ POST: 'application/x-www-form-urlencoded' }` for a
   * Rack (Ruby) server, which reads such a POST as a form. By default, and for any other method or operation, a body
   * without a `Content-Type` is refused with 415.
   */
  untypedBody?: Readonly<Record<string, string>>
  /** Renders an engine or handler error in the vendor's own error shape and status. */
  errorResponse(error: MockError, op: Operation | undefined): MockResponse
  /** Rate-limit policies for these options, run in order, and the key they count by. */
  rateLimits?(options: Opt, random: () => number): RateLimitPolicy[]
  /**
   * Who a request is from, for rate limits and conduct tracking (default: the principal's key, else the remote
   * address). Called even when authentication failed, so a vendor can count failed logins against the login used.
   */
  clientKey?(request: MockRequest, principal: Principal | undefined): string
  /** The vendor's client duties as conduct rules (see src/conduct/rules.ts), for these options. */
  conductRules?(options: Opt): ConductRule[]
  /**
   * Runs after authentication and before the handler: vendor rules common to many operations (e.g. account access).
   * Returns a response to answer with instead of the handler, or nothing.
   */
  beforeHandle?(ctx: HandlerContext<S, UntypedOperation, Opt>): MockResponse | undefined
  /** Lines printed at start-up: demo credentials and a first request to try, given the API's base URL. */
  banner(baseUrl: string, options: Opt): string[]
}

/** A plug-in of any state type (registries hold plug-ins of different states). */
// biome-ignore lint/suspicious/noExplicitAny: the state and options types are private to each plug-in
export type AnyApiPlugin = ApiPlugin<any, any>

/** Identity helper that gives a plug-in object its types. @example export default defineApi({ id: 'acme', ... }) */
export function defineApi<S, Opt extends object = Readonly<Record<string, unknown>>>(
  plugin: ApiPlugin<S, Opt>,
): ApiPlugin<S, Opt> {
  return plugin
}

/**
 * An API as a server or CLI lists it before loading it: enough to parse its options and print `--help`, with the
 * plug-in (its spec, validators and seed) loaded only when the API is served.
 */
export interface ApiEntry {
  id: string
  title: string
  /** The plug-in's option declarations (the same schema as its `options`), for flags and `--help` without loading it. */
  options: OptionSchema<object>
  load(): Promise<AnyApiPlugin>
}
