/** Events, expenses, files and custom folders, notes, messages and project requests. */
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { atNow, call, DEMO, get, ids, type Json, rows, TODAY } from './support.ts'

describe.each(TARGETS)('ProWorkflow events, expenses, files, notes, messages, requests (%s)', (kind) => {
  const t = useTarget(kind, 'proworkflow', atNow())

  it('events: add → view → edit → view → delete → 404; contacts default to me, all = all staff', async () => {
    const add = await call(t, 'POST', '/events', {
      title: 'New Event',
      description: 'Event Description',
      starttime: '2025-06-20T13:00',
      endtime: '2025-06-20T14:00',
    })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    expect((await get(t, `/events/${id}`)).body.event).toMatchObject({
      id,
      title: 'New Event',
      starttime: '2025-06-20T13:00:00',
      endtime: '2025-06-20T14:00:00',
      contacts: [{ id: 1, name: 'Demo User' }],
    })
    expect(
      (await call(t, 'PUT', `/events/${id}`, { title: 'Moved', starttime: 'now', contacts: 'all', description: '' }))
        .body.message,
    ).toBe('Event Updated')
    const moved = (await get(t, `/events/${id}`)).body.event as Json
    expect(moved).toMatchObject({ title: 'Moved', description: '', starttime: `${TODAY}T12:00:00` })
    expect(ids(moved.contacts)).toEqual(ids(await rows(t, '/contacts/staff', 'contacts')).sort((a, b) => a - b))
    expect((await call(t, 'PUT', `/events/${id}`, { endtime: '2025-01-01T00:00' })).status).toBe(400)
    expect(ids(await rows(t, '/events?starttimefrom=%2B0d&searchtitle=moved', 'events'))).toEqual([id])
    expect((await call(t, 'DELETE', `/events/${id}`)).body.message).toBe('Event Deleted')
    expect((await get(t, `/events/${id}`)).status).toBe(404)
  })

  it('events: contactdetails adds email, image and phone to the contacts', async () => {
    const plain = (await rows(t, '/events?fields=contacts', 'events'))[0] as Json
    expect(Object.keys(plain.contacts[0]).sort()).toEqual(['id', 'name'])
    const detailed = (await rows(t, '/events?fields=contacts&contactdetails=true', 'events'))[0] as Json
    expect(Object.keys(detailed.contacts[0]).sort()).toEqual(['email', 'id', 'image', 'name', 'phone'])
  })

  it('expenses: add → view → edit → view → delete → 404, listed under their project', async () => {
    const add = await call(t, 'POST', '/expenses', {
      projectid: 1,
      name: 'New Expense',
      description: 'Desc',
      date: '-1d',
      cost: 100.0,
    })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    expect((await get(t, `/expenses/${id}`)).body.expense).toMatchObject({
      id,
      name: 'New Expense',
      cost: 100,
      date: '2025-06-10',
      invoiced: false,
      taxable: true,
      projectid: 1,
      contactid: 1,
    })
    await call(t, 'PUT', `/expenses/${id}`, { cost: '120.50', invoiced: true, date: '' })
    expect((await get(t, `/expenses/${id}`)).body.expense).toMatchObject({ cost: 120.5, invoiced: true, date: null })
    expect(ids(await rows(t, '/expenses?projectid=1&invoiced=invoiced', 'expenses'))).toContain(id)
    expect(ids(await rows(t, '/expenses?projectid=1&invoiced=uninvoiced', 'expenses'))).not.toContain(id)
    await call(t, 'DELETE', `/expenses/${id}`)
    expect((await get(t, `/expenses/${id}`)).status).toBe(404)
    expect((await call(t, 'POST', '/expenses', { projectid: 999, name: 'X', cost: 1 })).status).toBe(400)
  })

  it('files: add to a project, a task or a folder (exactly one), view with content, delete → 404', async () => {
    const add = await call(t, 'POST', '/files', { projectid: 1, name: 'filename.txt', content: 'U29tZSB0ZXh0' })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    const view = (await get(t, `/files/${id}`)).body.file as Json
    expect(view).toMatchObject({
      id,
      name: 'filename.txt',
      size: 9,
      project: { id: 1 },
      task: null,
      folder: null,
      contacts: 'all',
    })
    expect(view).not.toHaveProperty('content')
    expect((await get(t, `/files/${id}?content=true`)).body.file.content).toBe('U29tZSB0ZXh0')
    expect((await call(t, 'POST', '/files', { projectid: 1, taskid: 2, name: 'x', content: 'eA==' })).status).toBe(400)
    expect((await call(t, 'POST', '/files', { name: 'x', content: 'eA==' })).status).toBe(400)
    const inFolder = await call(t, 'POST', '/files', { folderid: 2, name: 'private.txt', content: 'eA==' })
    const privateFile = (await get(t, `/files/${inFolder.body.details[0].id}`)).body.file as Json
    expect(privateFile.folder).toEqual({ id: 2, name: 'Contracts' })
    expect(Array.isArray(privateFile.contacts)).toBe(true)
    expect(ids(await rows(t, '/files?folderid=2', 'files'))).toContain(inFolder.body.details[0].id)
    expect((await call(t, 'DELETE', `/files/${id}`)).body.message).toBe('File Deleted')
    expect((await get(t, `/files/${id}`)).status).toBe(404)
  })

  it('custom folders: add public or private, view, list by project', async () => {
    const pub = await call(t, 'POST', '/files/folders', { projectid: 1, name: 'New Folder' })
    const priv = await call(t, 'POST', '/files/folders', { projectid: 1, name: 'Private', contacts: '1,2' })
    expect((await get(t, `/files/folders/${pub.body.details[0].id}`)).body.folder).toMatchObject({
      name: 'New Folder',
      projectid: 1,
      contacts: 'all',
    })
    expect(ids((await get(t, `/files/folders/${priv.body.details[0].id}`)).body.folder.contacts)).toEqual([1, 2])
    expect(ids(await rows(t, '/files/folders?projectid=1', 'folders'))).toEqual(
      expect.arrayContaining([pub.body.details[0].id, priv.body.details[0].id]),
    )
    expect((await get(t, '/files/folders/9999')).status).toBe(404)
  })

  it('notes: add → view → edit → view → delete → 404; required fields; contacts all, me or ids', async () => {
    const add = await call(t, 'POST', '/notes', {
      title: 'New Note',
      content: 'Note Description',
      categoryid: 1,
      contacts: '1,2',
    })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    expect((await get(t, `/notes/${id}`)).body.note).toMatchObject({
      id,
      title: 'New Note',
      categoryid: 1,
      categoryname: 'General',
      contacts: [{ id: 1 }, { id: 2 }],
    })
    await call(t, 'PUT', `/notes/${id}`, { content: '', contacts: 'me', categoryid: 2 })
    expect((await get(t, `/notes/${id}`)).body.note).toMatchObject({
      content: '',
      categoryid: 2,
      contacts: [{ id: 1 }],
    })
    expect(ids(await rows(t, '/notes?contacts=2', 'notes'))).not.toContain(id)
    expect(ids(await rows(t, '/notes?categoryid=2&search=new', 'notes'))).toContain(id)
    await call(t, 'DELETE', `/notes/${id}`)
    expect((await get(t, `/notes/${id}`)).status).toBe(404)
    expect((await call(t, 'POST', '/notes', { title: 'No content', categoryid: 1 })).status).toBe(400)
    expect((await call(t, 'POST', '/notes', { title: 'Bad category', content: 'x', categoryid: 99 })).status).toBe(400)
  })

  it('messages: start a discussion, reply, view, edit settings, and deleting the first message deletes the thread', async () => {
    const start = await call(t, 'POST', '/messages', {
      contacts: '1,2',
      projectid: 1,
      title: 'New Message',
      content: 'Message Content',
      fileid: '1',
    })
    expect(start.status).toBe(201)
    const first = start.body.details[0].id as number
    const firstView = (await get(t, `/messages/${first}`)).body.message as Json
    expect(firstView).toMatchObject({
      id: first,
      originalmessageid: first,
      projectid: 1,
      title: 'New Message',
      public: true,
      files: [{ id: 1 }],
    })
    expect(firstView).not.toHaveProperty('projectcontacts')
    expect(
      (await get(t, `/messages/${first}?projectcontacts=true`)).body.message.projectcontacts.length,
    ).toBeGreaterThan(0)
    const reply = await call(t, 'POST', '/messages', { originalmessageid: first, content: 'A reply' })
    const replyId = reply.body.details[0].id as number
    expect((await get(t, `/messages/${replyId}`)).body.message).toMatchObject({
      originalmessageid: first,
      title: 'New Message',
      projectid: 1,
    })
    expect(ids(await rows(t, `/messages?originalmessageid=${first}`, 'messages'))).toEqual([first, replyId])
    expect((await call(t, 'PUT', `/messages/${first}`, { public: false, contacts: '1' })).body.message).toBe(
      'Message Updated',
    )
    expect((await get(t, `/messages/${first}`)).body.message).toMatchObject({ public: false })
    expect((await call(t, 'PUT', `/messages/${replyId}`, { public: true })).status).toBe(403) // not the first message
    expect((await call(t, 'DELETE', `/messages/${first}`)).body.message).toBe('Message Deleted')
    expect((await get(t, `/messages/${first}`)).status).toBe(404)
    expect((await get(t, `/messages/${replyId}`)).status).toBe(404)
  })

  it('messages: a new discussion needs a title and contacts; files must be of the same project; only the author edits', async () => {
    expect((await call(t, 'POST', '/messages', { projectid: 1, content: 'x' })).status).toBe(400)
    // An unknown attachment is named by the field the client sent it in (`fileid` in the sample, or `files`).
    for (const field of ['fileid', 'files']) {
      const unknown = await call(t, 'POST', '/messages', {
        projectid: 1,
        title: 'T',
        contacts: 'me',
        content: 'x',
        [field]: '999',
      })
      expect(unknown.status).toBe(400)
      expect(unknown.body.details).toEqual([`'${field}' 999 is not a valid File ID`])
    }
    expect(
      (await call(t, 'POST', '/messages', { projectid: 2, title: 'T', contacts: 'me', content: 'x', files: '1' }))
        .status,
    ).toBe(400)
    const other = (await rows(t, '/messages?fields=author', 'messages')).find((m) => m.authorid !== 1) as Json
    expect((await call(t, 'DELETE', `/messages/${other.id}`)).status).toBe(403)
    const discussion = (await rows(t, '/messages?fields=author,originalmessageid', 'messages')).find(
      (m) => m.authorid === 1 && m.originalmessageid === m.id && m.id !== other.originalmessageid,
    ) as Json
    const replier = await call(
      t,
      'POST',
      '/messages',
      { originalmessageid: discussion.id, content: 'From someone else' },
      {
        apikey: DEMO.apiKey,
        authorization: basicAuthorization((await get(t, '/contacts/3')).body.contact.username, 'secret'),
      },
    )
    expect(replier.status).toBe(201)
    const removed = await call(t, 'PUT', `/messages/${discussion.id}`, { contacts: 'me' })
    expect(removed.status).toBe(400)
    expect(removed.body.details[0]).toMatch(/has replied/)
  })

  it("seeds the records the reference's samples and the spec's examples name, with the samples' values", async () => {
    expect((await get(t, '/events/8')).body.event).toMatchObject({
      title: 'New Event',
      description: 'Event Description',
      contacts: [{ id: 1 }, { id: 2 }],
    })
    expect((await get(t, '/expenses/5')).body.expense).toMatchObject({ name: 'New Expense', cost: 100, projectid: 1 })
    const invoice = (await get(t, '/invoices/7')).body.invoice as Json
    expect(invoice).toMatchObject({ title: 'New Invoice', contactid: 1, projectid: 2, status: 'unpaid' })
    expect(invoice.lines.map((l: Json) => [l.id, l.type, l.name])).toEqual([
      [1, 'heading', 'Redesign Work'],
      [2, 'lineitem', 'Line Item 1'],
      [3, 'taskrate', 'Task Rate'],
      [4, 'staffrate', 'Alex Trip'],
    ])
    const file = (await get(t, '/files/15?content=true')).body.file as Json
    expect(file).toMatchObject({ name: 'filename.txt', size: 9, content: 'U29tZSB0ZXh0', project: { id: 1 } })
    expect(file.link).toMatch(/^https:\/\/app\.proworkflow\.com\/ABCInc\/getfilesattached\.cfm\?fileid=15&/)
    expect((await get(t, '/files/folders/3')).body.folder).toMatchObject({
      name: 'New Folder',
      projectid: 1,
      contacts: [{ id: 1 }, { id: 2 }, { id: 3 }],
    })
    expect((await get(t, '/messages/21')).body.message).toMatchObject({
      title: 'New Message',
      originalmessageid: 21,
      authorid: 1,
      projectid: 1,
      files: [{ id: 15, name: 'filename.txt' }],
    })
    expect((await get(t, '/companies/1/notes/10')).body.note).toMatchObject({ content: 'Example Content' })
    expect((await get(t, '/contacts/5/notes/11')).body.note).toMatchObject({ content: 'Example Content' })
    expect((await get(t, '/contacts/5')).body.contact).toMatchObject({
      firstname: 'Adam',
      lastname: 'West',
      email: 'noreply@proworkflow.com',
    })
    // Ids handed out next follow the examples' (and the generated lines follow invoice 7's lines 1-4).
    const event = await call(t, 'POST', '/events', { title: 'Next', starttime: 'now', endtime: 'now' })
    expect(event.body.details[0].id).toBe(9)
    const line = await call(t, 'POST', '/invoices/1/lines', { type: 'heading', name: 'Next' })
    expect(line.body.details[0].id).toBeGreaterThan(4)
  })

  it('project requests: add one from the requesting contact and find it with the filters', async () => {
    const add = await call(t, 'POST', '/projectrequests', {
      title: 'Sample Request',
      description: 'Desc',
      contactid: 2,
      startdate: '2025-07-01',
      duedate: '+1m',
      budget: 5000,
      customfields: [{ id: 1, value: 'BC-9' }],
    })
    expect(add.status).toBe(201)
    const id = add.body.details[0].id as number
    const found = (
      await rows(
        t,
        '/projectrequests?fields=title,client,recipient,dates,budget,customfields&clientid=me',
        'projectrequests',
      )
    ).find((r) => r.id === id) as Json
    expect(found).toMatchObject({
      title: 'Sample Request',
      clientid: 1,
      recipientid: 2,
      startdate: '2025-07-01',
      duedate: '2025-07-11',
      submitteddate: TODAY,
      budget: 5000,
    })
    expect(found.customfields).toEqual([{ id: 1, name: 'Budget Code', value: 'BC-9' }])
    expect(ids(await rows(t, '/projectrequests?budget=gte5000&recipientid=2', 'projectrequests'))).toEqual([id])
    expect(ids(await rows(t, '/projectrequests?clientid=!1', 'projectrequests'))).not.toContain(id)
    expect((await call(t, 'POST', '/projectrequests', { description: 'no title' })).status).toBe(400)
    // Files attach to a project request through projectid: requests and projects share one id space.
    const file = await call(t, 'POST', '/files', { projectid: id, name: 'brief.txt', content: 'eA==' })
    expect(file.status).toBe(201)
    const request = (await rows(t, '/projectrequests?fields=files', 'projectrequests')).find((r) => r.id === id) as Json
    expect(request.files).toEqual([{ id: file.body.details[0].id, name: 'brief.txt' }])
  })
})
