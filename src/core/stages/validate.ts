/**
 * Stage 5, validate: the body is decoded before authentication (an API key may travel in it) but its errors are
 * reported after authentication and rate limiting, as a real server's middleware order would; then the parameters and
 * the body are validated and coerced against the spec.
 */
import { decodeBody, type DecodedBody } from '../../http/body.ts'
import type { Operation } from '../../spec/openapi.ts'
import type { SpecValidator } from '../../spec/validator.ts'
import { MockError } from '../errors.ts'
import type { MockRequest, Query } from '../types.ts'

/** The decoded body, or the error decoding it raised (reported later). */
export interface Decoded {
  body: DecodedBody | undefined
  error: unknown
}

/** Most requests (every GET) have no body to decode: one shared answer for them, no allocation per request. */
const NO_BODY: Decoded = Object.freeze({ body: undefined, error: undefined })

/**
 * Decodes the request's body for the operation. `untypedBody`: the vendor's reading of a body sent without a
 * `Content-Type`, by method (`ApiPlugin.untypedBody`).
 */
export function decodeRequestBody(
  op: Operation,
  request: MockRequest,
  maxBodyBytes: number,
  untypedBody?: Readonly<Record<string, string>>,
): Decoded {
  if (request.body === undefined && !op.requestBody) return NO_BODY
  try {
    if (request.body && request.body.length > maxBodyBytes) {
      throw new MockError(
        'payload_too_large',
        `The request body is ${request.body.length} bytes; the limit is ${maxBodyBytes}`,
      )
    }
    const body = decodeBody(
      op.requestBody,
      request.body,
      request.headers['content-type'],
      untypedBody?.[request.method],
    )
    return { body, error: undefined }
  } catch (error) {
    return { body: undefined, error }
  }
}

export interface ValidInput {
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
}

/** Validates and coerces the parameters and the body. Throws `invalid_parameters` / `invalid_body`. */
export function validateInput(
  validator: SpecValidator,
  op: Operation,
  pathParams: Record<string, string>,
  query: Query,
  decoded: DecodedBody | undefined,
): ValidInput {
  const { path, query: declared } = validator.parameters(op, pathParams, query)
  const body = decoded ? validator.body(op, decoded.mediaType, decoded.value) : undefined
  return { params: path, query: declared, body }
}
