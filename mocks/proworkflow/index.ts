/**
 * The ProWorkflow (classic API) plug-in: seeded state, one handler per operation of specs/proworkflow/openapi.yaml,
 * the dual auth (API key AND Basic), 500 requests per 30 s per key with `x-ratelimit-*` headers, and the
 * `{"status":"Error","details":[…]}` error body (an empty 401, an HTML 404 for unknown paths).
 */
import type { MockError } from '../../src/core/errors.ts'
import { defineApi, type Handler } from '../../src/core/plugin.ts'
import { empty, json } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import { fixedWindow } from '../../src/rate-limit/policies.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import spec from '../../specs/proworkflow/openapi.gen.json' with { type: 'json' }
import { verifyApiKey, verifyBasic } from './auth.ts'
import { companyHandlers } from './handlers/companies.ts'
import { contactHandlers } from './handlers/contacts.ts'
import { eventHandlers } from './handlers/events.ts'
import { expenseHandlers } from './handlers/expenses.ts'
import { fileHandlers } from './handlers/files.ts'
import { invoiceHandlers } from './handlers/invoices.ts'
import { meHandlers } from './handlers/me.ts'
import { messageHandlers } from './handlers/messages.ts'
import { noteHandlers } from './handlers/notes.ts'
import { projectRequestHandlers } from './handlers/project-requests.ts'
import { createState, inspectState, type PwOptions, type PwState } from './state.ts'
import { PROWORKFLOW, PROWORKFLOW_DEFAULTS, RATE_WINDOW_SECONDS } from './defaults.ts'

export { PROWORKFLOW_DEFAULTS, RATE_WINDOW_SECONDS } from './defaults.ts'


const handlers: Record<string, Handler<PwState>> = {
  ...companyHandlers,
  ...contactHandlers,
  ...meHandlers,
  ...eventHandlers,
  ...expenseHandlers,
  ...fileHandlers,
  ...invoiceHandlers,
  ...messageHandlers,
  ...noteHandlers,
  ...projectRequestHandlers,
}

/** C live (inv §4): "Unknown path → an HTML page, not JSON". */
const notFoundPage = (path: string): MockResponse => ({
  status: 404,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL ${path.replace(/[<>&"]/g, '')} was not found on this server.</p></body></html>`,
})

/**
 * Errors in the vendor's shape (C live, inv §4): `{"status":"Error","details":["…"]}`; a 401 has an EMPTY body whichever
 * half of the dual auth failed; an unknown path gets an HTML page. Every request the API cannot take (bad parameter,
 * body, content type or size) is a 400, the only client-error status the sources document besides 401/403/404/429.
 */
export function errorResponse(error: MockError): MockResponse {
  const body = (status: number) => json(status, { status: 'Error', details: error.messages })
  switch (error.code) {
    case 'unauthorized':
      return empty(401)
    case 'no_route':
    case 'method_not_allowed':
      return notFoundPage(error.path ?? '')
    case 'not_found':
    case 'unknown_example':
      return body(404)
    case 'forbidden':
    case 'blocked':
      return body(403)
    case 'rate_limited':
      return body(429)
    case 'headers_too_large':
      // Refused by the web server before the API sees it (inferred, NOTES.md): the HTTP status, the API's envelope.
      return body(431)
    case 'internal':
      // C live: a 500's `details` is a bare string.
      return json(error.status, { status: 'Error', details: `An unidentified error occurred: ${error.message}` })
    default:
      return body(400)
  }
}

export const proworkflow = defineApi<PwState>({
  ...PROWORKFLOW,
  // The JSON copy of specs/proworkflow/openapi.yaml (npm run gen:types): importable without a file system.
  document: spec as unknown as OpenApiDocument,
  defaults: PROWORKFLOW_DEFAULTS,
  createState,
  inspect: inspectState,
  handlers,
  verify: { apikey: verifyApiKey, apikeyQuery: verifyApiKey, basic: verifyBasic },
  // V: the key "can be sent as a header, a query parameter or a body parameter".
  apiKeyInBody: ['apikey'],
  errorResponse,
  rateLimits(options) {
    const limit = Number(options.rateLimit)
    if (!(Number.isInteger(limit) && limit >= 0)) throw new Error(`proworkflow: rateLimit must be a whole number >= 0, got ${String(options.rateLimit)}`)
    // C (inv §3): 500 per 30 s per API key; x-ratelimit-limit/-remaining/-reset (seconds) on every response; no Retry-After.
    return [
      fixedWindow({
        limit,
        windowMs: RATE_WINDOW_SECONDS * 1000,
        headers: { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset' },
        message: `Rate limit exceeded: ${limit} requests per ${RATE_WINDOW_SECONDS} seconds`,
      }),
    ]
  },
  banner(baseUrl, options) {
    const o = options as unknown as PwOptions
    return [
      `API key: ${o.apiKey}   login: ${o.username} / ${o.password}   (both on every call: apikey header, query or body AND HTTP Basic)`,
      `Rate limit: ${o.rateLimit} requests per ${RATE_WINDOW_SECONDS} s per API key (x-ratelimit-* headers)`,
      `Try: curl -u ${o.username}:${o.password} -H 'apikey: ${o.apiKey}' ${baseUrl}/contacts`,
      `Query: curl -u ${o.username}:${o.password} '${baseUrl}/companies/2/projects?apikey=${o.apiKey}&fields=number,title,manager&status=all&sortby=duedate'`,
    ]
  },
})
