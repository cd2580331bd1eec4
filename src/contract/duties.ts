/**
 * Client duties the contract client honours: some vendors make good client behaviour a condition of API access
 * ("wait a minute after a 429", "stop after three errors in a row") and block accounts whose scripts do not comply.
 * A contract run against such an API must itself be a compliant client, so the client keeps these duties as it goes:
 * after a response a duty names, the next request waits, or nothing more is sent at all. Like pacing, this never
 * resends anything.
 */
import { type ClientDuties, type StatusSet, statusIn } from '../conduct/duties.ts'

export interface ClientDuty {
  /** The responses the duty follows: a status set (as in a vendor's declaration), or `'error'`: any status from 400. */
  after: StatusSet | 'error'
  /** How many such responses in a row set it off (default 1). */
  inARow?: number
  /** Milliseconds to wait before the next request, or `'stop'`: send nothing more in this run. */
  then: number | 'stop'
  /** The vendor's words, shown when the client waits or stops. */
  reason: string
}

/** Thrown instead of sending once a duty said stop: nothing more may be sent in this run. */
export class StoppedError extends Error {
  override name = 'StoppedError'
  readonly reason: string
  constructor(reason: string) {
    super(`Not sent: the run stopped sending because ${reason}`)
    this.reason = reason
  }
}

export interface DutyKeeperOptions {
  /** Told before each wait. */
  onWait?: (ms: number, reason: string) => void
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

export interface DutyKeeper {
  /** Waits as long as a duty requires; throws (sending nothing) once a duty said stop. */
  before(): Promise<void>
  /** Records the status of a response. */
  after(status: number): void
}

/**
 * @example
 * const duties = createDutyKeeper([{ after: [429], then: 60_000, reason: 'wait 1 minute after a 429' }])
 * await duties.before(); const res = await fetch(url); duties.after(res.status)
 */
export function createDutyKeeper(duties: readonly ClientDuty[], options: DutyKeeperOptions = {}): DutyKeeper {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const counts = duties.map(() => 0)
  let waitUntil = 0
  let waitReason = ''
  let stopped: string | undefined
  return {
    async before() {
      if (stopped) throw new StoppedError(stopped)
      const wait = waitUntil - now()
      if (wait <= 0) return
      options.onWait?.(wait, waitReason)
      await sleep(wait)
    },
    after(status) {
      duties.forEach((duty, i) => {
        const matches = duty.after === 'error' ? status >= 400 : statusIn(duty.after, status)
        counts[i] = matches ? (counts[i] ?? 0) + 1 : 0
        if (!matches || (counts[i] ?? 0) < (duty.inARow ?? 1)) return
        if (duty.then === 'stop') {
          stopped ??= duty.reason
        } else if (now() + duty.then > waitUntil) {
          waitUntil = now() + duty.then
          waitReason = duty.reason
        }
      })
    },
  }
}

/**
 * The duties a contract run keeps, from a vendor's declaration (`mocks/<api>/duties.ts`, the one the mock's conduct
 * rules and the typed client are built from), so the plan holds no copy of them. A wait the client honours by
 * retrying or pausing becomes a wait before the run's next request (the run never resends); a hold (send nothing for
 * an hour) and the stop after errors in a row end the run, since sitting out an hour would only time it out. The quota
 * is the run's pacing and the polling duties concern repeated reads, which a run does not make, so neither is here.
 *
 * @example
 * defineContractPlan({ …, duties: { remote: contractDuties(VENDOR_DUTIES) } })
 */
export function contractDuties(declared: ClientDuties): ClientDuty[] {
  const reason = (duty: { id: string; description: string }) => `${duty.description} [${duty.id}]`
  const duties: ClientDuty[] = (declared.waits ?? []).map((wait) => ({
    after: wait.after,
    then: wait.honour === 'hold' ? 'stop' : wait.waitMs,
    reason: reason(wait),
  }))
  const stop = declared.stopAfterErrors
  if (stop) duties.push({ after: 'error', inARow: stop.count, then: 'stop', reason: reason(stop) })
  return duties
}
