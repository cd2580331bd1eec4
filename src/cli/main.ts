/**
 * The bin: `<name> [serve] [options]`, `<name> contract --api <id> --base-url <url> [options]`,
 * `<name> proxy --api <id> --upstream <url> [options]`, `--help`, `--version`.
 * A user error prints one line saying what to pass instead and exits 2, with no stack trace.
 */
import type { Server } from 'node:http'
import type { ContractCliOptions } from '../contract/cli.ts'
import { UsageError } from './args.ts'
import { createLineWriter } from './log-writer.ts'
import { listenErrorMessage, serve, serveUsage, type Catalog, type StartedServer } from './serve.ts'

export interface BinOptions {
  /** The command's name, as typed (e.g. `scheduling-api-mocks`). */
  name: string
  version: string
  catalog: Catalog
  contract: Omit<ContractCliOptions, 'command'>
}

export function binUsage(options: BinOptions): string {
  const example = Object.keys(options.catalog)[0] ?? '<api>'
  return [
    `Usage: ${options.name} [command] [options]`,
    '',
    'Commands:',
    `  serve       serve the mock APIs (the default command): ${Object.keys(options.catalog).join(', ')}`,
    "  contract    check a server (our mock, Prism or the live API) against an API's spec",
    "  proxy       forward a client's traffic to an API unchanged, reporting where it departs from the spec",
    '',
    'Options:',
    '  -h, --help      show help (for a command: <command> --help)',
    '  -v, --version   print the version',
    '',
    'Examples:',
    `  ${options.name} serve --port 4010`,
    `  ${options.name} serve --api ${example} --port 0`,
    `  ${options.name} contract --api ${example} --base-url http://localhost:4010/${example}`,
    `  ${options.name} proxy --api ${example} --upstream http://localhost:4010/${example}`,
  ].join('\n')
}

/** How long responses still being written (large streamed lists included) may take after SIGTERM or SIGINT. */
export const SHUTDOWN_GRACE_MS = 10_000

/**
 * A graceful stop on SIGTERM/SIGINT: stop accepting connections, let the responses under way finish (within the
 * grace period), close keep-alive connections as they fall idle, then exit 0. A second signal exits at once.
 */
export function onShutdownSignal(
  server: Server,
  options: { graceMs: number; log(line: string): void; beforeExit(): Promise<void>; onSignal?(): void },
): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1)
    stopping = true
    // At once (the --state file), before the grace period that a hard kill may cut short.
    options.onSignal?.()
    options.log(
      `${signal}: no new connections; finishing the responses under way (up to ${options.graceMs / 1000} s), then exiting. ${signal} again exits now.`,
    )
    server.close(() => {
      void options.beforeExit().then(() => process.exit(0))
    })
    server.closeIdleConnections()
    // A keep-alive connection falls idle once its response is written: close it then rather than wait for its timeout.
    setInterval(() => server.closeIdleConnections(), 50).unref()
    setTimeout(() => {
      options.log(`the grace period ended: closing the connections still open`)
      server.closeAllConnections()
    }, options.graceMs).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** Writes the `--state` file now, if there is one; a failure is reported, not thrown (the process is stopping). */
function saveState(started: StartedServer, log: (line: string) => void): void {
  try {
    started.state?.save()
  } catch (error) {
    log(`error: cannot write the --state file: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Runs the bin; resolves once the command has started (serve) or finished (contract), setting `process.exitCode`. */
export async function main(options: BinOptions, argv = process.argv.slice(2)): Promise<void> {
  const [first, ...rest] = argv
  if (first === '--version' || first === '-v') {
    console.log(options.version)
    return
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    console.log(binUsage(options))
    return
  }
  if (first === 'contract') {
    // Loaded only for this command: `serve` starts without the contract machinery.
    const { runContractCli } = await import('../contract/cli.ts')
    const tool = { name: options.name, version: options.version }
    process.exitCode = await runContractCli(rest, { ...options.contract, command: `${options.name} contract`, tool })
    return
  }
  if (first === 'proxy') {
    // Loaded only for this command, like contract.
    const { runProxyCli } = await import('../proxy/cli.ts')
    await runProxyCli(options.catalog, rest, `${options.name} proxy`)
    return
  }
  if (first !== undefined && !first.startsWith('-') && first !== 'serve') {
    console.error(`error: Unknown command "${first}": use serve, contract or proxy (see ${options.name} --help)`)
    process.exitCode = 2
    return
  }
  await runServe(options.catalog, first === 'serve' ? rest : argv, `${options.name} serve`)
}

/**
 * The `serve` command over any catalog (the bin's vendors, or a user's own plug-ins): parses the arguments, prints the
 * banner and the request log, stops gracefully on SIGTERM/SIGINT. A user error prints one line and sets exit code 2.
 */
export async function runServe(catalog: Catalog, serveArgs: string[], command: string): Promise<void> {
  if (serveArgs.includes('--help') || serveArgs.includes('-h')) {
    console.log(serveUsage(catalog, command))
    return
  }
  // Straight to stdout's descriptor, off the event loop (see log-writer.ts); the banner goes first, synchronously.
  const writer = createLineWriter(process.stdout.fd)
  try {
    const started = await serve(catalog, serveArgs, process.env, {
      print: (line) => console.log(line),
      log: writer.write,
    })
    if (!started) return
    onShutdownSignal(started.server, {
      graceMs: SHUTDOWN_GRACE_MS,
      log: writer.write,
      onSignal: () => saveState(started, writer.write),
      // The engines' background work (webhook deliveries) stops with the server, then the log is flushed.
      beforeExit: async () => {
        await Promise.all(started.engines.map((engine) => engine.close()))
        // Once more: the responses finished during the grace period may have changed it.
        saveState(started, writer.write)
        started.state?.stop()
        await writer.drain()
      },
    })
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`)
      process.exitCode = 2
      return
    }
    const message = listenErrorMessage(error as NodeJS.ErrnoException, serveArgs, process.env)
    if (message) {
      console.error(`error: ${message}`)
      process.exitCode = 2
      return
    }
    throw error
  }
}
