/**
 * What the CLI needs to know of Screendragon before loading it: its id, title and options. Kept apart from index.ts
 * so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import { defineOptions, type OptionDeclarations, type OptionSchema, type OptionValues } from '../../src/core/options.ts'
import { RATE_LIMIT_FLAG } from '../../src/core/shared-flags.ts'
import { SCREENDRAGON_DUTIES } from './duties.ts'

export const SCREENDRAGON = { id: 'screendragon', title: 'Screendragon Resources API' } as const

/** The demo OAuth client and API key, limits and scale. */
const declarations = {
  clientId: { type: 'string', default: 'the_client_id', description: 'OAuth client id the mock accepts' },
  clientSecret: { type: 'string', default: 'the_client_secret', description: 'OAuth client secret' },
  apiKey: { type: 'string', default: 'the_api_key', description: 'API key for Basic auth (apikey:<key>)' },
  // Undocumented; an hour is the usual client-credentials lifetime (inferred).
  tokenTtlSeconds: { type: 'integer', default: 3600, min: 1, description: 'lifetime of an access token, seconds' },
  // "Standard Limit: 1,000 requests per hour per client." (vendor "API Usage Guidelines")
  rateLimit: {
    type: 'integer',
    default: SCREENDRAGON_DUTIES.quota.limit,
    min: 0,
    description: 'requests per hour per client',
    shared: RATE_LIMIT_FLAG,
  },
  // 1048500 is the documented maximum (003 line 228).
  dailyResourcingRows: {
    type: 'integer',
    default: 1000,
    min: 0,
    max: 1_048_500,
    description: 'rows of daily resourcing the seeded bookings give',
  },
  listStreamThreshold: {
    type: 'integer',
    default: 5000,
    min: 0,
    description: 'lists longer than this are streamed rather than built in memory',
  },
} as const satisfies OptionDeclarations

type Declared = OptionValues<typeof declarations>

/** The parsed options (an interface, so declarations and messages name it rather than spelling it out). */
export interface SdOptions extends Declared {}

export const SCREENDRAGON_OPTIONS: OptionSchema<SdOptions> = defineOptions(SCREENDRAGON.id, declarations)

export const SCREENDRAGON_DEFAULTS: SdOptions = SCREENDRAGON_OPTIONS.defaults
