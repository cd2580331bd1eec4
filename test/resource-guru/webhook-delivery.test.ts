/**
 * Resource Guru webhooks delivered for real: a receiver on 127.0.0.1 gets each payload with the documented headers and
 * signature, failures are retried with backoff until delivered or failed, the payload queue shows what happened, the
 * test operations and re-sends really send, `webhooks: off` sends nothing, and a hanging receiver never holds up the
 * API. Both targets (node:http server, MSW handlers) run the same engine; deliveries go out through the real fetch.
 */
import { createHmac } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  hang,
  ok,
  startReceiver,
  statuses,
  warmUpFetch,
  type Answer,
  type Receiver,
  type ReceivedRequest,
} from '../../src/webhooks/test-receiver.ts'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget, type Target } from '../support/targets.ts'

interface Payload {
  id: number
  webhook_id: number
  action: string
  status: string
  attempts: number
  last_sent_on: string | null
  response_from_http_client: number | null
  next_try: string | null
  model: { id: number; timestamp: number; payload: { id: number; action: string; type: string } }
  request_headers: Record<string, string>
}

/**
 * Short delays so retries happen within a test: first retry after 100 ms, then 200, 400; 4 attempts in all. A high
 * rate limit, as the tests poll the payload queue.
 */
const FAST = { webhooks: 'on', webhookRetryMs: 100, webhookAttempts: 4, webhookTimeoutMs: 2_000, rateLimit: 100_000 }
const ALL_EVENTS = ['bookings', 'downtimes', 'resources', 'projects', 'clients', 'accounts', 'resource_types']

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `probe` until it returns something, or fails after `timeoutMs`. */
async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

/** A receiver that answers after `ms` (a slow receiver whose hang ends). */
const answerAfter =
  (ms: number): Answer =>
  (_req, res) =>
    void setTimeout(() => res.writeHead(200).end(), ms)

