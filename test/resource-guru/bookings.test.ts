import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { ACCOUNT, DEMO, send } from '../support/resource-guru.ts'
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

  it("gives a split's second half, and the days after a deleted middle day, a create payload of their own", async () => {
    const queue = async () =>
      (await (await send(t, 'GET', `${ACCOUNT}/webhooks/1/queue?limit=0`)).json()) as {
        action: string
        model: { payload: { id: number; type: string; start_date: string; end_date: string } }
      }[]
    const created = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_id: 1,
        start_date: '2030-02-04',
        end_date: '2030-02-08',
        duration: 60,
      })
    ).json()) as { id: number }
    const before = (await queue()).length
    const halves = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings/${created.id}/split`, { date: '2030-02-06' })
    ).json()) as { id: number }[]
    const second = halves[1]?.id as number
    const split = (await queue()).slice(before)
    expect(
      split.map((p) => [p.action, p.model.payload.id, p.model.payload.start_date, p.model.payload.end_date]),
    ).toEqual([
      ['update', created.id, '2030-02-04', '2030-02-05'],
      ['create', second, '2030-02-06', '2030-02-08'],
    ])
    // Deleting the middle day of the second half (02-06..08) leaves 02-06 and a new booking for 02-08; deleting the
    // first day of a booking changes it, and neither is a deleted booking.
    const mark = (await queue()).length
    expect((await send(t, 'DELETE', `${ACCOUNT}/bookings/${second}`, { date: '2030-02-07' })).status).toBe(204)
    expect((await send(t, 'DELETE', `${ACCOUNT}/bookings/${created.id}`, { date: '2030-02-04' })).status).toBe(204)
    const deleted = (await queue()).slice(mark)
    const [third] = (await (
      await send(t, 'GET', `${ACCOUNT}/bookings?start_date=2030-02-08&end_date=2030-02-08&resource_ids=1`)
    ).json()) as { id: number }[]
    expect(third?.id).toBeGreaterThan(second)
    expect(
      deleted.map((p) => [p.action, p.model.payload.id, p.model.payload.start_date, p.model.payload.end_date]),
    ).toEqual([
      ['update', second, '2030-02-06', '2030-02-06'],
      ['create', third?.id, '2030-02-08', '2030-02-08'],
      ['update', created.id, '2030-02-05', '2030-02-05'],
    ])
  })
})

interface Booked {
  id: number
  tentative: boolean
  durations: { date: string; duration: number; waiting: boolean }[]
  approval_state: { state: string }
}

/**
 * Clashes, resolutions and approvals. The clock stands at 2030-01-01, so the seeded bookings, time off and overtime lie
 * around January 2030; these tests work in June 2031, where each seeded resource has only its weekly hours:
 * Mon-Fri 09:00-17:00 (540-1020), 480 minutes a day, nothing at the weekend.
 */
describe.each(TARGETS)('Resource Guru booking clashes and approvals (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru', { clock: manualClock(Date.UTC(2030, 0, 1, 12)) })
  const MONDAY = '2031-06-02'
  const TUESDAY = '2031-06-03'
  const SATURDAY = '2031-06-07'

  const post = (body: Record<string, unknown>) => send(t, 'POST', `${ACCOUNT}/bookings`, body)
  const day = (resourceId: number, duration: number, extra: Record<string, unknown> = {}) => ({
    resource_id: resourceId,
    start_date: MONDAY,
    end_date: MONDAY,
    duration,
    ...extra,
  })
  async function book(body: Record<string, unknown>): Promise<Booked> {
    const response = await post(body)
    expect(response.status, await response.clone().text()).toBe(201)
    return (await response.json()) as Booked
  }
  const fill = (resourceId: number) => book(day(resourceId, 480, { start_time: 540 }))
  const get = async <T>(path: string) => (await (await send(t, 'GET', path)).json()) as T
  const waitingIds = async () =>
    (await get<Booked[]>(`${ACCOUNT}/bookings?waiting=1&start_date=2031-06-01&end_date=2031-06-30`)).map((b) => b.id)
  const v2Day = (resourceId: number, date = MONDAY) =>
    get<Record<string, { total: number } & Record<string, number>>>(
      `/v2/${DEMO.account}/reports/resources/${resourceId}?start_date=${date}&end_date=${date}`,
    )

  it('books normally on a free day although allow_waiting or add_to_waiting_list is sent', async () => {
    const flagged = await book(day(1, 60, { start_time: 540, allow_waiting: true }))
    const resolved = await book(day(1, 60, { start_time: 600, clash_resolution: 'add_to_waiting_list' }))
    expect([...flagged.durations, ...resolved.durations].map((d) => d.waiting)).toEqual([false, false])
    expect(await waitingIds()).toEqual([])
    const report = await v2Day(1)
    expect([report.scheduled?.total, report.waiting_list?.total]).toEqual([120, 0])
  })

  it('puts a booking that exceeds the time left on the waiting list with add_to_waiting_list or allow_waiting', async () => {
    await fill(1)
    // Two days, of which only Monday is full: the whole booking goes to the waiting list.
    const resolved = await book({ ...day(1, 60, { clash_resolution: 'add_to_waiting_list' }), end_date: TUESDAY })
    expect(resolved.durations.map((d) => [d.date, d.waiting])).toEqual([
      [MONDAY, true],
      [TUESDAY, true],
    ])
    const flagged = await book(day(1, 30, { allow_waiting: true }))
    expect(flagged.durations[0]?.waiting).toBe(true)
    expect(await waitingIds()).toEqual([resolved.id, flagged.id])
    const report = await v2Day(1)
    expect([report.scheduled?.total, report.waiting_list?.total, report.unscheduled?.total]).toEqual([480, 90, 0])
  })

  it('adds the missing minutes as overtime with book_with_overtime or allow_overtime', async () => {
    await book(day(2, 450, { start_time: 540 }))
    // 30 minutes are left, 90 are asked for: 60 of overtime; then 30 more on top.
    const first = await book(day(2, 90, { start_time: 990, clash_resolution: 'book_with_overtime' }))
    expect(first.durations[0]?.waiting).toBe(false)
    const resource = await get<{ overtimes: { date: string; duration: number }[] }>(`${ACCOUNT}/resources/2`)
    expect(resource.overtimes.map((o) => [o.date, o.duration])).toEqual([[MONDAY, 60]])
    await book(day(2, 30, { allow_overtime: true }))
    const after = await get<{ overtimes: { date: string; duration: number }[] }>(`${ACCOUNT}/resources/2`)
    expect(after.overtimes.map((o) => [o.date, o.duration])).toEqual([[MONDAY, 90]])
    // 480 working + 90 overtime = 570 available, all of it booked.
    const report = await v2Day(2)
    expect([
      report.availability?.total,
      report.overtime?.total,
      report.scheduled?.total,
      report.unscheduled?.total,
    ]).toEqual([570, 90, 570, 0])
    expect(await get<unknown[]>(`${ACCOUNT}/custom_available_periods?resource_ids[]=2&start_date=${MONDAY}`)).toEqual(
      [],
    )
  })

  it('widens the day with custom availability with increase_availability, without overtime', async () => {
    await fill(3)
    // 09:00-17:00 is full; 60 minutes from 17:00 make the hours 09:00-18:00.
    await book(day(3, 60, { start_time: 1020, clash_resolution: 'increase_availability' }))
    // No hours on a Saturday: 120 minutes without a start time are added from 09:00.
    await book({
      ...day(3, 120, { clash_resolution: 'increase_availability' }),
      start_date: SATURDAY,
      end_date: SATURDAY,
    })
    const periods = await get<{ date: string; start_time: number; end_time: number }[]>(
      `${ACCOUNT}/custom_available_periods?resource_ids[]=3&start_date=${MONDAY}&end_date=${SATURDAY}`,
    )
    expect(periods.map((p) => [p.date, p.start_time, p.end_time])).toEqual([
      [MONDAY, 540, 1080],
      [SATURDAY, 540, 660],
    ])
    const resource = await get<{ overtimes: unknown[] }>(`${ACCOUNT}/resources/3`)
    expect(resource.overtimes).toEqual([])
    const report = await v2Day(3)
    expect([report.availability?.total, report.overtime?.total, report.scheduled?.total]).toEqual([540, 0, 540])
  })

  it('refuses a clash without a resolution with 400 and the clashing days, and books nothing', async () => {
    await fill(4)
    const before = (await get<Booked[]>(`${ACCOUNT}/bookings?start_date=2031-06-01&end_date=2031-06-30`)).length
    const response = await post({ ...day(4, 60, { start_time: 600 }), end_date: TUESDAY })
    expect(response.status).toBe(400)
    // Only Monday clashes; Tuesday still has its 480 minutes.
    expect(await response.json()).toEqual({
      clashes: [{ resource_id: 4, date: MONDAY, start_time: 600, end_time: 660, duration: 60, waiting: false }],
      allowClashResolution: true,
    })
    const weekend = await post({ ...day(4, 60), start_date: SATURDAY, end_date: SATURDAY })
    expect(weekend.status).toBe(400)
    expect(((await weekend.json()) as { clashes: { date: string }[] }).clashes.map((c) => c.date)).toEqual([SATURDAY])
    expect((await get<Booked[]>(`${ACCOUNT}/bookings?start_date=2031-06-01&end_date=2031-06-30`)).length).toBe(before)
  })

  it('never lets a tentative booking clash or take up time', async () => {
    const tentative = await book(day(5, 480, { start_time: 540, tentative: true }))
    const weekend = await book({
      ...day(5, 120, { tentative: true, allow_waiting: true }),
      start_date: SATURDAY,
      end_date: SATURDAY,
    })
    expect([...tentative.durations, ...weekend.durations].map((d) => d.waiting)).toEqual([false, false])
    // The tentative 480 took nothing, so a firm 480 still fits; a second tentative one on the full day fits too.
    await fill(5)
    const again = await book(day(5, 240, { tentative: true }))
    expect(again.durations[0]?.waiting).toBe(false)
    const report = await v2Day(5)
    expect([report.scheduled?.total, report.tentative?.total, report.unscheduled?.total]).toEqual([480, 720, 0])
    // Making a tentative booking firm places it again: the day is full.
    const firm = await send(t, 'PUT', `${ACCOUNT}/bookings/${again.id}`, { tentative: false })
    expect(firm.status).toBe(400)
  })

  it('refuses a second 24-hour booking on one resource and day, whatever the resolution but the waiting list', async () => {
    const whole = { ...day(6, 1440), clash_resolution: 'increase_availability' }
    await book(whole)
    const periods = await get<{ start_time: number; end_time: number }[]>(
      `${ACCOUNT}/custom_available_periods?resource_ids[]=6&start_date=${MONDAY}&end_date=${MONDAY}`,
    )
    expect(periods.map((p) => [p.start_time, p.end_time])).toEqual([[0, 1440]])
    for (const resolution of [undefined, 'increase_availability', 'book_with_overtime']) {
      const response = await post({ ...day(6, 1440), clash_resolution: resolution })
      expect(response.status, String(resolution)).toBe(400)
      expect(((await response.json()) as { clashes: { duration: number }[] }).clashes).toEqual([
        expect.objectContaining({ resource_id: 6, date: MONDAY, duration: 1440 }),
      ])
    }
    expect((await book({ ...day(6, 1440), clash_resolution: 'add_to_waiting_list' })).durations[0]?.waiting).toBe(true)
    const resource = await get<{ overtimes: unknown[] }>(`${ACCOUNT}/resources/6`)
    expect(resource.overtimes).toEqual([])
  })

  it('checks a moved booking against the time left, not counting its own', async () => {
    await fill(7)
    const booking = await book({ ...day(7, 240, { start_time: 540 }), start_date: TUESDAY, end_date: TUESDAY })
    expect((await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, { duration: 480 })).status).toBe(200)
    const moved = await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, { start_date: MONDAY, end_date: MONDAY })
    expect(moved.status).toBe(400)
    expect(((await moved.json()) as { clashes: { booking_id: number }[] }).clashes[0]?.booking_id).toBe(booking.id)
    const waiting = await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, {
      start_date: MONDAY,
      end_date: MONDAY,
      clash_resolution: 'add_to_waiting_list',
    })
    expect(((await waiting.json()) as Booked).durations.map((d) => [d.date, d.waiting])).toEqual([[MONDAY, true]])
    // Back to a free day: scheduled again.
    const back = await send(t, 'PUT', `${ACCOUNT}/bookings/${booking.id}`, { start_date: TUESDAY, end_date: TUESDAY })
    expect(((await back.json()) as Booked).durations.map((d) => [d.date, d.waiting])).toEqual([[TUESDAY, false]])
  })

  it('makes new bookings pending with the approval workflow on, so approvers can be reminded and resolve them', async () => {
    const approvals = (body: Record<string, unknown>) => send(t, 'PUT', '/v1/accounts/1', body)
    // Off (the seed): approved at once.
    expect((await book(day(1, 60))).approval_state).toEqual({ state: 'approved' })
    // On, with user 2 approving every resource: the demo user's booking waits for approval.
    const on = await approvals({
      booking_approvals: true,
      default_booking_approver_ids: [2],
      apply_to_all_resources: true,
    })
    expect(on.status).toBe(200)
    const pending = await book(day(1, 60))
    expect(pending.approval_state).toEqual({ state: 'pending' })
    expect(
      (await get<Booked[]>(`${ACCOUNT}/bookings?approval_states=pending&start_date=${MONDAY}&end_date=${MONDAY}`)).map(
        (b) => b.id,
      ),
    ).toEqual([pending.id])
    // A pending booking takes up time (it is scheduled), and the reports count it as pending.
    const report = await v2Day(1)
    expect(report.approvals).toEqual({ approved: 60, pending: 60, declined: 0 })
    expect(report.scheduled?.total).toBe(120)
    // A reminder changes no record: an activity, but no webhook payload.
    const queued = async () => ((await get<unknown[]>(`${ACCOUNT}/webhooks/1/queue?limit=0`)) as unknown[]).length
    const payloadsBefore = await queued()
    expect((await send(t, 'POST', `${ACCOUNT}/bookings/${pending.id}/remind`, {})).status).toBe(204)
    expect(await queued()).toBe(payloadsBefore)
    expect(
      (await get<{ action: string }[]>(`${ACCOUNT}/bookings/${pending.id}/activities`)).map((a) => a.action),
    ).toEqual(['create', 'remind'])
    const resolved = await send(t, 'POST', `${ACCOUNT}/bookings/${pending.id}/resolve`, {
      resolution: 'approved',
      resource_ids: [1],
    })
    expect(resolved.status).toBe(204)
    expect((await get<Booked>(`${ACCOUNT}/bookings/${pending.id}`)).approval_state).toEqual({ state: 'approved' })
    expect((await send(t, 'POST', `${ACCOUNT}/bookings/${pending.id}/remind`, {})).status).toBe(422)
    // The approver's own booking needs no approval; nor does one on a resource whose approver is the booker.
    expect((await book(day(1, 30, { booker_id: 2 }))).approval_state).toEqual({ state: 'approved' })
    expect((await send(t, 'PUT', `${ACCOUNT}/resources/2`, { booking_approver_ids: [1] })).status).toBe(200)
    expect((await book(day(2, 30))).approval_state).toEqual({ state: 'approved' })
    // A declined booking frees its time: the full day takes a new booking once the blocker is declined.
    await fill(3)
    const blocked = await post(day(3, 60))
    expect(blocked.status).toBe(400)
    const [blocker] = await get<Booked[]>(`${ACCOUNT}/resources/3/bookings?start_date=${MONDAY}&end_date=${MONDAY}`)
    await send(t, 'POST', `${ACCOUNT}/bookings/${blocker?.id}/resolve`, { resolution: 'declined', resource_ids: [3] })
    expect((await post(day(3, 60))).status).toBe(201)
    // Off again: approved at once.
    await approvals({ booking_approvals: false, default_booking_approver_ids: [2], apply_to_all_resources: false })
    expect((await book(day(1, 15))).approval_state).toEqual({ state: 'approved' })
  })
})
