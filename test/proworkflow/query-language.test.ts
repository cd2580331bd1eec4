/**
 * The query language through the API: `fields` (id always, composite members, per-call defaults), ID lists, `!`
 * negation, text search, relative dates and "ago" date-times, `gteN`/`lteN`/`%`/`over`, API-field pairs any/all, `me`,
 * `contactsmode`, sort whitelists, paging and the 5,000-record cap. Each check proves the filter keeps exactly what it
 * should by comparing with the unfiltered list.
 */
import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { call, get, ids, type Json, NOW, rows, TODAY } from './support.ts'

const sortedIds = (records: readonly Json[]) => ids(records).sort((a, b) => a - b)

describe.each(TARGETS)('ProWorkflow query language (%s)', (kind) => {
  const clock = manualClock(NOW)
  const t = useTarget(kind, 'proworkflow', { clock })

  it('returns the call’s default fields plus id, and exactly the requested ones with fields=', async () => {
    const companies = await rows(t, '/companies', 'companies')
    for (const c of companies) expect(Object.keys(c).sort()).toEqual(['code', 'id', 'name', 'type'])
    const emails = await rows(t, '/contacts?fields=email', 'contacts')
    for (const c of emails) expect(Object.keys(c).sort()).toEqual(['email', 'id'])
    const names = await rows(t, '/contacts?fields=name,company,phone', 'contacts')
    for (const c of names)
      expect(Object.keys(c).sort()).toEqual([
        'companyid',
        'companyname',
        'firstname',
        'id',
        'lastname',
        'mobilephone',
        'workphone',
      ])
    const api = await rows(t, '/companies/client?fields=apifield1,apifields', 'companies')
    for (const c of api) {
      expect(c.apifield1).toBe(c.apifields.find((v: Json) => v.id === 1)?.value ?? '')
      expect(c.apifields[0]).toMatchObject({ id: 1, name: 'Region' })
    }
    // A single record ignores fields and returns every key (C live).
    expect(Object.keys((await get(t, '/companies/2')).body.company).length).toBeGreaterThan(15)
  })

  it('keeps the records with ANY of a comma list of ids, and none of them with !', async () => {
    expect(sortedIds(await rows(t, '/companies?id=2,4,999', 'companies'))).toEqual([2, 4])
    const all = await rows(t, '/contacts/1/projects?status=all&fields=category', 'projects')
    const notOne = await rows(t, '/contacts/1/projects?status=all&fields=category&categoryid=!1', 'projects')
    expect(sortedIds(notOne)).toEqual(sortedIds(all.filter((p) => p.categoryid !== 1)))
    const oneOrTwo = await rows(t, '/contacts/1/projects?status=all&fields=category&categoryid=1,2', 'projects')
    expect(sortedIds(oneOrTwo)).toEqual(sortedIds(all.filter((p) => p.categoryid === 1 || p.categoryid === 2)))
    expect(oneOrTwo.length).toBeGreaterThan(0)
    expect(notOne.length).toBeGreaterThan(0)
  })

  it('searches the named fields, and !string keeps the others (002 line 96)', async () => {
    const all = await rows(t, '/companies?fields=name,code', 'companies')
    const needle = String(all[0]?.name).slice(0, 3).toLowerCase()
    const hits = await rows(t, `/companies?search=${encodeURIComponent(needle)}&fields=name,code`, 'companies')
    expect(sortedIds(hits)).toEqual(
      sortedIds(
        all.filter((c) => `${c.name}`.toLowerCase().includes(needle) || `${c.code}`.toLowerCase().includes(needle)),
      ),
    )
    const misses = await rows(t, `/companies?search=${encodeURIComponent(`!${needle}`)}`, 'companies')
    expect(sortedIds([...hits, ...misses])).toEqual(sortedIds(all))
    expect(await rows(t, '/companies?searchemail=nothing-like-this', 'companies')).toEqual([])
  })

  it('resolves relative dates from today: startdatefrom=-2w, duedateto=+1m', async () => {
    const all = await rows(t, '/contacts/1/projects?status=all&fields=dates', 'projects')
    const recent = await rows(t, '/contacts/1/projects?status=all&fields=dates&startdatefrom=-2w', 'projects')
    expect(sortedIds(recent)).toEqual(sortedIds(all.filter((p) => p.startdate >= '2025-05-28')))
    const dueSoon = await rows(t, '/contacts/1/projects?status=all&fields=dates&duedateto=%2B1m', 'projects')
    expect(sortedIds(dueSoon)).toEqual(sortedIds(all.filter((p) => p.duedate <= '2025-07-11')))
    expect(recent.length).toBeGreaterThan(0)
    expect(dueSoon.length).toBeGreaterThan(0)
    expect(recent.length).toBeLessThan(all.length)
  })

  it('reads "ago" values: 15n is 15 minutes, 1h an hour (lastmodifiedfrom)', async () => {
    await call(t, 'PUT', '/companies/3', { phone: '555' }) // lastmodified = now
    expect(ids(await rows(t, '/companies?lastmodifiedfrom=15n', 'companies'))).toEqual([3])
    clock.advance(20 * 60_000)
    expect(await rows(t, '/companies?lastmodifiedfrom=15n', 'companies')).toEqual([])
    expect(ids(await rows(t, '/companies?lastmodifiedfrom=1h', 'companies'))).toEqual([3])
    expect(
      ids(await rows(t, `/companies?lastmodifiedfrom=${TODAY}T11:59&lastmodifiedto=${TODAY}T12:01`, 'companies')),
    ).toEqual([3])
    expect((await get(t, '/companies?lastmodifiedfrom=yesterday')).status).toBe(400)
  })

  it('compares numbers with N, gteN and lteN, and time with over/under/% of the allocation', async () => {
    const all = await rows(t, '/contacts/1/projects?status=all&fields=timeallocated,timetracked', 'projects')
    const big = await rows(t, '/contacts/1/projects?status=all&fields=timeallocated&timeallocated=gte1000', 'projects')
    expect(sortedIds(big)).toEqual(sortedIds(all.filter((p) => p.timeallocated >= 1000)))
    const small = await rows(t, '/contacts/1/projects?status=all&fields=timeallocated&timeallocated=lte840', 'projects')
    expect(sortedIds(small)).toEqual(sortedIds(all.filter((p) => p.timeallocated <= 840)))
    const exact = all[0] as Json
    expect(
      ids(await rows(t, `/contacts/1/projects?status=all&timeallocated=${exact.timeallocated}`, 'projects')),
    ).toContain(exact.id)
    const half = await rows(t, '/contacts/1/projects?status=all&timetracked=gte50%25', 'projects')
    expect(sortedIds(half)).toEqual(
      sortedIds(all.filter((p) => p.timeallocated > 0 && (p.timetracked / p.timeallocated) * 100 >= 50)),
    )
    const under = await rows(t, '/contacts/1/projects?status=all&timetracked=under', 'projects')
    expect(sortedIds(under)).toEqual(
      sortedIds(all.filter((p) => p.timeallocated > 0 && p.timetracked <= p.timeallocated)),
    )
  })

  it('matches API-field pairs with apifieldsmode any (default) and all', async () => {
    const all = await rows(t, '/companies?fields=apifields', 'companies')
    const value = (c: Json, id: number) => String(c.apifields.find((v: Json) => v.id === id)?.value ?? '')
    const europe = await rows(t, '/companies?apifields=1,Europe', 'companies')
    expect(sortedIds(europe)).toEqual(sortedIds(all.filter((c) => value(c, 1).includes('Europe'))))
    const any = await rows(t, `/companies?apifields=${encodeURIComponent('1,Europe||2,Retail')}`, 'companies')
    expect(sortedIds(any)).toEqual(
      sortedIds(all.filter((c) => value(c, 1).includes('Europe') || value(c, 2).includes('Retail'))),
    )
    const both = await rows(
      t,
      `/companies?apifields=${encodeURIComponent('1,Europe||2,Industrial')}&apifieldsmode=all`,
      'companies',
    )
    expect(sortedIds(both)).toEqual(
      sortedIds(all.filter((c) => value(c, 1).includes('Europe') && value(c, 2).includes('Industrial'))),
    )
    expect(any.length).toBeGreaterThan(both.length)
    expect(both.length).toBeGreaterThan(0)
  })

  it('reads me as the contact making the request, and contactsmode=all as every listed contact', async () => {
    const all = await rows(t, '/contacts/1/projects?status=all&fields=manager', 'projects')
    const mine = await rows(t, '/contacts/1/projects?status=all&fields=manager&managerid=me', 'projects')
    expect(sortedIds(mine)).toEqual(sortedIds(all.filter((p) => p.managerid === 1)))
    const notMine = await rows(t, '/contacts/1/projects?status=all&managerid=!1', 'projects')
    expect(sortedIds([...mine, ...notMine])).toEqual(sortedIds(all))
    expect(mine.length * notMine.length).toBeGreaterThan(0)
    const events = await rows(t, '/events?fields=contacts', 'events')
    const has = (e: Json, id: number) => e.contacts.some((c: Json) => c.id === id)
    const pair = await rows(t, '/events?contacts=1,4&contactsmode=all', 'events')
    expect(sortedIds(pair)).toEqual(sortedIds(events.filter((e) => has(e, 1) && has(e, 4))))
    const either = await rows(t, '/events?contacts=1,4', 'events')
    expect(sortedIds(either)).toEqual(sortedIds(events.filter((e) => has(e, 1) || has(e, 4))))
    expect(either.length).toBeGreaterThan(pair.length)
    const me = await rows(t, '/events?contacts=me', 'events')
    expect(sortedIds(me)).toEqual(sortedIds(events.filter((e) => has(e, 1))))
  })

  it('applies the documented defaults: active projects, unpaid invoices, time of the last 7 days', async () => {
    const active = await rows(t, '/contacts/1/projects?fields=status', 'projects')
    expect(new Set(active.map((p) => p.status))).toEqual(new Set(['active']))
    expect((await rows(t, '/contacts/1/projects?status=all&fields=status', 'projects')).length).toBeGreaterThan(
      active.length,
    )
    const unpaid = await rows(t, '/invoices?fields=status', 'invoices')
    expect(new Set(unpaid.map((i) => i.status))).toEqual(new Set(['unpaid']))
    const week = await rows(t, '/contacts/1/time?fields=dates', 'timerecords')
    expect(week.length).toBeGreaterThan(0)
    for (const r of week) expect(r.date >= '2025-06-05' && r.date <= TODAY).toBe(true)
    // Without fields, a time list returns only the total (C 01b Pattern 8).
    expect(Object.keys((await get(t, '/contacts/1/time')).body).sort()).toEqual(['status', 'total'])
  })

  it('sorts by a whitelisted field in either order', async () => {
    const asc = await rows(t, '/companies?sortby=name', 'companies')
    const names = asc.map((c) => String(c.name).toLowerCase())
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
    const desc = await rows(t, '/companies?sortby=id&sortorder=desc', 'companies')
    expect(ids(desc)).toEqual(ids(desc).sort((a, b) => b - a))
  })

  it('pages with pagenumber and pagesize together, with the overall totalcount, and refuses one alone', async () => {
    const all = await rows(t, '/contacts?sortby=id', 'contacts')
    const page = await get(t, '/contacts?sortby=id&pagenumber=2&pagesize=5')
    expect(page.body.count).toBe(5)
    expect(page.body.totalcount).toBe(all.length)
    expect(ids(page.body.contacts)).toEqual(ids(all).slice(5, 10))
    expect((await get(t, '/contacts?pagenumber=99&pagesize=5')).body).toMatchObject({
      count: 0,
      totalcount: all.length,
      contacts: [],
    })
    for (const query of ['pagenumber=2', 'pagesize=5']) {
      const bad = await get(t, `/contacts?${query}`)
      expect(bad.status).toBe(400)
      expect(bad.body).toEqual({
        status: 'Error',
        details: ['pagesize and pagenumber must both be provided in order to use paging'],
      })
    }
  })

  it('returns at most 5,000 records without paging, with the full totalcount', async () => {
    const batch = Array.from({ length: 5000 }, (_, i) => ({ name: `Bulk ${i}`, type: 'other' }))
    expect((await call(t, 'POST', '/companies', batch)).status).toBe(201)
    const reply = await get(t, '/companies?fields=name')
    expect(reply.body.count).toBe(5000)
    expect(reply.body.totalcount).toBeGreaterThan(5000)
    expect((await get(t, '/companies?fields=name&pagenumber=2&pagesize=5000')).body.count).toBe(
      reply.body.totalcount - 5000,
    )
  })
})
