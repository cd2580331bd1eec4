/**
 * Resource Guru authentication: the OAuth2 token and authorize endpoints (password, authorization-code and
 * refresh-token grants; 7-day tokens; refresh expires the old token), and the verifiers for Bearer and Basic.
 */
import { extractCredential, type Credential } from '../../src/auth/credentials.ts'
import { oauthError } from '../../src/auth/oauth-error.ts'
import { clip, MockError } from '../../src/core/errors.ts'
import type { Principal, VerifyContext } from '../../src/core/plugin.ts'
import { redirect } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import { checkAll } from '../../src/rate-limit/policies.ts'
import type { components } from '../../specs/resource-guru/openapi.gen.ts'
import type { RgHandler, RgPrincipal } from './common.ts'
import type { RgState } from './state.ts'

type TokenRequest = components['schemas']['OAuthTokenRequest']

/** RFC 6749 §5.2 error (the vendor documents no token-endpoint error body; see NOTES.md). */

export function verifyBearer(credential: Credential, ctx: VerifyContext<RgState>): Principal | undefined {
  if (credential.kind !== 'bearer') return undefined
  const found = ctx.state.tokens.verify(credential.token)
  if (!found) return undefined
  return { key: `client:${found.clientId}`, userId: found.subject, clientId: found.clientId } satisfies RgPrincipal
}

export function verifyBasic(credential: Credential, ctx: VerifyContext<RgState>): Principal | undefined {
  if (credential.kind !== 'basic') return undefined
  const login = ctx.state.logins.all().find((l) => l.user.email.toLowerCase() === credential.username.toLowerCase())
  if (!login || login.password !== credential.password) return undefined
  return { key: `user:${login.user.id}`, userId: login.user.id, clientId: undefined } satisfies RgPrincipal
}

/** A field of the token request, with an empty one read as missing. */
function field(body: TokenRequest, name: keyof TokenRequest): string | undefined {
  const value = body[name]
  return value !== undefined && value !== '' ? value : undefined
}

/** RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined for HTTP Basic. */
function formDecoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/**
 * The client's credentials: the body's `client_id` / `client_secret` (the vendor's samples), else an HTTP Basic
 * `Authorization` header (RFC 6749 §2.3.1, which the authorization server MUST support; what the oauth2 gem >= 2 sends
 * by default). Inferred: a body that names the client wins over the header, so a client that sends the user's Basic
 * login (which the API accepts on every other call) on every request is not refused. See NOTES.md.
 */
function clientCredentials(ctx: Parameters<RgHandler<'createToken'>>[0]): {
  id: string | undefined
  secret: string | undefined
  basic: boolean
} {
  const id = field(ctx.body, 'client_id')
  if (id !== undefined) return { id, secret: field(ctx.body, 'client_secret'), basic: false }
  const header = extractCredential({ type: 'http', scheme: 'basic' }, { headers: ctx.request.headers, query: {} })
  if (header && header !== 'malformed' && header.kind === 'basic')
    return { id: formDecoded(header.username), secret: formDecoded(header.password), basic: true }
  return { id: undefined, secret: field(ctx.body, 'client_secret'), basic: false }
}

/** POST /oauth/token */
export const createToken: RgHandler<'createToken'> = (ctx): MockResponse => {
  const body = ctx.body
  const grant = field(body, 'grant_type')
  const credentials = clientCredentials(ctx)
  if (!grant) return oauthError(400, 'invalid_request', 'The request is missing the required parameter grant_type.')
  const client = credentials.id ? ctx.state.clients.get(credentials.id) : undefined
  if (!client || client.clientSecret !== credentials.secret) {
    const refused = oauthError(
      401,
      'invalid_client',
      'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    )
    // RFC 6749 §5.2: a client that authenticated with the Authorization header gets WWW-Authenticate for its scheme.
    if (credentials.basic) refused.headers['www-authenticate'] = 'Basic realm="Resource Guru"'
    return refused
  }
  let userId: number | undefined
  if (grant === 'refresh_token') {
    const refreshToken = field(body, 'refresh_token')
    if (!refreshToken)
      return oauthError(400, 'invalid_request', 'The request is missing the required parameter refresh_token.')
    const pair = ctx.state.tokens.refresh(refreshToken, client.clientId)
    if (!pair) return oauthError(400, 'invalid_grant', 'The provided refresh token is invalid, expired or revoked.')
    return ctx.json(200, pair)
  }
  if (grant === 'password') {
    const username = field(body, 'username')
    const password = field(body, 'password')
    if (!username || !password)
      return oauthError(400, 'invalid_request', 'The password grant needs username and password.')
    const login = ctx.state.logins.all().find((l) => l.user.email.toLowerCase() === username.toLowerCase())
    if (!login || login.password !== password)
      return oauthError(400, 'invalid_grant', 'The provided username or password is invalid.')
    userId = login.user.id
  } else if (grant === 'authorization_code') {
    const code = field(body, 'code')
    if (!code) return oauthError(400, 'invalid_request', 'The request is missing the required parameter code.')
    userId = ctx.state.tokens.redeemCode(code, client.clientId, field(body, 'redirect_uri'))
    if (userId === undefined) {
      return oauthError(
        400,
        'invalid_grant',
        'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
      )
    }
  } else {
    // Not reached through the engine: the spec's enum on grant_type has the validator refuse any other grant first,
    // which errorResponse (index.ts) renders as this same answer. Kept for callers of the handler itself.
    return oauthError(
      400,
      'unsupported_grant_type',
      `The authorization grant type "${clip(grant, 100)}" is not supported: use password, authorization_code or refresh_token.`,
    )
  }
  const limit = checkAll(ctx.state.tokenLimits, `user:${userId}`, ctx.clock.now())
  if (!limit.allowed) {
    throw new MockError('rate_limited', limit.reason ?? 'Rate Limit Exceeded', {
      headers: { 'retry-after': String(limit.retryAfterSeconds ?? 60) },
    })
  }
  return ctx.json(200, ctx.state.tokens.issue(userId, client.clientId))
}

/** GET /oauth/authorize — approves at once as the demo user (the mock has no login page). */
export const authorize: RgHandler<'authorize'> = (ctx): MockResponse => {
  const clientId = ctx.query.client_id
  const redirectUri = ctx.query.redirect_uri
  if (!ctx.state.clients.has(clientId)) return oauthError(400, 'invalid_client', `Unknown client_id "${clientId}".`)
  let target: URL
  try {
    target = new URL(redirectUri)
  } catch {
    return oauthError(400, 'invalid_request', `redirect_uri "${redirectUri}" is not an absolute URL.`)
  }
  // 001: "Any Redirect URI given must be secure (HTTPS) unless it redirects to localhost."
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)
  if (target.protocol !== 'https:' && !local)
    return oauthError(400, 'invalid_request', 'The redirect URI must be HTTPS unless it points at localhost.')
  target.searchParams.set('code', ctx.state.tokens.createCode(ctx.state.demo.userId, clientId, redirectUri))
  if (ctx.query.state !== undefined) target.searchParams.set('state', ctx.query.state)
  return redirect(target.toString())
}
