/**
 * Credentials never leave the mock through its logs or control responses: the request log, conduct findings and the
 * printed lines show `apikey=[redacted]` instead of the key a client sent in a query string.
 */

/** Query or form keys whose values are credentials (API keys, tokens, passwords, secrets, OAuth codes). */
const SECRET_KEY = /(api_?key|token|secret|passw(or)?d|^pwd$|^code$|^auth(orization)?$|signature|session)/i

export const REDACTED = '[redacted]'

/** Whether a query, form or JSON key holds a credential (`apikey`, `access_token`, `client_secret`, …). */
export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key)

/** `a=1&apikey=xyz&access_token=t` → `a=1&apikey=[redacted]&access_token=[redacted]` (order and the rest kept as sent). */
export function redactQuery(raw: string): string {
  if (!raw || !SECRET_KEY.test(raw)) return raw
  return raw
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const rawKey = eq === -1 ? pair : pair.slice(0, eq)
      let key: string
      try {
        key = decodeURIComponent(rawKey.replaceAll('+', ' '))
      } catch {
        key = rawKey
      }
      return eq !== -1 && SECRET_KEY.test(key) ? `${rawKey}=${REDACTED}` : pair
    })
    .join('&')
}

/** `GET /path?apikey=x` → `GET /path?apikey=[redacted]`. */
export function redactRequestLine(line: string): string {
  const q = line.indexOf('?')
  return q === -1 ? line : `${line.slice(0, q + 1)}${redactQuery(line.slice(q + 1))}`
}

/** Header names whose whole value is a credential (besides any name `SECRET_KEY` matches, e.g. `apikey`, `x-api-key`). */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie'])

/**
 * A copy of the headers with credentials replaced. `Authorization: Basic …` keeps its scheme (`Basic [redacted]`),
 * which says how the client authenticated without saying as whom.
 */
export function redactHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name in headers) {
    const value = headers[name]
    if (value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : String(value)
    const lower = name.toLowerCase()
    if (lower === 'authorization' || lower === 'proxy-authorization') {
      const scheme = /^([A-Za-z][\w.+-]*)\s+\S/.exec(text)?.[1]
      out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED
    } else out[name] = SECRET_HEADERS.has(lower) || SECRET_KEY.test(lower.replaceAll('-', '_')) ? REDACTED : text
  }
  return out
}

/** JSON members whose name is a credential; `code` only in an OAuth grant (elsewhere it is data, e.g. a company code). */
// A member name, then a string (possibly cut short) or a primitive; objects and arrays are entered, not skipped.
const JSON_SECRET = /("((?:[^"\\]|\\.)*)"\s*:\s*)("(?:[^"\\]|\\.)*"?|[\w.+-]+)/g
const CODE_GRANT = /"grant_type"\s*:\s*"authorization_code"/

/**
 * Body text with credentials replaced: form bodies by field (as `redactQuery`), anything else as JSON-like text, by
 * member name. Works on a body cut short too (the log keeps a bounded prefix): a value cut mid-string is still hidden.
 */
export function redactBodyText(text: string, contentType: string | undefined): string {
  if (contentType?.includes('x-www-form-urlencoded')) return redactQuery(text)
  const codeIsSecret = CODE_GRANT.test(text)
  return text.replace(JSON_SECRET, (whole, head: string, key: string) => {
    if (!SECRET_KEY.test(key)) return whole
    if (/^code$/i.test(key) && !codeIsSecret) return whole
    return `${head}"${REDACTED}"`
  })
}
