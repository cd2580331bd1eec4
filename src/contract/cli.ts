/**
 * `scheduling-api-mocks contract --api <id>|all --base-url <url> [options]`
 *
 * Says what it is about to do (target, mode, credentials, writes, 429) for each API, runs the suites
 * (`contracts/<id>/*.contract.ts`) with vitest in this process, then prints a table by operation and each failure in a
 * few lines, and writes the reports asked for (JUnit, JSON, HTML). Settings reach the test workers through vitest's
 * `provide` (see target.ts).
 */
import { sessionNameProblem } from '../core/session.ts'
import { dirname, relative, resolve, sep } from 'node:path'
import { UsageError, parseCommandLine, type OptionSpec } from '../cli/args.ts'
import { listOperations, type Operation } from '../spec/openapi.ts'
import { bannerLines } from './banner.ts'
import type { ContractPlan } from './plan.ts'
import { buildReport, type ApiRunInfo, type ReportedModule } from './report/build.ts'
import { createProgressReporter } from './report/progress.ts'
import { renderTerminal } from './report/terminal.ts'
import { REPORT_FILES, REPORT_FORMATS, writeReports, type ReportFormat } from './report/write.ts'
import { applySelection } from './selection.ts'
import {
  detectTarget,
  isMock,
  PROVIDE_KEY,
  type ContractMode,
  type ContractSelection,
  type ContractSettings,
  type ProvidedContractRun,
} from './target.ts'

export type { ReportFormat }

const OPTIONS = {
  api: { type: 'string', multiple: true },
  'base-url': { type: 'string' },
  mode: { type: 'string' },
  operation: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  'exclude-operation': { type: 'string', multiple: true },
  report: { type: 'string', multiple: true },
  'report-dir': { type: 'string' },
  junit: { type: 'string' },
  'allow-429': { type: 'boolean' },
  write: { type: 'boolean' },
  negative: { type: 'boolean' },
  'no-negative': { type: 'boolean' },
  session: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec

export const DEFAULT_REPORT_DIR = 'contract-reports'

export interface ContractArgs {
  help: boolean
  /** The API ids to check (`all` expanded). */
  apis: string[]
  /** One API: its base URL. Several: the server they are mounted on, each under `/<id>` (as `serve` does). */
  baseUrl: string
  mode: ContractMode | undefined
  /** Also write vitest's JUnit XML report to this file. */
  junit: string | undefined
  allow429: boolean
  write: boolean
  /** `--negative` (true), `--no-negative` (false), neither: the target decides (our mock and Prism only). */
  negative: boolean | undefined
  /** Our mock's session to run in (`X-Mock-Session` on every request, `--session`); none: the default session. */
  session: string | undefined
  operations: string[]
  tags: string[]
  excludeOperations: string[]
  reports: ReportFormat[]
  reportDir: string
}

export function contractUsage(apis: readonly string[], command = 'scheduling-api-mocks contract'): string {
  return [
    `Usage: ${command} --api <id>|all --base-url <url> [options]`,
    '',
    "Checks a server (our mock, Prism or the live API) against the API's spec: statuses, headers, bodies, errors, 429.",
    'Prints a table by operation and each failure with the spec rule broken; exit code 0 passed, 1 failed, 2 usage.',
    '',
    `  --api <id>                 the API to check: ${apis.join(', ')}, or all`,
    '                             (repeat --api for several)',
    '  --base-url <url>           where the API is: our mock (serve → http://localhost:4010/<id>), Prism or the live',
    '                             API; with several APIs, the server they are mounted on as /<id> (http://localhost:4010)',
    '  --mode <mode>              stateful (default) or stateless (default against Prism: examples, no state)',
    '  --operation <id>           check only this operation (repeatable); earlier plan steps still set up its records,',
    "                             unchecked; the plan's scenario checks need the whole plan and are skipped",
    '  --tag <tag>                check only the operations with this spec tag (repeatable)',
    '  --exclude-operation <id>   leave this operation out (repeatable)',
    `  --report <formats>         also write reports: ${REPORT_FORMATS.join(', ')} (comma-separated or repeated)`,
    `  --report-dir <dir>         where --report writes (default ${DEFAULT_REPORT_DIR}/):`,
    `                             ${Object.values(REPORT_FILES).join(', ')}`,
    '  --junit <file>             also write a JUnit XML report to this file',
    '  --allow-429                run the 429 contract even against a live API (it spends the whole quota)',
    "  --write                    allow creating, changing and deleting the run's own records on a live API",
    '                             (our mock and Prism always allow it; a live API is read-only by default)',
    '  --negative                 also send the negative checks generated from the spec to a live API (one invalid',
    '                             request per required field, type, enum, pattern and bound; writes still need --write)',
    '  --no-negative              leave the negative checks out (default: they run against our mock and Prism only)',
    '  --session <name>           run in this session of our mock (X-Mock-Session on every request): its own records',
    '                             and rate limits on a shared serve, e.g. --session "$CI_JOB_ID"',
    '',
    '  -h, --help                 show this help',
    '',
    'Credentials come from environment variables (<API>_USERNAME, <API>_TOKEN, …); see the README, "Contract checks".',
    'The checks run on vitest: install it beside this package (npm i -D vitest).',
  ].join('\n')
}

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : [])

