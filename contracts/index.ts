/**
 * `scheduling-api-mocks/contract`: run a vendor's contract suite against any base URL from a script, or define a
 * suite for your own plug-in. The checks run on vitest (an optional peer dependency: `npm i -D vitest`).
 *
 * @example
 * import { runContract } from 'scheduling-api-mocks/contract'
 * const exitCode = await runContract({ api: 'screendragon', baseUrl: 'http://localhost:4010/screendragon' })
 */
import { runContractSuite, type ContractArgs } from '../src/contract/cli.ts'
import type { ApiId } from '../mocks/catalog.ts'
import { contractSuites } from './catalog.ts'

// What a plan author needs to define a suite for their own API (the runner's own plumbing stays internal).
export * from '../src/contract/index.ts'

export interface RunContractOptions extends Partial<Omit<ContractArgs, 'help' | 'api' | 'baseUrl'>> {
  api: ApiId
  /** The server to check, e.g. `http://localhost:4010/screendragon`, a Prism URL or the vendor's API URL. */
  baseUrl: string
  print?(line: string): void
  printError?(line: string): void
}

/** Runs one API's contract suite; resolves with 0 when every check passed, 1 when one failed, 2 on a usage error. */
export function runContract(options: RunContractOptions): Promise<number> {
  const { api, baseUrl, mode, junit, allow429 = false, write = false, ...io } = options
  return runContractSuite(
    { api, baseUrl: baseUrl.replace(/\/+$/, ''), mode, junit, allow429, write },
    { suites: contractSuites(import.meta.url), ...io },
  )
}
