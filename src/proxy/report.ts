/**
 * The drift report: every exchange the proxy saw, folded per operation into counts and distinct violations. Its JSON
 * form is a public format, described by `schemas/proxy-report.schema.json` (the types below mirror it; a test checks
 * real reports against the schema). A change that breaks a reader bumps `reportVersion`.
 *
 * Violations of one rule at one place are one entry, however often they happen: the same bad date in each of 60
 * listed bookings is `body[*].durations[*].date`, 60 occurrences in 1 exchange, with a few examples. Memory stays
 * bounded whatever the traffic: operations come from the spec, paths outside it are kept up to `MAX_UNKNOWN_PATHS`,
 * and each operation keeps at most `MAX_VIOLATIONS_PER_OPERATION` distinct violations (the rest are counted).
 */
import type { NotValidated } from './check.ts'
import { pathPattern, type Issue, type IssueKind } from './issues.ts'

export const REPORT_VERSION = 1
export const MAX_UNKNOWN_PATHS = 100
export const MAX_VIOLATIONS_PER_OPERATION = 50
export const MAX_EXAMPLES = 3

/** One exchange as the proxy saw it, checked. */
export interface ExchangeRecord {
  /** When the request arrived (ISO 8601). */
  at: string
  method: string
  /** The path and query as sent, credentials in the query redacted. */
  target: string
  /** The status the client got (502 when the upstream could not be reached, 504 when it did not answer in time, 499 when the client left first). */
  status: number
  /** The operation, or `undefined` when the spec has none for the method and path. */
  operationId: string | undefined
  /** The spec's path template (`/v1/{account}/clients`), or the path as sent for an unknown operation. */
  path: string
  ms: number
  issues: Issue[]
  notValidated: NotValidated[]
}

export interface ViolationExample {
  at: string
  /** `METHOD /path?query` as sent (credentials redacted). */
  request: string
  status: number
  /** The concrete place, e.g. `body[3].durations[0].date`. */
  path: string
  excerpt?: string
}

export interface Violation {
  kind: IssueKind
  rule: string
  /** The place with list indices as `[*]`, e.g. `body[*].durations[*].date`. */
  path: string
  message: string
  /** Times it happened (several per exchange when it is in every item of a list). */
  occurrences: number
  /** Exchanges it happened in. */
  exchanges: number
  firstSeen: string
  lastSeen: string
  /** The first few exchanges it happened in. */
  examples: ViolationExample[]
}

export interface OperationReport {
  /** `null` for paths and methods the spec does not have. */
  operationId: string | null
  method: string
  path: string
  exchanges: number
  exchangesWithViolations: number
  /** How many exchanges got each status. */
  statuses: Record<string, number>
  /** Exchanges with a body the proxy passed on without checking (larger than the limit, an unknown encoding). */
  notValidated: { request: number; response: number; lastReason?: string }
  violations: Violation[]
  /** Occurrences of distinct violations past `MAX_VIOLATIONS_PER_OPERATION`, counted but not listed. */
  violationsNotListed: number
}

export interface ProxyReport {
  reportVersion: typeof REPORT_VERSION
  api: { id: string; title: string; operations: number }
  upstream: string
  startedAt: string
  generatedAt: string
  totals: {
    exchanges: number
    exchangesWithViolations: number
    /** Distinct violations (entries in the operations' `violations`). */
    violations: number
    occurrences: number
    /** Exchanges for a method and path the spec does not have. */
    unknownOperations: number
    /** Exchanges the upstream did not answer (the client got a 502 or 504). */
    upstreamErrors: number
    /** Exchanges with a body passed on without checking. */
    notValidated: number
    /** Operations of the spec that were seen at least once. */
    operationsSeen: number
  }
  /** Operations with violations first (most exchanges with violations first), then by path. */
  operations: OperationReport[]
}

interface OperationState extends OperationReport {
  byKey: Map<string, Violation>
}

