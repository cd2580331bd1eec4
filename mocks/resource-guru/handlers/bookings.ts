/**
 * Bookings (001 "Bookings", 566-1490) and their activity log (001 "Activities"): list with the documented filters,
 * create / get / update / delete, split, approve or decline, remind approvers, and per-client/project/resource lists.
 */
import { MockError } from '../../../src/core/errors.ts'
import { rawJson } from '../../../src/core/responses.ts'
import type { MockResponse } from '../../../src/core/types.ts'
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
  requireRecord,
  rgHandlers,
  type AccountCtx,
  type Ctx,
  type RgHandler,
  type RgQuery,
  type SharedCtx,
} from '../common.ts'
import { queueWebhookPayloads } from './webhooks.ts'
import { addDays, insertBooking, nowIso, type AccountData } from '../state.ts'
import type { Booking, BookingCreate } from '../types.ts'

const overlaps = (b: Booking, from: unknown, to: unknown) =>
  (typeof from !== 'string' || b.end_date >= from) && (typeof to !== 'string' || b.start_date <= to)

const isWaiting = (b: Booking) => b.durations.some((d) => d.waiting === true)

/** The approval states a list asks for, as a set the booking's (free-form) `approval_state.state` is looked up in. */
const stateSet = (states: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  Array.isArray(states) ? new Set(states) : undefined

/** Rebuilds `durations` after dates, duration or start time changed (one entry per day). */
function withDurations(b: Booking): Booking {
  const durations: Booking['durations'] = []
  const waiting = isWaiting(b)
  for (let date = b.start_date; date <= b.end_date; date = addDays(date, 1)) {
    durations.push({
      date,
      duration: b.duration,
      start_time: b.start_time,
      end_time: b.start_time === null ? null : Math.min(1440, b.start_time + b.duration),
      waiting,
    })
  }
  return { ...b, durations }
}

function withoutId(b: Booking): Omit<Booking, 'id'> {
  const { id: _id, ...rest } = b
  return rest
}

/** Logs the change in the booking's activity list and queues the `bookings` webhook payloads (001 4843). */
function recordActivity(
  ctx: Ctx,
  data: AccountData,
  booking: Booking,
  action: string,
  changes: Record<string, unknown> = {},
): void {
  queueWebhookPayloads(
    ctx,
    data,
    'bookings',
    'booking',
    action === 'create' || action === 'delete' ? action : 'update',
    data.bookings.get(booking.id) ?? booking,
  )
  const login = ctx.state.logins.get(principalOf(ctx).userId)
  data.activities.insert({
    booking_id: booking.id,
    action,
    user: login ? { id: login.user.id, name: `${login.user.first_name} ${login.user.last_name}` } : null,
    changes,
    created_at: nowIso(ctx.clock),
  })
}

function checkDates(start: string, end: string): void {
  if (end < start) invalid('end_date must be on or after start_date')
}

function resolveResources(
  data: AccountData,
  body: { resource_id?: number; resource_ids?: number[] },
): number[] | undefined {
  const ids = body.resource_ids ?? (body.resource_id !== undefined ? [body.resource_id] : undefined)
  if (!ids) return undefined
  for (const id of ids) {
    const resource = data.resources.get(id)
    if (!resource) invalid(`resource ${id} does not exist`)
    if (resource.bookable === false) invalid(`resource ${id} is not bookable`)
  }
  return [...new Set(ids)]
}

function bookerFor(ctx: AccountCtx, bookerId: number | undefined): Booking['booker'] {
  const id = bookerId ?? principalOf(ctx).userId
  const login = ctx.state.logins.get(id)
  if (!login || !acct(ctx).memberIds.has(id)) invalid(`booker_id ${id} is not a user of this account`)
  const u = login.user
  return { id: u.id, name: `${u.first_name} ${u.last_name}`, email: u.email, color: u.color ?? null }
}

/** Project and client must exist; a project's client is used when no client is given. */
function relations(data: AccountData, projectId: number | null | undefined, clientId: number | null | undefined) {
  const project = requireRecord(data.projects, projectId, 'project_id')
  requireRecord(data.clients, clientId, 'client_id')
  return { project, clientId: clientId === undefined ? (project?.client_id ?? null) : clientId }
}

function filterBookings(
  ctx: Ctx & { query: RgQuery<'listBookings'> },
  data: AccountData,
  records: readonly Booking[],
): Booking[] {
  const q = ctx.query
  const states = stateSet(q.approval_states)
  const resourceIds = Array.isArray(q.resource_ids) ? new Set(q.resource_ids.map(Number)) : undefined
  const bookerId =
    q.booker_id === 'me' ? principalOf(ctx).userId : q.booker_id === undefined ? undefined : Number(q.booker_id)
  const waitingOnly = flag(q.waiting, false)
  const archived = flag(q.include_archived_resources, true)
  const deleted = flag(q.include_deleted_resources, true)
  const nonBookable = flag(q.include_non_bookable_resources, true)
  const groupId = q.group_id === undefined ? undefined : Number(q.group_id)
  return records.filter((b) => {
    if (!overlaps(b, q.start_date, q.end_date)) return false
    if (states && !states.has(String(b.approval_state?.state))) return false
    if (resourceIds && !b.resource_ids.some((id) => resourceIds.has(id))) return false
    if (bookerId !== undefined && b.booker.id !== bookerId) return false
    if (waitingOnly && !isWaiting(b)) return false
    if (groupId !== undefined && b.group_id !== groupId) return false
    if (!archived || !deleted || !nonBookable) {
      const keep = b.resource_ids.some((id) => {
        const r = data.resources.get(id)
        if (!r) return deleted && data.deletedResourceIds.has(id)
        return (archived || !r.archived) && (nonBookable || r.bookable !== false)
      })
      if (!keep) return false
    }
    return true
  })
}

const listBookings: RgHandler<'listBookings'> = (ctx) => {
  const data = acct(ctx)
  return list(data.bookings, page(ctx, filterBookings(ctx, data, data.bookings.all())))
}

/**
 * The create body's type. The spec's `anyOf` (resource_id or resource_ids, 001: "Must supply either this or
 * resource_ids") comes out of openapi-typescript as `{…} | unknown`, i.e. `unknown`, so `ctx.body` carries no type
 * here: this re-checks (after the validator) the fields the type promises beyond the all-optional update body.
 */
function isBookingCreate(body: unknown): body is BookingCreate {
  return (
    typeof body === 'object' &&
    body !== null &&
    'start_date' in body &&
    typeof body.start_date === 'string' &&
    'end_date' in body &&
    typeof body.end_date === 'string' &&
    'duration' in body &&
    typeof body.duration === 'number'
  )
}

const createBooking: RgHandler<'createBooking'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  if (!isBookingCreate(body)) invalid('start_date, end_date and duration are required')
  const resourceIds = resolveResources(data, body)
  if (!resourceIds) invalid('resource_id or resource_ids is required')
  checkDates(body.start_date, body.end_date)
  const { project, clientId } = relations(data, body.project_id, body.client_id)
  const booking = insertBooking(data, ctx.clock, {
    resource_ids: resourceIds,
    start_date: body.start_date,
    end_date: body.end_date,
    duration: body.duration,
    start_time: body.start_time ?? null,
    details: body.details ?? '',
    booker: bookerFor(ctx, body.booker_id),
    // 001: "If null, it defaults to the assigned project's billable setting, or false if no project is assigned."
    billable: body.billable ?? project?.default_billable ?? false,
    project_id: project?.id ?? null,
    client_id: clientId,
    timezone: body.timezone ?? null,
    tentative: body.tentative ?? false,
    approval: 'approved',
    waiting: body.clash_resolution === 'add_to_waiting_list' || body.allow_waiting === true,
    lastUpdatedBy: principalOf(ctx).userId,
    rrule: body.rrule ?? null,
  })
  recordActivity(ctx, data, booking, 'create')
  return created(ctx, data.bookings, booking, 'bookings')
}

