/**
 * The reports' arithmetic, apart from their wire shapes so that v1 and v2 share one reading of the numbers and it can
 * be checked on its own. Pure: no store, no request, no response JSON. Times are minutes; dates are ISO `YYYY-MM-DD`
 * strings, compared as text; a range includes both ends; an interval is `[start, end)` in minutes after midnight.
 *
 * Booked time is a sum of "slices": one booked day (`durations[]` entry) of one booking on one resource, for the days
 * inside the range. A booking on several resources counts once per resource: each resource's time is taken.
 *  - scheduled (v1 `booked`): the slices that take up the resource's time (`takesTime`): not on the waiting list, of
 *    bookings that are neither tentative (001: "Tentative bookings do not take up availability") nor declined;
 *  - waiting_list: slices on the waiting list (`durations[].waiting`);
 *  - tentative: the slices of tentative bookings not on the waiting list and not declined (apart from scheduled);
 *  - approvals: slices not on the waiting list, by approval state (declined time shows only here).
 * Each is also split into billable / non-billable by the booking's `billable` flag.
 */
import { addDays } from '../state.ts'

export interface Range {
  start: string
  end: string
}

export type Interval = readonly [number, number]

// ---- bookings per day ----

/** Only what slicing reads of a booking, so the arithmetic can be fed (and tested) without whole Booking records. */
export interface BookedDays {
  start_date: string
  end_date: string
  resource_ids: readonly number[]
  durations: readonly { date: string; duration: number; waiting?: boolean }[]
}

/** Only what tallying reads of a booking; a missing flag reads as false, a missing state as approved. */
export interface BookingFlags {
  billable?: boolean | null
  tentative?: boolean | null
  approval_state?: { state?: string } | null
}

/** One booked day of one booking on one resource; `booking` is kept so callers can group by its client or project. */
export interface Slice<B = BookedDays & BookingFlags> {
  booking: B
  resourceId: number
  date: string
  minutes: number
  waiting: boolean
}

/** The slices of `bookings` inside `range`, leaving out resources `reportable` rejects. */
export function slicesIn<B extends BookedDays>(
  bookings: Iterable<B>,
  range: Range,
  reportable: (resourceId: number) => boolean,
): Slice<B>[] {
  const out: Slice<B>[] = []
  for (const booking of bookings) {
    if (booking.end_date < range.start || booking.start_date > range.end) continue
    for (const day of booking.durations) {
      if (day.date < range.start || day.date > range.end) continue
      for (const resourceId of booking.resource_ids) {
        if (reportable(resourceId))
          out.push({ booking, resourceId, date: day.date, minutes: day.duration, waiting: day.waiting === true })
      }
    }
  }
  return out
}

/** Groups in first-seen order, items in input order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

// ---- tallies ----

export interface Split {
  total: number
  billable: number
  non_billable: number
}

export interface Tally {
  approvals: { approved: number; pending: number; declined: number }
  scheduled: Split
  waiting_list: Split
  tentative: Split
}

const split = (): Split => ({ total: 0, billable: 0, non_billable: 0 })

function add(s: Split, billable: boolean, minutes: number): void {
  s.total += minutes
  if (billable) s.billable += minutes
  else s.non_billable += minutes
}

/** `approval_state.state` is pending | approved | declined (the Bookings `approval_states` filter); none: approved. */
export function approvalOf(b: BookingFlags): keyof Tally['approvals'] {
  const state = b.approval_state?.state
  return state === 'pending' || state === 'declined' ? state : 'approved'
}

/**
 * Whether a booked day takes up the resource's time, i.e. its availability: the one rule the booking clash check and
 * the reports' scheduled time share. Waiting-list days do not (they are not scheduled), nor do tentative bookings (001:
 * "Tentative bookings do not take up availability"), nor declined ones (inferred: a declined booking is not scheduled).
 */
export const takesTime = (s: Pick<Slice<BookingFlags>, 'booking' | 'waiting'>): boolean =>
  !s.waiting && s.booking.tentative !== true && approvalOf(s.booking) !== 'declined'

export function tally(slices: readonly Slice<BookingFlags>[]): Tally {
  const t: Tally = {
    approvals: { approved: 0, pending: 0, declined: 0 },
    scheduled: split(),
    waiting_list: split(),
    tentative: split(),
  }
  for (const s of slices) {
    const billable = s.booking.billable === true
    if (s.waiting) {
      add(t.waiting_list, billable, s.minutes)
      continue
    }
    const state = approvalOf(s.booking)
    t.approvals[state] += s.minutes
    if (takesTime(s)) add(t.scheduled, billable, s.minutes)
    else if (state !== 'declined') add(t.tentative, billable, s.minutes)
  }
  return t
}

/** Whether any time at all was booked: archived records stay in a report while they have some. */
export const touched = (t: Tally): boolean =>
  t.approvals.approved + t.approvals.pending + t.approvals.declined + t.waiting_list.total > 0

// ---- ratios ----

