/**
 * Reports v1 (deprecated; 001 "Reports – v1 (deprecated)", 3404-3670): the legacy wire shapes, built from the scope's
 * tallies and capacities. v1 shows scheduled time as `booked` and no billable split.
 */
import type { AccountData } from '../state.ts'
import type {
  Client,
  Project,
  ReportV1Client,
  ReportV1Clients,
  ReportV1Project,
  ReportV1Projects,
  ReportV1Resource,
  ReportV1Resources,
  Resource,
} from '../types.ts'
import { type Capacity, firstValidWindow, groupBy, type Range, ratio, round2, tally, unbooked } from './arithmetic.ts'
import {
  type BookingSlice,
  clientOf,
  colorOf,
  GREY,
  listed,
  NO_CLIENT,
  NO_PROJECT,
  projectOf,
  reportedResources,
  resourceGroups,
  resourceSlices,
  type Scope,
  url,
} from './scope.ts'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The legacy display form of a date, "25 Aug 2014". */
function display(date: string): string {
  const [year, month, day] = date.split('-')
  return `${day} ${MONTHS[Number(month) - 1] ?? ''} ${year}`
}

/** Inferred: "25 Aug 2014 - 31 Aug 2014" for the first validity window in the range; "" when there is none. */
function earliestAvailablePeriod(resource: Resource, range: Range): string {
  const first = firstValidWindow(resource.available_periods ?? [], range)
  return first ? `${display(first[0])} - ${display(first[1])}` : ''
}

/**
 * v1 `availability` is "booked + unbooked" (legacy resources.md) and utilization a ratio "between 0 and 1", so unbooked
 * time is never negative and an overbooked resource's availability is its booked time.
 */
function v1Time(
  scope: Scope,
  resource: Resource,
): Pick<ReportV1Resource, 'booked' | 'unbooked' | 'availability' | 'waiting_list'> {
  const t = tally(resourceSlices(scope, resource.id))
  const booked = t.scheduled.total
  const free = unbooked(scope.capacityOf(resource).available, booked)
  return { booked, unbooked: free, availability: booked + free, waiting_list: t.waiting_list.total }
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

/** Resource rows of a v1 project or client report; utilization is the entity's share of the resource's availability. */
function v1EntityResources(scope: Scope, slices: readonly BookingSlice[]): ReportV1Project['resources'] {
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

/** Inferred: `max_usage` ("max usage for the utilization bar") is the largest row's booked time, as in 001's sample. */
const maxUsage = (rows: readonly { booked?: number }[]): number =>
  rows.reduce((max, row) => Math.max(max, row.booked ?? 0), 0)

export function resourcesReportV1(scope: Scope): ReportV1Resources {
  const resources = reportedResources(scope).map((r) => v1ResourceRow(scope, r))
  const sum = (pick: (row: (typeof resources)[number]) => number | undefined) =>
    resources.reduce((total, row) => total + (pick(row) ?? 0), 0)
  const availability = sum((r) => r.availability)
  const booked = sum((r) => r.booked)
  return {
    availability,
    booked,
    resources,
    unbooked: sum((r) => r.unbooked),
    utilization: ratio(booked, availability),
    waiting_list: sum((r) => r.waiting_list),
  }
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

function v1Downtimes(data: AccountData, cap: Capacity) {
  const totals = {
    sick: { minutes: 0, days: 0 },
    public_holiday: { minutes: 0, days: 0 },
    personal_vacation: { minutes: 0, days: 0 },
    other: { minutes: 0, days: 0 },
  }
  for (const [typeId, entry] of cap.byType) {
    const category = totals[downtimeCategory(typeId === null ? undefined : data.downtimeTypes.get(typeId)?.name)]
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

/** A row of a v1 resource report's `projects`; the `clients` rows are the same without `client_name`. */
type V1BreakdownRow = ReportV1Resource['projects'][number]

/** Rows of a v1 resource report's `clients` / `projects`: one per entity, then the unassigned row (no id, grey). */
function v1Breakdown<T extends { id: number; name: string; color?: string | null }>(
  groups: Map<number | null, BookingSlice[]>,
  get: (id: number) => T | undefined,
  unassigned: string,
  extra: (record: T | undefined) => Pick<V1BreakdownRow, 'client_name'>,
): V1BreakdownRow[] {
  const ids = [...groups.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  const rows: V1BreakdownRow[] = ids.map((id) => {
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
    })
  }
  const max = maxUsage(rows)
  return rows.map((row) => ({ ...row, max_usage: max }))
}

export function resourceReportV1(scope: Scope, r: Resource): ReportV1Resource {
  const { data } = scope
  const own = resourceSlices(scope, r.id)
  const cap = scope.capacityOf(r)
  const time = v1Time(scope, r)
  const clientName = (p: Project | undefined) => (p?.client_id ? (data.clients.get(p.client_id)?.name ?? null) : null)
  return {
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
    ...v1Downtimes(data, cap),
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
}

/**
 * v1 list totals cover every booking in the range, including those with no client / project (inferred: the legacy
 * sample's total exceeds its rows; that time is reported under id 0).
 */
export function clientsReportV1(scope: Scope): ReportV1Clients {
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
  return {
    booked: total.scheduled.total,
    waiting_list: total.waiting_list.total,
    max_usage: maxUsage(clients),
    clients,
  }
}

/** `undefined`: bookings with no client, id 0, "No client assigned" (001 3531-3533). */
export function clientReportV1(scope: Scope, client: Client | undefined): ReportV1Client {
  const slices = scope.slices.filter((s) => clientOf(scope.data, s) === (client?.id ?? null))
  const t = tally(slices)
  return {
    id: client?.id ?? 0,
    name: client?.name ?? NO_CLIENT,
    notes: client?.notes ?? null,
    color: client ? colorOf(client.color) : GREY,
    booked: t.scheduled.total,
    waiting_list: t.waiting_list.total,
    url: client ? url(scope, `clients/${client.id}`) : null,
    resources: v1EntityResources(scope, slices),
  }
}

export function projectsReportV1(scope: Scope): ReportV1Projects {
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
  return {
    booked: total.scheduled.total,
    waiting_list: total.waiting_list.total,
    max_usage: maxUsage(projects),
    projects,
  }
}

/** `undefined`: bookings with no project, id 0, "No project assigned" (001 3456-3458). */
export function projectReportV1(scope: Scope, project: Project | undefined): ReportV1Project {
  const { data } = scope
  const slices = scope.slices.filter((s) => projectOf(data, s) === (project?.id ?? null))
  const t = tally(slices)
  const client = project?.client_id ? data.clients.get(project.client_id) : undefined
  return {
    id: project?.id ?? 0,
    name: project?.name ?? NO_PROJECT,
    project_code: project?.project_code ?? null,
    client_name: client?.name ?? null,
    color: project ? colorOf(project.color) : GREY,
    booked: t.scheduled.total,
    waiting_list: t.waiting_list.total,
    url: project ? url(scope, `projects/${project.id}`) : null,
    resources: v1EntityResources(scope, slices),
  }
}