const getBooking: RgHandler<'getBooking'> = (ctx) => {
  const data = acct(ctx)
  return one(data.bookings, data.bookings.require(idOf(ctx)))
}

const updateBooking: RgHandler<'updateBooking'> = (ctx) => {
  const data = acct(ctx)
  const current = data.bookings.require(idOf(ctx))
  const body = ctx.body
  const resourceIds = resolveResources(data, body) ?? current.resource_ids
  const start = body.start_date ?? current.start_date
  const end = body.end_date ?? current.end_date
  checkDates(start, end)
  const { project, clientId } = relations(
    data,
    body.project_id === undefined ? current.project_id : body.project_id,
    body.client_id === undefined ? current.client_id : body.client_id,
  )
  const next = withDurations({
    ...current,
    resource_id: resourceIds[0] as number,
    resource_ids: resourceIds,
    start_date: start,
    end_date: end,
    duration: body.duration ?? current.duration,
    start_time: body.start_time === undefined ? current.start_time : body.start_time,
    details: body.details ?? current.details,
    notes: body.details ?? current.notes,
    booker: body.booker_id === undefined ? current.booker : bookerFor(ctx, body.booker_id),
    billable: body.billable ?? current.billable,
    project_id: project?.id ?? null,
    client_id: clientId,
    timezone: body.timezone === undefined ? current.timezone : body.timezone,
    tentative: body.tentative ?? current.tentative,
    rrule: body.rrule === undefined ? current.rrule : body.rrule,
    updated_at: nowIso(ctx.clock),
    last_updated_by: principalOf(ctx).userId,
    refreshable: true,
  })
  const saved = data.bookings.update(current.id, () => next)
  recordActivity(ctx, data, saved, 'update', { ...body })
  return one(data.bookings, saved)
}

/**
 * DELETE: the whole booking, or with `{"date": …}` only that day (the first or last day shortens the booking, a day in
 * the middle splits it in two). `affects` is accepted; the mock stores no expanded repeat series (see NOTES.md).
 */
