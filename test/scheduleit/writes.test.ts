/**
 * Form-encoded creates and updates (POST to the data set, POST to the record's URL; 000 lines 167-256), deletes
 * (000 lines 259-265), and the links between events, resources and groups kept as records change.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { AUTH, del, get, ids, list, NO_CHAOS, post } from './support.ts'

describe.each(TARGETS)('ScheduleIt writes (%s)', (kind) => {
  const clock = manualClock(Date.UTC(2024, 4, 30, 15, 20, 0))
  const t = useTarget(kind, 'scheduleit', { ...NO_CHAOS, clock })
  beforeEach(() => clock.set(Date.UTC(2024, 4, 30, 15, 20, 0)))

  it('creates an event from the vendor sample (trailing & included) and reads it back with every field', async () => {
    // 000 lines 182-207, with owner 100 (a seeded resource) instead of the sample's 220.
    const created = await post(t, '/api/events', {
      title: 'the title',
      owner: '100',
      date_start: '2016-09-29 09:00:00',
      date_end: '2016-09-29 17:00:00',
      notes: 'the notes',
      custom1: 'custom 1',
      custom2: 'custom 2',
      custom3: 'custom 3',
      custom4: 'custom 4',
      custom7: 'custom 7',
      custom8: 'custom 8',
      custom9: 'custom 9',
      starticon: '1',
      color_text: '#66FF66',
      color_back: '#FFFFFF',
      priority: '7',
      completed: '75',
    })
    expect(created.status).toBe(200)
    expect(created.body).toMatchObject({
      id: '123457',
      title: 'the title',
      owner: ',100,',
      date_start: '2016-09-29 09:00:00',
      completed: '75',
      date_modified: '2024-05-30 15:20:00',
    })
    const [event] = await list(t, '/api/events/123457')
    const [resource] = await list(t, '/api/resources/100?fields=name')
    expect(event).toMatchObject({
      id: '123457',
      title: 'the title',
      owner: ',100,',
      owner_names_simple: resource?.name,
      notes: 'the notes',
      custom9: 'custom 9',
      starticon: '1',
      color_text: '#66FF66',
      priority: '7',
      completed: '75',
      workingduration: '480',
      workspace: '1',
      date_modified: '2024-05-30 15:20:00',
    })
    expect(ids(await list(t, '/api/events?fields=id&search_title=the%20title'))).toEqual([123457])
  })

  it('updates only the posted fields, replaces owner as a whole and stamps date_modified', async () => {
    const [before] = await list(t, '/api/events/1000')
    clock.advance(60_000)
    const updated = await post(t, '/api/events/1000', { owner: '101,102', completed: '100' })
    expect(updated).toEqual({
      status: 200,
      body: { id: '1000', owner: ',101,102,', completed: '100', date_modified: '2024-05-30 15:21:00' },
    })
    const [after] = await list(t, '/api/events/1000')
    expect(after).toEqual({
      ...before,
      owner: ',101,102,',
      owner_names_simple: expect.any(String) as unknown,
      completed: '100',
      date_modified: '2024-05-30 15:21:00',
    })
    expect(ids(await list(t, '/api/events?fields=id&search_date_modified=%3E2024-05-30%2015:20'))).toEqual([1000])
  })

  it('normalises dates, keeps the end after the start and refuses what it cannot store with a 400', async () => {
    const short = await post(t, '/api/events', {
      title: 'short dates',
      date_start: '2024-06-03 09:30',
      date_end: '2024-06-03',
    })
    expect(short.status).toBe(400)
    expect(short.body.message).toBe('date_end 2024-06-03 00:00:00 is before date_start 2024-06-03 09:30:00')
    const ok = await post(t, '/api/events', { title: 'start only', date_start: '2024-06-03 09:30' })
    expect(ok.body).toMatchObject({ date_start: '2024-06-03 09:30:00' })
    const cases: [Record<string, string>, string][] = [
      [{ owner: '100' }, 'title is required'],
      [{ title: 'x', owner: '999' }, 'owner names resource 999, which does not exist'],
      [
        { title: 'x', date_start: '2024-02-30 09:00:00' },
        'date_start "2024-02-30 09:00:00" is not a date: send YYYY-MM-DD HH:MM:SS',
      ],
      [{ title: 'x', completed: '101' }, 'completed must match pattern'],
      [{ title: 'x', colour: 'red' }, 'body has an unknown property "colour"'],
      [{ title: 'x', date_end: '2024-06-03 09:00:00' }, 'date_end needs a date_start'],
    ]
    for (const [fields, message] of cases) {
      const res = await post(t, '/api/events', fields)
      expect(res.status, JSON.stringify(fields)).toBe(400)
      expect(res.body.status_code).toBe('400')
      expect(res.body.message).toContain(message)
    }
    expect((await post(t, '/api/events/1000', {})).status).toBe(400)
    const json = await t.fetch('/api/events', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: '{"title":"x"}',
    })
    expect(json.status).toBe(400)
    expect(((await json.json()) as { message: string }).message).toContain('application/x-www-form-urlencoded')
    expect(ids(await list(t, '/api/events?fields=id&search_title=x')).filter((id) => id > 1059)).toEqual([])
  })

  it('deletes for good: the record answers 404 and leaves the lists', async () => {
    expect(await del(t, '/api/events/1001')).toEqual({
      status: 200,
      body: { active_workspace: '1', message: 'Event 1001 deleted', status: 'OK', status_code: '200' },
    })
    expect((await get(t, '/api/events/1001')).status).toBe(404)
    expect((await del(t, '/api/events/1001')).status).toBe(404)
    expect((await post(t, '/api/events/1001', { title: 'back?' })).status).toBe(404)
    expect(ids(await list(t, '/api/events?fields=id'))).not.toContain(1001)
  })

  it('creates and updates resources in groups, and keeps events in step with their names and existence', async () => {
    const created = await post(t, '/api/resources', { name: 'the resource name', owner: '10,455', email: '' })
    expect(created).toMatchObject({ status: 400, body: { message: 'owner names group 455, which does not exist' } })
    const resource = await post(t, '/api/resources', {
      name: 'the resource name',
      owner: '10,11',
      email: '',
      color_back: '#A9f5A9',
      data1: 'Manager',
      skills: '123,456,678',
      geonav: '',
    })
    expect(resource.body).toMatchObject({
      id: '221',
      name: 'the resource name',
      owner: ',10,11,',
      skills: '123,456,678',
    })
    expect(ids(await list(t, '/api/resources?fields=id&search_owner=10%2B11'))).toContain(221)

    const event = await post(t, '/api/events', { title: 'with the new resource', owner: '221,100' })
    const id = event.body.id
    await post(t, '/api/resources/221', { name: 'Renamed' })
    const [renamed] = await list(t, `/api/events/${id}?fields=owner,owner_names_simple`)
    expect(renamed?.owner).toBe(',221,100,') // in the order posted, as the public client's ",1039,810,205,819," shows
    expect(renamed?.owner_names_simple).toMatch(/^Renamed, /)

    expect((await del(t, '/api/resources/221')).body.message).toBe('Resource 221 deleted')
    const [after] = await list(t, `/api/events/${id}?fields=owner,owner_names_simple`)
    expect(after?.owner).toBe(',100,')
    expect(after?.owner_names_simple).not.toContain('Renamed')
  })

  it('creates, updates and deletes groups, and a deleted group leaves its resources', async () => {
    const group = await post(t, '/api/groups', {
      name: 'the group name',
      color_back: '#66FF66',
      positionv: '5',
      min_resources: '0',
      max_resources: '0',
      hide_from_main: '0',
      hide_from_event: '0',
    })
    expect(group.body).toEqual({
      id: '790',
      name: 'the group name',
      color_back: '#66FF66',
      positionv: '5',
      min_resources: '0',
      max_resources: '0',
      hide_from_main: '0',
      hide_from_event: '0',
      date_modified: '2024-05-30 15:20:00',
    })
    expect((await post(t, '/api/groups/790', { name: 'Field staff', hide_from_main: '1' })).body).toEqual({
      id: '790',
      name: 'Field staff',
      hide_from_main: '1',
      date_modified: '2024-05-30 15:20:00',
    })
    expect((await post(t, '/api/groups/790', { hide_from_main: '2' })).status).toBe(400)
    const inStaff = ids(await list(t, '/api/resources?fields=id&search_owner=10'))
    await del(t, '/api/groups/10')
    expect(await list(t, '/api/resources?fields=id&search_owner=10')).toEqual([])
    const [first] = await list(t, `/api/resources/${inStaff[0]}?fields=owner`)
    expect(first?.owner).not.toContain(',10,')
  })

  it('has no write operations for labels', async () => {
    const res = await t.fetch('/api/labels', {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET')
  })
})
