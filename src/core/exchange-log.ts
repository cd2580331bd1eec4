/**
 * The request log: the last N exchanges of an engine, for `GET /__mock/<api>/requests` and the CLI's request lines.
 * A ring buffer of raw entries (shifting a full array, and formatting a date, on every request showed up in
 * profiles); entries are formatted, and their query strings redacted, only when read or printed.
 */
import { redactQuery } from './redact.ts'

export interface ExchangeLogEntry {
  at: string
  method: string
  path: string
  query: string
  status: number
  operationId: string | undefined
  client: string | undefined
  ms: number
  error?: string
}

/** An entry as recorded on the request path: the time as a number, the query as sent. */
export type RawExchange = Omit<ExchangeLogEntry, 'at'> & { time: number }

export class ExchangeLog {
  readonly #size: number
  readonly #onEntry: ((entry: ExchangeLogEntry) => void) | undefined
  #entries: RawExchange[] = []
  #start = 0
  // Many exchanges share a millisecond under load: format each timestamp once.
  #isoTime = Number.NaN
  #isoText = ''

  constructor(size: number, onEntry?: (entry: ExchangeLogEntry) => void) {
    this.#size = size
    this.#onEntry = onEntry
  }

  record(entry: RawExchange): void {
    if (this.#entries.length < this.#size) this.#entries.push(entry)
    else {
      this.#entries[this.#start] = entry
      this.#start = (this.#start + 1) % this.#size
    }
    if (this.#onEntry) this.#onEntry(this.#format(entry))
  }

  /** The entries, oldest first. */
  entries(): ExchangeLogEntry[] {
    const all = this.#entries
    return [...all.slice(this.#start), ...all.slice(0, this.#start)].map((e) => this.#format(e))
  }

  clear(): void {
    this.#entries = []
    this.#start = 0
  }

  #iso(time: number): string {
    if (time !== this.#isoTime) {
      this.#isoTime = time
      this.#isoText = new Date(time).toISOString()
    }
    return this.#isoText
  }

  // Fields copied one by one: a rest-spread here cost more than the rest of the log line (profiled under load).
  #format(e: RawExchange): ExchangeLogEntry {
    const entry: ExchangeLogEntry = {
      at: this.#iso(e.time),
      method: e.method,
      path: e.path,
      query: redactQuery(e.query),
      status: e.status,
      operationId: e.operationId,
      client: e.client,
      ms: e.ms,
    }
    if (e.error !== undefined) entry.error = e.error
    return entry
  }
}
