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
