/**
 * What the CLI needs to know of ProWorkflow before loading it: its id, title and default options. Kept apart from
 * index.ts so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import type { PwOptions } from './state.ts'

export const PROWORKFLOW = { id: 'proworkflow', title: 'ProWorkflow API (classic)' } as const

/**
 * The demo credentials: the vendor's example key (V: "11111-22222-33333-44444-55555") and a demo login, and the
 * documented limit of 500 requests per 30 seconds per key (C, inv §3).
 */
export const PROWORKFLOW_DEFAULTS: Readonly<PwOptions> = {
  apiKey: '11111-22222-33333-44444-55555',
  username: 'demo@example.com',
  password: 'secret',
  rateLimit: 500,
}

/** The window of the rate limit (C, inv §3: "500 requests per 30 seconds per API key"). */
export const RATE_WINDOW_SECONDS = 30
