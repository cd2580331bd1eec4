/**
 * What the CLI needs to know of ScheduleIt before loading it: its id, title and options. Kept apart from index.ts so
 * that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import { defineOptions, type OptionDeclarations, type OptionSchema, type OptionValues } from '../../src/core/options.ts'
import { CHAOS_FLAG, RATE_LIMIT_FLAG } from '../../src/core/shared-flags.ts'

export const SCHEDULEIT = { id: 'scheduleit', title: 'ScheduleIt REST API' } as const

/**
 * The demo login (`12345_demo` / `secret`: the vendor's examples use account 12345, inventory §1), the chance of a
 * random 429 per request, and a quota per minute (0 = none: ScheduleIt documents no quota).
 *
 * `chaos` is 0 by default so that in-process handlers (`createHandlers`, `createMock`) answer deterministically in a
 * user's test run; `serve` applies the vendor-like 2% (its `serveDefault`).
 */
const declarations = {
  accountNumber: { type: 'string', default: '12345', description: 'account number of the demo login' },
  loginName: { type: 'string', default: 'demo', description: 'login name (Basic auth as <account>_<login>)' },
  password: { type: 'string', default: 'secret', description: 'password of the demo login' },
  // 000 line 15: "Occasionally we will reply with a 429 response to see if your error checking code is working."
  chaos: {
    type: 'number',
    default: 0,
    serveDefault: 0.02,
    min: 0,
    max: 1,
    description: 'probability of a random 429 per request (0 turns them off)',
    shared: CHAOS_FLAG,
  },
  rateLimit: {
    type: 'integer',
    default: 0,
    min: 0,
    description: 'requests per minute per login (0: no quota; ScheduleIt documents none)',
    shared: RATE_LIMIT_FLAG,
  },
} as const satisfies OptionDeclarations

type Declared = OptionValues<typeof declarations>

/** The parsed options (an interface, so declarations and messages name it rather than spelling it out). */
export interface SiOptions extends Declared {}

export const SCHEDULEIT_OPTIONS: OptionSchema<SiOptions> = defineOptions(SCHEDULEIT.id, declarations)

export const SCHEDULEIT_DEFAULTS: SiOptions = SCHEDULEIT_OPTIONS.defaults
