/**
 * The vendor's client duties as a fetch wrapper: every request waits for the quota and for the waits earlier
 * responses asked for, is refused (`ClientDutyError`) when a duty forbids it, and is sent once more after a response
 * whose duty says to retry (a 429). It is a fetch wrapper rather than openapi-fetch middleware because a retry sends
 * the request again, which middleware cannot do.
 *
 * Requests go one at a time by default (`concurrency`): a duty such as "wait after a 429 before sending again" cannot
 * be kept by requests already on their way when the 429 arrives.
 *
 * Credentials are put on each request as it is sent, after any wait (a token may expire during an hour's wait), and
 * after a 401 they are renewed and the request sent once more. Token requests take the same path, minus the queue
 * (they are made while a request holds its place in it) and minus the credentials (they carry their own).
 */
import pLimit from 'p-limit'
import type { ClientDuties } from '../conduct/duties.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import type { Authenticator } from './auth.ts'
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
  /** The credentials, given the fetch their token requests go through. */
  auth?: (tokenFetch: FetchLike) => Authenticator
}

export interface DutyFetch {
  /** Sends with the credentials, keeping the duties, one request at a time (or `concurrency`). */
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

  /** One request: sent when the duties allow, then once more after a 401 (new credentials) or a retry duty. */
  async function exchange(request: Request, auth: Authenticator | undefined): Promise<Response> {
    // The copy each further attempt is made from, taken before the body is read.
    const template = request.clone()
    const out = describe(request)
    let attempt = request
    let renewed = false
    let retried = false
    for (;;) {
      await clear(out)
      await auth?.apply(attempt)
      const response = await send(attempt)
      const now = clock.now()
      budget?.observe(response.headers, now)
      const retry = state.received(response.status, response.headers, now)
      if (response.status === 401 && !renewed && auth?.renew && (await auth.renew())) {
        renewed = true
      } else if (retry && !retried && !state.refusal(out, clock.now())) {
        // Retried once, and only when no duty now forbids it (a third error in a row, a poll repeated too soon).
        retried = true
        events.emit({ type: 'retry', rule: retry.id, status: response.status, request: out.label })
      } else return response
      discard(response)
      attempt = template.clone()
    }
  }

  const auth = options.auth?.((request) => exchange(request, undefined))
  return { fetch: (request) => limit(() => exchange(request, auth)), events }
}
