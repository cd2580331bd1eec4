/**
 * A webhook receiver the run controls: a `node:http` server on 127.0.0.1 that answers 200 to anything and counts what
 * it got, for plans whose operations deliver to a URL (a webhook test) — so those checks depend neither on DNS nor on
 * someone else's server. Only a target on this machine can reach it (see `canReachThisMachine`).
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TargetInfo } from './target.ts'

export interface Receiver {
  /** `http://127.0.0.1:<port>/hook`. */
  url: string
  /** Requests received so far. */
  received(): number
  close(): Promise<void>
}

export async function startReceiver(): Promise<Receiver> {
  let count = 0
  const server = createServer((req, res) => {
    count++
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/** Whether the target runs on this machine (in-process, or our mock or Prism on a loopback address). */
export function canReachThisMachine(target: TargetInfo): boolean {
  if (target.kind === 'local') return true
  if (target.kind === 'remote') return false
  const host = new URL(target.baseUrl).hostname
  return LOOPBACK.has(host) || host.startsWith('127.')
}