export class DriftReport {
  readonly #operations = new Map<string, OperationState>()
  readonly #meta: { api: ProxyReport['api']; upstream: string; startedAt: string }
  #unknownPaths = 0
  readonly #totals: ProxyReport['totals'] = {
    exchanges: 0,
    exchangesWithViolations: 0,
    violations: 0,
    occurrences: 0,
    unknownOperations: 0,
    upstreamErrors: 0,
    notValidated: 0,
    operationsSeen: 0,
  }

  constructor(meta: { api: ProxyReport['api']; upstream: string; startedAt?: string }) {
    this.#meta = { ...meta, startedAt: meta.startedAt ?? new Date().toISOString() }
  }

  add(record: ExchangeRecord): void {
    const entry = this.#entry(record)
    const totals = this.#totals
    totals.exchanges++
    entry.exchanges++
    entry.statuses[record.status] = (entry.statuses[record.status] ?? 0) + 1
    if (record.operationId === undefined) totals.unknownOperations++
    if (record.issues.some((i) => i.rule === 'upstream-error')) totals.upstreamErrors++
    if (record.notValidated.length) {
      totals.notValidated++
      for (const side of record.notValidated) entry.notValidated[side.kind]++
      entry.notValidated.lastReason = record.notValidated.at(-1)?.reason
    }
    if (record.issues.length === 0) return
    totals.exchangesWithViolations++
    entry.exchangesWithViolations++
    const seenHere = new Set<Violation>()
    for (const issue of record.issues) {
      totals.occurrences++
      const pattern = pathPattern(issue.path)
      const key = `${issue.kind}\u0000${issue.rule}\u0000${pattern}\u0000${issue.message}`
      let violation = entry.byKey.get(key)
      if (!violation) {
        if (entry.byKey.size >= MAX_VIOLATIONS_PER_OPERATION) {
          entry.violationsNotListed++
          continue
        }
        violation = {
          kind: issue.kind,
          rule: issue.rule,
          path: pattern,
          message: issue.message,
          occurrences: 0,
          exchanges: 0,
          firstSeen: record.at,
          lastSeen: record.at,
          examples: [],
        }
        entry.byKey.set(key, violation)
        entry.violations.push(violation)
        totals.violations++
      }
      violation.occurrences++
      violation.lastSeen = record.at
      if (seenHere.has(violation)) continue
      seenHere.add(violation)
      violation.exchanges++
      if (violation.examples.length < MAX_EXAMPLES)
        violation.examples.push({
          at: record.at,
          request: `${record.method} ${record.target}`,
          status: record.status,
          path: issue.path,
          ...(issue.excerpt !== undefined ? { excerpt: issue.excerpt } : {}),
        })
    }
  }

  /** Forgets every exchange (`DELETE /__proxy/report`); the report starts again from now. */
  clear(): void {
    this.#operations.clear()
    this.#unknownPaths = 0
    for (const key of Object.keys(this.#totals) as (keyof ProxyReport['totals'])[]) this.#totals[key] = 0
    this.#meta.startedAt = new Date().toISOString()
  }

  toJSON(): ProxyReport {
    const operations = [...this.#operations.values()]
      .map(({ byKey: _byKey, ...entry }) => ({ ...entry, notValidated: { ...entry.notValidated } }))
      .sort(
        (a, b) =>
          b.exchangesWithViolations - a.exchangesWithViolations ||
          a.path.localeCompare(b.path) ||
          a.method.localeCompare(b.method),
      )
    return {
      reportVersion: REPORT_VERSION,
      api: this.#meta.api,
      upstream: this.#meta.upstream,
      startedAt: this.#meta.startedAt,
      generatedAt: new Date().toISOString(),
      totals: {
        ...this.#totals,
        operationsSeen: operations.filter((op) => op.operationId !== null).length,
      },
      operations: structuredClone(operations),
    }
  }

  #entry(record: ExchangeRecord): OperationState {
    const known = record.operationId !== undefined
    let key = known ? `op ${record.operationId}` : `unknown ${record.method} ${record.path}`
    let entry = this.#operations.get(key)
    if (entry) return entry
    if (!known && this.#unknownPaths >= MAX_UNKNOWN_PATHS) {
      // Past the bound, paths outside the spec share one entry: a client walking ids cannot grow the report.
      key = 'unknown *'
      entry = this.#operations.get(key)
      if (entry) return entry
    } else if (!known) this.#unknownPaths++
    entry = {
      operationId: record.operationId ?? null,
      method: key === 'unknown *' ? '*' : record.method,
      path: key === 'unknown *' ? '(other paths outside the spec)' : record.path,
      exchanges: 0,
      exchangesWithViolations: 0,
      statuses: {},
      notValidated: { request: 0, response: 0 },
      violations: [],
      violationsNotListed: 0,
      byKey: new Map(),
    }
    this.#operations.set(key, entry)
    return entry
  }
}
