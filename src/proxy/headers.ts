/**
 * The headers a proxy must not pass on (RFC 9110 §7.6.1): `Connection`, every header `Connection` names, and the
 * hop-by-hop fields `Proxy-Connection`, `Keep-Alive`, `TE`, `Transfer-Encoding` and `Upgrade`. They describe one
 * connection, not the message: Node frames each side of the proxy itself (chunked or with the `Content-Length` that
 * is passed on). Every other header goes through as sent, in order, with its own spelling and repeats.
 */

const HOP_BY_HOP = new Set(['connection', 'proxy-connection', 'keep-alive', 'te', 'transfer-encoding', 'upgrade'])

/** `rawHeaders` (`[name, value, name, value, …]`, as Node keeps them) without the hop-by-hop fields. */
export function endToEnd(rawHeaders: readonly string[]): string[] {
  const named = new Set(HOP_BY_HOP)
  for (let i = 0; i < rawHeaders.length; i += 2)
    if (rawHeaders[i]?.toLowerCase() === 'connection')
      for (const token of (rawHeaders[i + 1] ?? '').split(',')) named.add(token.trim().toLowerCase())
  const kept: string[] = []
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string
    if (!named.has(name.toLowerCase())) kept.push(name, rawHeaders[i + 1] ?? '')
  }
  return kept
}

/**
 * The request's end-to-end headers for the upstream, with `Host` naming the upstream: a server behind a shared front
 * (a CDN, virtual hosting) answers only for its own name, so a proxy that kept the client's `Host` (ours) would be
 * refused. Nothing is added: no `Via`, no `X-Forwarded-*`.
 */
export function upstreamRequestHeaders(rawHeaders: readonly string[], upstreamHost: string): string[] {
  const kept = endToEnd(rawHeaders)
  const out: string[] = []
  let hostSeen = false
  for (let i = 0; i < kept.length; i += 2) {
    if (kept[i]?.toLowerCase() === 'host') {
      if (!hostSeen) out.push(kept[i] as string, upstreamHost)
      hostSeen = true
    } else out.push(kept[i] as string, kept[i + 1] as string)
  }
  if (!hostSeen) out.unshift('Host', upstreamHost)
  return out
}

/** Raw headers as a record with lower-case names, repeats joined with `, ` (what the checks read). */
export function headerRecord(rawHeaders: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {}
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase()
    const value = rawHeaders[i + 1] ?? ''
    record[name] = record[name] === undefined ? value : `${record[name]}, ${value}`
  }
  return record
}
