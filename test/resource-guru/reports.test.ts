/**
 * Reports v1 and v2 are computed from the store. Every booking here is in March 2031, where the seed has none, so each
 * total is known exactly. The range is Mon 2031-03-03 .. Sun 2031-03-09; seeded resources work Mon-Fri 09:00-17:00
 * (480 minutes a day, 2400 in the week).
 *
 *   B1  r1      P1 (client C)  Mon-Wed   120/day  billable                → 360
 *   B2  r2      P1 (client C)  Tue       240      non-billable, tentative → tentative 240, not scheduled
 *   B3  r1      none           Thu-Fri   60/day   non-billable            → 120
 *   B4  r2      P2 (no client) Wed       600      billable: more than the day's 480, so add_to_waiting_list puts
 *                                                 it on the waiting list → waiting 600
 *   B5  r1      P1 (client C)  Sat-Tue   30/day   billable; no hours at the weekend, so book_with_overtime adds 30
 *                                                 of overtime on Sat and on Sun → 60 (Sat, Sun only), r1 +60 available
 *   B6  r1      P1 (client C)  03-20     480      billable                → outside the range
 *   B7  r2      client C only  Fri       45       declined                → approvals.declined only
 *   B8  r1 + r2 P2 (no client) Mon       15       non-billable            → 15 per resource
 *
 * r1: scheduled 360 + 120 + 60 + 15 = 555 (billable 420), available 2400 + 60 = 2460, unscheduled 1905.
 * r2: scheduled 15, tentative 240, waiting 600, declined 45, available 2400, unscheduled 2385.
 * All nine unarchived resources: available 8 × 2400 + 2460 = 21,660, scheduled 570, unscheduled 21,090.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../src/core/engine.ts'
import { resourceGuru } from '../../mocks/resource-guru/index.ts'
import type { RgState } from '../../mocks/resource-guru/state.ts'
import type { Downtime } from '../../mocks/resource-guru/types.ts'
import { ACCOUNT, BASIC, DEMO, send } from '../support/resource-guru.ts'
import { createTarget, TARGETS, type Target } from '../support/targets.ts'
import { atOnce } from '../support/at-once.ts'

const V2 = `/v2/${DEMO.account}`
const RANGE = 'start_date=2031-03-03&end_date=2031-03-09'
const zero = { total: 0, billable: 0, non_billable: 0 }
const time = (total: number, billable: number) => ({ total, billable, non_billable: total - billable })
const approvals = (approved: number, declined = 0) => ({ approved, pending: 0, declined })

type Json = Record<string, unknown>
type Row = Json & { id?: number }

describe.each(TARGETS)('Resource Guru reports (%s)', (kind) => {
  let t: Target
  let clientC: number
  let p1: number
  let p2: number

  async function get(path: string, range = RANGE): Promise<Json> {
    const response = await send(t, 'GET', `${path}?${range}`)
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200)
    return (await response.json()) as Json
  }
  const row = (rows: unknown, id: number | undefined): Row => {
    const found = (rows as Row[]).find((r) => r.id === id)
    if (!found) throw new Error(`no row with id ${id}`)
    return found
  }
  async function create(path: string, body: unknown): Promise<number> {
    const response = await send(t, 'POST', `${ACCOUNT}/${path}`, body)
    expect(response.status, await response.clone().text()).toBe(201)
    return ((await response.json()) as { id: number }).id
  }

  beforeAll(async () => {
    t = await createTarget(kind, 'resource-guru')
    clientC = await create('clients', { name: 'Report Client', color: '#123456' })
    p1 = await create('projects', { name: 'Report Project', client_id: clientC, color: '#654321', project_code: 'RP1' })
    p2 = await create('projects', { name: 'Clientless Project' })
    const booking = (b: Record<string, unknown>) => create('bookings', b)
    await booking({
      resource_id: 1,
      project_id: p1,
      start_date: '2031-03-03',
      end_date: '2031-03-05',
      duration: 120,
      billable: true,
    })
    await booking({
      resource_id: 2,
      project_id: p1,
      start_date: '2031-03-04',
      end_date: '2031-03-04',
      duration: 240,
      billable: false,
      tentative: true,
    })
    await booking({ resource_id: 1, start_date: '2031-03-06', end_date: '2031-03-07', duration: 60, billable: false })
    await booking({
      resource_id: 2,
      project_id: p2,
      start_date: '2031-03-05',
      end_date: '2031-03-05',
      duration: 600,
      billable: true,
      clash_resolution: 'add_to_waiting_list',
    })
    await booking({
      resource_id: 1,
      project_id: p1,
      start_date: '2031-03-08',
      end_date: '2031-03-11',
      duration: 30,
      billable: true,
      clash_resolution: 'book_with_overtime',
    })
    await booking({
      resource_id: 1,
      project_id: p1,
      start_date: '2031-03-20',
      end_date: '2031-03-20',
      duration: 480,
      billable: true,
    })
    const b7 = await booking({
      resource_id: 2,
      client_id: clientC,
      start_date: '2031-03-07',
      end_date: '2031-03-07',
      duration: 45,
      billable: false,
    })
    await booking({
      resource_ids: [1, 2],
      project_id: p2,
      start_date: '2031-03-03',
      end_date: '2031-03-03',
      duration: 15,
      billable: false,
    })
    expect(
      (await send(t, 'POST', `${ACCOUNT}/bookings/${b7}/resolve`, { resolution: 'declined', resource_ids: [2] }))
        .status,
    ).toBe(204)
  })
  afterAll(async () => {
    expect(t.engine.violations).toEqual([])
    await t.close()
  })

  it('v1 resources: booked, unbooked, availability from available periods, utilization, waiting list', async () => {
    const report = await get(`${ACCOUNT}/reports/resources`)
    // Eight unarchived seeded resources × 2400 available minutes, and r1's 2460 (60 of B5's overtime).
    expect(report).toMatchObject({
      availability: 21_660,
      booked: 570,
      unbooked: 21_090,
      waiting_list: 600,
      utilization: 0.0263,
    })
    expect(row(report.resources, 1)).toMatchObject({
      booked: 555,
      unbooked: 1905,
      availability: 2460,
      waiting_list: 0,
      utilization: 0.2256,
      earliest_available_period: '03 Mar 2031 - 09 Mar 2031',
      custom_fields: [],
    })
    // B2 is tentative: it takes up none of r2's time.
    expect(row(report.resources, 2)).toMatchObject({
      booked: 15,
      unbooked: 2385,
      availability: 2400,
      waiting_list: 600,
      utilization: 0.0063,
    })
  })

  it('v1 resource: per client and per project rows with the unassigned row and max_usage', async () => {
    const r1 = await get(`${ACCOUNT}/reports/resources/1`)
    expect(r1).toMatchObject({
      id: 1,
      booked: 555,
      unbooked: 1905,
      availability: 2460,
      waiting_list: 0,
      sick_downtime: 0,
      total_vacation_downtime: 0,
    })
    expect(r1.clients).toEqual([
      { id: clientC, name: 'Report Client', color: '#123456', booked: 420, waiting_list: 0, max_usage: 420 },
      { name: 'No client assigned', color: '#bfbfbf', booked: 135, waiting_list: 0, max_usage: 420 },
    ])
    expect(r1.projects).toEqual([
      {
        id: p1,
        name: 'Report Project',
        color: '#654321',
        client_name: 'Report Client',
        booked: 420,
        waiting_list: 0,
        max_usage: 420,
      },
      {
        id: p2,
        name: 'Clientless Project',
        color: expect.any(String),
        client_name: null,
        booked: 15,
        waiting_list: 0,
        max_usage: 420,
      },
      {
        name: 'No project assigned',
        color: '#bfbfbf',
        client_name: null,
        booked: 120,
        waiting_list: 0,
        max_usage: 420,
      },
    ])
    const r2 = await get(`${ACCOUNT}/reports/resources/2`)
    expect(r2).toMatchObject({ booked: 15, waiting_list: 600 })
    expect((r2.clients as Row[]).map((c) => [c.name, c.booked, c.waiting_list])).toEqual([
      ['Report Client', 0, 0],
      ['No client assigned', 15, 600],
    ])
  })

  it('v1 projects and clients: totals over every booking, rows per entity', async () => {
    const projects = await get(`${ACCOUNT}/reports/projects`)
    expect(projects).toMatchObject({ booked: 570, waiting_list: 600, max_usage: 420 })
    expect(row(projects.projects, p1)).toMatchObject({
      booked: 420,
      waiting_list: 0,
      client_id: clientC,
      client_name: 'Report Client',
      project_code: 'RP1',
    })
    expect(row(projects.projects, p2)).toMatchObject({ booked: 30, waiting_list: 600, client_id: null })
    expect(row(projects.projects, 1)).toMatchObject({ booked: 0, waiting_list: 0 })

    const clients = await get(`${ACCOUNT}/reports/clients`)
    expect(clients).toMatchObject({ booked: 570, waiting_list: 600, max_usage: 420 })
    expect(row(clients.clients, clientC)).toMatchObject({ booked: 420, waiting_list: 0, color: '#123456' })
  })

  it('v1 project / client: one entity, and id 0 for bookings with none', async () => {
    const project = await get(`${ACCOUNT}/reports/projects/${p1}`)
    expect(project).toMatchObject({ id: p1, booked: 420, waiting_list: 0, client_name: 'Report Client' })
    // 420 / 2460; r2's only P1 time is tentative.
    expect((project.resources as Row[]).map((r) => [r.id, r.booked, r.utilization])).toEqual([
      [1, 420, 0.1707],
      [2, 0, 0],
    ])
    const noProject = await get(`${ACCOUNT}/reports/projects/0`)
    expect(noProject).toMatchObject({ id: 0, name: 'No project assigned', booked: 120, waiting_list: 0, url: null })
    expect((noProject.resources as Row[]).map((r) => [r.id, r.booked])).toEqual([
      [1, 120],
      [2, 0],
    ])
    expect(await get(`${ACCOUNT}/reports/clients/${clientC}`)).toMatchObject({
      id: clientC,
      booked: 420,
      waiting_list: 0,
    })
    const noClient = await get(`${ACCOUNT}/reports/clients/0`)
    expect(noClient).toMatchObject({ id: 0, name: 'No client assigned', booked: 150, waiting_list: 600 })
    expect((noClient.resources as Row[]).map((r) => [r.id, r.booked, r.waiting_list])).toEqual([
      [1, 135, 0],
      [2, 15, 600],
    ])
  })

  it('v2 resources: scheduled / waiting / tentative split by billable, approvals, availability, utilization', async () => {
    const report = await get(`${V2}/reports/resources`)
    expect(report).toMatchObject({
      approvals: approvals(810, 45),
      scheduled: time(570, 420),
      waiting_list: time(600, 600),
      tentative: time(240, 0),
      availability: time(21_660, 0),
      unscheduled: time(21_090, 0),
      downtime: zero,
      overtime: time(60, 0),
      utilization: { total: 0.0263, billable: 0.0194, non_billable: 0.0069 },
    })
    expect(row(report.resources, 1)).toMatchObject({
      resource_type: { id: 1, name: 'Person', human: true },
      approvals: approvals(555),
      scheduled: time(555, 420),
      waiting_list: zero,
      tentative: zero,
      availability: time(2460, 0),
      overtime: time(60, 0),
      unscheduled: time(1905, 0),
      // 555 / 2460, 420 / 2460, 135 / 2460
      utilization: { total: 0.2256, billable: 0.1707, non_billable: 0.0549 },
    })
    expect(row(report.resources, 2)).toMatchObject({
      approvals: approvals(255, 45),
      scheduled: time(15, 0),
      waiting_list: time(600, 600),
      tentative: time(240, 0),
      unscheduled: time(2385, 0),
    })
  })

  it('v2 resource: per client, per project, unassigned blocks and the reported range', async () => {
    const r2 = await get(`${V2}/reports/resources/2`)
    expect(r2).toMatchObject({
      id: 2,
      reported_date_range: { start_date: '2031-03-03', end_date: '2031-03-09' },
      scheduled: time(15, 0),
      custom_fields: [],
    })
    expect(r2.clients).toEqual([
      {
        id: clientC,
        name: 'Report Client',
        color: '#123456',
        approvals: approvals(240, 45),
        scheduled: zero,
        waiting_list: zero,
        tentative: time(240, 0),
      },
    ])
    expect(r2.clients_unassigned).toEqual({
      approvals: approvals(15),
      scheduled: time(15, 0),
      waiting_list: time(600, 600),
      tentative: zero,
    })
    expect((r2.projects as Row[]).map((p) => [p.id, p.scheduled, p.waiting_list])).toEqual([
      [p1, zero, zero],
      [p2, time(15, 0), time(600, 600)],
    ])
    expect(r2.projects_unassigned).toEqual({
      approvals: approvals(0, 45),
      scheduled: zero,
      waiting_list: zero,
      tentative: zero,
    })
    expect((r2.downtime_types as Row[]).every((d) => (d.downtime as { total: number }).total === 0)).toBe(true)
  })

  it('v2 clients, client and bookings with no client', async () => {
    const clients = await get(`${V2}/reports/clients`)
    expect(row(clients.clients, clientC)).toMatchObject({
      approvals: approvals(660, 45),
      scheduled: time(420, 420),
      waiting_list: zero,
      tentative: time(240, 0),
    })
    expect(clients.unassigned).toEqual({
      approvals: approvals(150),
      scheduled: time(150, 0),
      waiting_list: time(600, 600),
      tentative: zero,
    })
    expect(clients).toMatchObject({
      approvals: approvals(810, 45),
      scheduled: time(570, 420),
      waiting_list: time(600, 600),
      tentative: time(240, 0),
    })

    const client = await get(`${V2}/reports/clients/${clientC}`)
    expect(client).toMatchObject({ id: clientC, color: '#123456', scheduled: time(420, 420) })
    expect((client.resources as Row[]).map((r) => [r.id, r.scheduled, r.approvals])).toEqual([
      [1, time(420, 420), approvals(420)],
      [2, zero, approvals(240, 45)],
    ])
    const none = await get(`${V2}/reports/clients/unassigned`)
    expect(none).toMatchObject({ scheduled: time(150, 0), waiting_list: time(600, 600), tentative: zero })
    expect((none.resources as Row[]).map((r) => [r.id, r.scheduled, r.waiting_list])).toEqual([
      [1, time(135, 0), zero],
      [2, time(15, 0), time(600, 600)],
    ])
  })

  it('v2 projects, project and bookings with no project', async () => {
    const projects = await get(`${V2}/reports/projects`)
    expect(row(projects.projects, p1)).toMatchObject({
      client: { id: clientC, name: 'Report Client' },
      approvals: approvals(660),
      scheduled: time(420, 420),
      tentative: time(240, 0),
    })
    expect(row(projects.projects, p2)).toMatchObject({
      client: null,
      scheduled: time(30, 0),
      waiting_list: time(600, 600),
    })
    expect(projects.unassigned).toEqual({
      approvals: approvals(120, 45),
      scheduled: time(120, 0),
      waiting_list: zero,
      tentative: zero,
    })

    const project = await get(`${V2}/reports/projects/${p1}`)
    expect(project).toMatchObject({
      id: p1,
      project_code: 'RP1',
      client: { id: clientC, name: 'Report Client', color: '#123456' },
      scheduled: time(420, 420),
    })
    expect((project.resources as Row[]).map((r) => [r.id, r.scheduled, r.tentative])).toEqual([
      [1, time(420, 420), zero],
      [2, zero, time(240, 0)],
    ])
    const none = await get(`${V2}/reports/projects/unassigned`)
    expect(none).toMatchObject({ scheduled: time(120, 0), waiting_list: zero })
    expect((none.resources as Row[]).map((r) => [r.id, r.scheduled, r.approvals])).toEqual([
      [1, time(120, 0), approvals(120)],
      [2, zero, approvals(0, 45)],
    ])
  })

  it('counts only the days inside the range', async () => {
    // Widening the range to 03-20 adds B6 (480) and B5's Monday and Tuesday (2 × 30) to project P1.
    const wide = await get(`${V2}/reports/projects/${p1}`, 'start_date=2031-03-03&end_date=2031-03-20')
    expect(wide.scheduled).toEqual(time(420 + 480 + 60, 960))
    const saturday = await get(`${ACCOUNT}/reports/projects/${p1}`, 'start_date=2031-03-08&end_date=2031-03-08')
    expect(saturday).toMatchObject({ booked: 30 })
    // The weekend's only time is B5's overtime, 30 a day, all booked.
    expect(await get(`${ACCOUNT}/reports/resources/1`, 'start_date=2031-03-08&end_date=2031-03-09')).toMatchObject({
      booked: 60,
      availability: 60,
      unbooked: 0,
      utilization: 1,
    })
    expect(await get(`${V2}/reports/resources/1`, 'start_date=2031-03-08&end_date=2031-03-09')).toMatchObject({
      overtime: time(60, 0),
      availability: time(60, 0),
      unscheduled: zero,
    })
  })

  it('answers 404 for an unknown id and 422 for a range that ends before it starts', async () => {
    for (const path of [
      `${ACCOUNT}/reports/projects/999`,
      `${ACCOUNT}/reports/clients/999`,
      `${ACCOUNT}/reports/resources/999`,
      `${V2}/reports/resources/999`,
      `${V2}/reports/clients/999`,
      `${V2}/reports/projects/999`,
    ]) {
      const response = await send(t, 'GET', `${path}?${RANGE}`)
      expect(response.status, path).toBe(404)
    }
    expect(await (await send(t, 'GET', `${ACCOUNT}/reports/projects/999?${RANGE}`)).json()).toEqual({
      errors: ['Project 999 was not found'],
    })
    const inverted = await send(t, 'GET', `${V2}/reports/resources?start_date=2031-03-09&end_date=2031-03-03`)
    expect(inverted.status).toBe(422)
    expect(await inverted.json()).toEqual({ errors: ['end_date must be on or after start_date'] })
    expect((await send(t, 'GET', `${ACCOUNT}/reports/resources?start_date=2031-03-03`)).status).toBe(400)
  })
})

/**
 * Downtime, overtime and custom availability need records the report API cannot create, so this suite runs the engine
 * directly on a state it can reach (same pipeline and response validation as both targets).
 */
