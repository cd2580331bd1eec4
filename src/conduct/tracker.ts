/**
 * Client-conduct tracking: some vendors make good client behaviour a condition of API access (wait after a 429, stop
 * after errors, do not poll a whole data set too often) and block clients that break it. The tracker remembers each
 * client's recent exchanges, checks every new request against the vendor's rules (`rules.ts`), records each breach
 * as a finding, and can block the offending client the way the vendor threatens to.
 *
 * Clients choose their keys (a failed Basic login is still tracked by the login tried, as vendors key their waits),
 * so every table here is bounded: histories, blocks and findings are capped and expire (see `MEMORY_LIMITS`), keys
 * are cut to a bounded length, and everything a client wrote is escaped before it reaches a finding.
 */
import { boundKey, BoundedMap } from '../core/bounded-map.ts'
import { MEMORY_LIMITS } from '../core/limits.ts'
import { escapeForLog } from '../core/log-safe.ts'
import { redactQuery } from '../core/redact.ts'
import type { Query } from '../core/types.ts'
import type { Operation } from '../spec/openapi.ts'

/** What a rule sees of a request before it is handled. */
export interface ConductRequest {
  client: string
  op: Operation | undefined
  method: string
  path: string
  query: Query
  rawQuery: string
}

/** What the tracker keeps of one exchange. */
export interface ConductExchange {
  at: number
  status: number
  operationId: string | undefined
  /** Seconds from a `Retry-After` header, if the response had one. */
  retryAfterSeconds: number | undefined
  /**
   * Seconds from the response headers the rules name in `waitHeaders` (lower-case names), e.g. a vendor that says how
   * long to wait in `x-ratelimit-reset` rather than `Retry-After`.
   */
  headerSeconds?: Readonly<Record<string, number>>
}

/** One client's history, as the rules read it. */
export interface ClientHistory {
  /** The most recent exchanges, newest last (bounded). */
  exchanges: ConductExchange[]
  /** How many responses in a row, up to the last one, were not 2xx/3xx. */
  consecutiveErrors: number
  /** Last time each poll key (e.g. a list operation) was requested. */
  lastPoll: Map<string, number>
}

export interface ConductRule {
  /** Stable id, e.g. `wait-after-429`. */
  id: string
  /** The vendor's duty in plain words, with its source. */
  description: string
  /** The breach this request commits, or `undefined` when it complies. May update rule state in `history`. */
  check(request: ConductRequest, history: ClientHistory, now: number): string | undefined
  /**
   * From when the rule lets this client send again, by its history (e.g. the last 429 plus its wait), if it makes
   * the client wait at all. Optional: the inspector shows the latest of these per client.
   */
  waitUntil?(history: ClientHistory): number | undefined
  /** Response headers (lower-case) whose seconds the rule reads from `ConductExchange.headerSeconds`. */
  waitHeaders?: readonly string[]
}

export interface ConductFinding {
  at: string
  /** The client key, escaped for logs and at most `MEMORY_LIMITS.clientKeyLength` characters (longer ones hashed). */
  client: string
  rule: string
  description: string
  /** Escaped for logs and cut (`escapeForLog`). */
  message: string
  /** Method, path and query, escaped for logs and cut (`escapeForLog`). */
  request: string
  /** Further breaches of the same rule by the same client within the repeat window, folded into this finding. */
  repeats: number
  /** When the last of them happened (`at` when there were none). */
  lastAt: string
}

export interface ConductOptions {
  rules: ConductRule[]
  /** Block a client once it breaks a rule (default false: only record). */
  block?: boolean
  /** How long a block lasts (default one hour). */
  blockForMs?: number
  /** Called for every new finding, not for its repeats within the repeat window (the CLI logs them). */
  onFinding?: (finding: ConductFinding) => void
  /** Findings kept (default `MEMORY_LIMITS.conductFindings`; oldest dropped). */
  maxFindings?: number
  /** Clients whose history is kept (default `MEMORY_LIMITS.conductClients`; least recently seen dropped). */
  maxClients?: number
  /** A history unused this long is dropped (default `MEMORY_LIMITS.conductIdleMs`). */
  historyIdleMs?: number
  /** Clients blocked at once (default `MEMORY_LIMITS.blockedClients`; the least recently blocked dropped). */
  maxBlocked?: number
  /** Window in which the same rule broken again by the same client only counts a repeat (default 60 s; 0 = never fold). */
  repeatWindowMs?: number
}

export interface ConductVerdict {
  /** The breaches of this request (a repeat returns the finding it was folded into). */
  findings: ConductFinding[]
  /** Set when the client is blocked (now or from before): the reason. */
  blocked: string | undefined
}

/** A page of the conduct report: `?limit=&offset=` applied to both the client and the finding list. */
export interface ConductPage {
  limit: number
  offset: number
}

export interface ConductClientSummary {
  client: string
  blocked: { until: string; reason: string } | null
  /** When the client may send again without breaking a rule (or being refused, when blocked); `null`: now. */
  maySendAt: string | null
  /** Breaches among the kept findings, repeats included. */
  findings: number
  rulesBroken: string[]
}

