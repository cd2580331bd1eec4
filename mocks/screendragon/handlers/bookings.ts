/**
 * Resource bookings: list (003 lines 6-51), add (52-115), amend (116-176) and delete (177-210).
 */
import { empty, rawJson, streamJson } from '../../../src/core/responses.ts'
import { MESSAGES, principalOf, refuse, sdHandlers, type Ctx, type SdHandler } from '../common.ts'
import {
  capacity,
  hasCurrentRole,
  insertBooking,
  removeBooking,
  type BookingRecord,
  type ResourceEvent,
  type SdState,
  type User,
} from '../state.ts'
import { jsonChunks } from '../../../src/core/json-chunks.ts'
import { DAY_MS, dayOf, parseDay, parseIsoTime, workingDaysBetween } from '../time.ts'
import type { BookingBody } from '../types.ts'

/** The documented `BookingCTO` of a saved booking (its type checked by `ctx.json` at each call). */
const cto = (b: BookingRecord) => ({ taskID: b.taskId, bookingID: b.id })

// ── List ─────────────────────────────────────────────────────────────────────────────────────────────────────

function dayParameter(ctx: Ctx, name: 'startDate' | 'endDate'): number | undefined {
  const value = ctx.query[name]
  if (value === undefined) return undefined
  const day = parseDay(String(value))
  if (day === undefined) refuse(`${name} "${String(value)}" is not a date: use YYYY-MM-DD`)
  return day
}

/** GET /api/resource — filters combine; 0 means all (003 lines 23-24); nothing matching → 400 "No data." (26). */
const listResourceBookings: SdHandler<'listResourceBookings'> = (ctx) => {
  const from = dayParameter(ctx, 'startDate')
  const to = dayParameter(ctx, 'endDate')
  const project = Number(ctx.query.project ?? 0)
  const user = Number(ctx.query.user ?? 0)
  const { bookings } = ctx.state
  // "Show bookings starting from this date" / "ending by this date" (003 lines 14-15).
  const found = bookings.filter(
    (b) =>
      (project === 0 || b.projectId === project) &&
      (user === 0 || b.userId === user) &&
      (from === undefined || dayOf(b.start) >= from) &&
      (to === undefined || dayOf(b.end) <= to),
  )
  if (found.length === 0) refuse(MESSAGES.noData)
  // A seeded data set of a million rows has ~100,000 bookings: past the threshold the list is streamed too.
  if (found.length > ctx.options.listStreamThreshold) {
    return streamJson(
      200,
      jsonChunks(
        '[',
        (function* () {
          for (const b of found) yield JSON.stringify(bookings.present(b))
        })(),
        ']',
      ),
    )
  }
  return rawJson(200, bookings.jsonArrayBytes(found))
}

// ── Add and amend: the shared rules ─────────────────────────────────────────────────────────────────────────

interface Resolved {
  user: User
  event: ResourceEvent
  start: number
  end: number
  hoursPerDay: number
}

/** 003 line 87: "The user identifier can be a user ID, username, or email" as `identifierType` says (default userid). */
function resolveUser(state: SdState, identifier: string, type: BookingBody['identifierType']): User | undefined {
  const wanted = identifier.trim().toLowerCase()
  if (type === 'username') return [...state.users.values()].find((u) => u.username.toLowerCase() === wanted)
  if (type === 'email') return [...state.users.values()].find((u) => u.email.toLowerCase() === wanted)
  return /^\d+$/.test(wanted) ? state.users.get(Number(wanted)) : undefined
}

/** 003 lines 88-89: the event by its internal node (i_node, the default) or its name. */
function resolveEvent(
  state: SdState,
  identifier: string,
  type: BookingBody['eventIdentifierType'],
): ResourceEvent | undefined {
  const wanted = identifier.trim()
  if (type === 'name') return [...state.events.values()].find((e) => e.name.toLowerCase() === wanted.toLowerCase())
  return /^\d+$/.test(wanted) ? state.events.get(Number(wanted)) : undefined
}

/**
 * Checks a booking body in the documented order of concerns and returns what to store. `noData` is the operation's
 * own spelling ("No Data." on add, "No data." on amend).
 */
function resolve(ctx: Ctx, body: BookingBody, noData: string): Resolved {
  const start = parseIsoTime(body.startTime)
  const end = parseIsoTime(body.endTime)
  if (start === undefined || end === undefined) refuse(MESSAGES.unparseable)
  const user = resolveUser(ctx.state, String(body.user), body.identifierType ?? 'userid')
  if (!user) refuse(MESSAGES.noSuchUser)
  const today = dayOf(ctx.clock.now())
  // 003 line 93: "Permission checks are performed based on the user's role and active status."
  if (!hasCurrentRole(user, today)) refuse(MESSAGES.noCurrentRole)
  const event = resolveEvent(ctx.state, String(body.resourceEvent), body.eventIdentifierType ?? 'i_node')
  if (!event) refuse(MESSAGES.noSuchEvent)
  // Offsets were applied when parsing (003 line 153), so the comparison is between instants.
  if (end < start) refuse(MESSAGES.dateRange)
  // 003 line 91: without retrospectiveBooking=true, no booking for past dates (today is not past).
  if (ctx.query.retrospectiveBooking !== true && dayOf(start) < today) refuse(MESSAGES.past)
  // 003 lines 92, 156: hoursPerDay is capped by available hours × FTE, and defaults to the available hours.
  const cap = capacity(user)
  const hoursPerDay = body.hoursPerDay === undefined ? cap : Math.min(body.hoursPerDay, cap)
  // Nothing to book (no working day in the period, or no hours): the table's "No data" (inferred trigger).
  if (hoursPerDay <= 0 || workingDaysBetween(dayOf(start), dayOf(end)) === 0) refuse(noData)
  return { user, event, start, end, hoursPerDay }
}