describe('Resource Guru reports: downtime, overtime and custom availability (engine)', () => {
  let state!: RgState
  const engine: Engine = createEngine(
    { ...resourceGuru, createState: (ctx) => (state = resourceGuru.createState(ctx)) },
    { seed: 1, validateResponses: true },
  )
  const call = (method: string, path: string, rawQuery: string, body?: unknown) => {
    const response = atOnce(
      engine.handle(
        {
          method,
          path,
          rawQuery,
          headers: body === undefined ? BASIC : { ...BASIC, 'content-type': 'application/json' },
          body: body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body)),
        },
        'http://mock.test',
      ),
    )
    return { status: response.status, json: () => JSON.parse(String(response.body)) as Json }
  }

  beforeAll(() => {
    const data = state.accounts.get(DEMO.account)
    if (!data) throw new Error('no demo account')
    const { id: _id, ...template } = data.downtimes.require(1)
    const downtime = (d: Partial<Downtime>) =>
      data.downtimes.insert({ ...template, start_time: 0, end_time: 1440, resource_ids: [1], deleted: false, ...d })
    // Types: 1 Vacation, 2 Sick Leave, 3 Holiday, 4 Training.
    downtime({ from: '2031-03-04', to: '2031-03-04', downtime_type_id: 2 }) // Tue, whole day: 480
    downtime({ from: '2031-03-04', to: '2031-03-04', downtime_type_id: 4, start_time: 540, end_time: 600 }) // inside the sick day: total unchanged
    downtime({ from: '2031-03-05', to: '2031-03-05', downtime_type_id: 3, start_time: 780, end_time: 1440 }) // Wed afternoon: 240
    downtime({ from: '2031-03-03', to: '2031-03-03', downtime_type_id: 1, start_time: 600, end_time: 660 }) // Mon: 60 of the custom 120 = half a day
    downtime({ from: '2031-03-08', to: '2031-03-09', downtime_type_id: 1 }) // weekend: no working time
    downtime({ from: '2031-03-06', to: '2031-03-06', downtime_type_id: 1, deleted: true }) // deleted: ignored
    downtime({ from: '2031-03-06', to: '2031-03-06', downtime_type_id: 1, resource_ids: [2] }) // another resource
    data.customAvailablePeriods.insert({ resource_instance_id: 1, date: '2031-03-03', start_time: 600, end_time: 720 }) // Mon: 120 instead of 480
    data.overtimes.insert({ resource_id: 1, date: '2031-03-06', duration: 60 })
    const booked = call('POST', `${ACCOUNT}/bookings`, '', {
      resource_id: 1,
      start_date: '2031-03-06',
      end_date: '2031-03-06',
      duration: 300,
      billable: true,
    })
    expect(booked.status).toBe(201)
  })
  afterAll(() => {
    expect(engine.violations).toEqual([])
  })

  // Working 120 + 4 × 480 = 2040; downtime 60 + 480 + 240 = 780; overtime 60 → available 1320.
  it('v2 resource: availability net of downtime plus overtime, downtime per type', () => {
    const report = call('GET', `${V2}/reports/resources/1`, RANGE).json()
    expect(report).toMatchObject({
      availability: time(1320, 0),
      downtime: time(780, 0),
      overtime: time(60, 0),
      scheduled: time(300, 300),
      unscheduled: time(1020, 0),
    })
    expect((report.utilization as { total: number }).total).toBeCloseTo(300 / 1320, 3)
    expect((report.downtime_types as Row[]).map((d) => [d.name, (d.downtime as { total: number }).total])).toEqual([
      ['Vacation', 60],
      ['Sick Leave', 480],
      ['Holiday', 240],
      ['Training', 60],
    ])
  })

  it('v1 resource: the downtime categories in minutes and days', () => {
    const response = call('GET', `${ACCOUNT}/reports/resources/1`, RANGE)
    expect(response.status).toBe(200)
    expect(response.json()).toMatchObject({
      availability: 1320,
      booked: 300,
      unbooked: 1020,
      sick_downtime: 480,
      sick_downtime_days: 1,
      public_holiday_downtime: 240,
      public_holiday_downtime_days: 0.5,
      personal_vacation_downtime: 60,
      personal_vacation_downtime_days: 0.5,
      other_downtime: 60,
      other_downtime_days: 0.13,
      total_vacation_downtime: 300,
      total_vacation_downtime_days: 1,
    })
  })

  it('v2 resources: the totals include the downtime and overtime of every resource', () => {
    const report = call('GET', `${V2}/reports/resources`, RANGE).json()
    // Resource 2 loses Thursday (480) to its own downtime; the seven other unarchived resources keep 2400 each.
    expect(report).toMatchObject({
      availability: time(1320 + 1920 + 7 * 2400, 0),
      downtime: time(780 + 480, 0),
      overtime: time(60, 0),
    })
  })
})
