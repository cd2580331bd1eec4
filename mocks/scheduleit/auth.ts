/**
 * HTTP Basic with the account login (000 line 19): user name `<account number>_<login name>`, e.g. `12345_jsmith`,
 * and the password. Credentials written in the URL (`https://12345_jsmith:pw@host/api/`, the vendor's DELETE sample,
 * 000 line 263) arrive as the same Authorization header. Login details as URL parameters are mentioned (000 line 21)
 * but their names are not documented, so they are not accepted.
 */
import type { Credential } from '../../src/auth/credentials.ts'
import type { Principal, VerifyContext } from '../../src/core/plugin.ts'
import type { MockRequest } from '../../src/core/types.ts'
import type { SiState } from './state.ts'

export interface SiPrincipal extends Principal {
  accountNumber: string
  loginName: string
}

/** `12345_jsmith` → account number and login name (the account number is the digits before the first `_`). */
export function splitLogin(username: string): { accountNumber: string; loginName: string } | undefined {
  const m = /^(\d+)_(.+)$/.exec(username)
  return m ? { accountNumber: m[1] as string, loginName: m[2] as string } : undefined
}

export function verifyBasic(credential: Credential, ctx: VerifyContext<SiState>): Principal | undefined {
  if (credential.kind !== 'basic') return undefined
  const login = splitLogin(credential.username)
  const demo = ctx.state.login
  if (!login || login.accountNumber !== demo.accountNumber) return undefined
  // Login names compared case-insensitively, passwords exactly (inferred).
  if (login.loginName.toLowerCase() !== demo.loginName.toLowerCase() || credential.password !== demo.password)
    return undefined
  return { key: `login:${credential.username}`, ...login } satisfies SiPrincipal
}

/**
 * Who sent a request, for the conduct rules and a configured quota: the Basic user name it presents, even when the
 * login fails — so a client that keeps sending within an hour of a 400/403 is recognised — else the address. Anyone
 * can present any name: the conduct tracker and the rate limiter cut long keys and cap how many they keep
 * (`MEMORY_LIMITS`), so distinct failed logins cannot exhaust memory.
 */
export function clientKey(request: MockRequest, principal: Principal | undefined): string {
  if (principal) return principal.key
  const header = request.headers.authorization?.trim() ?? ''
  if (/^basic\s/i.test(header)) {
    try {
      const decoded = atob(header.slice(6).trim())
      const colon = decoded.indexOf(':')
      if (colon > 0) return `login:${decoded.slice(0, colon)}`
    } catch {
      // not base64: fall through to the address
    }
  }
  return `address:${request.remoteAddress ?? 'unknown'}`
}
