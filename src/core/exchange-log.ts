/**
 * The request log: the last N exchanges of an engine, for `GET /__mock/<api>/requests`, the inspector and the CLI's
 * request lines. A ring buffer of raw entries (shifting a full array, and formatting a date, on every request showed
 * up in profiles); entries are formatted, and their query strings redacted, only when read or printed.
 *
 * The headers and bodies of the most recent exchanges are kept too, within fixed caps (how many exchanges, how many
 * bytes of each body), so the log's memory is bounded whoever sends what. Keeping them costs the request path next to
 * nothing: the header objects and body values are kept by reference (both are fresh per request and never changed
 * afterwards, except the response headers the adapter completes, which the log then shows as sent); only a body over
 * the cap is copied, cut to the cap. Decoding and redaction happen when someone reads an exchange.
 */
import { redactBodyText, redactHeaders, redactQuery } from './redact.ts'
import { isStreamBody, type MockRequest, type MockResponse } from './types.ts'

export interface ExchangeLogEntry {
  /** Sequence number, from 1, never reused (also across `clear`): `?since=<id>` asks for the newer ones. */
  id: number
  at: string
  method: string
  path: string
  query: string
  status: number
  operationId: string | undefined
  client: string | undefined
  ms: number
  error?: string
  /** The session the exchange was in, when not `default` (given to `onExchange` only; each session has its own log). */
  session?: string
}

/** A body as the log shows it: UTF-8 text (redacted) or, for binary media types, base64; cut at the body cap. */
export interface BodyView {
  /** Its full size in bytes, when known (a streamed body's is not). */
  size: number | null
  /** Only the first `bodyBytes` bytes were kept. */
  truncated: boolean
  /** The body was streamed (large lists): it is not kept. */
  streamed?: true
  text?: string
  base64?: string
}

/** An exchange with its messages: headers (credentials redacted) and bodies, when the log still holds them. */
export interface ExchangeDetails extends ExchangeLogEntry {
  /** `false` once the exchange is older than the last `details` ones: only its summary is left. */
  captured: boolean
  request?: { headers: Record<string, string>; body: BodyView | null }
  response?: { headers: Record<string, string>; body: BodyView | null }
}

/** An entry as recorded on the request path: the time as a number, the query as sent. */
export type RawExchange = Omit<ExchangeLogEntry, 'at' | 'id'> & { time: number }

/** Which entries `select` returns. Every field is optional; all given must match. */
export interface ExchangeFilter {
  /** Status classes or codes, e.g. `['4xx', '500']`. */
  status?: string[]
  operation?: string
  client?: string
  method?: string
  /** Only entries with a greater id. */
  since?: number
  /** At most this many, the newest. */
  limit?: number
}

export interface ExchangeLogOptions {
  /** Called with every entry as it is recorded (the CLI prints them). */
  onEntry?: (entry: ExchangeLogEntry) => void
  /** How many of the latest exchanges keep their headers and bodies (0: none). */
  details?: number
  /** How much of each body is kept, in bytes (0: no bodies, headers only). */
  bodyBytes?: number
}

export const LOG_DEFAULTS = { size: 500, details: 100, bodyBytes: 64 * 1024 } as const

/** The first `bodyBytes` bytes of a larger body, copied, and its full size when known (bytes; not for text). */
class Cut {
  readonly head: Uint8Array
  readonly size: number | undefined
  constructor(head: Uint8Array, size: number | undefined) {
    this.head = head
    this.size = size
  }
}

/** A streamed body: not kept. */
const STREAMED = Symbol('streamed')

/** A body as kept: the value itself when within the cap (no copy, no wrapper), else a `Cut`. */
type KeptBody = string | Uint8Array | Cut | typeof STREAMED | undefined

/** One object per exchange on the request path: references, plus a copy only of a body over the cap. */
interface Captured {
  id: number
  requestHeaders: Readonly<Record<string, string | undefined>>
  requestBody: KeptBody
  responseHeaders: Readonly<Record<string, string>>
  responseBody: KeptBody
}

type Stored = RawExchange & { id: number }

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const TEXTUAL = /json|text|xml|x-www-form-urlencoded|javascript|yaml|csv|html/i

export class ExchangeLog {
  readonly #size: number
  readonly #onEntry: ((entry: ExchangeLogEntry) => void) | undefined
  readonly #details: number
  readonly #bodyBytes: number
  #entries: Stored[] = []
  #start = 0
  #captures: (Captured | undefined)[] = []
  #lastId = 0
  // Many exchanges share a millisecond under load: format each timestamp once.
  #isoTime = Number.NaN
  #isoText = ''

  constructor(size: number, onEntryOrOptions?: ((entry: ExchangeLogEntry) => void) | ExchangeLogOptions) {
    const options = typeof onEntryOrOptions === 'function' ? { onEntry: onEntryOrOptions } : (onEntryOrOptions ?? {})
    this.#size = size
    this.#onEntry = options.onEntry
    this.#details = Math.min(options.details ?? LOG_DEFAULTS.details, size)
    this.#bodyBytes = options.bodyBytes ?? LOG_DEFAULTS.bodyBytes
  }

  /** The id of the last exchange recorded (0 before the first). */
  get lastId(): number {
    return this.#lastId
  }

