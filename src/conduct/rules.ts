/**
 * Configurable conduct rules. Each vendor picks the rules that match its documented client duties and sets the
 * numbers; none of them knows a vendor.
 */
import type { ClientHistory, ConductExchange, ConductRequest, ConductRule } from './tracker.ts'

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`
const minutes = (ms: number) => (ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : seconds(ms))

export interface WaitAfterStatusOptions {
  id: string
  description: string
  /** The statuses after which the client must wait. */
  statuses: (status: number) => boolean
  /** How long to wait; with `useRetryAfter` or `waitHeader`, the seconds that header gives win when present. */
  waitMs: number
  useRetryAfter?: boolean
  /** A response header giving the seconds to wait (e.g. `x-ratelimit-reset`); `useRetryAfter` is `Retry-After`. */
  waitHeader?: string
}

/** The client must wait a while after certain responses (e.g. 60 s after a 429, an hour after a 403). */
export function waitAfterStatus(options: WaitAfterStatusOptions): ConductRule {
  const header = options.waitHeader?.toLowerCase() ?? (options.useRetryAfter ? 'retry-after' : undefined)
  /** How long this exchange makes the client wait: the header's seconds when given, else `waitMs`. */
  const waitFor = (last: ConductExchange): number => {
    // The tracker's own Retry-After reading stands in when the exchange was recorded without its headers.
    const given =
      header === undefined
        ? undefined
        : (last.headerSeconds?.[header] ?? (header === 'retry-after' ? last.retryAfterSeconds : undefined))
    return given !== undefined ? given * 1000 : options.waitMs
  }
  return {
    id: options.id,
    description: options.description,
    waitHeaders: header ? [header] : [],
    check(_request, history, now) {
      const last = lastMatching(history, options.statuses)
      if (!last) return undefined
      const waitMs = waitFor(last)
      const elapsed = now - last.at
      if (elapsed >= waitMs) return undefined
      return `sent again ${seconds(elapsed)} after a ${last.status}; wait at least ${minutes(waitMs)}`
    },
    waitUntil(history) {
      const last = lastMatching(history, options.statuses)
      return last ? last.at + waitFor(last) : undefined
    },
  }
}

/**
 * The commonest duty: after a 429, wait the seconds `Retry-After` gives (or `fallbackMs` when the response had none)
 * before sending again. Rule id `wait-retry-after`.
 */
export function waitForRetryAfter(options: { description: string; fallbackMs: number }): ConductRule {
  return waitAfterStatus({
    id: 'wait-retry-after',
    description: options.description,
    statuses: (status) => status === 429,
    waitMs: options.fallbackMs,
    useRetryAfter: true,
  })
}

function lastMatching(history: ClientHistory, statuses: (status: number) => boolean) {
  for (let i = history.exchanges.length - 1; i >= 0; i--) {
    const exchange = history.exchanges[i]
    if (exchange && statuses(exchange.status)) return exchange
  }
  return undefined
}

export interface StopAfterErrorsOptions {
  id: string
  description: string
  /** Errors (status >= 400) in a row after which the client must stop. */
  count: number
  /** How long the client must stay quiet after that many errors. */
  waitMs: number
}

/** After `count` errors in a row the client must stop (or wait) instead of sending more. */
export function stopAfterConsecutiveErrors(options: StopAfterErrorsOptions): ConductRule {
  return {
    id: options.id,
    description: options.description,
    check(_request, history, now) {
      if (history.consecutiveErrors < options.count) return undefined
      const last = history.exchanges[history.exchanges.length - 1]
      if (!last || now - last.at >= options.waitMs) return undefined
      return `kept sending after ${history.consecutiveErrors} errors in a row; stop, or wait ${minutes(options.waitMs)}`
    },
    waitUntil(history) {
      const last = history.exchanges[history.exchanges.length - 1]
      return history.consecutiveErrors >= options.count && last ? last.at + options.waitMs : undefined
    },
  }
}

export interface PollingOptions {
  id: string
  description: string
  /** The poll key of a request that reads a whole data set (e.g. the list operation's id), else `undefined`. */
  pollKey: (request: ConductRequest) => string | undefined
}

/** A whole data set may be read at most once per interval. */
export function minPollInterval(options: PollingOptions & { intervalMs: number }): ConductRule {
  return {
    id: options.id,
    description: options.description,
    check(request, history, now) {
      const key = options.pollKey(request)
      if (key === undefined) return undefined
      const last = history.lastPoll.get(key)
      history.lastPoll.set(key, now)
      if (last === undefined || now - last >= options.intervalMs) return undefined
      return `polled ${key} again after ${minutes(now - last)}; poll at most every ${minutes(options.intervalMs)}`
    },
  }
}

export interface RequireFilterOptions extends PollingOptions {
  /** The filter parameter a poll must carry, e.g. `changed_since`. */
  parameter: string
  /**
   * The first whole read of a data set is a load, not a poll: only reads of a data set this client read before are
   * checked (default false: every whole read must carry the filter).
   */
  allowFirstRead?: boolean
}

/** Polling a whole data set must carry a filter parameter (e.g. "changed since my last poll"). */
export function requireFilterWhenPolling(options: RequireFilterOptions): ConductRule {
  return {
    id: options.id,
    description: options.description,
    check(request, history, now) {
      const key = options.pollKey(request)
      if (key === undefined) return undefined
      // Own bookkeeping under a rule-specific key: minPollInterval updates the plain key.
      const seenKey = `${options.id}\u0000${key}`
      const readBefore = history.lastPoll.has(seenKey)
      history.lastPoll.set(seenKey, now)
      if (request.query[options.parameter] !== undefined) return undefined
      if (options.allowFirstRead && !readBefore) return undefined
      return `read the whole of ${key} ${readBefore ? 'again ' : ''}without ${options.parameter}; ask only for records changed since the last poll`
    },
  }
}
