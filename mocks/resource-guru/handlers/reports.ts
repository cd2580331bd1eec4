/**
 * Reports v1 (deprecated; 001 "Reports – v1 (deprecated)", 3404-3670) and v2 (001 "Reports – v2", 3671-4111), computed
 * from the store for the requested range on every request. 001 renders most report bodies collapsed, so the arithmetic
 * is the mock's reading of the field names; every inference is marked here and listed in NOTES.md (Reports part).
 *
 * Everything is in minutes and is a sum of "slices": one booked day (`durations[]` entry) of one booking on one
 * resource, for the days inside the range.
 *  - scheduled (v1 `booked`): slices not on the waiting list, of bookings that are not declined;
 *  - waiting_list: slices on the waiting list (`durations[].waiting`);
 *  - tentative: the scheduled slices of tentative bookings;
 *  - approvals: slices not on the waiting list, by approval state (declined time shows only here).
 * v2 splits each into billable / non-billable by the booking's `billable` flag. A booking on several resources counts
 * once per resource: each resource's time is taken.
 */
import { MockError } from '../../../src/core/errors.ts'
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import type { Collection } from '../../../src/store/collection.ts'
import { acct, idOf, invalid, type Ctx } from '../common.ts'
import { addDays, type AccountData, type RgState } from '../state.ts'
import type {
  Booking,
  Client,
  Downtime,
  Project,
  ReportV1Client,
  ReportV1Clients,
  ReportV1Project,
  ReportV1Projects,
  ReportV1Resource,
  ReportV1Resources,
  ReportV2Approvals,
  ReportV2Client,
  ReportV2Clients,
  ReportV2Project,
  ReportV2Projects,
  ReportV2Resource,
  ReportV2Resources,
  ReportV2Time,
  ReportV2Unassigned,
  ReportV2Utilization,
  Resource,
} from '../types.ts'
import { toColor } from './clients.ts'

/** The grey of the "No client assigned" row in the legacy resource report sample (endpoints/reports/resources.md). */
const GREY = '#bfbfbf'
const NO_CLIENT = 'No client assigned'
const NO_PROJECT = 'No project assigned'
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

interface Range {
  start: string
  end: string
}

interface Slice {
  booking: Booking
  resourceId: number
  date: string
  minutes: number
  waiting: boolean
}

interface Split {
  total: number
  billable: number
  non_billable: number
}

interface Tally {
  approvals: { approved: number; pending: number; declined: number }
  scheduled: Split
  waiting_list: Split
  tentative: Split
}

/** A resource's time in the range, before bookings: working hours, downtime inside them, overtime. */
interface Capacity {
  working: number
  downtime: number
  overtime: number
  /** working - downtime + overtime (inferred: time off is not available, overtime is). */
  available: number
  /** Downtime per downtime type id (`null`: no type): minutes, and days as fractions of each day's working time. */
  byType: Map<number | null, { minutes: number; days: number }>
}

type Interval = readonly [number, number]

/** One request's view: the range's slices and the lookups the capacity sums need, built once. */
interface Scope {
  ctx: Ctx
  data: AccountData
  range: Range
  slices: Slice[]
  /** Custom availability per `resourceId date`. */
  custom: Map<string, Interval[]>
  /** Overtime minutes per `resourceId date`. */
  overtime: Map<string, number>
  capacities: Map<number, Capacity>
}

// ---- range and slices ----

function rangeOf(ctx: Ctx): Range {
  const start = String(ctx.query.start_date)
  const end = String(ctx.query.end_date)
  // Inferred: 001 documents no error for an inverted range; the mock answers it like other validation errors (422).
  if (end < start) invalid('end_date must be on or after start_date')
  return { start, end }
}

function slicesIn(data: AccountData, range: Range): Slice[] {
  const out: Slice[] = []
  for (const booking of data.bookings.all()) {
    if (booking.end_date < range.start || booking.start_date > range.end) continue
    for (const day of booking.durations) {
      if (day.date < range.start || day.date > range.end) continue
      for (const resourceId of booking.resource_ids) {
        // Bookings keep the ids of deleted resources; with no resource to report under they are left out everywhere,
        // so every total is the sum of its rows.
        if (data.resources.get(resourceId))
          out.push({ booking, resourceId, date: day.date, minutes: day.duration, waiting: day.waiting === true })
      }
    }
  }
  return out
}

