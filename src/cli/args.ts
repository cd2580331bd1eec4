/**
 * Command-line and environment options shared by the commands, on `node:util` `parseArgs`. Its errors are rewritten
 * into one line that says what to pass instead (`UsageError`); the bin prints that line and exits 2, no stack trace.
 *
 * Vendor options are generic: every key of a plug-in's `defaults` can be set with `--<api id>-<key in kebab-case>
 * value` or the environment variable `<API_ID>_<KEY_IN_SNAKE_CASE>` (e.g. `--acme-username` / `ACME_USERNAME`), so a
 * new vendor option needs no CLI code. Values are parsed as numbers when the default is a number.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

export const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
export const envName = (api: string, key: string): string => `${api}_${kebab(key)}`.replaceAll('-', '_').toUpperCase()

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/**
 * Parses `argv` against `options` (strict: unknown options and stray arguments are errors). `--name=value` and
 * `--name value` both work; a negative number may follow a flag (`--rate-limit -3`) so that its own check, not the
 * parser, says what is wrong with it.
 */
export function parseCommandLine(argv: string[], options: OptionSpec): Record<string, string | boolean | undefined> {
  const joined: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined
    const next = argv[i + 1]
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else joined.push(arg)
  }
  try {
    return parseArgs({ args: joined, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >
  } catch (error) {
    throw new UsageError(explain(error as Error & { code?: string }))
  }
}

/** parseArgs's messages are long and name its own syntax; say what to pass instead. */
function explain(error: Error & { code?: string }): string {
  const message = error.message
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? message} (see --help)`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const value = /'([^']*)'/.exec(message)?.[1] ?? ''
      return `Unexpected argument "${value}": options start with -- (see --help)`
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message))
        return `${option} is a switch and takes no value: pass ${option} alone`
      return `${option} needs a value, e.g. ${option} <value> or ${option}=<value>`
    default:
      return message
  }
}

export interface NumberRule {
  min?: number
  max?: number
  integer?: boolean
}

/** Parses a number option, or says which values it takes. `name` is the flag or variable the user wrote. */
export function numberOption(name: string, value: string, rule: NumberRule = {}): number {
  const n = Number(value)
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, integer = false } = rule
  const ok = value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isSafeInteger(n))
  if (ok) return n
  const kind = integer ? 'a whole number' : 'a number'
  const range =
    min > Number.NEGATIVE_INFINITY && max < Number.POSITIVE_INFINITY
      ? ` from ${min} to ${max}`
      : min > Number.NEGATIVE_INFINITY
        ? ` of at least ${min}`
        : max < Number.POSITIVE_INFINITY
          ? ` of at most ${max}`
          : ''
  throw new UsageError(`${name} must be ${kind}${range}, got "${value}"`)
}

/** Converts a text value to the type of the default it overrides. Vendor numbers (limits, sizes, lifetimes) are ≥ 0. */
export function coerceOption(name: string, value: string, like: unknown): unknown {
  if (typeof like === 'number') return numberOption(name, value, { min: 0 })
  if (typeof like === 'boolean') {
    if (!['true', 'false', '1', '0'].includes(value))
      throw new UsageError(`${name} must be true or false, got "${value}"`)
    return value === 'true' || value === '1'
  }
  return value
}

/** The parseArgs options for every key of a plug-in's defaults: `--<api>-<key>`. */
export function vendorOptionSpec(api: string, defaults: Readonly<Record<string, unknown>>): OptionSpec {
  return Object.fromEntries(Object.keys(defaults).map((key) => [`${api}-${kebab(key)}`, { type: 'string' as const }]))
}

/** The vendor options for one API from flags and environment (flags win). */
export function vendorOptions(
  api: string,
  defaults: Readonly<Record<string, unknown>>,
  values: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const [key, like] of Object.entries(defaults)) {
    const flag = `${api}-${kebab(key)}`
    const fromFlag = values[flag]
    const variable = envName(api, key)
    if (typeof fromFlag === 'string') options[key] = coerceOption(`--${flag}`, fromFlag, like)
    else if (env[variable] !== undefined) options[key] = coerceOption(variable, env[variable] as string, like)
  }
  return options
}
