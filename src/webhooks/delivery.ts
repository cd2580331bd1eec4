/**
 * A generic, bounded webhook delivery queue. A vendor plug-in decides what to send (URL, final headers with its
 * signature, body) and how a delivery's status shows in its own records; this queue does the sending: in the
 * background, retried with exponential backoff, one attempt at a time per delivery, a few deliveries at a time in all,
 * with every table and every wait bounded, and nothing left running after `close()`.
 *
 * Lifecycle of a delivery, each change reported once through `onStatus`, in order:
 * `pending` (queued, not tried yet) → `delivered` (an attempt got a 2xx), or `failing` (the last attempt did not;
 * another is scheduled) → ... → `delivered` or `failed` (`maxAttempts` used up, refused at enqueue, or dropped because
 * the queue was full). With `enabled: false` the only status is `disabled`: nothing is queued or sent.
 * A delivered or failed delivery is forgotten by the queue; the vendor's record is what remains.
 */
import { ConfigError } from '../core/errors.ts'
import { backoffDelay } from './backoff.ts'
import { systemScheduler, type Scheduler, type TimerHandle } from './scheduler.ts'
import { refuseReason, sendOnce, type AttemptOutcome, type WebhookRequest } from './send.ts'

export type DeliveryId = string | number

export type DeliveryStatus = 'pending' | 'delivered' | 'failing' | 'failed' | 'disabled'

/** A delivery's status as reported to `onStatus` and by `get`; a fresh object each time, safe to keep. */
export interface DeliveryState {
  status: DeliveryStatus
  /** Attempts made so far (0 while pending, when disabled, and when refused or dropped before any attempt). */
  attempts: number
  /** HTTP status of the last attempt's answer; absent when it got none (timeout, refused connection, reset). */
  lastStatus?: number
  /** Why the last attempt got no answer, or why the delivery was refused or dropped. */
  lastError?: string
  /** When the last attempt started (scheduler time, epoch ms). */
  lastAttemptAt?: number
  /** When the next attempt is due (epoch ms); only while `failing`. */
  nextAttemptAt?: number
}

export interface Delivery<Id extends DeliveryId = DeliveryId> extends WebhookRequest {
  /** The vendor's handle on the delivery (a payload's id): `onStatus`, `sendNow`, `cancel` and `get` take it. */
  id: Id
  /** This delivery's own attempt limit, e.g. 1 for a one-off test payload that is not to be retried. */
  maxAttempts?: number
}

export interface DeliveryQueueOptions<Id extends DeliveryId = DeliveryId> {
  /** `false`: enqueue reports `disabled` and nothing is ever sent (a vendor's "webhooks off" flag). Default true. */
  enabled?: boolean
  /**
   * Called on every status change, synchronously from `enqueue` for the first one (`pending`, `disabled`, or `failed`
   * when refused) and later from the background. It may call the queue again. Exceptions go to `onError`.
   */
  onStatus?: (id: Id, state: DeliveryState) => void
  /** Where a throwing `onStatus` (or a bug in the queue) is reported; the queue carries on. Default `console.error`. */
  onError?: (error: unknown, id: Id) => void
  /** Time and timers; `manualScheduler()` in tests. Default: real time, `unref()`ed timers. */
  scheduler?: Scheduler
  /** Each attempt (connect, answer, reading its body) is aborted after this long. Real time, not the scheduler's. */
  timeoutMs?: number
  /** Delay after the first failed attempt. */
  firstRetryMs?: number
  /** Each further failure multiplies the delay by this. */
  backoffFactor?: number
  /** Ceiling on the delay between two attempts. */
  maxRetryDelayMs?: number
  /** Attempts per delivery before it is `failed`. */
  maxAttempts?: number
  /** Deliveries held at once (pending, failing or in flight); see `enqueue` for what happens beyond it. */
  maxQueued?: number
  /** Size of the bodies, URLs and headers held at once, counted in UTF-16 units (about their memory in bytes). */
  maxQueuedBytes?: number
  /** Attempts in flight at once; the others wait their turn, oldest due first. */
  maxConcurrent?: number
  /** Largest body accepted by `enqueue`, in UTF-8 bytes. */
  maxBodyBytes?: number
  /** Largest URL plus headers accepted by `enqueue`, in characters. */
  maxHeaderBytes?: number
  /** Bytes of a receiver's answer read (and dropped) per attempt before the rest is cancelled. */
  maxResponseBytes?: number
}

