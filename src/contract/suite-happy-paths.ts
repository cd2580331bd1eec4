/**
 * The positive checks: each operation answers its success status. A stateful run follows the plan's steps, which find
 * or create the records later steps need and register their undo; a stateless target keeps no records, so there every
 * operation is sent the spec's examples.
 */
import { afterAll, describe, type TestContext } from 'vitest'
import type { ContractResponse } from './client.ts'
import { buildRequest, successStatus } from './request-builder.ts'
import { assertConforms, failWith, skipRandom429 } from './suite-assert.ts'
import { contractCheck } from './suite-check.ts'
import { stepContext, title, type SuiteContext } from './suite-context.ts'
import { defaultEffect, effectGate, missing } from './suite-gates.ts'
import { teardown } from './suite-run.ts'
import { provideNeeds } from './suite-setup.ts'

/** Problems Prism reports about our request or its own example (`sl-violations`), for stateless happy paths. */
function prismViolations(res: ContractResponse): string[] {
  const raw = res.headers['sl-violations']
  if (!raw) return []
  try {
    const violations = JSON.parse(raw) as { severity?: string; message?: string; location?: string[] }[]
    return violations
      .filter((v) => v.severity === 'Error')
      .map((v) => `Prism reports: ${(v.location ?? []).join('.')} ${v.message ?? ''}`.trim())
  } catch {
    return [`Prism reports violations: ${raw}`]
  }
}

export function statefulHappyPaths(suite: SuiteContext): void {
  const { plan, doc, operations, byId, stepOf } = suite
  describe('happy paths', () => {
    contractCheck(suite, { kind: 'coverage', name: 'has one step for every operation of the spec' }, () => {
      const planned = plan.steps.map((s) => s.operationId)
      const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ')
      const unknown = planned.filter((id) => !byId.has(id))
      const duplicates = planned.filter((id, i) => planned.indexOf(id) !== i)
      const absent = operations.map((o) => o.operationId).filter((id) => !stepOf.has(id))
      const violations = [
        ...(unknown.length
          ? [{ path: 'plan.steps', rule: `name operations the spec does not have: ${list(unknown)}` }]
          : []),
        ...(duplicates.length ? [{ path: 'plan.steps', rule: `name operations twice: ${list(duplicates)}` }] : []),
        ...(absent.length ? [{ path: 'plan.steps', rule: `miss operations of the spec: ${list(absent)}` }] : []),
      ]
      if (violations.length) failWith(suite, `the plan of ${plan.api}`, violations)
    })
    plan.steps.forEach((step, index) => {
      const operation = byId.get(step.operationId)
      if (!operation || !suite.selected(operation)) return
      const expected = step.status ?? successStatus(operation)
      const declaration = { kind: 'happy-path', name: title(operation, String(expected)), operation } as const
      contractCheck(suite, { ...declaration, expected: String(expected) }, async (ctx: TestContext, r) => {
        await provideNeeds(suite, r, step.needs, index)
        const reason =
          effectGate(step.effect ?? defaultEffect(operation), r.target) ??
          step.skip?.(r.target, r.vars) ??
          missing(step, r.vars)
        if (reason) ctx.skip(reason)
        const res = await r.client.send(buildRequest(doc, operation, r.vars, step.request?.(r.vars)))
        skipRandom429(suite, ctx, operation, res, expected)
        if (res.status === expected) step.after?.(res, stepContext(suite, r))
        assertConforms(suite, operation, res, expected)
      })
    })
    afterAll(() => teardown(suite))
  })
}

export function statelessHappyPaths(suite: SuiteContext): void {
  const { plan, doc, operations, stepOf } = suite
  const selected = operations.filter(suite.selected)
  if (!selected.length) return
  describe('happy paths from the spec examples', () => {
    for (const operation of selected) {
      const expected = successStatus(operation)
      const name = title(operation, String(expected))
      contractCheck(suite, { kind: 'happy-path', name, operation, expected: String(expected) }, async (ctx, r) => {
        const step = stepOf.get(operation.operationId)
        const reason =
          effectGate(step?.effect ?? defaultEffect(operation), r.target) ??
          plan.exclude?.stateless?.[operation.operationId]
        if (reason) ctx.skip(reason)
        const res = await r.client.send(buildRequest(doc, operation, {}, {}))
        skipRandom429(suite, ctx, operation, res, expected)
        assertConforms(suite, operation, res, expected, r.target.kind === 'prism' ? prismViolations(res) : [])
      })
    }
  })
}
