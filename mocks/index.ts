/**
 * `scheduling-api-mocks/msw`: MSW handlers for any or all of the vendor APIs, for `setupServer` (Node) and
 * `setupWorker` (browser). For one vendor, its own entry point (`scheduling-api-mocks/resource-guru`, …) is smaller:
 * this one bundles all four specs.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers } from 'scheduling-api-mocks/msw'
 * const server = setupServer(...createHandlers())                  // every vendor at its real base URL
 * const rg = setupServer(...createHandlers('resource-guru'))       // one vendor
 */
import type { HttpHandler } from 'msw'
import { createMock as createPluginMock, type CreateMockOptions, type Mock } from '../src/mock.ts'
import type { AnyApiPlugin } from '../src/core/plugin.ts'
import { API_IDS, type ApiId } from './catalog.ts'
import { proworkflow } from './proworkflow/index.ts'
import { resourceGuru } from './resource-guru/index.ts'
import { scheduleit } from './scheduleit/index.ts'
import { screendragon } from './screendragon/index.ts'

export type { CreateMockOptions, Mock } from '../src/mock.ts'
export { API_IDS, type ApiId } from './catalog.ts'

/** The vendor plug-ins by API id. */
export const registry = {
  'resource-guru': resourceGuru,
  proworkflow,
  scheduleit,
  screendragon,
} satisfies Record<ApiId, AnyApiPlugin>

export function getPlugin(api: string): AnyApiPlugin {
  const plugin = (registry as Record<string, AnyApiPlugin>)[api]
  if (!plugin) throw new Error(`Unknown API "${api}": choose one of ${API_IDS.join(', ')}`)
  return plugin
}

/**
 * An engine plus MSW handlers for one API (use `mock.engine.reset()` between tests). Requests go to the vendor's real
 * base URL unless `baseUrl` says otherwise. In-process mocks are deterministic: no random 429s unless asked for.
 */
export function createMock(api: ApiId, options: CreateMockOptions = {}): Mock {
  return createPluginMock(getPlugin(api), options)
}

/** MSW handlers for one API, several, or (by default) all of them, each at its real base URL. */
export function createHandlers(
  apis: ApiId | readonly ApiId[] = API_IDS,
  options: CreateMockOptions = {},
): HttpHandler[] {
  const list = typeof apis === 'string' ? [apis] : apis
  if (options.baseUrl && list.length > 1)
    throw new Error('createHandlers: baseUrl applies to one API; pass a single API id with it')
  return list.flatMap((api) => createMock(api, options).handlers)
}
