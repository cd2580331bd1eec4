/**
 * Webhooks (001 "Webhooks", 4812-5264): list / create / get / update / delete, the two test operations, the payload
 * queue and re-sending a payload. The handlers of subscribed events (bookings, clients, projects, resources, downtimes,
 * accounts) call `queueWebhookPayloads`: one payload record per change and webhook, delivered for real in the
 * background (webhooks/delivery.ts) with the documented headers and signature, retried with backoff, its status in the
 * queue following what happened. With the `webhooks: off` option nothing is sent (see NOTES.md "Webhooks (mock)").
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { MockError } from '../../../src/core/errors.ts'
import type { WebhookRequest } from '../../../src/webhooks/index.ts'
import {
  acct,
  created,
  idOf,
  invalid,
  list,
  noContent,
  one,
  page,
  principalOf,
  rgHandlers,
  type Ctx,
  type RgHandler,
} from '../common.ts'
import { nowIso, type AccountData } from '../state.ts'
import type { Webhook, WebhookPayload } from '../types.ts'

type WebhookEvent = Webhook['events'][number]

/**
 * Payload records kept per account, oldest dropped first (its delivery cancelled). The mock's own bound: the vendor
 * keeps 30 days of history (001 4830), which the mock does not model, and every change would otherwise add a record.
 */
export const MAX_WEBHOOK_PAYLOADS = 5_000

interface Secret {
  /** Empty: no secret is set, so no X-ResourceGuru-* header is sent (001 4837-4838). */
  secret: string
  sendHeader: boolean
}

/**
 * Secrets are write-only (the Webhook object has no secret field), so they live beside the records rather than in
 * them. Keyed by the account's data, so a state reset drops them with everything else.
 */
const secrets = new WeakMap<AccountData, Map<number, Secret>>()

function secretsOf(data: AccountData): Map<number, Secret> {
  let map = secrets.get(data)
  if (!map) {
    map = new Map()
    secrets.set(data, map)
  }
  return map
}

/** Stores what was sent; returns whether the signing changed (the secret, or whether it goes in a header). */
function storeSecret(
  data: AccountData,
  id: number,
  secret: string | undefined,
  sendHeader: boolean | undefined,
): boolean {
  const map = secretsOf(data)
  const current = map.get(id) ?? { secret: '', sendHeader: false }
  const next = { secret: secret ?? current.secret, sendHeader: sendHeader ?? current.sendHeader }
  map.set(id, next)
  return next.secret !== current.secret || (next.secret !== '' && next.sendHeader !== current.sendHeader)
}

/** 001 4816: "Account owners and users with administrative privileges can create new webhooks". */
function requireWebhookAdmin(ctx: Ctx): void {
  const user = ctx.state.logins.get(principalOf(ctx).userId)?.user
  const owner = user?.owner === true || user?.owner === 'true'
  if (!owner && user?.permissions !== 'administrator') {
    throw new MockError('forbidden', 'Only the account owner and administrators can manage webhooks')
  }
}

/**
 * Request headers of a delivery (001 4834-4838): User-Agent and Content-Type always; when a secret is set,
 * X-ResourceGuru-Signature (hex HMAC-SHA256 of the body under the secret, 001 4842) and, when it is to be sent in a
 * header (`send_secret_header`), X-ResourceGuru-Key (the secret).
 */
function deliveryHeaders(secret: Secret | undefined, body: string): Record<string, string> {
  const headers: Record<string, string> = { 'User-Agent': 'ResourceGuru/Webhooks', 'Content-Type': 'application/json' }
  if (secret?.secret) {
    if (secret.sendHeader) headers['X-ResourceGuru-Key'] = secret.secret
    headers['X-ResourceGuru-Signature'] = bytesToHex(hmac(sha256, utf8ToBytes(secret.secret), utf8ToBytes(body)))
  }
  return headers
}

/** The request that delivers `payload` now: the webhook's current URL and secret (a re-send follows an update). */
function requestFor(data: AccountData, webhook: Webhook, payload: WebhookPayload): WebhookRequest {
  const body = JSON.stringify(payload.model ?? {})
  return { url: webhook.payload_url, headers: deliveryHeaders(secretsOf(data).get(webhook.id), body), body }
}

/**
 * Puts a payload on the delivery queue (replacing its queued delivery, if any) and records the headers it is sent
 * with. `hold`: a single attempt, not retried automatically (an explicit re-send while the webhook is paused).
 */
function dispatch(ctx: Ctx, data: AccountData, webhook: Webhook, payload: WebhookPayload, hold = false): void {
  const delivery = ctx.state.webhookDelivery
  if (!delivery.enabled) return
  const request = requestFor(data, webhook, payload)
  data.webhookPayloads.update(payload.id, { request_headers: request.headers })
  delivery.enqueue(data, payload.id, request, hold)
}

