/**
 * Downtimes, i.e. Time Off (001 "Downtimes", 2430-3037): list with the documented filters, create / get / update /
 * delete, the clash preview, split, and the downtime types. Clashes are computed from the stored bookings: a downtime
 * clashes with every scheduled (not waiting) booking day of one of its resources that falls inside its time span.
 */
import { rawJson } from '../../../src/core/responses.ts'
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
  type Ctx,
  type RgHandler,
  type RgQuery,
} from '../common.ts'
import { clashOf } from '../capacity.ts'
import { addDays, nowIso, type AccountData } from '../state.ts'
import type { Booking, Clashes, Downtime, DowntimeClash, DowntimeCreate, DowntimeUpdate } from '../types.ts'
import { queueWebhookPayloads } from './webhooks.ts'

/** A downtime's extent: the days `from`-`to`, each from `start_time` to `end_time` (minutes since midnight). */
interface Span {
  from: string
  to: string
  start_time: number
  end_time: number
}

/** What happens to clashing bookings. */
export type ClashStrategy = 'block' | 'delete' | 'waiting' | 'keep'

/**
 * The minutes of `date` the span covers: the same `start_time`-`end_time` window on every day of a multi-day downtime
 * (inferred; the reports count downtime the same way, see NOTES.md).
 */
function windowOn(span: Span, date: string): [number, number] | undefined {
  if (date < span.from || date > span.to) return undefined
  return [span.start_time, span.end_time]
}

type BookingDay = Booking['durations'][number]

/** A booking day without a start time is "some time that day": it clashes with any part of the day (inferred). */
function dayOverlaps(day: BookingDay, [start, end]: [number, number]): boolean {
  if (end <= start) return false
  if (day.start_time === null || day.start_time === undefined) return true
  const dayEnd = day.end_time ?? day.start_time + day.duration
  return day.start_time < end && dayEnd > start
}

/**
 * 001 2663: "a list of clashing booking durations for resources in a time range". Waiting days occupy no time, and
 * tentative bookings take up no availability (001), so neither clashes.
 */
export function findClashes(data: AccountData, span: Span, resourceIds: readonly number[]): DowntimeClash[] {
  const wanted = new Set(resourceIds)
  const clashes: DowntimeClash[] = []
  for (const booking of data.bookings.all()) {
    const shared = booking.resource_ids.filter((id) => wanted.has(id))
    if (
      shared.length === 0 ||
      booking.tentative === true ||
      booking.end_date < span.from ||
      booking.start_date > span.to
    )
      continue
    for (const day of booking.durations) {
      const window = windowOn(span, day.date)
      if (day.waiting === true || !window || !dayOverlaps(day, window)) continue
      for (const resourceId of shared) clashes.push(clashOf(booking.id, resourceId, day))
    }
  }
  return clashes
}

/**
 * Resolves clashes: `delete` deletes the clashing bookings; `waiting` moves the clashing days to the waiting list
 * (`durations[].waiting = true`); `keep` leaves them. Changed bookings are reported to `bookings` webhooks.
 */
export function resolveClashes(
  ctx: Ctx,
  data: AccountData,
  clashes: readonly DowntimeClash[],
  strategy: Exclude<ClashStrategy, 'block'>,
): void {
  if (strategy === 'keep') return
  const days = new Map<number, Set<string>>()
  for (const c of clashes) {
    if (c.booking_id === undefined || c.date === undefined) continue
    const set = days.get(c.booking_id) ?? new Set<string>()
    set.add(c.date)
    days.set(c.booking_id, set)
  }
  for (const [bookingId, dates] of days) {
    const booking = data.bookings.get(bookingId)
    if (!booking) continue
    if (strategy === 'delete') {
      data.bookings.delete(bookingId)
      queueWebhookPayloads(ctx, data, 'bookings', 'booking', 'delete', booking)
      continue
    }
    const durations = booking.durations.map((d) => (dates.has(d.date) ? { ...d, waiting: true } : d))
    const saved = data.bookings.update(bookingId, {
      durations,
      updated_at: nowIso(ctx.clock),
      last_updated_by: principalOf(ctx).userId,
    })
    queueWebhookPayloads(ctx, data, 'bookings', 'booking', 'update', saved)
  }
}

/**
 * The strategy a create/update body asks for. 001 2539: block_by_clashes "the server will respond 400 if any bookings
 * clash"; 001 2609: clash_resolution replaces the deprecated flags; 001 2533: delete_invalid_bookings deletes;
 * 001 2603: moving to the waiting list "is the default behaviour". `allow_waiting: false` alone keeps the bookings
 * where they are (inferred: the vendor does not say).
 */
