/**
 * Webhooks (001 "Webhooks", 4812-5264): list / create / get / update / delete, the two test operations, the payload
 * queue and re-sending a payload. The mock makes no outbound calls: a "delivery" is recorded on the payload as if the
 * payload URL had answered 200, and the tests answer `"status: 200"` (see NOTES.md). Payloads are queued for real by
 * `queueWebhookPayloads`, which the handlers of subscribed events call (downtimes, here).
 */
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { MockError } from '../../../src/core/errors.ts'
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

interface Secret {
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

function storeSecret(data: AccountData, id: number, secret: string | undefined, sendHeader: boolean | undefined): void {
  const map = secretsOf(data)
  const current = map.get(id)
  const next = { secret: secret ?? current?.secret ?? '', sendHeader: sendHeader ?? current?.sendHeader ?? false }
  if (next.secret) map.set(id, next)
  else map.delete(id)
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
 * Request headers of a delivery (001 4834-4838): User-Agent and Content-Type always; X-ResourceGuru-Signature (HMAC
 * SHA256 hex of the body with the secret) when a secret is set; X-ResourceGuru-Key (the secret) when it is also to be
 * sent in a header (`send_secret_header`).
 */
function deliveryHeaders(secret: Secret | undefined, body: string): Record<string, string> {
  const headers: Record<string, string> = { 'User-Agent': 'ResourceGuru/Webhooks', 'Content-Type': 'application/json' }
  if (secret) {
    if (secret.sendHeader) headers['X-ResourceGuru-Key'] = secret.secret
    headers['X-ResourceGuru-Signature'] = bytesToHex(hmac(sha256, utf8ToBytes(secret.secret), utf8ToBytes(body)))
  }
  return headers
}

/** Records a delivery attempt as answered 200 by the payload URL (the mock never sends it). */
function delivered(ctx: Ctx, payload: WebhookPayload): Partial<WebhookPayload> {
  return {
    attempts: (payload.attempts ?? 0) + 1,
    status: 'delivered',
    last_sent_on: nowIso(ctx.clock),
    response_from_http_client: 200,
    next_try: null,
  }
}

/**
 * Queues one payload per webhook subscribed to `event` (001 4843: "payloads are sent immediately for any of the
 * events that have been subscribed to"). The body is `{id, timestamp, payload: {...record, action, type}}`
 * (001 4844 "Payload format"). A paused webhook keeps its payloads pending: paused means "preventing delivery of
 * events" (001 4958).
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
    const pending: WebhookPayload = {
      ...queued,
      model,
      ...(user ? { user } : {}),
      last_sent_on: null,
      request_headers: deliveryHeaders(secretsOf(data).get(webhook.id), JSON.stringify(model)),
      response_from_http_client: null,
      next_try: null,
    }
    const saved = data.webhookPayloads.update(queued.id, () =>
      webhook.paused ? pending : { ...pending, ...delivered(ctx, pending) },
    )
    if (saved.status === 'delivered') data.webhooks.update(webhook.id, { status: 'success' })
  }
}

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

const updateWebhook: RgHandler<'updateWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const current = data.webhooks.require(idOf(ctx))
  const body = ctx.body
  // Legacy webhooks docs (inv §6): sending user_id, the read-only creator, is answered with 422. It is not a field of
  // the update schema (which does not forbid others), so it is looked for beyond the body's type.
  if ('user_id' in body && body.user_id !== undefined) invalid('user_id cannot be changed')
  storeSecret(data, current.id, body.secret, body.send_secret_header)
  const saved = data.webhooks.update(current.id, {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.payload_url !== undefined ? { payload_url: body.payload_url } : {}),
    ...(body.events !== undefined ? { events: [...new Set(body.events)] } : {}),
    ...(body.paused !== undefined ? { paused: body.paused } : {}),
    updated_at: nowIso(ctx.clock),
  })
  // 001 5096: retry_last "Whether to attempt resending the last payload after updating".
  if (body.retry_last === true) {
    const last = data.webhookPayloads.filter((p) => p.webhook_id === saved.id).at(-1)
    if (last) data.webhookPayloads.update(last.id, delivered(ctx, last))
  }
  return one(data.webhooks, saved)
}

/** Deleting a webhook drops its payload queue as well (inferred: the queue is only reachable through the webhook). */
const deleteWebhook: RgHandler<'deleteWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  for (const payload of data.webhookPayloads.filter((p) => p.webhook_id === webhook.id))
    data.webhookPayloads.delete(payload.id)
  secretsOf(data).delete(webhook.id)
  data.webhooks.delete(webhook.id)
  return noContent()
}

/** 001 5144: "Tests a webhook and returns the status" — the bare JSON string `"status: 200"`; nothing is sent. */
const testWebhook: RgHandler<'testWebhook'> = (ctx) => {
  requireWebhookAdmin(ctx)
  acct(ctx).webhooks.require(idOf(ctx))
  return ctx.json(200, 'status: 200')
}

/** 001 4976: "Sends a test payload to the specified URL and responds with the status code"; nothing is sent. */
const sendWebhookTestPayload: RgHandler<'sendWebhookTestPayload'> = (ctx) => {
  requireWebhookAdmin(ctx)
  return ctx.json(200, 'status: 200')
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

const resendWebhookPayload: RgHandler<'resendWebhookPayload'> = (ctx) => {
  requireWebhookAdmin(ctx)
  const data = acct(ctx)
  const webhook = data.webhooks.require(idOf(ctx))
  const payloadId = ctx.body.id
  const payload = data.webhookPayloads.get(payloadId)
  if (!payload || payload.webhook_id !== webhook.id)
    invalid(`payload ${payloadId} does not belong to webhook ${webhook.id}`)
  data.webhookPayloads.update(payload.id, delivered(ctx, payload))
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
