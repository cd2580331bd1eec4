/**
 * Generates the vitest suite for a plan: one happy-path test per operation, then the checks derived from the spec —
 * 401 without credentials, 404 for an unknown id, 4xx for an invalid body, the negative checks generated from the
 * spec (one per invalid variant of each request) — and the 429 contract. In stateless mode
 * (Prism, which keeps no state and accepts any well-formed credentials) the happy paths use the spec's examples and the
 * errors are forced with `Prefer: code=…`, which our mock honours as well.
 */
import { describe } from 'vitest'
import type { ContractPlan } from './plan.ts'
import { createSuiteContext, type ContractSuiteOptions } from './suite-context.ts'
import { forcedErrorChecks, invalidBodyChecks, notFoundChecks, unauthorizedChecks } from './suite-error-checks.ts'
import { statefulHappyPaths, statelessHappyPaths } from './suite-happy-paths.ts'
import { negativeChecks } from './suite-negative.ts'
import { planChecks } from './suite-plan-checks.ts'
import { rateLimitContract } from './suite-rate-limit.ts'
import { runLifecycle } from './suite-run.ts'

export type { ContractSuiteOptions, ProvidedTarget } from './suite-context.ts'
export { effectGate } from './suite-gates.ts'
export { LOW_RATE_LIMIT } from './target.ts'

/**
 * Declares the contract suite of a plan in the calling test file.
 *
 * @example
 * // contracts/<api>/<api>.contract.ts
 * defineContractSuite(plan)
 */
export function defineContractSuite(plan: ContractPlan, options: ContractSuiteOptions = {}): void {
  const suite = createSuiteContext(plan, options)
  describe(`${plan.api} contract (${suite.mode})`, () => {
    runLifecycle(suite, options)
    // The order is the run's: happy paths create the records the later checks read, and the 429 comes last because
    // it spends the quota the others need.
    if (suite.mode === 'stateful') {
      statefulHappyPaths(suite)
      planChecks(suite)
    } else statelessHappyPaths(suite)
    unauthorizedChecks(suite)
    if (suite.mode === 'stateful') {
      notFoundChecks(suite)
      invalidBodyChecks(suite)
    } else forcedErrorChecks(suite)
    negativeChecks(suite)
    rateLimitContract(suite)
  })
}
