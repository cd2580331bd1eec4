/**
 * Command-line and environment options shared by the commands, on `node:util` `parseArgs`. Its errors are rewritten
 * into one line that says what to pass instead (`UsageError`); the bin prints that line and exits 2, no stack trace.
 *
 * Plug-in options are generic: every option a plug-in declares (`defineOptions`) can be set with `--<api id>-<option
 * in kebab-case> value` or the environment variable `<API_ID>_<OPTION_IN_SNAKE_CASE>` (e.g. `--acme-username` /
 * `ACME_USERNAME`), and its declaration parses and checks the value, so a new option needs no CLI code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigError } from '../core/errors.ts'
import type { OptionDeclaration, OptionSchema } from '../core/options.ts'

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

/** The placeholder of an option's value in `--help`. */
function placeholder(declaration: OptionDeclaration): string {
  if (declaration.type === 'boolean') return '<true|false>'
  if (declaration.type === 'string') return declaration.values ? `<${declaration.values.join('|')}>` : '<text>'
  return '<n>'
}

/** A flag a plug-in's option declares, as `--help` lists it. */
export interface OptionFlag {
  flag: string
  variable: string
  value: string
  description: string
  default: unknown
}

/** Every option of one API as `--<api>-<option>` flags (with their variables), from its declarations. */
export function apiOptionFlags(api: string, schema: OptionSchema<object>): OptionFlag[] {
  return Object.entries(schema.declarations).map(([key, declaration]) => ({
    flag: `--${api}-${kebab(key)}`,
    variable: envName(api, key),
    value: placeholder(declaration),
    description: declaration.description,
    default: (schema.serveDefaults as Record<string, unknown>)[key],
  }))
}

/** The serve-wide flags the declarations share (e.g. `--rate-limit`), each with the first description given. */
export function sharedOptionFlags(
  schemas: readonly OptionSchema<object>[],
): Map<string, { value: string; description: string }> {
  const shared = new Map<string, { value: string; description: string }>()
  for (const schema of schemas)
    for (const declaration of Object.values(schema.declarations))
      if (declaration.shared && !shared.has(declaration.shared.flag))
        shared.set(declaration.shared.flag, {
          value: placeholder(declaration),
          description: declaration.shared.description,
        })
  return shared
}

/** The parseArgs options for every option of a plug-in: `--<api>-<option>`. */
export function apiOptionSpec(api: string, schema: OptionSchema<object>): OptionSpec {
  return Object.fromEntries(
    Object.keys(schema.declarations).map((key) => [`${api}-${kebab(key)}`, { type: 'string' as const }]),
  )
}

/**
 * One API's options from the command line and the environment, parsed by its declarations over its serve defaults:
 * the API's own flag, then its variable, then a shared flag (e.g. `--rate-limit`). A bad value is a `UsageError` that
 * names the flag or variable the user wrote.
 */
export function apiOptions(
  api: string,
  schema: OptionSchema<object>,
  values: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
): Readonly<Record<string, unknown>> {
  const raw: Record<string, string> = {}
  const source: Record<string, string> = {}
  for (const [key, declaration] of Object.entries(schema.declarations)) {
    const flag = `${api}-${kebab(key)}`
    const variable = envName(api, key)
    const fromFlag = values[flag]
    const fromShared = declaration.shared ? values[declaration.shared.flag] : undefined
    if (typeof fromFlag === 'string') [raw[key], source[key]] = [fromFlag, `--${flag}`]
    else if (env[variable] !== undefined && env[variable] !== '') [raw[key], source[key]] = [env[variable], variable]
    else if (typeof fromShared === 'string' && declaration.shared)
      [raw[key], source[key]] = [fromShared, `--${declaration.shared.flag}`]
  }
  try {
    return schema.parse(raw, (key) => source[key] ?? key, schema.serveDefaults) as Readonly<Record<string, unknown>>
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}
