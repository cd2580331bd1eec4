/**
 * What the CLI needs to know of ProWorkflow before loading it: its id, title and options. Kept apart from index.ts so
 * that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import { defineOptions, type OptionDeclarations, type OptionSchema, type OptionValues } from '../../src/core/options.ts'
import { RATE_LIMIT_FLAG } from '../../src/core/shared-flags.ts'
import { PROWORKFLOW_DUTIES } from './duties.ts'

export const PROWORKFLOW = { id: 'proworkflow', title: 'ProWorkflow API (classic)' } as const

/**
 * The demo credentials: the vendor's example key (V: "11111-22222-33333-44444-55555") and a demo login, and the
 * documented limit of 500 requests per 30 seconds per key (C, inv §3).
 */
const declarations = {
  apiKey: { type: 'string', default: '11111-22222-33333-44444-55555', description: 'API key the mock accepts' },
  username: { type: 'string', default: 'demo@example.com', description: 'Basic-auth login of the demo user' },
  password: { type: 'string', default: 'secret', description: 'Basic-auth password of the demo user' },
  rateLimit: {
    type: 'integer',
    default: PROWORKFLOW_DUTIES.quota.limit,
    min: 0,
    description: 'requests per 30 seconds per API key',
    shared: RATE_LIMIT_FLAG,
  },
} as const satisfies OptionDeclarations

type Declared = OptionValues<typeof declarations>

/** The parsed options (an interface, so declarations and messages name it rather than spelling it out). */
export interface PwOptions extends Declared {}

export const PROWORKFLOW_OPTIONS: OptionSchema<PwOptions> = defineOptions(PROWORKFLOW.id, declarations)

export const PROWORKFLOW_DEFAULTS: PwOptions = PROWORKFLOW_OPTIONS.defaults

export { RATE_WINDOW_SECONDS } from './duties.ts'
