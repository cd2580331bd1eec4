/**
 * Who may drive the control plane (`/__mock/`): reset the mock, read its request log. Vendor paths answer any origin
 * (CORS `*`), as a mock of a public API should; the control plane answers only its owner:
 *
 * - a request a browser marks cross-site (`Origin` of another host, or `Sec-Fetch-Site: cross-site|same-site`) is
 *   refused, so a page open on another site cannot reset the mock or read the log;
 * - a `Host` that is not an address of this mock is refused, so DNS rebinding (a hostile name resolving to 127.0.0.1)
 *   does not make such a page same-origin;
 * - when a token is set (always when the mock listens beyond loopback), a request must carry it.
 */
import { networkInterfaces } from 'node:os'
import type { IncomingHttpHeaders } from 'node:http'

export const CONTROL_TOKEN_HEADER = 'x-mock-control-token'

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1']

export const isLoopback = (host: string): boolean =>
  LOOPBACK_NAMES.includes(host.toLowerCase()) || host.startsWith('127.') || host === '[::1]'
export const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '[::]'

/** `Host: example.test:4010` → `example.test`; `[::1]:4010` → `::1`. */
export function hostnameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase()
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'))
  const colon = value.lastIndexOf(':')
  return colon === -1 ? value : value.slice(0, colon)
}

/** The names a client may use to reach a server bound to `bound`: loopback always, plus the bound address (or, for a
 * wildcard bind, every address of this machine) and any extra names (e.g. the host of `--public-url`). */
export function allowedHostnames(bound: string, extra: readonly string[] = []): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((h) => h.toLowerCase())])
  if (isWildcard(bound)) {
    for (const list of Object.values(networkInterfaces()))
      for (const address of list ?? []) names.add(address.address.toLowerCase())
  } else names.add(hostnameOf(bound.includes(':') && !bound.startsWith('[') ? `[${bound}]` : bound))
  return names
}

export interface ControlGuard {
  hostnames: Set<string>
  /** Required on every control request when set. */
  token?: string
}

/**
 * Why a control request is refused, or `undefined` when it may proceed. `requireToken: false` is for the inspector's
 * static files only: they hold no data (the page asks for the token and sends it with every request it makes), and
 * the Host and cross-site checks still apply to them.
 */
export function refuseControl(
  headers: IncomingHttpHeaders,
  guard: ControlGuard,
  options: { requireToken?: boolean } = {},
): string | undefined {
  const host = headers.host ?? ''
  if (!guard.hostnames.has(hostnameOf(host))) {
    return `the Host header "${host.slice(0, 100)}" is not an address of this mock: control requests must be sent to the address it listens on (DNS rebinding protection)`
  }
  const site = headers['sec-fetch-site']
  if (site === 'cross-site' || site === 'same-site')
    return `cross-site requests may not drive the control plane (Sec-Fetch-Site: ${site})`
  const origin = headers.origin
  if (origin !== undefined && origin !== 'null') {
    let originHost: string | undefined
    try {
      originHost = new URL(origin).host.toLowerCase()
    } catch {
      originHost = undefined
    }
    if (originHost !== host.toLowerCase())
      return `cross-origin requests may not drive the control plane (Origin ${origin.slice(0, 100)})`
  } else if (origin === 'null') return 'requests from an opaque origin may not drive the control plane'
  if (guard.token !== undefined && options.requireToken !== false) {
    const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]
    const sent = (headers[CONTROL_TOKEN_HEADER] as string | undefined) ?? bearer
    if (sent !== guard.token)
      return `the control token is missing or wrong: send it as "${CONTROL_TOKEN_HEADER}: <token>" (printed at start-up, or set with --control-token)`
  }
  return undefined
}
