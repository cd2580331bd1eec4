/**
 * A resource's availability, read from the store: its weekly working hours, custom availability (which replaces them on
 * its dates), time off (downtimes) and overtime, less the time its bookings take up. Creating or moving a booking is
 * checked here, the reports count capacity here, and the clash resolutions write overtime and custom availability
 * here, so all of them read and change the same state with the same arithmetic (reporting/arithmetic.ts).
 */
import type { Clock } from '../../src/core/clock.ts'
import {
  capacity,
  type Capacity,
  type CapacityInput,
  type DowntimeWindow,
  type Interval,
  merge,
  type Range,
  slicesIn,
  takesTime,
  weeklyHours,
} from './reporting/arithmetic.ts'
import { nowIso, type AccountData } from './state.ts'
import type { Booking, CustomAvailablePeriod, DowntimeClash, Resource } from './types.ts'

/** The minutes of a day: a resource cannot be booked for more on one date, whatever its hours or overtime (inferred). */
export const DAY = 1440

export type BookingDay = Booking['durations'][number]

// ---- reading ----

/** The resource's custom availability by date, for the dates in the range. */
export function customHours(data: AccountData, resourceId: number, range: Range): Map<string, Interval[]> {
  const days = new Map<string, Interval[]>()
  for (const p of data.customAvailablePeriods.all()) {
    if (p.resource_instance_id !== resourceId || p.date === undefined || p.date < range.start || p.date > range.end)
      continue
    days.set(p.date, [...(days.get(p.date) ?? []), [p.start_time ?? 0, p.end_time ?? 0]])
  }
  return days
}

/** The resource's overtime minutes by date. */
export function overtimeByDate(data: AccountData, resourceId: number): Map<string, number> {
  const days = new Map<string, number>()
  for (const o of data.overtimes.all())
    if (o.resource_id === resourceId) days.set(o.date, (days.get(o.date) ?? 0) + o.duration)
  return days
}

/** The resource's time off: its downtimes that are not deleted. */
export const downtimesOf = (data: AccountData, resourceId: number): DowntimeWindow[] =>
  data.downtimes.filter((d) => !d.deleted && d.resource_ids.includes(resourceId))

/** Everything `capacity` needs for one resource, over the range. */
export function capacityInput(data: AccountData, resource: Resource, range: Range): CapacityInput {
  return {
    range,
    weekly: resource.available_periods ?? [],
    custom: customHours(data, resource.id, range),
    overtime: overtimeByDate(data, resource.id),
    downtimes: downtimesOf(data, resource.id),
  }
}

/** The resource's time in the range before bookings: working, time off, overtime and what is available. */
export const capacityOf = (data: AccountData, resource: Resource, range: Range): Capacity =>
  capacity(capacityInput(data, resource, range))

/** The date's working hours: custom availability where there is some, else the weekly periods. */
export function hoursOn(input: CapacityInput, date: string): Interval[] {
  const own = input.custom?.get(date)
  return own ? merge(own) : weeklyHours(input.weekly, date)
}

/** The date's time off, as daily windows. */
export const timeOffOn = (input: CapacityInput, date: string): Interval[] =>
  merge((input.downtimes ?? []).filter((d) => d.from <= date && date <= d.to).map((d) => [d.start_time, d.end_time]))

/** Minutes of the resource's time taken on each date of the range by bookings other than `except` (`takesTime`). */
export function bookedByDate(
  data: AccountData,
  resourceId: number,
  range: Range,
  except?: number,
): Map<string, number> {
  const days = new Map<string, number>()
  for (const s of slicesIn(data.bookings.all(), range, (id) => id === resourceId)) {
    if (s.booking.id === except || !takesTime(s)) continue
    days.set(s.date, (days.get(s.date) ?? 0) + s.minutes)
  }
  return days
}

// ---- clashes ----

/**
 * One clash: a booked day of one resource (001: "clashing booking durations"; the item fields are inferred, see the
 * `Clashes` schema). `bookingId` is left out for a booking that does not exist yet.
 */
export function clashOf(bookingId: number | undefined, resourceId: number, day: BookingDay): DowntimeClash {
  return {
    ...(bookingId === undefined ? {} : { booking_id: bookingId }),
    resource_id: resourceId,
    date: day.date,
    start_time: day.start_time ?? null,
    end_time: day.end_time ?? null,
    duration: day.duration,
    waiting: false,
  }
}

/** A booked day that needs more of the resource's time than is left on its date. */
export interface Shortfall {
  resource: Resource
  day: BookingDay
  /** The day's duration less the time left. */
  missing: number
  /** Minutes other bookings already take on the date. */
  booked: number
  /** The resource's capacity on the date, as `capacity` reads it. */
  input: CapacityInput
}

/** What the check reads of a booking that is being created or moved. */
export interface BookingDraft {
  resource_ids: readonly number[]
  durations: readonly BookingDay[]
  tentative?: boolean | null
}

/**
 * The days on which the booking, on any of its resources, exceeds the availability left by the other bookings (those
 * that take time: `takesTime`). A tentative booking never clashes (001: it does not take up availability), nor does a
 * day already on the waiting list.
 */