export interface ConductReport {
  blocking: boolean
  rules: { id: string; description: string }[]
  limit: number
  offset: number
  totals: {
    /** Clients known: with a kept history, a kept finding or a live block. */
    clients: number
    blocked: number
    findings: number
    /** Breaches in the kept findings, repeats included. */
    breaches: number
  }
  /** Offenders first (in order of their first kept finding), then blocked clients, then the rest, most recent first. */
  clients: ConductClientSummary[]
  /** Oldest first. */
  findings: ConductFinding[]
}

const HISTORY_LENGTH = 20
const FINDING_TEXT_LENGTH = 300

/**
 * The page a `GET /__mock/<api>/conduct` query asks for: `limit` (default 100, more is cut to 1,000) and `offset`
 * (default 0), or what is wrong with them.
 */
export function parseConductPage(query: Query): ConductPage | string {
  const read = (name: string, fallback: number): number | string => {
    const raw = query[name]?.[0]
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    return Number.isSafeInteger(value) && value >= 0 && /^\d+$/.test(raw)
      ? value
      : `${name} must be a whole number >= 0, got "${escapeForLog(raw, 40)}"`
  }
  const limit = read('limit', MEMORY_LIMITS.conductPageSize)
  if (typeof limit === 'string') return limit
  const offset = read('offset', 0)
  if (typeof offset === 'string') return offset
  return { limit: Math.min(limit, MEMORY_LIMITS.conductPageSizeMax), offset }
}

/** The report of an API without conduct rules. */
export function emptyConductReport(page: ConductPage): ConductReport {
  return {
    blocking: false,
    rules: [],
    ...page,
    totals: { clients: 0, blocked: 0, findings: 0, breaches: 0 },
    clients: [],
    findings: [],
  }
}

export class ConductTracker {
  readonly #rules: ConductRule[]
  readonly #block: boolean
  readonly #blockForMs: number
  readonly #maxFindings: number
  readonly #repeatWindowMs: number
  readonly #onFinding: ((finding: ConductFinding) => void) | undefined
  readonly #clients: BoundedMap<string, ClientHistory>
  readonly #blocked: BoundedMap<string, { until: number; reason: string }>
  /** The finding a repeat is folded into, by client and rule, until the repeat window ends. */
  readonly #recent: BoundedMap<string, ConductFinding>
  readonly #findings: ConductFinding[] = []
  /** The headers any rule reads, so an exchange keeps those numbers only. */
  readonly #waitHeaders: readonly string[]

