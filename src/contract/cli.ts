/**
 * `npm run contract -- --api <id> --base-url <url> [--mode stateful|stateless] [--junit <file>] [--allow-429] [--write]`
 *
 * Says what it is about to do (target, mode, credentials, writes, 429), then runs `contracts/<id>/*.contract.ts` with
 * vitest in this process. Settings reach the test workers as `CONTRACT_*` environment variables (see target.ts).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UsageError, parseFlags } from '../cli/args.ts'
import { listOperations } from '../spec/openapi.ts'
import type { ContractPlan } from './plan.ts'
import { LOW_RATE_LIMIT } from './suite.ts'
import { detectTarget, isMock, settingsEnv, TARGET_LABELS, type ContractMode, type ContractSettings, type TargetInfo } from './target.ts'

const SWITCHES = new Set(['help', 'allow-429', 'write'])
const KNOWN = new Set(['api', 'base-url', 'mode', 'junit', ...SWITCHES])

export interface ContractArgs {
  help: boolean
  api: string
  baseUrl: string
  mode: ContractMode | undefined
  junit: string | undefined
  allow429: boolean
  write: boolean
}

export function contractUsage(apis: readonly string[]): string {
  return [
    'Usage: npm run contract -- --api <id> --base-url <url> [options]',
    '',
    `  --api <id>            the API whose contract to check (${apis.join(', ')})`,
    '  --base-url <url>      where the API is: our mock (npm start → http://localhost:4010/<id>), Prism, or the live API',
    '  --mode <mode>         stateful (default) or stateless (default against Prism: examples, no state)',
    '  --junit <file>        also write a JUnit XML report there',
    '  --allow-429           run the 429 contract even against a live API (it spends the whole quota)',
    '  --write               allow creating, changing and deleting the run\'s own records on a live API',
    '                        (our mock and Prism always allow it; a live API is read-only by default)',
    '',
    'Credentials come from environment variables; see contracts/README.md (e.g. <API>_USERNAME).',
  ].join('\n')
}

/** Parses and checks the arguments; throws `UsageError` saying what to pass instead. */
export function parseContractArgs(argv: string[], apis: readonly string[]): ContractArgs {
  const flags = parseFlags(argv, SWITCHES)
  const unknown = [...flags.keys()].filter((f) => !KNOWN.has(f))
  if (unknown.length) throw new UsageError(`Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `--${f}`).join(', ')} (see --help)`)
  const help = flags.has('help')
  const api = flags.get('api') ?? ''
  const baseUrl = flags.get('base-url') ?? ''
  const mode = flags.get('mode')
  if (!help) {
    if (!api) throw new UsageError(`Missing --api <id>: choose one of ${apis.join(', ')}`)
    if (!apis.includes(api)) throw new UsageError(`Unknown API "${api}": choose one of ${apis.join(', ')}`)
    if (!baseUrl) throw new UsageError(`Missing --base-url <url>: the server to check, e.g. http://localhost:4010/${api} (npm start) or the vendor's API URL`)
    let url: URL
    try {
      url = new URL(baseUrl)
    } catch {
      throw new UsageError(`--base-url "${baseUrl}" is not an absolute URL: write it as http://host:port/path`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be http or https, got "${url.protocol}"`)
    if (mode !== undefined && mode !== 'stateful' && mode !== 'stateless') throw new UsageError(`--mode must be stateful or stateless, got "${mode}"`)
    if (flags.get('junit') === 'true') throw new UsageError('--junit needs a file name, e.g. --junit reports/contract.xml')
  }
  return {
    help,
    api,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    mode: mode as ContractMode | undefined,
    junit: flags.get('junit'),
    allow429: flags.has('allow-429'),
    write: flags.has('write'),
  }
}

/** The APIs with a contract suite: folders of `contractsDir` that hold a `plan.ts`. */
export function contractApis(contractsDir: string): string[] {
  return readdirSync(contractsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(contractsDir, e.name, 'plan.ts')))
    .map((e) => e.name)
    .sort()
}

export interface ContractCliOptions {
  /** The folder with one sub-folder per API (`plan.ts` + `*.contract.ts`). */
  contractsDir: string
  /** The project root vitest runs in. */
  root: string
  env?: NodeJS.ProcessEnv
  print?(line: string): void
  printError?(line: string): void
}

/** Runs the CLI; resolves with the exit code (0 passed, 1 failed, 2 usage error). */
export async function runContractCli(argv: string[], options: ContractCliOptions): Promise<number> {
  const env = options.env ?? process.env
  const print = options.print ?? ((line: string) => console.log(line))
  const printError = options.printError ?? ((line: string) => console.error(line))
  const apis = contractApis(options.contractsDir)
  let args: ContractArgs
  try {
    args = parseContractArgs(argv, apis)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    printError(`error: ${error.message}`)
    printError('')
    printError(contractUsage(apis))
    return 2
  }
  if (args.help) {
    print(contractUsage(apis))
    return 0
  }

  const { plan } = (await import(pathToFileURL(join(options.contractsDir, args.api, 'plan.ts')).href)) as { plan: ContractPlan }
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

  const writes = isMock(kind) ? `allowed (${TARGET_LABELS[kind]})` : args.write ? 'allowed (--write): the run creates, changes and deletes its own records' : 'read-only (pass --write to create, change and delete the run\'s own records)'
  const rateLimit = kind === 'prism'
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
  if (kind === 'prism' && mode === 'stateful') print('  note:        Prism keeps no state, so stateful checks will fail there; --mode stateless is meant for it')
  print('  requests are never retried; when the quota runs out the run waits for the next window')
  const duties = [
    ...(plan.rateLimit?.random ? [`wait ${plan.rateLimit.windowSeconds} s after a 429 (the API sends them at random)`] : []),
    ...(plan.duties?.all ?? []).map((d) => d.reason),
    ...(isMock(kind) ? [] : (plan.duties?.remote ?? []).map((d) => d.reason)),
  ]
  if (duties.length) print(`  client duties kept: ${duties.join('; ')}`)
  if (!isMock(kind) && plan.skipErrorChecksOnRemote) print(`  error checks: not sent (${plan.skipErrorChecksOnRemote})`)
  print('')

  const settings: ContractSettings = { baseUrl: args.baseUrl, mode, allow429: args.allow429, write: args.write }
  Object.assign(process.env, settingsEnv(settings))
  const { startVitest } = await import('vitest/node')
  const vitest = await startVitest(
    'test',
    [],
    {
      root: options.root,
      config: false,
      watch: false,
      include: [`${relative(options.root, options.contractsDir).replaceAll('\\', '/') || '.'}/${args.api}/*.contract.ts`],
      reporters: args.junit ? ['default', 'junit'] : ['default'],
      ...(args.junit ? { outputFile: { junit: args.junit } } : {}),
      // A paced run waits up to a window (a minute) inside one test.
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  )
  await vitest.close()
  const failed = vitest.state.getFiles().some((file) => file.result?.state === 'fail') || vitest.state.getCountOfFailedTests() > 0
  return failed || vitest.state.getFiles().length === 0 ? 1 : 0
}
