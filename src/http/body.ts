/**
 * Decodes a request body according to what the operation accepts: JSON (`application/json`, `*+json`) or HTML form
 * encoding (`application/x-www-form-urlencoded`). Every failure is a `MockError` the vendor renders in its own shape.
 */
import { MockError } from '../core/errors.ts'
import type { RequestBodyObject } from '../spec/openapi.ts'
import { parseQuery } from './query.ts'

export const FORM = 'application/x-www-form-urlencoded'

export interface DecodedBody {
  /** The media type the body was decoded as (a key of the operation's `requestBody.content`). */
  mediaType: string
  value: unknown
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** `application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined
  return contentType.split(';', 1)[0]?.trim().toLowerCase() || undefined
}

export const isJsonMediaType = (type: string): boolean => type === 'application/json' || type.endsWith('+json')

/** Picks the declared media type that matches the request's type (exact, then `type/*`, then `*\/*`). */
export function pickMediaType(declared: string[], actual: string): string | undefined {
  const [major] = actual.split('/')
  return (
    declared.find((d) => d.toLowerCase() === actual) ??
    declared.find((d) => d.toLowerCase() === `${major}/*`) ??
    declared.find((d) => d === '*/*')
  )
}

export function decodeBody(
  spec: RequestBodyObject | undefined,
  bytes: Uint8Array | undefined,
  contentType: string | undefined,
): DecodedBody | undefined {
  const empty = !bytes || bytes.length === 0
  if (!spec) return undefined // the operation takes no body: ignore whatever was sent, as HTTP servers usually do
  const declared = Object.keys(spec.content)
  if (empty) {
    if (spec.required) {
      throw new MockError('invalid_body', `A request body is required: send ${declared.join(' or ')}`, { status: 400 })
    }
    return undefined
  }
  const actual = mediaTypeOf(contentType)
  const chosen = actual ? pickMediaType(declared, actual) : undefined
  if (!chosen) {
    throw new MockError(
      'unsupported_media_type',
      actual
        ? `Content-Type "${actual}" is not supported here: send ${declared.join(' or ')}`
        : `The request has a body but no Content-Type header: send Content-Type: ${declared.join(' or ')}`,
    )
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new MockError('malformed_body', 'The request body is not valid UTF-8')
  }
  if (isJsonMediaType(chosen) || (chosen === '*/*' && actual && isJsonMediaType(actual))) {
    try {
      return { mediaType: chosen, value: JSON.parse(text) as unknown }
    } catch (error) {
      throw new MockError('malformed_body', `The request body is not valid JSON: ${(error as Error).message}`)
    }
  }
  if (chosen === FORM) {
    const fields: Record<string, string | string[]> = {}
    for (const [key, values] of Object.entries(parseQuery(text))) fields[key] = values.length === 1 ? (values[0] as string) : values
    return { mediaType: chosen, value: fields }
  }
  return { mediaType: chosen, value: text }
}
