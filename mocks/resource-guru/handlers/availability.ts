/**
 * Custom availability (001 "Custom Availability", 1797-1960) and overtime (001 "Overtime", 3037-3096). A custom
 * available period replaces a resource's weekly availability on one date; bookings that no longer fit the hours of
 * that date are deleted or moved to the waiting list when the request asks for it. Overtime is one duration per
 * resource and date.
 */
import { rawJson } from '../../../src/core/responses.ts'
import { clashOf, putCustomHours, putOvertime } from '../capacity.ts'
import { acct, invalid, noContent, requireRecord, rgHandlers, type RgHandler } from '../common.ts'
import { type Interval, weeklyHours } from '../reporting/arithmetic.ts'
import { nowIso, type AccountData } from '../state.ts'
import type { Booking, DowntimeClash } from '../types.ts'
import { clashBody, resolveClashes } from './downtimes.ts'

function shiftYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString().slice(0, 10)
}

/** A booking day fits if its time lies inside one window, or (no start time) its duration fits the day's hours. */
function fits(day: Booking['durations'][number], windows: readonly Interval[]): boolean {
  if (day.start_time === null || day.start_time === undefined)
    return day.duration <= windows.reduce((sum, [a, b]) => sum + Math.max(0, b - a), 0)
  const start = day.start_time
  const end = day.end_time ?? start + day.duration
  return windows.some(([a, b]) => a <= start && end <= b)
}

/**
 * The scheduled booking days of the resource on `dates` that do not fit the hours `windowsOn` gives for the date.
 * Tentative bookings take up no availability (001), so they never stop fitting.
 */
function misfits(
  data: AccountData,
  resourceId: number,
  dates: ReadonlySet<string>,
  windowsOn: (date: string) => Interval[],
): DowntimeClash[] {
  const found: DowntimeClash[] = []
  for (const booking of data.bookings.filter((b) => b.resource_ids.includes(resourceId) && b.tentative !== true)) {
    for (const day of booking.durations) {
      if (day.waiting === true || !dates.has(day.date) || fits(day, windowsOn(day.date))) continue
      found.push(clashOf(booking.id, resourceId, day))
    }
  }
  return found
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
  const windows: Interval[] = []
  for (const p of input.available_periods ?? []) {
    if (p.start_time === undefined || p.end_time === undefined)
      invalid('available_periods items need start_time and end_time')
    if (p.end_time < p.start_time)
      invalid(`available_periods: end_time ${p.end_time} is before start_time ${p.start_time}`)
    windows.push([p.start_time, p.end_time])
  }
  const dates = new Set(input.dates)
  resolveClashes(
    ctx,
    data,
    misfits(data, resource.id, dates, () => windows),
    strategy(body),
  )
  const saved = putCustomHours(data, ctx.clock, resource.id, [...dates], windows)
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
  const weekly = resource.available_periods ?? []
  const clashes = misfits(data, resource.id, dates, (date) => weeklyHours(weekly, date))
  const chosen = strategy(body)
  if (clashes.length && chosen === 'keep') return ctx.json(400, clashBody(clashes))
  resolveClashes(ctx, data, clashes, chosen)
  putCustomHours(data, ctx.clock, resource.id, [...dates], undefined)
  return noContent()
}

/** POST overtimes: 001 3043 "Set the overtime for a resource on a specified date" — one value per date, replaced. */
const setOvertime: RgHandler<'setOvertime'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const resource = requireRecord(data.resources, body.resource_id, 'resource_id')
  putOvertime(data, ctx.clock, resource.id, body.date, body.duration)
  return noContent()
}

export const availabilityHandlers = rgHandlers({
  listCustomAvailability,
  setCustomAvailability,
  resetCustomAvailability,
  setOvertime,
})
