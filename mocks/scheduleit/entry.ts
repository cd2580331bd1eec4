/**
 * `scheduling-api-mocks/scheduleit`: the ScheduleIt mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/scheduleit'
 * const server = setupServer(...createHandlers()) // answers https://www.scheduleit.com/…
 */
import { bindPlugin } from '../../src/mock.ts'
import { scheduleit } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/scheduleit/openapi.gen.ts'
export { SCHEDULEIT_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { scheduleit as plugin }

/** The mock's engine plus MSW handlers, and the handlers alone (requests to the vendor's base URL unless `baseUrl`). */
export const { createMock, createHandlers } = bindPlugin(scheduleit)

/** The typed client (also alone, without the mock: `scheduling-api-mocks/scheduleit/client`). */
export {
  ClientDutyError,
  createClient,
  type ClientEvent,
  type ClientEventType,
  type ScheduleItAuth,
  type ScheduleItClient,
  type ScheduleItClientOptions,
  type WaitEvent,
} from './client-entry.ts'
