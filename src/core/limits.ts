/**
 * The defaults that bound every table keyed by what clients send. A mock server faces test suites, fuzzers and probes
 * that send distinct logins, tokens or codes without end; each table below is capped (least recently used evicted
 * first) and swept of expired entries, so memory stays flat however long the server runs. Each is overridable where
 * the table is created (engine `conduct` options, `fixedWindow`, `TokenService`).
 *
 * Eviction is the price: a client idle while more than a cap's worth of other keys arrive loses its entry (its
 * conduct history, its rate-limit count, an unused token). The caps are far above what a real client suite uses.
 */
export const MEMORY_LIMITS = {
  /** Longest client key kept (longer ones are cut and hashed, see `boundKey`). */
  clientKeyLength: 200,
  /** Clients whose conduct history is kept. */
  conductClients: 10_000,
  /** A client's conduct history is forgotten after this long without a request (24 h; the longest rule wait is 1 h). */
  conductIdleMs: 24 * 60 * 60 * 1000,
  /** Clients blocked at once (`--block-misconduct`); a block also ends by itself. */
  blockedClients: 10_000,
  /** Conduct findings kept, oldest dropped first. */
  conductFindings: 1_000,
  /** The same rule broken by the same client within this window is one finding with a repeat count, logged once. */
  findingRepeatWindowMs: 60_000,
  /** Rows of `GET /__mock/<api>/conduct` per page by default, and at most. */
  conductPageSize: 100,
  conductPageSizeMax: 1_000,
  /** Keys counted by one rate-limit policy within its window. */
  rateLimitKeys: 10_000,
  /** Live access tokens, refresh tokens and authorization codes, each. */
  accessTokens: 10_000,
  refreshTokens: 10_000,
  authorizationCodes: 10_000,
  /** Refresh-token lifetime when a vendor documents none and its plug-in sets none (30 days). */
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
} as const
