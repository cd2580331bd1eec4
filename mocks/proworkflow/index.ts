/**
 * The ProWorkflow (classic API) plug-in: seeded state, one handler per operation of specs/proworkflow/openapi.yaml,
 * the dual auth (API key AND Basic), 500 requests per 30 s per key with `x-ratelimit-*` headers, and the
 * `{"status":"Error","details":[…]}` error body (an empty 401, an HTML 404 for unknown paths).
 */
import { statusFor, type MockError } from '../../src/core/errors.ts'
import { defineApi, defineHandlers, type ApiPlugin } from '../../src/core/plugin.ts'
import { empty, json } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import { conductRulesFor, quotaPolicy } from '../../src/conduct/duties.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import spec from '../../specs/proworkflow/openapi.gen.json' with { type: 'json' }
import type { operations } from '../../specs/proworkflow/openapi.gen.ts'
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
import { ACCOUNT_URL } from './records.ts'
import { createState, inspectState, type PwOptions, type PwState } from './state.ts'
import { PROWORKFLOW, PROWORKFLOW_OPTIONS } from './defaults.ts'
import { PROWORKFLOW_DUTIES, RATE_WINDOW_SECONDS } from './duties.ts'

export { PROWORKFLOW_DEFAULTS, RATE_WINDOW_SECONDS } from './defaults.ts'

const handlers = defineHandlers<operations, PwState, PwOptions>()({
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
})

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
/** ProWorkflow's statuses for the engine's error codes; anything else is a 400. */
const STATUSES = {
  not_found: 404,
  forbidden: 403,
  blocked: 403,
  rate_limited: 429,
  // Refused by the web server before the API sees it (inferred, NOTES.md): the HTTP status, the API's envelope.
  headers_too_large: 431,
} as const

export function errorResponse(error: MockError): MockResponse {
  if (error.code === 'unauthorized') return empty(401)
  if (error.code === 'no_route' || error.code === 'method_not_allowed') return notFoundPage(error.path ?? '')
  // C live: a 500's `details` is a bare string.
  if (error.code === 'internal')
    return json(error.status, { status: 'Error', details: `An unidentified error occurred: ${error.message}` })
  // `unavailable` (the shared store is unreachable) keeps its 503 through statusFor, in the same envelope (inferred).
  return json(statusFor(error, STATUSES, 400), { status: 'Error', details: error.messages })
}

export const proworkflow: ApiPlugin<PwState, PwOptions> = defineApi({
  ...PROWORKFLOW,
  // The JSON copy of specs/proworkflow/openapi.yaml (npm run gen:types): importable without a file system.
  document: spec as unknown as OpenApiDocument,
  options: PROWORKFLOW_OPTIONS,
  createState,
  // Data saved by snapshots; the clock and the options are rebuilt.
  snapshotFields: [
    'settings',
    'counters',
    'companies',
    'contacts',
    'projects',
    'tasks',
    'time',
    'quotes',
    'invoices',
    'lines',
    'notes',
    'events',
    'expenses',
    'folders',
    'files',
    'messages',
    'projectrequests',
    'demoContactId',
  ],
  inspect: inspectState,
  handlers,
  verify: { apikey: verifyApiKey, apikeyQuery: verifyApiKey, basic: verifyBasic },
  // V: the key "can be sent as a header, a query parameter or a body parameter".
  apiKeyInBody: ['apikey'],
  errorResponse,
  // The quota and the duty after a 429 are declared in duties.ts, which the client middleware reads too. C (inv §3):
  // 500 per 30 s per API key; x-ratelimit-limit/-remaining/-reset (seconds) on every response; no Retry-After.
  rateLimits: (options) => [
    quotaPolicy(PROWORKFLOW_DUTIES.quota, {
      limit: options.rateLimit,
      message: `Rate limit exceeded: ${options.rateLimit} requests per ${RATE_WINDOW_SECONDS} seconds`,
    }),
  ],
  // Recorded at /__mock/proworkflow/conduct (blocked with --block-misconduct), never enforced otherwise.
  conductRules: () => conductRulesFor(PROWORKFLOW_DUTIES),
  banner(baseUrl, options) {
    const o = options
    return [
      `API key: ${o.apiKey}   login: ${o.username} / ${o.password}   (both on every call: apikey header, query or body AND HTTP Basic)`,
      `Account URL: ${ACCOUNT_URL} (GET /login?url=… with Basic only returns the API key)`,
      `Rate limit: ${o.rateLimit} requests per ${RATE_WINDOW_SECONDS} s per API key (x-ratelimit-* headers)`,
      `Try: curl -u ${o.username}:${o.password} -H 'apikey: ${o.apiKey}' ${baseUrl}/contacts`,
      `Query: curl -u ${o.username}:${o.password} '${baseUrl}/companies/2/projects?apikey=${o.apiKey}&fields=number,title,manager&status=all&sortby=duedate'`,
    ]
  },
})