function scopeOf(ctx: Ctx): Scope {
  const data = acct(ctx)
  const range = rangeOf(ctx)
  const custom = new Map<string, Interval[]>()
  for (const p of data.customAvailablePeriods.all()) {
    if (p.resource_instance_id === undefined || p.date === undefined || p.date < range.start || p.date > range.end)
      continue
    const key = `${p.resource_instance_id} ${p.date}`
    custom.set(key, [...(custom.get(key) ?? []), [p.start_time ?? 0, p.end_time ?? 0]])
  }
  const overtime = new Map<string, number>()
  for (const o of data.overtimes.all()) {
    const key = `${o.resource_id} ${o.date}`
    overtime.set(key, (overtime.get(key) ?? 0) + o.duration)
  }
  return { ctx, data, range, slices: slicesIn(data, range), custom, overtime, capacities: new Map() }
}

// ---- tallies ----

const split = (): Split => ({ total: 0, billable: 0, non_billable: 0 })

function add(s: Split, billable: boolean, minutes: number): void {
  s.total += minutes
  if (billable) s.billable += minutes
  else s.non_billable += minutes
}

/** `approval_state.state` is pending | approved | declined (the Bookings `approval_states` filter); absent = approved. */
function approvalOf(b: Booking): keyof Tally['approvals'] {
  const state = b.approval_state?.state
  return state === 'pending' || state === 'declined' ? state : 'approved'
}

function tally(slices: readonly Slice[]): Tally {
  const t: Tally = {
    approvals: { approved: 0, pending: 0, declined: 0 },
    scheduled: split(),
    waiting_list: split(),
    tentative: split(),
  }
  for (const s of slices) {
    const billable = s.booking.billable === true
    if (s.waiting) {
      add(t.waiting_list, billable, s.minutes)
      continue
    }
    const state = approvalOf(s.booking)
    t.approvals[state] += s.minutes
    // Inferred: a declined booking does not take the resource's time, so it is neither scheduled nor tentative.
    if (state === 'declined') continue
    add(t.scheduled, billable, s.minutes)
    if (s.booking.tentative) add(t.tentative, billable, s.minutes)
  }
  return t
}

const touched = (t: Tally): boolean =>
  t.approvals.approved + t.approvals.pending + t.approvals.declined + t.waiting_list.total > 0

function groupBy<K>(slices: readonly Slice[], key: (s: Slice) => K): Map<K, Slice[]> {
  const groups = new Map<K, Slice[]>()
  for (const s of slices) {
    const k = key(s)
    const group = groups.get(k)
    if (group) group.push(s)
    else groups.set(k, [s])
  }
  return groups
}

/** Ratio rounded to 4 places (v1 shows 0.8, 0.08); 0 when there is no time to divide by. */
const ratio = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0)
const round2 = (n: number): number => Math.round(n * 100) / 100

// ---- capacity: available periods, custom availability, downtime, overtime ----

function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

function overlap(a: readonly Interval[], b: readonly Interval[]): number {
  let sum = 0
  for (const [s1, e1] of a) for (const [s2, e2] of b) sum += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2))
  return sum
}

const length = (intervals: readonly Interval[]): number => intervals.reduce((sum, [a, b]) => sum + (b - a), 0)

/** The weekly `available_periods` valid on the date (week_day 0 = Sunday, as the Resource schema says). */
function weeklyHours(resource: Resource, date: string): Interval[] {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return merge(
    (resource.available_periods ?? [])
      .filter((p) => p.week_day === weekday && (p.valid_from ?? date) <= date && (p.valid_until ?? date) >= date)
      .map((p) => [p.start_time, p.end_time] as const),
  )
}

/**
 * Per day: custom availability replaces the weekly pattern on its dates (inferred, as "custom availability" reads);
 * downtime counts only where it falls inside the working hours, with its `start_time`-`end_time` window applied on
 * every day from `from` to `to` (inferred; seeded and typical downtimes are whole days, 0-1440); overtime adds.
 */
