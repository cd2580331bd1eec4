/**
 * The stateless part of the ScheduleIt contract suite against `prism mock` on the same spec: happy paths from the
 * spec's examples, and every documented 400, 403, 404 and 429 forced with `Prefer: code=…`. Prism answers a request
 * without credentials with its own 401, where ScheduleIt documents 400 or 403, so that check is left to our mock.
 */
import { fileURLToPath } from 'node:url'
import { plan } from '../../contracts/scheduleit/plan.ts'
import { startPrism } from '../../src/contract/prism.ts'
import { defineContractSuite } from '../../src/contract/suite.ts'
import { listOperations } from '../../src/spec/openapi.ts'

const SPEC = fileURLToPath(new URL('../../specs/scheduleit/openapi.yaml', import.meta.url))
const PRISM_401 =
  'Prism answers a request without credentials with 401; ScheduleIt documents 400 or 403 ("access denied"), checked against our mock'

defineContractSuite(
  {
    ...plan,
    exclude: {
      ...plan.exclude,
      unauthorized: Object.fromEntries(listOperations(plan.document).map((op) => [op.operationId, PRISM_401])),
    },
  },
  {
    settings: { mode: 'stateless', baseUrl: undefined, allow429: false, write: false },
    target: () => startPrism({ spec: SPEC, timeoutMs: 60_000 }),
    setupTimeoutMs: 90_000,
  },
)
