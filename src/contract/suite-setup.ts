/**
 * Set-up for a filtered run (`--operation getBooking`): the checks of a selected operation may need variables that
 * earlier plan steps find or create (a booking id from the list, a record the run creates). Those steps are not
 * checks of this run, so they run unchecked, in the plan's order and under the same gates (a write still needs
 * `--write` on a live API), and only until the needed variables are there. Their undo is registered as usual.
 */
import { buildRequest, successStatus } from './request-builder.ts'
import { operationOf, stepContext, type Run, type SuiteContext } from './suite-context.ts'
import { defaultEffect, effectGate, missing } from './suite-gates.ts'
import { SystemicFailure } from './systemic.ts'

/** Runs the unselected plan steps before `before` (an index into the plan's steps) until `needs` are all set. */
export async function provideNeeds(
  suite: SuiteContext,
  r: Run,
  needs: readonly string[] | undefined,
  before: number = suite.plan.steps.length,
): Promise<void> {
  if (!missing({ needs }, r.vars)) return
  const check = suite.current
  const ran: string[] = []
  for (const step of suite.plan.steps.slice(0, before)) {
    if (!missing({ needs }, r.vars)) break
    const operation = suite.byId.get(step.operationId)
    if (!operation || suite.selected(operation) || suite.setupDone.has(step.operationId)) continue
    suite.setupDone.add(step.operationId)
    const gated =
      effectGate(step.effect ?? defaultEffect(operation), r.target) ??
      step.skip?.(r.target, r.vars) ??
      missing(step, r.vars)
    if (gated) continue
    // Set-up requests are not the check's own: keep them out of its record.
    suite.current = undefined
    try {
      const res = await r.client.send(buildRequest(suite.doc, operation, r.vars, step.request?.(r.vars)))
      ran.push(step.operationId)
      if (res.status === (step.status ?? successStatus(operationOf(suite, step.operationId))))
        step.after?.(res, stepContext(suite, r))
    } catch (error) {
      if (error instanceof SystemicFailure) throw error
      // A set-up step that fails leaves its variables unset: the check then skips, saying what it needs.
    } finally {
      suite.current = check
    }
  }
  if (check && ran.length) check.setup = [...(check.setup ?? []), ...ran]
}
