/**
 * The plain request/response objects the engine works on. Both adapters (node:http and MSW) convert to and from these,
 * so one behaviour implementation serves both and the HTTP server's hot path never builds fetch objects
 * (see README "Decisions").
 */

/** Query string as parsed: every key keeps all of its values, in order (`a=1&a=2` → `{ a: ['1', '2'] }`). */
export type Query = Record<string, string[]>

export interface MockRequest {
  /** Upper-case HTTP method. */
  method: string
  /** Path relative to the API's mount point, starting with `/`, percent-decoding NOT applied. */
  path: string
  /** The raw query string without the leading `?` (may be empty). */
  rawQuery: string
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string | undefined>
  /** The raw body bytes, or `undefined` when the request had none. */
  body: Uint8Array | undefined
  /** Remote address, used only as a fallback rate-limit / conduct key. */
  remoteAddress?: string
}

/** A body the adapters can send: a string or bytes, or a stream of chunks written with back-pressure. */
export type ResponseBody = string | Uint8Array | AsyncIterable<string | Uint8Array> | undefined

export interface MockResponse {
  status: number
  headers: Record<string, string>
  body: ResponseBody
}

export function isStreamBody(body: ResponseBody): body is AsyncIterable<string | Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body
}
