/**
 * Calendars (001 "Calendars", 5264-5440): calendar subscriptions are connected in the app, not through the API, so
 * the API lists, reads, updates (which incoming calendars sync) and deletes (disconnects) them, and lists the events
 * synchronised from them.
 */
import { acct, idOf, invalid, list, noContent, one, rgHandlers, type RgHandler } from '../common.ts'

const listCalendars: RgHandler<'listCalendars'> = (ctx) => {
  const data = acct(ctx)
  return list(data.calendars, data.calendars.all())
}

/**
 * The vendor documents no field of an external event (001 sample `[]`), so the mock's events carry none to filter on:
 * `start_date` / `end_date` are validated and otherwise have no effect (inferred, see NOTES.md).
 */
const listExternalEvents: RgHandler<'listExternalEvents'> = (ctx) => {
  const data = acct(ctx)
  // Events come from calendar subscriptions: with every calendar disconnected there is nothing synchronised.
  return list(data.externalEvents, data.calendars.size === 0 ? [] : data.externalEvents.all())
}

const getCalendar: RgHandler<'getCalendar'> = (ctx) => {
  const data = acct(ctx)
  return one(data.calendars, data.calendars.require(idOf(ctx)))
}

/** PUT: `incoming_calendar_subscriptions[]` of `{calendar_id, sync}` (001 5381-5395) set `sync` on incoming calendars. */
const updateCalendar: RgHandler<'updateCalendar'> = (ctx) => {
  const data = acct(ctx)
  const current = data.calendars.require(idOf(ctx))
  const body = ctx.body
  const sync = new Map<number, boolean>()
  for (const s of body.incoming_calendar_subscriptions) {
    if (!current.incoming_calendars.some((c) => c.id === s.calendar_id))
      invalid(`calendar_id ${s.calendar_id} is not an incoming calendar of calendar ${current.id}`)
    sync.set(s.calendar_id, s.sync)
  }
  const saved = data.calendars.update(current.id, {
    incoming_calendars: current.incoming_calendars.map((c) =>
      c.id !== undefined && sync.has(c.id) ? { ...c, sync: sync.get(c.id) } : c,
    ),
  })
  return one(data.calendars, saved)
}

/** 001 5424: "Disconnects and deletes a specific calendar". */
const deleteCalendar: RgHandler<'deleteCalendar'> = (ctx) => {
  const data = acct(ctx)
  data.calendars.delete(data.calendars.require(idOf(ctx)).id)
  return noContent()
}

export const calendarHandlers = rgHandlers({
  listCalendars,
  listExternalEvents,
  getCalendar,
  updateCalendar,
  deleteCalendar,
})
