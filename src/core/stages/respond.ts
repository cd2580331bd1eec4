/**
 * Stage 7, respond: completes the response every path produced (handler, example or error) with the rate headers,
 * optionally checks it against the spec, and tells the conduct tracker how the exchange ended.
 */
import type { ConductTracker } from '../../conduct/tracker.ts'
import type { Operation } from '../../spec/openapi.ts'
import type { SpecValidator } from '../../spec/validator.ts'
import { json } from '../responses.ts'
import { isStreamBody, type MockRequest, type MockResponse } from '../types.ts'
import type { Trace } from './trace.ts'

export interface RespondOptions {
  validator: SpecValidator
  /** Check every response against the spec; violations are recorded and answered with a 500 that names them. */
  validateResponses: boolean
  violations: string[]
  conduct: ConductTracker | undefined
}

export type RespondStage = (request: MockRequest, response: MockResponse, trace: Trace, now: number) => MockResponse

export function createRespondStage(options: RespondOptions): RespondStage {
  const { validator, violations, conduct } = options
  return (request, response, trace, now) => {
    if (trace.rateHeaders) {
      // Handlers return fresh response objects (see `Handler`), so the headers can be completed in place.
      const headers = response.headers
      for (const name in trace.rateHeaders) if (!(name in headers)) headers[name] = trace.rateHeaders[name] as string
    }
    if (options.validateResponses && trace.op) {
      const problems = responseProblems(validator, trace.op, response)
      if (problems.length) {
        const text = `${trace.op.operationId} ${request.method} ${request.path} → ${response.status}: ${problems.join('; ')}`
        violations.push(text)
        response = json(500, { error: 'response_validation_failed', detail: text })
      }
    }
    if (conduct && trace.client) {
      const retryAfter = Number(response.headers['retry-after'] ?? response.headers['Retry-After'])
      conduct.after(
        trace.client,
        {
          at: now,
          status: response.status,
          operationId: trace.op?.operationId,
          retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
        },
        response.headers,
      )
    }
    return response
  }
}

/** What is wrong with a response by the spec (streamed bodies are not checked: they are not held in memory). */
export function responseProblems(validator: SpecValidator, op: Operation, response: MockResponse): string[] {
  if (isStreamBody(response.body)) return []
  const type = response.headers['content-type']
  let body: unknown = response.body instanceof Uint8Array ? new TextDecoder().decode(response.body) : response.body
  if (typeof body === 'string' && type?.includes('json')) {
    try {
      body = JSON.parse(body)
    } catch {
      return ['the body is not valid JSON']
    }
  }
  return validator.response(op, response.status, type, body)
}