function capacityOf(scope: Scope, resource: Resource): Capacity {
  const cached = scope.capacities.get(resource.id)
  if (cached) return cached
  const { range } = scope
  const downtimes = scope.data.downtimes.filter(
    (d) => !d.deleted && d.resource_ids.includes(resource.id) && d.to >= range.start && d.from <= range.end,
  )
  const cap: Capacity = { working: 0, downtime: 0, overtime: 0, available: 0, byType: new Map() }
  for (let date = range.start; date <= range.end; date = addDays(date, 1)) {
    const key = `${resource.id} ${date}`
    const hours = scope.custom.has(key) ? merge(scope.custom.get(key) ?? []) : weeklyHours(resource, date)
    const working = length(hours)
    const today = downtimes.filter((d) => d.from <= date && date <= d.to)
    cap.working += working
    cap.downtime += overlap(merge(today.map(windowOf)), hours)
    cap.overtime += scope.overtime.get(key) ?? 0
    for (const d of today) {
      const minutes = overlap([windowOf(d)], hours)
      const entry = cap.byType.get(d.downtime_type_id) ?? { minutes: 0, days: 0 }
      cap.byType.set(d.downtime_type_id, {
        minutes: entry.minutes + minutes,
        days: entry.days + (working > 0 ? minutes / working : 0),
      })
    }
  }
  cap.available = cap.working - cap.downtime + cap.overtime
  scope.capacities.set(resource.id, cap)
  return cap
}

const windowOf = (d: Downtime): Interval => [d.start_time, d.end_time]

/**
 * Inferred: the first validity window of the resource's weekly availability (`valid_from` to `valid_until`) that
 * overlaps the range, clipped to it, in the legacy display form "25 Aug 2014 - 31 Aug 2014"; "" when there is none.
 */
function earliestAvailablePeriod(resource: Resource, range: Range): string {
  const windows = (resource.available_periods ?? [])
    .map(
      (p) =>
        [maxDate(p.valid_from ?? range.start, range.start), minDate(p.valid_until ?? range.end, range.end)] as const,
    )
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0].localeCompare(y[0]) || y[1].localeCompare(x[1]))
  const first = windows[0]
  return first ? `${display(first[0])} - ${display(first[1])}` : ''
}

const maxDate = (a: string, b: string): string => (a > b ? a : b)
const minDate = (a: string, b: string): string => (a < b ? a : b)

function display(date: string): string {
  const [year, month, day] = date.split('-')
  return `${day} ${MONTHS[Number(month) - 1] ?? ''} ${year}`
}

// ---- records and lookups ----

/** A live (not soft-deleted) client or project, else 404 like their own GET. */
function live<T extends { id: number; deleted?: boolean }>(collection: Collection<T>, id: number): T {
  const record = collection.require(id)
  if (record.deleted) throw new MockError('not_found', `${collection.label} ${id} was not found`)
  return record
}

/** A booking's client / project, `null` when it has none (or it no longer exists). */
const clientOf = (data: AccountData, s: Slice): number | null =>
  s.booking.client_id !== null && data.clients.get(s.booking.client_id) ? s.booking.client_id : null
const projectOf = (data: AccountData, s: Slice): number | null =>
  s.booking.project_id !== null && data.projects.get(s.booking.project_id) ? s.booking.project_id : null

/** Rows of a list report: live, unarchived records, plus any other with time in the range (inferred). */
function listed<T extends { id: number; archived?: boolean; deleted?: boolean }>(
  records: readonly T[],
  groups: Map<number | null, Slice[]>,
): T[] {
  return records.filter((r) => (!r.archived && !r.deleted) || touched(tally(groups.get(r.id) ?? [])))
}

const colorOf = (value: string | null | undefined): string => toColor(value) ?? GREY
const url = (scope: Scope, path: string): string => `${scope.ctx.baseUrl}/v1/${scope.data.account.subdomain}/${path}`
const resourceSlices = (scope: Scope, id: number): Slice[] => scope.slices.filter((s) => s.resourceId === id)

/** Resources of the resource reports: unarchived ones, plus archived ones with time in the range (inferred). */
function reportedResources(scope: Scope): Resource[] {
  const byResource = groupBy(scope.slices, (s) => s.resourceId)
  return scope.data.resources.filter((r) => !r.archived || touched(tally(byResource.get(r.id) ?? [])))
}

