/**
 * `scheduling-api-mocks/resource-guru`: the Resource Guru mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/resource-guru'
 * const server = setupServer(...createHandlers()) // answers https://api.resourceguruapp.com/…
 */
import type { HttpHandler } from 'msw'
import { createMock as createPluginMock, type CreateMockOptions, type Mock } from '../../src/mock.ts'
import { resourceGuru } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/resource-guru/openapi.gen.ts'
export { RESOURCE_GURU_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { resourceGuru as plugin }

/** An engine plus MSW handlers (use `mock.engine.reset()` between tests). Base URL: https://api.resourceguruapp.com unless `baseUrl` is given. */
export function createMock(options: CreateMockOptions = {}): Mock {
  return createPluginMock(resourceGuru, options)
}

/** MSW handlers for `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers(options: CreateMockOptions = {}): HttpHandler[] {
  return createMock(options).handlers
}
