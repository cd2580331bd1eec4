import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Resource {
  id: number
  name: string
  archived: boolean
  human: boolean
  resource_type: { id: number; name: string }
}

describe.each(TARGETS)('Resource Guru resources (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')
  const get = async <T>(path: string) => (await (await send(t, 'GET', path)).json()) as T

  it('creates a person from first and last name, and refuses a room without a name (001)', async () => {
    const person = await send(t, 'POST', `${ACCOUNT}/resources`, {
      resource_type_id: 1,
      first_name: 'Ada',
      last_name: 'Lovelace',
    })
    expect(person.status).toBe(201)
    expect(await person.json()).toMatchObject({
      name: 'Ada Lovelace',
      human: true,
      resource_type: { id: 1, name: 'Person' },
    })
    const room = await send(t, 'POST', `${ACCOUNT}/resources`, { resource_type_id: 2 })
    expect(room.status).toBe(422)
    expect(await room.json()).toEqual({ errors: ['name is required for a Meeting Room'] })
    expect((await send(t, 'POST', `${ACCOUNT}/resources`, { resource_type_id: 99, name: 'X' })).status).toBe(422)
  })

  it("creates from a name alone, as 004's legacy example, with the account's human resource type", async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/resources`, { name: 'Resource Name' })
    expect(response.status).toBe(201)
    const resource = (await response.json()) as Resource & { url: string }
    expect(resource).toMatchObject({ name: 'Resource Name', human: true, resource_type: { id: 1, name: 'Person' } })
    expect(response.headers.get('location')).toBe(`${t.base}${ACCOUNT}/resources/${resource.id}`)
    expect(await get<Resource>(`${ACCOUNT}/resources/${resource.id}`)).toEqual(resource)
  })

  it('fills booked_client_ids and booked_project_ids from the bookings on the resource', async () => {
    type Booked = { booked_client_ids: number[]; booked_project_ids: number[] }
    const resource = (await (
      await send(t, 'POST', `${ACCOUNT}/resources`, { resource_type_id: 1, first_name: 'New', last_name: 'Hire' })
    ).json()) as Resource & Booked
    expect(resource).toMatchObject({ booked_client_ids: [], booked_project_ids: [] })
    const client = (await (await send(t, 'POST', `${ACCOUNT}/clients`, { name: 'Booked Ltd' })).json()) as Resource
    const project = (await (
      await send(t, 'POST', `${ACCOUNT}/projects`, { name: 'Booked project', client_id: client.id })
    ).json()) as Resource
    const booking = (at: string, extra: Record<string, unknown>) =>
      send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_ids: [resource.id],
        start_date: at,
        end_date: at,
        duration: 60,
        ...extra,
      })
    // A project booking (its client comes with it), then one for a seeded client alone.
    const first = (await (await booking('2031-09-01', { project_id: project.id })).json()) as { id: number }
    expect((await booking('2031-09-02', { client_id: 2 })).status).toBe(201)
    const expected = { booked_client_ids: [2, client.id], booked_project_ids: [project.id] }
    expect(await get<Booked>(`${ACCOUNT}/resources/${resource.id}`)).toMatchObject(expected)
    const detailed = await get<(Resource & Booked)[]>(`${ACCOUNT}/resources?detail=1&ids=${resource.id}`)
    expect(detailed[0]).toMatchObject(expected)
    // The project booking gone: its project and client are no longer booked on the resource.
    expect((await send(t, 'DELETE', `${ACCOUNT}/bookings/${first.id}`)).status).toBe(204)
    expect(await get<Booked>(`${ACCOUNT}/resources/${resource.id}`)).toMatchObject({
      booked_client_ids: [2],
      booked_project_ids: [],
    })
    // The seed's resources are filled from the seeded bookings too.
    const seeded = await get<(Resource & Booked)[]>(`${ACCOUNT}/resources?detail=1&limit=0`)
    expect(seeded.some((r) => r.booked_project_ids.length > 0)).toBe(true)
  })

  it('filters by ids, separates archived resources, and is 404 after delete', async () => {
    expect((await get<Resource[]>(`${ACCOUNT}/resources?ids=2&ids=3`)).map((r) => r.id)).toEqual([2, 3])
    // `archived` is extra information: list items carry it with detail=1 only.
    const active = await get<Resource[]>(`${ACCOUNT}/resources?detail=1`)
    const archived = await get<Resource[]>(`${ACCOUNT}/resources/archived?detail=1`)
    expect(active.every((r) => !r.archived) && archived.every((r) => r.archived)).toBe(true)
    expect(active.length + archived.length).toBe(10)
    expect((await send(t, 'DELETE', `${ACCOUNT}/resources/2`)).status).toBe(204)
    expect((await send(t, 'GET', `${ACCOUNT}/resources/2`)).status).toBe(404)
  })

  it('keeps bookings of deleted resources unless include_deleted_resources=0', async () => {
    const booking = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_id: 3,
        start_date: '2031-05-05',
        end_date: '2031-05-05',
        duration: 60,
      })
    ).json()) as { id: number }
    await send(t, 'DELETE', `${ACCOUNT}/resources/3`)
    const range = 'start_date=2031-05-01&end_date=2031-05-31'
    expect((await get<{ id: number }[]>(`${ACCOUNT}/bookings?${range}`)).map((b) => b.id)).toEqual([booking.id])
    expect(await get<unknown[]>(`${ACCOUNT}/bookings?${range}&include_deleted_resources=0`)).toEqual([])
  })

  it('excludes bookings of archived resources with include_archived_resources=0', async () => {
    const booking = (await (
      await send(t, 'POST', `${ACCOUNT}/bookings`, {
        resource_id: 4,
        start_date: '2031-06-02',
        end_date: '2031-06-02',
        duration: 60,
      })
    ).json()) as { id: number }
    await send(t, 'PUT', `${ACCOUNT}/resources/4`, { archived: true })
    const range = 'start_date=2031-06-01&end_date=2031-06-30'
    expect((await get<{ id: number }[]>(`${ACCOUNT}/bookings?${range}`)).map((b) => b.id)).toEqual([booking.id])
    expect(await get<unknown[]>(`${ACCOUNT}/bookings?${range}&include_archived_resources=0`)).toEqual([])
  })

  it('lists the account users and the authenticated user', async () => {
    const users = await get<{ id: number; email: string }[]>(`${ACCOUNT}/users`)
    expect(users.length).toBe(5)
    expect(await get<{ email: string }>(`${ACCOUNT}/users/me`)).toMatchObject({ email: 'user@example.com' })
    expect((await send(t, 'GET', `${ACCOUNT}/users/6`)).status).toBe(404) // a user of another account
  })
})

describe.each(TARGETS)('Resource Guru resource lists and timezones (%s)', (kind) => {
  // 2030-07-01 12:00 UTC: summer time in the northern hemisphere, standard time in Sydney.
  const clock = manualClock(Date.UTC(2030, 6, 1, 12))
  const t = useTarget(kind, 'resource-guru', { clock })
  const get = async <T>(path: string) => (await (await send(t, 'GET', path)).json()) as T
  type Item = Record<string, unknown> & { id: number; timezone: { name: string; offset: number } }

  it('lists 004 list items with the custom available periods; detail=1 adds the rest; show_availability=0 drops them', async () => {
    await send(t, 'POST', `${ACCOUNT}/custom_available_periods`, {
      custom_available_periods: { resource_instance_id: 1, dates: ['2030-07-01'], available_periods: [] },
    })
    const [item] = await get<Item[]>(`${ACCOUNT}/resources?ids=1`)
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ['color', 'custom_available_periods', 'id', 'name', 'resource_type', 'timezone', 'updated_at', 'url'].sort(),
    )
    expect(((item?.custom_available_periods ?? []) as { date: string }[]).map((p) => p.date)).toEqual(['2030-07-01'])
    const [bare] = await get<Item[]>(`${ACCOUNT}/resources?ids=1&show_availability=0`)
    expect(Object.keys(bare ?? {}).sort()).toEqual(
      ['color', 'id', 'name', 'resource_type', 'timezone', 'updated_at', 'url'].sort(),
    )
    const whole = await get<Item>(`${ACCOUNT}/resources/1`)
    expect((await get<Item[]>(`${ACCOUNT}/resources?ids=1&detail=1`))[0]).toEqual(whole)
    const [detailed] = await get<Item[]>(`${ACCOUNT}/resources?ids=1&detail=1&show_availability=0`)
    const { custom_available_periods: _periods, ...rest } = whole
    expect(detailed).toEqual(rest)
    expect(detailed).toHaveProperty('available_periods')
    const archived = await get<Item[]>(`${ACCOUNT}/resources/archived?show_availability=0`)
    expect(archived.map((r) => Object.keys(r).length)).toEqual([7])
  })

  it('gives each resource its zone offset in minutes at the clock time, summer time included', async () => {
    // Worked out by hand for 2030-07-01: BST, CEST, EDT, PDT; AEST (Sydney's winter).
    const july: Record<string, number> = {
      London: 60,
      UTC: 0,
      Berlin: 120,
      'Eastern Time (US & Canada)': -240,
      'Pacific Time (US & Canada)': -420,
      Sydney: 600,
    }
    const seeded = await get<Item[]>(`${ACCOUNT}/resources?limit=0`)
    expect(seeded.length).toBeGreaterThan(0)
    for (const r of seeded) expect(r.timezone.offset, r.timezone.name).toBe(july[r.timezone.name])
    const created = await send(t, 'POST', `${ACCOUNT}/resources`, {
      resource_type_id: 2,
      name: 'Room',
      timezone: 'Kathmandu',
    })
    expect(((await created.json()) as Item).timezone).toEqual({ name: 'Kathmandu', offset: 345 })
    const updated = await send(t, 'PUT', `${ACCOUNT}/resources/1`, { timezone: 'Newfoundland' })
    expect(((await updated.json()) as Item).timezone).toEqual({ name: 'Newfoundland', offset: -150 })
    const unknown = await send(t, 'PUT', `${ACCOUNT}/resources/1`, { timezone: 'Atlantis' })
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toEqual({
      errors: ['timezone "Atlantis" is not one of the documented timezone names'],
    })

    // In January (GMT, CET, EST, PST; AEDT) the seed gets the winter offsets.
    clock.set(Date.UTC(2030, 0, 15, 12))
    t.engine.reset()
    const january: Record<string, number> = {
      London: 0,
      UTC: 0,
      Berlin: 60,
      'Eastern Time (US & Canada)': -300,
      'Pacific Time (US & Canada)': -480,
      Sydney: 660,
    }
    for (const r of await get<Item[]>(`${ACCOUNT}/resources?limit=0`))
      expect(r.timezone.offset, r.timezone.name).toBe(january[r.timezone.name])
    const moved = await send(t, 'POST', `${ACCOUNT}/resources/2/availability`, {
      date: '2030-01-15',
      timezone: 'Sydney',
    })
    expect(moved.status).toBe(201)
    expect((await get<Item>(`${ACCOUNT}/resources/2`)).timezone).toEqual({ name: 'Sydney', offset: 660 })
    clock.set(Date.UTC(2030, 6, 1, 12))
  })
})
