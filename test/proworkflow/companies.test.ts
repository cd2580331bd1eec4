/** Companies: CRUD with batch adds, partial edits, delete with or without the contacts, tags, notes, summary, sub-lists. */
import { describe, expect, it } from 'vitest'
import { TARGETS, useTarget } from '../support/targets.ts'
import { atNow, call, get, ids, type Json, rows } from './support.ts'

describe.each(TARGETS)('ProWorkflow companies (%s)', (kind) => {
  const t = useTarget(kind, 'proworkflow', atNow())

  it('adds → views → edits → views → deletes → 404', async () => {
    const add = await call(t, 'POST', '/companies', {
      name: 'ABC Ltd',
      type: 'client',
      code: 'ABC',
      city: 'Somecity',
      tagid: '1,2',
      apifields: [{ id: 1, value: 'Europe' }],
    })
    expect(add.status).toBe(201)
    expect(add.body).toMatchObject({ status: 'Success', message: 'Company/s Added', details: [{ name: 'ABC Ltd' }] })
    const id = add.body.details[0].id as number
    const view = await get(t, `/companies/${id}`)
    expect(view.body).toMatchObject({
      status: 'Success',
      count: 1,
      company: {
        id,
        name: 'ABC Ltd',
        type: 'client',
        code: 'ABC',
        city: 'Somecity',
        contacts: [],
        tags: [
          { id: 1, name: 'Key Account' },
          { id: 2, name: 'Decision Maker' },
        ],
        apifields: [{ id: 1, name: 'Region', value: 'Europe' }],
      },
    })
    // Partial edit: only the fields sent change; an empty string clears one (C 01c).
    const edit = await call(t, 'PUT', `/companies/${id}`, { name: 'ABC Limited', city: '' })
    expect(edit.status).toBe(200)
    expect(edit.body).toEqual({ status: 'Success', message: 'Company Updated', details: [{ id }] })
    const after = (await get(t, `/companies/${id}`)).body.company as Json
    expect(after).toMatchObject({ name: 'ABC Limited', city: '', code: 'ABC' })
    expect(after.lastmodified).toBe('2025-06-11T12:00:00')
    const del = await call(t, 'DELETE', `/companies/${id}`)
    expect(del.body).toEqual({ status: 'Success', message: 'Company Deleted', details: [{ id }] })
    expect((await get(t, `/companies/${id}`)).status).toBe(404)
    expect((await call(t, 'DELETE', `/companies/${id}`)).status).toBe(404)
    expect((await call(t, 'PUT', `/companies/${id}`, { name: 'x' })).status).toBe(404)
  })

  it('adds several companies at once, one details entry each in input order', async () => {
    const add = await call(t, 'POST', '/companies', [
      { name: 'First Co', type: 'client' },
      { name: 'Second Co', type: 'contractor', imagecontent: 'iVBORw0KGgo=' },
      { name: 'Third Co', type: 'other' },
    ])
    expect(add.status).toBe(201)
    expect(add.body.details.map((d: Json) => d.name)).toEqual(['First Co', 'Second Co', 'Third Co'])
    const [first, second, third] = ids(add.body.details)
    expect([second! - first!, third! - second!]).toEqual([1, 1])
    // No images in a batch (002 line 240).
    expect((await get(t, `/companies/${second}`)).body.company.image).toBe('')
    const single = await call(t, 'POST', '/companies', { name: 'Pic Co', type: 'client', imagecontent: 'iVBORw0KGgo=' })
    expect((await get(t, `/companies/${single.body.details[0].id}`)).body.company.image).toMatch(/\.png$/)
  })

  it('refuses an add without a required field, naming it, and adds nothing of a batch with one bad entry', async () => {
    const before = (await get(t, '/companies')).body.totalcount
    const reply = await call(t, 'POST', '/companies', [
      { name: 'Good', type: 'client' },
      { name: '   ', type: 'client' },
    ])
    expect(reply.status).toBe(400)
    expect(reply.body).toEqual({ status: 'Error', details: ["'name' is a required field"] })
    expect((await get(t, '/companies')).body.totalcount).toBe(before)
  })

  it('deletes the company contacts with it, unless deletecontacts=false (002 line 294)', async () => {
    const company = (await call(t, 'POST', '/companies', { name: 'Gone Ltd', type: 'client' })).body.details[0]
      .id as number
    const added = await call(t, 'POST', `/companies/${company}/contacts`, [
      { firstname: 'A', lastname: 'One' },
      { firstname: 'B', lastname: 'Two' },
    ])
    expect(added.body.message).toBe('Contact/s Added')
    const [a, b] = ids(added.body.details)
    expect((await get(t, `/contacts/${a}`)).body.contact).toMatchObject({
      type: 'client',
      companyid: company,
      companyname: 'Gone Ltd',
    })
    await call(t, 'DELETE', `/companies/${company}`)
    expect((await get(t, `/contacts/${a}`)).status).toBe(404)
    expect((await get(t, `/contacts/${b}`)).status).toBe(404)

    const kept = (await call(t, 'POST', '/companies', { name: 'Kept Ltd', type: 'contractor' })).body.details[0]
      .id as number
    const person = (await call(t, 'POST', `/companies/${kept}/contacts`, { firstname: 'C', lastname: 'Three' })).body
      .details[0].id as number
    expect((await call(t, 'DELETE', `/companies/${kept}?deletecontacts=false`)).status).toBe(200)
    expect((await get(t, `/contacts/${person}`)).body.contact).toMatchObject({
      id: person,
      type: 'contractor',
      companyid: kept,
      companyname: '',
    })
  })

  it('refuses to delete the account’s own staff company', async () => {
    const staff = (await rows(t, '/companies/staff', 'companies'))[0] as Json
    expect((await call(t, 'DELETE', `/companies/${staff.id}`)).status).toBe(403)
  })

  it('lists companies of one type under /companies/client, /contractor and /staff, and hides pending ones unless pending=true', async () => {
    for (const type of ['client', 'contractor', 'staff'] as const) {
      const list = await rows(t, `/companies/${type}?fields=type`, 'companies')
      expect(list.length).toBeGreaterThan(0)
      expect(new Set(list.map((c) => c.type))).toEqual(new Set([type]))
    }
    const all = await rows(t, '/companies?fields=type', 'companies')
    expect(new Set(all.map((c) => c.type))).toEqual(new Set(['client', 'contractor', 'staff', 'other']))
    const pending = await rows(t, '/companies?pending=true', 'companies')
    expect(pending).toHaveLength(1)
    expect(ids(all)).not.toContain(pending[0]?.id)
  })

  it('adds and removes tags', async () => {
    const id = (await call(t, 'POST', '/companies', { name: 'Tagged', type: 'client', tagid: '1' })).body.details[0]
      .id as number
    expect((await call(t, 'PUT', `/companies/${id}/tags`, { tagid: '2,3' })).body.message).toBe('Company Updated')
    expect(ids(await rows(t, `/companies/${id}/tags`, 'tags'))).toEqual([1, 2, 3])
    await call(t, 'PUT', `/companies/${id}/tags`, { tagid: '1,3', remove: true })
    expect(await rows(t, `/companies/${id}/tags`, 'tags')).toEqual([{ id: 2, name: 'Decision Maker' }])
    expect((await call(t, 'PUT', `/companies/${id}/tags`, { tagid: '99' })).status).toBe(400)
    expect(ids(await rows(t, '/companies?tagid=2', 'companies'))).toContain(id)
  })

  it('adds → views → deletes → 404 a company note, which only its company shows', async () => {
    const company = 2
    const add = await call(t, 'POST', `/companies/${company}/notes`, { content: 'Called about the renewal' })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    expect((await get(t, `/companies/${company}/notes/${id}`)).body.note).toMatchObject({
      id,
      content: 'Called about the renewal',
      authorname: 'Demo User',
    })
    expect((await get(t, `/companies/3/notes/${id}`)).status).toBe(404)
    expect((await get(t, `/notes/${id}`)).status).toBe(404)
    expect(ids(await rows(t, `/companies/${company}/notes?search=renewal`, 'notes'))).toContain(id)
    expect(ids(await rows(t, `/companies/${company}/notes?search=!renewal`, 'notes'))).not.toContain(id)
    const missing = await call(t, 'POST', `/companies/${company}/notes`, { content: '' })
    expect(missing.body).toEqual({ status: 'Error', details: ["'content' is a required field"] })
    expect((await call(t, 'DELETE', `/companies/${company}/notes/${id}`)).body.message).toBe('Note Deleted')
    expect((await get(t, `/companies/${company}/notes/${id}`)).status).toBe(404)
  })

  it('adds a project for a company and lists it with the company’s projects, tasks, invoices and quotes', async () => {
    const add = await call(t, 'POST', '/companies/2/projects', {
      title: 'Sample Project',
      number: 'auto',
      staff: '2,3',
      startdate: '+0d',
      duedate: '+1m',
      priority: 2,
    })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    const projects = await rows(
      t,
      '/companies/2/projects?fields=title,number,manager,contacts,dates,company,priority',
      'projects',
    )
    const made = projects.find((p) => p.id === id) as Json
    expect(made).toMatchObject({
      title: 'Sample Project',
      managerid: 1,
      managername: 'Demo User',
      companyid: 2,
      startdate: '2025-06-11',
      duedate: '2025-07-11',
      completedate: null,
      priority: 2,
    })
    expect(made.staff.map((s: Json) => s.id)).toEqual([2, 3])
    expect(made.number).toMatch(/^[A-Z]+-\d{5}$/)
    for (const p of projects) expect(p.companyid).toBe(2)
    for (const task of await rows(t, '/companies/2/tasks?fields=company&status=all', 'tasks'))
      expect(task.companyid).toBe(2)
    for (const inv of await rows(t, '/companies/2/invoices?status=all&fields=company', 'invoices'))
      expect(inv.companyid).toBe(2)
    const quotes = await get(t, '/companies/2/quotes?status=all')
    expect(quotes.body.quotes.length).toBeGreaterThan(0)
    expect((await get(t, '/companies/999/projects')).status).toBe(404)
  })

  it('summarises a client company: contacts, unpaid invoices, active projects, pending quotes, active tasks, per page', async () => {
    const summary = (await get(t, '/companies/2/summary')).body.summary as Json
    expect(Object.keys(summary).sort()).toEqual(['contacts', 'invoices', 'projects', 'quotes', 'tasks'])
    expect(summary.contacts[0]).toMatchObject({ companyid: 2 })
    expect(summary.tasks.length).toBeLessThanOrEqual(10)
    const some = (await get(t, '/companies/2/summary?types=contacts,tasks&pagenumber=1&pagesize=1')).body
      .summary as Json
    expect(Object.keys(some).sort()).toEqual(['contacts', 'tasks'])
    expect(some.tasks).toHaveLength(1)
    const staff = (await get(t, '/companies/1/summary')).body.summary as Json
    expect(Object.keys(staff)).toEqual(['contacts'])
  })
})
