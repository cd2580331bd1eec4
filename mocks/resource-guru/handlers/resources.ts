/**
 * Resources and resource types (001 "Resources", 4111-4694; 004): active and archived lists (default 50, `limit=0`
 * all, `ids` filter), create / get / update / delete, and "Update availability or timezone".
 */
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import { acct, created, idOf, invalid, list, noContent, one, page, principalOf, sentFields } from '../common.ts'
import { nowIso, type AccountData, type RgState } from '../state.ts'
import type { Resource } from '../types.ts'
import { toColor } from './clients.ts'
import { queueWebhookPayloads } from './webhooks.ts'

interface ResourceInput {
  archived?: boolean
  color?: string | null
  name?: string
  timezone?: string
  job_title?: string | null
  phone?: string | null
  bookable?: boolean
  notes?: string
  first_name?: string
  last_name?: string
  email?: string
  resource_type_id?: number
  custom_field_option_ids?: number[]
}

function filtered(ctx: Parameters<Handler<RgState>>[0], archived: boolean): Resource[] {
  const data = acct(ctx)
  const ids = Array.isArray(ctx.query.ids) ? new Set(ctx.query.ids as number[]) : undefined
  return data.resources.filter((r) => Boolean(r.archived) === archived && (!ids || ids.has(r.id)))
}

function selectedOptions(
  data: AccountData,
  ids: number[] | undefined,
): Resource['selected_custom_field_options'] | undefined {
  if (!ids) return undefined
  return ids.map((id) => {
    const option = data.customFieldOptions.get(id)
    if (!option) invalid(`custom_field_option_ids: option ${id} does not exist`)
    return { id, value: option.value }
  })
}

function displayName(body: ResourceInput, human: boolean, fallback?: string): string | undefined {
  if (human && (body.first_name !== undefined || body.last_name !== undefined))
    return [body.first_name, body.last_name].filter(Boolean).join(' ')
  return body.name ?? fallback
}

const createResource: Handler<RgState> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body as ResourceInput & { resource_type_id: number }
  const type = data.resourceTypes.get(body.resource_type_id)
  if (!type) invalid(`resource_type_id ${body.resource_type_id} does not exist`)
  const name = displayName(body, type.human)
  // 001: "For humans, use first and last name instead. Required for other types of resources".
  if (!name)
    invalid(type.human ? 'first_name or last_name is required for a person' : `name is required for a ${type.name}`)
  const now = nowIso(ctx.clock)
  const base = `${ctx.baseUrl}/v1/${data.account.subdomain}`
  const resource = data.resources.insert({
    archived: body.archived ?? false,
    bookable: body.bookable ?? true,
    human: type.human,
    available_periods: [1, 2, 3, 4, 5].map((week_day) => ({
      week_day,
      start_time: 540,
      end_time: 1020,
      valid_from: now.slice(0, 10),
      valid_until: null,
    })),
    custom_available_periods: [],
    color: toColor(body.color) ?? null,
    email: body.email ?? null,
    phone: body.phone ?? null,
    image: null,
    job_title: body.job_title ?? null,
    name,
    notes: body.notes ?? null,
    created_at: now,
    updated_at: now,
    last_updated_by: principalOf(ctx).userId,
    url: '',
    account: { id: data.account.id, name: data.account.name, url: base },
    resource_type: { id: type.id, name: type.name, url: `${base}/resource_types/${type.id}` },
    selected_custom_field_options: selectedOptions(data, body.custom_field_option_ids) ?? [],
    timezone: { name: body.timezone ?? 'London', offset: 0 },
    booked_client_ids: [],
    booked_project_ids: [],
    vacation_allowance: type.human ? 25 : null,
    overtimes: [],
    custom_attributes: {},
  })
  const saved = data.resources.update(resource.id, { url: `${base}/resources/${resource.id}` })
  queueWebhookPayloads(ctx, data, 'resources', 'resource', 'create', saved)
  return created(ctx, data.resources, saved, 'resources')
}

