/**
 * `npm run contract -- --api <id> --base-url <url> [--mode stateful|stateless] [--junit <file>] [--allow-429] [--write]`
 *
 * Says what it is about to do (target, mode, credentials, writes, 429), then runs `contracts/<id>/*.contract.ts` with
 * vitest in this process. Settings reach the test workers as `CONTRACT_*` environment variables (see target.ts).
 */
import { basename, dirname } from 'node:path'
import { UsageError, parseCommandLine, type OptionSpec } from '../cli/args.ts'
import { listOperations } from '../spec/openapi.ts'
import type { ContractPlan } from './plan.ts'
import {
  detectTarget,
  isMock,
  LOW_RATE_LIMIT,
  settingsEnv,
  TARGET_LABELS,
  type ContractMode,
  type ContractSettings,
  type TargetInfo,
} from './target.ts'

const OPTIONS = {
  api: { type: 'string' },
  'base-url': { type: 'string' },
  mode: { type: 'string' },
  junit: { type: 'string' },
  'allow-429': { type: 'boolean' },
  write: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec

export interface ContractArgs {
  help: boolean
  api: string
  baseUrl: string
  mode: ContractMode | undefined
  junit: string | undefined
  allow429: boolean
  write: boolean
}

export function contractUsage(apis: readonly string[], command = 'scheduling-api-mocks contract'): string {
  return [
    `Usage: ${command} --api <id> --base-url <url> [options]`,
    '',
    "Checks a server (our mock, Prism or the live API) against the API's spec: statuses, headers, bodies, errors, 429.",
    '',
    `  --api <id>            the API whose contract to check (${apis.join(', ')})`,
    '  --base-url <url>      where the API is: our mock (serve → http://localhost:4010/<id>), Prism, or the live API',
    '  --mode <mode>         stateful (default) or stateless (default against Prism: examples, no state)',
    '  --junit <file>        also write a JUnit XML report there',
    '  --allow-429           run the 429 contract even against a live API (it spends the whole quota)',
    "  --write               allow creating, changing and deleting the run's own records on a live API",
    '                        (our mock and Prism always allow it; a live API is read-only by default)',
    '',
    '  -h, --help            show this help',
    '',
    'Credentials come from environment variables (<API>_USERNAME, <API>_TOKEN, …); see the README, "Contract checks".',
    'The checks run on vitest: install it beside this package (npm i -D vitest).',
  ].join('\n')
}

/** Parses and checks the arguments; throws `UsageError` saying what to pass instead. */
export function parseContractArgs(argv: string[], apis: readonly string[]): ContractArgs {
  const values = parseCommandLine(argv, OPTIONS)
  const help = values.help === true
  const api = (values.api as string | undefined) ?? ''
  const baseUrl = (values['base-url'] as string | undefined) ?? ''
  const mode = values.mode as string | undefined
  if (!help) {
    if (!api) throw new UsageError(`Missing --api <id>: choose one of ${apis.join(', ')}`)
    if (!apis.includes(api)) throw new UsageError(`Unknown API "${api}": choose one of ${apis.join(', ')}`)
    if (!baseUrl)
      throw new UsageError(
        `Missing --base-url <url>: the server to check, e.g. http://localhost:4010/${api} (serve) or the vendor's API URL`,
      )
    checkBaseUrl(baseUrl)
    if (mode !== undefined && mode !== 'stateful' && mode !== 'stateless')
      throw new UsageError(`--mode must be stateful or stateless, got "${mode}"`)
  }
  return {
    help,
    api,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    mode: mode as ContractMode | undefined,
    junit: values.junit as string | undefined,
    allow429: values['allow-429'] === true,
    write: values.write === true,
  }
}

/** An absolute http(s) URL; `localhost:4010` (no scheme) gets the suggestion to write `http://localhost:4010`. */
function checkBaseUrl(baseUrl: string): void {
  let url: URL | undefined
  try {
    url = new URL(baseUrl)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return
  if (!baseUrl.includes('://'))
    throw new UsageError(`--base-url "${baseUrl}" has no scheme: write it as http://${baseUrl} (or https://)`)
  throw new UsageError(`--base-url must be an http:// or https:// URL, got "${baseUrl}"`)
}

/** One API's contract suite: its plan, and the test file that runs it (vitest runs files, not functions). */
export interface ContractSuiteEntry {
  loadPlan(): Promise<ContractPlan>
  /** Absolute path of the `*.contract.ts` / `.js` file that calls `defineContractSuite(plan)`. */
  file: string
}

export interface ContractCliOptions {
  /** The suites by API id. */
  suites: Record<string, ContractSuiteEntry>
  env?: NodeJS.ProcessEnv
  print?(line: string): void
  printError?(line: string): void
  /** How the command is spelled in usage lines (default `scheduling-api-mocks contract`). */
  command?: string
}

/** Runs the CLI; resolves with the exit code (0 passed, 1 failed, 2 usage error). */
export async function runContractCli(argv: string[], options: ContractCliOptions): Promise<number> {
  const _env = options.env ?? process.env
  const print = options.print ?? ((line: string) => console.log(line))
  const printError = options.printError ?? ((line: string) => console.error(line))
  const apis = Object.keys(options.suites).sort()
  let args: ContractArgs
  try {
    args = parseContractArgs(argv, apis)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    printError(`error: ${error.message}`)
    return 2
  }
  if (args.help) {
    print(contractUsage(apis, options.command))
    return 0
  }
  return runContractSuite(args, options)
}

/** Runs one API's suite against `args.baseUrl`; resolves with the exit code (0 passed, 1 failed, 2 usage error). */
export async function runContractSuite(args: Omit<ContractArgs, 'help'>, options: ContractCliOptions): Promise<number> {
  const env = options.env ?? process.env
  const print = options.print ?? ((line: string) => console.log(line))
  const printError = options.printError ?? ((line: string) => console.error(line))
  const suite = options.suites[args.api]
  if (!suite) {
    printError(`error: Unknown API "${args.api}": choose one of ${Object.keys(options.suites).sort().join(', ')}`)
    return 2
  }
  let startVitest: typeof import('vitest/node').startVitest
  try {
    ;({ startVitest } = await import('vitest/node'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error
    printError('error: the contract checks run on vitest, which is not installed here: npm i -D vitest')
    return 2
  }
  const plan = await suite.loadPlan()
  let kind: TargetInfo['kind']
  try {
    kind = await detectTarget(args.baseUrl, args.api)
  } catch (error) {
    printError(`error: ${(error as Error).message}`)
    return 1
  }
  const mode: ContractMode = args.mode ?? (kind === 'prism' ? 'stateless' : 'stateful')
  const target: TargetInfo = { baseUrl: args.baseUrl, kind, mode, writes: args.write || isMock(kind) }
  let credentials: string
  try {
    credentials = plan.credentials(env, target).description
  } catch (error) {
    printError(`error: ${(error as Error).message}`)
    return 2
  }

  const writes = isMock(kind)
    ? `allowed (${TARGET_LABELS[kind]})`
    : args.write
      ? 'allowed (--write): the run creates, changes and deletes its own records'
      : "read-only (pass --write to create, change and delete the run's own records)"
  const rateLimit =
    kind === 'prism'
      ? 'Prism has no quota: the 429 contract is checked with Prefer: code=429 (stateless mode)'
      : kind === 'remote' && plan.rateLimit?.notOnRemote
        ? `never against the live API: ${plan.rateLimit.notOnRemote}`
        : args.allow429
          ? 'runs (--allow-429): sends requests until the quota is spent'
          : kind === 'mock' && plan.rateLimit && !plan.rateLimit.limitHeader
            ? `skipped (the API sends no quota header; pass --allow-429 to probe up to ${plan.rateLimit.documentedLimit} requests for a 429)`
            : kind === 'mock'
              ? `runs if the mock's limit is ${LOW_RATE_LIMIT} or less (start it with --rate-limit 20), else skipped`
              : 'skipped (pass --allow-429: it spends the whole quota)'
  print(`Contract suite: ${args.api} (${listOperations(plan.document).length} operations)`)
  print(`  target:      ${args.baseUrl} — ${TARGET_LABELS[kind]}`)
  print(`  mode:        ${mode}${args.mode ? '' : ' (default for this target)'}`)
  print(`  credentials: ${credentials}`)
  print(`  writes:      ${writes}`)
  print(`  429 check:   ${rateLimit}`)
  if (args.junit) print(`  junit:       ${args.junit}`)
  if (kind === 'prism' && mode === 'stateful')
    print('  note:        Prism keeps no state, so stateful checks will fail there; --mode stateless is meant for it')
  print('  requests are never retried; when the quota runs out the run waits for the next window')
  const duties = [
    ...(plan.rateLimit?.random
      ? [`wait ${plan.rateLimit.windowSeconds} s after a 429 (the API sends them at random)`]
      : []),
    ...(plan.duties?.all ?? []).map((d) => d.reason),
    ...(isMock(kind) ? [] : (plan.duties?.remote ?? []).map((d) => d.reason)),
  ]
  if (duties.length) print(`  client duties kept: ${duties.join('; ')}`)
  if (!isMock(kind) && plan.skipErrorChecksOnRemote) print(`  error checks: not sent (${plan.skipErrorChecksOnRemote})`)
  print('')

  const settings: ContractSettings = { baseUrl: args.baseUrl, mode, allow429: args.allow429, write: args.write }
  Object.assign(process.env, settingsEnv(settings))
  const vitest = await startVitest('test', [], {
    root: dirname(suite.file),
    config: false,
    watch: false,
    include: [basename(suite.file)],
    // The suite files ship inside node_modules when the package is installed; vitest excludes those by default.
    exclude: [],
    reporters: args.junit ? ['default', 'junit'] : ['default'],
    ...(args.junit ? { outputFile: { junit: args.junit } } : {}),
    // A paced run waits up to a window (a minute) inside one test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  })
  await vitest.close()
  const failed =
    vitest.state.getFiles().some((file) => file.result?.state === 'fail') || vitest.state.getCountOfFailedTests() > 0
  return failed || vitest.state.getFiles().length === 0 ? 1 : 0
}
