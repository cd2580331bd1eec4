/**
 * Prints what the mock answers today to every doc example and every spec-example request, on both targets, as JSON
 * lines (one per case and target): `npx tsx test/fidelity/report.ts [doc|spec] > outcomes.jsonl`. It is how
 * FAILURES.md was written, and how a fixer sees at once every case that fails and why (status, body, the mock's own
 * error note), without reading test output. Runs outside vitest (no hooks): one target per API and kind, reset before
 * each case, as in the suites.
 */
import { getPlugin } from '../../mocks/index.ts'
import { listOperations } from '../../src/spec/openapi.ts'
import { createTarget, TARGETS } from '../support/targets.ts'
import { DOC_EXAMPLES } from './doc-examples.ts'
import { DOC_KNOWN_FAILING, knownFailure, SPEC_KNOWN_FAILING } from './known-failing.ts'
import { APIS, fidelityOptions, runSpecExample, runSteps, type StepOutcome } from './support.ts'

const which = process.argv[2] ?? 'both'
for (const kind of TARGETS) {
  for (const api of APIS) {
    const t = await createTarget(kind, api, fidelityOptions())
    const print = (suite: string, name: string, outcomes: StepOutcome[], known: string | undefined) => {
      const passed = outcomes.every((o) => o.problems.length === 0)
      console.log(JSON.stringify({ suite, kind, api, name, passed, known: known ?? null, outcomes }))
    }
    if (which !== 'spec') {
      for (const ex of DOC_EXAMPLES.filter((e) => e.api === api)) {
        t.engine.reset()
        print('doc', ex.name, await runSteps(t, api, ex.steps), knownFailure(DOC_KNOWN_FAILING, ex.name, kind))
      }
    }
    if (which !== 'doc') {
      for (const op of listOperations(getPlugin(api).document)) {
        t.engine.reset()
        const name = `${api} ${op.operationId}`
        print('spec', name, [await runSpecExample(t, api, op)], knownFailure(SPEC_KNOWN_FAILING, name, kind))
      }
    }
    await t.close()
  }
}
