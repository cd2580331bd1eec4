/**
 * One delivery attempt: a POST with the global `fetch`, bounded in time and in what it reads back. The queue
 * (`delivery.ts`) decides when to call it and what the outcome means; this module only makes sure a single attempt can
 * neither hang nor fill memory, whatever the receiver does. No Node built-ins, so it also bundles for the browser.
 */

/** What is sent: the vendor has already computed every header (signature included) and serialised the body. */
export interface WebhookRequest {
  /** An absolute http: or https: URL. */
  url: string
  /** Final request headers, Content-Type included (fetch would otherwise label a string body text/plain). */
  headers: Record<string, string>
  body: string
}

export interface AttemptOptions {
  /** The whole attempt (connect, headers, reading the answer's body) is aborted after this many ms. */
  timeoutMs: number
  /** At most this many bytes of the answer's body are read (and dropped); the rest is cancelled. */
  maxResponseBytes: number
  /** Aborts the attempt from outside (the queue's `close` and `cancel`). */
  signal?: AbortSignal
}

export interface AttemptOutcome {
  /** The receiver answered 2xx: the delivery is done. */
  ok: boolean
  /** The receiver's HTTP status, when it answered at all (a 3xx is reported as is: redirects are not followed). */
  status?: number
  /** Why there was no answer (timeout, refused, reset, aborted), for the vendor's records and logs. */
  error?: string
}

export interface RequestLimits {
  /** Most UTF-8 bytes in a body. */
  maxBodyBytes: number
  /** Most characters in the URL and the headers (names and values) together. */
  maxHeaderBytes: number
}

/**
 * Why `request` cannot be sent, or `undefined` when it can. Checked once at enqueue, so a delivery that could never
 * succeed fails at once with a reason instead of being retried a hundred times, and so a queued delivery's memory is
 * bounded.
 */
export function refuseReason(request: WebhookRequest, limits: RequestLimits): string | undefined {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return `not a valid absolute URL: ${clip(request.url)}`
  }
  // file:, data:, ftp: and friends are not webhook receivers; fetch would read local files or fail obscurely.
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http: and https: URLs are delivered to, not ${clip(url.protocol)}`
  // fetch refuses these itself, but only at send time and with a generic "fetch failed".
  if (url.username || url.password) return 'the URL must not carry credentials (user:password@)'
  let headerChars = request.url.length
  for (const [name, value] of Object.entries(request.headers)) headerChars += name.length + value.length
  if (headerChars > limits.maxHeaderBytes)
    return `the URL and headers are ${headerChars} characters, more than the ${limits.maxHeaderBytes} allowed`
  try {
    // Invalid names or values (a newline in a value, say) would otherwise fail every attempt the same way.
    new Headers(request.headers)
  } catch (error) {
    return `invalid headers: ${describeError(error)}`
  }
  const bytes = utf8Length(request.body, limits.maxBodyBytes)
  if (bytes > limits.maxBodyBytes) return `the body is more than the ${limits.maxBodyBytes} bytes allowed`
  return undefined
}

/** Sends `request` once. Never throws: every failure is an outcome, so the queue has one path for all of them. */
export async function sendOnce(request: WebhookRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal,
      // A webhook is delivered to the URL given, not wherever that URL points: following a redirect would turn a
      // POST into a GET (303) or send the signed body to another host. A 3xx is a failed attempt, as elsewhere.
      redirect: 'manual',
    })
  } catch (error) {
    return { ok: false, error: timeout.aborted ? `no answer within ${options.timeoutMs} ms` : describeError(error) }
  }
  // The status is known; the body only matters for letting the connection be reused, so read little and drop it.
  await discard(response.body, options.maxResponseBytes)
  return { ok: response.status >= 200 && response.status < 300, status: response.status }
}

/**
 * Reads and drops up to `maxBytes` of a body, then cancels the rest. Reading a small body to its end lets the
 * connection be kept alive; cancelling a large or endless one closes it instead of holding it (and memory) open.
 * The attempt's signal still applies, so a body that trickles forever ends at the timeout.
 */
async function discard(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<void> {
  if (!body) return
  const reader = body.getReader()
  let read = 0
  try {
    while (read <= maxBytes) {
      const chunk = await reader.read()
      if (chunk.done) return
      read += chunk.value.byteLength
    }
    // Not awaited: cancelling tears the connection down, and nothing here waits on how long that takes.
    reader.cancel().catch(() => undefined)
  } catch {
    // Timed out, aborted or reset while reading: the status is already known and decides the outcome.
  }
}

/** `fetch failed: connect ECONNREFUSED 127.0.0.1:1 (ECONNREFUSED)`: undici hides the useful part in `cause`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause as { message?: unknown; code?: unknown } | undefined
  if (!cause || typeof cause !== 'object') return error.message
  const code = typeof cause.code === 'string' ? ` (${cause.code})` : ''
  return `${error.message}: ${String(cause.message ?? '')}${code}`
}

/** UTF-8 byte length of `text`, counting no further than just past `limit` (a body is checked, not measured). */
function utf8Length(text: string, limit: number): number {
  // Every UTF-16 unit is 1 to 3 bytes; the common cases need no counting at all.
  if (text.length > limit) return text.length
  if (text.length * 3 <= limit) return text.length
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair is 4 bytes in all, 2 per unit; lone surrogates are replaced by U+FFFD (3 bytes) — close enough.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3
  }
  return bytes
}

function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text
}
