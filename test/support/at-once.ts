/**
 * The engine answers an in-memory exchange at once (no promise) and only a handler that answers with a promise makes
 * it asynchronous. Engine-level tests that call `engine.handle` directly rely on that and check it here.
 */
import type { MockResponse } from '../../src/core/types.ts'

export function atOnce(response: MockResponse | Promise<MockResponse>): MockResponse {
  if (response instanceof Promise) throw new Error('expected the engine to answer at once (no handler here is async)')
  return response
}