/** Resources that have time in the given slices, in id order, with their slices. */
function resourceGroups(scope: Scope, slices: readonly Slice[]): [Resource, Slice[]][] {
  const groups = groupBy(slices, (s) => s.resourceId)
  return scope.data.resources.filter((r) => groups.has(r.id)).map((r) => [r, groups.get(r.id) ?? []])
}

// ---- v1 ----

/**
 * v1 `availability` is "booked + unbooked" (legacy resources.md) and utilization a ratio "between 0 and 1", so unbooked
 * time is never negative and an overbooked resource's availability is its booked time.
 */
function v1Time(scope: Scope, resource: Resource) {
  const t = tally(resourceSlices(scope, resource.id))
  const booked = t.scheduled.total
  const unbooked = Math.max(0, capacityOf(scope, resource).available - booked)
  return { booked, unbooked, availability: booked + unbooked, waiting_list: t.waiting_list.total }
}

/** `{"22": ["33"]}`: selected option ids (strings) by custom field id; `[]` when none (legacy resources.md). */
function v1CustomFields(data: AccountData, resource: Resource): Record<string, string[]> | never[] {
  const fields: Record<string, string[]> = {}
  for (const option of resource.selected_custom_field_options ?? []) {
    const fieldId = data.customFieldOptions.get(option.id)?.custom_field_id
    if (fieldId !== undefined) fields[String(fieldId)] = [...(fields[String(fieldId)] ?? []), String(option.id)]
  }
  return Object.keys(fields).length ? fields : []
}

function v1ResourceRow(scope: Scope, r: Resource): ReportV1Resources['resources'][number] {
  const time = v1Time(scope, r)
  return {
    id: r.id,
    name: r.name,
    image: r.image ?? null,
    ...time,
    utilization: ratio(time.booked, time.availability),
    url: url(scope, `resources/${r.id}`),
    resource_type: r.resource_type.name,
    earliest_available_period: earliestAvailablePeriod(r, scope.range),
    job_title: r.job_title ?? null,
    custom_fields: v1CustomFields(scope.data, r),
  }
}

/** Resource rows of a v1 project or client report; utilization is this entity's share of the resource's availability. */
function v1EntityResources(scope: Scope, slices: readonly Slice[]): ReportV1Project['resources'] {
  return resourceGroups(scope, slices).map(([r, own]) => {
    const t = tally(own)
    return {
      id: r.id,
      name: r.name,
      image: r.image ?? null,
      booked: t.scheduled.total,
      waiting_list: t.waiting_list.total,
      job_title: r.job_title ?? null,
      resource_type: r.resource_type.name,
      earliest_available_period: earliestAvailablePeriod(r, scope.range),
      utilization: ratio(t.scheduled.total, v1Time(scope, r).availability),
      url: url(scope, `resources/${r.id}`),
    }
  })
}

/** Inferred: `max_usage` ("max usage for the utilization bar") is the largest row's booked time, as in the 001 sample. */
const maxUsage = (rows: readonly { booked?: number }[]): number =>
  rows.reduce((max, row) => Math.max(max, row.booked ?? 0), 0)

const getResourcesReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const resources = reportedResources(scope).map((r) => v1ResourceRow(scope, r))
  const sum = (pick: (row: (typeof resources)[number]) => number | undefined) =>
    resources.reduce((total, row) => total + (pick(row) ?? 0), 0)
  const availability = sum((r) => r.availability)
  const booked = sum((r) => r.booked)
  const body: ReportV1Resources = {
    availability,
    booked,
    resources,
    unbooked: sum((r) => r.unbooked),
    utilization: ratio(booked, availability),
    waiting_list: sum((r) => r.waiting_list),
  }
  return json(200, body)
}

/**
 * The v1 `*_downtime` totals by downtime type name (inferred; only the field names are documented): "sick" → sick,
 * "public" / "bank" / "holiday" → public holiday, "vacation" / "annual" / "personal" → personal vacation, anything else
 * (and downtime without a type) → other; total vacation = personal vacation + public holiday.
 */
