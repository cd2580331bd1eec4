import { describe, expect, it } from 'vitest'
import { ACCOUNT, send } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface Entity {
  id: number
  name: string
  archived: boolean
  deleted: boolean
  color: string | null
  client_id?: number | null
  account_id?: number
}

describe.each(TARGETS)('Resource Guru clients and projects (%s)', (kind) => {
  const t = useTarget(kind, 'resource-guru')
  const get = async <T>(path: string) => (await (await send(t, 'GET', path)).json()) as T

  it.each(['clients', 'projects'])(
    '%s: create → get → update → delete → 404, and deleted ones only with includeDeleted=1',
    async (collection) => {
      const created = await send(t, 'POST', `${ACCOUNT}/${collection}`, { name: 'Acme', color: 'c0ffee' })
      expect(created.status).toBe(201)
      const entity = (await created.json()) as Entity
      expect(entity).toMatchObject({ name: 'Acme', color: '#c0ffee', archived: false })
      // Get project nests the account (and the client, when there is one) instead of the ids create answers.
      const { account_id: _accountId, client_id: _clientId, ...rest } = entity
      const account = { id: 1, name: 'Example Corp', url: `${t.base}/v1/accounts/1` }
      expect(await get<Entity>(`${ACCOUNT}/${collection}/${entity.id}`)).toEqual(
        collection === 'projects' ? { ...rest, account } : entity,
      )
      const updated = (await (
        await send(t, 'PUT', `${ACCOUNT}/${collection}/${entity.id}`, { name: 'Acme Ltd', archived: true })
      ).json()) as Entity
      expect(updated).toMatchObject({ name: 'Acme Ltd', archived: true })
      // Update answers as Get does (for a project: nested, without the ids).
      expect(await get<Entity>(`${ACCOUNT}/${collection}/${entity.id}`)).toEqual(updated)
      expect((await get<Entity[]>(`${ACCOUNT}/${collection}`)).some((e) => e.id === entity.id)).toBe(false)
      expect((await get<Entity[]>(`${ACCOUNT}/${collection}/archived`)).some((e) => e.id === entity.id)).toBe(true)
      expect((await get<Entity[]>(`${ACCOUNT}/${collection}?includeArchived=1`)).some((e) => e.id === entity.id)).toBe(
        true,
      )

      expect((await send(t, 'DELETE', `${ACCOUNT}/${collection}/${entity.id}`)).status).toBe(204)
      const gone = await send(t, 'GET', `${ACCOUNT}/${collection}/${entity.id}`)
      expect(gone.status).toBe(404)
      expect(await gone.json()).toEqual({
        errors: [`${collection === 'clients' ? 'Client' : 'Project'} ${entity.id} was not found`],
      })
      expect((await send(t, 'DELETE', `${ACCOUNT}/${collection}/${entity.id}`)).status).toBe(404)
      const withDeleted = await get<Entity[]>(`${ACCOUNT}/${collection}?includeDeleted=1&includeArchived=1`)
      expect(withDeleted.find((e) => e.id === entity.id)).toMatchObject({ deleted: true })
    },
  )

  it('lists 50 clients by default, all with limit=0, and ignores limit/offset when includeArchived=1 (001)', async () => {
    for (let i = 0; i < 60; i++) await send(t, 'POST', `${ACCOUNT}/clients`, { name: `Client ${i}` })
    expect((await get<Entity[]>(`${ACCOUNT}/clients`)).length).toBe(50)
    const all = await get<Entity[]>(`${ACCOUNT}/clients?limit=0`)
    expect(all.length).toBe(65) // 5 active seeded + 60
    expect((await get<Entity[]>(`${ACCOUNT}/clients?limit=10&offset=60`)).map((c) => c.id)).toEqual(
      all.slice(60).map((c) => c.id),
    )
    expect((await get<Entity[]>(`${ACCOUNT}/clients?limit=2&includeArchived=1`)).length).toBe(66)
  })

  it('answers Get project with the account and client nested, as the spec promises, and create with their ids', async () => {
    const client = (await (await send(t, 'POST', `${ACCOUNT}/clients`, { name: 'Acme Ltd' })).json()) as Entity
    const created = await send(t, 'POST', `${ACCOUNT}/projects`, { name: 'Relaunch', client_id: client.id })
    const project = (await created.json()) as Entity & Record<string, unknown>
    // 001: client_id is "Returned by create but not by get".
    expect(project).toMatchObject({ account_id: 1, client_id: client.id })
    const got = await get<Record<string, unknown>>(`${ACCOUNT}/projects/${project.id}`)
    expect(got).not.toHaveProperty('account_id')
    expect(got).not.toHaveProperty('client_id')
    expect(got).toMatchObject({
      id: project.id,
      name: 'Relaunch',
      account: { id: 1, name: 'Example Corp', url: `${t.base}/v1/accounts/1` },
      client: { id: client.id, name: 'Acme Ltd', url: `${t.base}${ACCOUNT}/clients/${client.id}` },
    })
    // Update project answers in the same shape as Get (the spec's Update example nests them too).
    const other = (await (await send(t, 'POST', `${ACCOUNT}/clients`, { name: 'Other Ltd' })).json()) as Entity
    const updated = await send(t, 'PUT', `${ACCOUNT}/projects/${project.id}`, { client_id: other.id, notes: 'v2' })
    expect(updated.status).toBe(200)
    const body = (await updated.json()) as Record<string, unknown>
    expect(body).not.toHaveProperty('account_id')
    expect(body).not.toHaveProperty('client_id')
    expect(body).toMatchObject({
      notes: 'v2',
      account: { id: 1, url: `${t.base}/v1/accounts/1` },
      client: { id: other.id, name: 'Other Ltd', url: `${t.base}${ACCOUNT}/clients/${other.id}` },
    })
    expect(await get(`${ACCOUNT}/projects/${project.id}`)).toEqual(body)
    // Without a client there is no `client` member (as Get).
    const detached = (await (
      await send(t, 'PUT', `${ACCOUNT}/projects/${project.id}`, { client_id: null })
    ).json()) as Record<string, unknown>
    expect(detached).not.toHaveProperty('client')
  })

  it("gives the seeded records' url fields the base URL the request reached the API at", async () => {
    const base = `${t.base}${ACCOUNT}`
    expect(await get(`${ACCOUNT}/clients/1`)).toMatchObject({ url: `${base}/clients/1` })
    expect(await get(`${ACCOUNT}/projects/1`)).toMatchObject({
      url: `${base}/projects/1`,
      account: { url: `${t.base}/v1/accounts/1` },
    })
    expect(await get(`${ACCOUNT}/resources/1`)).toMatchObject({
      url: `${base}/resources/1`,
      account: { url: base },
      resource_type: { url: `${base}/resource_types/1` },
    })
    expect(await get(`${ACCOUNT}/webhooks/1`)).toMatchObject({ url: `${base}/webhooks/1` })
    expect(await get('/v1/accounts/1')).toMatchObject({ url: `${t.base}/v1/accounts/1` })
    // Lists too: no url anywhere is left on the vendor's host.
    for (const path of ['clients', 'projects', 'resources?detail=1', 'webhooks'])
      expect(JSON.stringify(await get(`${ACCOUNT}/${path}`))).not.toContain('api.resourceguruapp.com')
  })

  it('refuses a project for a client that does not exist with 422', async () => {
    const response = await send(t, 'POST', `${ACCOUNT}/projects`, { name: 'Orphan', client_id: 999 })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({ errors: ['client_id 999 does not exist'] })
  })
})
