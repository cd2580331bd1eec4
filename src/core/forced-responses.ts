/**
 * "Force the next response": a queue of `Prefer`-style preferences (a documented status, or a named example) that
 * the next matching requests get as if they had sent `Prefer: code=…, example=…` themselves. It lets a tester make a
 * client under test — which cannot be told to send `Prefer` — meet a 429 or a 500 on its next call
 * (`POST /__mock/<api>/force?code=503`, or the inspector's Controls view).
 *
 * A forced response applies at the point where `Prefer` does (after authentication and rate limits), only to an
 * operation that documents it: a request to another operation passes untouched and leaves it queued.
 */
import type { Operation } from '../spec/openapi.ts'
import { MockError } from './errors.ts'
import { type Preference, preferredResponse } from './prefer.ts'

export interface ForcedResponse {
  /** A documented status, e.g. `'429'`. */
  code?: string
  /** A documented example's name. */
  example?: string
  /** Only for this operation (default: the next request to any operation that documents it). */
  operation?: string
  /** How many responses are still to be forced. */
  remaining: number
}

/** At most this many are queued: the queue is filled by hand, and a runaway script should not grow it without end. */
export const MAX_FORCED = 100

export class ForcedResponses {
  readonly #queue: ForcedResponse[] = []

  get size(): number {
    return this.#queue.length
  }

  list(): ForcedResponse[] {
    return this.#queue.map((f) => ({ ...f }))
  }

  /**
   * Queues a preference, or says why not: an unknown operation, or a status or example that no operation (or not the
   * one named) documents.
   */
  add(forced: ForcedResponse, operations: readonly Operation[]): string | undefined {
    if (!forced.code && !forced.example) return 'give a documented status (code=…) or an example name (example=…)'
    if (forced.code !== undefined && !/^\d{3}$/.test(forced.code)) return `code must be a status such as 429`
    if (!(Number.isSafeInteger(forced.remaining) && forced.remaining >= 1 && forced.remaining <= 1000))
      return 'count must be a whole number from 1 to 1000'
    if (this.#queue.length >= MAX_FORCED) return `at most ${MAX_FORCED} forced responses may wait at once`
    const candidates = forced.operation ? operations.filter((op) => op.operationId === forced.operation) : operations
    if (forced.operation && candidates.length === 0) return `there is no operation "${forced.operation}"`
    const documenting = candidates.filter((op) => documents(op, forced))
    if (documenting.length === 0) {
      const wanted = [forced.code && `status ${forced.code}`, forced.example && `example "${forced.example}"`]
        .filter(Boolean)
        .join(' and ')
      if (forced.operation) {
        const op = candidates[0] as Operation
        return `${op.operationId} does not document ${wanted}: its statuses are ${Object.keys(op.responses).join(', ')}`
      }
      return `no operation documents ${wanted}`
    }
    this.#queue.push({ ...forced })
    return undefined
  }

  /** The preference to answer this operation with, consumed; `undefined` when none queued applies to it. */
  take(op: Operation): Preference | undefined {
    const index = this.#queue.findIndex(
      (f) => (f.operation === undefined || f.operation === op.operationId) && documents(op, f),
    )
    if (index === -1) return undefined
    const forced = this.#queue[index] as ForcedResponse
    if (--forced.remaining <= 0) this.#queue.splice(index, 1)
    const preference: Preference = {}
    if (forced.code) preference.code = forced.code
    if (forced.example) preference.example = forced.example
    return preference
  }

  clear(): void {
    this.#queue.length = 0
  }
}

/** Whether the operation has this response, as `Prefer` would serve it. */
function documents(op: Operation, forced: ForcedResponse): boolean {
  try {
    preferredResponse(op, forced)
    return true
  } catch (error) {
    if (error instanceof MockError) return false
    throw error
  }
}
