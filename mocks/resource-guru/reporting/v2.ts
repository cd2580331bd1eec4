/**
 * Reports v2 (001 "Reports – v2", 3671-4111): every time block split into billable / non-billable, built from the
 * scope's tallies and capacities.
 */
import type { AccountData } from '../state.ts'
import type {
  Client,
  Project,
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
import { groupBy, ratio, type Split, type Tally, tally, unbooked } from './arithmetic.ts'
import {
  type BookingSlice,
  clientOf,
  colorOf,
  listed,
  projectOf,
  reportedResources,
  resourceGroups,
  resourceSlices,
  type Scope,
} from './scope.ts'

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

const resourceType = (data: AccountData, r: Resource): ReportV2Resource['resource_type'] => ({
  id: r.resource_type.id,
  name: r.resource_type.name,
  human: data.resourceTypes.get(r.resource_type.id)?.human ?? r.human ?? false,
})

/** Resource rows of the v2 client / project / unassigned reports. */
function v2EntityResources(scope: Scope, slices: readonly BookingSlice[]): ReportV2Client['resources'] {
  return resourceGroups(scope, slices).map(([r, own]) => ({
    id: r.id,
    name: r.name,
    color: colorOf(r.color),
    job_title: r.job_title ?? null,
    ...fields(tally(own)),
  }))
}

/** A resource's availability block; unscheduled time does not go below 0, as v1's unbooked time does not. */
function v2Availability(
  scope: Scope,
  r: Resource,
  t: Tally,
): Pick<ReportV2Resource, 'availability' | 'downtime' | 'overtime' | 'unscheduled' | 'utilization'> {
  const cap = scope.capacityOf(r)
  return {
    availability: unbilled(cap.available),
    downtime: unbilled(cap.downtime),
    overtime: unbilled(cap.overtime),
    unscheduled: unbilled(unbooked(cap.available, t.scheduled.total)),
    utilization: utilization(t.scheduled, cap.available),
  }
}

export function resourcesReportV2(scope: Scope): ReportV2Resources {
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
  return {
    ...fields(all),
    availability: unbilled(totals.available),
    downtime: unbilled(totals.downtime),
    overtime: unbilled(totals.overtime),
    resources: rows,
    unscheduled: unbilled(totals.unscheduled),
    utilization: utilization(all.scheduled, totals.available),
  }
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

export function resourceReportV2(scope: Scope, r: Resource): ReportV2Resource {
  const { data } = scope
  const own = resourceSlices(scope, r.id)
  const t = tally(own)
  const cap = scope.capacityOf(r)
  const byClient = groupBy(own, (s) => clientOf(data, s))
  const byProject = groupBy(own, (s) => projectOf(data, s))
  const clientIds = [...byClient.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  const projectIds = [...byProject.keys()].filter((id): id is number => id !== null).sort((a, b) => a - b)
  return {
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
}

export function clientsReportV2(scope: Scope): ReportV2Clients {
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => clientOf(data, s))
  return {
    clients: listed(data.clients.all(), groups).map((c) => ({
      id: c.id,
      name: c.name,
      color: colorOf(c.color),
      ...fields(tally(groups.get(c.id) ?? [])),
    })),
    unassigned: fields(tally(groups.get(null) ?? [])),
    ...fields(tally(scope.slices)),
  }
}

export function clientReportV2(scope: Scope, client: Client): ReportV2Client {
  const slices = scope.slices.filter((s) => clientOf(scope.data, s) === client.id)
  return {
    color: colorOf(client.color),
    id: client.id,
    name: client.name,
    ...fields(tally(slices)),
    resources: v2EntityResources(scope, slices),
  }
}

/** Bookings with no client (or no project): resource rows and the three time blocks of the 001 sample (3949-3958). */
export function unassignedReportV2(
  scope: Scope,
  pick: (data: AccountData, s: BookingSlice) => number | null,
): ReportV2Unassigned {
  const slices = scope.slices.filter((s) => pick(scope.data, s) === null)
  const { scheduled, waiting_list, tentative } = fields(tally(slices))
  return { resources: v2EntityResources(scope, slices), scheduled, waiting_list, tentative }
}

export function projectsReportV2(scope: Scope): ReportV2Projects {
  const { data } = scope
  const groups = groupBy(scope.slices, (s) => projectOf(data, s))
  return {
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
}

export function projectReportV2(scope: Scope, project: Project): ReportV2Project {
  const { data } = scope
  const client = project.client_id ? data.clients.get(project.client_id) : undefined
  const slices = scope.slices.filter((s) => projectOf(data, s) === project.id)
  return {
    // Inferred: null for a project without a client (an older legacy project report left `client` out then).
    client: client ? { id: client.id, name: client.name, color: colorOf(client.color) } : null,
    color: colorOf(project.color),
    id: project.id,
    name: project.name,
    project_code: project.project_code ?? null,
    ...fields(tally(slices)),
    resources: v2EntityResources(scope, slices),
  }
}
