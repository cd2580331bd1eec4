/**
 * Every operation of every spec, called with a request built from the spec's examples alone (see `specRequest` in
 * support.ts: the contract suite's request builder, plus the optional query parameters that have examples), sent
 * alone to a freshly reset mock with the demo credentials, on both targets. Each must answer its documented 2xx.
 *
 * Operations that do not yet are listed in known-failing.ts (`<api> <operationId>` → cause) and run with `it.fails`,
 * so the suite is green while they fail and red as soon as one passes without its line being removed.
 */
import { describe, expect, it } from 'vitest'
import { getPlugin } from '../../mocks/index.ts'
import { listOperations } from '../../src/spec/openapi.ts'
import { TARGETS } from '../support/targets.ts'
import { knownFailure, SPEC_KNOWN_FAILING } from './known-failing.ts'
import { APIS, describeOutcomes, runSpecExample, specRequest, useFidelityTarget } from './support.ts'

const OPERATIONS = APIS.map((api) => ({
  api,
  doc: getPlugin(api).document,
  operations: listOperations(getPlugin(api).document),
}))

describe('spec examples: the table', () => {
  it('builds a request for every operation from the examples alone', () => {
    for (const { doc, operations } of OPERATIONS)
      for (const op of operations) expect(() => specRequest(doc, op)).not.toThrow()
  })

  it('lists as known failing only operations that exist', () => {
    const names = new Set(
      OPERATIONS.flatMap(({ api, operations }) => operations.map((op) => `${api} ${op.operationId}`)),
    )
    expect(Object.keys(SPEC_KNOWN_FAILING).filter((k) => !names.has(k.replace(/ \[(http|msw)\]$/, '')))).toEqual([])
  })
})

describe.each(TARGETS)('spec examples (%s)', (kind) => {
  for (const { api, operations } of OPERATIONS) {
    describe(api, () => {
      const target = useFidelityTarget(kind, api)
      for (const op of operations) {
        const name = `${api} ${op.operationId}`
        const cause = knownFailure(SPEC_KNOWN_FAILING, name, kind)
        const title = `${op.method} ${op.path} (${op.operationId})`
        ;(cause ? it.fails : it)(cause ? `${title} — known failing: ${cause}` : title, async () => {
          const outcome = await runSpecExample(target(), api, op)
          expect(outcome.problems, describeOutcomes([outcome])).toEqual([])
        })
      }
    })
  }
})
