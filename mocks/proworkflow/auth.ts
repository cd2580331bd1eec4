/**
 * ProWorkflow's dual authentication (V via inv §2): the account API key (`apikey` header, `?apikey=` or an `apikey`
 * body field) AND HTTP Basic with a user's username or e-mail address and password, on every call except
 * `GET /login` (Basic only). Either half missing or wrong is a 401 with an empty body (C live), rendered by the
 * plug-in's `errorResponse`.
 */
import type { Credential } from '../../src/auth/credentials.ts'
import type { Principal, VerifyContext } from '../../src/core/plugin.ts'
import type { PwPrincipal } from './common.ts'
import type { PwState } from './state.ts'

/**
 * The account key: the rate limit counts per key (inv §3), so it is the principal's key. Only the configured key
 * verifies, so its last four characters name it without the key itself reaching the request log.
 */
export function verifyApiKey(credential: Credential, ctx: VerifyContext<PwState>): Principal | undefined {
  if (credential.kind !== 'apiKey' || credential.key !== ctx.state.options.apiKey) return undefined
  return { key: `apikey:…${credential.key.slice(-4)}` }
}

/** A contact with login access, by username or e-mail (case-insensitive), and its password. */
export function verifyBasic(credential: Credential, ctx: VerifyContext<PwState>): Principal | undefined {
  if (credential.kind !== 'basic') return undefined
  const login = credential.username.toLowerCase()
  const contact = ctx.state.contacts
    .all()
    .find(
      (c) =>
        c.allowlogin &&
        !c.pending &&
        c.password !== '' &&
        (c.username.toLowerCase() === login || c.email.toLowerCase() === login),
    )
  if (!contact || contact.password !== credential.password) return undefined
  return { key: `contact:${contact.id}`, contactId: contact.id } satisfies PwPrincipal
}