function downtimeCategory(name: string | undefined): 'sick' | 'public_holiday' | 'personal_vacation' | 'other' {
  const n = (name ?? '').toLowerCase()
  if (n.includes('sick')) return 'sick'
  if (/public|bank|holiday/.test(n)) return 'public_holiday'
  if (/vacation|annual|personal/.test(n)) return 'personal_vacation'
  return 'other'
}

function v1Downtimes(scope: Scope, cap: Capacity) {
  const totals = {
    sick: { minutes: 0, days: 0 },
    public_holiday: { minutes: 0, days: 0 },
    personal_vacation: { minutes: 0, days: 0 },
    other: { minutes: 0, days: 0 },
  }
  for (const [typeId, entry] of cap.byType) {
    const category = totals[downtimeCategory(typeId === null ? undefined : scope.data.downtimeTypes.get(typeId)?.name)]
    category.minutes += entry.minutes
    category.days += entry.days
  }
  const vacation = totals.personal_vacation.minutes + totals.public_holiday.minutes
  const vacationDays = totals.personal_vacation.days + totals.public_holiday.days
  return {
    other_downtime: totals.other.minutes,
    other_downtime_days: round2(totals.other.days),
    personal_vacation_downtime: totals.personal_vacation.minutes,
    personal_vacation_downtime_days: round2(totals.personal_vacation.days),
    public_holiday_downtime: totals.public_holiday.minutes,
    public_holiday_downtime_days: round2(totals.public_holiday.days),
    sick_downtime: totals.sick.minutes,
    sick_downtime_days: round2(totals.sick.days),
    total_vacation_downtime: vacation,
    total_vacation_downtime_days: round2(vacationDays),
  }
}

/** Rows of a v1 resource report's `clients` / `projects`: one per entity, then the unassigned row (no id, grey). */
function v1Breakdown<T extends { id: number; name: string; color?: string | null }>(
  groups: Map<number | null, Slice[]>,
  get: (id: number) => T | undefined,
  unassigned: string,
  extra: (record: T | undefined) => Record<string, unknown>,
) {
  const ids = [...groups.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  const rows = ids.map((id) => {
    const record = get(id)
    const t = tally(groups.get(id) ?? [])
    return {
      id,
      name: record?.name ?? '',
      color: colorOf(record?.color),
      ...extra(record),
      booked: t.scheduled.total,
      waiting_list: t.waiting_list.total,
    }
  })
  const none = groups.get(null)
  if (none) {
    const t = tally(none)
    rows.push({
      name: unassigned,
      color: GREY,
      ...extra(undefined),
      booked: t.scheduled.total,
      waiting_list: t.waiting_list.total,
    } as (typeof rows)[number])
  }
  const max = maxUsage(rows)
  return rows.map((row) => ({ ...row, max_usage: max }))
}

const getResourceReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const r = data.resources.require(idOf(ctx))
  const own = resourceSlices(scope, r.id)
  const cap = capacityOf(scope, r)
  const time = v1Time(scope, r)
  const clientName = (p: Project | undefined) => (p?.client_id ? (data.clients.get(p.client_id)?.name ?? null) : null)
  const body: ReportV1Resource = {
    ...time,
    clients: v1Breakdown(
      groupBy(own, (s) => clientOf(data, s)),
      (id) => data.clients.get(id),
      NO_CLIENT,
      () => ({}),
    ),
    custom_fields: v1CustomFields(data, r),
    downtime_types: data.downtimeTypes.all().map((type) => {
      const entry = cap.byType.get(type.id)
      return { id: type.id, name: type.name, downtime: entry?.minutes ?? 0, downtime_days: round2(entry?.days ?? 0) }
    }),
    earliest_available_period: earliestAvailablePeriod(r, scope.range),
    id: r.id,
    image: r.image ?? null,
    job_title: r.job_title ?? null,
    name: r.name,
    ...v1Downtimes(scope, cap),
    projects: v1Breakdown(
      groupBy(own, (s) => projectOf(data, s)),
      (id) => data.projects.get(id),
      NO_PROJECT,
      (p) => ({ client_name: clientName(p) }),
    ),
    resource_type: r.resource_type.name,
    url: url(scope, `resources/${r.id}`),
    utilization: ratio(time.booked, time.availability),
  }
  return json(200, body)
}

