/**
 * `scheduling-api-mocks/scheduleit`: the ScheduleIt mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/scheduleit'
 * const server = setupServer(...createHandlers()) // answers https://www.scheduleit.com/…
 */
import type { HttpHandler } from 'msw'
import { createMock as createPluginMock, type CreateMockOptions, type Mock } from '../../src/mock.ts'
import { scheduleit } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/scheduleit/openapi.gen.ts'
export { SCHEDULEIT_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { scheduleit as plugin }

/** An engine plus MSW handlers (use `mock.engine.reset()` between tests). Base URL: https://www.scheduleit.com unless `baseUrl` is given. */
export function createMock(options: CreateMockOptions = {}): Mock {
  return createPluginMock(scheduleit, options)
}

/** MSW handlers for `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers(options: CreateMockOptions = {}): HttpHandler[] {
  return createMock(options).handlers
}
