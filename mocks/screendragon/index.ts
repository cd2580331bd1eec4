/**
 * The Screendragon Resources API plug-in: seeded users, projects, events and bookings; the five documented operations
 * (plus the POST spelling of amend and the OAuth token endpoint); Bearer and Basic-with-API-key verification; the
 * 1,000-requests-per-hour limit; and the `{"error": "…"}` body.
 */
import { defineApi, defineHandlers, type ApiPlugin } from '../../src/core/plugin.ts'
import { json } from '../../src/core/responses.ts'
import { conductRulesFor, quotaPolicy } from '../../src/conduct/duties.ts'
import { oauthError } from '../../src/auth/oauth-error.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import spec from '../../specs/screendragon/openapi.gen.json' with { type: 'json' }
import type { operations } from '../../specs/screendragon/openapi.gen.ts'
import { createToken, verifyBasic, verifyBearer } from './auth.ts'
import { MESSAGES, VendorError } from './common.ts'
import { bookingHandlers } from './handlers/bookings.ts'
import { dailyResourcingHandlers } from './handlers/daily-resourcing.ts'
import { createState, DEMO, inspectState, type SdOptions, type SdState } from './state.ts'
import { SCREENDRAGON, SCREENDRAGON_OPTIONS } from './defaults.ts'
import { SCREENDRAGON_DUTIES } from './duties.ts'

export { SCREENDRAGON_DEFAULTS } from './defaults.ts'

export { DEMO, UNCONFIGURED_CLIENT } from './state.ts'
export { MESSAGES } from './common.ts'

const BOOKING_WRITES = new Set(['addResourceBooking', 'amendResourceBooking', 'amendResourceBookingViaPost'])
const AMENDS = new Set(['amendResourceBooking', 'amendResourceBookingViaPost'])

const handlers = defineHandlers<operations, SdState, SdOptions>()({
  createToken,
  ...bookingHandlers,
  ...dailyResourcingHandlers,
})

export const screendragon: ApiPlugin<SdState, SdOptions> = defineApi({
  ...SCREENDRAGON,
  // The JSON copy of specs/screendragon/openapi.yaml (npm run gen:types): importable without a file system.
  document: spec as unknown as OpenApiDocument,
  options: SCREENDRAGON_OPTIONS,
  createState,
  // Data saved by snapshots: every field of the state is data.
  snapshotFields: [
    'users',
    'projects',
    'events',
    'bookings',
    'tasks',
    'nextTaskId',
    'clients',
    'apiKey',
    'tokens',
    'customFields',
  ],
  inspect: inspectState,
  handlers,
  verify: { oauth2: verifyBearer, basic: verifyBasic },
  errorResponse(error, op) {
    const id = op?.operationId ?? ''
    if (error instanceof VendorError) return json(error.status, { error: error.message })
    const badBody = error.code === 'invalid_body' || error.code === 'malformed_body'
    // The token endpoint answers in RFC 6749's shape (its `error` is a code).
    if (id === 'createToken' && badBody) return oauthError(400, 'invalid_request', error.message)
    // A body that does not parse or bind to `Booking` (003 lines 77, 143).
    if (BOOKING_WRITES.has(id) && badBody) return json(400, { error: MESSAGES.unparseable })
    // A {taskId} that is not an Int32 (003 line 144).
    if (AMENDS.has(id) && error.code === 'invalid_parameters' && error.parameter === 'taskId')
      return json(400, { error: MESSAGES.invalidTask })
    if (error.code === 'unauthorized') return json(401, { error: MESSAGES.unauthorized })
    // The vendor documents 400 for every refusal; there is no 422.
    return json(error.status === 422 ? 400 : error.status, { error: error.message })
  },
  // The quota and the duty after a 429 are declared in duties.ts, which the client middleware reads too. Vendor "API
  // Usage Guidelines": 1,000 requests per hour per client, then 429.
  rateLimits: (options) => [
    quotaPolicy(SCREENDRAGON_DUTIES.quota, {
      limit: options.rateLimit,
      message: `Too Many Requests: the limit is ${options.rateLimit} requests per hour per client.`,
    }),
  ],
  // Recorded at /__mock/screendragon/conduct (blocked with --block-misconduct), never enforced otherwise.
  conductRules: () => conductRulesFor(SCREENDRAGON_DUTIES),
  banner(baseUrl, options) {
    const o = options
    return [
      `OAuth client: ${o.clientId} / ${o.clientSecret}   API key (Basic): ${o.apiKey}`,
      `Rate limit: ${o.rateLimit} requests per hour per client   Daily resourcing: ${o.dailyResourcingRows} seeded rows (--screendragon-daily-resourcing-rows <n>, up to 1048500)`,
      `Token: curl -d grant_type=client_credentials -d client_id=${o.clientId} -d client_secret=${o.clientSecret} ${baseUrl}/oauth/token`,
      `Try: curl -H "Authorization: Bearer <access_token>" "${baseUrl}/api/resource?user=${DEMO.userId}"`,
      `Or:  curl -u apikey:${o.apiKey} "${baseUrl}/api/resource/DailyResourcing?includeGuestUsers=true"`,
    ]
  },
})