  /** Records an exchange, with its messages when they are to be kept; returns its id. */
  record(entry: RawExchange, request?: MockRequest, response?: MockResponse): number {
    const stored = entry as Stored
    stored.id = ++this.#lastId
    if (this.#entries.length < this.#size) this.#entries.push(stored)
    else {
      this.#entries[this.#start] = stored
      this.#start = (this.#start + 1) % this.#size
    }
    if (request && response && this.#details > 0) {
      const cap = this.#bodyBytes
      this.#captures[stored.id % this.#details] = {
        id: stored.id,
        requestHeaders: request.headers,
        requestBody: keep(request.body, cap),
        responseHeaders: response.headers,
        responseBody: keep(response.body, cap),
      }
    }
    if (this.#onEntry) this.#onEntry(this.#format(stored))
    return stored.id
  }

  /** The entries, oldest first. */
  entries(): ExchangeLogEntry[] {
    return this.#ordered().map((e) => this.#format(e))
  }

  /** The entries that match, oldest first (the newest `limit` of them). */
  select(filter: ExchangeFilter = {}): ExchangeLogEntry[] {
    const matches = compile(filter)
    const all = this.#ordered()
    const out: Stored[] = []
    const limit = filter.limit ?? Number.POSITIVE_INFINITY
    for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
      const e = all[i] as Stored
      if (filter.since !== undefined && e.id <= filter.since) break
      if (matches(e)) out.push(e)
    }
    return out.reverse().map((e) => this.#format(e))
  }

  /** One exchange with its headers and bodies (redacted), or `undefined` when it is no longer in the log. */
  details(id: number): ExchangeDetails | undefined {
    const stored = this.#ordered().find((e) => e.id === id)
    if (!stored) return undefined
    const entry = this.#format(stored)
    const captured = this.#details > 0 ? this.#captures[id % this.#details] : undefined
    if (!captured || captured.id !== id) return { ...entry, captured: false }
    const contentLength = Number(captured.responseHeaders['content-length'])
    return {
      ...entry,
      captured: true,
      request: {
        headers: redactHeaders(captured.requestHeaders),
        body: view(captured.requestBody, captured.requestHeaders['content-type'], this.#bodyBytes, undefined),
      },
      response: {
        headers: redactHeaders(captured.responseHeaders),
        body: view(
          captured.responseBody,
          captured.responseHeaders['content-type'],
          this.#bodyBytes,
          Number.isFinite(contentLength) ? contentLength : undefined,
        ),
      },
    }
  }

  /** Forgets every entry (ids go on from where they were). */
  clear(): void {
    this.#entries = []
    this.#start = 0
    this.#captures = []
  }

  #ordered(): Stored[] {
    const all = this.#entries
    return this.#start === 0 ? all : [...all.slice(this.#start), ...all.slice(0, this.#start)]
  }

  #iso(time: number): string {
    if (time !== this.#isoTime) {
      this.#isoTime = time
      this.#isoText = new Date(time).toISOString()
    }
    return this.#isoText
  }

  // Fields copied one by one: a rest-spread here cost more than the rest of the log line (profiled under load).
  #format(e: Stored): ExchangeLogEntry {
    const entry: ExchangeLogEntry = {
      id: e.id,
      at: this.#iso(e.time),
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
}

/** What is kept of a body: the value itself when within the cap, else a copy of its first `cap` bytes. */
function keep(body: MockResponse['body'] | MockRequest['body'], cap: number): KeptBody {
  if (body === undefined) return undefined
  if (typeof body === 'string') {
    // Within the cap in characters: kept as is (at most 2 bytes a character in memory), measured and cut when read.
    if (body.length <= cap) return body
    // Encoding a copy of the head frees the whole (a slice of a string can keep its parent alive).
    const head = encoder.encode(body.slice(0, cap))
    return new Cut(head.length > cap ? head.slice(0, cap) : head, undefined)
  }
  if (body instanceof Uint8Array) return body.length <= cap ? body : new Cut(body.slice(0, cap), body.length)
  return isStreamBody(body) ? STREAMED : undefined
}

function view(
  kept: KeptBody,
  contentType: string | undefined,
  cap: number,
  knownSize: number | undefined,
): BodyView | null {
  if (kept === undefined) return null
  if (kept === STREAMED) return { size: knownSize ?? null, truncated: true, streamed: true }
  const cut = kept instanceof Cut
  let bytes = cut ? kept.head : typeof kept === 'string' ? encoder.encode(kept) : kept
  const size = cut ? (kept.size ?? knownSize ?? null) : bytes.length
  let truncated = cut
  if (bytes.length > cap) {
    bytes = bytes.subarray(0, cap)
    truncated = true
  }
  if (contentType !== undefined && !TEXTUAL.test(contentType)) return { size, truncated, base64: toBase64(bytes) }
  return { size, truncated, text: redactBodyText(decoder.decode(bytes), contentType) }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** `4xx` matches 400–499, `404` only 404. */
function compile(filter: ExchangeFilter): (e: Stored) => boolean {
  const statuses = filter.status?.map((s) => s.trim().toLowerCase()).filter(Boolean) ?? []
  const status = (code: number) =>
    statuses.length === 0 ||
    statuses.some((s) => (/^[1-5]xx$/.test(s) ? Math.floor(code / 100) === Number(s[0]) : Number(s) === code))
  return (e) =>
    status(e.status) &&
    (filter.operation === undefined || e.operationId === filter.operation) &&
    (filter.client === undefined || e.client === filter.client) &&
    (filter.method === undefined || e.method === filter.method.toUpperCase())
}
