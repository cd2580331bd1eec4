/**
 * What the CLI needs to know of ScheduleIt before loading it: its id, title and default options. Kept apart from
 * index.ts so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import type { SiOptions } from './state.ts'

export const SCHEDULEIT = { id: 'scheduleit', title: 'ScheduleIt REST API' } as const

/**
 * The demo login (`12345_demo` / `secret`: the vendor's examples use account 12345, inventory §1), the chance of a
 * random 429 per request, and a quota per minute (0 = none: ScheduleIt documents no quota).
 *
 * `chaos` is 0 here so that in-process handlers (`createHandlers`, `createMock`) answer deterministically in a user's
 * test run; `serve` applies the vendor-like 2% of `SCHEDULEIT_SERVE_DEFAULTS`.
 */
export const SCHEDULEIT_DEFAULTS: Readonly<SiOptions> = {
  accountNumber: '12345',
  loginName: 'demo',
  password: 'secret',
  chaos: 0,
  rateLimit: 0,
}

/** 000 line 15: "Occasionally we will reply with a 429 response to see if your error checking code is working." */
export const SCHEDULEIT_SERVE_DEFAULTS: Readonly<Partial<SiOptions>> = { chaos: 0.02 }