function helpers(t: Target) {
  const createHook = async (url: string, body: Record<string, unknown> = {}) => {
    const response = await send(t, 'POST', `${ACCOUNT}/webhooks`, {
      name: 'Receiver',
      payload_url: url,
      events: ['clients'],
      secret: 's3cret',
      send_secret_header: true,
      paused: false,
      ...body,
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { id: number }).id
  }
  const queue = async (id: number) =>
    (await (await send(t, 'GET', `${ACCOUNT}/webhooks/${id}/queue`)).json()) as Payload[]
  const webhookStatus = async (id: number) =>
    ((await (await send(t, 'GET', `${ACCOUNT}/webhooks/${id}`)).json()) as { status: string }).status
  const createClient = async (name = 'Acme') => {
    const response = await send(t, 'POST', `${ACCOUNT}/clients`, { name })
    expect(response.status).toBe(201)
    return ((await response.json()) as { id: number }).id
  }
  /** The first payload of webhook `id` once `test` holds for it. */
  const payloadWhen = (id: number, test: (p: Payload) => boolean, what: string) =>
    until(async () => {
      const [first] = await queue(id)
      return first && test(first) ? first : undefined
    }, what)
  return { createHook, queue, webhookStatus, createClient, payloadWhen }
}

beforeAll(async () => {
  await warmUpFetch()
})

describe.each(TARGETS)('Resource Guru webhook delivery (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru', { options: FAST })
  const { createHook, queue, webhookStatus, createClient, payloadWhen } = helpers(t)
  let receiver: Receiver

  beforeEach(async () => {
    receiver = await startReceiver(ok)
  })
  afterEach(async () => {
    // Closes the queue first, so no delivery is left trying the closed receiver.
    t.engine.reset()
    await receiver.close()
  })

  it('leaves the seeded webhook paused: it calls no host the user did not name', async () => {
    expect(await (await send(t, 'GET', `${ACCOUNT}/webhooks/1`)).json()).toMatchObject({ paused: true })
  })

  it('delivers one signed payload per change, for every event type the mock produces', async () => {
    const hook = await createHook(receiver.url, { events: ALL_EVENTS })
    const [account] = (await (await send(t, 'GET', '/v1/accounts')).json()) as { id: number }[]
    const clientId = await createClient()
    expect((await send(t, 'PUT', `${ACCOUNT}/clients/${clientId}`, { name: 'Acme Ltd' })).status).toBe(200)
    expect((await send(t, 'POST', `${ACCOUNT}/projects`, { name: 'Apollo', client_id: clientId })).status).toBe(201)
    const resource = await send(t, 'POST', `${ACCOUNT}/resources`, {
      resource_type_id: 1,
      first_name: 'Ada',
      last_name: 'Lovelace',
    })
    expect(resource.status).toBe(201)
    const resourceId = ((await resource.json()) as { id: number }).id
    const booking = { resource_id: resourceId, start_date: '2031-03-03', end_date: '2031-03-03', duration: 60 }
    expect((await send(t, 'POST', `${ACCOUNT}/bookings`, booking)).status).toBe(201)
    const timeOff = {
      from: '2031-04-07',
      to: '2031-04-07',
      start_time: 0,
      end_time: 1440,
      resource_ids: [resourceId],
      downtime_type_id: 4,
    }
    expect((await send(t, 'POST', `${ACCOUNT}/downtimes`, timeOff)).status).toBe(201)
    const approvals = { booking_approvals: false, default_booking_approver_ids: [1], apply_to_all_resources: false }
    expect((await send(t, 'PUT', `/v1/accounts/${account?.id}`, approvals)).status).toBe(200)
    expect((await send(t, 'DELETE', `${ACCOUNT}/clients/${clientId}`)).status).toBe(204)

    const expected = [
      'create client',
      'update client',
      'create project',
      'create resource',
      'create booking',
      'create downtime',
      'update account',
      'delete client',
    ]
    await receiver.waitFor(expected.length)
    await sleep(200)
    expect(receiver.requests).toHaveLength(expected.length)
    const bodies = receiver.requests.map((r) => JSON.parse(r.body) as Payload['model'])
    // Delivered concurrently, so possibly out of order: compared by payload id.
    bodies.sort((a, b) => a.id - b.id)
    expect(bodies.map((b) => `${b.payload.action} ${b.payload.type}`)).toEqual(expected)
    for (const request of receiver.requests) {
      expect(request.method).toBe('POST')
      expect(request.path).toBe('/hook')
      expect(request.headers['user-agent']).toBe('ResourceGuru/Webhooks')
      expect(request.headers['content-type']).toBe('application/json')
      expect(request.headers['x-resourceguru-key']).toBe('s3cret')
      expect(request.headers['x-resourceguru-signature']).toBe(sign('s3cret', request.body))
    }
    // The queue lists the same payloads, each delivered once.
    const payloads = await until(async () => {
      const all = await queue(hook)
      return all.every((p) => p.status === 'delivered') ? all : undefined
    }, 'every payload delivered')
    expect(payloads.map((p) => p.model)).toEqual(bodies)
    for (const payload of payloads) {
      expect(payload).toMatchObject({ attempts: 1, response_from_http_client: 200, next_try: null })
      expect(payload.last_sent_on).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
    expect(await webhookStatus(hook)).toBe('success')
  })

  it('sends no signature without a secret, and the key header only with send_secret_header', async () => {
    await createHook(receiver.url, { secret: '' })
    await createHook(receiver.url, { send_secret_header: false })
    await createClient()
    await receiver.waitFor(2)
    const headerSets = receiver.requests.map((r) =>
      Object.keys(r.headers)
        .filter((h) => h.startsWith('x-resourceguru'))
        .sort(),
    )
    expect(headerSets).toEqual(expect.arrayContaining([[], ['x-resourceguru-signature']]))
  })

  it('retries a failing payload with backoff until it is delivered; the queue follows each step', async () => {
    receiver.answer = statuses(500)
    const hook = await createHook(receiver.url)
    await createClient()
    await receiver.waitFor(2)
    const failing = await payloadWhen(hook, (p) => p.status === 'failing' && p.attempts === 2, 'a failing payload')
    expect(failing.response_from_http_client).toBe(500)
    expect(failing.next_try).not.toBeNull()
    expect(Date.parse(failing.next_try as string)).toBeGreaterThan(Date.parse(failing.last_sent_on as string))
    expect(await webhookStatus(hook)).toBe('retrying')

    receiver.answer = ok
    await receiver.waitFor(3)
    const delivered = await payloadWhen(hook, (p) => p.status === 'delivered', 'the payload delivered')
    expect(delivered).toMatchObject({ attempts: 3, response_from_http_client: 200, next_try: null })
    expect(await webhookStatus(hook)).toBe('success')
    // Backoff: 100 ms after the first failure, 200 ms after the second (timers never fire early).
    const [a, b, c] = receiver.requests.map((r) => r.at) as [number, number, number]
    expect(b - a).toBeGreaterThanOrEqual(90)
    expect(c - b).toBeGreaterThanOrEqual(180)
    // The same signed body each time.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1)
  })

  it('marks a payload failed once its attempts are used up (failing → failed), with no answer as null', async () => {
    receiver.answer = statuses(503, 503, 503, 503)
    const hook = await createHook(receiver.url)
    await createClient()
    await receiver.waitFor(4)
    const failed = await payloadWhen(hook, (p) => p.status === 'failed', 'the payload failed')
    expect(failed).toMatchObject({ attempts: 4, response_from_http_client: 503, next_try: null })
    expect(await webhookStatus(hook)).toBe('failed')
    await sleep(1_000) // the next retry would have been due 800 ms after the fourth attempt
    expect(receiver.requests).toHaveLength(4)

    // A URL where nothing listens: every attempt gets no answer, so no status code.
    const closed = await startReceiver(ok)
    await closed.close()
    const dead = await createHook(`${closed.origin}/hook`)
    const before = receiver.requests.length
    await createClient('Second')
    const unanswered = await until(
      async () => (await queue(dead)).find((p) => p.status === 'failed'),
      'the payload to a dead URL failed',
    )
    expect(unanswered).toMatchObject({ attempts: 4, response_from_http_client: null })
    await receiver.waitFor(before + 4) // the first webhook gets the second change too, and fails it the same way
  })

  it('Test webhook sends one signed test payload and answers with its status; 500 when nothing answers', async () => {
    receiver.answer = statuses(201, 404)
    const hook = await createHook(receiver.url)
    const first = await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/test`)
    expect(first.status).toBe(200)
    expect(await first.json()).toBe('status: 201')
    const [request] = receiver.requests as [ReceivedRequest]
    expect(request.headers['x-resourceguru-signature']).toBe(sign('s3cret', request.body))
    expect(JSON.parse(request.body)).toMatchObject({ id: 0, payload: { action: 'test', type: 'test' } })
    expect(await (await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/test`)).json()).toBe('status: 404')
    // Not retried, and not a payload of the webhook.
    await sleep(300)
    expect(receiver.requests).toHaveLength(2)
    expect(await queue(hook)).toEqual([])

    const closed = await startReceiver(ok)
    await closed.close()
    expect((await send(t, 'PUT', `${ACCOUNT}/webhooks/${hook}`, { payload_url: `${closed.origin}/x` })).status).toBe(
      200,
    )
    const unreachable = await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/test`)
    expect(unreachable.status).toBe(500)
    const { errors } = (await unreachable.json()) as { errors: string[] }
    expect(errors[0]).toMatch(/problems connecting to the payload URL/)
  })

  it('Send test payload posts to the URL given: {errors: []} on 2xx, 422 on another status, 500 on no answer', async () => {
    receiver.answer = statuses(204, 410)
    const test = (payload_url: string) => send(t, 'POST', `${ACCOUNT}/webhooks/test`, { payload_url })
    const delivered = await test(receiver.url)
    expect(delivered.status).toBe(200)
    expect(await delivered.json()).toEqual({ errors: [] })
    const [request] = receiver.requests as [ReceivedRequest]
    expect(request.headers['user-agent']).toBe('ResourceGuru/Webhooks')
    expect(request.headers['x-resourceguru-signature']).toBeUndefined()

    const refused = await test(receiver.url)
    expect(refused.status).toBe(422)
    expect(await refused.json()).toEqual({ errors: ['The payload URL answered with status 410'] })

    const closed = await startReceiver(ok)
    await closed.close()
    expect((await test(`${closed.origin}/x`)).status).toBe(500)
    expect((await test('ftp://example.com/x')).status).toBe(500)
  })

  it('Re-send and retry_last send the payload again, to the current URL and with the current secret', async () => {
    const hook = await createHook(receiver.url)
    await createClient()
    // Delivered first: a re-send of a payload whose attempt is in flight waits for that attempt rather than send twice.
    const payload = await payloadWhen(hook, (p) => p.status === 'delivered', 'the payload delivered')
    expect((await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/resend`, { id: payload.id })).status).toBe(204)
    await receiver.waitFor(2)
    expect(receiver.requests[1]?.body).toBe(receiver.requests[0]?.body)
    await payloadWhen(hook, (p) => p.status === 'delivered' && p.attempts === 2, 'the re-sent payload delivered')

    const other = await startReceiver(ok)
    try {
      const update = { payload_url: other.url, secret: 'n3w', retry_last: true }
      expect((await send(t, 'PUT', `${ACCOUNT}/webhooks/${hook}`, update)).status).toBe(200)
      await other.waitFor(1)
      const [moved] = other.requests as [ReceivedRequest]
      expect(moved.body).toBe(receiver.requests[0]?.body)
      expect(moved.headers['x-resourceguru-signature']).toBe(sign('n3w', moved.body))
      const after = await payloadWhen(hook, (p) => p.attempts === 3, 'the retried payload')
      expect(after).toMatchObject({ status: 'delivered', response_from_http_client: 200 })
      expect(after.request_headers['X-ResourceGuru-Key']).toBe('n3w')
      expect(receiver.requests).toHaveLength(2)
    } finally {
      t.engine.reset()
      await other.close()
    }
  })

  it('holds a paused webhook’s payloads pending and sends them once it is unpaused', async () => {
    const hook = await createHook(receiver.url, { paused: true })
    await createClient()
    await sleep(200)
    expect(receiver.requests).toHaveLength(0)
    expect((await queue(hook))[0]).toMatchObject({ status: 'pending', attempts: 0, next_try: null })
    expect((await send(t, 'PUT', `${ACCOUNT}/webhooks/${hook}`, { paused: false })).status).toBe(200)
    await receiver.waitFor(1)
    await payloadWhen(hook, (p) => p.status === 'delivered', 'the held payload delivered')
  })

  it('answers the request that caused a delivery while the receiver hangs', async () => {
    const HANG_MS = 1_500 // within the attempt timeout (2 s), so the attempts succeed once it ends
    receiver.answer = answerAfter(HANG_MS)
    const hook = await createHook(receiver.url)
    await createClient('First')
    const answered = performance.now()
    await receiver.waitFor(1)
    const hangEnds = (receiver.requests[0] as ReceivedRequest).at + HANG_MS
    // More changes while the receiver hangs: each answered at once, the deliveries waiting in the background.
    for (let i = 0; i < 3; i++) await createClient(`Client ${i}`)
    const allAnswered = performance.now()
    // The API answered well before the receiver's hang ended (the delivery starts only after the answer).
    expect(hangEnds - answered).toBeGreaterThan(HANG_MS - 100)
    expect(hangEnds - allAnswered).toBeGreaterThan(HANG_MS / 2)
    expect((await queue(hook)).every((p) => p.status === 'pending')).toBe(true)
    const all = await until(async () => {
      const payloads = await queue(hook)
      return payloads.every((p) => p.status === 'delivered') ? payloads : undefined
    }, 'every payload delivered after the hang')
    expect(all).toHaveLength(4)
    expect(performance.now()).toBeGreaterThanOrEqual(hangEnds)
  })

  it('stops delivering on reset: the attempt in flight is aborted and nothing more is sent', async () => {
    receiver.answer = hang
    await createHook(receiver.url)
    await createClient()
    await receiver.waitFor(1)
    expect(receiver.open).toBe(1)
    t.engine.reset()
    await until(async () => (receiver.open === 0 ? true : undefined), 'the hanging attempt aborted', 2_000)
    await sleep(300)
    expect(receiver.requests).toHaveLength(1)
  })
})

