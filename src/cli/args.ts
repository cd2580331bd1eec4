/**
 * Command-line and environment options shared by the CLIs. Vendor options are generic: every key of a plug-in's
 * `defaults` can be set with `--<api id>-<key in kebab-case> value` or the environment variable
 * `<API_ID>_<KEY_IN_SNAKE_CASE>` (e.g. `--acme-username` / `ACME_USERNAME`), so a new vendor option
 * needs no CLI code. Values are parsed as numbers when the default is a number.
 */

export const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
export const envName = (api: string, key: string): string => `${api}_${kebab(key)}`.replaceAll('-', '_').toUpperCase()

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Splits `--flag value`, `--flag=value` and bare `--switch` arguments. Unknown flags are reported by the caller. */
export function parseFlags(argv: string[], switches: Set<string>): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}": options start with --`)
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (eq !== -1) flags.set(name, arg.slice(eq + 1))
    else if (switches.has(name)) flags.set(name, 'true')
    else {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`)
      flags.set(name, value)
      i++
    }
  }
  return flags
}

/** Converts a text value to the type of the default it overrides. */
export function coerceOption(name: string, value: string, like: unknown): unknown {
  if (typeof like === 'number') {
    const n = Number(value)
    if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${name} must be a number, got "${value}"`)
    return n
  }
  if (typeof like === 'boolean') {
    if (!['true', 'false', '1', '0'].includes(value)) throw new UsageError(`${name} must be true or false, got "${value}"`)
    return value === 'true' || value === '1'
  }
  return value
}

/** The vendor options for one API from flags and environment (flags win). */
export function vendorOptions(api: string, defaults: Readonly<Record<string, unknown>>, flags: Map<string, string>, env: NodeJS.ProcessEnv, used: Set<string>): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const [key, like] of Object.entries(defaults)) {
    const flag = `${api}-${kebab(key)}`
    const fromFlag = flags.get(flag)
    const variable = envName(api, key)
    if (fromFlag !== undefined) {
      used.add(flag)
      options[key] = coerceOption(`--${flag}`, fromFlag, like)
    } else if (env[variable] !== undefined) options[key] = coerceOption(variable, env[variable] as string, like)
  }
  return options
}
