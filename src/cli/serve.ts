/**
 * `npm start`: serves every registered API on one port under its id (`/<api id>/...`), or one API at the root
 * with `--api <id>`. Prints the URL, the demo credentials and a first request to try.
 */
import type { Server } from 'node:http'
import { createEngine, type Engine, type ExchangeLogEntry } from '../core/engine.ts'
import type { AnyApiPlugin } from '../core/plugin.ts'
import { createMockServer, listen, CONTROL_PREFIX } from '../adapters/node-server.ts'
import { UsageError, coerceOption, envName, kebab, parseFlags, vendorOptions } from './args.ts'

export type Registry = Record<string, AnyApiPlugin>

const SWITCHES = new Set(['help', 'quiet', 'validate-responses', 'no-cors', 'block-misconduct'])

function exampleEnv(registry: Registry): string {
  const plugin = Object.values(registry)[0]
  const key = plugin && Object.keys(plugin.defaults)[0]
  return plugin && key ? `--${plugin.id}-${kebab(key)} / ${envName(plugin.id, key)}` : '--acme-username / ACME_USERNAME'
}

export function serveUsage(registry: Registry): string {
  const vendorFlags = Object.values(registry).flatMap((p) =>
    Object.keys(p.defaults).map((k) => `  --${p.id}-${kebab(k)} <value>`.padEnd(44) + `(default ${JSON.stringify(p.defaults[k])})`),
  )
  return [
    'Usage: npm start -- [options]',
    '',
    '  --port <n>             port to listen on (default 4010, or $PORT; 0 picks a free one)',
    '  --host <addr>          address to bind (default 127.0.0.1, or $HOST)',
    `  --api <id>             serve one API at the root instead of all under /<id> (${Object.keys(registry).join(', ')})`,
    '  --seed <n>             seed of the fake data (default 1, or $SEED)',
    '  --rate-limit <n>       requests per window for every API that has a rate limit (overrides each vendor default)',
    '  --chaos <p>            probability (0-1) of a random 429 for every API that sends them on purpose (0 turns them off)',
    '  --max-body-bytes <n>   largest request body accepted before 413 (default 1048576)',
    '  --validate-responses   check every response against the spec (slower; for debugging the mock)',
    '  --quiet                do not print one line per request',
    '  --no-cors              do not send CORS headers',
    '  --block-misconduct     block a client that breaks a vendor\'s client duties (APIs with conduct rules), for an hour',
    '',
    `Vendor options (also as environment variables: --<api>-<option> is <API>_<OPTION>, e.g. ${exampleEnv(registry)}):`,
    ...vendorFlags,
  ].join('\n')
}

export interface StartedServer {
  server: Server
  url: string
  engines: Engine[]
  close(): Promise<void>
}

/** Parses arguments, starts the server and prints the banner. Throws `UsageError` on bad arguments. */
export async function serve(registry: Registry, argv: string[], env: NodeJS.ProcessEnv = process.env, print: (line: string) => void = console.log): Promise<StartedServer | undefined> {
  const flags = parseFlags(argv, SWITCHES)
  if (flags.has('help')) {
    print(serveUsage(registry))
    return undefined
  }
  const used = new Set(['port', 'host', 'api', 'seed', 'rate-limit', 'chaos', 'max-body-bytes', ...SWITCHES])
  const port = coerceOption('--port', flags.get('port') ?? env.PORT ?? '4010', 0) as number
  const host = flags.get('host') ?? env.HOST ?? '127.0.0.1'
  const seed = coerceOption('--seed', flags.get('seed') ?? env.SEED ?? '1', 0) as number
  const rateLimit = flags.has('rate-limit') ? coerceOption('--rate-limit', flags.get('rate-limit') as string, 0) : undefined
  const chaos = flags.has('chaos') ? (coerceOption('--chaos', flags.get('chaos') as string, 0) as number) : undefined
  if (chaos !== undefined && !(chaos >= 0 && chaos <= 1)) throw new UsageError(`--chaos must be a probability between 0 and 1, got ${chaos}`)
  const maxBodyBytes = flags.has('max-body-bytes') ? (coerceOption('--max-body-bytes', flags.get('max-body-bytes') as string, 0) as number) : undefined
  const only = flags.get('api')
  if (only !== undefined && !registry[only]) throw new UsageError(`Unknown API "${only}": choose one of ${Object.keys(registry).join(', ')}`)
  const plugins = only ? [registry[only] as AnyApiPlugin] : Object.values(registry)
  const quiet = flags.has('quiet')
  const onExchange = quiet
    ? undefined
    : (e: ExchangeLogEntry) =>
        print(`${e.at} ${e.method} ${e.path}${e.query ? `?${e.query}` : ''} → ${e.status}${e.operationId ? ` ${e.operationId}` : ''} (${e.ms} ms)${e.status >= 500 && e.error ? `\n  ${e.error}` : ''}`)
  const engines = plugins.map((plugin) => {
    const options = vendorOptions(plugin.id, plugin.defaults, flags, env, used)
    if (rateLimit !== undefined && 'rateLimit' in plugin.defaults) options.rateLimit = rateLimit
    if (chaos !== undefined && 'chaos' in plugin.defaults) options.chaos = chaos
    return createEngine(plugin, {
      seed,
      options,
      maxBodyBytes,
      validateResponses: flags.has('validate-responses'),
      conduct: {
        block: flags.has('block-misconduct'),
        // Findings are always printed, even with --quiet: they are what a user needs to see.
        onFinding: (f) => print(`${f.at} misconduct by ${f.client} [${f.rule}] ${f.message} — ${f.request}${flags.has('block-misconduct') ? ' (client blocked)' : ''}`),
      },
      onExchange: onExchange && ((e) => onExchange({ ...e, path: `${only ? '' : `/${plugin.id}`}${e.path}` })),
    })
  })
  const unknown = [...flags.keys()].filter((f) => !used.has(f))
  if (unknown.length) throw new UsageError(`Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `--${f}`).join(', ')} (see --help)`)
  const server = createMockServer(
    engines.map((engine) => ({ prefix: only ? '' : `/${engine.id}`, engine })),
    { cors: !flags.has('no-cors') },
  )
  const url = await listen(server, port, host)
  print(`Mock APIs listening on ${url} (seed ${seed})`)
  for (const engine of engines) {
    const base = `${url}${only ? '' : `/${engine.id}`}`
    print('')
    print(`${engine.title} — ${engine.operations.length} operations at ${base}`)
    for (const line of engine.plugin.banner(base, engine.options)) print(`  ${line}`)
    const missing = engine.missingHandlers()
    if (missing.length) print(`  warning: no handler for ${missing.join(', ')}`)
  }
  print('')
  print(`Control: POST ${url}${CONTROL_PREFIX}/reset · GET ${url}${CONTROL_PREFIX}/<api>/state · GET ${url}${CONTROL_PREFIX}/<api>/requests · GET ${url}${CONTROL_PREFIX}/<api>/conduct`)
  return {
    server,
    url,
    engines,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Entry point for a bin script: runs `serve`, prints usage errors plainly and exits non-zero on them. */
export async function main(registry: Registry, argv = process.argv.slice(2)): Promise<void> {
  try {
    const started = await serve(registry, argv)
    if (!started) return
    const stop = () => {
      started.server.closeAllConnections()
      void started.close().then(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`)
      process.exitCode = 2
      return
    }
    const e = error as NodeJS.ErrnoException
    if (e.code === 'EADDRINUSE') {
      console.error(`error: the port is already in use. Pick another with --port <n> (or PORT=<n>), or stop the other server.`)
      process.exitCode = 1
      return
    }
    throw error
  }
}
