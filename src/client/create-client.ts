/**
 * A typed client for an OpenAPI spec: openapi-fetch over the generated `paths` types (paths, parameters, bodies and
 * responses checked by TypeScript), sending through the credentials and the vendor's client duties. The vendors'
 * `createClient` functions are this, configured with their base URL, auth and duty declaration.
 */
import createOpenApiClient, { type Client, type ClientOptions as OpenApiClientOptions } from 'openapi-fetch'
import type { ClientDuties, DutyId } from '../conduct/duties.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import type { Authenticator } from './auth.ts'
import { SESSION_HEADER } from '../core/session.ts'
import { createDutyFetch, type DutyOptions, type FetchLike } from './duty-fetch.ts'
import { createClientEvents, type ClientEventOf, type ClientEvents, type ClientEventType } from './events.ts'

export interface TypedClientOptions extends DutyOptions {
  /** Default: the vendor's real base URL. Point it at a mock (`http://localhost:4010/<api>`) or a proxy. */
  baseUrl?: string
  /** The fetch that sends (default: the global `fetch` at the time of each call, so MSW's `setupServer` sees it). */
  fetch?: FetchLike
  /**
   * A session of the mock (`X-Mock-Session: <name>`) for every request, token requests included: its own records,
   * tokens and rate-limit windows on a shared mock (e.g. the CI job's id). Real APIs ignore the header.
   */
  session?: string
  /** Headers on every request (besides the credentials). */
  headers?: OpenApiClientOptions['headers']
}

/** openapi-fetch's client, plus the duty events. */
export type DutifulClient<Paths extends {}> = Client<Paths> & {
  /** Calls `listener` for each `wait`, `retry`, `refuse` or `token` event; returns the function that stops it. */
  on<T extends ClientEventType>(type: T, listener: (event: ClientEventOf<T>) => void): () => void
}

export interface ClientConfig {
  defaultBaseUrl: string
  declared: ClientDuties
  /** How the spec's query arrays are written (openapi-fetch's default: `form`, exploded). */
  querySerializer?: OpenApiClientOptions['querySerializer']
  /** The vendor's credentials, given the fetch for token requests (it keeps the duties), the clock and the events. */
  auth(context: { baseUrl: string; fetch: FetchLike; clock: Clock; events: ClientEvents }): Authenticator
}

export function createTypedClient<Paths extends {}>(
  config: ClientConfig,
  options: TypedClientOptions = {},
): DutifulClient<Paths> {
  const baseUrl = (options.baseUrl ?? config.defaultBaseUrl).replace(/\/+$/, '')
  const clock = options.clock ?? systemClock
  const events = createClientEvents()
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request))
  const session = options.session
  const duties = createDutyFetch({
    ...options,
    fetch: session
      ? (request) => {
          const withSession = new Request(request)
          withSession.headers.set(SESSION_HEADER, session)
          return send(withSession)
        }
      : options.fetch,
    clock,
    declared: config.declared,
    baseUrl,
    events,
    auth: (tokenFetch) => config.auth({ baseUrl, fetch: tokenFetch, clock, events }),
  })
  const client = createOpenApiClient<Paths>({
    baseUrl,
    headers: options.headers,
    querySerializer: config.querySerializer,
    fetch: duties.fetch,
  })
  return Object.assign(client, { on: events.on })
}

/** A vendor client's options: its credentials, and its duties switched off by their ids (checked by TypeScript). */
export type VendorClientOptions<D extends ClientDuties, Auth> = Omit<TypedClientOptions, 'duties'> & {
  auth: Auth
  /** Duties switched off (`false`), by id; every duty is on by default. The README says what each one risks. */
  duties?: { readonly [K in DutyId<D>]?: boolean }
}
