/**
 * A typed ProWorkflow client: openapi-fetch over the spec's generated `paths`, with the API key AND HTTP Basic on
 * every request, and the vendor's duties from duties.ts: at most 500 requests per 30 s (paced with
 * x-ratelimit-remaining and x-ratelimit-reset), and after a 429 the wait x-ratelimit-reset gives, then one retry.
 */
import { basicAuth } from '../../src/client/auth.ts'
import { createTypedClient, type DutifulClient, type VendorClientOptions } from '../../src/client/create-client.ts'
import type { paths } from '../../specs/proworkflow/openapi.gen.ts'
import { PROWORKFLOW_DUTIES } from './duties.ts'

/** The real API (the spec's `servers`). */
export const PROWORKFLOW_BASE_URL = 'https://api.proworkflow.net'

/** Both halves of the dual auth: the account's API key (sent in the `apikey` header) and the user's login. */
export interface ProWorkflowAuth {
  apiKey: string
  username: string
  password: string
}

export type ProWorkflowClientOptions = VendorClientOptions<typeof PROWORKFLOW_DUTIES, ProWorkflowAuth>
export type ProWorkflowClient = DutifulClient<paths>

/**
 * @example
 * const pwf = createClient({ auth: { apiKey, username, password } })
 * const { data } = await pwf.GET('/contacts', { params: { query: { fields: ['name', 'email'] } } })
 */
export function createClient(options: ProWorkflowClientOptions): ProWorkflowClient {
  const { apiKey, username, password } = options.auth
  return createTypedClient<paths>(
    {
      defaultBaseUrl: PROWORKFLOW_BASE_URL,
      declared: PROWORKFLOW_DUTIES,
      // The spec's arrays (fields, subtotals, types) are comma-separated: style form, explode false.
      querySerializer: { array: { style: 'form', explode: false } },
      auth: () => basicAuth(username, password, { apikey: apiKey }),
    },
    options,
  )
}
