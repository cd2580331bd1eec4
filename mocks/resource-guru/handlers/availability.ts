/**
 * Custom availability (001 "Custom Availability", 1797-1960) and overtime (001 "Overtime", 3037-3096). A custom
 * available period replaces a resource's weekly availability on one date; bookings that no longer fit the hours of
 * that date are deleted or moved to the waiting list when the request asks for it. Overtime is one duration per
 * resource and date.
 */
import { rawJson } from '../../../src/core/responses.ts'
import { acct, invalid, noContent, requireRecord, rgHandlers, type Ctx, type RgHandler } from '../common.ts'
import { nowIso, type AccountData } from '../state.ts'
import type { Booking, CustomAvailablePeriod, DowntimeClash, Resource } from '../types.ts'
import { clashBody, resolveClashes } from './downtimes.ts'

interface Window {
  start_time: number
  end_time: number
}

const weekDay = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()

function shiftYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString().slice(0, 10)
}

/** The resource's weekly hours on `date` (Sunday = 0), from the periods valid on that date. */
function weeklyWindows(resource: Resource, date: string): Window[] {
  return (resource.available_periods ?? []).filter(
    (p) =>
      p.week_day === weekDay(date) &&
      (p.valid_from === undefined || p.valid_from <= date) &&
      (p.valid_until == null || date <= p.valid_until),
  )
}

function customPeriods(data: AccountData, resourceId: number, date: string): CustomAvailablePeriod[] {
  return data.customAvailablePeriods.filter((p) => p.resource_instance_id === resourceId && p.date === date)
}

/** A booking day fits if its time lies inside one window, or (no start time) its duration fits the day's hours. */
function fits(day: Booking['durations'][number], windows: readonly Window[]): boolean {
  if (day.start_time === null || day.start_time === undefined)
    return day.duration <= windows.reduce((sum, w) => sum + Math.max(0, w.end_time - w.start_time), 0)
  const start = day.start_time
  const end = day.end_time ?? start + day.duration
  return windows.some((w) => w.start_time <= start && end <= w.end_time)
}

/** The scheduled booking days of the resource on `dates` that do not fit the hours `windowsOn` gives for the date. */
function misfits(
  data: AccountData,
  resourceId: number,
  dates: ReadonlySet<string>,
  windowsOn: (date: string) => Window[],
): DowntimeClash[] {
  const found: DowntimeClash[] = []
  for (const booking of data.bookings.filter((b) => b.resource_ids.includes(resourceId))) {
    for (const day of booking.durations) {
      if (day.waiting === true || !dates.has(day.date) || fits(day, windowsOn(day.date))) continue
      found.push({
        booking_id: booking.id,
        resource_id: resourceId,
        date: day.date,
        start_time: day.start_time ?? null,
        end_time: day.end_time ?? null,
        duration: day.duration,
        waiting: false,
      })
    }
  }
  return found
}

/** Keeps the resource's own `custom_available_periods` list in step with the collection. */
function syncResource(ctx: Ctx, data: AccountData, resourceId: number): void {
  const periods = data.customAvailablePeriods
    .filter((p) => p.resource_instance_id === resourceId)
    .map((p) => ({ ...p }))
  data.resources.update(resourceId, { custom_available_periods: periods, updated_at: nowIso(ctx.clock) })
}

/**
 * 001 1865, 1871: allow_waiting / delete_invalid_bookings (both default false) say what happens to bookings that no
 * longer fit; with neither they stay as they are. With both, deleting wins (inferred).
 */
function strategy(body: { allow_waiting?: boolean; delete_invalid_bookings?: boolean }): 'delete' | 'waiting' | 'keep' {
  if (body.delete_invalid_bookings === true) return 'delete'
  return body.allow_waiting === true ? 'waiting' : 'keep'
}

/** GET: 001 1824, 1830: the range defaults to one year back and one year ahead of today. */
const listCustomAvailability: RgHandler<'listCustomAvailability'> = (ctx) => {
  const data = acct(ctx)
  const today = nowIso(ctx.clock).slice(0, 10)
  const start = ctx.query.start_date ?? shiftYears(today, -1)
  const end = ctx.query.end_date ?? shiftYears(today, 1)
  const raw = ctx.query['resource_ids[]']
  const resourceIds = Array.isArray(raw) ? new Set(raw.map(Number)) : undefined
  const found = data.customAvailablePeriods.filter(
    (p) =>
      p.date !== undefined &&
      p.date >= start &&
      p.date <= end &&
      (!resourceIds || resourceIds.has(p.resource_instance_id ?? 0)),
  )
  return rawJson(200, data.customAvailablePeriods.jsonArray(found))
}

