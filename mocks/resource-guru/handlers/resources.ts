/**
 * Resources and resource types (001 "Resources", 4111-4694; 004): active and archived lists (default 50, `limit=0`
 * all, `ids` filter, `detail`, `show_availability`), create / get / update / delete, and "Update availability or
 * timezone".
 */
import { rawJson } from '../../../src/core/responses.ts'
import type { MockResponse } from '../../../src/core/types.ts'
import { pick } from '../../../src/store/fields.ts'
import {
  acct,
  created,
  flag,
  idOf,
  invalid,
  list,
  noContent,
  one,
  page,
  principalOf,
  rgHandlers,
  sentFields,
  type RgHandler,
  type SharedCtx,
} from '../common.ts'
import { nowIso, type AccountData } from '../state.ts'
import type { Booking, Resource, ResourceCreate, ResourceType } from '../types.ts'
import { isTimezone, timezoneAt } from '../timezones.ts'
import { toColor } from './clients.ts'
import { queueWebhookPayloads } from './webhooks.ts'

type ListCtx = SharedCtx<'listResources' | 'listArchivedResources'>

/** The bookings (`Collection.all()`, a new array after every write) the booked ids were last filled from. */
const bookedFrom = new WeakMap<AccountData, readonly Booking[]>()

const sameIds = (a: readonly number[] | undefined, b: readonly number[]) =>
  a !== undefined && a.length === b.length && a.every((id, i) => id === b[i])

/**
 * Fills each resource's `booked_client_ids` and `booked_project_ids` (fields of the third-party Go client's Resource,
 * inventory §9) from the bookings: the clients and projects of every booking on the resource, ascending, whatever the
 * booking's dates or state (inferred: the vendor describes neither field). Run before a resource is shown; the work is
 * done again only after the bookings changed.
 */
export function fillBookedIds(data: AccountData): void {
  const bookings = data.bookings.all()
  if (bookedFrom.get(data) === bookings) return
  const clients = new Map<number, Set<number>>()
  const projects = new Map<number, Set<number>>()
  const add = (map: Map<number, Set<number>>, resourceId: number, id: number | null | undefined) => {
    if (id === null || id === undefined) return
    let ids = map.get(resourceId)
    if (!ids) map.set(resourceId, (ids = new Set()))
    ids.add(id)
  }
  for (const booking of bookings) {
    for (const resourceId of booking.resource_ids) {
      add(clients, resourceId, booking.client_id)
      add(projects, resourceId, booking.project_id)
    }
  }
  const sorted = (ids: Set<number> | undefined) => [...(ids ?? [])].sort((a, b) => a - b)
  for (const resource of data.resources.all()) {
    const clientIds = sorted(clients.get(resource.id))
    const projectIds = sorted(projects.get(resource.id))
    if (!sameIds(resource.booked_client_ids, clientIds) || !sameIds(resource.booked_project_ids, projectIds))
      data.resources.update(resource.id, { booked_client_ids: clientIds, booked_project_ids: projectIds })
  }
  bookedFrom.set(data, bookings)
}

function filtered(ctx: ListCtx, archived: boolean): Resource[] {
  const data = acct(ctx)
  const ids = Array.isArray(ctx.query.ids) ? new Set(ctx.query.ids) : undefined
  return data.resources.filter((r) => Boolean(r.archived) === archived && (!ids || ids.has(r.id)))
}

/** 004's list item ("Get Resources"): what a list item carries without `detail=1`. */
const LIST_ITEM = ['id', 'color', 'name', 'updated_at', 'url', 'resource_type', 'timezone'] as const

/**
 * A list item. 001: `detail` "Whether to include extra information about the resource" (no default): without it, the
 * item is 004's list item, with it the whole resource as Get answers it (inferred). `show_availability` (default "1")
 * "Whether to include custom available periods": `custom_available_periods` is there unless it is "0" (inferred: the
 * weekly `available_periods` are extra information, with `detail`).
 */
function listItem(r: Resource, detail: boolean, availability: boolean): Partial<Resource> {
  const item: Partial<Resource> = detail ? { ...r } : pick(r, LIST_ITEM)
  if (availability) item.custom_available_periods = r.custom_available_periods ?? []
  else delete item.custom_available_periods
  return item
}

/** Each list item's JSON per form, cached while the record is unchanged (records are replaced, never mutated). */
const itemJson = new Map<string, WeakMap<Resource, string>>()

function listResponse(ctx: ListCtx, archived: boolean): MockResponse {
  const detail = flag(ctx.query.detail, false)
  // The booked ids are extra information: only a detailed item carries them.
  if (detail) fillBookedIds(acct(ctx))
  const availability = flag(ctx.query.show_availability, true)
  const form = `${detail}:${availability}`
  let cache = itemJson.get(form)
  if (!cache) itemJson.set(form, (cache = new WeakMap()))
  const parts: string[] = []
  for (const r of page(ctx, filtered(ctx, archived))) {
    let text = cache.get(r)
    if (text === undefined) cache.set(r, (text = JSON.stringify(listItem(r, detail, availability))))
    parts.push(text)
  }
  return rawJson(200, `[${parts.join(',')}]`)
}

/** A timezone name from a body: one of 001's names (422 otherwise, inferred), as `{name, offset}` at the clock's time. */
function timezoneFrom(ctx: { clock: { now(): number } }, name: string): Resource['timezone'] {
  if (!isTimezone(name)) invalid(`timezone "${name}" is not one of the documented timezone names`)
  return timezoneAt(name, ctx.clock.now())
}

