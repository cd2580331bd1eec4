import { describe, expect, it } from 'vitest'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Calendar {
  id: number
  calendar_account_name: string
  incoming_calendars: { id: number; name: string; sync: boolean }[]
}

describe.each(TARGETS)('Resource Guru calendars (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')

  it('lists, reads, updates and deletes a calendar, which is then 404 and no longer listed', async () => {
    const listed = (await (await send(t, 'GET', `${ACCOUNT}/calendars`)).json()) as Calendar[]
    expect(listed.map((c) => c.id)).toEqual([1])
    const calendar = (await (await send(t, 'GET', `${ACCOUNT}/calendars/1`)).json()) as Calendar
    expect(calendar).toEqual(listed[0])
    expect(calendar.incoming_calendars).toEqual([{ id: 1, name: 'Team holidays', sync: true }])

    const updated = await send(t, 'PUT', `${ACCOUNT}/calendars/1`, {
      incoming_calendar_subscriptions: [{ calendar_id: 1, sync: false }],
    })
    expect(updated.status).toBe(200)
    expect(((await updated.json()) as Calendar).incoming_calendars).toEqual([
      { id: 1, name: 'Team holidays', sync: false },
    ])
    expect(
      ((await (await send(t, 'GET', `${ACCOUNT}/calendars/1`)).json()) as Calendar).incoming_calendars[0]?.sync,
    ).toBe(false)

    expect((await send(t, 'DELETE', `${ACCOUNT}/calendars/1`)).status).toBe(204)
    const gone = await send(t, 'GET', `${ACCOUNT}/calendars/1`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({ errors: ['Calendar 1 was not found'] })
    expect(await (await send(t, 'GET', `${ACCOUNT}/calendars`)).json()).toEqual([])
    expect((await send(t, 'DELETE', `${ACCOUNT}/calendars/1`)).status).toBe(404)
  })

  it('rejects a subscription for a calendar the connection does not have with 422', async () => {
    const response = await send(t, 'PUT', `${ACCOUNT}/calendars/1`, {
      incoming_calendar_subscriptions: [{ calendar_id: 7, sync: true }],
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ errors: ['calendar_id 7 is not an incoming calendar of calendar 1'] })
    expect(
      (await send(t, 'PUT', `${ACCOUNT}/calendars/1`, { incoming_calendar_subscriptions: [{ calendar_id: 1 }] }))
        .status,
    ).toBe(422)
  })

  it('lists the synchronised external events, and none once every calendar is disconnected', async () => {
    const events = (await (
      await send(t, 'GET', `${ACCOUNT}/external_events?start_date=2020-01-01&end_date=2021-12-31`)
    ).json()) as { id: number }[]
    expect(events.map((e) => e.id)).toEqual([1, 2, 3])
    expect((await send(t, 'GET', `${ACCOUNT}/external_events?start_date=soon`)).status).toBe(400)
    await send(t, 'DELETE', `${ACCOUNT}/calendars/1`)
    expect(await (await send(t, 'GET', `${ACCOUNT}/external_events`)).json()).toEqual([])
  })
})
