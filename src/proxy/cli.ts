/**
 * `scheduling-api-mocks proxy --api <id> --upstream <url>`: the validating proxy from the command line. Prints each
 * exchange and its violations as they happen, serves the drift report under `/__proxy/`, and on SIGINT/SIGTERM lets
 * the exchanges under way finish, writes the report (JSON and HTML) to `--report-dir` and says where.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isLoopback } from '../adapters/control-guard.ts'
import { UsageError, numberOption, parseCommandLine, type OptionSpec } from '../cli/args.ts'
import { createLineWriter } from '../cli/log-writer.ts'
import { SHUTDOWN_GRACE_MS, onShutdownSignal } from '../cli/main.ts'
import type { Catalog } from '../cli/serve.ts'
import { listenErrorMessage } from '../cli/serve.ts'
import { formatExchange } from './format.ts'
import type { DriftReport } from './report.ts'
import { reportHtml } from './report-html.ts'
import { DEFAULT_MAX_VALIDATE_BYTES, DEFAULT_TIMEOUT_MS, PROXY_PREFIX } from './server.ts'
import { DEFAULT_PROXY_PORT, startProxy, type RunningProxy } from './start.ts'

export const DEFAULT_REPORT_DIR = 'reports'

const OPTIONS = {
  api: { type: 'string' },
  upstream: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'report-dir': { type: 'string' },
  'max-validate-bytes': { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec

export interface ProxyArgs {
  api: string
  upstream: string
  port: number
  host: string
  reportDir: string
  maxValidateBytes: number
  timeoutMs: number
  quiet: boolean
}

export function proxyUsage(apis: readonly string[], command = 'scheduling-api-mocks proxy'): string {
  const example = apis[0] ?? '<api>'
  return [
    `Usage: ${command} --api <id> --upstream <url> [options]`,
    '',
    "Forwards your client's requests to the upstream (the live API, or a mock) unchanged, checks each request and",
    "response against the API's spec, prints every violation as it happens and keeps a drift report.",
    '',
    `  --api <id>                 the API whose spec to check against (${apis.join(', ')})`,
    '  --upstream <url>           where to forward: the live API, or a mock (e.g. serve → http://localhost:4010/<id>)',
    `  --port <n>                 port to listen on (default ${DEFAULT_PROXY_PORT}; 0 picks a free one)`,
    '  --host <addr>              address to bind (default 127.0.0.1)',
    `  --report-dir <dir>         where the report is written on exit, as JSON and HTML (default ${DEFAULT_REPORT_DIR})`,
    `  --max-validate-bytes <n>   larger bodies stream through unchecked (default ${DEFAULT_MAX_VALIDATE_BYTES})`,
    `  --timeout <ms>             how long the upstream may stay silent before a 504 (default ${DEFAULT_TIMEOUT_MS})`,
    '  --quiet                    print only the exchanges with violations',
    '  -h, --help                 show this help',
    '',
    `The report: GET ${PROXY_PREFIX}/report (JSON, or HTML for a browser), ${PROXY_PREFIX}/report.json, ${PROXY_PREFIX}/report.html;`,
    `DELETE ${PROXY_PREFIX}/report starts it again.`,
    '',
    'Example:',
    `  ${command} --api ${example} --upstream http://localhost:4010/${example} --port 4020`,
  ].join('\n')
}

/** An absolute http(s) URL; `localhost:4010` (no scheme) gets the suggestion to write `http://localhost:4010`. */
function upstreamUrl(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    if (url.search || url.hash)
      throw new UsageError(`--upstream takes no query or fragment: pass ${url.origin}${url.pathname}`)
    return value.replace(/\/+$/, '')
  }
  if (!value.includes('://'))
    throw new UsageError(`--upstream "${value}" has no scheme: write it as http://${value} (or https://)`)
  throw new UsageError(`--upstream must be an http:// or https:// URL, got "${value}"`)
}

