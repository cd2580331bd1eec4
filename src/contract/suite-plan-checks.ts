/**
 * The plan's own checks, after the happy paths of a stateful run: documented errors provoked through the API, and
 * scenarios over the run's records. They share the happy paths' variables and gates, and their writes are undone the
 * same way.
 */
import { afterAll, describe } from 'vitest'
import { buildRequest } from './request-builder.ts'
import { assertConforms, skipRandom429 } from './suite-assert.ts'
import { contractCheck } from './suite-check.ts'
import { stepContext, type SuiteContext } from './suite-context.ts'
import { defaultEffect, effectGate, missing } from './suite-gates.ts'
import { teardown } from './suite-run.ts'

export function planChecks(suite: SuiteContext): void {
  const { plan, doc, byId } = suite
  const checks = (plan.checks ?? []).filter((check) => {
    const operation = byId.get(check.operationId)
    // A check naming an unknown operation stays in, to fail and say so.
    return !operation || suite.selected(operation)
  })
  if (!checks.length) return
  describe('documented errors and scenarios', () => {
    for (const check of checks) {
      const operation = byId.get(check.operationId)
      const name = `${check.operationId}: ${check.name}`
      contractCheck(suite, { kind: 'scenario', name, operation, expected: String(check.status) }, async (ctx, r) => {
        // Thrown in the test, not while declaring, so one bad check fails alone and the rest of the suite still runs.
        if (!operation)
          throw new Error(
            `${plan.api}: the check "${check.name}" names "${check.operationId}", which is not an operation of the spec`,
          )
        // A check is a step of a scenario over the run's records (delete everything, then "No data."): out of its
        // plan it would fail for the wrong reason, so a filtered run reports it as skipped instead.
        if (suite.filtered)
          ctx.skip(
            "a step of the plan's scenarios, which need the whole plan: run without --operation, --tag and --exclude-operation to check it",
          )
        const reason =
          effectGate(check.effect ?? defaultEffect(operation), r.target) ??
          check.skip?.(r.target, r.vars) ??
          missing(check, r.vars)
        if (reason) ctx.skip(reason)
        const request = buildRequest(doc, operation, r.vars, check.request?.(r.vars))
        const res = await r.client.send(check.authenticate === false ? { ...request, authenticate: false } : request)
        skipRandom429(suite, ctx, operation, res, check.status)
        if (res.status === check.status) check.after?.(res, stepContext(suite, r))
        assertConforms(suite, operation, res, check.status, check.expect?.(res, r.vars) ?? [])
      })
    }
    afterAll(() => teardown(suite))
  })
}