describe.each(TARGETS)('Resource Guru webhooks off (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru', { options: { ...FAST, webhooks: 'off' } })
  const { createHook, queue, webhookStatus, createClient } = helpers(t)
  let receiver: Receiver
  beforeAll(async () => {
    receiver = await startReceiver(ok)
  })
  afterAll(() => receiver.close())

  it('sends nothing: payloads stay pending, re-send and the test operations make no call', async () => {
    const hook = await createHook(receiver.url)
    await createClient()
    const [payload] = await queue(hook)
    expect((await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/resend`, { id: payload?.id })).status).toBe(204)
    expect((await send(t, 'PUT', `${ACCOUNT}/webhooks/${hook}`, { retry_last: true })).status).toBe(200)
    expect(await (await send(t, 'POST', `${ACCOUNT}/webhooks/${hook}/test`)).json()).toBe('status: 200')
    expect(await (await send(t, 'POST', `${ACCOUNT}/webhooks/test`, { payload_url: receiver.url })).json()).toEqual({
      errors: [],
    })
    await sleep(300)
    expect(receiver.requests).toHaveLength(0)
    expect(await queue(hook)).toEqual([expect.objectContaining({ status: 'pending', attempts: 0, last_sent_on: null })])
    expect(await webhookStatus(hook)).toBe('ready')
  })
})
