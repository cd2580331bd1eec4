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

/**
 * Deepest JSON nesting accepted. Node's `JSON.parse` copes with any depth, but what walks the value recursively after
 * it does not: `JSON.stringify` and `structuredClone` overflow the stack at a few thousand levels (measured on Node 20:
 * 1,000 works, 5,000 throws), as may a browser's parser under MSW's `setupWorker`. A handler that stores or echoes a
 * free-form field would turn that into a 500. No spec nests a request body more than a handful of levels; 100 is
 * also Ruby's default `max_nesting`.
 */
export const MAX_JSON_DEPTH = 100

/**
 * Most form fields accepted (each `key=value` pair, repeated keys counted each time). The field count, not the body
 * size, is what the decoded object and its validation cost grow with, and a 1 MiB body holds 200,000 of them. 1,000
 * is the common framework default (Express's body-parser `parameterLimit`, PHP's `max_input_vars`); the largest form
 * in any spec has a few dozen fields. Refused as 413, as body-parser does.
 */
export const MAX_FORM_FIELDS = 1000

/**
 * How deep the JSON text nests, counting `[` and `{` outside strings; stops as soon as `limit` is passed. A linear scan
 * of the text before parsing, so a hostile body is refused before anything builds or walks it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  if (text.length <= limit) return false // each level needs a bracket: a shorter text cannot nest deeper
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // skip the string: to the next quote that is not escaped
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === 0x5c) i++
        else if (d === 0x22) break
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/** The number of `key=value` pairs in a form body (empty pairs, as from a trailing `&`, do not count). */
export function countFormFields(text: string): number {
  let count = 0
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('&', start)
    if (end === -1) end = text.length
    if (end > start) count++
    start = end + 1
  }
  return count
}

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

/**
 * Decodes a body as the operation's `requestBody` declares. `untypedAs`: the media type to read a body sent without a
 * `Content-Type` header as, when the operation declares it (a vendor setting, `ApiPlugin.untypedBody`); without it, or
 * when the operation does not take that type, such a body is refused with 415.
 */
export function decodeBody(
  spec: RequestBodyObject | undefined,
  bytes: Uint8Array | undefined,
  contentType: string | undefined,
  untypedAs?: string,
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
  const chosen = actual
    ? pickMediaType(declared, actual)
    : untypedAs
      ? declared.find((d) => d.toLowerCase() === untypedAs.toLowerCase())
      : undefined
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
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      throw new MockError(
        'malformed_body',
        `The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels, the limit`,
      )
    }
    try {
      return { mediaType: chosen, value: JSON.parse(text) as unknown }
    } catch (error) {
      throw new MockError('malformed_body', `The request body is not valid JSON: ${(error as Error).message}`)
    }
  }
  if (chosen === FORM) {
    const count = countFormFields(text)
    if (count > MAX_FORM_FIELDS) {
      throw new MockError('payload_too_large', `The form body has ${count} fields; the limit is ${MAX_FORM_FIELDS}`)
    }
    const fields: Record<string, string | string[]> = {}
    for (const [key, values] of Object.entries(parseQuery(text)))
      fields[key] = values.length === 1 ? (values[0] as string) : values
    return { mediaType: chosen, value: fields }
  }
  return { mediaType: chosen, value: text }
}
