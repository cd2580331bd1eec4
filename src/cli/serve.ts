/**
 * `scheduling-api-mocks serve` (and `npm start`): serves every API of a catalog on one port under its id
 * (`/<api id>/...`), or one API at the root with `--api <id>`. Only the APIs served are loaded. Prints the URL, the
 * demo credentials and a first request to try, then one line per request.
 */
import { randomBytes } from 'node:crypto'
import { networkInterfaces } from 'node:os'
import type { AnyApiPlugin, ApiEntry } from '../core/plugin.ts'
import { CONTROL_TOKEN_HEADER, isLoopback } from '../adapters/control-guard.ts'
import type { ExchangeLogEntry } from '../core/engine.ts'
import { LOG_DEFAULTS } from '../core/exchange-log.ts'
import { ConfigError } from '../core/errors.ts'
import { escapeForLog } from '../core/log-safe.ts'
import { SESSION_DEFAULTS } from '../core/session.ts'
import { DEFAULT_STATE_DEBOUNCE_MS, openStateFile, type StateStore } from './state-file.ts'
import { CONTROL_PREFIX } from '../adapters/node-server.ts'
import { DEFAULT_PORT, startServer, type RunningServer } from '../adapters/start-server.ts'
import {
  UsageError,
  apiOptionFlags,
  apiOptionSpec,
  apiOptions,
  numberOption,
  parseCommandLine,
  sharedOptionFlags,
  type OptionSpec,
} from './args.ts'

export type Catalog = Record<string, ApiEntry>

export const CONTROL_TOKEN_ENV = 'SCHEDULING_API_MOCKS_CONTROL_TOKEN'

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  api: { type: 'string' },
  seed: { type: 'string' },
  'max-body-bytes': { type: 'string' },
  'log-size': { type: 'string' },
  'log-details': { type: 'string' },
  'log-body-bytes': { type: 'string' },
  'public-url': { type: 'string' },
  'control-token': { type: 'string' },
  'max-sessions': { type: 'string' },
  'session-ttl': { type: 'string' },
  state: { type: 'string' },
  store: { type: 'string' },
  'state-debounce': { type: 'string' },
  'validate-responses': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'no-cors': { type: 'boolean' },
  'block-misconduct': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec

function exampleEnv(catalog: Catalog): string {
  const first = Object.values(catalog)
    .map((entry) => apiOptionFlags(entry.id, entry.options)[0])
    .find((flag) => flag !== undefined)
  return first ? `${first.flag} / ${first.variable}` : '--acme-username / ACME_USERNAME'
}

/** Two columns: the flags, then what they do. */
function columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}${right}`)
}

export function serveUsage(catalog: Catalog, command = 'scheduling-api-mocks serve'): string {
  const entries = Object.values(catalog)
  const shared = [...sharedOptionFlags(entries.map((e) => e.options))].map(
    ([flag, { value, description }]) => [`--${flag} ${value}`, description] as const,
  )
  const vendorSections = entries.flatMap((entry) => {
    const flags = apiOptionFlags(entry.id, entry.options)
    if (flags.length === 0) return []
    return [
      '',
      `${entry.title} (${entry.id}):`,
      ...columns(
        flags.map((f) => [`${f.flag} ${f.value}`, `${f.description} (default ${JSON.stringify(f.default)})`] as const),
      ),
    ]
  })
  return [
    `Usage: ${command} [options]`,
    '',
    "Serves a stateful mock of each API, with the vendor's auth, errors and rate limits, and seeded data.",
    '',
    ...columns([
      ['--port <n>', `port to listen on (default ${DEFAULT_PORT}, or $PORT; 0 picks a free one)`],
      [
        '--host <addr>',
        'address to bind (default 127.0.0.1, or $HOST); beyond loopback the control plane needs a token',
      ],
      [
        '--public-url <url>',
        "the URL clients reach the mock at, if not the address it listens on (for records' url, Location)",
      ],
      [
        '--control-token <t>',
        `token every ${CONTROL_PREFIX}/ request must send as "${CONTROL_TOKEN_HEADER}: <t>" (or $${CONTROL_TOKEN_ENV};`,
      ],
      ['', '  generated and printed when --host is not a loopback address and none is given)'],
      ['--api <id>', `serve one API at the root instead of all under /<id> (${Object.keys(catalog).join(', ')})`],
      ['--seed <n>', 'seed of the fake data, a whole number (default 1, or $SEED)'],
      ...shared,
      ['--max-body-bytes <n>', 'largest request body accepted before 413 (default 1048576)'],
      ['--log-size <n>', `exchanges each API's request log keeps (default ${LOG_DEFAULTS.size})`],
      [
        '--log-details <n>',
        `of those, how many of the latest keep headers and bodies for the inspector (default ${LOG_DEFAULTS.details}; 0: none)`,
      ],
      [
        '--log-body-bytes <n>',
        `bytes kept of each logged body; larger ones are cut (default ${LOG_DEFAULTS.bodyBytes})`,
      ],
      [
        '--max-sessions <n>',
        `named sessions (X-Mock-Session) kept per API (default ${SESSION_DEFAULTS.maxSessions}); past it the least recently used goes`,
      ],
      ['--session-ttl <s>', `seconds an unused named session lives (default ${SESSION_DEFAULTS.ttlMs / 1000})`],
      [
        '--state <file>',
        "load every API's sessions from this file at start (if it exists), write them back after changes and on exit",
      ],
      [
        '--store <url>',
        'keep every session in this Redis (redis://host:port/db, or $MOCK_STORE): instances sharing it act as one mock',
      ],
      [
        '--state-debounce <ms>',
        `write the --state file at most this often after changes (default ${DEFAULT_STATE_DEBOUNCE_MS})`,
      ],
      ['--validate-responses', 'check every response against the spec (slower; for debugging the mock)'],
      ['--quiet', 'do not print one line per request'],
      ['--no-cors', 'do not send CORS headers'],
      [
        '--block-misconduct',
        "block a client that breaks a vendor's client duties (APIs with conduct rules), for an hour",
      ],
      ['-h, --help', 'show this help'],
    ]),
    '',
    `Options of each API, also as environment variables (--<api>-<option> is <API>_<OPTION>, e.g. ${exampleEnv(catalog)}):`,
    ...vendorSections,
  ].join('\n')
}