function strategyOf(body: DowntimeCreate | DowntimeUpdate): ClashStrategy {
  if (body.block_by_clashes === true) return 'block'
  if (body.clash_resolution === 'delete') return 'delete'
  if (body.clash_resolution === 'add_to_waiting_list') return 'waiting'
  if (body.delete_invalid_bookings === true) return 'delete'
  return body.allow_waiting === false ? 'keep' : 'waiting'
}

function checkSpan(span: Span): void {
  if (span.to < span.from) invalid('to must be on or after from')
  if (span.end_time <= span.start_time) invalid('end_time must be after start_time')
}

function checkResources(data: AccountData, ids: readonly number[]): number[] {
  for (const id of ids) if (!data.resources.get(id)) invalid(`resource ${id} does not exist`)
  return [...new Set(ids)]
}

function checkBooker(data: AccountData, id: number): number {
  if (!data.memberIds.has(id)) invalid(`booker_id ${id} is not a user of this account`)
  return id
}

/** The 400 body of a refused change that clashes with bookings (`block_by_clashes: true`, a custom availability reset). */
export const clashBody = (clashes: DowntimeClash[]): Clashes => ({ clashes, allowClashResolution: true })

function filterDowntimes(q: RgQuery<'listDowntimes'>, data: AccountData): Downtime[] {
  const resourceIds = Array.isArray(q.resource_ids) ? new Set(q.resource_ids.map(Number)) : undefined
  const bookerId = q.booker_id === undefined ? undefined : Number(q.booker_id)
  const archived = flag(q.include_archived_resources, true)
  const deleted = flag(q.include_deleted_resources, true)
  return data.downtimes.filter((d) => {
    if (resourceIds && !d.resource_ids.some((id) => resourceIds.has(id))) return false
    if (bookerId !== undefined && d.booker_id !== bookerId) return false
    // 001 2463, 2469: "starting on or after" `from`, "ending on or before" `to`.
    if (typeof q.from === 'string' && d.from < q.from) return false
    if (typeof q.to === 'string' && d.to > q.to) return false
    // 001 2477, 2485: include_archived_resources / include_deleted_resources, both default "1".
    if (!archived || !deleted) {
      return d.resource_ids.some((id) => {
        const r = data.resources.get(id)
        if (!r) return deleted && data.deletedResourceIds.has(id)
        return archived || !r.archived
      })
    }
    return true
  })
}

const listDowntimes: RgHandler<'listDowntimes'> = (ctx) => {
  const data = acct(ctx)
  return list(data.downtimes, page(ctx, filterDowntimes(ctx.query, data)))
}

const createDowntime: RgHandler<'createDowntime'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const span = { from: body.from, to: body.to, start_time: body.start_time, end_time: body.end_time }
  checkSpan(span)
  const resourceIds = checkResources(data, body.resource_ids)
  requireRecord(data.downtimeTypes, body.downtime_type_id, 'downtime_type_id')
  // 001 2584, 2590: booker_id (or the deprecated creator_id) "defaults to the authenticated User".
  const bookerId = checkBooker(data, body.booker_id ?? body.creator_id ?? principalOf(ctx).userId)
  const strategy = strategyOf(body)
  const clashes = findClashes(data, span, resourceIds)
  if (strategy === 'block' && clashes.length) return ctx.json(400, clashBody(clashes))
  if (strategy !== 'block') resolveClashes(ctx, data, clashes, strategy)
  const now = nowIso(ctx.clock)
  const downtime = data.downtimes.insert({
    ...span,
    details: body.details ?? null,
    timezone: body.timezone ?? null,
    downtime_type_id: body.downtime_type_id ?? null,
    booker_id: bookerId,
    creator_id: bookerId,
    resource_ids: resourceIds,
    account_id: data.account.id,
    created_at: now,
    updated_at: now,
    last_updated_by: principalOf(ctx).userId,
    leave: null,
    state: 'Approved',
    deleted: false,
  })
  queueWebhookPayloads(ctx, data, 'downtimes', 'downtime', 'create', downtime)
  return created(ctx, data.downtimes, downtime, 'downtimes')
}

/** POST clashes: what creating this downtime would clash with; nothing changes. Timezones are not applied (inferred). */
const listDowntimeClashes: RgHandler<'listDowntimeClashes'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const span = { from: body.from, to: body.to, start_time: body.start_time, end_time: body.end_time }
  checkSpan(span)
  return ctx.json(200, findClashes(data, span, checkResources(data, body.resource_ids)))
}

