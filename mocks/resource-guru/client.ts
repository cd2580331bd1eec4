/**
 * A typed Resource Guru client: openapi-fetch over the spec's generated `paths`, with OAuth2 (password grant, tokens
 * refreshed before they expire and after a 401) or HTTP Basic, and the vendor's duties from duties.ts: at most 200
 * requests a minute (paced with X-RateLimit-Remaining), and after a 429 the wait Retry-After gives, then one retry.
 */
import { basicAuth, oauth2Auth, type TokenSet } from '../../src/client/auth.ts'
import { createTypedClient, type DutifulClient, type VendorClientOptions } from '../../src/client/create-client.ts'
import type { paths } from '../../specs/resource-guru/openapi.gen.ts'
import { RESOURCE_GURU_DUTIES } from './duties.ts'

/** The real API (the spec's `servers`). */
export const RESOURCE_GURU_BASE_URL = 'https://api.resourceguruapp.com'

export type ResourceGuruAuth =
  /** HTTP Basic: "intended for exploration of the API only" (001). */
  | { type: 'basic'; username: string; password: string }
  /**
   * OAuth2 (`POST /oauth/token`): the password grant with `username`/`password`, or tokens you hold (`token`, e.g.
   * from the authorization-code grant), refreshed with their refresh token.
   */
  | {
      type: 'oauth2'
      clientId: string
      clientSecret: string
      username?: string
      password?: string
      token?: TokenSet
      /** Called with every new token set: store the refresh token, which each refresh replaces. */
      onToken?: (token: TokenSet) => void
    }

export type ResourceGuruClientOptions = VendorClientOptions<typeof RESOURCE_GURU_DUTIES, ResourceGuruAuth>
export type ResourceGuruClient = DutifulClient<paths>

/**
 * @example
 * const rg = createClient({ auth: { type: 'oauth2', clientId, clientSecret, username, password } })
 * const { data } = await rg.GET('/v1/{account}/resources', { params: { path: { account: 'example-corp' } } })
 */
export function createClient(options: ResourceGuruClientOptions): ResourceGuruClient {
  const auth = options.auth
  return createTypedClient<paths>(
    {
      defaultBaseUrl: RESOURCE_GURU_BASE_URL,
      declared: RESOURCE_GURU_DUTIES,
      auth: (context) =>
        auth.type === 'basic'
          ? basicAuth(auth.username, auth.password)
          : oauth2Auth({
              ...context,
              tokenUrl: `${context.baseUrl}/oauth/token`,
              clientId: auth.clientId,
              clientSecret: auth.clientSecret,
              grant:
                auth.username !== undefined && auth.password !== undefined
                  ? { grant_type: 'password', username: auth.username, password: auth.password }
                  : undefined,
              token: auth.token,
              onToken: auth.onToken,
            }),
    },
    options,
  )
}