/** The environment variable for `--store`. */
export const STORE_ENV = 'MOCK_STORE'

export interface StartedServer extends RunningServer {
  /** The `--state` file, when one is given: `close` writes it a last time. */
  state?: StateStore
}

export interface ServeIo {
  /** Banner lines (default console.log). */
  print?(line: string): void
  /** Request-log and conduct lines (default: `print`). The bin passes a batched writer here. */
  log?(line: string): void
}

/** One request-log line. Path and query come from the client: escaped (no forged lines, no terminal sequences). */
function formatExchange(e: ExchangeLogEntry, prefix: string): string {
  const target = escapeForLog(`${e.path}${e.query ? `?${e.query}` : ''}`, 1000)
  // A named session's exchanges say whose they are (names are validated: letters, digits, `.`, `_`, `-`).
  return `${e.at}${e.session ? ` [${e.session}]` : ''} ${e.method} ${prefix}${target} → ${e.status}${e.operationId ? ` ${e.operationId}` : ''} (${e.ms} ms)${
    e.status >= 500 && e.error
      ? `\n  ${e.error
          .split('\n', 20)
          .map((line) => escapeForLog(line, 500))
          .join('\n  ')}`
      : ''
  }`
}

/**
 * Connects to the Redis of `--store` (loading ioredis and the store's code only now). A URL that is not a Redis one, or
 * a Redis that cannot be reached, is a one-line UsageError naming the URL and what to check.
 */