  constructor(options: ConductOptions) {
    this.#rules = options.rules
    this.#waitHeaders = [...new Set(options.rules.flatMap((rule) => rule.waitHeaders ?? []))]
    this.#block = options.block ?? false
    this.#blockForMs = options.blockForMs ?? 3_600_000
    this.#maxFindings = options.maxFindings ?? MEMORY_LIMITS.conductFindings
    this.#repeatWindowMs = options.repeatWindowMs ?? MEMORY_LIMITS.findingRepeatWindowMs
    this.#onFinding = options.onFinding
    const maxClients = options.maxClients ?? MEMORY_LIMITS.conductClients
    this.#clients = new BoundedMap({
      maxSize: maxClients,
      idleMs: options.historyIdleMs ?? MEMORY_LIMITS.conductIdleMs,
    })
    this.#blocked = new BoundedMap({ maxSize: options.maxBlocked ?? MEMORY_LIMITS.blockedClients })
    this.#recent = new BoundedMap({ maxSize: maxClients })
  }

  get rules(): readonly ConductRule[] {
    return this.#rules
  }

  /** How many entries each table holds (for tests and diagnostics). */
  sizes(): { clients: number; blocked: number; findings: number; recent: number } {
    return {
      clients: this.#clients.size,
      blocked: this.#blocked.size,
      findings: this.#findings.length,
      recent: this.#recent.size,
    }
  }

  /** Checks a request against every rule before it is handled. */
  before(request: ConductRequest, now: number): ConductVerdict {
    const client = safeKey(request.client)
    const history = this.#history(client, now)
    const findings: ConductFinding[] = []
    for (const rule of this.#rules) {
      const message = rule.check(request, history, now)
      if (message !== undefined) findings.push(this.#record(client, rule, message, request, now))
    }
    let block = this.#blocked.peek(client, now)
    if (findings.length && this.#block) {
      // A new breach starts (or extends) the block; the reason stays the one that first caused it.
      block = {
        until: now + this.#blockForMs,
        reason: block?.reason ?? `${findings[0]?.rule}: ${findings[0]?.message}`,
      }
      this.#blocked.set(client, block, now, block.until)
    }
    return { findings, blocked: block?.reason }
  }

  /** Records the response the client got; `headers` are the response's, for the rules that read `waitHeaders`. */
  after(client: string, exchange: ConductExchange, headers?: Readonly<Record<string, string>>): void {
    if (headers && this.#waitHeaders.length) exchange.headerSeconds = secondsIn(headers, this.#waitHeaders)
    const history = this.#history(safeKey(client), exchange.at)
    history.exchanges.push(exchange)
    if (history.exchanges.length > HISTORY_LENGTH) history.exchanges.shift()
    history.consecutiveErrors = exchange.status >= 400 ? history.consecutiveErrors + 1 : 0
  }

  /** One page of what was found, per client and per finding, for the control endpoint; its size is bounded by the page. */
  report(now: number, page: ConductPage = { limit: MEMORY_LIMITS.conductPageSize, offset: 0 }): ConductReport {
    this.#clients.sweep(now)
    this.#blocked.sweep(now)
    const perClient = new Map<string, { breaches: number; rules: Set<string> }>()
    let breaches = 0
    for (const finding of this.#findings) {
      let own = perClient.get(finding.client)
      if (!own) perClient.set(finding.client, (own = { breaches: 0, rules: new Set() }))
      own.breaches += 1 + finding.repeats
      own.rules.add(finding.rule)
      breaches += 1 + finding.repeats
    }
    const order = new Set(perClient.keys())
    let blocked = 0
    for (const client of this.#blocked.keys()) {
      blocked++
      order.add(client)
    }
    const seen = [...this.#clients.keys()]
    for (let i = seen.length - 1; i >= 0; i--) order.add(seen[i] as string)
    const clients: ConductClientSummary[] = []
    let index = 0
    for (const client of order) {
      if (index++ < page.offset) continue
      if (clients.length >= page.limit) break
      const block = this.#blocked.peek(client, now)
      const own = perClient.get(client)
      const waitUntil = this.#waitUntil(client, now, block?.until)
      clients.push({
        client,
        blocked: block ? { until: new Date(block.until).toISOString(), reason: block.reason } : null,
        maySendAt: waitUntil === undefined ? null : new Date(waitUntil).toISOString(),
        findings: own?.breaches ?? 0,
        rulesBroken: own ? [...own.rules] : [],
      })
    }
    return {
      blocking: this.#block,
      rules: this.#rules.map((r) => ({ id: r.id, description: r.description })),
      limit: page.limit,
      offset: page.offset,
      totals: { clients: order.size, blocked, findings: this.#findings.length, breaches },
      clients,
      findings: this.#findings.slice(page.offset, page.offset + page.limit),
    }
  }

  findings(): readonly ConductFinding[] {
    return this.#findings
  }

  /** Forgets every history, finding and block. */
  clear(): void {
    this.#clients.clear()
    this.#blocked.clear()
    this.#recent.clear()
    this.#findings.length = 0
  }

  #record(client: string, rule: ConductRule, message: string, request: ConductRequest, now: number): ConductFinding {
    const recentKey = `${client}\u0000${rule.id}`
    const recent = this.#repeatWindowMs > 0 ? this.#recent.peek(recentKey, now) : undefined
    if (recent) {
      // A client hammering the same breach is one finding with a count, not one log line per request.
      recent.repeats++
      recent.lastAt = new Date(now).toISOString()
      return recent
    }
    const at = new Date(now).toISOString()
    const finding: ConductFinding = {
      at,
      client,
      rule: rule.id,
      description: rule.description,
      message: escapeForLog(message, FINDING_TEXT_LENGTH),
      request: escapeForLog(
        `${request.method} ${request.path}${request.rawQuery ? `?${redactQuery(request.rawQuery)}` : ''}`,
        FINDING_TEXT_LENGTH,
      ),
      repeats: 0,
      lastAt: at,
    }
    if (this.#repeatWindowMs > 0) this.#recent.set(recentKey, finding, now, now + this.#repeatWindowMs)
    this.#findings.push(finding)
    if (this.#findings.length > this.#maxFindings) this.#findings.shift()
    this.#onFinding?.(finding)
    return finding
  }

  /** The latest instant any rule (or a block) makes the client wait until, if it is still ahead. */
  #waitUntil(client: string, now: number, blockedUntil: number | undefined): number | undefined {
    let until = blockedUntil ?? Number.NEGATIVE_INFINITY
    const history = this.#clients.peek(client, now)
    if (history)
      for (const rule of this.#rules) {
        const t = rule.waitUntil?.(history)
        if (t !== undefined && t > until) until = t
      }
    return until > now ? until : undefined
  }

  #history(client: string, now: number): ClientHistory {
    let history = this.#clients.get(client, now)
    if (!history)
      this.#clients.set(client, (history = { exchanges: [], consecutiveErrors: 0, lastPoll: new Map() }), now)
    return history
  }
}

/** The numeric values of the named headers (names matched case-insensitively). */
function secondsIn(headers: Readonly<Record<string, string>>, names: readonly string[]): Record<string, number> {
  const found: Record<string, number> = {}
  for (const name in headers) {
    const lower = name.toLowerCase()
    if (!names.includes(lower)) continue
    const value = Number(headers[name])
    if (Number.isFinite(value)) found[lower] = value
  }
  return found
}

/**
 * The key a client is tracked by: escaped (it is printed and reported) and bounded (it is kept), distinct for
 * distinct clients (escaping is one-to-one, and long keys keep a hash of the whole).
 */
function safeKey(client: string): string {
  return boundKey(escapeForLog(client, Number.POSITIVE_INFINITY), MEMORY_LIMITS.clientKeyLength)
}
