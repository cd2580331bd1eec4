/**
 * The registry of vendor mocks and the convenience entry points users import in their own tests.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers } from '../mocks/index.ts'
 * const server = setupServer(...createHandlers('resource-guru'))
 */
import type { HttpHandler } from 'msw'
import { createEngineHandlers } from '../src/adapters/msw.ts'
import { createEngine, type Engine, type EngineOptions } from '../src/core/engine.ts'
import type { AnyApiPlugin } from '../src/core/plugin.ts'
import { proworkflow } from './proworkflow/index.ts'
import { resourceGuru } from './resource-guru/index.ts'
import { scheduleit } from './scheduleit/index.ts'
import { screendragon } from './screendragon/index.ts'

export const registry = {
  'resource-guru': resourceGuru,
  proworkflow,
  scheduleit,
  screendragon,
} satisfies Record<string, AnyApiPlugin>

export type ApiId = keyof typeof registry

export interface CreateMockOptions extends EngineOptions {
  /** Where requests are sent (default: the vendor's real base URL from the spec, e.g. https://api.resourceguruapp.com). */
  baseUrl?: string
}

export interface Mock {
  engine: Engine
  handlers: HttpHandler[]
}

export function getPlugin(api: string): AnyApiPlugin {
  const plugin = (registry as Record<string, AnyApiPlugin>)[api]
  if (!plugin) throw new Error(`Unknown API "${api}": choose one of ${Object.keys(registry).join(', ')}`)
  return plugin
}

/** An engine plus MSW handlers over it (use `mock.engine.reset()` between tests). */
export function createMock(api: ApiId, options: CreateMockOptions = {}): Mock {
  const engine = createEngine(getPlugin(api), options)
  return { engine, handlers: createEngineHandlers(engine, { baseUrl: options.baseUrl }) }
}

/** MSW handlers for one API, for `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers(api: ApiId, options: CreateMockOptions = {}): HttpHandler[] {
  return createMock(api, options).handlers
}
