/**
 * The vendor's client duties as a fetch wrapper: every request waits for the quota and for the waits earlier
 * responses asked for, is refused (`ClientDutyError`) when a duty forbids it, and is sent once more after a response
 * whose duty says to retry (a 429). It is a fetch wrapper rather than openapi-fetch middleware because a retry sends
 * the request again, which middleware cannot do.
 *
 * Requests go one at a time by default (`concurrency`): a duty such as "wait after a 429 before sending again" cannot
 * be kept by requests already on their way when the 429 arrives.
 */
import pLimit from 'p-limit'
import type { ClientDuties } from '../conduct/duties.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import { DutyState, type Outgoing } from './duty-state.ts'
import { createClientEvents, type ClientEvents, type WaitEvent } from './events.ts'
import { discard } from './http.ts'
import { QuotaBudget } from './quota.ts'

export type FetchLike = (request: Request) => Promise<Response>
export type Sleep = (ms: number) => Promise<void>

/** How a client keeps the duties: each can be switched off, the quota overridden, the clock and sleep injected. */
export interface DutyOptions {
  /** Default: the system clock. Share a manual clock with the mock to simulate hour-long waits. */
  clock?: Clock
  /** Default: a timer. With a manual clock, pass one that advances it (`async (ms) => clock.advance(ms)`). */
  sleep?: Sleep
  /** Duties switched off, by id (`{ 'wait-after-400-403': false }`); every duty is on by default. */
  duties?: Readonly<Record<string, boolean | undefined>>
  /** The quota the client keeps, over the vendor's (e.g. the lower limit a mock was started with). */
  quota?: { limit?: number; windowMs?: number }
  /** Requests in flight at once (default 1). */
  concurrency?: number
  /** Called before each wait (the same as `on('wait', …)`). */
  onWait?: (event: WaitEvent) => void
}

export interface DutyFetchOptions extends DutyOptions {
  /** The vendor's declaration. */
  declared: ClientDuties
  /** The base URL the API's paths are below (to recognise a data set's list). */
  baseUrl: string
  /** The fetch that sends (default: the global `fetch` at the time of each call, so MSW's `setupServer` sees it). */
  fetch?: FetchLike
  /** Where events go (default: a new emitter). */
  events?: ClientEvents
}

export interface DutyFetch {
  fetch: FetchLike
  events: ClientEvents
}

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export function createDutyFetch(options: DutyFetchOptions): DutyFetch {
  const clock = options.clock ?? systemClock
  const sleep = options.sleep ?? realSleep
  const send: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request))
  const events = options.events ?? createClientEvents()
  const enabled = (id: string) => options.duties?.[id] !== false
  const declared = options.declared
  const quota = declared.quota && enabled(declared.quota.id) ? declared.quota : undefined
  const budget = quota ? new QuotaBudget(quota, options.quota) : undefined
  const state = new DutyState(declared, enabled)
  const limit = pLimit(options.concurrency ?? 1)
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, '')

  const describe = (request: Request): Outgoing => {
    const url = new URL(request.url)
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname
    return { method: request.method, path, query: url.searchParams, label: `${request.method} ${path}${url.search}` }
  }

  /** Waits until the duties let the request go, or throws the refusal; then counts it as sent. */
  async function clear(out: Outgoing): Promise<void> {
    for (;;) {
      const now = clock.now()
      const refusal = state.refusal(out, now)
      if (refusal) {
        events.emit({
          type: 'refuse',
          rule: refusal.rule,
          request: out.label,
          message: refusal.message,
          retryAt: refusal.retryAt?.getTime(),
        })
        throw refusal
      }
      let wait = state.wait(now)
      const quotaMs = budget?.wait(now) ?? 0
      if (quota && quotaMs > (wait?.ms ?? 0)) wait = { ms: quotaMs, rule: quota.id }
      if (!wait) break
      const event: WaitEvent = { type: 'wait', rule: wait.rule, ms: wait.ms, until: now + wait.ms, request: out.label }
      options.onWait?.(event)
      events.emit(event)
      await sleep(wait.ms)
      // A sleep that does not move the clock would loop here for ever: say what to fix instead.
      if (clock.now() === now)
        throw new Error(
          `The client slept ${wait.ms} ms but its clock did not move: pass a sleep that advances the clock you passed`,
        )
    }
    const now = clock.now()
    budget?.spend(now)
    state.sent(out, now)
  }

  async function exchange(request: Request): Promise<Response> {
    // A copy to send again, taken before the body is read.
    const spare = state.retries ? request.clone() : undefined
    const out = describe(request)
    await clear(out)
    const response = await send(request)
    const now = clock.now()
    budget?.observe(response.headers, now)
    const retry = state.received(response.status, response.headers, now)
    // Retried once, and only when no duty now forbids it (e.g. a third error in a row, or a poll repeated too soon).
    if (!retry || !spare || state.refusal(out, now)) return response
    events.emit({ type: 'retry', rule: retry.id, status: response.status, request: out.label })
    discard(response)
    await clear(out)
    const again = await send(spare)
    const at = clock.now()
    budget?.observe(again.headers, at)
    state.received(again.status, again.headers, at)
    return again
  }

  return { fetch: (request) => limit(() => exchange(request)), events }
}