const deleteBooking: RgHandler<'deleteBooking'> = (ctx) => {
  const data = acct(ctx)
  const booking = data.bookings.require(idOf(ctx))
  const date = ctx.body?.date
  if (date === undefined || (booking.start_date === booking.end_date && date === booking.start_date)) {
    data.bookings.delete(booking.id)
    recordActivity(ctx, data, booking, 'delete')
    return noContent()
  }
  if (date < booking.start_date || date > booking.end_date)
    invalid(`date ${date} is not within the booking (${booking.start_date} to ${booking.end_date})`)
  const now = nowIso(ctx.clock)
  if (date === booking.start_date)
    data.bookings.update(booking.id, () => withDurations({ ...booking, start_date: addDays(date, 1), updated_at: now }))
  else if (date === booking.end_date)
    data.bookings.update(booking.id, () => withDurations({ ...booking, end_date: addDays(date, -1), updated_at: now }))
  else {
    data.bookings.update(booking.id, () => withDurations({ ...booking, end_date: addDays(date, -1), updated_at: now }))
    data.bookings.insert(
      withoutId(withDurations({ ...booking, start_date: addDays(date, 1), created_at: now, updated_at: now })),
    )
  }
  recordActivity(ctx, data, booking, 'delete', { date })
  return noContent()
}

/** POST split: the second half begins on `date`; answers both halves. */
const splitBooking: RgHandler<'splitBooking'> = (ctx) => {
  const data = acct(ctx)
  const booking = data.bookings.require(idOf(ctx))
  const date = ctx.body.date
  if (date <= booking.start_date || date > booking.end_date) {
    invalid(
      `date must be after the first day and not after the last day of the booking (${booking.start_date} to ${booking.end_date})`,
    )
  }
  const now = nowIso(ctx.clock)
  const first = data.bookings.update(booking.id, () =>
    withDurations({ ...booking, end_date: addDays(date, -1), updated_at: now }),
  )
  const second = data.bookings.insert(
    withoutId(withDurations({ ...booking, start_date: date, created_at: now, updated_at: now })),
  )
  recordActivity(ctx, data, first, 'split', { date })
  return rawJson(200, data.bookings.jsonArray([first, second]))
}

/**
 * The bookings of one client, project or resource in the date range (the three lists share one handler). Only the
 * resource list documents `approval_states`: its query is the widest, and the other two never receive that one.
 */
function scopedList(
  collection: 'clients' | 'projects' | 'resources',
  matches: (b: Booking, id: number) => boolean,
): (ctx: SharedCtx<'listResourceBookings'>) => MockResponse {
  return (ctx) => {
    const data = acct(ctx)
    const id = idOf(ctx)
    data[collection].require(id)
    const states = stateSet(ctx.query.approval_states)
    const found = data.bookings.filter(
      (b) =>
        matches(b, id) &&
        overlaps(b, ctx.query.start_date, ctx.query.end_date) &&
        (!states || states.has(String(b.approval_state?.state))),
    )
    return list(data.bookings, page(ctx, found))
  }
}

const resolveBooking: RgHandler<'resolveBooking'> = (ctx) => {
  const data = acct(ctx)
  const booking = data.bookings.require(idOf(ctx))
  const body = ctx.body
  const unknown = body.resource_ids.filter((id) => !booking.resource_ids.includes(id))
  if (unknown.length) invalid(`resource_ids ${unknown.join(', ')} are not booked on booking ${booking.id}`)
  const saved = data.bookings.update(booking.id, {
    approval_state: { state: body.resolution },
    aggregated_approval_state: { state: body.resolution },
    updated_at: nowIso(ctx.clock),
  })
  recordActivity(
    ctx,
    data,
    saved,
    body.resolution === 'approved' ? 'approve' : 'decline',
    body.reason ? { reason: body.reason } : {},
  )
  return noContent()
}

const remindBookingApprovers: RgHandler<'remindBookingApprovers'> = (ctx) => {
  const data = acct(ctx)
  const booking = data.bookings.require(idOf(ctx))
  // 001: "Remind approvers that booking is in pending status."
  if (booking.approval_state?.state !== 'pending') invalid(`Booking ${booking.id} is not pending approval`)
  recordActivity(ctx, data, booking, 'remind')
  return noContent()
}

const listBookingActivities: RgHandler<'listBookingActivities'> = (ctx) => {
  const data = acct(ctx)
  const id = idOf(ctx)
  if (!data.bookings.get(id) && !data.activities.all().some((a) => a.booking_id === id))
    throw new MockError('not_found', `Booking ${id} was not found`)
  return list(
    data.activities,
    data.activities.filter((a) => a.booking_id === id),
  )
}

export const bookingHandlers = rgHandlers({
  listBookings,
  createBooking,
  getBooking,
  updateBooking,
  deleteBooking,
  splitBooking,
  listClientBookings: scopedList('clients', (b, id) => b.client_id === id),
  listProjectBookings: scopedList('projects', (b, id) => b.project_id === id),
  listResourceBookings: scopedList('resources', (b, id) => b.resource_ids.includes(id)),
  resolveBooking,
  remindBookingApprovers,
  listBookingActivities,
})
