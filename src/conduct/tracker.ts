/**
 * Client-conduct tracking: some vendors make good client behaviour a condition of API access (wait after a 429, stop
 * after errors, do not poll a whole data set too often) and block clients that break it. The tracker remembers each
 * client's recent exchanges, checks every new request against the vendor's rules (`rules.ts`), records each breach
 * as a finding, and can block the offending client the way the vendor threatens to.
 */
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
}

export interface ConductFinding {
  at: string
  client: string
  rule: string
  description: string
  message: string
  request: string
}

export interface ConductOptions {
  rules: ConductRule[]
  /** Block a client once it breaks a rule (default false: only record). */
  block?: boolean
  /** How long a block lasts (default one hour). */
  blockForMs?: number
  /** Called for every new finding (the CLI logs them). */
  onFinding?: (finding: ConductFinding) => void
  /** Findings kept (default 1,000; oldest dropped). */
  maxFindings?: number
}

const HISTORY_LENGTH = 20

export interface ConductVerdict {
  findings: ConductFinding[]
  /** Set when the client is blocked (now or from before): the reason. */
  blocked: string | undefined
}

export class ConductTracker {
  readonly #options: Required<Omit<ConductOptions, 'onFinding'>> & Pick<ConductOptions, 'onFinding'>
  readonly #clients = new Map<string, ClientHistory>()
  readonly #blocked = new Map<string, { until: number; reason: string }>()
  readonly #findings: ConductFinding[] = []

  constructor(options: ConductOptions) {
    this.#options = { block: false, blockForMs: 3_600_000, maxFindings: 1000, ...options }
  }

  get rules(): readonly ConductRule[] {
    return this.#options.rules
  }

  /** Checks a request against every rule before it is handled. */
  before(request: ConductRequest, now: number): ConductVerdict {
    const history = this.#history(request.client)
    const findings: ConductFinding[] = []
    for (const rule of this.#options.rules) {
      const message = rule.check(request, history, now)
      if (message === undefined) continue
      const finding: ConductFinding = {
        at: new Date(now).toISOString(),
        client: request.client,
        rule: rule.id,
        description: rule.description,
        message,
        request: `${request.method} ${request.path}${request.rawQuery ? `?${request.rawQuery}` : ''}`,
      }
      findings.push(finding)
      this.#findings.push(finding)
      if (this.#findings.length > this.#options.maxFindings) this.#findings.shift()
      this.#options.onFinding?.(finding)
    }
    let block = this.#blocked.get(request.client)
    if (block && block.until <= now) {
      this.#blocked.delete(request.client)
      block = undefined
    }
    if (findings.length && this.#options.block) {
      // A new breach starts (or extends) the block; the reason stays the one that first caused it.
      block = { until: now + this.#options.blockForMs, reason: block?.reason ?? `${findings[0]?.rule}: ${findings[0]?.message}` }
      this.#blocked.set(request.client, block)
    }
    return { findings, blocked: block?.reason }
  }

  /** Records the response the client got. */
  after(client: string, exchange: ConductExchange): void {
    const history = this.#history(client)
    history.exchanges.push(exchange)
    if (history.exchanges.length > HISTORY_LENGTH) history.exchanges.shift()
    history.consecutiveErrors = exchange.status >= 400 ? history.consecutiveErrors + 1 : 0
  }

  /** Everything found so far, per client, for the control endpoint. */
  report(now: number): unknown {
    const clients = [...new Set([...this.#clients.keys(), ...this.#findings.map((f) => f.client)])]
    return {
      blocking: this.#options.block,
      rules: this.#options.rules.map((r) => ({ id: r.id, description: r.description })),
      clients: clients.map((client) => {
        const block = this.#blocked.get(client)
        const own = this.#findings.filter((f) => f.client === client)
        return {
          client,
          blocked: block && block.until > now ? { until: new Date(block.until).toISOString(), reason: block.reason } : null,
          findings: own.length,
          rulesBroken: [...new Set(own.map((f) => f.rule))],
        }
      }),
      findings: this.#findings,
    }
  }

  findings(): readonly ConductFinding[] {
    return this.#findings
  }

  /** Forgets every history, finding and block. */
  clear(): void {
    this.#clients.clear()
    this.#blocked.clear()
    this.#findings.length = 0
  }

  #history(client: string): ClientHistory {
    let history = this.#clients.get(client)
    if (!history) this.#clients.set(client, (history = { exchanges: [], consecutiveErrors: 0, lastPoll: new Map() }))
    return history
  }
}