const getDowntime: RgHandler<'getDowntime'> = (ctx) => {
  const data = acct(ctx)
  return one(data.downtimes, data.downtimes.require(idOf(ctx)))
}

const updateDowntime: RgHandler<'updateDowntime'> = (ctx) => {
  const data = acct(ctx)
  const current = data.downtimes.require(idOf(ctx))
  const body = ctx.body
  const span = {
    from: body.from ?? current.from,
    to: body.to ?? current.to,
    start_time: body.start_time ?? current.start_time,
    end_time: body.end_time ?? current.end_time,
  }
  checkSpan(span)
  const resourceIds = body.resource_ids ? checkResources(data, body.resource_ids) : current.resource_ids
  if (body.downtime_type_id !== undefined) requireRecord(data.downtimeTypes, body.downtime_type_id, 'downtime_type_id')
  const bookerId = body.booker_id === undefined ? current.booker_id : checkBooker(data, body.booker_id)
  const strategy = strategyOf(body)
  const clashes = findClashes(data, span, resourceIds)
  if (strategy === 'block' && clashes.length) return ctx.json(400, clashBody(clashes))
  if (strategy !== 'block') resolveClashes(ctx, data, clashes, strategy)
  const saved = data.downtimes.update(current.id, {
    ...span,
    resource_ids: resourceIds,
    booker_id: bookerId,
    creator_id: bookerId,
    ...(body.details !== undefined ? { details: body.details } : {}),
    ...(body.timezone !== undefined ? { timezone: body.timezone } : {}),
    ...(body.downtime_type_id !== undefined ? { downtime_type_id: body.downtime_type_id } : {}),
    updated_at: nowIso(ctx.clock),
    last_updated_by: principalOf(ctx).userId,
  })
  queueWebhookPayloads(ctx, data, 'downtimes', 'downtime', 'update', saved)
  return one(data.downtimes, saved)
}

const deleteDowntime: RgHandler<'deleteDowntime'> = (ctx) => {
  const data = acct(ctx)
  const downtime = data.downtimes.require(idOf(ctx))
  data.downtimes.delete(downtime.id)
  queueWebhookPayloads(ctx, data, 'downtimes', 'downtime', 'delete', downtime)
  return noContent()
}

/** 001 2960: "Splits a downtime event (not a valid operation for Holiday/Vacation)". */
const isHolidayOrVacation = (data: AccountData, typeId: number | null) =>
  typeId !== null && /holiday|vacation/i.test(data.downtimeTypes.get(typeId)?.name ?? '')

/**
 * POST split: 001 2985 "The split will occur at midnight at the start of this date": the first half ends the day
 * before, the second starts on `date`, both keep the daily times. Answers both halves.
 */
const splitDowntime: RgHandler<'splitDowntime'> = (ctx) => {
  const data = acct(ctx)
  const downtime = data.downtimes.require(idOf(ctx))
  const body = ctx.body
  if (isHolidayOrVacation(data, downtime.downtime_type_id))
    invalid('Split downtime is not a valid operation for Holiday/Vacation')
  if (body.date <= downtime.from || body.date > downtime.to) {
    invalid(
      `date must be after the first day and not after the last day of the downtime (${downtime.from} to ${downtime.to})`,
    )
  }
  // The resource only picks the timezone boundary (001 2990); the mock has none, but it must be one of the downtime's.
  if (body.resource_id !== undefined && !downtime.resource_ids.includes(body.resource_id))
    invalid(`resource ${body.resource_id} is not on downtime ${downtime.id}`)
  const now = nowIso(ctx.clock)
  const first = data.downtimes.update(downtime.id, { to: addDays(body.date, -1), updated_at: now })
  const { id: _id, ...rest } = downtime
  const second = data.downtimes.insert({ ...rest, from: body.date, created_at: now, updated_at: now })
  queueWebhookPayloads(ctx, data, 'downtimes', 'downtime', 'update', first)
  queueWebhookPayloads(ctx, data, 'downtimes', 'downtime', 'create', second)
  return rawJson(200, data.downtimes.jsonArray([first, second]))
}

const listDowntimeTypes: RgHandler<'listDowntimeTypes'> = (ctx) => {
  const data = acct(ctx)
  return list(data.downtimeTypes, data.downtimeTypes.all())
}

export const downtimeHandlers = rgHandlers({
  listDowntimes,
  createDowntime,
  listDowntimeClashes,
  getDowntime,
  updateDowntime,
  deleteDowntime,
  splitDowntime,
  listDowntimeTypes,
})
