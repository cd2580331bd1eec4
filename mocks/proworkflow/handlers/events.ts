/** Events (5 operations, 002 lines 5227-5496). */
import type { Handler } from '../../../src/core/plugin.ts'
import {
  added,
  audience,
  bodyOf,
  type Ctx,
  dateTimeValue,
  deleted,
  f,
  find,
  invalid,
  list,
  one,
  requireFields,
  stamp,
  strings,
  updated,
} from '../common.ts'
import type { EventRec } from '../records.ts'
import type { PwState } from '../state.ts'
import { eventView } from '../views.ts'

const event = (ctx: Ctx): EventRec => find(ctx.state.events, ctx.params.eventid)

/** Assigned Staff Contacts: ids, `me`, or `all` = all staff (002 line 5373). */
function staffOf(ctx: Ctx, value: unknown): number[] {
  const who = audience(ctx, value, 'contacts')
  return who === 'all' ? ctx.state.contacts.filter((c) => c.type === 'staff' && !c.pending).map((c) => c.id) : who
}

function checkTimes(start: string, end: string): void {
  if (end < start) invalid("'endtime' must not be before 'starttime'")
}

export const eventHandlers: Record<string, Handler<PwState>> = {
  /** View Events (002 line 5227). */
  listEvents(ctx) {
    const details = ctx.query.contactdetails === true
    return list(ctx, {
      records: ctx.state.events.all(),
      filters: {
        contacts: f.contacts((e) => e.contactids),
        divisionid: f.equals((e) => e.divisionid, Number),
        endtimefrom: f.date((e) => e.endtime, 'from'),
        endtimeto: f.date((e) => e.endtime, 'to'),
        id: f.ids((e) => e.id),
        idfrom: f.idFrom(),
        idto: f.idTo(),
        lastmodifiedfrom: f.dateTime((e) => e.lastmodified, 'from'),
        lastmodifiedto: f.dateTime((e) => e.lastmodified, 'to'),
        searchdescription: f.text((e) => [e.description]),
        searchtitle: f.text((e) => [e.title]),
        starttimefrom: f.date((e) => e.starttime, 'from'),
        starttimeto: f.date((e) => e.starttime, 'to'),
      },
      sort: { id: (e) => e.id, title: (e) => e.title },
      view: (e) => eventView(ctx.state, e, details),
      key: 'events',
      entity: 'Event',
    })
  },

  /** Add an Event (002 line 5357): `contacts` defaults to `me`; times are ISO 8601 or `now`. */
  addEvent(ctx) {
    const body = bodyOf(ctx)
    requireFields(body, ['title', 'starttime', 'endtime'])
    const starttime = dateTimeValue(ctx, body.starttime) as string
    const endtime = dateTimeValue(ctx, body.endtime) as string
    checkTimes(starttime, endtime)
    const e = ctx.state.events.insert({
      title: String(body.title),
      description: typeof body.description === 'string' ? body.description : '',
      starttime,
      endtime,
      contactids: staffOf(ctx, body.contacts ?? 'me'),
      lastmodified: stamp(ctx),
      divisionid: 1,
    })
    return added('Event', [{ id: e.id, title: e.title }])
  },

  getEvent: (ctx) => one('event', eventView(ctx.state, event(ctx))),

  /** Edit an Event (002 line 5444): partial. */
  editEvent(ctx) {
    const e = event(ctx)
    const body = bodyOf(ctx)
    const starttime = dateTimeValue(ctx, body.starttime) ?? e.starttime
    const endtime = dateTimeValue(ctx, body.endtime) ?? e.endtime
    checkTimes(starttime, endtime)
    ctx.state.events.update(e.id, {
      ...strings(body, ['title', 'description']),
      starttime,
      endtime,
      ...(body.contacts === undefined ? {} : { contactids: staffOf(ctx, body.contacts) }),
      lastmodified: stamp(ctx),
    })
    return updated('Event', e.id)
  },

  deleteEvent(ctx) {
    const e = event(ctx)
    ctx.state.events.delete(e.id)
    return deleted('Event', e.id)
  },
}