const updateResource: Handler<RgState> = (ctx) => {
  const data = acct(ctx)
  const current = data.resources.require(idOf(ctx))
  const body = ctx.body as ResourceInput
  let type = current.resource_type
  if (body.resource_type_id !== undefined) {
    const found = data.resourceTypes.get(body.resource_type_id)
    if (!found) invalid(`resource_type_id ${body.resource_type_id} does not exist`)
    type = {
      id: found.id,
      name: found.name,
      url: `${ctx.baseUrl}/v1/${data.account.subdomain}/resource_types/${found.id}`,
    }
  }
  const changes: Partial<Resource> = sentFields(body, ['archived', 'job_title', 'phone', 'bookable', 'notes', 'email'])
  if (body.color !== undefined) changes.color = toColor(body.color) ?? null
  if (body.timezone !== undefined) changes.timezone = { name: body.timezone, offset: 0 }
  const options = selectedOptions(data, body.custom_field_option_ids)
  if (options) changes.selected_custom_field_options = options
  const saved = data.resources.update(current.id, {
    ...changes,
    name: displayName(body, current.human ?? false, current.name) ?? current.name,
    resource_type: type,
    updated_at: nowIso(ctx.clock),
    last_updated_by: principalOf(ctx).userId,
  })
  queueWebhookPayloads(ctx, data, 'resources', 'resource', 'update', saved)
  return one(data.resources, saved)
}

const deleteResource: Handler<RgState> = (ctx) => {
  const data = acct(ctx)
  const resource = data.resources.require(idOf(ctx))
  const replacement = (ctx.body as { replacement_approver_user_id?: number } | undefined)?.replacement_approver_user_id
  if (replacement !== undefined && !data.memberIds.has(replacement))
    invalid(`replacement_approver_user_id ${replacement} is not a user of this account`)
  data.resources.delete(resource.id)
  data.deletedResourceIds.add(resource.id)
  queueWebhookPayloads(ctx, data, 'resources', 'resource', 'delete', resource)
  return noContent()
}

/**
 * POST availability: replaces the weekly periods from `date` (and optionally the timezone). Bookings are not
 * re-checked against the new hours, so there are never clashes: 201 with an empty clash list (see NOTES.md).
 */
const updateResourceAvailability: Handler<RgState> = (ctx) => {
  const data = acct(ctx)
  const resource = data.resources.require(idOf(ctx))
  const body = ctx.body as {
    date: string
    timezone?: string | null
    available_periods?: { week_day: number; start_time: number; end_time: number }[]
  }
  for (const p of body.available_periods ?? [])
    if (p.end_time <= p.start_time)
      invalid(`available_periods: end_time must be after start_time (week_day ${p.week_day})`)
  data.resources.update(resource.id, {
    ...(body.available_periods
      ? { available_periods: body.available_periods.map((p) => ({ ...p, valid_from: body.date, valid_until: null })) }
      : {}),
    ...(body.timezone ? { timezone: { name: body.timezone, offset: 0 } } : {}),
    updated_at: nowIso(ctx.clock),
  })
  return json(201, { clashes: [], allowClashResolution: false })
}

export const resourceHandlers: Record<string, Handler<RgState>> = {
  listResources: (ctx) => list(acct(ctx).resources, page(ctx, filtered(ctx, false))),
  listArchivedResources: (ctx) => list(acct(ctx).resources, page(ctx, filtered(ctx, true))),
  getResource: (ctx) => {
    const data = acct(ctx)
    return one(data.resources, data.resources.require(idOf(ctx)))
  },
  createResource,
  updateResource,
  deleteResource,
  updateResourceAvailability,
  listResourceTypes: (ctx) => {
    const data = acct(ctx)
    return list(data.resourceTypes, data.resourceTypes.all())
  },
  getResourceType: (ctx) => {
    const data = acct(ctx)
    return one(data.resourceTypes, data.resourceTypes.require(idOf(ctx)))
  },
}