/**
 * POST: replaces the resource's hours on each date with `available_periods` (none = unavailable all day, stored as
 * one 0-0 period). The inner fields are not rendered by the vendor; they are inferred (see the spec).
 */
const setCustomAvailability: RgHandler<'setCustomAvailability'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const input = body.custom_available_periods
  if (input.resource_instance_id === undefined) invalid('custom_available_periods.resource_instance_id is required')
  if (!input.dates?.length) invalid('custom_available_periods.dates must list at least one date')
  const resource = requireRecord(data.resources, input.resource_instance_id, 'resource_instance_id')
  const windows: Window[] = []
  for (const p of input.available_periods ?? []) {
    if (p.start_time === undefined || p.end_time === undefined)
      invalid('available_periods items need start_time and end_time')
    if (p.end_time < p.start_time)
      invalid(`available_periods: end_time ${p.end_time} is before start_time ${p.start_time}`)
    windows.push({ start_time: p.start_time, end_time: p.end_time })
  }
  const stored = windows.length ? windows : [{ start_time: 0, end_time: 0 }]
  const dates = new Set(input.dates)
  resolveClashes(
    ctx,
    data,
    misfits(data, resource.id, dates, () => stored),
    strategy(body),
  )
  const saved: CustomAvailablePeriod[] = []
  for (const date of [...dates].sort()) {
    for (const old of customPeriods(data, resource.id, date)) data.customAvailablePeriods.delete(old.id)
    for (const w of stored)
      saved.push(data.customAvailablePeriods.insert({ resource_instance_id: resource.id, date, ...w }))
  }
  syncResource(ctx, data, resource.id)
  // 001 1891-1894: `{"errors": {}, "custom_available_periods": [...]}`; `errors` is an object here.
  return rawJson(200, `{"errors":{},"custom_available_periods":${data.customAvailablePeriods.jsonArray(saved)}}`)
}

/**
 * DELETE: back to the weekly hours on `dates`. Bookings that only fitted the custom hours clash: with neither
 * allow_waiting nor delete_invalid_bookings the reset is refused with 400 and the clash body (001 1953-1958 sample;
 * the status is inferred, see the spec), otherwise they are moved or deleted and the reset is made.
 */
const resetCustomAvailability: RgHandler<'resetCustomAvailability'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const resource = requireRecord(data.resources, body.resource_instance_id, 'resource_instance_id')
  const dates = new Set(body.dates)
  const clashes = misfits(data, resource.id, dates, (date) => weeklyWindows(resource, date))
  const chosen = strategy(body)
  if (clashes.length && chosen === 'keep') return ctx.json(400, clashBody(clashes))
  resolveClashes(ctx, data, clashes, chosen)
  for (const date of dates)
    for (const old of customPeriods(data, resource.id, date)) data.customAvailablePeriods.delete(old.id)
  syncResource(ctx, data, resource.id)
  return noContent()
}

/** POST overtimes: 001 3043 "Set the overtime for a resource on a specified date" — one value per date, replaced. */
const setOvertime: RgHandler<'setOvertime'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const resource = requireRecord(data.resources, body.resource_id, 'resource_id')
  const existing = data.overtimes.all().find((o) => o.resource_id === resource.id && o.date === body.date)
  if (existing) data.overtimes.update(existing.id, { duration: body.duration })
  else data.overtimes.insert({ resource_id: resource.id, date: body.date, duration: body.duration })
  // The resource lists its overtime (third-party Go client field `overtimes`), so it follows the change.
  const overtimes = data.overtimes
    .filter((o) => o.resource_id === resource.id)
    .map(({ id, date, duration }) => ({ id, date, duration }))
  data.resources.update(resource.id, { overtimes, updated_at: nowIso(ctx.clock) })
  return noContent()
}

export const availabilityHandlers = rgHandlers({
  listCustomAvailability,
  setCustomAvailability,
  resetCustomAvailability,
  setOvertime,
})