export function shortfalls(data: AccountData, draft: BookingDraft, except?: number): Shortfall[] {
  if (draft.tentative === true) return []
  const dates = draft.durations.map((d) => d.date).sort()
  const range = { start: dates[0] ?? '', end: dates[dates.length - 1] ?? '' }
  const found: Shortfall[] = []
  for (const resourceId of draft.resource_ids) {
    const resource = data.resources.get(resourceId)
    if (!resource) continue
    const input = capacityInput(data, resource, range)
    const booked = bookedByDate(data, resourceId, range, except)
    for (const day of draft.durations) {
      if (day.waiting === true) continue
      const available = capacity({ ...input, range: { start: day.date, end: day.date } }).available
      const taken = booked.get(day.date) ?? 0
      const left = Math.max(0, Math.min(available, DAY) - taken)
      if (day.duration > left) found.push({ resource, day, missing: day.duration - left, booked: taken, input })
    }
  }
  return found
}

// ---- resolving: more overtime, more hours ----

/** The free minutes of the day: neither working hours nor time off. */
function freeTime(taken: readonly Interval[]): Interval[] {
  const free: Interval[] = []
  let from = 0
  for (const [a, b] of merge(taken)) {
    if (a > from) free.push([from, a])
    from = Math.max(from, b)
  }
  if (from < DAY) free.push([from, DAY])
  return free
}

/**
 * The day's hours widened by `minutes` of free time (neither working time nor time off, so each minute adds one of
 * availability), taken from `anchor` on, earliest first, then before it, latest first; `undefined` when the day has
 * not that much free time.
 */
export function widen(hours: Interval[], timeOff: Interval[], anchor: number, minutes: number): Interval[] | undefined {
  const free = freeTime([...hours, ...timeOff])
  const added: Interval[] = []
  let need = minutes
  for (const [a, b] of free) {
    if (need === 0) break
    if (b <= anchor) continue
    const start = Math.max(a, anchor)
    const end = Math.min(b, start + need)
    added.push([start, end])
    need -= end - start
  }
  for (const [a, b] of [...free].reverse()) {
    if (need === 0) break
    if (a >= anchor) continue
    const end = Math.min(b, anchor)
    const start = Math.max(a, end - need)
    added.push([start, end])
    need -= end - start
  }
  return need > 0 ? undefined : merge([...hours, ...added])
}

/**
 * The hours a shortfall's date needs for its booking to fit (clash_resolution `increase_availability`), or `undefined`
 * when the day cannot hold it. Widening starts at the booking's start time, else at the end of the day's hours, else at
 * 09:00 (inferred: where the mock's default working day starts).
 */
export function widenedHours(s: Shortfall): Interval[] | undefined {
  if (s.booked + s.day.duration > DAY) return undefined
  const hours = hoursOn(s.input, s.day.date)
  const anchor = s.day.start_time ?? hours[hours.length - 1]?.[1] ?? 540
  return widen(hours, timeOffOn(s.input, s.day.date), anchor, s.missing)
}

/** The overtime a shortfall's date needs (clash_resolution `book_with_overtime`), or `undefined` past a whole day. */
export function raisedOvertime(s: Shortfall): number | undefined {
  const total = (s.input.overtime?.get(s.day.date) ?? 0) + s.missing
  return s.booked + s.day.duration > DAY || total > DAY ? undefined : total
}

/** Keeps the resource's own `custom_available_periods` and `overtimes` lists in step with the collections. */
function mirror(data: AccountData, clock: Clock, resourceId: number): void {
  data.resources.update(resourceId, {
    custom_available_periods: data.customAvailablePeriods
      .filter((p) => p.resource_instance_id === resourceId)
      .map((p) => ({ ...p })),
    // The resource lists its overtime (third-party Go client field `overtimes`).
    overtimes: data.overtimes
      .filter((o) => o.resource_id === resourceId)
      .map(({ id, date, duration }) => ({ id, date, duration })),
    updated_at: nowIso(clock),
  })
}

/** Sets the overtime of a resource on a date (001 3043: one value per resource and date, replaced). */
export function putOvertime(data: AccountData, clock: Clock, resourceId: number, date: string, minutes: number): void {
  const existing = data.overtimes.all().find((o) => o.resource_id === resourceId && o.date === date)
  if (existing) data.overtimes.update(existing.id, { duration: minutes })
  else data.overtimes.insert({ resource_id: resourceId, date, duration: minutes })
  mirror(data, clock, resourceId)
}

/**
 * Replaces a resource's hours on each date with `windows` (custom availability); no windows = unavailable that day,
 * stored as one 0-0 period. Answers the stored periods; `[]` for `windows` `undefined` = back to the weekly hours.
 */
export function putCustomHours(
  data: AccountData,
  clock: Clock,
  resourceId: number,
  dates: readonly string[],
  windows: readonly Interval[] | undefined,
): CustomAvailablePeriod[] {
  const saved: CustomAvailablePeriod[] = []
  for (const date of [...dates].sort()) {
    for (const old of data.customAvailablePeriods.filter(
      (p) => p.resource_instance_id === resourceId && p.date === date,
    ))
      data.customAvailablePeriods.delete(old.id)
    if (!windows) continue
    for (const [start_time, end_time] of windows.length ? windows : [[0, 0] as const])
      saved.push(data.customAvailablePeriods.insert({ resource_instance_id: resourceId, date, start_time, end_time }))
  }
  mirror(data, clock, resourceId)
  return saved
}
