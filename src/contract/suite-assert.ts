/**
 * How a test judges a response: every problem at once, with the exchange, so a report line says what to fix. The 429
 * rules live here too because any test may meet a 429, not only the rate-limit one.
 */
import { expect, type TestContext } from 'vitest'
import type { Operation } from '../spec/openapi.ts'
import type { ContractResponse } from './client.ts'
import type { SuiteContext } from './suite-context.ts'

export function describeResponse(res: ContractResponse): string {
  const body = res.text.length > 600 ? `${res.text.slice(0, 600)}…` : res.text
  return `${res.method} ${res.url} → ${res.status}${body ? `\n${body}` : ''}`
}

/** Problems specific to a 429 beyond the spec: RFC 6585 §4 / RFC 9110 §10.2.3 `Retry-After`. */
function retryAfterProblems(res: ContractResponse): string[] {
  const value = res.headers['retry-after']
  if (value === undefined) return ['a 429 must say when to retry: Retry-After is missing']
  if (!/^\d+$/.test(value) && Number.isNaN(Date.parse(value)))
    return [`Retry-After "${value}" is neither delta-seconds nor an HTTP-date`]
  return []
}

/** Fails the test with every problem and the exchange. */
export function assertConforms(
  suite: SuiteContext,
  operation: Operation,
  res: ContractResponse,
  expected: number | readonly number[] | undefined,
  extra: string[] = [],
): void {
  const problems = [...suite.check(operation, res), ...extra]
  const allowed = expected === undefined ? [] : typeof expected === 'number' ? [expected] : expected
  if (allowed.length && !allowed.includes(res.status))
    problems.unshift(`expected status ${allowed.join(' or ')}, got ${res.status}`)
  expect(problems, describeResponse(res)).toEqual([])
}

/** `Retry-After` problems of a 429, unless the plan says the API documents none. */
export const retryAfterCheck = (suite: SuiteContext, res: ContractResponse): string[] =>
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
