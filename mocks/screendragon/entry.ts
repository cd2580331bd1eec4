/**
 * `scheduling-api-mocks/screendragon`: the Screendragon Resources API mock alone (a bundle of it holds no other vendor's spec), and the types
 * generated from its spec.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers, type components } from 'scheduling-api-mocks/screendragon'
 * const server = setupServer(...createHandlers()) // answers https://apisandbox.screendragon.com/sdapi/…
 */
import { bindPlugin } from '../../src/mock.ts'
import { screendragon } from './index.ts'

export type { CreateMockOptions, Mock } from '../../src/mock.ts'
export type { components, operations, paths } from '../../specs/screendragon/openapi.gen.ts'
export { SCREENDRAGON_DEFAULTS as defaults } from './defaults.ts'
/** The plug-in itself, for `startServer({ apis: [plugin] })` or your own engine. */
export { screendragon as plugin }

/** The mock's engine plus MSW handlers, and the handlers alone (requests to the vendor's base URL unless `baseUrl`). */
export const { createMock, createHandlers } = bindPlugin(screendragon)

/** The typed client (also alone, without the mock: `scheduling-api-mocks/screendragon/client`). */
export {
  ClientDutyError,
  createClient,
  type ClientEvent,
  type ClientEventType,
  type ScreendragonAuth,
  type ScreendragonClient,
  type ScreendragonClientOptions,
  TokenRequestError,
  type TokenSet,
  type WaitEvent,
} from './client-entry.ts'
