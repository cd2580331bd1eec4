/**
 * The seam between the engine and a shared store (`serve --store redis://…`, src/store/redis/): what an engine asks of
 * a store, vendor-neutral and free of any store's client library. Without a store (the default) none of this runs: the
 * engine answers from memory, synchronously, as before.
 */
import type { ConductFinding } from '../conduct/tracker.ts'
import type { RateDecision, RateLimitPolicy } from '../rate-limit/policies.ts'
import type { Engine } from './engine.ts'
import type { ExchangeLogEntry } from './exchange-log.ts'
import type { MockRequest, MockResponse } from './types.ts'

/**
 * Thrown by a store's `throttle` when the session changed in the store since this instance last read it: the request
 * ran so far on an out-of-date state (its credential was checked against it). The engine then drops that run — no log
 * entry, no response — and rethrows it from `handle`, so that the store brings the state up to date and runs the
 * request again. `update` is the store's own payload for that.
 */
export class StaleState extends Error {
  readonly update: unknown
  constructor(session: string, update: unknown) {
    super(`The session "${session}" changed in the store: run the request again on its new state`)
    this.name = 'StaleState'
    this.update = update
  }
}

export interface EngineStore {
  /**
   * Counts one request of `client` in `session` against the vendor's policies, in the store (one quota for all
   * instances). Called for every routed request, even with no policies: a store may check in the same round trip that
   * the session's state is current, and reject with `StaleState` if not.
   */
  throttle(
    session: string,
    policies: readonly RateLimitPolicy[],
    client: string,
    now: number,
    request: MockRequest,
  ): Promise<RateDecision>
  /**
   * Wraps the in-memory engine so that every request first brings the session's state up to date from the store and
   * every write is committed there before it is answered. Returns the engine to serve.
   */
  attach(engine: Engine): Engine
  /** Called with every exchange of a session once it is logged in memory: the store keeps a shared log of them. */
  record(session: string, entry: ExchangeLogEntry): void
  /** Called with every new conduct finding of a session: the store keeps a shared list of them. */
  recordFinding(session: string, finding: ConductFinding): void
}

/** A control request answered by the store (reset, restore…: they change what every instance sees). */
export type SharedControl = (
  method: string,
  action: string,
  rawQuery: string,
  request: { session?: string; body?: string },
) => Promise<MockResponse>
