/** Contacts: CRUD with batch adds, groups/roles/tags, location, permissions, notes, projects, summary, access requests. */
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { atNow, call, DEMO, get, ids, type Json, rows } from './support.ts'

describe.each(TARGETS)('ProWorkflow contacts (%s)', (kind) => {
  const t = useTarget(kind, 'proworkflow', atNow())

  it('adds → views → edits → views → deletes → 404', async () => {
    const add = await call(t, 'POST', '/contacts', {
      companyid: 2,
      type: 'client',
      firstname: 'Adam',
      lastname: 'West',
      email: 'adam@example.com',
      title: 'CEO',
      tagid: '2',
      viewcalendar: true,
    })
    expect(add.status).toBe(201)
    expect(add.body).toMatchObject({ status: 'Success', message: 'Contact/s Added', details: [{ name: 'Adam West' }] })
    const id = add.body.details[0].id as number
    const view = (await get(t, `/contacts/${id}`)).body
    expect(view).toMatchObject({
      status: 'Success',
      count: 1,
      contact: {
        id,
        firstname: 'Adam',
        lastname: 'West',
        companyid: 2,
        type: 'client',
        title: 'CEO',
        viewcalendar: true,
        tags: [{ id: 2, name: 'Decision Maker' }],
      },
    })
    expect(view.contact).not.toHaveProperty('password')
    const edit = await call(t, 'PUT', `/contacts/${id}`, { lastname: 'East', title: '', mobilephone: '0123' })
    expect(edit.body).toEqual({ status: 'Success', message: 'Contact Updated', details: [{ id }] })
    expect((await get(t, `/contacts/${id}`)).body.contact).toMatchObject({
      firstname: 'Adam',
      lastname: 'East',
      title: '',
      mobilephone: '0123',
      email: 'adam@example.com',
    })
    expect((await call(t, 'DELETE', `/contacts/${id}`)).body).toEqual({
      status: 'Success',
      message: 'Contact Deleted',
      details: [{ id }],
    })
    expect((await get(t, `/contacts/${id}`)).status).toBe(404)
  })

  it('adds several contacts at once and checks the whole batch first', async () => {
    const batch = await call(t, 'POST', '/contacts', [
      { companyid: 2, type: 'client', firstname: 'Adam', lastname: 'West' },
      { companyid: 3, type: 'client', firstname: 'Bob', lastname: 'East' },
    ])
    expect(batch.body.details.map((d: Json) => d.name)).toEqual(['Adam West', 'Bob East'])
    const before = (await get(t, '/contacts')).body.totalcount
    const bad = await call(t, 'POST', '/contacts', [
      { companyid: 2, type: 'client', firstname: 'C', lastname: 'D' },
      { companyid: 999, type: 'client', firstname: 'E', lastname: 'F' },
    ])
    expect(bad.status).toBe(400)
    expect(bad.body.details).toEqual(["'companyid' 999 is not a valid Company ID"])
    expect((await get(t, '/contacts')).body.totalcount).toBe(before)
  })

  it('moves a contact to another company with companyid, taking that company’s type', async () => {
    const contractorCompany = (await rows(t, '/companies/contractor', 'companies'))[0] as Json
    await call(t, 'PUT', '/contacts/6', { companyid: contractorCompany.id })
    expect((await get(t, '/contacts/6')).body.contact).toMatchObject({
      companyid: contractorCompany.id,
      companyname: contractorCompany.name,
      type: 'contractor',
    })
    expect(ids(await rows(t, `/companies/${contractorCompany.id}/contacts`, 'contacts'))).toContain(6)
  })

  it('shows a company rename on its contacts at once', async () => {
    await call(t, 'PUT', '/companies/2', { name: 'Renamed Ltd' })
    for (const c of await rows(t, '/contacts?companyid=2&fields=company', 'contacts'))
      expect(c.companyname).toBe('Renamed Ltd')
  })

  it('lists only one type under /contacts/staff, /client and /contractor', async () => {
    for (const type of ['staff', 'client', 'contractor']) {
      const list = await rows(t, `/contacts/${type}`, 'contacts')
      expect(list.length).toBeGreaterThan(0)
      expect(new Set(list.map((c) => c.type))).toEqual(new Set([type]))
    }
  })

  it('adds and removes groups and roles of a staff contact (teams follow the groups), refuses them for a client', async () => {
    await call(t, 'PUT', '/contacts/2/groups', { groupid: '2,3' })
    const groups = await rows(t, '/contacts/2/groups', 'groups')
    expect(ids(groups)).toEqual([1, 2, 3])
    expect(groups.find((g) => g.id === 2)).toEqual({ id: 2, name: 'Development', teamid: 2, teamname: 'Engineering' })
    expect(ids((await get(t, '/contacts/2')).body.contact.teams)).toEqual([1, 2])
    await call(t, 'PUT', '/contacts/2/groups', { groupid: '1,3', remove: true })
    expect(ids(await rows(t, '/contacts/2/groups', 'groups'))).toEqual([2])
    await call(t, 'PUT', '/contacts/2/roles', { roleid: '3' })
    expect(ids(await rows(t, '/contacts/2/roles', 'roles'))).toEqual([2, 3])
    await call(t, 'PUT', '/contacts/2/roles', { roleid: '2', remove: true })
    expect(await rows(t, '/contacts/2/roles', 'roles')).toEqual([{ id: 3, name: 'Staff' }])
    expect(ids(await rows(t, '/contacts?roleid=3', 'contacts'))).toContain(2)
    const client = (await rows(t, '/contacts/client', 'contacts'))[0] as Json
    expect((await call(t, 'PUT', `/contacts/${client.id}/groups`, { groupid: '1' })).status).toBe(400)
  })

  it('adds and removes tags of a contact', async () => {
    await call(t, 'PUT', '/contacts/3/tags', { tagid: '3,5' })
    expect(ids(await rows(t, '/contacts/3/tags', 'tags'))).toEqual([3, 5])
    await call(t, 'PUT', '/contacts/3/tags', { tagid: '3', remove: true })
    expect(await rows(t, '/contacts/3/tags', 'tags')).toEqual([{ id: 5, name: 'Prospect' }])
  })

  it('updates a location from latitude/longitude or from an address, and lists only contacts with a location', async () => {
    const before = ids(await rows(t, '/contacts/location', 'contacts'))
    expect(before).not.toContain(4)
    await call(t, 'PUT', '/contacts/4/location', { latitude: 43.68906, longitude: -20.182721 })
    expect(await rows(t, '/contacts/4/location', 'contacts')).toEqual([
      {
        id: 4,
        firstname: expect.any(String),
        lastname: expect.any(String),
        latitude: 43.68906,
        longitude: -20.182721,
        locationtime: '2025-06-11T12:00:00',
      },
    ])
    expect(ids(await rows(t, '/contacts/location?locationtimefrom=15n', 'contacts'))).toEqual([4])
    await call(t, 'PUT', '/contacts/5/location', { address: '123 ABC Street, Townsville, 91911, USA' })
    const located = (await rows(t, '/contacts/5/location', 'contacts'))[0] as Json
    expect(typeof located.latitude).toBe('number')
    expect((await call(t, 'PUT', '/contacts/5/location', { address: ' , ' })).status).toBe(400)
    expect((await call(t, 'PUT', '/contacts/5/location', { latitude: 1 })).status).toBe(400)
  })

  it('updates a location with POST too, as the reference labels the sample "Sample POST data" (002 line 3364)', async () => {
    const posted = await call(t, 'POST', '/contacts/4/location', { latitude: 51.507351, longitude: -0.127758 })
    expect(posted.status).toBe(200)
    expect(posted.body).toEqual({ status: 'Success', message: 'Contact Updated', details: [{ id: 4 }] })
    expect(await rows(t, '/contacts/4/location', 'contacts')).toMatchObject([
      { id: 4, latitude: 51.507351, longitude: -0.127758 },
    ])
    expect((await call(t, 'POST', '/contacts/4/location', { latitude: 1 })).status).toBe(400)
    expect((await call(t, 'POST', '/contacts/99999/location', { address: '1 Main St' })).status).toBe(404)
  })

  it('lists permissions from the roles, and checks one setting', async () => {
    const mine = await rows(t, '/contacts/1/permissions', 'permissions')
    expect(mine.every((p) => p.view && p.add && p.edit && p.delete)).toBe(true)
    const check = await get(t, '/contacts/1/permissions/5?permissionsetting=delete')
    expect(check.body).toEqual({
      status: 'Success',
      count: 1,
      permission: { id: 5, name: 'Invoices', permissionsetting: 'delete', allowed: true },
    })
    const staff = (await rows(t, '/contacts/staff?roleid=3', 'contacts'))[0] as Json
    expect((await get(t, `/contacts/${staff.id}/permissions/5`)).body.permission.allowed).toBe(false)
    expect((await get(t, '/contacts/1/permissions/99')).status).toBe(404)
    expect((await get(t, '/contacts/1?permissions=true')).body.contact.permissions).toHaveLength(mine.length)
  })

  it('adds → views → deletes → 404 a contact note', async () => {
    const id = (await call(t, 'POST', '/contacts/6/notes', { content: 'Prefers calls' })).body.details[0].id as number
    expect((await get(t, `/contacts/6/notes/${id}`)).body.note).toMatchObject({ id, content: 'Prefers calls' })
    expect(ids(await rows(t, '/contacts/6/notes', 'notes'))).toContain(id)
    expect((await get(t, `/contacts/7/notes/${id}`)).status).toBe(404)
    await call(t, 'DELETE', `/contacts/6/notes/${id}`)
    expect((await get(t, `/contacts/6/notes/${id}`)).status).toBe(404)
  })

  it('adds a project for a client contact in its company, with the contact assigned', async () => {
    const contact = (await get(t, '/contacts/6')).body.contact as Json
    const add = await call(t, 'POST', '/contacts/6/projects', { title: 'Contact Project' })
    expect(add.status).toBe(201)
    const projects = await rows(t, '/contacts/6/projects?fields=title,company,contacts', 'projects')
    const made = projects.find((p) => p.id === add.body.details[0].id) as Json
    expect(made).toMatchObject({ title: 'Contact Project', companyid: contact.companyid })
    expect(ids(made.clients)).toContain(6)
  })

  it('lists the tasks assigned to a contact and the time it tracked', async () => {
    for (const task of await rows(t, '/contacts/2/tasks?fields=contacts&status=all', 'tasks'))
      expect(ids(task.contacts)).toContain(2)
    for (const record of await rows(t, '/contacts/2/time?fields=contact&trackedfrom=-1y', 'timerecords'))
      expect(record.contactid).toBe(2)
  })

  it('summarises a contact: active projects and tasks', async () => {
    const summary = (await get(t, '/contacts/1/summary')).body.summary as Json
    expect(Object.keys(summary).sort()).toEqual(['projects', 'tasks'])
    expect(summary.projects.length).toBeGreaterThan(0)
    expect(Object.keys((await get(t, '/contacts/1/summary?types=tasks')).body.summary)).toEqual(['tasks'])
  })

  it('answers a password reset for a known address, 404 for an unknown one (002 line 4986)', async () => {
    // The reference's example address is seeded (contact 5, without a login).
    expect((await get(t, '/contacts/forgotpassword?email=noreply@proworkflow.com')).status).toBe(200)
    expect((await get(t, `/contacts/forgotpassword?email=${encodeURIComponent(DEMO.username)}`)).body).toEqual({
      status: 'Success',
      message: 'Password reset email sent',
    })
    expect((await get(t, '/contacts/forgotpassword?email=nobody@example.com')).status).toBe(404)
    expect((await get(t, '/contacts/forgotpassword')).status).toBe(400)
  })

  it('adds an access request as a pending contact in a pending company, seen only with pending=true', async () => {
    const reply = await call(t, 'POST', '/contacts/requestaccess', {
      firstname: 'Adam',
      lastname: 'West',
      email: 'adam@abc.example.com',
      type: 'client',
      companyname: 'ABC',
    })
    expect(reply.status).toBe(201)
    const id = reply.body.details[0].id as number
    expect(ids(await rows(t, '/contacts', 'contacts'))).not.toContain(id)
    const pending = await rows(t, '/contacts?pending=true&fields=company', 'contacts')
    expect(pending.find((c) => c.id === id)).toMatchObject({ companyname: 'ABC' })
    expect((await rows(t, '/companies?pending=true', 'companies')).some((c) => c.name === 'ABC')).toBe(true)
    const noCompany = await call(t, 'POST', '/contacts/requestaccess', {
      firstname: 'A',
      lastname: 'B',
      email: 'a@b.c',
      type: 'client',
    })
    expect(noCompany.status).toBe(400)
    expect(
      (
        await call(t, 'POST', '/contacts/requestaccess', {
          firstname: 'A',
          lastname: 'B',
          email: 'a@b.c',
          type: 'staff',
        })
      ).status,
    ).toBe(201)
  })

  it('refuses to delete the contact making the request', async () => {
    expect((await call(t, 'DELETE', '/contacts/1')).status).toBe(403)
  })

  it('views and edits the contact making the request under /me (an empty string clears a field)', async () => {
    expect((await get(t, '/me')).body.contact).toMatchObject({ id: 1, email: DEMO.username })
    expect((await call(t, 'PUT', '/me', { firstname: 'Dee', title: '' })).body).toEqual({
      status: 'Success',
      message: 'Contact Updated',
      details: [{ id: 1 }],
    })
    expect((await get(t, '/me')).body.contact).toMatchObject({ firstname: 'Dee', lastname: 'User', title: '' })
    expect((await call(t, 'PUT', '/me', { password: '' })).status).toBe(400)
    await call(t, 'PUT', '/me', { password: 'n3w' })
    expect(
      (
        await call(t, 'GET', '/me', undefined, {
          apikey: DEMO.apiKey,
          authorization: basicAuthorization(DEMO.username, 'n3w'),
        })
      ).status,
    ).toBe(200)
  })
})
