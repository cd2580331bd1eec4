/** An OAuth 2.0 token-endpoint error in RFC 6749 §5.2's shape: `{"error": "<code>", "error_description": "…"}`. */
import { json } from '../core/responses.ts'
import type { MockResponse } from '../core/types.ts'

export function oauthError(status: number, error: string, description: string): MockResponse {
  return json(status, { error, error_description: description })
}