/** `booking_approver_ids` of a resource body: users of the account. */
function approversFrom(data: AccountData, ids: readonly number[] | undefined): number[] | undefined {
  if (!ids) return undefined
  const strangers = ids.filter((id) => !data.memberIds.has(id))
  if (strangers.length) invalid(`booking_approver_ids: ${strangers.join(', ')} are not users of this account`)
  return [...new Set(ids)]
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

function displayName(
  body: Pick<ResourceCreate, 'name' | 'first_name' | 'last_name'>,
  human: boolean,
  fallback?: string,
): string | undefined {
  if (human && (body.first_name !== undefined || body.last_name !== undefined))
    return [body.first_name, body.last_name].filter(Boolean).join(' ')
  return body.name ?? fallback
}

/** The resource type an id sent in a body names, if it is an id and the type exists. */
const resourceTypeOf = (data: AccountData, id: unknown): ResourceType | undefined =>
  typeof id === 'number' ? data.resourceTypes.get(id) : undefined

/**
 * The type of a new resource: the one `resource_type_id` names, else the account's human resource type. 001 marks
 * `resource_type_id` required, but 004's legacy "Create a Resource" sends `{"name": "Resource Name"}` alone; inferred,
 * after 001's default for custom fields' `resource_type_ids` ("If not set, this will default to the human resource
 * type"). See NOTES.md "Resources (mock)".
 */
function resourceTypeFor(data: AccountData, id: number | undefined): ResourceType {
  if (id === undefined) {
    const human = data.resourceTypes.all().find((t) => t.human)
    if (!human) invalid('resource_type_id is required: the account has no human resource type to default to')
    return human
  }
  const type = data.resourceTypes.get(id)
  if (!type) invalid(`resource_type_id ${id} does not exist`)
  return type
}

const createResource: RgHandler<'createResource'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const type = resourceTypeFor(data, body.resource_type_id)
  const name = displayName(body, type.human)
  // 001: "For humans, use first and last name instead. Required for other types of resources".
  if (!name)
    invalid(type.human ? 'first_name or last_name is required for a person' : `name is required for a ${type.name}`)
  const timezone = timezoneFrom(ctx, body.timezone ?? 'London')
  const approvers = approversFrom(data, body.booking_approver_ids) ?? data.approvals.defaultApproverIds
  const now = nowIso(ctx.clock)
  const base = `${ctx.baseUrl}/v1/${data.account.subdomain}`
  const resource = data.resources.insert({
    // Not a field of the create body (001 4231-4290), but the mock has always taken it; the schema allows others.
    archived: 'archived' in body && typeof body.archived === 'boolean' ? body.archived : false,
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
    timezone,
    booked_client_ids: [],
    booked_project_ids: [],
    vacation_allowance: type.human ? 25 : null,
    overtimes: [],
    custom_attributes: {},
  })
  const saved = data.resources.update(resource.id, { url: `${base}/resources/${resource.id}` })
  if (approvers.length) data.resourceApprovers.set(saved.id, [...approvers])
  queueWebhookPayloads(ctx, data, 'resources', 'resource', 'create', saved)
  return created(ctx, data.resources, saved, 'resources')
}

const updateResource: RgHandler<'updateResource'> = (ctx) => {
  const data = acct(ctx)
  fillBookedIds(data)
  const current = data.resources.require(idOf(ctx))
  const body = ctx.body
  // The update body has no resource_type_id and no email (001 4390-4500, NOTES.md), but the mock has always taken
  // them; the schema allows other fields, so they are looked for beyond the body's type.
  const typeId = 'resource_type_id' in body ? body.resource_type_id : undefined
  let type = current.resource_type
  if (typeId !== undefined) {
    const found = resourceTypeOf(data, typeId)
    if (!found) invalid(`resource_type_id ${typeId} does not exist`)
    type = {
      id: found.id,
      name: found.name,
      url: `${ctx.baseUrl}/v1/${data.account.subdomain}/resource_types/${found.id}`,
    }
  }
  const changes: Partial<Resource> = sentFields(body, ['archived', 'job_title', 'phone', 'bookable', 'notes'])
  if ('email' in body && (typeof body.email === 'string' || body.email === null)) changes.email = body.email
  if (body.color !== undefined) changes.color = toColor(body.color) ?? null
  if (body.timezone !== undefined) changes.timezone = timezoneFrom(ctx, body.timezone)
  const options = selectedOptions(data, body.custom_field_option_ids)
  if (options) changes.selected_custom_field_options = options
  const approvers = approversFrom(data, body.booking_approver_ids)
  if (approvers) data.resourceApprovers.set(current.id, approvers)
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

const deleteResource: RgHandler<'deleteResource'> = (ctx) => {
  const data = acct(ctx)
  fillBookedIds(data)
  const resource = data.resources.require(idOf(ctx))
  const replacement = ctx.body?.replacement_approver_user_id
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
const updateResourceAvailability: RgHandler<'updateResourceAvailability'> = (ctx) => {
  const data = acct(ctx)
  const resource = data.resources.require(idOf(ctx))
  const body = ctx.body
  for (const p of body.available_periods ?? [])
    if (p.end_time <= p.start_time)
      invalid(`available_periods: end_time must be after start_time (week_day ${p.week_day})`)
  data.resources.update(resource.id, {
    ...(body.available_periods
      ? { available_periods: body.available_periods.map((p) => ({ ...p, valid_from: body.date, valid_until: null })) }
      : {}),
    ...(body.timezone ? { timezone: timezoneFrom(ctx, body.timezone) } : {}),
    updated_at: nowIso(ctx.clock),
  })
  return ctx.json(201, { clashes: [], allowClashResolution: false })
}

export const resourceHandlers = rgHandlers({
  listResources: (ctx) => listResponse(ctx, false),
  listArchivedResources: (ctx) => listResponse(ctx, true),
  getResource: (ctx) => {
    const data = acct(ctx)
    fillBookedIds(data)
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
})
