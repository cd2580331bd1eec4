/**
 * Resources (000 lines 89-96, 209-237): each in groups through `owner` (group ids). Renaming a resource renames it in
 * its events' `owner_names_simple`; deleting one takes it off every event (inferred: events outlive their resources).
 */
import { siHandlers, type Schemas, type SiHandler } from '../common.ts'
import { RESOURCES, affected, deleted, getRecord, listRecords, requireRecord } from '../data-sets.ts'
import {
  blankRecord,
  MAIN_WORKSPACE,
  RESOURCE_FIELDS,
  idsOf,
  now,
  ownerNames,
  wrapIds,
  type ResourceRecord,
  type SiState,
} from '../state.ts'
import { ownerList, posted } from './form.ts'

/** The posted fields over `base`. A create's form (`ResourceCreate`) is an update's with `name` required. */
function apply(
  state: SiState,
  base: Omit<ResourceRecord, 'id'>,
  form: Schemas['ResourceUpdate'],
): Omit<ResourceRecord, 'id'> {
  const next = { ...base, ...posted(form) }
  const owner = ownerList(form, state.groups, 'group')
  if (owner !== undefined) next.owner = owner
  next.date_modified = now(state.clock)
  return next
}

/** Refreshes `owner` and `owner_names_simple` of the events tagged with a resource (date_modified unchanged: inferred). */
function refreshEvents(state: SiState, resourceId: number, removed: boolean): void {
  for (const event of state.events.filter((e) => idsOf(e.owner).includes(resourceId))) {
    const owner = removed ? wrapIds(idsOf(event.owner).filter((id) => id !== resourceId)) : event.owner
    state.events.update(event.id, { owner, owner_names_simple: ownerNames(state.resources, owner) })
  }
}

/** GET /api/resources */
const listResources: SiHandler<'listResources'> = (ctx) =>
  ctx.json(200, { _embedded: { resources: { _embedded: { data: listRecords(RESOURCES, ctx) } } } })

/** GET /api/resources/{id} */
const getResource: SiHandler<'getResource'> = (ctx) => getRecord(RESOURCES, ctx)

/** POST /api/resources — "Add a new Resource" (000 lines 209-237). */
const createResource: SiHandler<'createResource'> = (ctx) => {
  const form = ctx.body
  const base = { ...blankRecord(RESOURCE_FIELDS), price: '0', workspace: MAIN_WORKSPACE }
  const record = ctx.state.resources.insert(apply(ctx.state, base, form))
  return ctx.json(200, affected(RESOURCES, ctx.state, record, Object.keys(form)))
}

/** POST /api/resources/{id} — partial update (third-party). */
const updateResource: SiHandler<'updateResource'> = (ctx) => {
  const form = ctx.body
  const { id, ...rest } = requireRecord(RESOURCES, ctx, ctx.state.resources)
  const record = ctx.state.resources.update(id, { ...apply(ctx.state, rest, form), id })
  if (form.name !== undefined) refreshEvents(ctx.state, id, false)
  return ctx.json(200, affected(RESOURCES, ctx.state, record, Object.keys(form)))
}

/** DELETE /api/resources/{id} (000 lines 259-265). */
const deleteResource: SiHandler<'deleteResource'> = (ctx) => {
  const { id } = requireRecord(RESOURCES, ctx, ctx.state.resources)
  ctx.state.resources.delete(id)
  refreshEvents(ctx.state, id, true)
  return ctx.json(200, deleted(RESOURCES, id))
}

export const resourceHandlers = siHandlers({
  listResources,
  getResource,
  createResource,
  updateResource,
  deleteResource,
})
