/**
 * An OAuth2 authorization server's token bookkeeping, vendor-neutral: access and refresh tokens with expiry,
 * refresh-token rotation (the old access token stops working at once), and single-use authorization codes bound to a
 * client and redirect URI. Vendors wire it to their token endpoint and choose the grants they support.
 *
 * Every token and code expires, and each table is capped (least recently used dropped first) and swept of expired
 * entries: clients mint them at will (an authorize endpoint may even be anonymous), so nothing else bounds them.
 */
import { BoundedMap } from '../core/bounded-map.ts'
import type { Clock } from '../core/clock.ts'
import { MEMORY_LIMITS } from '../core/limits.ts'

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

interface RefreshRecord<S> {
  subject: S
  clientId: string
  accessToken: string
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
  /**
   * Lifetime of a refresh token, in seconds, from its issue (default `MEMORY_LIMITS.refreshTokenTtlSeconds`, 30 days:
   * set the vendor's, or an inferred one noted in its NOTES.md).
   */
  refreshTokenTtlSeconds?: number
  /** Live access tokens kept (default `MEMORY_LIMITS.accessTokens`); beyond it the least recently used one stops working. */
  maxAccessTokens?: number
  /** Live refresh tokens kept (default `MEMORY_LIMITS.refreshTokens`); beyond it the least recently issued one stops working. */
  maxRefreshTokens?: number
  /** Unredeemed authorization codes kept (default `MEMORY_LIMITS.authorizationCodes`); beyond it the oldest is dropped. */
  maxCodes?: number
}

/** A token service's live tokens and codes, each with its expiry (epoch ms; `null` for never), for snapshots. */
export interface TokenServiceSnapshot<S> {
  access: [string, AccessRecord<S>][]
  refresh: [string, RefreshRecord<S>, number | null][]
  codes: [string, CodeRecord<S>][]
}

export class TokenService<S> {
  readonly #access: BoundedMap<string, AccessRecord<S>>
  readonly #refresh: BoundedMap<string, RefreshRecord<S>>
  readonly #codes: BoundedMap<string, CodeRecord<S>>
  readonly #options: Required<
    Pick<
      TokenServiceOptions,
      'clock' | 'accessTokenTtlSeconds' | 'codeTtlSeconds' | 'issueRefreshTokens' | 'refreshTokenTtlSeconds'
    >
  >

  constructor(options: TokenServiceOptions) {
    this.#options = {
      codeTtlSeconds: 600,
      issueRefreshTokens: true,
      refreshTokenTtlSeconds: MEMORY_LIMITS.refreshTokenTtlSeconds,
      ...options,
    }
    for (const name of ['accessTokenTtlSeconds', 'codeTtlSeconds', 'refreshTokenTtlSeconds'] as const) {
      if (!(this.#options[name] > 0)) throw new Error(`TokenService: ${name} must be > 0, got ${this.#options[name]}`)
    }
    this.#access = new BoundedMap({ maxSize: options.maxAccessTokens ?? MEMORY_LIMITS.accessTokens })
    this.#refresh = new BoundedMap({ maxSize: options.maxRefreshTokens ?? MEMORY_LIMITS.refreshTokens })
    this.#codes = new BoundedMap({ maxSize: options.maxCodes ?? MEMORY_LIMITS.authorizationCodes })
  }

  /** How many live-or-unswept entries each table holds (for tests and diagnostics). */
  sizes(): { accessTokens: number; refreshTokens: number; codes: number } {
    return { accessTokens: this.#access.size, refreshTokens: this.#refresh.size, codes: this.#codes.size }
  }

  issue(subject: S, clientId: string, options: { refresh?: boolean } = {}): TokenPair {
    const now = this.#options.clock.now()
    const accessToken = token()
    const refreshToken = (options.refresh ?? this.#options.issueRefreshTokens) ? token() : undefined
    const expiresAt = now + this.#options.accessTokenTtlSeconds * 1000
    this.#access.set(accessToken, { subject, clientId, expiresAt, refreshToken }, now, expiresAt)
    if (refreshToken) {
      const refreshExpiresAt = now + this.#options.refreshTokenTtlSeconds * 1000
      this.#refresh.set(refreshToken, { subject, clientId, accessToken }, now, refreshExpiresAt)
    }
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
    const record = this.#access.get(accessToken, this.#options.clock.now())
    return record && { subject: record.subject, clientId: record.clientId }
  }

  /**
   * Exchanges a live refresh token for a new pair; the old access and refresh tokens stop working. `undefined` for an
   * unknown, used, expired or evicted refresh token, or one of another client.
   */
  refresh(refreshToken: string, clientId: string): TokenPair | undefined {
    const record = this.#refresh.peek(refreshToken, this.#options.clock.now())
    if (!record || record.clientId !== clientId) return undefined
    this.#refresh.delete(refreshToken)
    this.#access.delete(record.accessToken)
    return this.issue(record.subject, clientId)
  }

  createCode(subject: S, clientId: string, redirectUri: string | undefined): string {
    const code = token()
    const now = this.#options.clock.now()
    const expiresAt = now + this.#options.codeTtlSeconds * 1000
    this.#codes.set(code, { subject, clientId, redirectUri, expiresAt }, now, expiresAt)
    return code
  }

  /** Redeems an authorization code once; `undefined` if unknown, used, expired, or for another client or redirect URI. */
  redeemCode(code: string, clientId: string, redirectUri: string | undefined): S | undefined {
    const record = this.#codes.peek(code, this.#options.clock.now())
    if (!record) return undefined
    this.#codes.delete(code)
    if (record.clientId !== clientId) return undefined
    if (record.redirectUri !== undefined && redirectUri !== undefined && record.redirectUri !== redirectUri)
      return undefined
    return record.subject
  }

  /** The live tokens and codes, oldest use first (restored in that order, they keep their least-recently-used order). */
  snapshot(): TokenServiceSnapshot<S> {
    const now = this.#options.clock.now()
    return {
      access: [...this.#access.live(now)].map(([key, record]) => [key, record]),
      refresh: [...this.#refresh.live(now)].map(([key, record, expiresAt]) => [
        key,
        record,
        Number.isFinite(expiresAt) ? expiresAt : null,
      ]),
      codes: [...this.#codes.live(now)].map(([key, record]) => [key, record]),
    }
  }

  /** Replaces every token and code with a snapshot's; those expired meanwhile are left out. */
  restore(data: TokenServiceSnapshot<S>): void {
    this.clear()
    const now = this.#options.clock.now()
    for (const [key, record] of data.access ?? [])
      if (record.expiresAt > now) this.#access.set(key, record, now, record.expiresAt)
    for (const [key, record, expiresAt] of data.refresh ?? []) {
      const expiry = expiresAt ?? Number.POSITIVE_INFINITY
      if (expiry > now) this.#refresh.set(key, record, now, expiry)
    }
    for (const [key, record] of data.codes ?? [])
      if (record.expiresAt > now) this.#codes.set(key, record, now, record.expiresAt)
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
