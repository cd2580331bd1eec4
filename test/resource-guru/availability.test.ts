import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Period {
  id: number
  resource_instance_id: number
  date: string
  start_time: number
  end_time: number
}
interface Booking {
  id: number
  durations: { date: string; waiting: boolean }[]
}

// The clock stands at 2030-01-01, so the seeded bookings lie around January 2030; these tests work in June 2030.
// 2030-06-01 is a Saturday (no weekly hours), 2030-06-03 a Monday (09:00-17:00 for every seeded resource).
const SATURDAY = '2030-06-01'
const MONDAY = '2030-06-03'

describe.each(TARGETS)('Resource Guru custom availability and overtime (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru', { clock: manualClock(Date.UTC(2030, 0, 1, 12)) })

  const setHours = (
    resourceId: number,
    dates: string[],
    periods: { start_time: number; end_time: number }[],
    extra: Record<string, unknown> = {},
  ) =>
    send(t, 'POST', `${ACCOUNT}/custom_available_periods`, {
      custom_available_periods: { resource_instance_id: resourceId, dates, available_periods: periods },
      ...extra,
    })
  const listPeriods = async (query = '') =>
    (await (await send(t, 'GET', `${ACCOUNT}/custom_available_periods${query}`)).json()) as Period[]
  const book = async (resourceId: number, date: string, startTime: number, duration = 60) => {
    const response = await send(t, 'POST', `${ACCOUNT}/bookings`, {
      resource_id: resourceId,
      start_date: date,
      end_date: date,
      duration,
      start_time: startTime,
    })
    expect(response.status).toBe(201)
    return (await response.json()) as Booking
  }
  const getBooking = (id: number) => send(t, 'GET', `${ACCOUNT}/bookings/${id}`)

  it('sets custom availability that is listed, replaced on a second set, and removed by a reset', async () => {
    const response = await setHours(
      1,
      [MONDAY],
      [
        { start_time: 480, end_time: 720 },
        { start_time: 780, end_time: 960 },
      ],
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { errors: object; custom_available_periods: Period[] }
    expect(body.errors).toEqual({})
    expect(
      body.custom_available_periods.map((p) => [p.resource_instance_id, p.date, p.start_time, p.end_time]),
    ).toEqual([
      [1, MONDAY, 480, 720],
      [1, MONDAY, 780, 960],
    ])
    expect(await listPeriods()).toEqual(body.custom_available_periods)

    await setHours(1, [MONDAY], [{ start_time: 600, end_time: 900 }])
    expect((await listPeriods()).map((p) => [p.date, p.start_time, p.end_time])).toEqual([[MONDAY, 600, 900]])
    const resource = (await (await send(t, 'GET', `${ACCOUNT}/resources/1`)).json()) as {
      custom_available_periods: Period[]
    }
    expect(resource.custom_available_periods.map((p) => [p.date, p.start_time, p.end_time])).toEqual([
      [MONDAY, 600, 900],
    ])

    const reset = await send(t, 'DELETE', `${ACCOUNT}/custom_available_periods`, {
      resource_instance_id: 1,
      dates: [MONDAY],
    })
    expect(reset.status).toBe(204)
    expect(await listPeriods()).toEqual([])
  })

  it('stores a day without available_periods as unavailable (0-0)', async () => {
    const body = (await (await setHours(2, [MONDAY], [])).json()) as { custom_available_periods: Period[] }
    expect(body.custom_available_periods.map((p) => [p.start_time, p.end_time])).toEqual([[0, 0]])
  })

  it('filters by resource_ids[] and the date range, which defaults to one year either side of today', async () => {
    await setHours(1, [MONDAY], [{ start_time: 540, end_time: 600 }])
    await setHours(2, [MONDAY, '2031-06-02'], [{ start_time: 540, end_time: 600 }])
    expect((await listPeriods()).map((p) => [p.resource_instance_id, p.date])).toEqual([
      [1, MONDAY],
      [2, MONDAY],
    ])
    expect((await listPeriods('?resource_ids[]=2&end_date=2031-12-31')).map((p) => p.date)).toEqual([
      MONDAY,
      '2031-06-02',
    ])
    expect(
      (await listPeriods('?resource_ids[]=1&resource_ids[]=2&start_date=2030-06-04&end_date=2031-12-31')).map(
        (p) => p.date,
      ),
    ).toEqual(['2031-06-02'])
  })

  it('deletes bookings that no longer fit with delete_invalid_bookings, waits them with allow_waiting, else keeps them', async () => {
    const deleted = await book(1, MONDAY, 600, 120)
    const waiting = await book(2, MONDAY, 600, 120)
    const kept = await book(3, MONDAY, 600, 120)
    const fitting = await book(1, MONDAY, 540, 30)
    const hours = [{ start_time: 540, end_time: 600 }]
    expect((await setHours(1, [MONDAY], hours, { delete_invalid_bookings: true })).status).toBe(200)
    expect((await setHours(2, [MONDAY], hours, { allow_waiting: true })).status).toBe(200)
    expect((await setHours(3, [MONDAY], hours)).status).toBe(200)
    expect((await getBooking(deleted.id)).status).toBe(404)
    expect((await getBooking(fitting.id)).status).toBe(200)
    expect(((await (await getBooking(waiting.id)).json()) as Booking).durations[0]?.waiting).toBe(true)
    expect(await (await getBooking(kept.id)).json()).toEqual(kept)
  })

  it('refuses a reset with 400 and the clashes when bookings only fit the custom hours, unless told what to do', async () => {
    await setHours(1, [SATURDAY], [{ start_time: 540, end_time: 1020 }])
    const booking = await book(1, SATURDAY, 600)
    const refused = await send(t, 'DELETE', `${ACCOUNT}/custom_available_periods`, {
      resource_instance_id: 1,
      dates: [SATURDAY],
    })
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      clashes: [
        {
          booking_id: booking.id,
          resource_id: 1,
          date: SATURDAY,
          start_time: 600,
          end_time: 660,
          duration: 60,
          waiting: false,
        },
      ],
      allowClashResolution: true,
    })
    expect(await listPeriods()).toHaveLength(1)

    const reset = await send(t, 'DELETE', `${ACCOUNT}/custom_available_periods`, {
      resource_instance_id: 1,
      dates: [SATURDAY],
      allow_waiting: true,
    })
    expect(reset.status).toBe(204)
    expect(await listPeriods()).toEqual([])
    expect(((await (await getBooking(booking.id)).json()) as Booking).durations[0]?.waiting).toBe(true)
  })

  it('rejects a resource that does not exist and periods that end before they start with 422', async () => {
    const unknown = await setHours(999, [MONDAY], [{ start_time: 540, end_time: 600 }])
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toEqual({ errors: ['resource_instance_id 999 does not exist'] })
    expect((await setHours(1, [MONDAY], [{ start_time: 600, end_time: 540 }])).status).toBe(422)
    expect(
      (await send(t, 'DELETE', `${ACCOUNT}/custom_available_periods`, { resource_instance_id: 999, dates: [MONDAY] }))
        .status,
    ).toBe(422)
  })

  it('sets overtime for a resource and date, replacing an earlier value for the same date', async () => {
    expect((await send(t, 'POST', `${ACCOUNT}/overtimes`, { resource_id: 1, date: MONDAY, duration: 60 })).status).toBe(
      204,
    )
    expect(
      (await send(t, 'POST', `${ACCOUNT}/overtimes`, { resource_id: 1, date: '2030-06-04', duration: 30 })).status,
    ).toBe(204)
    expect((await send(t, 'POST', `${ACCOUNT}/overtimes`, { resource_id: 1, date: MONDAY, duration: 90 })).status).toBe(
      204,
    )
    const resource = (await (await send(t, 'GET', `${ACCOUNT}/resources/1`)).json()) as {
      overtimes: { date: string; duration: number }[]
    }
    expect(resource.overtimes.map((o) => [o.date, o.duration])).toEqual([
      [MONDAY, 90],
      ['2030-06-04', 30],
    ])
    const unknown = await send(t, 'POST', `${ACCOUNT}/overtimes`, { resource_id: 999, date: MONDAY, duration: 60 })
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toEqual({ errors: ['resource_id 999 does not exist'] })
    expect((await send(t, 'POST', `${ACCOUNT}/overtimes`, { resource_id: 1, date: MONDAY, duration: 0 })).status).toBe(
      422,
    )
  })
})