/** The defaults: the retry policy follows a documented "100 attempts", the caps keep a mock server's memory flat. */
export const DELIVERY_DEFAULTS = {
  enabled: true,
  timeoutMs: 5_000,
  firstRetryMs: 2_000,
  backoffFactor: 2,
  maxRetryDelayMs: 60 * 60 * 1000,
  maxAttempts: 100,
  maxQueued: 1_000,
  maxQueuedBytes: 32 * 1024 * 1024,
  maxConcurrent: 4,
  maxBodyBytes: 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  maxResponseBytes: 64 * 1024,
} as const

export interface DeliveryQueue<Id extends DeliveryId = DeliveryId> {
  readonly enabled: boolean
  /**
   * Queues a delivery and returns its first state at once; the first attempt starts on a timer, never on the caller's
   * stack, so the request that caused the delivery is not held up by it. Outcomes:
   * - `pending`: queued.
   * - `disabled`: the queue is disabled; nothing is kept or sent.
   * - `failed` with `lastError`: refused (not an http:/https: URL, credentials in the URL, invalid headers, body or
   *   headers over the caps, queue closed).
   *
   * When the queue is full (`maxQueued` or `maxQueuedBytes`), the OLDEST queued deliveries that are not in flight are
   * dropped to make room, each reported `failed` with the reason: the newest events are the ones a developer is
   * waiting for, and the oldest are the ones that have failed longest. Attempts in flight are never dropped: when the
   * deliveries in flight alone leave no room, the new one is refused instead (and nothing is dropped).
   *
   * Throws (programming errors only) when `id` is already queued (use `sendNow` to re-send it) or `maxAttempts` is
   * not a whole number >= 1.
   */
  enqueue(delivery: Delivery<Id>): DeliveryState
  /**
   * Attempts a queued delivery now, whatever its schedule: ahead of every waiting delivery, as soon as a concurrency
   * slot is free (at once, usually). Resolves with the state after that attempt — callers may ignore the promise —
   * or `undefined` if `id` is not queued (never enqueued, already delivered or failed, cancelled, queue closed). When
   * the delivery is already in flight, resolves with that attempt's outcome instead of sending twice.
   */
  sendNow(id: Id): Promise<DeliveryState | undefined>
  /** Forgets a queued delivery (its webhook was deleted or paused), aborting its attempt if in flight; no status. */
  cancel(id: Id): boolean
  /** The current state of a queued delivery, or `undefined` when the queue no longer holds it. */
  get(id: Id): DeliveryState | undefined
  has(id: Id): boolean
  /** Deliveries held (pending, failing or in flight). */
  readonly size: number
  /** Attempts in flight. */
  readonly inFlight: number
  /**
   * Stops for good: clears every timer, aborts every attempt in flight, forgets every delivery (no status is reported
   * for them: the records keep their last reported state) and resolves once the aborted attempts have settled.
   * Later `enqueue`s are refused (`failed`). Idempotent.
   */
  close(): Promise<void>
}

interface Entry<Id extends DeliveryId> {
  delivery: Delivery<Id>
  maxAttempts: number
  /** Counted against `maxQueuedBytes`. */
  bytes: number
  state: DeliveryState
  /** The timer of the next attempt (first or retry), when one is set. */
  timer?: TimerHandle
  /** Due and waiting in the ready line for a concurrency slot. */
  ready: boolean
  /** The attempt in flight. */
  attempt?: { controller: AbortController; done: Promise<void> }
  /** `sendNow` callers waiting for the next outcome. */
  waiters: ((state: DeliveryState | undefined) => void)[]
}

