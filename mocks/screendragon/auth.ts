/**
 * Screendragon authentication (vendor "API Authentication" article, inventory §1-2): the OAuth 2.0 client-credentials
 * token endpoint (`POST /oauth/token`, form-encoded), Bearer tokens, and "Basic Authorization with API Key".
 */
import { oauthError } from '../../src/auth/oauth-error.ts'
import { clip } from '../../src/core/errors.ts'
import type { Credential } from '../../src/auth/credentials.ts'
import type { Principal, VerifyContext } from '../../src/core/plugin.ts'
import type { MockResponse } from '../../src/core/types.ts'
import type { SdHandler, SdPrincipal } from './common.ts'
import type { SdState } from './state.ts'
import type { Token } from './types.ts'

/** RFC 6749 §5.2 error body (inferred: the vendor shows none; its own `{"error": …}` shape agrees with it). */

const field = (body: Record<string, unknown>, name: string): string | undefined => {
  const value = body[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** POST /oauth/token: `grant_type=client_credentials&client_id=…&client_secret=…`. */
export const createToken: SdHandler<'createToken'> = (ctx): MockResponse => {
  const body = ctx.body
  const grant = field(body, 'grant_type')
  if (grant !== 'client_credentials') {
    // The authorization-code grant is documented, but its authorization URL is per customer: not mocked.
    return oauthError(
      400,
      'unsupported_grant_type',
      `grant_type "${clip(grant ?? '', 100)}" is not supported: use client_credentials.`,
    )
  }
  const clientId = field(body, 'client_id')
  const clientSecret = field(body, 'client_secret')
  if (!clientId) return oauthError(400, 'invalid_request', 'The request is missing the required parameter client_id.')
  if (!clientSecret)
    return oauthError(400, 'invalid_request', 'The request is missing the required parameter client_secret.')
  const client = ctx.state.clients.get(clientId)
  if (!client || client.clientSecret !== clientSecret)
    return oauthError(400, 'invalid_client', 'The client_id or client_secret is not valid.')
  const pair = ctx.state.tokens.issue(client.clientId, client.clientId, { refresh: false })
  const token: Token = { access_token: pair.access_token, token_type: 'bearer', expires_in: pair.expires_in }
  return ctx.json(200, token)
}

/** `Authorization: Bearer <token>` from the token endpoint; rate limits count per OAuth client. */
export function verifyBearer(credential: Credential, ctx: VerifyContext<SdState>): Principal | undefined {
  if (credential.kind !== 'bearer') return undefined
  const found = ctx.state.tokens.verify(credential.token)
  if (!found) return undefined
  const client = ctx.state.clients.get(found.clientId)
  return {
    key: `client:${found.clientId}`,
    clientId: found.clientId,
    configured: client?.configured ?? false,
  } satisfies SdPrincipal
}

/**
 * "Pass the API key in the request header using … Basic Auth". Where the key goes in the user:password pair is not
 * documented, so either part may carry it (inferred).
 */
export function verifyBasic(credential: Credential, ctx: VerifyContext<SdState>): Principal | undefined {
  if (credential.kind !== 'basic') return undefined
  const key = ctx.state.apiKey
  if (credential.password !== key && credential.username !== key) return undefined
  return { key: 'api-key', clientId: undefined, configured: true } satisfies SdPrincipal
}
