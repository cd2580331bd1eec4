/**
 * The Resource Guru plug-in: seeded state, one handler per operation, OAuth2/Basic verification, the 200-per-minute
 * rate limit, account access rules and the `{"errors": [...]}` error body.
 */
import { MockError } from '../../src/core/errors.ts'
import { defineApi, defineHandlers, type ApiPlugin } from '../../src/core/plugin.ts'
import { json } from '../../src/core/responses.ts'
import { conductRulesFor, quotaPolicy } from '../../src/conduct/duties.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import { oauthError } from '../../src/auth/oauth-error.ts'
import spec from '../../specs/resource-guru/openapi.gen.json' with { type: 'json' }
import { authorize, createToken, verifyBasic, verifyBearer } from './auth.ts'
import type { RgOperations, RgPrincipal } from './common.ts'
import { accountHandlers } from './handlers/accounts.ts'
import { bookingHandlers } from './handlers/bookings.ts'
import { clientHandlers } from './handlers/clients.ts'
import { configHandlers } from './handlers/config.ts'
import { projectHandlers } from './handlers/projects.ts'
import { reportHandlers } from './handlers/reports.ts'
import { resourceHandlers } from './handlers/resources.ts'
import { userHandlers } from './handlers/users.ts'
import { createState, inspectState, rebaseUrls, type RgOptions, type RgState } from './state.ts'
import { RESOURCE_GURU, RESOURCE_GURU_OPTIONS } from './defaults.ts'
import { RESOURCE_GURU_DUTIES } from './duties.ts'

export { RESOURCE_GURU_DEFAULTS } from './defaults.ts'

const handlers = defineHandlers<RgOperations, RgState, RgOptions>()({
  createToken,
  authorize,
  ...accountHandlers,
  ...bookingHandlers,
  ...clientHandlers,
  ...projectHandlers,
  ...resourceHandlers,
  ...userHandlers,
  ...configHandlers,
  ...reportHandlers,
})

/** The OAuth2 endpoints, which answer in RFC 6749's error shape rather than the API's `{"errors"}`. */
const OAUTH_OPERATIONS = new Set(['createToken', 'authorize'])

/** Input the OAuth endpoints refuse with RFC 6749's `invalid_request` (§4.1.2.1, §5.2). */
const OAUTH_INPUT_ERRORS = new Set(['invalid_body', 'invalid_parameters', 'malformed_body'])

export const resourceGuru: ApiPlugin<RgState, RgOptions> = defineApi({
  ...RESOURCE_GURU,
  // The JSON copy of specs/resource-guru/openapi.yaml (npm run gen:types): importable without a file system.
  document: spec as unknown as OpenApiDocument,
  options: RESOURCE_GURU_OPTIONS,
  createState,
  // Data saved by snapshots; the clock, the token-issuing windows and the webhook delivery queue are rebuilt.
  snapshotFields: ['baseUrl', 'logins', 'accounts', 'accountIds', 'clients', 'tokens', 'demo'],
  // The state's webhook delivery queue: closed on every reset and on shutdown, so no delivery outlives its records.
  dispose: (state) => state.webhookDelivery.close(),
  inspect: inspectState,
  handlers,
  verify: { oauth2: verifyBearer, basic: verifyBasic },
  // A POST body without Content-Type is read as a form, as Rack (under the vendor's Rails) reads one: the Python example
  // of 001 posts `requests.post(token_url, urlencode(parameters))`, which sends none. Only the token endpoint takes a
  // form; a JSON-only operation still answers 415 to it (inferred, specs/resource-guru/NOTES.md).
  untypedBody: { POST: 'application/x-www-form-urlencoded' },
  errorResponse(error, op) {
    // RFC 6749 §5.2 / §4.1.2.1: a malformed token or authorization request is a 400 with an OAuth error; an unknown
    // grant_type (the spec's enum) is `unsupported_grant_type`. Found by the contract run's negative checks: these
    // endpoints document only the OAuth shape, and the validator's answer was a 422 or 400 in the `{"errors"}` one.
    if (op && OAUTH_OPERATIONS.has(op.operationId) && OAUTH_INPUT_ERRORS.has(error.code)) {
      const grant = op.operationId === 'createToken' && error.parameter === 'body.grant_type' && error.reason === 'enum'
      return oauthError(400, grant ? 'unsupported_grant_type' : 'invalid_request', error.messages[0] ?? error.message)
    }
    return json(error.status, { errors: error.messages })
  },
  // The quota and the duty after a 429 are declared in duties.ts, which the client middleware reads too. 001 "Rate
  // Limiting": 200 requests per minute per registered application, then 429 for the rest of the minute.
  rateLimits: (options) => [
    quotaPolicy(RESOURCE_GURU_DUTIES.quota, { limit: options.rateLimit, message: 'Rate Limit Exceeded' }),
  ],
  // Recorded (and blocked with --block-misconduct), never enforced otherwise.
  conductRules: () => conductRulesFor(RESOURCE_GURU_DUTIES),
  beforeHandle(ctx) {
    // Records' `url` fields on the base URL this request reached the API at (state.ts `rebaseUrls`).
    rebaseUrls(ctx.state, ctx.baseUrl)
    const subdomain = ctx.params.account
    if (typeof subdomain !== 'string') return undefined
    const data = ctx.state.accounts.get(subdomain)
    if (!data) throw new MockError('not_found', `Account "${subdomain}" was not found`)
    const principal = ctx.principal as RgPrincipal | undefined
    if (principal && !data.memberIds.has(principal.userId)) {
      throw new MockError('forbidden', `You do not have access to the account "${subdomain}"`)
    }
    return undefined
  },
  banner(baseUrl, options) {
    const o = options
    return [
      `Account URL ID: ${o.account}   login: ${o.username} / ${o.password}   OAuth client: ${o.clientId} / ${o.clientSecret}`,
      `Rate limit: ${o.rateLimit} requests per minute per application`,
      `Try: curl -u ${o.username}:${o.password} ${baseUrl}/v1/${o.account}/resources`,
      `Token: curl -d grant_type=password -d username=${o.username} -d password=${o.password} -d client_id=${o.clientId} -d client_secret=${o.clientSecret} ${baseUrl}/oauth/token`,
    ]
  },
})