/**
 * Creates a delivery queue. @example
 * const queue = createDeliveryQueue<number>({ onStatus: (id, s) => records.update(id, s) })
 * queue.enqueue({ id: 7, url: 'https://example.test/hook', headers: { 'content-type': 'application/json' }, body })
 */
export function createDeliveryQueue<Id extends DeliveryId = DeliveryId>(
  options: DeliveryQueueOptions<Id> = {},
): DeliveryQueue<Id> {
  const config = settingsOf(options)
  const scheduler = options.scheduler ?? systemScheduler
  const onError = options.onError ?? ((error, id) => console.error(`webhook delivery ${String(id)}:`, error))
  const backoff = {
    firstRetryMs: config.firstRetryMs,
    factor: config.backoffFactor,
    maxRetryDelayMs: config.maxRetryDelayMs,
  }

  /** Every held delivery, oldest first (a Map keeps insertion order): the order in which a full queue drops them. */
  const entries = new Map<Id, Entry<Id>>()
  /** Due deliveries waiting for a slot, in the order they fell due (`sendNow` cuts in at the front). */
  const readyLine: Entry<Id>[] = []
  const attempts = new Set<Promise<void>>()
  let queuedBytes = 0
  let active = 0
  let closed = false
  let closing: Promise<void> | undefined
  const capacity = `${config.maxQueued} deliveries, ${config.maxQueuedBytes} bytes`

  function emit(id: Id, state: DeliveryState): void {
    try {
      options.onStatus?.(id, { ...state })
    } catch (error) {
      onError(error, id)
    }
  }

  function settle(entry: Entry<Id>, state: DeliveryState | undefined): void {
    for (const resolve of entry.waiters.splice(0)) resolve(state && { ...state })
  }

  /** Takes `entry` out of every table; its attempt, if any, is left to the caller. */
  function remove(entry: Entry<Id>): void {
    if (entry.timer !== undefined) scheduler.clearTimer(entry.timer)
    entry.timer = undefined
    if (entry.ready) readyLine.splice(readyLine.indexOf(entry), 1)
    entry.ready = false
    if (entries.get(entry.delivery.id) === entry) {
      entries.delete(entry.delivery.id)
      queuedBytes -= entry.bytes
    }
  }

  function isCurrent(entry: Entry<Id>): boolean {
    return !closed && entries.get(entry.delivery.id) === entry
  }

  function makeReady(entry: Entry<Id>, first = false): void {
    entry.timer = undefined
    if (!isCurrent(entry) || entry.attempt) return
    if (entry.ready) {
      if (!first) return
      readyLine.splice(readyLine.indexOf(entry), 1)
    }
    entry.ready = true
    if (first) readyLine.unshift(entry)
    else readyLine.push(entry)
    pump()
  }

  /** Starts due attempts while slots are free. */
  function pump(): void {
    while (!closed && active < config.maxConcurrent && readyLine.length > 0) {
      const entry = readyLine.shift()!
      entry.ready = false
      start(entry)
    }
  }

  function start(entry: Entry<Id>): void {
    active++
    const startedAt = scheduler.now()
    const controller = new AbortController()
    const done = sendOnce(entry.delivery, {
      timeoutMs: config.timeoutMs,
      maxResponseBytes: config.maxResponseBytes,
      signal: controller.signal,
    })
      .then((outcome) => finish(entry, outcome, startedAt))
      .catch((error: unknown) => onError(error, entry.delivery.id))
      .finally(() => attempts.delete(done))
    attempts.add(done)
    entry.attempt = { controller, done }
  }

  function finish(entry: Entry<Id>, outcome: AttemptOutcome, startedAt: number): void {
    active--
    entry.attempt = undefined
    if (!isCurrent(entry)) {
      // Cancelled or closed while in flight: nobody wants a status any more; `sendNow` callers get the last one.
      settle(entry, closed ? entry.state : undefined)
      pump()
      return
    }
    const id = entry.delivery.id
    const attemptsMade = entry.state.attempts + 1
    // Only this attempt's answer (or error) is reported: an older status next to a newer error would mislead.
    const last: DeliveryState = { status: 'failing', attempts: attemptsMade, lastAttemptAt: startedAt }
    if (outcome.status !== undefined) last.lastStatus = outcome.status
    if (outcome.error !== undefined) last.lastError = outcome.error
    if (outcome.ok) {
      last.status = 'delivered'
      remove(entry)
    } else if (attemptsMade >= entry.maxAttempts) {
      last.status = 'failed'
      remove(entry)
    } else {
      const delay = backoffDelay(attemptsMade, backoff)
      last.nextAttemptAt = scheduler.now() + delay
      entry.timer = scheduler.setTimer(() => makeReady(entry), delay)
    }
    entry.state = last
    emit(id, last)
    settle(entry, last)
    pump()
  }

  function refuse(id: Id, reason: string): DeliveryState {
    const state: DeliveryState = { status: 'failed', attempts: 0, lastError: reason }
    emit(id, state)
    return state
  }

  /**
   * Drops the oldest deliveries not in flight until `bytes` more fit; false (and nothing dropped) when even dropping
   * all of them would not make room.
   */
  function makeRoom(bytes: number): boolean {
    const fits = (count: number, held: number) => count < config.maxQueued && held + bytes <= config.maxQueuedBytes
    if (fits(entries.size, queuedBytes)) return true
    let flying = 0
    let flyingBytes = 0
    for (const entry of entries.values()) {
      if (entry.attempt) {
        flying++
        flyingBytes += entry.bytes
      }
    }
    if (!fits(flying, flyingBytes)) return false
    while (!fits(entries.size, queuedBytes)) {
      let victim: Entry<Id> | undefined
      for (const entry of entries.values()) {
        if (!entry.attempt) {
          victim = entry
          break
        }
      }
      if (!victim) return false
      remove(victim)
      const { nextAttemptAt: _dropped, ...previous } = victim.state
      const state: DeliveryState = {
        ...previous,
        status: 'failed',
        lastError: `dropped: the delivery queue was full (${capacity})`,
      }
      victim.state = state
      emit(victim.delivery.id, state)
      settle(victim, state)
    }
    return true
  }

  return {
    enabled: config.enabled,

    enqueue(delivery) {
      const { id } = delivery
      const maxAttempts = delivery.maxAttempts ?? config.maxAttempts
      if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1))
        throw new ConfigError(`webhook delivery ${String(id)}: maxAttempts must be a whole number >= 1`)
      if (!config.enabled) {
        const state: DeliveryState = { status: 'disabled', attempts: 0 }
        emit(id, state)
        return state
      }
      if (closed) return refuse(id, 'the delivery queue is closed')
      if (entries.has(id))
        throw new Error(`webhook delivery ${String(id)} is already queued: use sendNow to attempt it again`)
      const reason = refuseReason(delivery, config)
      if (reason) return refuse(id, reason)
      const bytes = approximateBytes(delivery)
      if (!makeRoom(bytes)) return refuse(id, `the delivery queue is full (${capacity}) of deliveries in flight`)
      // A copy: the caller may reuse its object; headers are copied so a later change cannot alter what is signed.
      const entry: Entry<Id> = {
        delivery: { ...delivery, headers: { ...delivery.headers } },
        maxAttempts,
        bytes,
        state: { status: 'pending', attempts: 0 },
        ready: false,
        waiters: [],
      }
      entries.set(id, entry)
      queuedBytes += bytes
      // A timer even for "now": the first attempt must start after the caller's request is answered, not during it.
      entry.timer = scheduler.setTimer(() => makeReady(entry), 0)
      emit(id, entry.state)
      return { ...entry.state }
    },

    sendNow(id) {
      const entry = entries.get(id)
      if (!entry || closed) return Promise.resolve(undefined)
      return new Promise((resolve) => {
        entry.waiters.push(resolve)
        if (entry.attempt) return
        if (entry.timer !== undefined) scheduler.clearTimer(entry.timer)
        makeReady(entry, true)
      })
    },

    cancel(id) {
      const entry = entries.get(id)
      if (!entry) return false
      remove(entry)
      entry.attempt?.controller.abort(new Error('the delivery was cancelled'))
      if (!entry.attempt) settle(entry, undefined)
      return true
    },

    get(id) {
      const entry = entries.get(id)
      return entry && { ...entry.state }
    },

    has(id) {
      return entries.has(id)
    },

    get size() {
      return entries.size
    },

    get inFlight() {
      return active
    },

    close() {
      if (closing) return closing
      closed = true
      for (const entry of [...entries.values()]) {
        remove(entry)
        if (entry.attempt) entry.attempt.controller.abort(new Error('the delivery queue was closed'))
        else settle(entry, entry.state)
      }
      closing = Promise.all([...attempts]).then(() => undefined)
      return closing
    },
  }
}

