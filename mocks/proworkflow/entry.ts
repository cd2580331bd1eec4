/**
 * `scheduling-api-mocks/proworkflow`: the ProWorkflow (classic API) mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/proworkflow'
 * const server = setupServer(...createHandlers()) // answers https://api.proworkflow.net/…
 */
import { bindPlugin } from '../../src/mock.ts'
import { proworkflow } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/proworkflow/openapi.gen.ts'
export { PROWORKFLOW_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { proworkflow as plugin }

/** The mock's engine plus MSW handlers, and the handlers alone (requests to the vendor's base URL unless `baseUrl`). */
export const { createMock, createHandlers } = bindPlugin(proworkflow)

/** The typed client (also alone, without the mock: `scheduling-api-mocks/proworkflow/client`). */
export {
  ClientDutyError,
  createClient,
  type ClientEvent,
  type ClientEventType,
  type ProWorkflowAuth,
  type ProWorkflowClient,
  type ProWorkflowClientOptions,
  type WaitEvent,
} from './client-entry.ts'