/** Parses and checks the arguments; throws `UsageError` saying what to pass instead. `undefined` means `--help`. */
export function parseProxyArgs(argv: string[], apis: readonly string[]): ProxyArgs | undefined {
  const values = parseCommandLine(argv, OPTIONS)
  if (values.help) return undefined
  const text = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined)
  const api = text('api')
  if (!api) throw new UsageError(`Missing --api <id>: choose one of ${apis.join(', ')}`)
  if (!apis.includes(api)) throw new UsageError(`Unknown API "${api}": choose one of ${apis.join(', ')}`)
  const upstream = text('upstream')
  if (!upstream)
    throw new UsageError(
      `Missing --upstream <url>: where to forward, e.g. http://localhost:4010/${api} (serve) or the vendor's API URL`,
    )
  const num = (flag: string, fallback: number, rule: Parameters<typeof numberOption>[2]) => {
    const value = text(flag)
    return value === undefined ? fallback : numberOption(`--${flag}`, value, rule)
  }
  return {
    api,
    upstream: upstreamUrl(upstream),
    port: num('port', DEFAULT_PROXY_PORT, { min: 0, max: 65535, integer: true }),
    host: text('host') ?? '127.0.0.1',
    reportDir: text('report-dir') ?? DEFAULT_REPORT_DIR,
    maxValidateBytes: num('max-validate-bytes', DEFAULT_MAX_VALIDATE_BYTES, { min: 0, integer: true }),
    timeoutMs: num('timeout', DEFAULT_TIMEOUT_MS, { min: 1, integer: true }),
    quiet: values.quiet === true,
  }
}

/** Creates the report directory now, so a bad one is refused at start rather than losing the report at exit. */
function prepareReportDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new UsageError(`--report-dir "${dir}" cannot be created or written (${code}): pass a writable directory`)
  }
}

/** Writes the report as `<dir>/proxy-<api>-<time>.json` and `.html`; returns both paths. */
export function writeReport(report: DriftReport, dir: string, api: string): { json: string; html: string } {
  const data = report.toJSON()
  const stamp = data.generatedAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const base = join(dir, `proxy-${api}-${stamp}`)
  writeFileSync(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`)
  writeFileSync(`${base}.html`, reportHtml(data))
  return { json: `${base}.json`, html: `${base}.html` }
}

/** Runs the command; a user error prints one line and sets exit code 2. */
export async function runProxyCli(catalog: Catalog, argv: string[], command: string): Promise<void> {
  const apis = Object.keys(catalog)
  let args: ProxyArgs | undefined
  try {
    args = parseProxyArgs(argv, apis)
    if (args) prepareReportDir(args.reportDir)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`error: ${error.message}`)
    process.exitCode = 2
    return
  }
  if (!args) {
    console.log(proxyUsage(apis, command))
    return
  }
  const entry = catalog[args.api]!
  const plugin = await entry.load()
  // Straight to stdout's descriptor, off the event loop (see log-writer.ts); the banner goes first, synchronously.
  const writer = createLineWriter(process.stdout.fd)
  const quiet = args.quiet
  let proxy: RunningProxy
  try {
    proxy = await startProxy({
      api: { id: plugin.id, title: plugin.title, document: plugin.document },
      upstream: args.upstream,
      maxValidateBytes: args.maxValidateBytes,
      timeoutMs: args.timeoutMs,
      port: args.port,
      host: args.host,
      onExchange: (record) => {
        if (quiet && record.issues.length === 0 && record.notValidated.length === 0) return
        for (const line of formatExchange(record)) writer.write(line)
      },
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'EADDRINUSE'
        ? `port ${args.port} is already in use: pick another with --port <n> (0 picks a free one), or stop the other server.`
        : code === 'EACCES'
          ? `not allowed to listen on port ${args.port}: pick a port above 1023 with --port <n>.`
          : listenErrorMessage(error as NodeJS.ErrnoException, argv, {})
    if (!message) throw error
    console.error(`error: ${message}`)
    process.exitCode = 2
    return
  }
  const url = proxy.url
  console.log(`Validating proxy for ${plugin.title} (${plugin.id}) listening on ${url}`)
  console.log(`  forwarding to ${args.upstream}, unchanged; point your client's base URL at ${url}`)
  console.log(
    `  drift report: ${url}${PROXY_PREFIX}/report (.json, .html); written to ${args.reportDir} on exit (Ctrl-C)`,
  )
  if (!isLoopback(args.host))
    console.log(
      `warning: --host ${args.host} makes the proxy reachable from other machines, and its report, which quotes your traffic, readable by them.`,
    )
  console.log('')
  onShutdownSignal(proxy.server, {
    graceMs: SHUTDOWN_GRACE_MS,
    log: writer.write,
    beforeExit: async () => {
      await proxy.settled()
      try {
        const files = writeReport(proxy.report, args.reportDir, plugin.id)
        const t = proxy.report.toJSON().totals
        writer.write(
          `Drift report written to ${files.json} and ${files.html}: ${t.exchanges} exchanges, ${t.exchangesWithViolations} with violations (${t.violations} distinct).`,
        )
      } catch (error) {
        writer.write(`error: could not write the drift report to ${args.reportDir}: ${(error as Error).message}`)
        await writer.drain()
        process.exit(1) // the shutdown exits 0 after this; a lost report is a failure
      }
      await writer.drain()
    },
  })
}
