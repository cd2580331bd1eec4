import type { Query } from '../core/types.ts'

/**
 * Parses a raw query string into every key's values, in order. `+` means space (HTML form encoding). Bracketed keys
 * (`ids[]=1`) keep their brackets, because some vendors name the parameter that way. A value with broken
 * percent-encoding is kept as written rather than rejected: the operation's validation decides whether it is acceptable.
 */
export function parseQuery(raw: string): Query {
  const query: Query = Object.create(null) as Query
  if (!raw) return query
  for (const pair of raw.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const key = decode(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1))
    const values = query[key]
    if (values) values.push(value)
    else query[key] = [value]
  }
  return query
}

function decode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text
  const spaced = text.replaceAll('+', ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced
  }
}