/** Re-sends a payload (Re-send, `retry_last`): attempted now, whatever its status (inferred: also when paused). */
function resend(ctx: Ctx, data: AccountData, webhook: Webhook, payload: WebhookPayload): void {
  const delivery = ctx.state.webhookDelivery
  if (delivery.has(data, payload.id)) delivery.sendNow(data, payload.id)
  else dispatch(ctx, data, webhook, payload, webhook.paused === true)
}

/** Drops the oldest payload records beyond `MAX_WEBHOOK_PAYLOADS`, cancelling their deliveries. */
function trimHistory(ctx: Ctx, data: AccountData): void {
  while (data.webhookPayloads.size > MAX_WEBHOOK_PAYLOADS) {
    const oldest = data.webhookPayloads.all()[0]
    if (!oldest) return
    ctx.state.webhookDelivery.cancel(data, oldest.id)
    data.webhookPayloads.delete(oldest.id)
  }
}

/**
 * Queues one payload per webhook subscribed to `event` (001 4830: "payloads are sent immediately for any of the
 * events that have been subscribed to") and starts its delivery in the background: the request that made the change
 * is answered without waiting for it. The body is `{id, timestamp, payload: {...record, action, type}}` (001 4844
 * "Payload format"). A paused webhook's payloads stay pending ("preventing delivery of events", 001 4958) until it
 * is unpaused (inferred).
 */
export function queueWebhookPayloads(
  ctx: Ctx,
  data: AccountData,
  event: WebhookEvent,
  type: string,
  action: 'create' | 'update' | 'delete',
  record: object,
): void {
  const login = ctx.state.logins.get(principalOf(ctx).userId)
  const user = login
    ? { id: login.user.id, name: `${login.user.first_name} ${login.user.last_name}`, email: login.user.email }
    : undefined
  for (const webhook of data.webhooks.filter((w) => w.events.includes(event))) {
    const queued = data.webhookPayloads.insert({
      account_id: data.account.id,
      webhook_id: webhook.id,
      action,
      attempts: 0,
      status: 'pending',
      created_at: nowIso(ctx.clock),
    })
    const model = { id: queued.id, timestamp: Math.floor(ctx.clock.now() / 1000), payload: { ...record, action, type } }
    const pending = data.webhookPayloads.update(queued.id, {
      ...queued,
      model,
      ...(user ? { user } : {}),
      last_sent_on: null,
      request_headers: deliveryHeaders(secretsOf(data).get(webhook.id), JSON.stringify(model)),
      response_from_http_client: null,
      next_try: null,
    })
    trimHistory(ctx, data)
    if (!webhook.paused) dispatch(ctx, data, webhook, pending)
  }
}

/** The payload records of a webhook still to be delivered (never tried, or retried). */
const undelivered = (data: AccountData, webhookId: number) =>
  data.webhookPayloads.filter((p) => p.webhook_id === webhookId && (p.status === 'pending' || p.status === 'failing'))

const listWebhooks: RgHandler<'listWebhooks'> = (ctx) => {
  const data = acct(ctx)
  return list(data.webhooks, data.webhooks.all())
}

const createWebhook: RgHandler<'createWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const body = ctx.body
  const now = nowIso(ctx.clock)
  const webhook = data.webhooks.insert({
    name: body.name,
    payload_url: body.payload_url,
    account_id: data.account.id,
    user_id: principalOf(ctx).userId,
    events: [...new Set(body.events)],
    url: '',
    created_at: now,
    updated_at: now,
    // Legacy status values: ready | success | retrying | failed; nothing has been sent yet.
    status: 'ready',
    paused: body.paused,
  })
  storeSecret(data, webhook.id, body.secret, body.send_secret_header)
  const saved = data.webhooks.update(webhook.id, {
    url: `${ctx.baseUrl}/v1/${data.account.subdomain}/webhooks/${webhook.id}`,
  })
  return created(ctx, data.webhooks, saved, 'webhooks')
}

const getWebhook: RgHandler<'getWebhook'> = (ctx) => {
  const data = acct(ctx)
  return one(data.webhooks, data.webhooks.require(idOf(ctx)))
}

/**
 * Besides the fields: pausing stops the webhook's deliveries (its payloads keep their status, with no `next_try`);
 * unpausing, or a new payload URL or secret on an unpaused webhook, (re)sends at once every payload still pending or
 * failing, to the current URL with the current signature (inferred: "paused, preventing delivery of events").
 */
