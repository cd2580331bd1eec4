/**
 * Every failure the engine itself detects has a code from this union. A vendor plug-in turns a `MockError` into the
 * vendor's own error body (see `ApiPlugin.errorResponse`), so the same failure looks right for each vendor.
 */
export type MockErrorCode =
  | 'no_route' // 404: no path matches
  | 'method_not_allowed' // 405: the path exists, the method does not
  | 'unsupported_media_type' // 415: the body's content type is not one the operation accepts
  | 'payload_too_large' // 413: the body is larger than the configured limit
  | 'malformed_body' // 400: the body cannot be decoded (bad JSON, invalid UTF-8, bad form encoding)
  | 'invalid_parameters' // 400: path or query parameters violate the spec
  | 'invalid_body' // 422 by default: the decoded body violates the spec's schema
  | 'unauthorized' // 401: missing or invalid credentials
  | 'forbidden' // 403: authenticated but not allowed
  | 'not_found' // 404: the route exists but the record does not
  | 'conflict' // 409
  | 'rate_limited' // 429
  | 'blocked' // 403 (by default): the client was blocked for misconduct
  | 'unknown_example' // 404: a `Prefer` header asked for an undocumented code or example
  | 'internal' // 500: a bug in a handler, never the client's fault

const DEFAULT_STATUS: Record<MockErrorCode, number> = {
  no_route: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  malformed_body: 400,
  invalid_parameters: 400,
  invalid_body: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  blocked: 403,
  unknown_example: 404,
  internal: 500,
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

  constructor(code: MockErrorCode, message: string, options: MockErrorOptions = {}) {
    super(message)
    this.name = 'MockError'
    this.code = code
    this.status = options.status ?? DEFAULT_STATUS[code]
    this.details = options.details ?? []
    this.headers = options.headers ?? {}
    this.reason = options.reason
  }

  /** The message followed by the details: what most vendor error bodies list. */
  get messages(): string[] {
    return this.details.length ? this.details : [this.message]
  }
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
