/**
 * The ScheduleIt plug-in: seeded state, one handler per operation, Basic auth with the account-number-prefixed login,
 * the `{"status", "status_code", "message"}` error body, random 429s "to see if your error checking code is working"
 * (000 line 15), an optional quota, and the vendor's client duties as conduct rules.
 */
import { type MockError, statusFor } from '../../src/core/errors.ts'
import { defineApi, defineHandlers, type ApiPlugin } from '../../src/core/plugin.ts'
import { json } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import { fixedWindow, randomRejection, type RateLimitPolicy } from '../../src/rate-limit/policies.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import spec from '../../specs/scheduleit/openapi.gen.json' with { type: 'json' }
import type { operations } from '../../specs/scheduleit/openapi.gen.ts'
import { clientKey, verifyBasic } from './auth.ts'
import type { Schemas } from './common.ts'
import { conductRules } from './conduct.ts'
import { eventHandlers } from './handlers/events.ts'
import { groupHandlers } from './handlers/groups.ts'
import { resourceHandlers } from './handlers/resources.ts'
import { rootHandlers } from './handlers/root.ts'
import { createState, inspectState, type SiOptions, type SiState } from './state.ts'
import { SCHEDULEIT, SCHEDULEIT_OPTIONS } from './defaults.ts'

export { SCHEDULEIT_DEFAULTS } from './defaults.ts'

const handlers = defineHandlers<operations, SiState, SiOptions>()({
  ...rootHandlers,
  ...eventHandlers,
  ...resourceHandlers,
  ...groupHandlers,
})

/** The status phrase of the error body: the documented words where there are some (000 line 15). */
function phrase(status: number): string {
  if (status === 429) return 'Wait 1 Minute'
  if (status === 403) return 'Access Denied'
  if (status === 404) return 'Not Found'
  if (status === 405) return 'Method Not Allowed'
  if (status === 431) return 'Request Header Fields Too Large'
  // The shared store (Redis) is unreachable: not documented, the HTTP phrase (inferred, NOTES.md).
  if (status === 503) return 'Service Unavailable'
  if (status >= 500) return 'Internal Server Error'
  return 'Bad Request'
}

/** ScheduleIt's statuses for the engine's error codes; anything else is a 400. */
const STATUSES = {
  blocked: 403,
  forbidden: 403,
  rate_limited: 429,
  not_found: 404,
  no_route: 404,
  method_not_allowed: 405,
  // Refused by the web server before the API sees it (inferred, NOTES.md).
  headers_too_large: 431,
} as const

/** The spec's `Error` body (built here, outside any handler, so typed by its schema rather than by `ctx.json`). */
const errorBody = (status: number, phrase: string, message: string): Schemas['Error'] => ({
  status: phrase,
  status_code: String(status),
  message,
})

/**
 * Errors in the vendor's shape: a top-level `status_code` (public clients detect a 429 by it, inventory §1) with a
 * status phrase and a message (inferred). ScheduleIt names 200, 429, 400 and 403 only (000 line 15), so every
 * request the API cannot take — a bad parameter, body, content type or size — is a 400; an unknown id is a 404
 * (inferred).
 */
export function errorResponse(error: MockError): MockResponse {
  if (error.code === 'unauthorized') {
    // Which of 400 and 403 the vendor uses when is not documented; here 400 without usable credentials, 403 for
    // wrong ones (inferred).
    const missing = error.reason === 'missing_credentials'
    const status = missing ? 400 : 403
    const message = missing
      ? 'Login required: send HTTP Basic credentials <account number>_<login name>:<password>'
      : 'Access denied: the account number, login name or password is wrong'
    return json(status, errorBody(status, 'Access Denied', message))
  }
  const status = statusFor(error, STATUSES, 400)
  return json(status, errorBody(status, phrase(status), error.messages.join('; ')))
}

export const scheduleit: ApiPlugin<SiState, SiOptions> = defineApi({
  ...SCHEDULEIT,
  // The JSON copy of specs/scheduleit/openapi.yaml (npm run gen:types): importable without a file system.
  document: spec as unknown as OpenApiDocument,
  options: SCHEDULEIT_OPTIONS,
  createState,
  // Data saved by snapshots; the clock is rebuilt.
  snapshotFields: ['login', 'events', 'resources', 'groups', 'labels'],
  inspect: inspectState,
  handlers,
  verify: { basic: verifyBasic },
  clientKey,
  errorResponse,
  rateLimits(options, random) {
    const policies: RateLimitPolicy[] = []
    const quota = options.rateLimit
    if (quota > 0) {
      // ScheduleIt documents no quota: this is the mock's own, per login and minute, answered like its 429s.
      policies.push(
        fixedWindow({
          limit: quota,
          windowMs: 60_000,
          message: `Wait 1 Minute: more than ${quota} requests this minute (the mock's rateLimit option)`,
        }),
      )
    }
    const chaos = options.chaos
    if (chaos > 0) {
      // 000 line 15: "Occasionally we will reply with a 429 response to see if your error checking code is working."
      policies.push(
        randomRejection({
          probability: chaos,
          random,
          message: 'Wait 1 Minute: a random 429, as ScheduleIt sends to check that your script handles errors',
        }),
      )
    }
    return policies
  },
  conductRules,
  banner(baseUrl, options) {
    const o = options
    const user = `${o.accountNumber}_${o.loginName}`
    const conduct = new URL(`/__mock/scheduleit/conduct`, baseUrl).toString()
    return [
      `Login: ${user} / ${o.password}   (account number ${o.accountNumber}, login name ${o.loginName}; HTTP Basic)`,
      `Random 429 "Wait 1 Minute": ${o.chaos > 0 ? `${o.chaos * 100}% of requests` : 'off'} (--chaos 0 turns it off)${o.rateLimit > 0 ? `   quota: ${o.rateLimit} requests per minute` : ''}`,
      `Client duties tracked (wait 60 s after a 429, 1 h after a 400/403, stop after 3 errors, poll ≤ every 20 min with search_date_modified): ${conduct}`,
      `Try: curl -u ${user}:${o.password} ${baseUrl}/api/events`,
      `Search: curl -u ${user}:${o.password} '${baseUrl}/api/events?fields=id,title,date_start,owner&search_title=test&sort=-date_start&limit=5'`,
    ]
  },
})
