/**
 * Auth providers: where the contract client gets its `Authorization` header. Each has a `description` for the run's
 * banner that names the credential's source but never the secret.
 */

export interface AuthContext {
  baseUrl: string
  fetch: typeof fetch
}

export interface AuthProvider {
  /** e.g. `Basic as user@example.com (from ACME_USERNAME / ACME_PASSWORD)`. */
  readonly description: string
  headers(context: AuthContext): Promise<Record<string, string>>
}

/** HTTP Basic (RFC 7617). */
export function basicAuth(username: string, password: string, description = `Basic as ${username}`): AuthProvider {
  const value = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  return { description, headers: async () => ({ authorization: value }) }
}

/** A bearer token (RFC 6750). */
export function bearerAuth(token: string, description = 'Bearer token'): AuthProvider {
  return { description, headers: async () => ({ authorization: `Bearer ${token}` }) }
}

/** An API key in a header. */
export function headerKeyAuth(name: string, key: string, description = `API key in ${name}`): AuthProvider {
  return { description, headers: async () => ({ [name.toLowerCase()]: key }) }
}

export interface PasswordGrantOptions {
  /** Token endpoint path relative to the base URL, e.g. `/oauth/token`. */
  tokenPath: string
  username: string
  password: string
  clientId: string
  clientSecret: string
  description?: string
}

/**
 * The OAuth2 password grant (RFC 6749 §4.3), form-encoded. The token is fetched once, on first use, with one request
 * and no retry; a failure throws with the status and body so the run says why it could not authenticate.
 */
export function passwordGrant(options: PasswordGrantOptions): AuthProvider {
  return tokenGrant(
    options.tokenPath,
    {
      grant_type: 'password',
      username: options.username,
      password: options.password,
      client_id: options.clientId,
      client_secret: options.clientSecret,
    },
    'the password grant',
    'the username, password, client id and secret',
    options.description ?? `OAuth2 password grant as ${options.username}`,
  )
}

export interface ClientCredentialsGrantOptions {
  /** Token endpoint path relative to the base URL, e.g. `/oauth/token`. */
  tokenPath: string
  clientId: string
  clientSecret: string
  description?: string
}

/** The OAuth2 client-credentials grant (RFC 6749 §4.4), form-encoded; fetched once, on first use, never retried. */
export function clientCredentialsGrant(options: ClientCredentialsGrantOptions): AuthProvider {
  return tokenGrant(
    options.tokenPath,
    { grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret },
    'the client-credentials grant',
    'the client id and secret',
    options.description ?? `OAuth2 client-credentials grant as ${options.clientId}`,
  )
}

/** A bearer token from one form-encoded token request, made on first use and shared by every later request. */
function tokenGrant(
  tokenPath: string,
  fields: Record<string, string>,
  grant: string,
  check: string,
  description: string,
): AuthProvider {
  let token: Promise<string> | undefined
  async function fetchToken(context: AuthContext): Promise<string> {
    const url = `${context.baseUrl}${tokenPath}`
    const response = await context.fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields),
    })
    const text = await response.text()
    let accessToken: unknown
    try {
      accessToken = (JSON.parse(text) as { access_token?: unknown }).access_token
    } catch {
      accessToken = undefined
    }
    if (response.status !== 200 || typeof accessToken !== 'string') {
      throw new Error(
        `${grant[0]?.toUpperCase()}${grant.slice(1)} at ${url} answered ${response.status} ${text.slice(0, 300)}: check ${check}`,
      )
    }
    return accessToken
  }
  return {
    description,
    async headers(context) {
      token ??= fetchToken(context)
      return { authorization: `Bearer ${await token}` }
    },
  }
}
