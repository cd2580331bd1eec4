/**
 * Resource Guru's webhook deliveries, on the engine's generic delivery queue (src/webhooks): each payload record of a
 * webhook is POSTed to its payload URL in the background, retried with backoff, and what happened shows in the record
 * (`GET …/webhooks/{id}/queue`: status, attempts, last_sent_on, response_from_http_client, next_try) and in its
 * webhook's status. The handlers (handlers/webhooks.ts) decide what is sent and when; this module only sends and
 * records. One queue per state: a reset closes it (the plug-in's `dispose`), so no delivery outlives its records.
 */
import type { Clock } from '../../../src/core/clock.ts'
import {
  createDeliveryQueue,
  systemScheduler,
  type DeliveryQueue,
  type DeliveryState,
  type Scheduler,
  type WebhookRequest,
} from '../../../src/webhooks/index.ts'
import type { RgOptions } from '../defaults.ts'
import type { AccountData } from '../state.ts'
import type { Webhook, WebhookPayload } from '../types.ts'

/** What a test delivery (Test webhook, Send test payload) came to. */
export interface TestOutcome {
  /** The payload URL's HTTP status, when it answered at all. */
  status?: number
  /** Why there was no answer (refused, timed out, not an http(s) URL, queue closed). */
  error?: string
}

export interface WebhookDelivery {
  /** `false` with `webhooks: off`: nothing is ever sent. */
  readonly enabled: boolean
  /**
   * Queues the payload record `payloadId` of `data` for delivery (first attempt at once, in the background). With
   * `hold`, a failure is not retried automatically: the record shows `failing` with no `next_try` (a re-send while
   * the webhook is paused). No-op when disabled.
   */
  enqueue(data: AccountData, payloadId: number, request: WebhookRequest, hold?: boolean): void
  /** Whether the payload is queued (pending, failing or in flight). */
  has(data: AccountData, payloadId: number): boolean
  /** Attempts a queued payload now, ahead of its schedule; the promise may be ignored. */
  sendNow(data: AccountData, payloadId: number): void
  /** Stops delivering a payload (its webhook was deleted or paused, or its record dropped); false if not queued. */
  cancel(data: AccountData, payloadId: number): boolean
  /** Sends one test request, never retried, and resolves with what came of it. */
  test(request: WebhookRequest): Promise<TestOutcome>
  /** Held deliveries and attempts in flight (for the state endpoint). */
  stats(): { enabled: boolean; queued: number; inFlight: number }
  /** Stops for good (engine reset and shutdown): timers cleared, attempts aborted, records left as last reported. */
  close(): Promise<void>
}

interface Context {
  data: AccountData
  payloadId: number
  /** The record's attempts before this run of the queue (a re-send adds to them). */
  base: number
  hold: boolean
}

type Status = WebhookPayload['status']

/** The webhook's status after one of its payloads changed (legacy webhooks docs: ready, success, retrying, failed). */
const WEBHOOK_STATUS: Partial<Record<Status, Webhook['status']>> = {
  delivered: 'success',
  failing: 'retrying',
  failed: 'failed',
}

const iso = (ms: number) => new Date(ms).toISOString()

export function createWebhookDelivery(options: RgOptions, clock: Clock): WebhookDelivery {
  // Timers are real; timestamps are the mock's clock, like every other date in the records.
  const scheduler: Scheduler = {
    now: () => clock.now(),
    setTimer: systemScheduler.setTimer,
    clearTimer: systemScheduler.clearTimer,
  }
  const contexts = new Map<string, Context>()
  let tests = 0

  const keyOf = (data: AccountData, payloadId: number) => `${data.account.id}:${payloadId}`

  function record(key: string, state: DeliveryState): void {
    const context = contexts.get(key)
    if (!context) return // a test delivery, or one cancelled meanwhile
    const { data, payloadId, base } = context
    const current = data.webhookPayloads.get(payloadId)
    if (!current) {
      contexts.delete(key)
      return
    }
    const final = state.status === 'delivered' || state.status === 'failed'
    if (final) contexts.delete(key)
    // A held re-send (paused webhook) that failed waits for the webhook to be unpaused: failing, nothing scheduled.
    const status: Status =
      state.status === 'disabled' ? 'pending' : state.status === 'failed' && context.hold ? 'failing' : state.status
    const nextTry =
      status === 'failing' && state.nextAttemptAt !== undefined
        ? iso(state.nextAttemptAt)
        : status === 'pending' && state.status === 'pending'
          ? iso(scheduler.now())
          : null
    const saved = data.webhookPayloads.update(payloadId, {
      status,
      attempts: base + state.attempts,
      ...(state.lastAttemptAt !== undefined ? { last_sent_on: iso(state.lastAttemptAt) } : {}),
      // Only this attempt's answer: none (a timeout, a refused connection) is null, not the previous answer.
      ...(state.lastAttemptAt !== undefined ? { response_from_http_client: state.lastStatus ?? null } : {}),
      next_try: nextTry,
    })
    const webhookStatus = WEBHOOK_STATUS[status]
    if (webhookStatus && saved.webhook_id !== undefined && data.webhooks.get(saved.webhook_id))
      data.webhooks.update(saved.webhook_id, { status: webhookStatus })
  }

  const queue: DeliveryQueue<string> = createDeliveryQueue<string>({
    enabled: options.webhooks === 'on',
    scheduler,
    onStatus: record,
    maxAttempts: options.webhookAttempts,
    firstRetryMs: options.webhookRetryMs,
    timeoutMs: options.webhookTimeoutMs,
  })

  return {
    enabled: queue.enabled,
    enqueue(data, payloadId, request, hold = false) {
      if (!queue.enabled) return
      const key = keyOf(data, payloadId)
      if (queue.has(key)) queue.cancel(key)
      const current = data.webhookPayloads.get(payloadId)
      // Before enqueueing: the queue reports the first status synchronously from `enqueue`.
      contexts.set(key, { data, payloadId, base: current?.attempts ?? 0, hold })
      queue.enqueue({ id: key, ...request, ...(hold ? { maxAttempts: 1 } : {}) })
    },
    has: (data, payloadId) => queue.has(keyOf(data, payloadId)),
    sendNow(data, payloadId) {
      void queue.sendNow(keyOf(data, payloadId))
    },
    cancel(data, payloadId) {
      const key = keyOf(data, payloadId)
      contexts.delete(key)
      return queue.cancel(key)
    },
    async test(request) {
      const id = `test:${++tests}`
      const first = queue.enqueue({ id, ...request, maxAttempts: 1 })
      if (first.status === 'disabled') return { error: 'webhook delivery is off' }
      const state = first.status === 'pending' ? ((await queue.sendNow(id)) ?? first) : first
      if (state.lastStatus !== undefined) return { status: state.lastStatus }
      return { error: state.lastError ?? 'the delivery queue was closed' }
    },
    stats: () => ({ enabled: queue.enabled, queued: queue.size, inFlight: queue.inFlight }),
    close() {
      contexts.clear()
      return queue.close()
    },
  }
}
