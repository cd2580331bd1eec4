/**
 * Starts the node:http server for one or more plug-ins: one engine per API, mounted under `/<api id>` (or at the root
 * when only one API is served with `root: true`). This is what `serve` runs, and what users call from a script or a
 * test set-up to serve their own plug-in.
 *
 * @example
 * const server = await startServer({ apis: [myPlugin], port: 0 })
 * console.log(server.url) // http://localhost:53211
 * await server.close()
 */
import { ConfigError } from '../core/errors.ts'
import type { Server } from 'node:http'
import { createEngine, type Engine, type EngineOptions } from '../core/engine.ts'
import type { AnyApiPlugin } from '../core/plugin.ts'
import { createMockServer, listen, type MockServerOptions } from './node-server.ts'

export interface StartServerOptions extends MockServerOptions {
  /** The plug-ins to serve. */
  apis: AnyApiPlugin[]
  /** Port to listen on (default 4010; 0 picks a free one). */
  port?: number
  /** Address to bind (default 127.0.0.1). */
  host?: string
  /** Serve the only API at the root instead of under `/<api id>` (default false). */
  root?: boolean
  /** Engine options for every API (seed, clock, limits, logging). */
  engine?: Omit<EngineOptions, 'options'>
  /** Vendor options per API id, merged over each plug-in's defaults. */
  options?: Record<string, Record<string, unknown>>
  /** Per-API engine options, e.g. an `onExchange` that knows the API's prefix. */
  engineFor?(plugin: AnyApiPlugin, prefix: string): Omit<EngineOptions, 'options'>
}

export interface RunningServer {
  server: Server
  /** Base URL of the server (`http://localhost:<port>`); each API is under `url + prefixes[id]`. */
  url: string
  engines: Engine[]
  /** The path prefix of each API: `/<api id>`, or `''` when served at the root. */
  prefixes: Record<string, string>
  /**
   * Stops accepting connections and closes every engine (their states' background work, e.g. webhook deliveries,
   * stops); resolves when the open connections have closed and the engines are closed.
   */
  close(): Promise<void>
}

export const DEFAULT_PORT = 4010

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  if (options.apis.length === 0) throw new ConfigError('startServer: pass at least one plug-in in `apis`')
  if (options.root && options.apis.length > 1)
    throw new ConfigError('startServer: `root: true` serves a single API; pass one plug-in')
  const ids = options.apis.map((plugin) => plugin.id)
  const stray = Object.keys(options.options ?? {}).filter((id) => !ids.includes(id))
  if (stray.length)
    throw new ConfigError(
      `startServer: options are given for ${stray.map((id) => `"${id}"`).join(', ')}, which ${stray.length > 1 ? 'are' : 'is'} not served; the APIs served are ${ids.join(', ')}`,
    )
  const prefixes: Record<string, string> = {}
  const engines = options.apis.map((plugin) => {
    const prefix = options.root ? '' : `/${plugin.id}`
    prefixes[plugin.id] = prefix
    return createEngine(plugin, {
      ...options.engine,
      ...options.engineFor?.(plugin, prefix),
      options: options.options?.[plugin.id],
    })
  })
  for (const engine of engines) {
    const missing = engine.missingHandlers()
    // A plug-in written in JavaScript can miss a handler that defineHandlers would have caught: those operations
    // answer 501, which is easy to mistake for the API's own behaviour.
    if (missing.length)
      process.emitWarning(`${engine.id}: no handler for ${missing.join(', ')} (these operations answer 501)`, {
        code: 'SCHEDULING_API_MOCKS_MISSING_HANDLERS',
      })
  }
  const server = createMockServer(
    engines.map((engine) => ({ prefix: prefixes[engine.id] ?? '', engine })),
    { cors: options.cors, publicUrl: options.publicUrl, controlToken: options.controlToken },
  )
  const url = await listen(server, options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1')
  return {
    server,
    url,
    engines,
    prefixes,
    close: async () => {
      const closed = new Promise<void>((resolve) => {
        server.closeIdleConnections()
        server.close(() => resolve())
      })
      // Together: closing an engine ends the waits (a webhook test in flight) that may hold a response open.
      await Promise.all([closed, ...engines.map((engine) => engine.close())])
    },
  }
}
