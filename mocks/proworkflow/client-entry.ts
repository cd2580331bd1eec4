/**
 * `scheduling-api-mocks/proworkflow/client`: the typed ProWorkflow client alone, for code that talks to the API and never
 * mocks it. It loads openapi-fetch, p-limit and the client duties only: none of the mock (its plug-in, seed, faker,
 * spec and validators), and it does not import msw. `scheduling-api-mocks/proworkflow` re-exports the same names beside the mock.
 *
 * @example
 * import { createClient } from 'scheduling-api-mocks/proworkflow/client'
 * const client = createClient({ auth: { apiKey, username, password } }) // https://api.proworkflow.net
 */
export type { components, operations, paths } from '../../specs/proworkflow/openapi.gen.ts'
/** A typed client for the real API (or any base URL) that keeps the vendor's client duties: see the README. */
export {
  createClient,
  type ProWorkflowAuth,
  type ProWorkflowClient,
  type ProWorkflowClientOptions,
} from './client.ts'
export { ClientDutyError } from '../../src/client/errors.ts'
export type { ClientEvent, ClientEventType, WaitEvent } from '../../src/client/events.ts'