const overlaps = (b: BookingRecord, r: Resolved): boolean =>
  b.userId === r.user.id && b.eventId === r.event.id && dayOf(b.start) <= dayOf(r.end) && dayOf(r.start) <= dayOf(b.end)

/** POST /api/resource/booking */
const addResourceBooking: SdHandler<'addResourceBooking'> = (ctx) => {
  const body = ctx.body
  // 003 line 79; which clients lack a configuration is the mock's inference: one without a system user (NOTES.md).
  if (principalOf(ctx)?.configured === false) refuse(MESSAGES.clientConfiguration)
  // 003 lines 89-90: "If taskID is greater than 0, the request is rejected to prevent duplicate bookings."
  if ((body.taskID ?? 0) > 0) refuse(MESSAGES.duplicate)
  const r = resolve(ctx, body, MESSAGES.noDataAdd)
  // 003 line 78: the same user on the same event for an overlapping period is a duplicate (inferred definition).
  if (ctx.state.bookings.all().some((b) => overlaps(b, r))) refuse(MESSAGES.duplicate)
  const record = insertBooking(ctx.state, {
    ...resolvedFields(r),
    comment: body.comment ?? null,
    timesheet: body.timesheet ?? false, // 003 line 93: "the booking is marked accordingly"
    savedAt: ctx.clock.now(),
  })
  return ctx.json(200, cto(record))
}

/** The booking fields that follow from a resolved request: who, what, when, how many hours, at which role and rate. */
function resolvedFields(r: ReturnType<typeof resolve>) {
  return {
    userId: r.user.id,
    eventId: r.event.id,
    projectId: r.event.projectId,
    start: r.start,
    end: r.end,
    hoursPerDay: r.hoursPerDay,
    role: r.user.role?.name ?? '',
    costRate: r.user.role?.costRate ?? 0,
  }
}

/** PUT (and POST) /api/resource/booking/{taskId}: the path's task governs; the body's taskID is ignored. */
const amendResourceBooking: SdHandler<'amendResourceBooking'> = (ctx) => {
  const taskId = ctx.params.taskId
  const bookingId = ctx.state.tasks.get(taskId)
  if (bookingId === undefined) refuse(MESSAGES.invalidTask) // 003 line 144
  const body = ctx.body
  const r = resolve(ctx, body, MESSAGES.noData)
  const saved = ctx.state.bookings.update(bookingId, (current) => ({
    ...current,
    ...resolvedFields(r),
    comment: body.comment === undefined ? current.comment : body.comment,
    timesheet: body.timesheet ?? current.timesheet,
    savedAt: ctx.clock.now(),
  }))
  return ctx.json(200, cto(saved))
}

// ── Delete ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * DELETE /api/resource/booking — by booking (default), task or project (003 lines 196-203; default per the Help
 * page). Unknown → 404 "No such booking exists."; 200 with no body.
 */
const deleteResourceBooking: SdHandler<'deleteResourceBooking'> = (ctx) => {
  const { state } = ctx
  const id = ctx.query.id
  const type = ctx.query.identifierType ?? 'booking'
  if (type === 'booking' || type === 'task') {
    const bookingId = type === 'booking' ? id : state.tasks.get(id)
    const record = bookingId === undefined ? undefined : state.bookings.get(bookingId)
    if (!record) refuse(MESSAGES.noSuchBooking, 404)
    removeBooking(state, record)
    return empty(200)
  }
  const ofProject = state.bookings.filter((b) => b.projectId === id)
  if (!state.projects.has(id) && ofProject.length === 0) refuse(MESSAGES.noSuchBooking, 404)
  // 003 line 203: the cut-off applies only with hasCutOff=true and a valid cutOffDate; an invalid one is ignored.
  const cut = ctx.query.hasCutOff === true ? parseDay(String(ctx.query.cutOffDate ?? '')) : undefined
  let changed = 0
  for (const b of ofProject) {
    if (cut === undefined || dayOf(b.start) >= cut) {
      removeBooking(state, b)
      changed++
    } else if (dayOf(b.end) >= cut) {
      // Running across the cut-off: it now ends the day before, at its usual time (inferred).
      state.bookings.update(b.id, {
        end: Math.max(b.start, (cut - 1) * DAY_MS + (b.end % DAY_MS)),
        savedAt: ctx.clock.now(),
      })
      changed++
    }
  }
  // The project exists but nothing of it is on or after the cut-off (or it has no booking): "No data" (inferred).
  if (changed === 0) refuse(MESSAGES.noData)
  return empty(200)
}

export const bookingHandlers = sdHandlers({
  listResourceBookings,
  addResourceBooking,
  amendResourceBooking,
  amendResourceBookingViaPost: amendResourceBooking,
  deleteResourceBooking,
})
