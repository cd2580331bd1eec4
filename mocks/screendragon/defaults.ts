/**
 * What the CLI needs to know of Screendragon before loading it: its id, title and default options. Kept apart from
 * index.ts so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import type { SdOptions } from './state.ts'

export const SCREENDRAGON = { id: 'screendragon', title: 'Screendragon Resources API' } as const

/**
 * The demo OAuth client and API key, limits and scale. Each is a `--screendragon-<option>` flag and a
 * `SCREENDRAGON_<OPTION>` variable of `serve`.
 */
export const SCREENDRAGON_DEFAULTS: Readonly<SdOptions & { rateLimit: number; listStreamThreshold: number }> = {
  clientId: 'the_client_id',
  clientSecret: 'the_client_secret',
  apiKey: 'the_api_key',
  // Undocumented; an hour is the usual client-credentials lifetime (inferred).
  tokenTtlSeconds: 3600,
  // "Standard Limit: 1,000 requests per hour per client." (vendor "API Usage Guidelines")
  rateLimit: 1000,
  // Rows of daily resourcing the seeded bookings give; 1048500 is the documented maximum (003 line 228).
  dailyResourcingRows: 1000,
  // Lists longer than this are streamed rather than built in memory.
  listStreamThreshold: 5000,
}
