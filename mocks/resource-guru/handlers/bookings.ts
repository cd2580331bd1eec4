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
import {
  clashOf,
  putCustomHours,
  putOvertime,
  raisedOvertime,
  shortfalls,
  widenedHours,
  type BookingDraft,
  type Shortfall,
} from '../capacity.ts'
import { addDays, bookingDays, insertBooking, nowIso, type AccountData } from '../state.ts'
import type { Interval } from '../reporting/arithmetic.ts'
import type { Booking, BookingCreate, BookingUpdate, Clashes } from '../types.ts'
import { clashBody } from './downtimes.ts'

const overlaps = (b: Booking, from: unknown, to: unknown) =>
  (typeof from !== 'string' || b.end_date >= from) && (typeof to !== 'string' || b.start_date <= to)

const isWaiting = (b: Booking) => b.durations.some((d) => d.waiting === true)

/** The approval states a list asks for, as a set the booking's (free-form) `approval_state.state` is looked up in. */
const stateSet = (states: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  Array.isArray(states) ? new Set(states) : undefined

/** Rebuilds `durations` after dates, duration or start time changed (one entry per day). */
const withDurations = (b: Booking, waiting = isWaiting(b)): Booking => ({ ...b, durations: bookingDays(b, waiting) })

// ---- clashes and their resolution ----

type Resolution = NonNullable<BookingUpdate['clash_resolution']>

/**
 * The resolution a body asks for: `clash_resolution`, else the deprecated flags it replaces (001: "Use the
 * clash_resolution field instead"): allow_overtime is book_with_overtime, allow_waiting add_to_waiting_list. With both
 * deprecated flags, overtime wins (inferred: the vendor does not say).
 */
function resolutionOf(body: BookingUpdate): Resolution | undefined {
  if (body.clash_resolution) return body.clash_resolution
  if (body.allow_overtime === true) return 'book_with_overtime'
  return body.allow_waiting === true ? 'add_to_waiting_list' : undefined
}

/** Where a booking that is created or moved goes: scheduled, or (a resolved clash) on the waiting list. */
type Placement = { waiting: boolean } | { refused: Clashes }

/**
 * A booking clashes when, on any of its days, it needs more of a resource's time than the other bookings leave
 * (capacity.ts). Only then does the resolution apply (001: allow_waiting / allow_overtime "if there is insufficient
 * availability", clash_resolution "if present"):
 *  - add_to_waiting_list: "moves the clashing booking to the waiting list": every day of it (inferred: the booking,
 *    not only its clashing days);
 *  - book_with_overtime: "adds additional overtime to the resource and increases availability to accommodate the
 *    booking": each clashing date's overtime grows by the missing minutes (Set overtime's records);
 *  - increase_availability: "only increases availability and does not add overtime": each clashing date gets custom
 *    availability, the day's hours widened by the missing minutes (`widenedHours`).
 * A clash with no resolution, or one the resolution cannot take (a day booked past 24 hours, or past its free time),
 * is refused with 400 and the clash body (inferred: 001 documents no booking clash error; this is the answer it
 * documents for a downtime that `block_by_clashes`, 001 2539). A booking moved while on the waiting list stays there
 * when it still clashes (inferred).
 */
function place(
  ctx: Ctx,
  data: AccountData,
  draft: BookingDraft,
  resolution: Resolution | undefined,
  booking?: Booking,
): Placement {
  const short = shortfalls(data, draft, booking?.id)
  if (short.length === 0) return { waiting: false }
  const refused = (): Placement => ({
    refused: clashBody(short.map((s) => clashOf(booking?.id, s.resource.id, s.day))),
  })
  const chosen = resolution ?? (booking && isWaiting(booking) ? 'add_to_waiting_list' : undefined)
  if (chosen === 'add_to_waiting_list') return { waiting: true }
  // Every clashing day is worked out before anything is written, so a refusal changes nothing.
  if (chosen === 'book_with_overtime') {
    const raised: [Shortfall, number][] = []
    for (const s of short) {
      const minutes = raisedOvertime(s)
      if (minutes === undefined) return refused()
      raised.push([s, minutes])
    }
    for (const [s, minutes] of raised) putOvertime(data, ctx.clock, s.resource.id, s.day.date, minutes)
    return { waiting: false }
  }
  if (chosen === 'increase_availability') {
    const widened: [Shortfall, Interval[]][] = []
    for (const s of short) {
      const hours = widenedHours(s)
      if (!hours) return refused()
      widened.push([s, hours])
    }
    for (const [s, hours] of widened) putCustomHours(data, ctx.clock, s.resource.id, [s.day.date], hours)
    return { waiting: false }
  }
  return refused()
}

// ---- approvals ----

/**
 * The approval state of a new booking. With the approval workflow on (Update account `booking_approvals`), a booking
 * on a resource that has approvers is `pending` until approved or declined (001 Approve/Decline, Remind approvers),
 * unless its booker approves every such resource (inferred: an approver's own bookings need no approval). A resource
 * without approvers needs none (inferred).
 */
function approvalFor(data: AccountData, resourceIds: readonly number[], bookerId: number): 'pending' | 'approved' {
  if (!data.approvals.enabled) return 'approved'
  const needs = resourceIds.some((id) => {
    const approvers = data.resourceApprovers.get(id) ?? []
    return approvers.length > 0 && !approvers.includes(bookerId)
  })
  return needs ? 'pending' : 'approved'
}

function withoutId(b: Booking): Omit<Booking, 'id'> {
  const { id: _id, ...rest } = b
  return rest
}

/**
 * The `bookings` webhook payload of an activity (001 4843: payloads are about records): `create`; `delete` when the
 * booking is gone (deleting one day of a longer booking leaves it, changed: `update`); none for a reminder, which
 * changes no record (inferred); `update` for every other change (update, split, approve, decline).
 */
function payloadAction(
  data: AccountData,
  booking: Booking,
  action: string,
): 'create' | 'update' | 'delete' | undefined {
  if (action === 'remind') return undefined
  if (action === 'create') return 'create'
  return action === 'delete' && !data.bookings.get(booking.id) ? 'delete' : 'update'
}

/** Logs the change in the booking's activity list and queues the `bookings` webhook payloads (001 4843). */
function recordActivity(
  ctx: Ctx,
  data: AccountData,
  booking: Booking,
  action: string,
  changes: Record<string, unknown> = {},
): void {
  const payload = payloadAction(data, booking, action)
  if (payload) queueWebhookPayloads(ctx, data, 'bookings', 'booking', payload, data.bookings.get(booking.id) ?? booking)
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
  const booker = bookerFor(ctx, body.booker_id)
  const tentative = body.tentative ?? false
  const placed = place(
    ctx,
    data,
    {
      resource_ids: resourceIds,
      durations: bookingDays({ ...body, start_time: body.start_time ?? null }, false),
      tentative,
    },
    resolutionOf(body),
  )
  if ('refused' in placed) return ctx.json(400, placed.refused)
  const booking = insertBooking(data, ctx.clock, {
    resource_ids: resourceIds,
    start_date: body.start_date,
    end_date: body.end_date,
    duration: body.duration,
    start_time: body.start_time ?? null,
    details: body.details ?? '',
    booker,
    // 001: "If null, it defaults to the assigned project's billable setting, or false if no project is assigned."
    billable: body.billable ?? project?.default_billable ?? false,
    project_id: project?.id ?? null,
    client_id: clientId,
    timezone: body.timezone ?? null,
    tentative,
    approval: approvalFor(data, resourceIds, booker.id),
    waiting: placed.waiting,
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

/** The fields whose change moves a booking (its resources, days, time or whether it takes up time). */
const SCHEDULING = [
  'resource_id',
  'resource_ids',
  'start_date',
  'end_date',
  'duration',
  'start_time',
  'tentative',
] as const satisfies readonly (keyof BookingUpdate & keyof Booking)[]

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
  // Only a change of resources, days, time or tentativeness places the booking again (inferred: an edit of its details
  // does not re-check a booking that is already scheduled).
  const moved = SCHEDULING.some((key) => body[key] !== undefined && body[key] !== current[key])
  const resolution = resolutionOf(body)
  let saved: Booking
  if (moved || resolution) {
    const placed = place(ctx, data, withDurations(next, false), resolution, current)
    if ('refused' in placed) return ctx.json(400, placed.refused)
    saved = data.bookings.update(current.id, () => withDurations(next, placed.waiting))
  } else {
    // The same days: each keeps its waiting flag (a downtime may have put some of them on the waiting list).
    saved = data.bookings.update(current.id, () => ({ ...next, durations: current.durations }))
  }
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
  let second: Booking | undefined
  if (date === booking.start_date)
    data.bookings.update(booking.id, () => withDurations({ ...booking, start_date: addDays(date, 1), updated_at: now }))
  else if (date === booking.end_date)
    data.bookings.update(booking.id, () => withDurations({ ...booking, end_date: addDays(date, -1), updated_at: now }))
  else {
    data.bookings.update(booking.id, () => withDurations({ ...booking, end_date: addDays(date, -1), updated_at: now }))
    second = data.bookings.insert(
      withoutId(withDurations({ ...booking, start_date: addDays(date, 1), created_at: now, updated_at: now })),
    )
  }
  recordActivity(ctx, data, booking, 'delete', { date })
  // The days after a deleted middle day are a booking of their own: its own `create` payload (inferred).
  if (second) queueWebhookPayloads(ctx, data, 'bookings', 'booking', 'create', second)
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
  // The second half is a new booking: its own `create` payload, after the first half's `update` (as Split downtime).
  queueWebhookPayloads(ctx, data, 'bookings', 'booking', 'create', second)
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