async function openStore(url: string) {
  const module = await import('../store/redis/index.ts')
  try {
    const connection = await module.connectRedis(module.parseStoreUrl(url))
    return { module, connection }
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}

/** Parses arguments, starts the server and prints the banner. Throws `UsageError` on bad arguments. */
export async function serve(
  catalog: Catalog,
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  printOrIo: ServeIo['print'] | ServeIo = console.log,
): Promise<StartedServer | undefined> {
  const io: ServeIo = typeof printOrIo === 'function' ? { print: printOrIo } : printOrIo
  const print = io.print ?? console.log
  const log = io.log ?? print
  const entries = Object.values(catalog)
  const values = parseCommandLine(argv, {
    ...OPTIONS,
    ...Object.fromEntries(
      [...sharedOptionFlags(entries.map((e) => e.options)).keys()].map((flag) => [flag, { type: 'string' as const }]),
    ),
    ...Object.assign({}, ...entries.map((e) => apiOptionSpec(e.id, e.options))),
  })
  if (values.help) {
    print(serveUsage(catalog))
    return undefined
  }
  const text = (flag: string, variable?: string): [string, string] | undefined => {
    const v = values[flag]
    if (typeof v === 'string') return [`--${flag}`, v]
    if (variable && env[variable] !== undefined && env[variable] !== '') return [variable, env[variable] as string]
    return undefined
  }
  const num = (
    flag: string,
    variable: string | undefined,
    rule: Parameters<typeof numberOption>[2],
  ): number | undefined => {
    const found = text(flag, variable)
    return found ? numberOption(found[0], found[1], rule) : undefined
  }
  const port = num('port', 'PORT', { min: 0, max: 65535, integer: true }) ?? DEFAULT_PORT
  const host = text('host', 'HOST')?.[1] ?? '127.0.0.1'
  const seed = num('seed', 'SEED', { integer: true }) ?? 1
  const maxBodyBytes = num('max-body-bytes', undefined, { min: 1, integer: true })
  const logSize = num('log-size', undefined, { min: 1, max: 1_000_000, integer: true })
  const logDetails = num('log-details', undefined, { min: 0, max: 100_000, integer: true })
  const logBodyBytes = num('log-body-bytes', undefined, { min: 0, max: 64 * 1024 * 1024, integer: true })
  const maxSessions = num('max-sessions', undefined, { min: 1, max: 100_000, integer: true })
  const sessionTtl = num('session-ttl', undefined, { min: 1, integer: true })
  const statePath = text('state')?.[1]
  if (statePath === '') throw new UsageError('--state needs a file name, e.g. --state .mock-state.json')
  const stateDebounce =
    num('state-debounce', undefined, { min: 0, max: 3_600_000, integer: true }) ?? DEFAULT_STATE_DEBOUNCE_MS
  const storeUrl = text('store', STORE_ENV)?.[1]
  if (storeUrl === '') throw new UsageError('--store needs a URL, e.g. --store redis://localhost:6379/0')
  if (storeUrl !== undefined && statePath !== undefined)
    throw new UsageError(
      '--state and --store cannot be combined: the Redis store already keeps every session; pass one of them',
    )
  const publicUrl = text('public-url')?.[1]
  if (publicUrl !== undefined) {
    let parsed: URL | undefined
    try {
      parsed = new URL(publicUrl)
    } catch {
      parsed = undefined
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw new UsageError(
        `--public-url must be an absolute http(s) URL such as http://mock.internal:4010, got "${publicUrl}"`,
      )
    }
  }
  const exposed = !isLoopback(host)
  const givenToken = text('control-token', CONTROL_TOKEN_ENV)?.[1]
  const controlToken = givenToken ?? (exposed ? randomBytes(18).toString('base64url') : undefined)
  const only = values.api as string | undefined
  if (only !== undefined && !catalog[only])
    throw new UsageError(`Unknown API "${only}": choose one of ${Object.keys(catalog).join(', ')}`)
  const selected = only ? [catalog[only] as ApiEntry] : entries
  const blocking = values['block-misconduct'] === true

  // Options first (so a bad value is reported before anything loads), then the plug-ins of the APIs served.
  const vendor: Record<string, Readonly<Record<string, unknown>>> = {}
  for (const entry of selected) vendor[entry.id] = apiOptions(entry.id, entry.options, values, env)
  const plugins: AnyApiPlugin[] = await Promise.all(selected.map((entry) => entry.load()))
  const store = storeUrl === undefined ? undefined : await openStore(storeUrl)

  const running = await startServer({
    apis: plugins,
    port,
    host,
    root: only !== undefined,
    cors: values['no-cors'] !== true,
    publicUrl,
    controlToken,
    options: vendor,
    engine: {
      seed,
      maxBodyBytes,
      logSize,
      logDetails,
      logBodyBytes,
      validateResponses: values['validate-responses'] === true,
      sessions: {
        ...(maxSessions !== undefined ? { maxSessions } : {}),
        ...(sessionTtl !== undefined ? { ttlMs: sessionTtl * 1000 } : {}),
      },
    },
    engineFor: (plugin, prefix) => ({
      ...(store
        ? {
            store: store.module.createRedisEngineStore(store.connection, {
              api: plugin.id,
              seed,
              maxSessions: maxSessions ?? SESSION_DEFAULTS.maxSessions,
              sessionTtlMs: (sessionTtl ?? SESSION_DEFAULTS.ttlMs / 1000) * 1000,
              logSize: logSize ?? LOG_DEFAULTS.size,
            }),
          }
        : {}),
      conduct: {
        block: blocking,
        // Findings are always printed, even with --quiet: they are what a user needs to see.
        onFinding: (f) =>
          log(
            `${f.at} misconduct by ${f.client} [${f.rule}] ${f.message} — ${f.request}${blocking ? ' (client blocked)' : ''}`,
          ),
      },
      onExchange: values.quiet === true ? undefined : (e) => log(formatExchange(e, prefix)),
    }),
  })
  // Loaded before the first request can arrive: nothing runs between the listen and here but this function.
  let state: StateStore | undefined
  try {
    state = statePath === undefined ? undefined : openStateFile(statePath, running.engines, stateDebounce)
  } catch (error) {
    await running.close()
    throw error
  }
  const withStore: RunningServer = store
    ? {
        ...running,
        close: async () => {
          await running.close()
          await store.connection.close()
        },
      }
    : running
  const started: StartedServer = state
    ? {
        ...running,
        state,
        close: async () => {
          state.stop()
          await running.close()
          state.save()
        },
      }
    : withStore
  const url = publicUrl?.replace(/\/+$/, '') ?? started.url
  print(`Mock APIs listening on ${url} (seed ${seed})`)
  if (store) print(`Every session is kept in the shared store ${store.connection.url}`)
  // The token goes in the fragment, which the browser keeps to itself: the page reads it and sends it as a header.
  print(`Inspector: ${url}${CONTROL_PREFIX}/${controlToken ? `#token=${controlToken}` : ''}`)
  if (exposed) {
    const port = new URL(started.url).port
    const wildcard = host === '0.0.0.0' || host === '::'
    const addresses = wildcard
      ? externalAddresses().map((a) => `http://${a}:${port}`)
      : [`http://${host.includes(':') ? `[${host}]` : host}:${port}`]
    print(
      `warning: --host ${host} makes the mocks reachable from other machines${wildcard ? ' at every address of this machine' : ''}: ${addresses.join(', ') || `port ${port}`}.`,
    )
    print(
      `  The control plane (${CONTROL_PREFIX}/) needs a token there: ${givenToken ? 'the one you set' : `"${controlToken}" (generated; set your own with --control-token or $${CONTROL_TOKEN_ENV})`}.`,
    )
  }
  for (const engine of started.engines) {
    const base = `${url}${started.prefixes[engine.id] ?? ''}`
    print('')
    print(`${engine.title} — ${engine.operations.length} operations at ${base}`)
    for (const line of engine.plugin.banner(base, engine.options)) print(`  ${line}`)
    const missing = engine.missingHandlers()
    if (missing.length) print(`  warning: no handler for ${missing.join(', ')}`)
  }
  print('')
  print(
    `Control: POST ${url}${CONTROL_PREFIX}/reset · GET ${url}${CONTROL_PREFIX}/<api>/state · GET ${url}${CONTROL_PREFIX}/<api>/requests · GET ${url}${CONTROL_PREFIX}/<api>/conduct`,
  )
  if (controlToken)
    print(
      `  with the header "${CONTROL_TOKEN_HEADER}: ${controlToken}", e.g. curl -H '${CONTROL_TOKEN_HEADER}: ${controlToken}' ${url}${CONTROL_PREFIX}/${started.engines[0]?.id ?? '<api>'}/state`,
    )
  if (statePath !== undefined)
    print(`State: ${statePath} (loaded at start if it existed; written ${stateDebounce} ms after changes and on exit)`)
  print(`Specs: GET ${url}${CONTROL_PREFIX}/<api>/openapi.json (or .yaml), with servers pointing here`)
  return started
}

/** This machine's addresses other machines can reach (IPv4 first), for the banner of a wildcard bind. */
function externalAddresses(): string[] {
  const all = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => !a.internal)
  return [
    ...all.filter((a) => a.family === 'IPv4'),
    ...all.filter((a) => a.family !== 'IPv4' && !a.address.startsWith('fe80')),
  ].map((a) => (a.family === 'IPv4' ? a.address : `[${a.address}]`))
}

/** Says what a failure to listen means and what to pass instead; undefined for errors that are bugs. */
export function listenErrorMessage(
  error: NodeJS.ErrnoException,
  argv: string[],
  env: NodeJS.ProcessEnv,
): string | undefined {
  const given = (flag: string, variable: string) => {
    const i = argv.findIndex((a) => a === `--${flag}` || a.startsWith(`--${flag}=`))
    if (i !== -1) return (argv[i] as string).includes('=') ? (argv[i] as string).split('=')[1] : argv[i + 1]
    return env[variable]
  }
  switch (error.code) {
    case 'EADDRINUSE':
      return `the port is already in use. Pick another with --port <n> (or PORT=<n>; 0 picks a free one), or stop the other server.`
    case 'EACCES':
      return `not allowed to listen on port ${given('port', 'PORT') ?? DEFAULT_PORT}: pick a port above 1023 with --port <n>.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EADDRNOTAVAIL':
    case 'EAI_NONAME':
      return `cannot listen on host "${given('host', 'HOST') ?? ''}" (${error.code}): pass an address of this machine with --host, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`
    default:
      return undefined
  }
}
