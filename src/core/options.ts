/**
 * A plug-in's options, declared once: each option's type, default, bounds and description. From the declaration the
 * engine parses what code passes (`createMock({ options })`), the CLI derives each option's flag, environment variable
 * and `--help` line, and handlers get the parsed values with their types. One parse step validates for every caller,
 * so no plug-in casts or re-coerces its options.
 *
 * @example
 * const options = defineOptions('acme', {
 *   username: { type: 'string', default: 'demo', description: 'login the mock accepts' },
 *   rateLimit: { type: 'integer', default: 100, min: 0, description: 'requests per minute (0: no limit)' },
 * })
 * options.defaults.rateLimit // number
 */
import { ConfigError } from './errors.ts'

interface DeclarationBase {
  /** One line for `--help`: what the option does (its default is appended). */
  description: string
  /**
   * A serve-wide flag that sets this option on every API that declares the same flag, e.g. `--rate-limit`. Its
   * `--help` line is `shared.description`. A flag of the API itself (`--<api>-<option>`) wins over it.
   */
  shared?: { flag: string; description: string }
}

export interface StringDeclaration extends DeclarationBase {
  type: 'string'
  default: string
  /** The only values accepted, if the option is an enumeration. */
  values?: readonly string[]
  serveDefault?: string
}

export interface NumberDeclaration extends DeclarationBase {
  /** `integer` takes whole numbers only. */
  type: 'integer' | 'number'
  default: number
  min?: number
  max?: number
  /** A different default for a long-running `serve` (e.g. vendor-like random 429s that in-process tests leave off). */
  serveDefault?: number
}

export interface BooleanDeclaration extends DeclarationBase {
  type: 'boolean'
  default: boolean
  serveDefault?: boolean
}

export type OptionDeclaration = StringDeclaration | NumberDeclaration | BooleanDeclaration

export type OptionDeclarations = Readonly<Record<string, OptionDeclaration>>

/** The parsed value type of one declaration. */
export type OptionValue<D> = D extends { type: 'boolean' }
  ? boolean
  : D extends { type: 'integer' | 'number' }
    ? number
    : D extends { values: readonly (infer V)[] }
      ? V
      : string

/** The parsed options of a declaration. */
export type OptionValues<D extends OptionDeclarations> = { readonly [K in keyof D]: OptionValue<D[K]> }

/** Names an option in an error message the way the user wrote it (a flag, a variable, a property). */
export type OptionLabel = (key: string) => string

export interface OptionSchema<V extends object = Readonly<Record<string, unknown>>> {
  /** The API these options belong to (for messages). */
  readonly api: string
  readonly declarations: OptionDeclarations
  /** Every option at its default. */
  readonly defaults: V
  /** The defaults of a long-running server: `defaults` with each `serveDefault` applied. */
  readonly serveDefaults: V
  /**
   * Parses options over the defaults (or `base`). Values may be typed (from code) or text (from a flag or the
   * environment). `undefined` values are skipped. Throws `ConfigError` naming the option and what it takes.
   */
  parse(raw: Readonly<Record<string, unknown>>, label?: OptionLabel, base?: V): V
}

/** Declares a plug-in's options. `api` is the plug-in's id, used in messages. */
export function defineOptions<const D extends OptionDeclarations>(
  api: string,
  declarations: D,
): OptionSchema<OptionValues<D>> {
  for (const [key, declaration] of Object.entries(declarations)) {
    const problem = check(declaration, declaration.default)
    if (problem) throw new ConfigError(`${api}: the default of option "${key}" ${problem}`)
    if (declaration.serveDefault !== undefined) {
      const serveProblem = check(declaration, declaration.serveDefault)
      if (serveProblem) throw new ConfigError(`${api}: the serveDefault of option "${key}" ${serveProblem}`)
    }
  }
  type V = OptionValues<D>
  const defaults = Object.freeze(
    Object.fromEntries(Object.entries(declarations).map(([k, d]) => [k, d.default])),
  ) as unknown as V
  const serveDefaults = Object.freeze(
    Object.fromEntries(Object.entries(declarations).map(([k, d]) => [k, d.serveDefault ?? d.default])),
  ) as unknown as V
  const propertyLabel: OptionLabel = (key) => `${api} option "${key}"`
  return {
    api,
    declarations,
    defaults,
    serveDefaults,
    parse(raw, label = propertyLabel, base = defaults) {
      const parsed: Record<string, unknown> = { ...base }
      for (const [key, value] of Object.entries(raw)) {
        if (value === undefined) continue
        const declaration = Object.hasOwn(declarations, key) ? declarations[key] : undefined
        if (!declaration) {
          const known = Object.keys(declarations)
          throw new ConfigError(
            `${api}: unknown option "${key}"; ${known.length ? `the options are ${known.join(', ')}` : 'it takes no options'}`,
          )
        }
        parsed[key] = coerce(declaration, value, () => label(key))
      }
      return Object.freeze(parsed) as V
    },
  }
}

/** What a declaration accepts, for messages: "a whole number of at least 0". */
export function describeAccepted(declaration: OptionDeclaration): string {
  switch (declaration.type) {
    case 'boolean':
      return 'true or false'
    case 'string':
      return declaration.values ? `one of ${declaration.values.join(', ')}` : 'text'
    default: {
      const kind = declaration.type === 'integer' ? 'a whole number' : 'a number'
      const { min, max } = declaration
      if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`
      if (min !== undefined) return `${kind} of at least ${min}`
      if (max !== undefined) return `${kind} of at most ${max}`
      return kind
    }
  }
}

function coerce(declaration: OptionDeclaration, value: unknown, name: () => string): unknown {
  let typed = value
  if (typeof value === 'string' && declaration.type !== 'string') {
    const text = value.trim()
    if (declaration.type === 'boolean')
      typed = text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : value
    else typed = text === '' ? value : Number(text)
  }
  if (check(declaration, typed) === undefined) return typed
  const shown =
    typeof value === 'string' ? `"${value.length > 100 ? `${value.slice(0, 100)}…` : value}"` : String(value)
  throw new ConfigError(`${name()} must be ${describeAccepted(declaration)}, got ${shown}`)
}

/** Why `value` does not fit `declaration`, or `undefined` when it does. */
function check(declaration: OptionDeclaration, value: unknown): string | undefined {
  const fits =
    declaration.type === 'boolean'
      ? typeof value === 'boolean'
      : declaration.type === 'string'
        ? typeof value === 'string' && (!declaration.values || declaration.values.includes(value))
        : typeof value === 'number' &&
          Number.isFinite(value) &&
          (declaration.type === 'number' || Number.isSafeInteger(value)) &&
          (declaration.min === undefined || value >= declaration.min) &&
          (declaration.max === undefined || value <= declaration.max)
  return fits ? undefined : `must be ${describeAccepted(declaration)}, got ${JSON.stringify(value)}`
}
