/**
 * The set-up of the client tests: our mock on the node entry's `startServer` (port 0) or as MSW handlers under
 * `setupServer`, sharing a manual clock with the client (so an hour's wait is simulated, not slept), and the mock's
 * conduct findings read through its public surface (the control endpoint, or `engine.conductFindings`).
 */
import { setupServer } from 'msw/node'
import createOpenApiClient, { type Client } from 'openapi-fetch'
import { expect } from 'vitest'
import { startServer } from '../../mocks/node.ts'
import type { ApiId } from '../../mocks/catalog.ts'
import { ClientDutyError } from '../../src/client/errors.ts'
import type { ClientEvent } from '../../src/client/events.ts'
import { manualClock } from '../../src/core/clock.ts'
import type { Engine } from '../../src/core/engine.ts'
import type { ConductFinding } from '../../src/conduct/tracker.ts'
import type { CreateMockOptions, Mock } from '../../src/mock.ts'

export type Transport = 'http' | 'msw'
export const TRANSPORTS: Transport[] = ['http', 'msw']

export type ManualClock = ReturnType<typeof manualClock>

export interface Served {
  /** The base URL to point a client at; `undefined` under MSW, where the client's default (the real API) is mocked. */
  baseUrl: string | undefined
  /** Where a hand-made client sends (the mock's URL, or the real base URL MSW answers). */
  url: string
  engine: Engine
  /** The mock's conduct findings, read as a user would. */
  findings(): Promise<ConductFinding[]>
  close(): Promise<void>
}

export interface ServeOptions {
  api: ApiId
  clock: ManualClock
  /** The vendor's options (e.g. `{ chaos: 0.1 }`). */
  options?: Record<string, unknown>
  /** The vendor entry's `createMock`, for the MSW transport. */
  createMock(options: CreateMockOptions): Mock
  /** The vendor's real base URL (what MSW answers). */
  realBaseUrl: string
}

export async function serve(transport: Transport, o: ServeOptions): Promise<Served> {
  if (transport === 'http') {
    const server = await startServer({
      apis: [o.api],
      port: 0,
      engine: { clock: o.clock, validateResponses: true },
      options: { [o.api]: o.options ?? {} },
    })
    const url = `${server.url}/${o.api}`
    return {
      baseUrl: url,
      url,
      engine: server.engines[0] as Engine,
      async findings() {
        const response = await fetch(`${server.url}/__mock/${o.api}/conduct?limit=1000`)
        expect(response.status).toBe(200)
        return ((await response.json()) as { findings: ConductFinding[] }).findings
      },
      close: () => server.close(),
    }
  }
  const mock = o.createMock({ clock: o.clock, options: o.options, validateResponses: true })
  const msw = setupServer(...mock.handlers)
  msw.listen({ onUnhandledRequest: 'error' })
  return {
    baseUrl: undefined,
    url: o.realBaseUrl,
    engine: mock.engine,
    findings: async () => [...mock.engine.conductFindings],
    async close() {
      msw.close()
      await mock.engine.close()
    },
  }
}

/** How to serve one vendor's mock: everything but the clock, which each test makes afresh. */
export type MockSetup = Omit<ServeOptions, 'clock'>

export interface Session {
  served: Served
  clock: ManualClock
  /** The sleep to give a client: it moves the shared clock. */
  sleep(ms: number): Promise<void>
}

/** Serves the vendor's mock on a fresh shared clock, runs `body`, and closes the mock whatever happens. */
export async function withMock(
  transport: Transport,
  setup: MockSetup,
  body: (session: Session) => Promise<void>,
): Promise<void> {
  const { clock, sleep } = virtualTime()
  const served = await serve(transport, { ...setup, clock })
  try {
    await body({ served, clock, sleep })
  } finally {
    await served.close()
  }
}

/**
 * A plain openapi-fetch client with fixed credentials and none of the duties: the "naive client" each vendor's
 * workload is also run through, to show that the mock does find breaches (so a clean run can fail).
 */
export function naiveClient<Paths extends {}>(served: Served, headers: Record<string, string>): Client<Paths> {
  return createOpenApiClient<Paths>({ baseUrl: served.url, headers })
}

/** What a workload's calls saw, phase by phase (a vendor's workload may leave a phase empty). */
export interface Outcomes {
  burst: Outcome[]
  random429s: Outcome[]
  errors: Outcome[]
  polls: Outcome[]
}

export function emptyOutcomes(): Outcomes {
  return { burst: [], random429s: [], errors: [], polls: [] }
}

/** A clock the mock and the client share, and the sleep that moves it (no test sleeps for real). */
export function virtualTime(start = Date.UTC(2024, 4, 30, 9, 0, 0)) {
  const clock = manualClock(start)
  return { clock, sleep: async (ms: number) => clock.advance(ms) }
}

/** What a workload saw of one call: the status, or the duty that refused it. */
export type Outcome = number | `refused:${string}`

/**
 * Runs one call of a workload. A refusal is handled as an application would: with `wait` (the default), when the
 * client says from when the request may go, the application waits until then (on the shared clock) and carries on;
 * with `skip` (a poll), it lets this one go and tries again on its next round.
 */
export async function attempt(
  clock: ManualClock,
  call: () => Promise<{ response: Response }>,
  outcomes: Outcome[],
  onRefusal: 'wait' | 'skip' = 'wait',
): Promise<void> {
  try {
    outcomes.push((await call()).response.status)
  } catch (error) {
    if (!(error instanceof ClientDutyError)) throw error
    outcomes.push(`refused:${error.rule}`)
    if (error.retryAt && onRefusal === 'wait') clock.set(Math.max(clock.now(), error.retryAt.getTime()))
  }
}

/**
 * A poller's rounds: a call every `everyMinutes` from minute 0 up to `lastMinute`, on the shared clock. A refused poll
 * is skipped (the poller tries again next round), as an application would.
 */
export async function pollEvery(
  clock: ManualClock,
  everyMinutes: number,
  lastMinute: number,
  call: (minute: number) => Promise<{ response: Response }>,
  outcomes: Outcome[],
): Promise<void> {
  for (let minute = 0; minute <= lastMinute; minute += everyMinutes) {
    await attempt(clock, () => call(minute), outcomes, 'skip')
    clock.advance(everyMinutes * 60_000)
  }
}

/** Every event a client emits, in order. */
export function recordEvents(client: { on(type: ClientEvent['type'], listener: (e: ClientEvent) => void): unknown }) {
  const events: ClientEvent[] = []
  for (const type of ['wait', 'retry', 'refuse', 'token'] as const) client.on(type, (event) => events.push(event))
  return events
}

/** Each rule's findings, as `rule × (1 + repeats)` counts. */
export function breaches(findings: readonly ConductFinding[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1 + f.repeats
  return counts
}

/** A seeded choice of which calls of a workload get a forced 429, so runs are reproducible. */
export { seededRandom } from '../../src/core/random.ts'
