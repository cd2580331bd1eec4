/**
 * `scheduling-api-mocks/resource-guru`: the Resource Guru mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/resource-guru'
 * const server = setupServer(...createHandlers()) // answers https://api.resourceguruapp.com/…
 */
import { bindPlugin } from '../../src/mock.ts'
import { resourceGuru } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/resource-guru/openapi.gen.ts'
export { RESOURCE_GURU_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { resourceGuru as plugin }

/** The mock's engine plus MSW handlers, and the handlers alone (requests to the vendor's base URL unless `baseUrl`). */
export const { createMock, createHandlers } = bindPlugin(resourceGuru)

/** The typed client (also alone, without the mock: `scheduling-api-mocks/resource-guru/client`). */
export {
  ClientDutyError,
  createClient,
  type ClientEvent,
  type ClientEventType,
  type ResourceGuruAuth,
  type ResourceGuruClient,
  type ResourceGuruClientOptions,
  TokenRequestError,
  type TokenSet,
  type WaitEvent,
} from './client-entry.ts'
