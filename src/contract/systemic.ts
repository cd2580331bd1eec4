/**
 * Failures of the whole run rather than of one check: nothing answers, every request is refused, every request gets
 * 404. Each would otherwise fail every check the same way, hundreds of times over; instead the run stops at once and
 * says, in one line, what to fix. Only the start of a run can be conclusive for wrong credentials or a wrong path (a
 * server that answered once is right about the path), while a server that stops answering is noticed at any point.
 */
import { ConnectionError, CredentialsError, type ContractRequest, type ContractResponse } from './client.ts'
import { StoppedError } from './duties.ts'

/** Requests in a row with the same systemic symptom before the run stops. */
export const SYSTEMIC_THRESHOLD = 3

/** Thrown by the run's client once the run cannot usefully go on; the message is the one line the CLI prints. */
export class SystemicFailure extends Error {
  override name = 'SystemicFailure'
}

export interface SystemicDetectorOptions {
  api: string
  baseUrl: string
  /** The environment variables the plan reads credentials from, named when they are refused. */
  credentialVariables: readonly string[]
  /** How the credentials were chosen (the auth provider's description). */
  credentials: string
}

export interface SystemicDetector {
  /**
   * Returns the run-ending message, if this response makes one. `expected` is what the check expects (`404`,
   * `400 or 422`): an answer a check asked for (a 404 for an unknown id) says nothing about the run.
   */
  response(request: ContractRequest, response: ContractResponse, expected?: string): string | undefined
  /** Returns the run-ending message, if this error makes one. */
  error(error: unknown): string | undefined
}

const REFUSED = [401, 403]

export function createSystemicDetector(options: SystemicDetectorOptions): SystemicDetector {
  const { api, baseUrl } = options
  // From the run's first request until it gets anything else: the answers so far, all with the same status.
  let opening: { status: number; example: string; count: number } | undefined
  let openingOver = false
  let connectionErrors = 0
  const check = options.credentialVariables.length
    ? `check ${options.credentialVariables.join(', ')}`
    : 'check the credentials the plan reads from the environment'

  const refused = (status: number, count: number, example: string) =>
    `the credentials were refused (${options.credentials}; the first ${count} requests got ${status}, e.g. ${example}): ${check}`

  function notFound(count: number, example: string): string {
    const path = new URL(baseUrl).pathname.replace(/\/+$/, '')
    const hint = path.endsWith(`/${api}`)
      ? ''
      : ` \`/${api}\` missing? (our mock serves each API under /<id>: --base-url ${baseUrl.replace(/\/+$/, '')}/${api})`
    return `every request got 404 (the first ${count}, e.g. ${example}): is the base URL's path right?${hint}`
  }

  return {
    response(request, res, expected) {
      connectionErrors = 0
      if (openingOver) return undefined
      // An answer the check asked for (a 404 for an unknown id, a response forced with Prefer) proves nothing.
      const forced = Object.keys(request.headers ?? {}).some((name) => name.toLowerCase() === 'prefer')
      if (forced || expected?.split(/\D+/).includes(String(res.status))) return undefined
      // A request sent without credentials on purpose says nothing about the credentials.
      if (REFUSED.includes(res.status) && request.authenticate === false) return undefined
      const counted = res.status === 404 || REFUSED.includes(res.status)
      if (!counted || (opening && opening.status !== res.status)) {
        openingOver = true
        return undefined
      }
      opening ??= { status: res.status, example: `${res.method} ${res.url}`, count: 0 }
      opening.count++
      if (opening.count < SYSTEMIC_THRESHOLD) return undefined
      return res.status === 404
        ? notFound(opening.count, opening.example)
        : refused(res.status, opening.count, opening.example)
    },
    error(error) {
      if (error instanceof CredentialsError)
        return `the credentials were refused (${error.message.replace(/: check [^:]*$/, '')}): ${check}`
      if (error instanceof StoppedError) {
        // A vendor duty (e.g. "stop after a 403") ended the run early: say why it came to that.
        if (opening && !openingOver && REFUSED.includes(opening.status))
          return refused(opening.status, opening.count, opening.example)
        if (opening && !openingOver) return notFound(opening.count, opening.example)
        return `the run stopped sending: ${error.reason}`
      }
      if (!(error instanceof ConnectionError)) return undefined
      connectionErrors++
      if (connectionErrors < SYSTEMIC_THRESHOLD) return undefined
      return `cannot reach ${baseUrl}: ${connectionErrors} requests in a row got no answer (${error.message.replace(/^.*failed before any response: /, '').replace(/\. Is the server running.*$/, '')}): is the server running, and is --base-url right?`
    },
  }
}
