import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Webhook {
  id: number
  name: string
  payload_url: string
  events: string[]
  user_id: number
  status: string
  paused: boolean
}
interface Payload {
  id: number
  webhook_id: number
  action: string
  status: string
  attempts: number
  last_sent_on: string | null
  model: { id: number; timestamp: number; payload: { id: number; action: string; type: string } }
  request_headers: Record<string, string>
  user: { id: number }
}

const HOOK = {
  name: 'Time off feed',
  payload_url: 'https://hooks.example.com/rg',
  events: ['downtimes'],
  // Required, as 001 marks it; empty: no secret is set.
  secret: '',
  send_secret_header: false,
  paused: false,
}
const downtime = (date: string) => ({
  from: date,
  to: date,
  start_time: 0,
  end_time: 1440,
  resource_ids: [1],
  downtime_type_id: 4,
})

// These run with the in-process default `webhooks: off` (nothing is sent); webhook-delivery.test.ts covers delivery.
describe.each(TARGETS)('Resource Guru webhooks (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  const createHook = async (body: Record<string, unknown> = {}) => {
    const response = await send(t, 'POST', `${ACCOUNT}/webhooks`, { ...HOOK, ...body })
    expect(response.status).toBe(201)
    return (await response.json()) as Webhook
  }
  const queue = async (id: number, query = '') =>
    (await (await send(t, 'GET', `${ACCOUNT}/webhooks/${id}/queue${query}`)).json()) as Payload[]

  it('creates a webhook that can be read, listed, updated, deleted and is then 404 with its queue', async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/webhooks`, { ...HOOK, secret: 'top-secret' })
    expect(response.status).toBe(201)
    const hook = (await response.json()) as Webhook
    expect(response.headers.get('location')).toBe(`${t.base}${ACCOUNT}/webhooks/${hook.id}`)
    expect(hook).toMatchObject({
      name: HOOK.name,
      payload_url: HOOK.payload_url,
      events: ['downtimes'],
      user_id: 1,
      status: 'ready',
      paused: false,
      url: `${t.base}${ACCOUNT}/webhooks/${hook.id}`,
    })
    // The secret is write-only.
    expect(JSON.stringify(hook)).not.toContain('top-secret')

    expect(await (await send(t, 'GET', `${ACCOUNT}/webhooks/${hook.id}`)).json()).toEqual(hook)
    const listed = (await (await send(t, 'GET', `${ACCOUNT}/webhooks`)).json()) as Webhook[]
    expect(listed.map((w) => w.id)).toEqual([1, hook.id])

    const updated = await send(t, 'PUT', `${ACCOUNT}/webhooks/${hook.id}`, {
      name: 'Renamed',
      paused: true,
      events: ['downtimes', 'bookings'],
    })
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({
      id: hook.id,
      name: 'Renamed',
      paused: true,
      events: ['downtimes', 'bookings'],
    })

    expect((await send(t, 'DELETE', `${ACCOUNT}/webhooks/${hook.id}`)).status).toBe(204)
    const gone = await send(t, 'GET', `${ACCOUNT}/webhooks/${hook.id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ errors: [`Webhook ${hook.id} was not found`] })
    expect((await send(t, 'GET', `${ACCOUNT}/webhooks/${hook.id}/queue`)).status).toBe(404)
  })

  it('requires a secret on create, as documented; an empty one is no secret', async () => {
    const { secret: _secret, ...withoutSecret } = HOOK
    const response = await send(t, 'POST', `${ACCOUNT}/webhooks`, withoutSecret)
    expect(response.status).toBe(422)
    expect(JSON.stringify(await response.json())).toContain('secret')
    expect((await send(t, 'POST', `${ACCOUNT}/webhooks`, HOOK)).status).toBe(201)
  })

  it('rejects user_id on update with 422 and leaves the webhook unchanged', async () => {
    const response = await send(t, 'PUT', `${ACCOUNT}/webhooks/1`, { user_id: 2, name: 'Hijacked' })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ errors: ['user_id cannot be changed'] })
    expect(await (await send(t, 'GET', `${ACCOUNT}/webhooks/1`)).json()).toMatchObject({
      name: 'Bookings to our ERP',
      user_id: 1,
    })
  })

  it('lets only the owner and administrators manage webhooks (403 for a basic user)', async () => {
    const state = JSON.parse(String(t.engine.control('GET', 'state', '').body)) as {
      state: { users: { id: number; email: string }[] }
    }
    const colleague = state.state.users.find((u) => u.id === 2)
    if (!colleague) throw new Error('seeded colleague missing')
    const headers = { authorization: basicAuthorization(colleague.email, 'secret'), 'content-type': 'application/json' }
    const create = await t.fetch(`${ACCOUNT}/webhooks`, { method: 'POST', headers, body: JSON.stringify(HOOK) })
    expect(create.status).toBe(403)
    expect((await t.fetch(`${ACCOUNT}/webhooks/1`, { method: 'DELETE', headers })).status).toBe(403)
    // Reading is open to every member.
    expect((await t.fetch(`${ACCOUNT}/webhooks`, { headers })).status).toBe(200)
  })

  it('answers the test operations as if the URL answered 200 when delivery is off, without sending anything', async () => {
    const test = await send(t, 'POST', `${ACCOUNT}/webhooks/1/test`)
    expect(test.status).toBe(200)
    expect(await test.json()).toBe('status: 200')
    expect((await send(t, 'POST', `${ACCOUNT}/webhooks/99/test`)).status).toBe(404)
    const payload = await send(t, 'POST', `${ACCOUNT}/webhooks/test`, { payload_url: 'https://hooks.example.com/try' })
    expect(payload.status).toBe(200)
    // 001's only sample for Send test payload is `{"errors": [...]}`.
    expect(await payload.json()).toEqual({ errors: [] })
    expect((await send(t, 'POST', `${ACCOUNT}/webhooks/test`, { payload_url: 'not a url' })).status).toBe(422)
    expect(await queue(1)).toHaveLength(1)
  })

  it('queues a signed payload per downtime change for subscribed webhooks and pages the queue with limit/offset', async () => {
    const hook = await createHook({ secret: 's3cret', send_secret_header: true })
    const ids: number[] = []
    for (const date of ['2030-01-07', '2030-01-08', '2030-01-09']) {
      ids.push(((await (await send(t, 'POST', `${ACCOUNT}/downtimes`, downtime(date))).json()) as { id: number }).id)
    }
    expect((await send(t, 'DELETE', `${ACCOUNT}/downtimes/${ids[0]}`)).status).toBe(204)
    const payloads = await queue(hook.id)
    // Delivery is off: each payload is recorded, none is sent.
    expect(payloads.map((p) => [p.action, p.model.payload.type, p.model.payload.id, p.status, p.attempts])).toEqual([
      ['create', 'downtime', ids[0], 'pending', 0],
      ['create', 'downtime', ids[1], 'pending', 0],
      ['create', 'downtime', ids[2], 'pending', 0],
      ['delete', 'downtime', ids[0], 'pending', 0],
    ])
    const first = payloads[0] as Payload
    expect(first.model.id).toBe(first.id)
    expect(first.user.id).toBe(1)
    expect(first.request_headers).toEqual({
      'User-Agent': 'ResourceGuru/Webhooks',
      'Content-Type': 'application/json',
      'X-ResourceGuru-Key': 's3cret',
      'X-ResourceGuru-Signature': createHmac('sha256', 's3cret').update(JSON.stringify(first.model)).digest('hex'),
    })
    expect((await queue(hook.id, '?limit=2&offset=1')).map((p) => p.id)).toEqual([payloads[1]?.id, payloads[2]?.id])
    // The seeded webhook subscribes to bookings only, so its queue is unchanged.
    expect(await queue(1)).toHaveLength(1)
    expect(((await (await send(t, 'GET', `${ACCOUNT}/webhooks/${hook.id}`)).json()) as Webhook).status).toBe('ready')
  })

  it('sends no secret headers without a secret; re-sending sends nothing when delivery is off', async () => {
    const hook = await createHook({ paused: true })
    await send(t, 'POST', `${ACCOUNT}/downtimes`, downtime('2030-01-07'))
    const [pending] = await queue(hook.id)
    expect(pending).toMatchObject({ status: 'pending', attempts: 0, last_sent_on: null })
    expect(Object.keys(pending?.request_headers ?? {})).toEqual(['User-Agent', 'Content-Type'])

    expect((await send(t, 'POST', `${ACCOUNT}/webhooks/${hook.id}/resend`, { id: pending?.id })).status).toBe(204)
    expect((await queue(hook.id))[0]).toMatchObject({ status: 'pending', attempts: 0, last_sent_on: null })
    // A payload of another webhook cannot be re-sent through this one.
    const foreign = await send(t, 'POST', `${ACCOUNT}/webhooks/${hook.id}/resend`, { id: 1 })
    expect(foreign.status).toBe(422)
    expect(await foreign.json()).toEqual({ errors: [`payload 1 does not belong to webhook ${hook.id}`] })
  })

  it('accepts retry_last on update; with delivery off the seeded payload stays as it was', async () => {
    expect((await queue(1))[0]?.attempts).toBe(1)
    expect((await send(t, 'PUT', `${ACCOUNT}/webhooks/1`, { retry_last: true })).status).toBe(200)
    expect((await queue(1))[0]).toMatchObject({ attempts: 1, status: 'delivered' })
  })
})
