/**
 * The contract suites by API id. A suite is a plan (loaded on demand, so a run loads one vendor) and the vitest file
 * that runs it. The files sit beside the sources here and under `dist/contracts/` in the package; callers pass their
 * own `import.meta.url` so the path is right in both layouts (each caller is one level below the project root in the
 * sources, and in `dist/` in the package).
 */
import { fileURLToPath } from 'node:url'
import type { ContractSuiteEntry } from '../src/contract/cli.ts'
import type { ContractPlan } from '../src/contract/plan.ts'
import type { ApiId } from '../mocks/catalog.ts'

const plans: Record<ApiId, () => Promise<ContractPlan>> = {
  'resource-guru': () => import('./resource-guru/plan.ts').then((m) => m.plan),
  proworkflow: () => import('./proworkflow/plan.ts').then((m) => m.plan),
  scheduleit: () => import('./scheduleit/plan.ts').then((m) => m.plan),
  screendragon: () => import('./screendragon/plan.ts').then((m) => m.plan),
}

export function contractSuites(callerUrl: string): Record<ApiId, ContractSuiteEntry> {
  const built = !callerUrl.endsWith('.ts')
  const file = (api: string) =>
    fileURLToPath(
      built
        ? new URL(`./contracts/${api}.contract.js`, callerUrl)
        : new URL(`../contracts/${api}/${api}.contract.ts`, callerUrl),
    )
  return Object.fromEntries(
    Object.entries(plans).map(([api, loadPlan]) => [api, { loadPlan, file: file(api) }]),
  ) as Record<ApiId, ContractSuiteEntry>
}