const updateWebhook: RgHandler<'updateWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const current = data.webhooks.require(idOf(ctx))
  const body = ctx.body
  // Legacy webhooks docs (inv §6): sending user_id, the read-only creator, is answered with 422. It is not a field of
  // the update schema (which does not forbid others), so it is looked for beyond the body's type.
  if ('user_id' in body && body.user_id !== undefined) invalid('user_id cannot be changed')
  const signingChanged = storeSecret(data, current.id, body.secret, body.send_secret_header)
  const saved = data.webhooks.update(current.id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.payload_url !== undefined ? { payload_url: body.payload_url } : {}),
    ...(body.events !== undefined ? { events: [...new Set(body.events)] } : {}),
    ...(body.paused !== undefined ? { paused: body.paused } : {}),
    updated_at: nowIso(ctx.clock),
  })
  const delivery = ctx.state.webhookDelivery
  if (saved.paused && !current.paused) {
    for (const payload of undelivered(data, saved.id))
      if (delivery.cancel(data, payload.id)) data.webhookPayloads.update(payload.id, { next_try: null })
  } else if (!saved.paused && (current.paused || signingChanged || saved.payload_url !== current.payload_url)) {
    for (const payload of undelivered(data, saved.id)) dispatch(ctx, data, saved, payload)
  }
  // 001 5096: retry_last "Whether to attempt resending the last payload after updating".
  if (body.retry_last === true) {
    const last = data.webhookPayloads.filter((p) => p.webhook_id === saved.id).at(-1)
    if (last) resend(ctx, data, saved, last)
  }
  return one(data.webhooks, saved)
}

/** Deleting a webhook drops its payload queue as well (inferred: the queue is only reachable through the webhook). */
const deleteWebhook: RgHandler<'deleteWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  for (const payload of data.webhookPayloads.filter((p) => p.webhook_id === webhook.id)) {
    ctx.state.webhookDelivery.cancel(data, payload.id)
    data.webhookPayloads.delete(payload.id)
  }
  secretsOf(data).delete(webhook.id)
  data.webhooks.delete(webhook.id)
  return noContent()
}

/**
 * The body of a test payload (the mock's own: the vendor documents none). Shaped like a delivery, with id 0 (no
 * payload record) and `action`/`type` "test", so a receiver can tell it from a change.
 */
function testBody(ctx: Ctx): string {
  return JSON.stringify({
    id: 0,
    timestamp: Math.floor(ctx.clock.now() / 1000),
    payload: { action: 'test', type: 'test' },
  })
}

/**
 * 001 5144: "Tests a webhook and returns the status, or a 500 if there are problems connecting to the URL". One
 * signed test payload is sent to the payload URL (not retried), and the answer waits for it (at most the attempt
 * timeout): `"status: <its status>"`, or 500 when it did not answer. With `webhooks: off`, `"status: 200"` at once.
 */
const testWebhook: RgHandler<'testWebhook'> = async (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  if (!ctx.state.webhookDelivery.enabled) return ctx.json(200, 'status: 200')
  const body = testBody(ctx)
  const outcome = await ctx.state.webhookDelivery.test({
    url: webhook.payload_url,
    headers: deliveryHeaders(secretsOf(data).get(webhook.id), body),
    body,
  })
  if (outcome.status !== undefined) return ctx.json(200, `status: ${outcome.status}`)
  return ctx.json(500, {
    errors: [`There were problems connecting to the payload URL: ${outcome.error ?? 'no answer'}`],
  })
}

/**
 * 001 4976: "Sends a test payload to the specified URL and responds with the status code of the request"; the only
 * sample is `{"errors": [...]}`. Inferred: 200 `{"errors": []}` when the URL answered 2xx, 422 naming its status
 * otherwise, 500 when it did not answer (as Test webhook). No secret, so no signature. Off: 200 at once.
 */
const sendWebhookTestPayload: RgHandler<'sendWebhookTestPayload'> = async (ctx) => {
  requireWebhookAdmin(ctx)
  if (!ctx.state.webhookDelivery.enabled) return ctx.json(200, { errors: [] })
  const body = testBody(ctx)
  const outcome = await ctx.state.webhookDelivery.test({
    url: ctx.body.payload_url,
    headers: deliveryHeaders(undefined, body),
    body,
  })
  if (outcome.status === undefined)
    return ctx.json(500, {
      errors: [`There were problems connecting to the payload URL: ${outcome.error ?? 'no answer'}`],
    })
  if (outcome.status < 200 || outcome.status > 299)
    return ctx.json(422, { errors: [`The payload URL answered with status ${outcome.status}`] })
  return ctx.json(200, { errors: [] })
}

const listWebhookPayloads: RgHandler<'listWebhookPayloads'> = (ctx) => {
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  return list(
    data.webhookPayloads,
    page(
      ctx,
      data.webhookPayloads.filter((p) => p.webhook_id === webhook.id),
    ),
  )
}

/** 001 5218: "Will attempt to resend a previously sent payload": sent at once, then retried as any payload. */
const resendWebhookPayload: RgHandler<'resendWebhookPayload'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  const payloadId = ctx.body.id
  const payload = data.webhookPayloads.get(payloadId)
  if (!payload || payload.webhook_id !== webhook.id)
    invalid(`payload ${payloadId} does not belong to webhook ${webhook.id}`)
  resend(ctx, data, webhook, payload)
  return noContent()
}

export const webhookHandlers = rgHandlers({
  listWebhooks,
  createWebhook,
  sendWebhookTestPayload,
  getWebhook,
  updateWebhook,
  deleteWebhook,
  testWebhook,
  listWebhookPayloads,
  resendWebhookPayload,
})
