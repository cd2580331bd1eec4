/**
 * `scheduling-api-mocks/proworkflow`: the ProWorkflow (classic API) mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/proworkflow'
 * const server = setupServer(...createHandlers()) // answers https://api.proworkflow.net/…
 */
import type { HttpHandler } from 'msw'
import { createMock as createPluginMock, type CreateMockOptions, type Mock } from '../../src/mock.ts'
import { proworkflow } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/proworkflow/openapi.gen.ts'
export { PROWORKFLOW_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { proworkflow as plugin }

/** An engine plus MSW handlers (use `mock.engine.reset()` between tests). Base URL: https://api.proworkflow.net unless `baseUrl` is given. */
export function createMock(options: CreateMockOptions = {}): Mock {
  return createPluginMock(proworkflow, options)
}

/** MSW handlers for `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers(options: CreateMockOptions = {}): HttpHandler[] {
  return createMock(options).handlers
}
