/**
 * `scheduling-api-mocks/scheduleit/client`: the typed ScheduleIt client alone, for code that talks to the API and never
 * mocks it. It loads openapi-fetch, p-limit and the client duties only: none of the mock (its plug-in, seed, faker,
 * spec and validators), and it does not import msw. `scheduling-api-mocks/scheduleit` re-exports the same names beside the mock.
 *
 * @example
 * import { createClient } from 'scheduling-api-mocks/scheduleit/client'
 * const client = createClient({ auth: { username: '12345_demo', password: 'secret' } }) // https://www.scheduleit.com
 */
export type { components, operations, paths } from '../../specs/scheduleit/openapi.gen.ts'
/** A typed client for the real API (or any base URL) that keeps the vendor's client duties: see the README. */
export {
  createClient,
  type ScheduleItAuth,
  type ScheduleItClient,
  type ScheduleItClientOptions,
} from './client.ts'
export { ClientDutyError } from '../../src/client/errors.ts'
export type { ClientEvent, ClientEventType, WaitEvent } from '../../src/client/events.ts'
