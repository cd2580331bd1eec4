/**
 * The ProWorkflow contract suite. With no `CONTRACT_BASE_URL` (as in `npm test`) it starts our mock in-process on port
 * 0; `npm run contract -- --api proworkflow --base-url <url>` points it at any server (see contracts/README.md).
 */
import { defineContractSuite } from '../../src/contract/suite.ts'
import { plan } from './plan.ts'

defineContractSuite(plan)
