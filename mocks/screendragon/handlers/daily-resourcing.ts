/**
 * GET /api/resource/DailyResourcing (003 lines 211-256): one row per booking per working day, with the user, role,
 * task, hours and cost resourced, under `{"dataInfo":{"Tables":[…]}}`. Up to 1,048,500 rows (003 line 228), so the
 * rows are generated lazily from the bookings and streamed in chunks, never held as one array or one string.
 */
import { streamJson } from '../../../src/core/responses.ts'
import { MESSAGES, refuse, sdHandlers, type SdHandler } from '../common.ts'
import { bookingDays, type BookingRecord, type SdState } from '../state.ts'
import { dateOf, dayOf, isWorkingDay, localStamp } from '../time.ts'

/** "The endpoint limits the result set to 1,048,500 records." (003 line 228) */
export const MAX_DAILY_ROWS = 1_048_500

/** Bytes per streamed chunk: ~900 rows a write. */
export const CHUNK_BYTES = 256 * 1024

/** The documented row keys (003 lines 237-248), which a custom field's label may not repeat. */
const ROW_KEYS = new Set([
  'project id#',
  'USER id#',
  'FULL NAME',
  'resourced role',
  'task id#',
  'task NAME',
  'hours resourced',
  'cost resourced',
  'date resourced',
  'resourceitemid',
  'deleted',
  'datetimestamp',
])

export interface CustomFieldRequest {
  label: string
  guid: string
}

const BAD_CUSTOM_FIELDS = 'customFields must be a JSON array of {"label": "...", "guid": "..."} objects'

/** `customFields=[{"label":"Department","guid":"abc-123"}]` (003 line 231); an empty value means none. */
export function parseCustomFields(raw: unknown): CustomFieldRequest[] {
  if (raw === undefined || raw === '') return []
  let value: unknown
  try {
    value = JSON.parse(String(raw))
  } catch {
    refuse(`${BAD_CUSTOM_FIELDS}: the value is not JSON`)
  }
  if (!Array.isArray(value)) refuse(BAD_CUSTOM_FIELDS)
  return value.map((item, i) => {
    const { label, guid } = (item ?? {}) as Record<string, unknown>
    if (typeof label !== 'string' || label === '' || typeof guid !== 'string')
      refuse(`${BAD_CUSTOM_FIELDS}: item ${i} is not`)
    if (ROW_KEYS.has(label))
      refuse(`customFields label "${label}" is already a column of the response: choose another label`)
    return { label, guid }
  })
}

/** "Filters user data to include guest users if specified" (003 line 219), typed String: "true" (or 1/yes) includes them. */
export const includesGuests = (value: unknown): boolean =>
  typeof value === 'string' && ['true', '1', 'yes'].includes(value.trim().toLowerCase())

export interface DailyOptions {
  guests: boolean
  fields: readonly CustomFieldRequest[]
  /** At most this many rows (default the documented 1,048,500). */
  max?: number
  chunkBytes?: number
}

const encoder = new TextEncoder()
const OPEN = encoder.encode('{"dataInfo":{"Tables":[')
const CLOSE = encoder.encode(']}}')
const COMMA = 0x2c

/**
 * The response body as UTF-8 chunks of about `chunkBytes`, rows in booking then date order. Everything that is the same
 * for all the days of a booking (user, role, task, hours, cost, ids) is encoded once per booking and each date once
 * per day, so a row is three copies of ready bytes: no per-row string to build, flatten or encode.
 */
export async function* dailyResourcingChunks(
  state: SdState,
  bookings: readonly BookingRecord[],
  options: DailyOptions,
): AsyncGenerator<Uint8Array> {
  const max = options.max ?? MAX_DAILY_ROWS
  const size = options.chunkBytes ?? CHUNK_BYTES
  const people = new Map<number, { name: string; custom: string } | null>()
  const tasks = new Map<number, string>()
  const dates = new Map<number, Uint8Array>()
  let chunk = new Uint8Array(size)
  chunk.set(OPEN)
  let at = OPEN.length
  let emitted = 0
  for (const b of bookings) {
    let person = people.get(b.userId)
    if (person === undefined) {
      const user = state.users.get(b.userId)
      person =
        user && (options.guests || !user.guest)
          ? {
              name: JSON.stringify(`${user.firstName} ${user.lastName}`),
              // Custom fields "are dynamically joined": one column per requested label, null when the user has none.
              custom: options.fields
                .map((f) => `,${JSON.stringify(f.label)}:${JSON.stringify(user.customFields[f.guid] ?? null)}`)
                .join(''),
            }
          : null
      people.set(b.userId, person)
    }
    if (person === null) continue
    let task = tasks.get(b.eventId)
    if (task === undefined) tasks.set(b.eventId, (task = JSON.stringify(state.events.get(b.eventId)?.name ?? '')))
    // Decimals with two places, as the sample's 8.00 and 640.00 (.NET decimals keep their scale).
    const head = encoder.encode(
      `{"project id#":${b.projectId},"USER id#":${b.userId},"FULL NAME":${person.name},"resourced role":${JSON.stringify(b.role)},` +
        `"task id#":${b.taskId},"task NAME":${task},"hours resourced":${b.hoursPerDay.toFixed(2)},` +
        `"cost resourced":${(b.hoursPerDay * b.costRate).toFixed(2)},"date resourced":"`,
    )
    const tail = encoder.encode(
      `","resourceitemid":${b.id},"deleted":0,"datetimestamp":"${localStamp(b.savedAt)}"${person.custom}}`,
    )
    const rowBytes = 1 + head.length + 10 + tail.length
    const last = dayOf(b.end)
    for (let day = dayOf(b.start); day <= last; day++) {
      if (!isWorkingDay(day)) continue
      let date = dates.get(day)
      if (date === undefined) dates.set(day, (date = encoder.encode(dateOf(day))))
      if (at + rowBytes > chunk.length) {
        yield chunk.subarray(0, at)
        chunk = new Uint8Array(Math.max(size, rowBytes + CLOSE.length))
        at = 0
      }
      if (emitted > 0) chunk[at++] = COMMA
      chunk.set(head, at)
      at += head.length
      chunk.set(date, at)
      at += date.length
      chunk.set(tail, at)
      at += tail.length
      if (++emitted >= max) break
    }
    if (emitted >= max) break
  }
  if (at + CLOSE.length > chunk.length) {
    yield chunk.subarray(0, at)
    chunk = new Uint8Array(CLOSE.length)
    at = 0
  }
  chunk.set(CLOSE, at)
  yield chunk.subarray(0, at + CLOSE.length)
}

const getDailyResourcing: SdHandler<'getDailyResourcing'> = (ctx) => {
  const guests = includesGuests(ctx.query.includeGuestUsers)
  const fields = parseCustomFields(ctx.query.customFields)
  const { state } = ctx
  // A snapshot: bookings added or deleted while a long response streams do not tear it.
  const bookings = state.bookings.all()
  const shown = (b: BookingRecord) => {
    const user = state.users.get(b.userId)
    return user !== undefined && (guests || !user.guest) && bookingDays(b) > 0
  }
  // No row at all → 400 "No data." (003 lines 224, 253-255), decided before the 200 starts streaming.
  if (!bookings.some(shown)) refuse(MESSAGES.noData)
  return streamJson(200, dailyResourcingChunks(state, bookings, { guests, fields }))
}

export const dailyResourcingHandlers = sdHandlers({ getDailyResourcing })
