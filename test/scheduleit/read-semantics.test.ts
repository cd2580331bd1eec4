/**
 * The documented read semantics (000 lines 48-70, 156-163): a bare list is a summary of the top 10 records, `fields`
 * chooses the fields, a single record has every field, `limit` caps, every value is a string, and lists come in the
 * `_embedded.<data set>._embedded.data` envelope the public clients read.
 */
import { describe, expect, it } from 'vitest'
import { EVENT_FIELDS, GROUP_FIELDS, LABEL_FIELDS, RESOURCE_FIELDS } from '../../mocks/scheduleit/state.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { dataOf, get, ids, list, NO_CHAOS } from './support.ts'

describe.each(TARGETS)('ScheduleIt read semantics (%s)', (kind) => {
  const t = useTarget(kind, 'scheduleit', NO_CHAOS)

  it('answers a bare list with a summary of the top 10 records in the list envelope', async () => {
    const { status, body } = await get(t, '/api/events')
    expect(status).toBe(200)
    expect(Object.keys(body as object)).toEqual(['_embedded'])
    const events = dataOf(body, 'events')
    expect(events).toHaveLength(10)
    expect(ids(events)).toEqual(Array.from({ length: 10 }, (_, i) => 1000 + i))
    for (const e of events) expect(Object.keys(e)).toEqual(['id', 'title', 'date_start', 'date_end'])
    for (const set of ['resources', 'groups', 'labels']) {
      const records = await list(t, `/api/${set}`)
      expect(records.length).toBeLessThanOrEqual(10)
      for (const r of records) expect(Object.keys(r)).toEqual(['id', 'name'])
    }
    expect(await list(t, '/api/resources')).toHaveLength(10)
  })

  it('returns every match once any parameter is sent, and only the fields named, in that order', async () => {
    const events = await list(t, '/api/events?fields=owner,id,title')
    expect(events).toHaveLength(62)
    for (const e of events) expect(Object.keys(e)).toEqual(['owner', 'id', 'title'])
    expect((await list(t, '/api/resources?fields=id,name,email')).length).toBe(21)
  })

  it('caps the list at limit', async () => {
    expect(await list(t, '/api/groups?fields=name&limit=2')).toEqual([{ name: 'Staff' }, { name: 'Rooms' }])
    expect(await list(t, '/api/resources?fields=name&limit=500')).toHaveLength(21)
    expect(await list(t, '/api/events?limit=3')).toHaveLength(3)
  })

  it('answers a single record with all of its fields, or the fields named', async () => {
    const [event] = await list(t, '/api/events/1000')
    expect(Object.keys(event ?? {})).toEqual([...EVENT_FIELDS])
    const [resource] = await list(t, '/api/resources/100')
    expect(Object.keys(resource ?? {})).toEqual([...RESOURCE_FIELDS])
    const [group] = await list(t, '/api/groups/10')
    expect(Object.keys(group ?? {})).toEqual([...GROUP_FIELDS])
    const [label] = await list(t, '/api/labels/1')
    expect(Object.keys(label ?? {})).toEqual([...LABEL_FIELDS])
    expect(await list(t, '/api/events/1000?fields=title')).toEqual([{ title: event?.title }])
  })

  it('sends every value as a string and owner lists wrapped in commas, linking events to resources and resources to groups', async () => {
    const events = await list(t, '/api/events?fields=id,owner,owner_names_simple,completed')
    const resources = await list(t, '/api/resources?fields=id,name,owner')
    const groups = ids(await list(t, '/api/groups?fields=id'))
    const names = new Map(resources.map((r) => [r.id, r.name]))
    for (const e of events) {
      for (const value of Object.values(e)) expect(typeof value).toBe('string')
      expect(e.owner).toMatch(/^,(\d+,)+$/)
      const owners = (e.owner ?? '').split(',').filter(Boolean)
      expect(e.owner_names_simple).toBe(owners.map((id) => names.get(id)).join(', '))
    }
    for (const r of resources) {
      expect(r.owner).toMatch(/^,(\d+,)+$/)
      for (const g of (r.owner ?? '').split(',').filter(Boolean)) expect(groups).toContain(Number(g))
    }
  })

  it('names an unknown field or sort field in a 400, in the vendor error shape', async () => {
    const { status, body } = await get(t, '/api/groups?fields=id,colour')
    expect(status).toBe(400)
    expect(body).toEqual({
      status: 'Bad Request',
      status_code: '400',
      message: expect.stringContaining('"colour"') as unknown,
    })
    expect((await get(t, '/api/groups?sort=-colour')).status).toBe(400)
    expect((await get(t, '/api/groups?limit=0')).status).toBe(400)
    expect((await get(t, '/api/groups?limit=ten')).status).toBe(400)
  })

  it('answers 404 in the vendor shape for an unknown id', async () => {
    const { status, body } = await get(t, '/api/events/999999999')
    expect(status).toBe(404)
    expect(body).toEqual({ status: 'Not Found', status_code: '404', message: 'Event 999999999 was not found' })
    expect((await get(t, '/api/labels/99')).status).toBe(404)
  })

  it('keeps to the main workspace unless search_workspace names another', async () => {
    expect(await list(t, '/api/groups?fields=id&search_workspace=1')).toHaveLength(7)
    expect(await list(t, '/api/groups?fields=id&search_workspace=2')).toEqual([])
    expect((await get(t, '/api/groups/10?search_workspace=2')).status).toBe(404)
  })

  it('serves the hypermedia root at /api/ (with the slash) linking every data set', async () => {
    const { status, body } = await get(t, '/api/')
    expect(status).toBe(200)
    const links = (body as { _links: Record<string, { href: string }> })._links
    expect(Object.keys(links)).toEqual(['self', 'events', 'resources', 'groups', 'labels'])
    expect(links.events?.href).toBe(`${t.base}/api/events`)
    expect((await get(t, '/api')).status).toBe(404)
  })
})
