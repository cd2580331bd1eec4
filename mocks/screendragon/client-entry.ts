/**
 * `scheduling-api-mocks/screendragon/client`: the typed Screendragon client alone, for code that talks to the API and never
 * mocks it. It loads openapi-fetch, p-limit and the client duties only: none of the mock (its plug-in, seed, faker,
 * spec and validators), and it does not import msw. `scheduling-api-mocks/screendragon` re-exports the same names beside the mock.
 *
 * @example
 * import { createClient } from 'scheduling-api-mocks/screendragon/client'
 * const client = createClient({ auth: { type: 'client_credentials', clientId, clientSecret } }) // https://apisandbox.screendragon.com/sdapi
 */
export type { components, operations, paths } from '../../specs/screendragon/openapi.gen.ts'
/** A typed client for the real API (or any base URL) that keeps the vendor's client duties: see the README. */
export {
  createClient,
  type ScreendragonAuth,
  type ScreendragonClient,
  type ScreendragonClientOptions,
} from './client.ts'
export { ClientDutyError } from '../../src/client/errors.ts'
export { TokenRequestError, type TokenSet } from '../../src/client/auth.ts'
export type { ClientEvent, ClientEventType, WaitEvent } from '../../src/client/events.ts'
