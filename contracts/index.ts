/**
 * `scheduling-api-mocks/contract`: run vendors' contract suites against any base URL from a script, or define a
 * suite for your own plug-in. The checks run on vitest (an optional peer dependency: `npm i -D vitest`).
 *
 * @example
 * import { runContract } from 'scheduling-api-mocks/contract'
 * const exitCode = await runContract({ api: 'screendragon', baseUrl: 'http://localhost:4010/screendragon' })
 * // every API against one `serve`, with the reports:
 * await runContract({ api: 'all', baseUrl: 'http://localhost:4010', reports: ['json', 'html'] })
 */
import { readFileSync } from 'node:fs'
import { DEFAULT_REPORT_DIR, runContractSuite, type ContractArgs } from '../src/contract/cli.ts'
import type { ApiId } from '../mocks/catalog.ts'
import { contractSuites } from './catalog.ts'

// What a plan author needs to define a suite for their own API (the runner's own plumbing stays internal).
export * from '../src/contract/index.ts'

export interface RunContractOptions
  extends Partial<Omit<ContractArgs, 'help' | 'apis' | 'baseUrl' | 'operations' | 'tags' | 'excludeOperations'>> {
  /** One API, several, or `'all'`. */
  api: ApiId | readonly ApiId[] | 'all'
  /**
   * The server to check: for one API its base URL (`http://localhost:4010/screendragon`, a Prism URL or the vendor's
   * API URL); for several, the server they are mounted on as `/<id>` (`http://localhost:4010`, as `serve` does).
   */
  baseUrl: string
  /** Check only these operation ids (`--operation`). */
  operations?: readonly string[]
  /** Check only the operations with these spec tags (`--tag`). */
  tags?: readonly string[]
  /** Leave these operation ids out (`--exclude-operation`). */
  excludeOperations?: readonly string[]
  /** A progress line on stderr during long runs (default true). */
  progress?: boolean
  print?(line: string): void
  printError?(line: string): void
}

// package.json is one level up both from contracts/index.ts and from dist/contract.js.
const version = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version

/**
 * Runs the contract suites of one or more APIs; resolves with 0 when every check passed, 1 when one failed (or the
 * run stopped early), 2 on a usage error (which `printError` says in one line).
 */
export function runContract(options: RunContractOptions): Promise<number> {
  const { api, baseUrl, mode, junit, allow429 = false, write = false, negative, progress, print, printError } = options
  return runContractSuite(
    {
      apis: typeof api === 'string' ? [api] : [...api],
      baseUrl: baseUrl.replace(/\/+$/, ''),
      mode,
      junit,
      allow429,
      write,
      negative,
      session: options.session,
      operations: [...(options.operations ?? [])],
      tags: [...(options.tags ?? [])],
      excludeOperations: [...(options.excludeOperations ?? [])],
      reports: [...(options.reports ?? [])],
      reportDir: options.reportDir ?? DEFAULT_REPORT_DIR,
    },
    {
      suites: contractSuites(import.meta.url),
      tool: { name: 'scheduling-api-mocks', version: version() },
      progress,
      print,
      printError,
    },
  )
}

// The JSON report's shape (schemas/contract-report.schema.json, exported as ./contract-report.schema.json).
export type {
  ApiRunReport,
  CheckKind,
  CheckOutcome,
  CheckReport,
  ContractReport,
  Counts,
  OperationReport,
  RequestExcerpt,
  ResponseExcerpt,
} from '../src/contract/report/model.ts'
export type { ReportFormat } from '../src/contract/cli.ts'
