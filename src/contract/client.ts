/**
 * The contract suite's HTTP client: plain `fetch`, `redirect: 'manual'`, and never a retry. A client that retries
 * (ofetch retries 429 by default) hides exactly the responses a contract suite must see, so every request is sent
 * once and its response reported as it came.
 *
 * What it does do is *pace*: when the API said the quota is spent (`X-RateLimit-Remaining: 0`), the next request waits
 * for the window to pass instead of provoking a 429. Pacing never resends anything.
 */
import { SESSION_HEADER } from '../core/session.ts'
import type { AuthProvider } from './auth.ts'
import { createDutyKeeper, type ClientDuty } from './duties.ts'

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[]

export interface ContractRequest {
  method: string
  /** Path relative to the base URL with its parameters filled in, e.g. `/v1/acme/things/1`. */
  path: string
  /** Arrays are sent as repeated keys (`a=1&a=2`); join them yourself for `explode: false`. */
  query?: Record<string, QueryValue | undefined>
  headers?: Record<string, string>
  /** A JSON value, a record for form bodies, or a string sent as is. `undefined`: no body. */
  body?: unknown
  /** Media type of the body (default `application/json` when there is a body). */
  contentType?: string
  /** Send the auth provider's credentials (default true). */
  authenticate?: boolean
}

export interface ContractResponse {
  status: number
  /** Header names in lower case. */
  headers: Record<string, string>
  text: string
  /** The parsed JSON body, the text for other types, `undefined` when empty. */
  body: unknown
  /** Set when the content type says JSON but the body does not parse. */
  jsonError?: string
  method: string
  url: string
  ms: number
}

export interface PacingOptions {
  /** Response header that counts the requests left in the window, e.g. `X-RateLimit-Remaining`. */
  remainingHeader: string
  /** Length of the vendor's rate-limit window. */
  windowMs: number
  /** Told before each wait (the CLI prints it). */
  onWait?: (ms: number, identity: string) => void
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface ContractClientOptions {
  baseUrl: string
  auth?: AuthProvider
  pacing?: PacingOptions
  fetch?: typeof fetch
  /** Per-request time limit (default 30 s): a hung request fails its test instead of the whole run. */
  timeoutMs?: number
  /** The vendor's client duties (wait after a 429, stop after errors…), kept for every paced request (see duties.ts). */
  duties?: readonly ClientDuty[]
  /** Told before the client waits for a duty. */
  onDutyWait?: (ms: number, reason: string) => void
  /** Our mock's session (`X-Mock-Session`) for every request, token requests included. */
  session?: string
}

export interface SendOptions {
  /** Take part in pacing (default true). The 429 contract turns it off: it wants the 429. */
  pace?: boolean
}

export interface ContractClient {
  readonly baseUrl: string
  readonly auth: AuthProvider | undefined
  send(request: ContractRequest, options?: SendOptions): Promise<ContractResponse>
}

const FORM = 'application/x-www-form-urlencoded'

/** The request never got an answer (refused, reset, DNS, time-out): the run tells this apart from a wrong answer. */
export class ConnectionError extends Error {
  override name = 'ConnectionError'
}

/** The credentials could not be obtained (a token request was refused), so no request can be sent. */
export class CredentialsError extends Error {
  override name = 'CredentialsError'
}

/**
 * @example
 * const client = createContractClient({ baseUrl: 'http://localhost:4010/acme', auth: basicAuth('u', 'p') })
 * const res = await client.send({ method: 'GET', path: '/v1/things' })
 */
export function createContractClient(options: ContractClientOptions): ContractClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const baseFetch = options.fetch ?? fetch
  const session = options.session
  const doFetch: typeof fetch = session
    ? (input, init) => {
        const request = new Request(input, init)
        request.headers.set(SESSION_HEADER, session)
        return baseFetch(request)
      }
    : baseFetch
  const timeoutMs = options.timeoutMs ?? 30_000
  const pacer = options.pacing ? createPacer(options.pacing) : undefined
  const keeper = options.duties?.length
    ? createDutyKeeper(options.duties, {
        onWait: options.onDutyWait,
        now: options.pacing?.now,
        sleep: options.pacing?.sleep,
      })
    : undefined
  return {
    baseUrl,
    auth: options.auth,
    async send(request, sendOptions = {}) {
      const authenticate = request.authenticate ?? true
      let credentials: Record<string, string> = {}
      if (authenticate && options.auth) {
        try {
          credentials = await options.auth.headers({ baseUrl, fetch: doFetch })
        } catch (error) {
          throw new CredentialsError((error as Error).message, { cause: error })
        }
      }
      const headers: Record<string, string> = { accept: 'application/json', ...credentials }
      for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v
      let body: string | undefined
      if (request.body !== undefined) {
        const type = request.contentType ?? 'application/json'
        headers['content-type'] ??= type
        body = encodeBody(request.body, type)
      }
      const url = requestUrl(baseUrl, request)
      // A forced response (`Prefer: code=429`) carries example headers, not the real quota: keep it out of pacing.
      const paced = pacer && sendOptions.pace !== false && !headers.prefer
      const identity = authenticate && options.auth ? 'credentials' : 'anonymous'
      // Duties follow the same rule as pacing: the 429 contract (pace: false) and forced responses are exempt.
      const dutiful = keeper && sendOptions.pace !== false && !headers.prefer
      if (dutiful) await keeper.before()
      if (paced) await pacer.before(identity)
      const started = performance.now()
      const sentAt = Date.now()
      let response: Response
      try {
        response = await doFetch(url, {
          method: request.method,
          headers,
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        throw new ConnectionError(
          `${request.method} ${url} failed before any response: ${cause?.code ?? cause?.message ?? (error as Error).message}. Is the server running at ${baseUrl}?`,
        )
      }
      const text = await response.text()
      const responseHeaders: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        responseHeaders[name.toLowerCase()] = value
      })
      const result: ContractResponse = {
        status: response.status,
        headers: responseHeaders,
        text,
        body: undefined,
        method: request.method,
        url,
        ms: Math.round(performance.now() - started),
      }
      if (text !== '') {
        const type = responseHeaders['content-type'] ?? ''
        if (/[/+]json\b/i.test(type)) {
          try {
            result.body = JSON.parse(text)
          } catch (error) {
            result.jsonError = `the body is not valid JSON (${(error as Error).message})`
            result.body = text
          }
        } else result.body = text
      }
      if (paced) pacer.after(identity, responseHeaders, sentAt)
      if (dutiful) keeper.after(response.status)
      return result
    },
  }
}

