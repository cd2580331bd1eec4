/**
 * A typed Screendragon Resources API client: openapi-fetch over the spec's generated `paths`, with the OAuth2 client
 * credentials grant (a new token before the old one expires, and after a 401) or Basic with the API key, and the
 * vendor's duties from duties.ts: at most 1,000 requests an hour, and after a 429 the wait Retry-After gives (the rest
 * of the hour), then one retry.
 */
import { basicAuth, oauth2Auth, type TokenSet } from '../../src/client/auth.ts'
import { createTypedClient, type DutifulClient, type VendorClientOptions } from '../../src/client/create-client.ts'
import type { paths } from '../../specs/screendragon/openapi.gen.ts'
import { SCREENDRAGON_DUTIES } from './duties.ts'

/** The vendor's sandbox (the spec's `servers`); customers' hosted sites have their own host. */
export const SCREENDRAGON_BASE_URL = 'https://apisandbox.screendragon.com/sdapi'

export type ScreendragonAuth =
  /** OAuth2 client credentials (`POST /oauth/token`). */
  | { type: 'client_credentials'; clientId: string; clientSecret: string; onToken?: (token: TokenSet) => void }
  /** "Basic Authorization with API Key": sent as `apikey:<key>`. */
  | { type: 'api-key'; apiKey: string }

export type ScreendragonClientOptions = VendorClientOptions<typeof SCREENDRAGON_DUTIES, ScreendragonAuth>
export type ScreendragonClient = DutifulClient<paths>

/**
 * @example
 * const sd = createClient({ auth: { type: 'client_credentials', clientId, clientSecret } })
 * const { data } = await sd.GET('/api/resource', { params: { query: { user: '456' } } })
 */
export function createClient(options: ScreendragonClientOptions): ScreendragonClient {
  const auth = options.auth
  return createTypedClient<paths>(
    {
      defaultBaseUrl: SCREENDRAGON_BASE_URL,
      declared: SCREENDRAGON_DUTIES,
      auth: (context) =>
        auth.type === 'api-key'
          ? basicAuth('apikey', auth.apiKey)
          : oauth2Auth({
              ...context,
              tokenUrl: `${context.baseUrl}/oauth/token`,
              clientId: auth.clientId,
              clientSecret: auth.clientSecret,
              grant: { grant_type: 'client_credentials' },
              onToken: auth.onToken,
            }),
    },
    options,
  )
}
