/** Events (5 operations, 002 lines 5227-5496). */
import {
  audience,
  type Ctx,
  type CtxWithParams,
  dateTimeValue,
  find,
  invalid,
  pwHandlers,
  requireFields,
  stamp,
  strings,
} from '../common.ts'
import { added, one, removed, updated } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import type { EventRec } from '../records.ts'
import { eventView } from '../views.ts'

const event = (ctx: CtxWithParams<{ eventid: number }>): EventRec => find(ctx.state.events, ctx.params.eventid)

/** Assigned Staff Contacts: ids, `me`, or `all` = all staff (002 line 5373). */
function staffOf(ctx: Ctx, value: unknown): number[] {
  const who = audience(ctx, value, 'contacts')
  return who === 'all' ? ctx.state.contacts.filter((c) => c.type === 'staff' && !c.pending).map((c) => c.id) : who
}

function checkTimes(start: string, end: string): void {
  if (end < start) invalid("'endtime' must not be before 'starttime'")
}

export const eventHandlers = pwHandlers({
  /** View Events (002 line 5227). */
  listEvents(ctx) {
    const details = ctx.query.contactdetails === true
    const events = list(ctx, {
      records: ctx.state.events.all(),
      filters: {
        contacts: f.contacts((e) => e.contactids),
        divisionid: f.equals((e) => e.divisionid, Number),
        ...f.dateRange<EventRec>('endtime', (e) => e.endtime),
        id: f.ids((e) => e.id),
        ...f.idRange(),
        ...f.dateTimeRange<EventRec>('lastmodified', (e) => e.lastmodified),
        searchdescription: f.text((e) => [e.description]),
        searchtitle: f.text((e) => [e.title]),
        ...f.dateRange<EventRec>('starttime', (e) => e.starttime),
      },
      sort: { id: (e) => e.id, title: (e) => e.title },
      view: (e) => eventView(ctx.state, e, details),
      key: 'events',
      entity: 'Event',
    })
    return ctx.json(200, events)
  },

  /** Add an Event (002 line 5357): `contacts` defaults to `me`; times are ISO 8601 or `now`. */
  addEvent(ctx) {
    const body = ctx.body
    requireFields(body, ['title', 'starttime', 'endtime'])
    const starttime = dateTimeValue(ctx, body.starttime)
    const endtime = dateTimeValue(ctx, body.endtime)
    checkTimes(starttime, endtime)
    const e = ctx.state.events.insert({
      title: body.title,
      description: typeof body.description === 'string' ? body.description : '',
      starttime,
      endtime,
      contactids: staffOf(ctx, body.contacts ?? 'me'), // the spec's default, which JSON bodies are not given
      lastmodified: stamp(ctx),
      divisionid: 1,
    })
    return ctx.json(201, added('Event', [{ id: e.id, title: e.title }]))
  },

  getEvent: (ctx) => ctx.json(200, one('event', eventView(ctx.state, event(ctx)))),

  /** Edit an Event (002 line 5444): partial. */
  editEvent(ctx) {
    const e = event(ctx)
    const body = ctx.body
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
    return ctx.json(200, updated('Event', e.id))
  },

  deleteEvent: (ctx) => ctx.json(200, removed(ctx.state.events, event(ctx).id)),
})