type Settings = {
  -readonly [K in keyof typeof DELIVERY_DEFAULTS]: (typeof DELIVERY_DEFAULTS)[K] extends number ? number : boolean
}

/** The options with their defaults, checked: a zero timeout or a negative cap is a configuration error, not a bug. */
function settingsOf(options: DeliveryQueueOptions<never>): Settings {
  const d = DELIVERY_DEFAULTS
  const s: Settings = {
    enabled: options.enabled ?? d.enabled,
    timeoutMs: options.timeoutMs ?? d.timeoutMs,
    firstRetryMs: options.firstRetryMs ?? d.firstRetryMs,
    backoffFactor: options.backoffFactor ?? d.backoffFactor,
    maxRetryDelayMs: options.maxRetryDelayMs ?? d.maxRetryDelayMs,
    maxAttempts: options.maxAttempts ?? d.maxAttempts,
    maxQueued: options.maxQueued ?? d.maxQueued,
    maxQueuedBytes: options.maxQueuedBytes ?? d.maxQueuedBytes,
    maxConcurrent: options.maxConcurrent ?? d.maxConcurrent,
    maxBodyBytes: options.maxBodyBytes ?? d.maxBodyBytes,
    maxHeaderBytes: options.maxHeaderBytes ?? d.maxHeaderBytes,
    maxResponseBytes: options.maxResponseBytes ?? d.maxResponseBytes,
  }
  const need = (ok: boolean, key: keyof Settings, rule: string) => {
    if (!ok) throw new ConfigError(`webhook delivery: ${key} must be ${rule}, got ${String(s[key])}`)
  }
  const finite = (n: number, min: number) => Number.isFinite(n) && n >= min
  for (const key of ['timeoutMs', 'maxRetryDelayMs', 'maxQueuedBytes', 'maxBodyBytes', 'maxHeaderBytes'] as const)
    need(finite(s[key], 0) && s[key] > 0, key, 'a finite number > 0')
  for (const key of ['maxAttempts', 'maxQueued', 'maxConcurrent'] as const)
    need(Number.isInteger(s[key]) && s[key] >= 1, key, 'a whole number >= 1')
  need(finite(s.firstRetryMs, 0), 'firstRetryMs', 'a finite number >= 0')
  need(finite(s.backoffFactor, 1), 'backoffFactor', 'a finite number >= 1')
  need(finite(s.maxResponseBytes, 0), 'maxResponseBytes', 'a finite number >= 0')
  // Otherwise a delivery within the per-delivery caps could never fit in the queue at all.
  need(s.maxQueuedBytes >= s.maxBodyBytes + s.maxHeaderBytes, 'maxQueuedBytes', '>= maxBodyBytes + maxHeaderBytes')
  return s
}

/**
 * A delivery's weight against `maxQueuedBytes`: the UTF-16 units of its body, URL and headers. About what the strings
 * take in memory (1 or 2 bytes a unit), and cheap: no encoding of a megabyte body just to weigh it.
 */
function approximateBytes(request: WebhookRequest): number {
  let chars = request.body.length + request.url.length
  for (const [name, value] of Object.entries(request.headers)) chars += name.length + value.length
  return chars
}
