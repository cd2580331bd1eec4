/**
 * What the CLI needs to know of Resource Guru before loading it: its id, title and options. Kept apart from index.ts
 * so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import { defineOptions, type OptionDeclarations, type OptionSchema, type OptionValues } from '../../src/core/options.ts'
import { RATE_LIMIT_FLAG } from '../../src/core/shared-flags.ts'
import { RESOURCE_GURU_DUTIES } from './duties.ts'

export const RESOURCE_GURU = { id: 'resource-guru', title: 'Resource Guru API' } as const

/** The demo login, OAuth client and limits: the vendor docs' own examples (README "Interface conventions"). */
const declarations = {
  account: { type: 'string', default: 'example-corp', description: "the demo account's subdomain (URL id)" },
  username: {
    type: 'string',
    default: 'user@example.com',
    description: 'login of the demo user (password grant, Basic)',
  },
  password: { type: 'string', default: 'secret', description: 'password of the demo user' },
  clientId: { type: 'string', default: 'the_client_id', description: 'OAuth client id of the demo application' },
  clientSecret: { type: 'string', default: 'the_client_secret', description: 'OAuth client secret' },
  tokenTtlSeconds: { type: 'integer', default: 604_800, min: 1, description: 'lifetime of an access token, seconds' },
  // Undocumented: 30 days, inferred (specs/resource-guru/NOTES.md).
  refreshTokenTtlSeconds: {
    type: 'integer',
    default: 2_592_000,
    min: 1,
    description: 'lifetime of a refresh token, seconds (inferred)',
  },
  rateLimit: {
    type: 'integer',
    default: RESOURCE_GURU_DUTIES.quota.limit,
    min: 0,
    description: 'requests per minute per account',
    shared: RATE_LIMIT_FLAG,
  },
  // Webhook delivery (001 4830: "We will automatically try to deliver a payload 100 times before marking it as
  // failed"). Off in-process (createMock, createHandlers, createEngine, startServer): a user's test run makes no
  // outbound call it did not ask for, and under MSW's setupServer a delivery would be an unhandled request. `serve`
  // delivers for real (its serveDefault). See specs/resource-guru/NOTES.md "Webhooks (mock)".
  webhooks: {
    type: 'string',
    values: ['on', 'off'],
    default: 'off',
    serveDefault: 'on',
    description: 'send webhook payloads to their URLs (off: nothing is sent; in-process mocks default to off)',
  },
  webhookAttempts: {
    type: 'integer',
    default: 100,
    min: 1,
    max: 1000,
    description: 'delivery attempts per payload before it is failed',
  },
  // Inferred: the vendor documents the count of attempts, not their spacing.
  webhookRetryMs: {
    type: 'integer',
    default: 2_000,
    min: 0,
    max: 3_600_000,
    description: 'wait before the first retry, ms; each further retry waits twice as long, at most an hour (inferred)',
  },
  webhookTimeoutMs: {
    type: 'integer',
    default: 5_000,
    min: 1,
    max: 600_000,
    description: 'a delivery attempt with no answer within this is failed, ms (inferred)',
  },
} as const satisfies OptionDeclarations

type Declared = OptionValues<typeof declarations>

/** The parsed options (an interface, so declarations and messages name it rather than spelling it out). */
export interface RgOptions extends Declared {}

export const RESOURCE_GURU_OPTIONS: OptionSchema<RgOptions> = defineOptions(RESOURCE_GURU.id, declarations)

export const RESOURCE_GURU_DEFAULTS: RgOptions = RESOURCE_GURU_OPTIONS.defaults
