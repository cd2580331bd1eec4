/**
 * Credentials for the typed clients: fixed headers (HTTP Basic, API keys) or OAuth2 tokens that are fetched, renewed
 * before they expire and renewed again after a 401 (the duty-keeping fetch calls `renew` and sends once more). Token
 * requests go through that fetch too, so they count against the quota and wait like the rest.
 */
import { basicAuthorization } from '../auth/credentials.ts'
import type { Clock } from '../core/clock.ts'
import type { FetchLike } from './duty-fetch.ts'
import type { ClientEvents } from './events.ts'

export interface Authenticator {
  /** Puts the credentials on a request (fetching a token first when there is none, or it is about to expire). */
  apply(request: Request): Promise<void>
  /** After a 401: fetches new credentials; whether sending the request again may succeed. */
  renew?(): Promise<boolean>
}

/** Fixed headers on every request. */
export function headerAuth(headers: Readonly<Record<string, string>>): Authenticator {
  return {
    async apply(request) {
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value)
    },
  }
}

/** HTTP Basic (plus any further fixed headers, e.g. an API key). */
export function basicAuth(username: string, password: string, more: Readonly<Record<string, string>> = {}) {
  return headerAuth({ ...more, authorization: basicAuthorization(username, password) })
}

export interface TokenSet {
  accessToken: string
  refreshToken?: string
  /** Epoch milliseconds, on the client's clock. */
  expiresAt?: number
}

/** The grant that gets a first token, and a new one when there is no refresh token (or it was refused). */
export type PrimaryGrant =
  | { grant_type: 'password'; username: string; password: string }
  | { grant_type: 'client_credentials' }

export interface OAuth2Options {
  tokenUrl: string
  clientId: string
  clientSecret: string
  grant?: PrimaryGrant
  /** Tokens you already hold (e.g. from the authorization-code grant, or saved from `onToken`). */
  token?: TokenSet
  /** Called with every new token set (store the refresh token: the vendor may rotate it). */
  onToken?: (token: TokenSet) => void
  /** Renew this long before the token expires (default 60 s). */
  renewEarlyMs?: number
  clock: Clock
  /** The fetch token requests go through. */
  fetch: FetchLike
  events?: ClientEvents
}

/** A token request the server refused (or answered with no token). */
export class TokenRequestError extends Error {
  override readonly name = 'TokenRequestError'
  readonly status: number
  readonly body: string
  constructor(grant: string, status: number, body: string) {
    super(`The ${grant} token request got ${status}: ${body.slice(0, 300)}`)
    this.status = status
    this.body = body
  }
}

export function oauth2Auth(options: OAuth2Options): Authenticator {
  let token = options.token
  let pending: Promise<TokenSet> | undefined
  const early = options.renewEarlyMs ?? 60_000

  async function request(params: Record<string, string>): Promise<TokenSet> {
    const grant = params.grant_type ?? ''
    const body = new URLSearchParams({ ...params, client_id: options.clientId, client_secret: options.clientSecret })
    const response = await options.fetch(
      new Request(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
      }),
    )
    const text = await response.text()
    let json: { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown } = {}
    try {
      json = JSON.parse(text) as typeof json
    } catch {
      // reported below as a refusal with the body as it came
    }
    if (!response.ok || typeof json.access_token !== 'string') throw new TokenRequestError(grant, response.status, text)
    const next: TokenSet = {
      accessToken: json.access_token,
      // A refresh that gives no new refresh token leaves the old one in force.
      refreshToken:
        typeof json.refresh_token === 'string'
          ? json.refresh_token
          : grant === 'refresh_token'
            ? params.refresh_token
            : undefined,
      expiresAt: typeof json.expires_in === 'number' ? options.clock.now() + json.expires_in * 1000 : undefined,
    }
    token = next
    options.onToken?.(next)
    options.events?.emit({ type: 'token', grant })
    return next
  }

  async function fetchToken(): Promise<TokenSet> {
    const refreshToken = token?.refreshToken
    if (refreshToken) {
      try {
        return await request({ grant_type: 'refresh_token', refresh_token: refreshToken })
      } catch (error) {
        // A refused refresh token: start over with the primary grant, when there is one.
        if (!(error instanceof TokenRequestError) || !options.grant) throw error
      }
    }
    if (!options.grant)
      throw new TokenRequestError('(none)', 0, 'no token, refresh token or grant to get one: pass credentials')
    return request({ ...options.grant })
  }

  /** One token request at a time: concurrent requests share it. */
  function renewToken(): Promise<TokenSet> {
    pending ??= fetchToken().finally(() => {
      pending = undefined
    })
    return pending
  }

  return {
    async apply(req) {
      const current = token
      const usable =
        current && (current.expiresAt === undefined || options.clock.now() < current.expiresAt - early)
          ? current
          : await renewToken()
      req.headers.set('authorization', `Bearer ${usable.accessToken}`)
    },
    async renew() {
      if (!token?.refreshToken && !options.grant) return false
      if (token) token = { ...token, expiresAt: 0 }
      try {
        await renewToken()
        return true
      } catch (error) {
        if (error instanceof TokenRequestError) return false
        throw error
      }
    },
  }
}
