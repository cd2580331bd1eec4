/**
 * How a test judges a response: every problem at once, each located (`body[3].durations[0].date: must match format
 * "date"`), with the exchange, so a report line says what to fix. A failure is a `ContractFailure` whose message is
 * those few lines: no expected/received diff, no code frame. The 429 rules live here too because any test may meet a
 * 429, not only the rate-limit one.
 */
import type { TestContext } from 'vitest'
import type { Operation } from '../spec/openapi.ts'
import { formatViolation, type Violation } from './check-response.ts'
import type { ContractResponse } from './client.ts'
import type { SuiteContext } from './suite-context.ts'

export function describeResponse(res: ContractResponse): string {
  const body = res.text.length > 600 ? `${res.text.slice(0, 600)}…` : res.text
  return `${res.method} ${res.url} → ${res.status}${body ? `\n${body}` : ''}`
}

/** A check's response broke the contract: the request line, then one line per rule broken. */
export class ContractFailure extends Error {
  override name = 'ContractFailure'
  readonly violations: readonly Violation[]
  constructor(exchange: string, violations: readonly Violation[], detail?: string) {
    super(
      [exchange, ...violations.map((v) => `  ${formatViolation(v)}`), ...(detail ? [`  ${detail}`] : [])].join('\n'),
    )
    this.violations = violations
    // The message says everything; a stack would only make vitest print a code frame of this file.
    this.stack = `${this.name}: ${this.message}`
  }
}

/** Fails the current check with these violations (recorded for the report, and in the error's message). */
export function failWith(suite: SuiteContext, exchange: string, violations: Violation[], detail?: string): never {
  if (suite.current) suite.current.violations = violations
  throw new ContractFailure(exchange, violations, detail)
}

/** Problems specific to a 429 beyond the spec: RFC 6585 §4 / RFC 9110 §10.2.3 `Retry-After`. */
function retryAfterProblems(res: ContractResponse): Violation[] {
  const value = res.headers['retry-after']
  if (value === undefined) return [{ path: 'headers.Retry-After', rule: 'is missing: a 429 must say when to retry' }]
  if (!/^\d+$/.test(value) && Number.isNaN(Date.parse(value)))
    return [{ path: 'headers.Retry-After', rule: `must be delta-seconds or an HTTP-date (got "${value}")` }]
  return []
}

/** Rules broken listed per check; the rest are counted. */
export const MAX_VIOLATIONS = 20

const cut = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n)}…` : text)

/**
 * Fails the test with every problem and the exchange. `extra` holds problems beyond the spec (a plan's `expect`):
 * text without a place, or located violations.
 */
export function assertConforms(
  suite: SuiteContext,
  operation: Operation,
  res: ContractResponse,
  expected: number | readonly number[] | undefined,
  extra: readonly (string | Violation)[] = [],
): void {
  const violations: Violation[] = [
    ...suite.check.violations(operation, res),
    ...extra.map((e) => (typeof e === 'string' ? { path: '', rule: e } : e)),
  ]
  const allowed = expected === undefined ? [] : typeof expected === 'number' ? [expected] : expected
  const wrongStatus = allowed.length > 0 && !allowed.includes(res.status)
  if (wrongStatus) violations.unshift({ path: 'status', rule: `expected ${statusList(allowed)}, got ${res.status}` })
  if (!violations.length) return
  // A list where every item breaks the same rule would print thousands of lines that say one thing.
  if (violations.length > MAX_VIOLATIONS)
    violations.splice(MAX_VIOLATIONS, violations.length, {
      path: '',
      rule: `… and ${violations.length - MAX_VIOLATIONS} more problems like these`,
    })
  // With the wrong status, what the server said is usually the reason (an error message): show its start.
  const detail = wrongStatus && res.text ? `response: ${cut(res.text.replace(/\s+/g, ' '), 300)}` : undefined
  failWith(suite, `${res.method} ${res.url} → ${res.status} (${res.ms} ms)`, violations, detail)
}

/** `400 or 422`; a run of consecutive codes (any 4xx) as `400–499`. */
export function statusList(codes: readonly number[]): string {
  const sorted = [...codes].sort((a, b) => a - b)
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (sorted.length > 3 && first !== undefined && last !== undefined && last - first + 1 === sorted.length)
    return `${first}–${last}`
  return sorted.join(' or ')
}

/** `Retry-After` problems of a 429, unless the plan says the API documents none. */
export const retryAfterCheck = (suite: SuiteContext, res: ContractResponse): Violation[] =>
  suite.plan.rateLimit?.retryAfter === 'optional' ? [] : retryAfterProblems(res)

/**
 * For APIs that answer 429 at random on purpose (`rateLimit.random`): a 429 where another status was expected is
 * checked against the spec, then the test is skipped — the API did what it documents, and the client waits.
 */
export function skipRandom429(
  suite: SuiteContext,
  ctx: TestContext,
  operation: Operation,
  res: ContractResponse,
  expected: number | readonly number[] | undefined,
): void {
  if (!suite.plan.rateLimit?.random || res.status !== 429) return
  if (expected === 429 || (Array.isArray(expected) && expected.includes(429))) return
  assertConforms(suite, operation, res, 429, retryAfterCheck(suite, res))
  ctx.skip(
    'a random 429 (the API sends them on purpose); it conforms to the spec, and the client waits before its next request',
  )
}
