import { describe, expect, it } from 'vitest'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

describe.each(TARGETS)('Resource Guru bookings (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  it('creates a booking that can be read, listed, updated, deleted and is then 404', async () => {
    const body = {
      resource_id: 1,
      start_date: '2030-01-07',
      end_date: '2030-01-08',
      duration: 120,
      start_time: 540,
      project_id: 1,
      details: 'Kick-off',
    }
    const created = await send(t, 'POST', `${ACCOUNT}/bookings`, body)
    expect(created.status).toBe(201)
    const booking = (await created.json()) as {
      id: number
      durations: unknown[]
      client_id: number | null
      billable: boolean
    }
    expect(created.headers.get('location')).toBe(`${t.base}${ACCOUNT}/bookings/${booking.id}`)
    expect(booking.durations).toHaveLength(2)

    const read = await send(t, 'GET', `${ACCOUNT}/bookings/${booking.id}`)
    expect(await read.json()).toEqual(booking)

    const listed = (await (
      await send(t, 'GET', `${ACCOUNT}/bookings?start_date=2030-01-01&end_date=2030-01-31`)
    ).json()) as { id: number }[]
    expect(listed.map((b) => b.id)).toEqual([booking.id])

    const updated = await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, { duration: 60, end_date: '2030-01-10' })
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({ duration: 60, end_date: '2030-01-10' })

    expect((await send(t, 'DELETE', `${ACCOUNT}/bookings/${booking.id}`)).status).toBe(204)
    const gone = await send(t, 'GET', `${ACCOUNT}/bookings/${booking.id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ errors: [`Booking ${booking.id} was not found`] })
  })

  it('rejects a booking for a resource that does not exist with 422', async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/bookings`, {
      resource_id: 999,
      start_date: '2030-01-07',
      end_date: '2030-01-07',
      duration: 60,
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ errors: ['resource 999 does not exist'] })
  })

  it('rejects a body that violates the schema with 422 naming the field', async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/bookings`, {
      resource_id: 1,
      start_date: '2030-01-07',
      end_date: '2030-01-07',
      duration: 5000,
    })
    expect(response.status).toBe(422)
    expect(((await response.json()) as { errors: string[] }).errors).toContain('duration must be <= 1440')
  })

  it('filters by resource_ids, booker_id=me and paginates with limit/offset', async () => {
    const all = (await (await send(t, 'GET', `${ACCOUNT}/bookings`)).json()) as {
      id: number
      resource_ids: number[]
      booker: { id: number }
    }[]
    expect(all.length).toBe(60)
    const forTwo = (await (
      await send(t, 'GET', `${ACCOUNT}/bookings?resource_ids=2&resource_ids=3`)
    ).json()) as typeof all
    expect(forTwo.length).toBeGreaterThan(0)
    expect(forTwo.every((b) => b.resource_ids.some((id) => id === 2 || id === 3))).toBe(true)
    expect(forTwo.length).toBe(all.filter((b) => b.resource_ids.includes(2) || b.resource_ids.includes(3)).length)
    const mine = (await (await send(t, 'GET', `${ACCOUNT}/bookings?booker_id=me`)).json()) as typeof all
    expect(mine.length).toBe(all.filter((b) => b.booker.id === 1).length)
    const pageTwo = (await (await send(t, 'GET', `${ACCOUNT}/bookings?limit=5&offset=5`)).json()) as typeof all
    expect(pageTwo.map((b) => b.id)).toEqual(all.slice(5, 10).map((b) => b.id))
  })

  it('splits a booking into two halves on the given date', async () => {
    const created = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_id: 1,
        start_date: '2030-02-04',
        end_date: '2030-02-08',
        duration: 60,
      })
    ).json()) as { id: number }
    const response = await send(t, 'POST', `${ACCOUNT}/bookings/${created.id}/split`, { date: '2030-02-06' })
    expect(response.status).toBe(200)
    const halves = (await response.json()) as { start_date: string; end_date: string }[]
    expect(halves.map((h) => [h.start_date, h.end_date])).toEqual([
      ['2030-02-04', '2030-02-05'],
      ['2030-02-06', '2030-02-08'],
    ])
  })

  it('queues a payload on the seeded bookings webhook for each booking change', async () => {
    const queue = async () =>
      (await (await send(t, 'GET', `${ACCOUNT}/webhooks/1/queue`)).json()) as {
        action: string
        model: { payload: { id: number; type: string } }
      }[]
    const before = (await queue()).length
    const created = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_id: 1,
        start_date: '2030-03-04',
        end_date: '2030-03-04',
        duration: 60,
      })
    ).json()) as { id: number }
    await send(t, 'PUT', `${ACCOUNT}/bookings/${created.id}`, { duration: 90 })
    await send(t, 'DELETE', `${ACCOUNT}/bookings/${created.id}`)
    const added = (await queue()).slice(before)
    expect(added.map((p) => [p.action, p.model.payload.type, p.model.payload.id])).toEqual([
      ['create', 'booking', created.id],
      ['update', 'booking', created.id],
      ['delete', 'booking', created.id],
    ])
  })
})
