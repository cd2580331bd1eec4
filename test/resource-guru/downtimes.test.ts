import { describe, expect, it } from 'vitest'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Downtime {
  id: number
  from: string
  to: string
  start_time: number
  end_time: number
  resource_ids: number[]
  booker_id: number
  creator_id: number
  downtime_type_id: number | null
  details: string | null
}
interface Booking {
  id: number
  durations: { date: string; waiting: boolean }[]
}
interface Clash {
  booking_id: number
  resource_id: number
  date: string
}

// Downtime types as seeded: 1 Vacation, 2 Sick Leave, 3 Holiday, 4 Training. 2030-01-07 is a Monday, far from the
// seeded bookings (which lie around the current week).
const TRAINING = 4
const day = (date: string, extra: Record<string, unknown> = {}) => ({
  from: date,
  to: date,
  start_time: 0,
  end_time: 1440,
  downtime_type_id: TRAINING,
  ...extra,
})

describe.each(TARGETS)('Resource Guru downtimes (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  const book = async (resourceId: number, start: string, end: string, startTime: number | null = 540) => {
    const response = await send(t, 'POST', `${ACCOUNT}/bookings`, {
      resource_id: resourceId,
      start_date: start,
      end_date: end,
      duration: 60,
      start_time: startTime,
    })
    expect(response.status).toBe(201)
    return (await response.json()) as Booking
  }
  const getBooking = async (id: number) => send(t, 'GET', `${ACCOUNT}/bookings/${id}`)
  const createDowntime = (body: Record<string, unknown>) => send(t, 'POST', `${ACCOUNT}/downtimes`, body)
  const listIds = async (query: string) =>
    ((await (await send(t, 'GET', `${ACCOUNT}/downtimes${query}`)).json()) as Downtime[]).map((d) => d.id)

  it('creates a downtime that can be read, listed, updated, deleted and is then 404', async () => {
    const response = await createDowntime({
      ...day('2030-01-07'),
      to: '2030-01-08',
      resource_ids: [1],
      details: 'First aid course',
    })
    expect(response.status).toBe(201)
    const downtime = (await response.json()) as Downtime
    expect(response.headers.get('location')).toBe(`${t.base}${ACCOUNT}/downtimes/${downtime.id}`)
    // booker_id "defaults to the authenticated User"; creator_id is its deprecated twin.
    expect(downtime).toMatchObject({
      from: '2030-01-07',
      to: '2030-01-08',
      booker_id: 1,
      creator_id: 1,
      resource_ids: [1],
      details: 'First aid course',
    })

    expect(await (await send(t, 'GET', `${ACCOUNT}/downtimes/${downtime.id}`)).json()).toEqual(downtime)
    expect(await listIds('?from=2030-01-01&to=2030-01-31')).toEqual([downtime.id])

    const updated = await send(t, 'PUT', `${ACCOUNT}/downtimes/${downtime.id}`, {
      to: '2030-01-09',
      details: 'Longer course',
    })
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({
      id: downtime.id,
      from: '2030-01-07',
      to: '2030-01-09',
      details: 'Longer course',
    })

    expect((await send(t, 'DELETE', `${ACCOUNT}/downtimes/${downtime.id}`)).status).toBe(204)
    const gone = await send(t, 'GET', `${ACCOUNT}/downtimes/${downtime.id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ errors: [`Downtime ${downtime.id} was not found`] })
    expect(await listIds('?from=2030-01-01&to=2030-01-31')).toEqual([])
  })

  it('answers 400 with the clashes and changes nothing when block_by_clashes is true and a booking clashes', async () => {
    const booking = await book(2, '2030-01-09', '2030-01-09')
    const response = await createDowntime({ ...day('2030-01-09'), resource_ids: [2, 3], block_by_clashes: true })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { clashes: Clash[]; allowClashResolution: boolean }
    expect(body.allowClashResolution).toBe(true)
    expect(body.clashes).toEqual([
      {
        booking_id: booking.id,
        resource_id: 2,
        date: '2030-01-09',
        start_time: 540,
        end_time: 600,
        duration: 60,
        waiting: false,
      },
    ])
    expect(await listIds('?from=2030-01-01&to=2030-01-31')).toEqual([])
    expect(await (await getBooking(booking.id)).json()).toEqual(booking)
    // Without clashes block_by_clashes does not get in the way.
    expect((await createDowntime({ ...day('2030-01-10'), resource_ids: [2], block_by_clashes: true })).status).toBe(201)
  })

  it('moves the clashing days of bookings to the waiting list by default', async () => {
    const booking = await book(1, '2030-01-08', '2030-01-10')
    expect((await createDowntime({ ...day('2030-01-09'), resource_ids: [1] })).status).toBe(201)
    const after = (await (await getBooking(booking.id)).json()) as Booking
    expect(after.durations.map((d) => [d.date, d.waiting])).toEqual([
      ['2030-01-08', false],
      ['2030-01-09', true],
      ['2030-01-10', false],
    ])
    const waiting = (await (
      await send(t, 'GET', `${ACCOUNT}/bookings?waiting=1&start_date=2030-01-01&end_date=2030-01-31`)
    ).json()) as Booking[]
    expect(waiting.map((b) => b.id)).toEqual([booking.id])
    // An edit that does not move the booking keeps each day's waiting flag.
    const edited = await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, { details: 'Rescheduled later' })
    expect(((await edited.json()) as Booking).durations).toEqual(after.durations)
  })

  it('moves clashing bookings to the waiting list with clash_resolution add_to_waiting_list', async () => {
    const booking = await book(1, '2030-01-09', '2030-01-09')
    expect(
      (
        await createDowntime({
          ...day('2030-01-09'),
          resource_ids: [1],
          allow_waiting: false,
          clash_resolution: 'add_to_waiting_list',
        })
      ).status,
    ).toBe(201)
    expect(((await (await getBooking(booking.id)).json()) as Booking).durations[0]?.waiting).toBe(true)
  })

  it('deletes clashing bookings with clash_resolution delete and with the deprecated delete_invalid_bookings', async () => {
    const first = await book(1, '2030-01-09', '2030-01-09')
    const second = await book(3, '2030-01-14', '2030-01-15')
    const untouched = await book(1, '2030-01-10', '2030-01-10')
    expect((await createDowntime({ ...day('2030-01-09'), resource_ids: [1], clash_resolution: 'delete' })).status).toBe(
      201,
    )
    expect((await getBooking(first.id)).status).toBe(404)
    expect(
      (await createDowntime({ ...day('2030-01-15'), resource_ids: [3], delete_invalid_bookings: true })).status,
    ).toBe(201)
    expect((await getBooking(second.id)).status).toBe(404)
    expect((await getBooking(untouched.id)).status).toBe(200)
  })

  it('leaves clashing bookings alone when allow_waiting is false and nothing else is asked', async () => {
    const booking = await book(1, '2030-01-09', '2030-01-09')
    expect((await createDowntime({ ...day('2030-01-09'), resource_ids: [1], allow_waiting: false })).status).toBe(201)
    expect(await (await getBooking(booking.id)).json()).toEqual(booking)
  })

  it('lists clashes without changing anything, counting only overlapping times on overlapping days', async () => {
    const morning = await book(4, '2030-01-09', '2030-01-09', 540)
    const afternoon = await book(4, '2030-01-09', '2030-01-09', 780)
    const anyTime = await book(5, '2030-01-09', '2030-01-09', null)
    await book(4, '2030-01-11', '2030-01-11', 540)
    const response = await send(t, 'POST', `${ACCOUNT}/downtimes/clashes`, {
      from: '2030-01-09',
      to: '2030-01-09',
      start_time: 480,
      end_time: 720,
      resource_ids: [4, 5],
    })
    expect(response.status).toBe(200)
    const clashes = (await response.json()) as Clash[]
    expect(clashes.map((c) => [c.booking_id, c.resource_id, c.date])).toEqual([
      [morning.id, 4, '2030-01-09'],
      [anyTime.id, 5, '2030-01-09'],
    ])
    expect(clashes.some((c) => c.booking_id === afternoon.id)).toBe(false)
    expect(((await (await getBooking(morning.id)).json()) as Booking).durations[0]?.waiting).toBe(false)
  })

  it('applies the start_time-end_time window of a multi-day downtime on each of its days', async () => {
    const mornings = await book(6, '2030-01-07', '2030-01-09', 540)
    const evening = await book(6, '2030-01-08', '2030-01-08', 1020)
    const clashes = (await (
      await send(t, 'POST', `${ACCOUNT}/downtimes/clashes`, {
        from: '2030-01-07',
        to: '2030-01-09',
        start_time: 480,
        end_time: 720,
        resource_ids: [6],
      })
    ).json()) as Clash[]
    expect(clashes.map((c) => [c.booking_id, c.date])).toEqual([
      [mornings.id, '2030-01-07'],
      [mornings.id, '2030-01-08'],
      [mornings.id, '2030-01-09'],
    ])
    expect(clashes.some((c) => c.booking_id === evening.id)).toBe(false)
  })

  it('checks clashes again on update and answers 400 when block_by_clashes is set', async () => {
    const downtime = (await (await createDowntime({ ...day('2030-01-07'), resource_ids: [2] })).json()) as Downtime
    const booking = await book(2, '2030-01-08', '2030-01-08')
    const blocked = await send(t, 'PUT', `${ACCOUNT}/downtimes/${downtime.id}`, {
      to: '2030-01-08',
      block_by_clashes: true,
    })
    expect(blocked.status).toBe(400)
    expect(((await blocked.json()) as { clashes: Clash[] }).clashes.map((c) => c.booking_id)).toEqual([booking.id])
    expect(((await (await send(t, 'GET', `${ACCOUNT}/downtimes/${downtime.id}`)).json()) as Downtime).to).toBe(
      '2030-01-07',
    )
    expect(
      (await send(t, 'PUT', `${ACCOUNT}/downtimes/${downtime.id}`, { to: '2030-01-08', clash_resolution: 'delete' }))
        .status,
    ).toBe(200)
    expect((await getBooking(booking.id)).status).toBe(404)
  })

  it('splits a downtime at midnight of the given date into two halves', async () => {
    const downtime = (await (
      await createDowntime({
        from: '2030-01-07',
        to: '2030-01-10',
        start_time: 540,
        end_time: 1020,
        downtime_type_id: TRAINING,
        resource_ids: [1],
      })
    ).json()) as Downtime
    const response = await send(t, 'POST', `${ACCOUNT}/downtimes/${downtime.id}/split`, {
      date: '2030-01-09',
      resource_id: 1,
    })
    expect(response.status).toBe(200)
    const halves = (await response.json()) as Downtime[]
    expect(halves.map((h) => [h.id === downtime.id, h.from, h.to, h.start_time, h.end_time])).toEqual([
      [true, '2030-01-07', '2030-01-08', 540, 1020],
      [false, '2030-01-09', '2030-01-10', 540, 1020],
    ])
    expect(await listIds('?from=2030-01-01&to=2030-01-31')).toHaveLength(2)
    expect((await send(t, 'POST', `${ACCOUNT}/downtimes/${downtime.id}/split`, { date: '2030-01-07' })).status).toBe(
      422,
    )
  })

  it('refuses to split a Holiday or Vacation downtime with 422', async () => {
    for (const typeId of [1, 3]) {
      const downtime = (await (
        await createDowntime({ ...day('2030-01-07'), to: '2030-01-10', downtime_type_id: typeId, resource_ids: [1] })
      ).json()) as Downtime
      const response = await send(t, 'POST', `${ACCOUNT}/downtimes/${downtime.id}/split`, { date: '2030-01-09' })
      expect(response.status).toBe(422)
      expect(await response.json()).toEqual({
        errors: ['Split downtime is not a valid operation for Holiday/Vacation'],
      })
    }
  })

  it("seeds downtime 1 as a Training, a type that can be split (001's Split downtime example names id 1)", async () => {
    const seeded = (await (await send(t, 'GET', `${ACCOUNT}/downtimes/1`)).json()) as Downtime
    // On the days the spec's Split downtime example names, whatever the clock (this suite runs on the real one).
    expect(seeded).toMatchObject({
      downtime_type_id: TRAINING,
      resource_ids: [1],
      from: '2030-06-06',
      to: '2030-06-09',
    })
    const split = await send(t, 'POST', `${ACCOUNT}/downtimes/1/split`, { date: '2030-06-07' })
    expect(split.status).toBe(200)
  })

  it("seeds booking 1 on the days the spec's Delete and Split booking examples name, whatever the clock", async () => {
    const seeded = (await (await send(t, 'GET', `${ACCOUNT}/bookings/1`)).json()) as Booking & {
      start_date: string
      end_date: string
    }
    expect(seeded).toMatchObject({ start_date: '2030-06-25', end_date: '2030-06-26' })
    const split = await send(t, 'POST', `${ACCOUNT}/bookings/1/split`, { date: '2030-06-26' })
    expect(split.status).toBe(200)
  })

  it('filters by resource_ids, booker_id, from/to and archived resources, and paginates with limit/offset', async () => {
    const a = (await (await createDowntime({ ...day('2030-02-04'), resource_ids: [1] })).json()) as Downtime
    const b = (await (
      await createDowntime({ ...day('2030-02-05'), resource_ids: [2], booker_id: 2 })
    ).json()) as Downtime
    // Resource 8 is archived in the seed.
    const c = (await (
      await createDowntime({ ...day('2030-02-06'), to: '2030-02-08', resource_ids: [8] })
    ).json()) as Downtime
    const range = '?from=2030-02-01&to=2030-02-28'
    expect(await listIds(range)).toEqual([a.id, b.id, c.id])
    expect(await listIds(`${range}&resource_ids=2&resource_ids=8`)).toEqual([b.id, c.id])
    expect(await listIds(`${range}&booker_id=2`)).toEqual([b.id])
    expect(await listIds(`${range}&include_archived_resources=0`)).toEqual([a.id, b.id])
    expect(await listIds('?from=2030-02-05&to=2030-02-07')).toEqual([b.id])
    expect(await listIds(`${range}&limit=1&offset=1`)).toEqual([b.id])
    const all = await listIds('')
    expect(all.length).toBe(11)
  })

  it('rejects unknown resources, types and bookers and a span that ends before it starts with 422', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...day('2030-01-07'), resource_ids: [999] }, 'resource 999 does not exist'],
      [{ ...day('2030-01-07'), resource_ids: [1], downtime_type_id: 99 }, 'downtime_type_id 99 does not exist'],
      [{ ...day('2030-01-07'), resource_ids: [1], booker_id: 6 }, 'booker_id 6 is not a user of this account'],
      [{ ...day('2030-01-07'), to: '2030-01-06', resource_ids: [1] }, 'to must be on or after from'],
      [
        { ...day('2030-01-07'), to: '2030-01-09', start_time: 600, end_time: 540, resource_ids: [1] },
        'end_time must be after start_time',
      ],
    ]
    for (const [body, message] of cases) {
      const response = await createDowntime(body)
      expect(response.status).toBe(422)
      expect(await response.json()).toEqual({ errors: [message] })
    }
  })

  it('lists the downtime types', async () => {
    const types = (await (await send(t, 'GET', `${ACCOUNT}/downtime_types`)).json()) as { name: string }[]
    expect(types.map((x) => x.name)).toEqual(['Vacation', 'Sick Leave', 'Holiday', 'Training'])
  })
})
