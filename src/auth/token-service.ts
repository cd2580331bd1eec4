/**
 * An OAuth2 authorization server's token bookkeeping, vendor-neutral: access and refresh tokens with expiry,
 * refresh-token rotation (the old access token stops working at once), and single-use authorization codes bound to a
 * client and redirect URI. Vendors wire it to their token endpoint and choose the grants they support.
 */
import type { Clock } from '../core/clock.ts'

export interface TokenPair {
  access_token: string
  refresh_token: string | undefined
  token_type: 'bearer'
  expires_in: number
  created_at: number
}

interface AccessRecord<S> {
  subject: S
  clientId: string
  expiresAt: number
  refreshToken: string | undefined
}

interface CodeRecord<S> {
  subject: S
  clientId: string
  redirectUri: string | undefined
  expiresAt: number
}

export interface TokenServiceOptions {
  clock: Clock
  /** Lifetime of an access token, in seconds. */
  accessTokenTtlSeconds: number
  /** Lifetime of an authorization code, in seconds (RFC 6749 §4.1.2 recommends at most 10 minutes). */
  codeTtlSeconds?: number
  /** Whether refresh tokens are issued (the client-credentials grant usually has none). */
  issueRefreshTokens?: boolean
}

export class TokenService<S> {
  readonly #access = new Map<string, AccessRecord<S>>()
  readonly #refresh = new Map<string, { subject: S; clientId: string; accessToken: string }>()
  readonly #codes = new Map<string, CodeRecord<S>>()
  readonly #options: Required<TokenServiceOptions>

  constructor(options: TokenServiceOptions) {
    this.#options = { codeTtlSeconds: 600, issueRefreshTokens: true, ...options }
  }

  issue(subject: S, clientId: string, options: { refresh?: boolean } = {}): TokenPair {
    const now = this.#options.clock.now()
    const accessToken = token()
    const refreshToken = (options.refresh ?? this.#options.issueRefreshTokens) ? token() : undefined
    this.#access.set(accessToken, { subject, clientId, expiresAt: now + this.#options.accessTokenTtlSeconds * 1000, refreshToken })
    if (refreshToken) this.#refresh.set(refreshToken, { subject, clientId, accessToken })
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: this.#options.accessTokenTtlSeconds,
      created_at: Math.floor(now / 1000),
    }
  }

  /** The subject of a live access token, or `undefined` for an unknown, refreshed-away or expired one. */
  verify(accessToken: string): { subject: S; clientId: string } | undefined {
    const record = this.#access.get(accessToken)
    if (!record) return undefined
    if (this.#options.clock.now() >= record.expiresAt) {
      this.#access.delete(accessToken)
      return undefined
    }
    return { subject: record.subject, clientId: record.clientId }
  }

  /** Exchanges a refresh token for a new pair; the old access and refresh tokens stop working. */
  refresh(refreshToken: string, clientId: string): TokenPair | undefined {
    const record = this.#refresh.get(refreshToken)
    if (!record || record.clientId !== clientId) return undefined
    this.#refresh.delete(refreshToken)
    this.#access.delete(record.accessToken)
    return this.issue(record.subject, clientId)
  }

  createCode(subject: S, clientId: string, redirectUri: string | undefined): string {
    const code = token()
    this.#codes.set(code, { subject, clientId, redirectUri, expiresAt: this.#options.clock.now() + this.#options.codeTtlSeconds * 1000 })
    return code
  }

  /** Redeems an authorization code once; `undefined` if unknown, used, expired, or for another client or redirect URI. */
  redeemCode(code: string, clientId: string, redirectUri: string | undefined): S | undefined {
    const record = this.#codes.get(code)
    if (!record) return undefined
    this.#codes.delete(code)
    if (record.clientId !== clientId || this.#options.clock.now() >= record.expiresAt) return undefined
    if (record.redirectUri !== undefined && redirectUri !== undefined && record.redirectUri !== redirectUri) return undefined
    return record.subject
  }

  /** Forgets every token and code. */
  clear(): void {
    this.#access.clear()
    this.#refresh.clear()
    this.#codes.clear()
  }
}

/** 24 random bytes as hex; Web Crypto, so the engine also runs in a browser (MSW's setupWorker). */
function token(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24))
  let hex = ''
  for (const b of bytes) hex += b.toString(16).padStart(2, '0')
  return hex
}
