/**
 * `scheduling-api-mocks/node`: the vendor mocks on a node:http server, from a script or a test set-up. Only the APIs
 * asked for are loaded. Like the MSW handlers, and unlike the `serve` command, it sends no random 429s unless asked
 * (`options: { scheduleit: { chaos: 0.02 } }`), so test runs are deterministic.
 *
 * @example
 * import { startServer } from 'scheduling-api-mocks/node'
 * const mock = await startServer({ apis: ['resource-guru'], port: 0 })
 * // mock.url + '/resource-guru/v1/example-corp/resources'
 * await mock.close()
 */
import {
  startServer as startPluginServer,
  type RunningServer,
  type StartServerOptions,
} from '../src/adapters/start-server.ts'
import { runServe } from '../src/cli/main.ts'
import { startProxy as startPluginProxy, type RunningProxy, type StartProxyOptions } from '../src/proxy/start.ts'
import { defineOptions } from '../src/core/options.ts'
import type { AnyApiPlugin, ApiEntry } from '../src/core/plugin.ts'
import { API_IDS, catalog, isApiId, type ApiId } from './catalog.ts'

export type { RunningServer } from '../src/adapters/start-server.ts'
export { createMockServer, listen, type Mount, type MockServerOptions } from '../src/adapters/node-server.ts'
export { API_IDS, type ApiId } from './catalog.ts'
export type { RunningProxy } from '../src/proxy/start.ts'
export type { ExchangeRecord, OperationReport, ProxyReport, Violation, ViolationExample } from '../src/proxy/report.ts'
export type { Issue, IssueKind } from '../src/proxy/issues.ts'

export interface StartMockServerOptions extends Omit<StartServerOptions, 'apis'> {
  /** API ids (or your own plug-ins) to serve; default: every vendor API. */
  apis?: readonly (ApiId | AnyApiPlugin)[]
}

/** Serves the APIs on one port, each under `/<api id>` (or the only one at the root with `root: true`). */
export async function startServer(options: StartMockServerOptions = {}): Promise<RunningServer> {
  const wanted = options.apis ?? API_IDS
  const apis = await Promise.all(
    wanted.map((api) => {
      if (typeof api !== 'string') return api
      if (!isApiId(api)) throw new Error(`Unknown API "${String(api)}": choose one of ${API_IDS.join(', ')}`)
      return catalog[api].load()
    }),
  )
  return startPluginServer({ ...options, apis })
}

export interface StartProxyServerOptions extends Omit<StartProxyOptions, 'api'> {
  /** The API whose spec the traffic is checked against: a vendor id, or your own plug-in. */
  api: ApiId | AnyApiPlugin
}

/**
 * The validating proxy (`npx scheduling-api-mocks proxy`) from a script or a test set-up: forwards every request to
 * `upstream` unchanged and checks both sides against the API's spec; `report` holds what it found.
 *
 * @example
 * const proxy = await startProxy({ api: 'resource-guru', upstream: 'https://api.resourceguruapp.com', port: 0 })
 * // run the client under test against proxy.url, then:
 * expect(proxy.report.toJSON().totals.exchangesWithViolations).toBe(0)
 * await proxy.close()
 */
export async function startProxy(options: StartProxyServerOptions): Promise<RunningProxy> {
  const { api } = options
  if (typeof api === 'string' && !isApiId(api))
    throw new Error(`Unknown API "${String(api)}": choose one of ${API_IDS.join(', ')}`)
  const plugin = typeof api === 'string' ? await catalog[api].load() : api
  return startPluginProxy({ ...options, api: { id: plugin.id, title: plugin.title, document: plugin.document } })
}

/**
 * The `serve` command for your own plug-ins: the same flags, environment variables, `--help`, banner, request log and
 * graceful stop as `npx scheduling-api-mocks serve`, with each plug-in's declared options as `--<api>-<option>` flags.
 * A user error prints one line and sets `process.exitCode` to 2.
 *
 * @example
 * // serve.ts — `node serve.ts --port 0 --acme-rate-limit 5`, or ACME_RATE_LIMIT=5
 * await serveCommand([acme])
 */
export async function serveCommand(
  plugins: readonly AnyApiPlugin[],
  argv: string[] = process.argv.slice(2),
  command = 'serve',
): Promise<void> {
  const catalog: Record<string, ApiEntry> = {}
  for (const plugin of plugins)
    catalog[plugin.id] = {
      id: plugin.id,
      title: plugin.title,
      options: plugin.options ?? defineOptions(plugin.id, {}),
      load: async () => plugin,
    }
  await runServe(catalog, argv, command)
}