/** The URL a request goes to: the base URL, the filled-in path and the query string. */
export const requestUrl = (baseUrl: string, request: ContractRequest): string =>
  `${baseUrl.replace(/\/+$/, '')}${request.path}${queryString(request.query)}`

function encodeBody(body: unknown, type: string): string {
  if (typeof body === 'string') return body
  if (type.split(';', 1)[0]?.trim().toLowerCase() === FORM) {
    const form = new URLSearchParams()
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      if (v === undefined) continue
      if (Array.isArray(v)) for (const item of v) form.append(k, String(item))
      else form.append(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))
    }
    return form.toString()
  }
  return JSON.stringify(body)
}

function queryString(query: ContractRequest['query']): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const item of v) params.append(k, String(item))
    else params.append(k, String(v))
  }
  const s = params.toString()
  return s ? `?${s}` : ''
}

interface Budget {
  windowStart: number
  remaining: number
}

/**
 * Waits before a request when the last response said nothing is left. The window is assumed to end at most
 * `windowMs` after the first request seen in it, which holds for fixed windows (aligned or not) and errs on the long
 * side for sliding ones.
 */
export function createPacer(options: PacingOptions): {
  before(identity: string): Promise<void>
  after(identity: string, headers: Record<string, string>, sentAt: number): void
} {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const header = options.remainingHeader.toLowerCase()
  const budgets = new Map<string, Budget>()
  return {
    async before(identity) {
      const budget = budgets.get(identity)
      if (!budget || budget.remaining > 0) return
      const wait = budget.windowStart + options.windowMs + 250 - now()
      budgets.delete(identity)
      if (wait <= 0) return
      options.onWait?.(wait, identity)
      await sleep(wait)
    },
    after(identity, headers, sentAt) {
      const remaining = Number(headers[header])
      if (headers[header] === undefined || !Number.isFinite(remaining)) return
      const budget = budgets.get(identity)
      // More left than last time: a new window began since.
      if (!budget || remaining > budget.remaining) budgets.set(identity, { windowStart: sentAt, remaining })
      else budget.remaining = remaining
    },
  }
}