/** `--api all`, or the ids given (each once); throws `UsageError` for an unknown id. */
export function resolveApis(requested: readonly string[], apis: readonly string[]): string[] {
  if (!requested.length) throw new UsageError(`Missing --api <id>: choose one of ${apis.join(', ')}, or all`)
  if (requested.includes('all')) return [...apis]
  for (const api of requested)
    if (!apis.includes(api)) throw new UsageError(`Unknown API "${api}": choose one of ${apis.join(', ')}, or all`)
  return [...new Set(requested)]
}

/** `--report junit,json --report html` → the formats; throws `UsageError` naming the valid ones. */
function reportFormats(values: readonly string[]): ReportFormat[] {
  const formats = values.flatMap((v) => v.split(',')).map((f) => f.trim().toLowerCase())
  for (const format of formats)
    if (!(REPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`Unknown report format "${format}" for --report: choose from ${REPORT_FORMATS.join(', ')}`)
  return [...new Set(formats)] as ReportFormat[]
}

/** Parses and checks the arguments; throws `UsageError` saying what to pass instead. */
export function parseContractArgs(argv: string[], apis: readonly string[]): ContractArgs {
  const values = parseCommandLine(argv, OPTIONS) as Record<string, unknown>
  const help = values.help === true
  const baseUrl = (values['base-url'] as string | undefined) ?? ''
  const mode = values.mode as string | undefined
  let resolved: string[] = []
  if (!help) {
    resolved = resolveApis(list(values.api), apis)
    const example = resolved.length === 1 ? `http://localhost:4010/${resolved[0]}` : 'http://localhost:4010'
    if (!baseUrl)
      throw new UsageError(
        `Missing --base-url <url>: the server to check, e.g. ${example} (serve) or the vendor's API URL`,
      )
    checkBaseUrl(baseUrl)
    if (mode !== undefined && mode !== 'stateful' && mode !== 'stateless')
      throw new UsageError(`--mode must be stateful or stateless, got "${mode}"`)
    if (values.negative === true && values['no-negative'] === true)
      throw new UsageError('--negative and --no-negative contradict each other: pass one of them')
    const session = values.session as string | undefined
    const problem = session === undefined ? undefined : sessionNameProblem(session)
    if (problem) throw new UsageError(`--session: ${problem}`)
  }
  return {
    help,
    apis: resolved,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    mode: mode as ContractMode | undefined,
    junit: values.junit as string | undefined,
    allow429: values['allow-429'] === true,
    write: values.write === true,
    negative: values.negative === true ? true : values['no-negative'] === true ? false : undefined,
    session: values.session as string | undefined,
    operations: list(values.operation),
    tags: list(values.tag),
    excludeOperations: list(values['exclude-operation']),
    reports: reportFormats(list(values.report)),
    reportDir: (values['report-dir'] as string | undefined) ?? DEFAULT_REPORT_DIR,
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
  /** Named in the JSON and HTML reports. */
  tool?: { name: string; version: string }
  /** A progress line on long runs, on stderr (default true): rewritten in place on a terminal, else every 15 s. */
  progress?: boolean
}

/** Runs the CLI; resolves with the exit code (0 passed, 1 failed, 2 usage error). */
export async function runContractCli(argv: string[], options: ContractCliOptions): Promise<number> {
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

/** Where one API is, given the run's base URL: as is for one API, under `/<id>` for several (as `serve` mounts them). */
export const apiBaseUrl = (baseUrl: string, api: string, several: boolean): string =>
  several ? `${baseUrl.replace(/\/+$/, '')}/${api}` : baseUrl.replace(/\/+$/, '')

/** The deepest directory holding every file (vitest's root, so `include` can name each file). */
function commonDirectory(files: readonly string[]): string {
  const parts = files.map((f) => dirname(resolve(f)).split(sep))
  const first = parts[0] ?? []
  let n = 0
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++
  return first.slice(0, n).join(sep) || sep
}

/**
 * How vitest runs the suite files. Against mocks (ours, Prism) on this machine a run is CPU-bound — the suite, the
 * server and ajv share the cores — so one worker takes the files in turn and loads the shared modules once
 * (`isolate: false`: the suites keep no module state). Against a remote API a run mostly waits (the network, pacing
 * windows of a minute), so each API gets its own worker and the waits overlap. The package's own built files are
 * loaded by Node as they are (`external`) rather than re-transformed by vite, as they are when installed under
 * node_modules.
 */
function workerConfig(runs: readonly ApiRunInfo[]): { maxWorkers: number; isolate: boolean; server?: object } {
  const remote = runs.some((r) => r.target === 'remote')
  const built = runs.filter((r) => r.file.endsWith('.js')).map((r) => dirname(dirname(r.file)))
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return {
    maxWorkers: remote ? runs.length : 1,
    isolate: false,
    ...(built.length
      ? { server: { deps: { external: [...new Set(built)].map((dir) => new RegExp(`^${escapeRegExp(dir + sep)}`)) } } }
      : {}),
  }
}

interface PreparedApi {
  info: ApiRunInfo
  plan: ContractPlan
  settings: ContractSettings
  banner: string[]
}

/**
 * Runs the suites of `args.apis` against `args.baseUrl` in one vitest run; resolves with the exit code (0 passed, 1
 * failed or stopped early, 2 usage error).
 */
export async function runContractSuite(args: Omit<ContractArgs, 'help'>, options: ContractCliOptions): Promise<number> {
  const env = options.env ?? process.env
  const print = options.print ?? ((line: string) => console.log(line))
  const printError = options.printError ?? ((line: string) => console.error(line))
  let apis: string[]
  try {
    apis = resolveApis(args.apis, Object.keys(options.suites).sort())
  } catch (error) {
    printError(`error: ${(error as Error).message}`)
    return 2
  }
  // `runContract` reaches here without the command line's checks.
  const sessionProblem = args.session === undefined ? undefined : sessionNameProblem(args.session)
  if (sessionProblem) {
    printError(`error: --session: ${sessionProblem}`)
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
  const several = apis.length > 1
  const plans = new Map(
    await Promise.all(
      apis.map(async (api) => [api, await (options.suites[api] as ContractSuiteEntry).loadPlan()] as const),
    ),
  )
  const selection: ContractSelection = {
    operations: args.operations,
    tags: args.tags,
    excludeOperations: args.excludeOperations,
  }
  const allOperations = new Map([...plans].map(([api, plan]) => [api, listOperations(plan.document)] as const))
  let selected: Map<string, Operation[]>
  try {
    selected = applySelection(selection, allOperations)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    printError(`error: ${error.message}`)
    return 2
  }
  for (const api of apis)
    if (!selected.has(api)) print(`${api}: no operation matches the filters; left out of this run`)

  let prepared: PreparedApi[]
  try {
    prepared = await Promise.all([...selected].map(([api, operations]) => prepare(api, operations)))
  } catch (error) {
    const { message, code } = error as Error & { code?: number }
    printError(`error: ${message}`)
    return code ?? 1
  }
  for (const { banner } of prepared) print([...banner, ''].join('\n'))

  async function prepare(api: string, operations: Operation[]): Promise<PreparedApi> {
    const plan = plans.get(api) as ContractPlan
    const baseUrl = apiBaseUrl(args.baseUrl, api, several)
    const kind = await detectTarget(baseUrl, api)
    const mode: ContractMode = args.mode ?? (kind === 'prism' ? 'stateless' : 'stateful')
    let credentials: string
    try {
      credentials = plan.credentials(env, { baseUrl, kind, mode, writes: args.write || isMock(kind) }).description
    } catch (error) {
      throw Object.assign(new Error(`${api}: ${(error as Error).message}`), { code: 2 })
    }
    const suite = options.suites[api] as ContractSuiteEntry
    const title = String(plan.document.info.title)
    return {
      plan,
      info: { api, title, baseUrl, target: kind, mode, file: resolve(suite.file), operations },
      settings: {
        baseUrl,
        mode,
        allow429: args.allow429,
        write: args.write,
        negative: args.negative,
        ...(args.session ? { session: args.session } : {}),
      },
      banner: bannerLines({
        plan,
        baseUrl,
        kind,
        mode,
        modeGiven: args.mode !== undefined,
        credentials,
        write: args.write,
        allow429: args.allow429,
        negative: args.negative,
        selected: operations.length,
        total: allOperations.get(api)?.length ?? 0,
      }),
    }
  }

  const files = prepared.map((p) => p.info.file)
  const root = commonDirectory(files)
  const provided: ProvidedContractRun = {
    settings: Object.fromEntries(prepared.map((p) => [p.info.api, p.settings])),
    selection,
  }
  const junitFiles = [
    ...(args.junit ? [args.junit] : []),
    ...(args.reports.includes('junit') ? [resolve(args.reportDir, REPORT_FILES.junit)] : []),
  ]
  const progress = createProgressReporter({
    write: (text) => void process.stderr.write(text),
    tty: process.stderr.isTTY === true,
  })
  const startedAt = new Date()
  const started = performance.now()
  const vitest = await startVitest('test', [], {
    root,
    config: false,
    watch: false,
    include: files.map((f) => relative(root, f).split(sep).join('/')),
    // The suite files ship inside node_modules when the package is installed; vitest excludes those by default.
    exclude: [],
    reporters: [
      ...(options.progress === false ? [] : [progress]),
      ...junitFiles.map((outputFile) => ['junit', { outputFile }] as ['junit', { outputFile: string }]),
    ],
    provide: { [PROVIDE_KEY]: provided },
    ...workerConfig(prepared.map((p) => p.info)),
    // A paced run waits up to a window (a minute) inside one test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  })
  await vitest.close()
  const report = buildReport(
    prepared.map((p) => p.info),
    vitest.state.getTestModules() as unknown as ReportedModule[],
    {
      tool: options.tool ?? { name: 'scheduling-api-mocks', version: 'unknown' },
      startedAt,
      durationMs: performance.now() - started,
      filters: { operations: args.operations, tags: args.tags, excludeOperations: args.excludeOperations },
    },
  )
  const output = renderTerminal(report)
  for (const line of output.lines) print(line)
  for (const line of output.errors) printError(`error: ${line}`)
  // An error no check caught (a stray rejection in a worker) fails the run: vitest's own reporter would have said so.
  const unhandled = vitest.state.getUnhandledErrors() as { message?: string }[]
  for (const error of unhandled) printError(`error: outside any check: ${error.message ?? String(error)}`)
  const written = await writeReports(report, args.reports, args.reportDir)
  for (const file of [...junitFiles, ...written]) print(`report: ${file}`)
  return report.outcome === 'passed' && !unhandled.length ? 0 : 1
}
