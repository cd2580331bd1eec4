/**
 * Starts the validating proxy from a script or a test set-up: what `scheduling-api-mocks proxy` runs, without the
 * console and the report files.
 *
 * @example
 * const proxy = await startProxy({ api: plugin, upstream: 'http://localhost:4010/acme', port: 0 })
 * // point the client under test at proxy.url, run it, then:
 * expect(proxy.report.toJSON().totals.exchangesWithViolations).toBe(0)
 * await proxy.close()
 */
import type { Server } from 'node:http'
import { listen } from '../adapters/node-server.ts'
import type { DriftReport } from './report.ts'
import { createProxyServer, type ProxyOptions } from './server.ts'

export const DEFAULT_PROXY_PORT = 4020

export interface StartProxyOptions extends ProxyOptions {
  /** Port to listen on (default 4020; 0 picks a free one). */
  port?: number
  /** Address to bind (default 127.0.0.1). */
  host?: string
}

export interface RunningProxy {
  /** Where clients reach the proxy (`http://localhost:<port>`): their base URL instead of the upstream's. */
  url: string
  server: Server
  /** The drift report so far; `report.toJSON()` is what `/__proxy/report.json` serves. */
  report: DriftReport
  /** Resolves once every exchange under way has been checked and added to the report. */
  settled(): Promise<void>
  /** Stops accepting connections, lets the exchanges under way finish, and resolves once they are in the report. */
  close(): Promise<void>
}

export async function startProxy(options: StartProxyOptions): Promise<RunningProxy> {
  const proxy = createProxyServer(options)
  const url = await listen(proxy.server, options.port ?? DEFAULT_PROXY_PORT, options.host)
  return {
    url,
    server: proxy.server,
    report: proxy.report,
    settled: proxy.settled,
    close: async () => {
      await new Promise<void>((resolve) => {
        proxy.server.close(() => resolve())
        proxy.server.closeIdleConnections()
      })
      await proxy.settled()
    },
  }
}
