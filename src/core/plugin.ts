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

/** Who a request is from, as decided by the plug-in's verifier. */
export interface Principal {
  /** Stable key used for rate limits and request logs (e.g. the OAuth client id, the API key). */
  key: string
  [detail: string]: unknown
}

export interface HandlerContext<S> {
  op: Operation
  request: MockRequest
  /** Path parameters after validation and coercion (e.g. `{ account: 'example-corp', id: 7 }`). */
  params: Record<string, unknown>
  /** Declared query parameters after validation, coercion and defaults. */
  query: Record<string, unknown>
  /** Every query key as sent, all values (for vendor query languages the spec can only describe). */
  rawQuery: Query
  /** The decoded and validated body (`undefined` when none). */
  body: unknown
  /** The media type the body was sent as, if any. */
  bodyType: string | undefined
  state: S
  /** `undefined` for operations without security (e.g. the token endpoint). */
  principal: Principal | undefined
  clock: Clock
  /** Absolute URL prefix of this API as the client reached it (for Location headers and redirects). */
  baseUrl: string
  options: Readonly<Record<string, unknown>>
}

/** Answers one operation. Return a fresh response object each time: the engine completes its headers in place. */
export type Handler<S> = (ctx: HandlerContext<S>) => MockResponse

export interface StateContext {
  seed: number
  faker: Faker
  clock: Clock
  options: Readonly<Record<string, unknown>>
}

export interface VerifyContext<S> {
  state: S
  clock: Clock
  request: MockRequest
  op: Operation
}

export interface ApiPlugin<S> {
  /** Kebab-case API id: the folder name in specs/, mocks/, contracts/ and the URL prefix. */
  id: string
  title: string
  /** The parsed OpenAPI document. */
  document: OpenApiDocument
  /** Builds a fresh, seeded state. Called at start-up and on every reset. */
  createState(ctx: StateContext): S
  /** The state's contents for the inspection endpoint. */
  inspect(state: S): unknown
  /** One handler per operationId. Missing ones are reported at start-up. */
  handlers: Record<string, Handler<S>>
  /** Verifies the credential found for a security scheme (by scheme name); returns the principal or `undefined`. */
  verify: Record<string, (credential: Credential, ctx: VerifyContext<S>) => Principal | undefined>
  /** Names of apiKey schemes' parameters the vendor also accepts among the body fields. */
  apiKeyInBody?: string[]
  /** Renders an engine or handler error in the vendor's own error shape and status. */
  errorResponse(error: MockError, op: Operation | undefined): MockResponse
  /** Rate-limit policies for these options (e.g. `--rate-limit 200`), run in order, and the key they count by. */
  rateLimits?(options: Readonly<Record<string, unknown>>, random: () => number): RateLimitPolicy[]
  /**
   * Who a request is from, for rate limits and conduct tracking (default: the principal's key, else the remote
   * address). Called even when authentication failed, so a vendor can count failed logins against the login used.
   */
  clientKey?(request: MockRequest, principal: Principal | undefined): string
  /** The vendor's client duties as conduct rules (see src/conduct/rules.ts), for these options. */
  conductRules?(options: Readonly<Record<string, unknown>>): ConductRule[]
  /** Runs after authentication and before the handler: vendor rules common to many operations (e.g. account access). */
  beforeHandle?(ctx: HandlerContext<S>): MockResponse | undefined
  /** Vendor default options (merged under the user's). */
  defaults: Readonly<Record<string, unknown>>
  /** Lines printed at start-up: demo credentials and a first request to try, given the API's base URL. */
  banner(baseUrl: string, options: Readonly<Record<string, unknown>>): string[]
}

/** A plug-in of any state type (registries hold plug-ins of different states). */
// biome-ignore lint/suspicious/noExplicitAny: the state type is private to each plug-in
export type AnyApiPlugin = ApiPlugin<any>

/** Identity helper that gives a plug-in object its types. @example export default defineApi({ id: 'acme', ... }) */
export function defineApi<S>(plugin: ApiPlugin<S>): ApiPlugin<S> {
  return plugin
}

/**
 * An API as a server or CLI lists it before loading it: enough to parse its options and print `--help`, with the
 * plug-in (its spec, validators and seed) loaded only when the API is served.
 */
export interface ApiEntry {
  id: string
  title: string
  /** The plug-in's `defaults` (the same object), for option parsing without loading the plug-in. */
  defaults: Readonly<Record<string, unknown>>
  /**
   * Options a long-running server applies under the user's, where they differ from the in-process defaults: e.g. a
   * vendor-like random 429 that handlers inside a test run leave off, so tests stay deterministic.
   */
  serveDefaults?: Readonly<Record<string, unknown>>
  load(): Promise<AnyApiPlugin>
}