/** Ratio rounded to 4 places (v1 shows 0.8, 0.08); 0 when there is no time to divide by. */
export const ratio = (part: number, whole: number): number =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0

/** Days are shown to 2 places (v1 `*_downtime_days`). */
export const round2 = (n: number): number => Math.round(n * 100) / 100

/** Available time left after bookings; an overbooked resource has none left rather than a negative amount. */
export const unbooked = (available: number, booked: number): number => Math.max(0, available - booked)

// ---- intervals ----

/** Sorted, disjoint, non-empty intervals covering the same minutes (touching intervals join). */
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

/** Minutes both lists cover, pair by pair: each list must be disjoint (merged) for this to count a minute once. */
export function overlap(a: readonly Interval[], b: readonly Interval[]): number {
  let sum = 0
  for (const [s1, e1] of a) for (const [s2, e2] of b) sum += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2))
  return sum
}

export const lengthOf = (intervals: readonly Interval[]): number => intervals.reduce((sum, [a, b]) => sum + (b - a), 0)

// ---- capacity: available periods, custom availability, downtime, overtime ----

/** A resource's weekly working hours (`available_periods[]`), valid between two dates when they are given. */
export interface WeeklyPeriod {
  week_day: number
  start_time: number
  end_time: number
  valid_from?: string
  valid_until?: string | null
}

/** The weekly periods valid on the date (week_day 0 = Sunday, as the Resource schema says). */
export function weeklyHours(periods: readonly WeeklyPeriod[], date: string): Interval[] {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return merge(
    periods
      .filter((p) => p.week_day === weekday && (p.valid_from ?? date) <= date && (p.valid_until ?? date) >= date)
      .map((p) => [p.start_time, p.end_time] as const),
  )
}

/**
 * Inferred: the first validity window of the weekly periods (`valid_from` to `valid_until`, open ends meaning the
 * range's) that overlaps the range, clipped to it; the longest of those starting first. `undefined` when none does.
 */
export function firstValidWindow(
  periods: readonly WeeklyPeriod[],
  range: Range,
): readonly [string, string] | undefined {
  const windows = periods
    .map(
      (p) =>
        [maxDate(p.valid_from ?? range.start, range.start), minDate(p.valid_until ?? range.end, range.end)] as const,
    )
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0].localeCompare(y[0]) || y[1].localeCompare(x[1]))
  return windows[0]
}

const maxDate = (a: string, b: string): string => (a > b ? a : b)
const minDate = (a: string, b: string): string => (a < b ? a : b)

/** A downtime's daily window, from `from` to `to`; `downtime_type_id` null when it has no type. */
export interface DowntimeWindow {
  from: string
  to: string
  start_time: number
  end_time: number
  downtime_type_id: number | null
}

/** One resource's time in a range, before bookings. */
export interface CapacityInput {
  range: Range
  weekly: readonly WeeklyPeriod[]
  /** Custom availability by date. */
  custom?: ReadonlyMap<string, readonly Interval[]>
  /** Overtime minutes by date. */
  overtime?: ReadonlyMap<string, number>
  downtimes?: readonly DowntimeWindow[]
}

export interface Capacity {
  working: number
  downtime: number
  overtime: number
  /** working - downtime + overtime (inferred: time off is not available, overtime is). */
  available: number
  /** Downtime per downtime type id (`null`: no type): minutes, and days as fractions of each day's working time. */
  byType: Map<number | null, { minutes: number; days: number }>
}

/**
 * Per day: custom availability replaces the weekly pattern on its dates (inferred, as "custom availability" reads);
 * downtime counts only where it falls inside the working hours, with its `start_time`-`end_time` window applied on
 * every day from `from` to `to` (inferred; seeded and typical downtimes are whole days, 0-1440); overlapping downtimes
 * count once in `downtime` but each in full under its own type; overtime adds.
 */
export function capacity({ range, weekly, custom, overtime, downtimes = [] }: CapacityInput): Capacity {
  const cap: Capacity = { working: 0, downtime: 0, overtime: 0, available: 0, byType: new Map() }
  for (let date = range.start; date <= range.end; date = addDays(date, 1)) {
    const own = custom?.get(date)
    const hours = own ? merge(own) : weeklyHours(weekly, date)
    const working = lengthOf(hours)
    const today = downtimes.filter((d) => d.from <= date && date <= d.to)
    cap.working += working
    cap.downtime += overlap(merge(today.map(windowOf)), hours)
    cap.overtime += overtime?.get(date) ?? 0
    for (const d of today) {
      const minutes = overlap([windowOf(d)], hours)
      const entry = cap.byType.get(d.downtime_type_id) ?? { minutes: 0, days: 0 }
      cap.byType.set(d.downtime_type_id, {
        minutes: entry.minutes + minutes,
        days: entry.days + (working > 0 ? minutes / working : 0),
      })
    }
  }
  cap.available = cap.working - cap.downtime + cap.overtime
  return cap
}

const windowOf = (d: DowntimeWindow): Interval => [d.start_time, d.end_time]
