/**
 * What the CLI needs to know of Resource Guru before loading it: its id, title and default options. Kept apart from
 * index.ts so that listing the options (`--help`) or serving another API never loads this API's spec and seed.
 */
import type { RgOptions } from './state.ts'

export const RESOURCE_GURU = { id: 'resource-guru', title: 'Resource Guru API' } as const

/** The demo login, OAuth client and limits: the vendor docs' own examples (README "Interface conventions"). */
export const RESOURCE_GURU_DEFAULTS: Readonly<RgOptions & { rateLimit: number }> = {
  account: 'example-corp',
  username: 'user@example.com',
  password: 'secret',
  clientId: 'the_client_id',
  clientSecret: 'the_client_secret',
  tokenTtlSeconds: 604_800,
  // Undocumented: 30 days, inferred (specs/resource-guru/NOTES.md).
  refreshTokenTtlSeconds: 2_592_000,
  rateLimit: 200,
}
