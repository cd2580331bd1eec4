/**
 * The client's memory of the vendor's duties other than the quota: when each wait after a response ends, how many
 * errors came in a row, and when each data set was last read whole. It answers two questions before each send —
 * must this request be refused, and how long must it wait — and learns from each response.
 */
import {
  statusIn,
  wholeReadOf,
  type ClientDuties,
  type PollingDuty,
  type StopDuty,
  type WaitDuty,
} from '../conduct/duties.ts'
import { ClientDutyError } from './errors.ts'
import { headerSeconds } from './http.ts'

/** What the duties look at in a request about to be sent. */
export interface Outgoing {
  method: string
  /** The path below the client's base URL, e.g. `/api/events`. */
  path: string
  query: URLSearchParams
  /** Method and path, for events and errors. */
  label: string
}

const minutes = (ms: number) => (ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`)

export class DutyState {
  readonly #waits: readonly WaitDuty[]
  readonly #stop: StopDuty | undefined
  readonly #polling: PollingDuty | undefined
  readonly #pollInterval: boolean
  readonly #pollFilter: boolean
  /** When each wait duty's wait ends, by duty id. */
  readonly #until = new Map<string, number>()
  #errorsInARow = 0
  #lastErrorAt = 0
  /** When each data set was last read whole. */
  readonly #lastPoll = new Map<string, number>()

  constructor(duties: ClientDuties, enabled: (id: string) => boolean) {
    this.#waits = (duties.waits ?? []).filter((wait) => enabled(wait.id))
    this.#stop = duties.stopAfterErrors && enabled(duties.stopAfterErrors.id) ? duties.stopAfterErrors : undefined
    const polling = duties.polling
    this.#pollInterval = polling?.interval !== undefined && enabled(polling.interval.id)
    this.#pollFilter = polling?.filter !== undefined && enabled(polling.filter.id)
    this.#polling = this.#pollInterval || this.#pollFilter ? polling : undefined
  }

  /** Whether any duty may ask for a request to be sent again. */
  get retries(): boolean {
    return this.#waits.some((wait) => wait.honour === 'retry')
  }

  /** The refusal a request gets now, if a duty forbids sending it. */
  refusal(out: Outgoing, now: number): ClientDutyError | undefined {
    const stop = this.#stop
    if (stop && this.#errorsInARow >= stop.count && now < this.#lastErrorAt + stop.waitMs)
      return refuse(stop, out, `${this.#errorsInARow} errors in a row`, this.#lastErrorAt + stop.waitMs)
    for (const wait of this.#waits) {
      const until = this.#until.get(wait.id)
      if (wait.honour === 'hold' && until !== undefined && now < until)
        return refuse(wait, out, `the login is held for ${minutes(wait.waitMs)} after that reply`, until)
    }
    return this.#pollRefusal(out, now)
  }

  /** How long the request must wait for the waits after earlier responses, and for which duty. */
  wait(now: number): { ms: number; rule: string } | undefined {
    let longest: { ms: number; rule: string } | undefined
    for (const wait of this.#waits) {
      const until = this.#until.get(wait.id)
      if (wait.honour === 'hold' || until === undefined || until <= now) continue
      if (!longest || until - now > longest.ms) longest = { ms: until - now, rule: wait.id }
    }
    return longest
  }

  /** Records a request as sent now. */
  sent(out: Outgoing, now: number): void {
    const set = this.#wholeRead(out)
    if (set !== undefined) this.#lastPoll.set(set, now)
  }

  /** Learns from a response; returns the duty that asks for the request to be retried, if any. */
  received(status: number, headers: Headers, now: number): WaitDuty | undefined {
    let retry: WaitDuty | undefined
    for (const wait of this.#waits) {
      if (!statusIn(wait.after, status)) continue
      // The latest such response sets the wait, as the vendor (and the mock's tracker) reads it.
      const seconds = wait.waitHeader ? headerSeconds(headers, wait.waitHeader, now) : undefined
      this.#until.set(wait.id, now + (seconds !== undefined ? seconds * 1000 : wait.waitMs))
      if (wait.honour === 'retry') retry ??= wait
    }
    if (status >= 400) {
      this.#errorsInARow++
      this.#lastErrorAt = now
    } else this.#errorsInARow = 0
    return retry
  }

  #wholeRead(out: Outgoing): string | undefined {
    const polling = this.#polling
    if (!polling || out.method !== 'GET') return undefined
    const set = polling.dataSets.find((s) => s.path === out.path)
    return wholeReadOf(polling, set, out.query.keys())
  }

  #pollRefusal(out: Outgoing, now: number): ClientDutyError | undefined {
    const polling = this.#polling
    const set = this.#wholeRead(out)
    if (!polling || set === undefined) return undefined
    const last = this.#lastPoll.get(set)
    if (last === undefined) return undefined
    if (this.#pollInterval && polling.interval && now < last + polling.interval.intervalMs)
      return refuse(
        polling.interval,
        out,
        `${set} was read whole ${minutes(now - last)} ago; poll it at most every ${minutes(polling.interval.intervalMs)}`,
        last + polling.interval.intervalMs,
      )
    if (this.#pollFilter && polling.filter && !out.query.has(polling.filter.parameter))
      return refuse(
        polling.filter,
        out,
        `a repeated read of the whole of ${set} must ask only for changed records, with ${polling.filter.parameter}`,
        undefined,
      )
    return undefined
  }
}

function refuse(
  duty: { id: string; description: string },
  out: Outgoing,
  reason: string,
  retryAt: number | undefined,
): ClientDutyError {
  return new ClientDutyError({ rule: duty.id, description: duty.description, request: out.label, reason, retryAt })
}
