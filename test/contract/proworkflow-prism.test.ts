/**
 * The stateless part of the ProWorkflow contract suite against `prism mock` on the same spec: happy paths from the
 * spec's examples, 401 without credentials, and errors forced with `Prefer: code=400|403|404|429`. Prism keeps no state
 * and accepts any well-formed credentials, so nothing here needs seeded records.
 */
import { fileURLToPath } from 'node:url'
import { plan } from '../../contracts/proworkflow/plan.ts'
import { startPrism } from '../../src/contract/prism.ts'
import { defineContractSuite } from '../../src/contract/suite.ts'

const SPEC = fileURLToPath(new URL('../../specs/proworkflow/openapi.yaml', import.meta.url))

defineContractSuite(plan, {
  settings: { mode: 'stateless', baseUrl: undefined, allow429: false, write: false },
  target: () => startPrism({ spec: SPEC, timeoutMs: 60_000 }),
  setupTimeoutMs: 90_000,
})
