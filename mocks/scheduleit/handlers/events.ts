/**
 * Events (000 lines 62-112, 180-207): list and search, get one, create and update by form POST, delete. Events are
 * tagged with resources through `owner`, read back wrapped in commas with the resources' names in
 * `owner_names_simple`.
 */
import { siHandlers, type Schemas, type SiHandler } from '../common.ts'
import { EVENTS, affected, deleted, getRecord, listRecords, requireRecord } from '../data-sets.ts'
import { minutesBetween, newEvent, now, ownerNames, type EventRecord, type SiState } from '../state.ts'
import { dateTime, invalid, ownerList, posted } from './form.ts'

/**
 * Checks and normalises the posted fields over `base` (the current event, or the defaults of a new one). A create's
 * form (`EventCreate`) is an update's with `title` required, so both arrive as `EventUpdate`.
 */
function apply(state: SiState, base: Omit<EventRecord, 'id'>, form: Schemas['EventUpdate']): Omit<EventRecord, 'id'> {
  const next = { ...base, ...posted(form) }
  const owner = ownerList(form, state.resources, 'resource')
  if (owner !== undefined) next.owner = owner
  const start = dateTime(form, 'date_start')
  const end = dateTime(form, 'date_end')
  if (start !== undefined) next.date_start = start
  if (end !== undefined) next.date_end = end
  // A start without an end lasts no time; an end needs a start (inferred).
  if (start && end === undefined && (next.date_end === '' || next.date_end < start)) next.date_end = start
  if (next.date_end !== '' && next.date_start === '')
    invalid('date_end needs a date_start: send both, or neither for an event with no date')
  if (next.date_end < next.date_start) invalid(`date_end ${next.date_end} is before date_start ${next.date_start}`)
  next.owner_names_simple = ownerNames(state.resources, next.owner)
  next.date_start_utc = next.date_start
  next.workingduration = minutesBetween(next.date_start, next.date_end)
  next.date_modified = now(state.clock)
  return next
}

/** GET /api/events */
const listEvents: SiHandler<'listEvents'> = (ctx) =>
  ctx.json(200, { _embedded: { events: { _embedded: { data: listRecords(EVENTS, ctx) } } } })

/** GET /api/events/{id} */
const getEvent: SiHandler<'getEvent'> = (ctx) => getRecord(EVENTS, ctx)

/** POST /api/events — "Add a new Event" (000 lines 180-207). */
const createEvent: SiHandler<'createEvent'> = (ctx) => {
  const form = ctx.body
  const record = ctx.state.events.insert(apply(ctx.state, newEvent(), form))
  return ctx.json(200, affected(EVENTS, ctx.state, record, Object.keys(form)))
}

/** POST /api/events/{id} — "Update an existing event with the ID of 1234" (000 line 177): only posted fields change. */
const updateEvent: SiHandler<'updateEvent'> = (ctx) => {
  const form = ctx.body
  const current = requireRecord(EVENTS, ctx, ctx.state.events)
  const { id, ...rest } = current
  const record = ctx.state.events.update(id, { ...apply(ctx.state, rest, form), id })
  return ctx.json(200, affected(EVENTS, ctx.state, record, Object.keys(form)))
}

/** DELETE /api/events/{id} (000 lines 259-265). */
const deleteEvent: SiHandler<'deleteEvent'> = (ctx) => {
  const { id } = requireRecord(EVENTS, ctx, ctx.state.events)
  ctx.state.events.delete(id)
  return ctx.json(200, deleted(EVENTS, id))
}

export const eventHandlers = siHandlers({ listEvents, getEvent, createEvent, updateEvent, deleteEvent })
