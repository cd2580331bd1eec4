/**
 * Dates and times for the Screendragon mock. Bookings are kept in UTC milliseconds; a day is a whole UTC day number
 * (days since 1970-01-01), and working days are Monday to Friday (the list's sample books 40 hours for Monday
 * 2025-09-01 to Friday 2025-09-05 at 8 a day: 003 lines 43-45).
 */

export const DAY_MS = 86_400_000

// 2025-09-25T09:00:00.000000+00:00 (003 line 101): a date, an optional time with any number of fractional digits,
// and an optional offset. ASP.NET reads a time without an offset as local time; the mock takes it as UTC (NOTES.md).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/** Milliseconds since the epoch for an ISO 8601 date or date-time, honouring its offset; `undefined` if invalid. */
export function parseIsoTime(text: string): number | undefined {
  const m = ISO.exec(text.trim())
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(
    Number,
  ) as [number, number, number, number, number, number]
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined
  const local = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction)
  // Date.UTC rolls 2025-02-30 over into March: such a date does not exist.
  if (new Date(local).getUTCDate() !== day) return undefined
  const offset = m[8]
  if (!offset || offset.toUpperCase() === 'Z') return local
  const sign = offset.startsWith('-') ? -1 : 1
  const digits = offset.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))
  return local - sign * minutes * 60_000
}

/** The UTC day number of an instant. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS)

/** Monday to Friday. 1970-01-01 (day 0) was a Thursday. */
export function isWorkingDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7 // 0 = Sunday
  return weekday !== 0 && weekday !== 6
}

/** Working days from `first` to `last`, both included. */
export function workingDaysBetween(first: number, last: number): number {
  if (last < first) return 0
  const total = last - first + 1
  let count = Math.floor(total / 7) * 5
  for (let day = first + Math.floor(total / 7) * 7; day <= last; day++) if (isWorkingDay(day)) count++
  return count
}

/** The day `count - 1` working days after `first` (a working day): the last day of a booking of `count` days. */
export function addWorkingDays(first: number, count: number): number {
  let day = first
  let left = count - 1
  while (left > 0) {
    day++
    if (isWorkingDay(day)) left--
  }
  return day
}

/** The next working day on or after `day`. */
export function nextWorkingDay(day: number): number {
  let d = day
  while (!isWorkingDay(d)) d++
  return d
}

/** `YYYY-MM-DD` of a day number. */
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** `YYYY-MM-DDTHH:MM:SSZ`, as the list's `start` and `end` (003 line 43). */
export const isoUtc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`

/** `YYYY-MM-DDTHH:MM:SS`, as daily resourcing's `datetimestamp` (003 line 248): no offset. */
export const localStamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19)

/** A `YYYY-MM-DD` (or date-time) query value as a day number; `undefined` if it is not a real date. */
export function parseDay(text: string): number | undefined {
  const ms = parseIsoTime(text)
  return ms === undefined ? undefined : dayOf(ms)
}