/**
 * v1 list totals cover every booking in the range, including those with no client / project (inferred: the legacy
 * sample's total exceeds its rows; that time is reported under id 0).
 */
const getClientsReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => clientOf(data, s))
  const clients = listed(data.clients.all(), groups).map((c) => {
    const t = tally(groups.get(c.id) ?? [])
    return {
      id: c.id,
      name: c.name,
      notes: c.notes ?? null,
      color: colorOf(c.color),
      booked: t.scheduled.total,
      waiting_list: t.waiting_list.total,
      url: url(scope, `clients/${c.id}`),
    }
  })
  const total = tally(scope.slices)
  const body: ReportV1Clients = {
    booked: total.scheduled.total,
    waiting_list: total.waiting_list.total,
    max_usage: maxUsage(clients),
    clients,
  }
  return json(200, body)
}

/** Id 0: bookings with no client, "No client assigned" (001 3531-3533: "or 0 for … bookings not associated"). */
const getClientReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const id = idOf(ctx)
  const client: Client | undefined = id === 0 ? undefined : live(data.clients, id)
  const slices = scope.slices.filter((s) => clientOf(data, s) === (client?.id ?? null))
  const t = tally(slices)
  const body: ReportV1Client = {
    id,
    name: client?.name ?? NO_CLIENT,
    notes: client?.notes ?? null,
    color: client ? colorOf(client.color) : GREY,
    booked: t.scheduled.total,
    waiting_list: t.waiting_list.total,
    url: client ? url(scope, `clients/${client.id}`) : null,
    resources: v1EntityResources(scope, slices),
  }
  return json(200, body)
}

const getProjectsReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => projectOf(data, s))
  const projects = listed(data.projects.all(), groups).map((p) => {
    const t = tally(groups.get(p.id) ?? [])
    const client = p.client_id ? data.clients.get(p.client_id) : undefined
    return {
      id: p.id,
      name: p.name,
      project_code: p.project_code ?? null,
      client_name: client?.name ?? null,
      client_id: client?.id ?? null,
      color: colorOf(p.color),
      booked: t.scheduled.total,
      waiting_list: t.waiting_list.total,
      url: url(scope, `projects/${p.id}`),
    }
  })
  const total = tally(scope.slices)
  const body: ReportV1Projects = {
    booked: total.scheduled.total,
    waiting_list: total.waiting_list.total,
    max_usage: maxUsage(projects),
    projects,
  }
  return json(200, body)
}

/** Id 0: bookings with no project, "No project assigned" (001 3456-3458). */
const getProjectReportV1: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const id = idOf(ctx)
  const project: Project | undefined = id === 0 ? undefined : live(data.projects, id)
  const slices = scope.slices.filter((s) => projectOf(data, s) === (project?.id ?? null))
  const t = tally(slices)
  const client = project?.client_id ? data.clients.get(project.client_id) : undefined
  const body: ReportV1Project = {
    id,
    name: project?.name ?? NO_PROJECT,
    project_code: project?.project_code ?? null,
    client_name: client?.name ?? null,
    color: project ? colorOf(project.color) : GREY,
    booked: t.scheduled.total,
    waiting_list: t.waiting_list.total,
    url: project ? url(scope, `projects/${project.id}`) : null,
    resources: v1EntityResources(scope, slices),
  }
  return json(200, body)
}

// ---- v2 ----

interface TallyFields {
  approvals: ReportV2Approvals
  scheduled: ReportV2Time
  waiting_list: ReportV2Time
  tentative: ReportV2Time
}

function fields(t: Tally): TallyFields {
  return {
    approvals: { ...t.approvals },
    scheduled: { ...t.scheduled },
    waiting_list: { ...t.waiting_list },
    tentative: { ...t.tentative },
  }
}

/**
 * Inferred: time that is not booked (availability, downtime, overtime, unscheduled) has no billable flag, so it is all
 * non-billable, as in the spec's v2 samples (`availability: {total: 24000, billable: 0, non_billable: 24000}`).
 */
const unbilled = (minutes: number): ReportV2Time => ({ total: minutes, billable: 0, non_billable: minutes })

