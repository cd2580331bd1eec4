/**
 * A typed ScheduleIt client: openapi-fetch over the spec's generated `paths`, with HTTP Basic
 * (`<account number>_<login name>`), and the vendor's duties from duties.ts: after a 429 wait a minute and retry once;
 * after a 400 or 403 hold the login for an hour; after any other error wait a minute; after 3 errors in a row stop
 * for an hour; read a whole data set at most every 20 minutes, and after the first time only with
 * `search_date_modified`.
 */
import { basicAuth } from '../../src/client/auth.ts'
import { createTypedClient, type DutifulClient, type VendorClientOptions } from '../../src/client/create-client.ts'
import type { paths } from '../../specs/scheduleit/openapi.gen.ts'
import { SCHEDULEIT_DUTIES } from './duties.ts'

/** The real API (the spec's first `servers` entry). */
export const SCHEDULEIT_BASE_URL = 'https://www.scheduleit.com'

/** HTTP Basic with the account login: `username` is `<account number>_<login name>`, e.g. `12345_jsmith`. */
export interface ScheduleItAuth {
  username: string
  password: string
}

export type ScheduleItClientOptions = VendorClientOptions<typeof SCHEDULEIT_DUTIES, ScheduleItAuth>
export type ScheduleItClient = DutifulClient<paths>

/**
 * @example
 * const si = createClient({ auth: { username: '12345_jsmith', password } })
 * const { data } = await si.GET('/api/events', { params: { query: { fields: 'id,title', search_date_modified: '>2024-01-01' } } })
 */
export function createClient(options: ScheduleItClientOptions): ScheduleItClient {
  const { username, password } = options.auth
  return createTypedClient<paths>(
    { defaultBaseUrl: SCHEDULEIT_BASE_URL, declared: SCHEDULEIT_DUTIES, auth: () => basicAuth(username, password) },
    options,
  )
}
