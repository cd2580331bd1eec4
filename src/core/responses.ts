/** Small builders for the plain `MockResponse` objects handlers return. */
import type { MockResponse } from './types.ts'

export const JSON_TYPE = 'application/json; charset=utf-8'

/** A JSON response from a value (serialised here). */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(value) }
}

/** A JSON response from text or UTF-8 bytes that are already serialised (e.g. joined per-record JSON from the store). */
export function rawJson(status: number, text: string | Uint8Array, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: text }
}

/** A response with no body (204, or an empty 401 where a vendor sends one). */
export function empty(status: number, headers: Record<string, string> = {}): MockResponse {
  return { status, headers, body: undefined }
}

/** A redirect (302 by default). */
export function redirect(location: string, status = 302): MockResponse {
  return { status, headers: { location }, body: undefined }
}

/** A streamed JSON response: chunks are written as they are produced, with back-pressure. */
export function streamJson(
  status: number,
  chunks: AsyncIterable<string | Uint8Array>,
  headers: Record<string, string> = {},
): MockResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: chunks }
}
