/**
 * The request log: the last N exchanges of an engine, for `GET /__mock/<api>/requests`, the inspector and the CLI's
 * request lines. A ring buffer of raw entries (shifting a full array, and formatting a date, on every request showed
 * up in profiles); entries are formatted, and their query strings redacted, only when read or printed.
 *
 * The headers and bodies of the most recent exchanges are kept too, within fixed caps (how many exchanges, how many
 * bytes of each body), so the log's memory is bounded whoever sends what. The header objects are kept by reference
 * (fresh per request and never changed afterwards, except the response headers the adapter completes, which the log
 * then shows as sent). The bodies are COPIED, into buffers each slot of the ring allocates once and reuses: keeping a
 * reference to each fresh body (a 49 KB list is a new buffer per request) kept those buffers alive past the young
 * generation, so V8 promoted them and ran full mark-compact collections for them — 17% more instructions per request
 * with nobody looking (callgrind, bookings list). A copy into a reused buffer is a memcpy, and garbage stays young.
 * Decoding and redaction happen when someone reads an exchange.
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

/**
 * A body as kept in one slot of the ring: its first bytes (up to the cap) copied into `bytes`, a buffer the slot grows
 * to what it needs (at most the cap) and then reuses for every later exchange it holds.
 */
class KeptBody {
  bytes: Uint8Array = EMPTY
  /** How many bytes of `bytes` this exchange's body filled. */
  length = 0
  /** Its full size in bytes, when known (not for a text body cut at the cap: measuring it would cost a pass). */
  size: number | undefined = undefined
  truncated = false
  kind: 'none' | 'kept' | 'streamed' = 'none'

  /** Copies what is kept of `body` (the whole body within the cap, else its first `cap` bytes). */
  keep(body: MockResponse['body'] | MockRequest['body'], cap: number): void {
    if (body === undefined) {
      this.kind = 'none'
      return
    }
    if (typeof body === 'string') {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a buffer of that size (within the cap) holds the whole body.
      const room = this.#room(Math.min(cap, body.length * 3), cap)
      const { read, written } = encoder.encodeInto(body, room)
      this.length = written
      this.truncated = read < body.length
      this.size = this.truncated ? undefined : written
      this.kind = 'kept'
      return
    }
    if (body instanceof Uint8Array) {
      const n = Math.min(body.length, cap)
      this.#room(n, cap).set(n === body.length ? body : body.subarray(0, n))
      this.length = n
      this.truncated = n < body.length
      this.size = body.length
      this.kind = 'kept'
      return
    }
    this.kind = isStreamBody(body) ? 'streamed' : 'none'
  }

  /** The first `need` bytes of this slot's buffer, grown first if it is smaller (doubling, up to the cap). */
  #room(need: number, cap: number): Uint8Array {
    if (this.bytes.length < need) this.bytes = new Uint8Array(Math.min(cap, Math.max(need, this.bytes.length * 2)))
    return this.bytes.subarray(0, need)
  }
}

const EMPTY = new Uint8Array(0)

/** One slot of the ring of captured exchanges, reused (with its body buffers) by every `details`-th exchange. */
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
      const index = stored.id % this.#details
      let slot = this.#captures[index]
      if (!slot) {
        slot = {
          id: 0,
          requestHeaders: {},
          requestBody: new KeptBody(),
          responseHeaders: {},
          responseBody: new KeptBody(),
        }
        this.#captures[index] = slot
      }
      slot.id = stored.id
      slot.requestHeaders = request.headers
      slot.responseHeaders = response.headers
      slot.requestBody.keep(request.body, cap)
      slot.responseBody.keep(response.body, cap)
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
        body: view(captured.requestBody, captured.requestHeaders['content-type'], undefined),
      },
      response: {
        headers: redactHeaders(captured.responseHeaders),
        body: view(
          captured.responseBody,
          captured.responseHeaders['content-type'],
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

function view(kept: KeptBody, contentType: string | undefined, knownSize: number | undefined): BodyView | null {
  if (kept.kind === 'none') return null
  if (kept.kind === 'streamed') return { size: knownSize ?? null, truncated: true, streamed: true }
  // A copy: the slot's buffer is overwritten by a later exchange.
  const bytes = kept.bytes.slice(0, kept.length)
  const size = kept.size ?? knownSize ?? null
  const truncated = kept.truncated
  if (contentType !== undefined && !TEXTUAL.test(contentType)) return { size, truncated, base64: toBase64(bytes) }
  return { size, truncated, text: redactBodyText(decoder.decode(bytes), contentType) }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/**
 * Whether an entry matches a filter's status, operation, client and method (not `since` nor `limit`, which depend on
 * the log's order): `4xx` matches 400–499, `404` only 404. Also used on the request log a shared store keeps.
 */
export function compile(
  filter: ExchangeFilter,
): (e: Pick<ExchangeLogEntry, 'status' | 'operationId' | 'client' | 'method'>) => boolean {
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