/** Inferred: scheduled time / available time, each part on its own; may exceed 1 when overbooked. */
function utilization(s: Split, available: number): ReportV2Utilization {
  return {
    total: ratio(s.total, available),
    billable: ratio(s.billable, available),
    non_billable: ratio(s.non_billable, available),
  }
}

const resourceType = (data: AccountData, r: Resource) => ({
  id: r.resource_type.id,
  name: r.resource_type.name,
  human: data.resourceTypes.get(r.resource_type.id)?.human ?? r.human ?? false,
})

/** Resource rows of the v2 client / project / unassigned reports. */
function v2EntityResources(scope: Scope, slices: readonly Slice[]): ReportV2Client['resources'] {
  return resourceGroups(scope, slices).map(([r, own]) => ({
    id: r.id,
    name: r.name,
    color: colorOf(r.color),
    job_title: r.job_title ?? null,
    ...fields(tally(own)),
  }))
}

/** A resource's availability block: available, downtime, overtime and unscheduled (available - scheduled, not below 0). */
function v2Availability(scope: Scope, r: Resource, t: Tally) {
  const cap = capacityOf(scope, r)
  return {
    availability: unbilled(cap.available),
    downtime: unbilled(cap.downtime),
    overtime: unbilled(cap.overtime),
    unscheduled: unbilled(Math.max(0, cap.available - t.scheduled.total)),
    utilization: utilization(t.scheduled, cap.available),
  }
}

const getResourcesReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const resources = reportedResources(scope)
  const totals = { available: 0, downtime: 0, overtime: 0, unscheduled: 0 }
  const rows = resources.map((r) => {
    const t = tally(resourceSlices(scope, r.id))
    const block = v2Availability(scope, r, t)
    totals.available += block.availability.total ?? 0
    totals.downtime += block.downtime.total ?? 0
    totals.overtime += block.overtime.total ?? 0
    totals.unscheduled += block.unscheduled.total ?? 0
    return {
      id: r.id,
      name: r.name,
      color: colorOf(r.color),
      job_title: r.job_title ?? null,
      resource_type: resourceType(data, r),
      ...fields(t),
      ...block,
    }
  })
  const ids = new Set(resources.map((r) => r.id))
  const all = tally(scope.slices.filter((s) => ids.has(s.resourceId)))
  const body: ReportV2Resources = {
    ...fields(all),
    availability: unbilled(totals.available),
    downtime: unbilled(totals.downtime),
    overtime: unbilled(totals.overtime),
    resources: rows,
    unscheduled: unbilled(totals.unscheduled),
    utilization: utilization(all.scheduled, totals.available),
  }
  return json(200, body)
}

/** `[{id, label, options: [{id, value}]}]`: the resource's selected options grouped by custom field (inferred). */
function v2CustomFields(data: AccountData, r: Resource): ReportV2Resource['custom_fields'] {
  const byField = new Map<number, { id: number; value: string }[]>()
  for (const option of r.selected_custom_field_options ?? []) {
    const fieldId = data.customFieldOptions.get(option.id)?.custom_field_id
    if (fieldId !== undefined)
      byField.set(fieldId, [...(byField.get(fieldId) ?? []), { id: option.id, value: option.value }])
  }
  return [...byField].map(([id, options]) => ({ id, label: data.customFields.get(id)?.label ?? '', options }))
}

const getResourceReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const r = data.resources.require(idOf(ctx))
  const own = resourceSlices(scope, r.id)
  const t = tally(own)
  const cap = capacityOf(scope, r)
  const byClient = groupBy(own, (s) => clientOf(data, s))
  const byProject = groupBy(own, (s) => projectOf(data, s))
  const clientIds = [...byClient.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  const projectIds = [...byProject.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  const body: ReportV2Resource = {
    id: r.id,
    name: r.name,
    color: colorOf(r.color),
    job_title: r.job_title ?? null,
    reported_date_range: { start_date: scope.range.start, end_date: scope.range.end },
    resource_type: resourceType(data, r),
    ...fields(t),
    custom_fields: v2CustomFields(data, r),
    ...v2Availability(scope, r, t),
    clients: clientIds.map((id) => {
      const c = data.clients.get(id)
      return { id, name: c?.name ?? '', color: colorOf(c?.color), ...fields(tally(byClient.get(id) ?? [])) }
    }),
    clients_unassigned: fields(tally(byClient.get(null) ?? [])),
    downtime_types: data.downtimeTypes
      .all()
      .map((type) => ({ id: type.id, name: type.name, downtime: unbilled(cap.byType.get(type.id)?.minutes ?? 0) })),
    projects: projectIds.map((id) => {
      const p = data.projects.get(id)
      return {
        id,
        name: p?.name ?? '',
        color: colorOf(p?.color),
        project_code: p?.project_code ?? null,
        ...fields(tally(byProject.get(id) ?? [])),
      }
    }),
    projects_unassigned: fields(tally(byProject.get(null) ?? [])),
  }
  return json(200, body)
}

const getClientsReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => clientOf(data, s))
  const body: ReportV2Clients = {
    clients: listed(data.clients.all(), groups).map((c) => ({
      id: c.id,
      name: c.name,
      color: colorOf(c.color),
      ...fields(tally(groups.get(c.id) ?? [])),
    })),
    unassigned: fields(tally(groups.get(null) ?? [])),
    ...fields(tally(scope.slices)),
  }
  return json(200, body)
}

const getClientReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const client = live(scope.data.clients, idOf(ctx))
  const slices = scope.slices.filter((s) => clientOf(scope.data, s) === client.id)
  const body: ReportV2Client = {
    color: colorOf(client.color),
    id: client.id,
    name: client.name,
    ...fields(tally(slices)),
    resources: v2EntityResources(scope, slices),
  }
  return json(200, body)
}

/** Bookings with no client (or no project): resource rows and the three time blocks of the 001 sample (3949-3958). */
function unassignedReport(pick: (data: AccountData, s: Slice) => number | null): Handler<RgState> {
  return (ctx) => {
    const scope = scopeOf(ctx)
    const slices = scope.slices.filter((s) => pick(scope.data, s) === null)
    const { scheduled, waiting_list, tentative } = fields(tally(slices))
    const body: ReportV2Unassigned = { resources: v2EntityResources(scope, slices), scheduled, waiting_list, tentative }
    return json(200, body)
  }
}

const getProjectsReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => projectOf(data, s))
  const body: ReportV2Projects = {
    projects: listed(data.projects.all(), groups).map((p) => {
      const client = p.client_id ? data.clients.get(p.client_id) : undefined
      return {
        id: p.id,
        name: p.name,
        color: colorOf(p.color),
        project_code: p.project_code ?? null,
        client: client ? { id: client.id, name: client.name } : null,
        ...fields(tally(groups.get(p.id) ?? [])),
      }
    }),
    unassigned: fields(tally(groups.get(null) ?? [])),
    ...fields(tally(scope.slices)),
  }
  return json(200, body)
}

const getProjectReportV2: Handler<RgState> = (ctx) => {
  const scope = scopeOf(ctx)
  const { data } = scope
  const project = live(data.projects, idOf(ctx))
  const client = project.client_id ? data.clients.get(project.client_id) : undefined
  const slices = scope.slices.filter((s) => projectOf(data, s) === project.id)
  const body: ReportV2Project = {
    // Inferred: null for a project without a client (an older legacy project report left `client` out then).
    client: client ? { id: client.id, name: client.name, color: colorOf(client.color) } : null,
    color: colorOf(project.color),
    id: project.id,
    name: project.name,
    project_code: project.project_code ?? null,
    ...fields(tally(slices)),
    resources: v2EntityResources(scope, slices),
  }
  return json(200, body)
}

/** Reports v1 and v2. */
export const reportHandlers: Record<string, Handler<RgState>> = {
  getProjectsReportV1,
  getProjectReportV1,
  getClientsReportV1,
  getClientReportV1,
  getResourcesReportV1,
  getResourceReportV1,
  getResourcesReportV2,
  getResourceReportV2,
  getClientsReportV2,
  getClientReportV2,
  getUnassignedClientsReportV2: unassignedReport(clientOf),
  getProjectsReportV2,
  getProjectReportV2,
  getUnassignedProjectsReportV2: unassignedReport(projectOf),
}
