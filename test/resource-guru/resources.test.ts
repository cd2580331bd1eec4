import { describe, expect, it } from 'vitest'
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

  it('filters by ids, separates archived resources, and is 404 after delete', async () => {
    expect((await get<Resource[]>(`${ACCOUNT}/resources?ids=2&ids=3`)).map((r) => r.id)).toEqual([2, 3])
    const active = await get<Resource[]>(`${ACCOUNT}/resources`)
    const archived = await get<Resource[]>(`${ACCOUNT}/resources/archived`)
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
