/**
 * Every example request of the vendor docs (doc-examples.ts), sent as the doc writes it to both targets — the node:http
 * server and the MSW handlers — each against a freshly reset mock, and checked against the answer the doc documents.
 *
 * Cases that do not work yet are listed in known-failing.ts with their cause and run with `it.fails` (chosen over a
 * skip so nothing is hidden: a listed case that starts to pass fails the suite until its line is removed, and an
 * unlisted case that breaks fails it too). FAILURES.md has the same list grouped by cause, with what the mock answered.
 */
import { describe, expect, it } from 'vitest'
import { TARGETS } from '../support/targets.ts'
import { DOC_EXAMPLES } from './doc-examples.ts'
import { DOC_KNOWN_FAILING, knownFailure } from './known-failing.ts'
import { APIS, describeOutcomes, runSteps, useFidelityTarget } from './support.ts'

describe('vendor-doc examples: the table', () => {
  it('names each case once, after its doc file and line', () => {
    const names = DOC_EXAMPLES.map((e) => e.name)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
    expect(names.filter((n) => !/^00[0-4]:\d+ /.test(n))).toEqual([])
  })

  it('lists as known failing only cases that exist', () => {
    const names = new Set(DOC_EXAMPLES.map((e) => e.name))
    expect(Object.keys(DOC_KNOWN_FAILING).filter((k) => !names.has(k.replace(/ \[(http|msw)\]$/, '')))).toEqual([])
  })
})

describe.each(TARGETS)('vendor-doc examples (%s)', (kind) => {
  for (const api of APIS) {
    describe(api, () => {
      const target = useFidelityTarget(kind, api)
      for (const ex of DOC_EXAMPLES.filter((e) => e.api === api)) {
        const cause = knownFailure(DOC_KNOWN_FAILING, ex.name, kind)
        ;(cause ? it.fails : it)(cause ? `${ex.name} — known failing: ${cause}` : ex.name, async () => {
          const outcomes = await runSteps(target(), api, ex.steps)
          expect(
            outcomes.flatMap((o) => o.problems),
            describeOutcomes(outcomes),
          ).toEqual([])
        })
      }
    })
  }
})
