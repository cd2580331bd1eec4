/**
 * Webhooks in a user's own MSW suite (`setupServer` intercepts the global fetch, deliveries included). In-process the
 * default is `webhooks: off`, so a suite with `onUnhandledRequest: 'error'` sees no request it did not ask for; with
 * `webhooks: 'on'` the deliveries go through MSW, and a handler for the payload URL receives them.
 */
import { createHmac } from 'node:crypto'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from '../../mocks/index.ts'

const quiet = createMock('resource-guru', { validateResponses: true, baseUrl: 'https://quiet.test' })
const live = createMock('resource-guru', {
  validateResponses: true,
  baseUrl: 'https://live.test',
  options: { webhooks: 'on' },
})
const received: { body: string; signature: string | null }[] = []
const receiver = http.post('https://receiver.test/hook', async ({ request }) => {
  received.push({ body: await request.text(), signature: request.headers.get('x-resourceguru-signature') })
  return new HttpResponse(null, { status: 204 })
})
const server = setupServer(...quiet.handlers, ...live.handlers, receiver)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  quiet.engine.reset()
  live.engine.reset()
  received.length = 0
})
afterAll(async () => {
  server.close()
  await Promise.all([quiet.engine.close(), live.engine.close()])
  expect([...quiet.engine.violations, ...live.engine.violations]).toEqual([])
})

const headers = { authorization: `Basic ${btoa('user@example.com:secret')}`, 'content-type': 'application/json' }
const post = (base: string, path: string, body: unknown) =>
  fetch(`${base}/v1/example-corp${path}`, { method: 'POST', headers, body: JSON.stringify(body) })
const hook = {
  name: 'MSW receiver',
  payload_url: 'https://receiver.test/hook',
  events: ['clients', 'bookings'],
  secret: 'msw-secret',
  send_secret_header: false,
  paused: false,
}

async function until(probe: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('webhooks under setupServer', () => {
  it('sends nothing by default (createMock, createHandlers): payloads are recorded, pending', async () => {
    const webhook = (await (await post('https://quiet.test', '/webhooks', hook)).json()) as { id: number }
    expect((await post('https://quiet.test', '/clients', { name: 'Acme' })).status).toBe(201)
    const booking = { resource_id: 1, start_date: '2031-03-03', end_date: '2031-03-03', duration: 60 }
    expect((await post('https://quiet.test', '/bookings', booking)).status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(received).toEqual([])
    const queue = (await (
      await fetch(`https://quiet.test/v1/example-corp/webhooks/${webhook.id}/queue`, { headers })
    ).json()) as { status: string }[]
    expect(queue.map((p) => p.status)).toEqual(['pending', 'pending'])
  })

  it("with webhooks: 'on', delivers through MSW to a handler for the payload URL", async () => {
    // The seeded webhook would post to erp.example.com, which this suite does not handle.
    expect((await fetch('https://live.test/v1/example-corp/webhooks/1', { method: 'DELETE', headers })).status).toBe(
      204,
    )
    const webhook = (await (await post('https://live.test', '/webhooks', hook)).json()) as { id: number }
    expect((await post('https://live.test', '/clients', { name: 'Acme' })).status).toBe(201)
    // A booking change too: the seeded webhook (bookings, erp.example.com) is paused, so only ours is sent.
    const booking = { resource_id: 1, start_date: '2031-03-03', end_date: '2031-03-03', duration: 60 }
    expect((await post('https://live.test', '/bookings', booking)).status).toBe(201)
    await until(() => received.length === 2)
    for (const delivery of received)
      expect(delivery.signature).toBe(createHmac('sha256', 'msw-secret').update(delivery.body).digest('hex'))
    const types = received.map((d) => (JSON.parse(d.body) as { payload: { type: string } }).payload.type)
    expect(types.sort()).toEqual(['booking', 'client'])
    const queueUrl = `https://live.test/v1/example-corp/webhooks/${webhook.id}/queue`
    let queue: { status: string; response_from_http_client: number | null }[] = []
    await until(async () => {
      queue = (await (await fetch(queueUrl, { headers })).json()) as typeof queue
      return queue.length === 2 && queue.every((p) => p.status === 'delivered')
    })
    expect(queue[0]).toMatchObject({ status: 'delivered', response_from_http_client: 204 })
  })
})
