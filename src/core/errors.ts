/**
 * Every failure the engine itself detects has a code from this union. A vendor plug-in turns a `MockError` into the
 * vendor's own error body (see `ApiPlugin.errorResponse`), so the same failure looks right for each vendor.
 */
export type MockErrorCode =
  | 'no_route' // 404: no path matches
  | 'method_not_allowed' // 405: the path exists, the method does not
  | 'unsupported_media_type' // 415: the body's content type is not one the operation accepts
  | 'payload_too_large' // 413: the body is larger than the configured limit
  | 'headers_too_large' // 431: the request's headers are larger than the HTTP server accepts (refused before routing)
  | 'malformed_body' // 400: the body cannot be decoded (bad JSON, invalid UTF-8, bad form encoding)
  | 'invalid_parameters' // 400: path or query parameters violate the spec
  | 'invalid_body' // 422 by default: the decoded body violates the spec's schema
  | 'unauthorized' // 401: missing or invalid credentials
  | 'forbidden' // 403: authenticated but not allowed
  | 'not_found' // 404: the route exists but the record does not
  | 'conflict' // 409
  | 'rate_limited' // 429
  | 'blocked' // 403 (by default): the client was blocked for misconduct
  | 'unknown_example' // 400 (or the operation's documented bad-request status): `Prefer` asked for an undocumented code or example
  | 'internal' // 500: a bug in a handler, never the client's fault
  | 'unavailable' // 503: the shared store (Redis) cannot be reached just now; a retry after a moment can succeed

const DEFAULT_STATUS: Record<MockErrorCode, number> = {
  no_route: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  headers_too_large: 431,
  malformed_body: 400,
  invalid_parameters: 400,
  invalid_body: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  blocked: 403,
  unknown_example: 400,
  internal: 500,
  unavailable: 503,
}

export interface MockErrorOptions {
  status?: number
  /** Extra human-readable messages, e.g. one per validation failure. */
  details?: string[]
  headers?: Record<string, string>
  /**
   * A finer, machine-readable cause within the code, for vendors that answer the cases differently (the engine sets
   * `missing_credentials` or `invalid_credentials` on `unauthorized`).
   */
  reason?: string
  /**
   * The parameter or body field at fault, when one is (`taskId`, `body.name`), so vendors never parse the message. For
   * `invalid_body` the engine sets `reason` to the rule broken (the JSON Schema keyword: `enum`, `required`, `type`…).
   */
  parameter?: string
  /** The request path, for errors about the path itself (no route, wrong method). */
  path?: string
  /** The record at fault (`not_found`, `conflict`): its kind as the store labels it, and its id. */
  record?: { kind: string; id: string | number }
}

/**
 * Error text is bounded here, in the one place every engine and vendor error passes through, because messages echo
 * what the client sent (a field name, a value, one line per failing item) and the client controls its size: without a
 * bound, a 0.9 MB form of 100,000 unknown fields came back as a 4 MB error, and the request log kept it. A message longer than this is cut with a
 * marker. The bound is in bytes of the message as a JSON string (the form every vendor sends it in), so escapes and
 * multi-byte characters cannot inflate it past the bound.
 */
export const MAX_MESSAGE_BYTES = 1024
/** At most this many details are kept; one more line then says how many were left out. */
export const MAX_DETAILS = 10

/** JSON-escaped UTF-8 size of one UTF-16 code unit (a surrogate counts 3: an over-estimate of a pair's 4 bytes). */
function jsonBytes(code: number): number {
  if (code === 0x22 || code === 0x5c) return 2
  if (code < 0x20) return 6
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return 3
}

/**
 * Cuts `text` so that, as a JSON string, it stays within `maxBytes`, marking the cut with how much was left out.
 * Only the kept prefix is scanned, so the cost does not grow with the text.
 */
export function clip(text: string, maxBytes = MAX_MESSAGE_BYTES): string {
  if (text.length * 6 <= maxBytes) return text // cannot exceed the bound even if every character needed escaping
  const room = maxBytes - 64 // the marker's size
  let used = 0
  let end = 0
  while (end < text.length) {
    const cost = jsonBytes(text.charCodeAt(end))
    if (used + cost > room) break
    used += cost
    end++
  }
  if (end === text.length) return text
  if (end > 0 && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) < 0xdc00) end-- // never split a pair
  return `${text.slice(0, end)}… (${text.length - end} more characters cut)`
}

/** Keeps the first `MAX_DETAILS` details (each clipped) and says how many more there were. */
export function clipDetails(details: readonly string[]): string[] {
  const kept = details.slice(0, MAX_DETAILS).map((d) => clip(d))
  if (details.length > MAX_DETAILS) kept.push(`… and ${details.length - MAX_DETAILS} more`)
  return kept
}

/**
 * An error the client caused (or, for `internal`, a handler bug). Handlers throw it; the engine renders it in the
 * vendor's error shape.
 *
 * @example throw new MockError('not_found', 'Booking 42 was not found')
 */
export class MockError extends Error {
  readonly code: MockErrorCode
  readonly status: number
  readonly details: string[]
  readonly headers: Record<string, string>
  readonly reason: string | undefined
  readonly parameter: string | undefined
  readonly path: string | undefined
  readonly record: { kind: string; id: string | number } | undefined

  constructor(code: MockErrorCode, message: string, options: MockErrorOptions = {}) {
    super(clip(message))
    this.name = 'MockError'
    this.code = code
    this.status = options.status ?? DEFAULT_STATUS[code]
    this.details = options.details ? clipDetails(options.details) : []
    this.headers = options.headers ?? {}
    this.reason = options.reason
    this.parameter = options.parameter
    this.path = options.path
    this.record = options.record
  }

  /** The message followed by the details: what most vendor error bodies list. */
  get messages(): string[] {
    return this.details.length ? this.details : [this.message]
  }
}

/**
 * The status a vendor answers an error with, from a table by error code: vendors that document few statuses map the
 * engine's codes onto theirs (everything else becoming, say, a 400). `internal` and `unavailable` keep their own
 * status (neither is the client's fault, so no client-error status fits them), and so does `unknown_example`.
 *
 * @example statusFor(error, { not_found: 404, rate_limited: 429 }, 400)
 */
export function statusFor(error: MockError, table: Partial<Record<MockErrorCode, number>>, fallback: number): number {
  // A bad `Prefer` carries the status its operation documents for a bad request (prefer.ts): a fixed status from the
  // table could be one the operation does not document.
  if (error.code === 'internal' || error.code === 'unavailable' || error.code === 'unknown_example') return error.status
  return table[error.code] ?? fallback
}

/** Thrown (in tests) when a response the mock produced does not match the spec: a bug in the mock or the spec. */
export class ResponseValidationError extends Error {
  readonly operationId: string
  readonly status: number
  readonly problems: string[]

  constructor(operationId: string, status: number, problems: string[]) {
    super(`Response of ${operationId} (${status}) does not match the spec: ${problems.join('; ')}`)
    this.name = 'ResponseValidationError'
    this.operationId = operationId
    this.status = status
    this.problems = problems
  }
}

/**
 * A mistake in how the mock is configured or a plug-in is written (a bad option value, a security scheme without a
 * verifier, two operations on one route), as opposed to a client's request. Its message says what to fix.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
