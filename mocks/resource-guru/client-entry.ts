/**
 * `scheduling-api-mocks/resource-guru/client`: the typed Resource Guru client alone, for code that talks to the API and never
 * mocks it. It loads openapi-fetch, p-limit and the client duties only: none of the mock (its plug-in, seed, faker,
 * spec and validators), and it does not import msw. `scheduling-api-mocks/resource-guru` re-exports the same names beside the mock.
 *
 * @example
 * import { createClient } from 'scheduling-api-mocks/resource-guru/client'
 * const client = createClient({ auth: { type: 'oauth2', clientId, clientSecret, username, password } }) // https://api.resourceguruapp.com
 */
export type { components, operations, paths } from '../../specs/resource-guru/openapi.gen.ts'
/** A typed client for the real API (or any base URL) that keeps the vendor's client duties: see the README. */
export {
  createClient,
  type ResourceGuruAuth,
  type ResourceGuruClient,
  type ResourceGuruClientOptions,
} from './client.ts'
export { ClientDutyError } from '../../src/client/errors.ts'
export { TokenRequestError, type TokenSet } from '../../src/client/auth.ts'
export type { ClientEvent, ClientEventType, WaitEvent } from '../../src/client/events.ts'
