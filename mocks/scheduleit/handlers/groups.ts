/** Groups (000 lines 98-101, 239-256). Deleting a group takes it out of its resources' `owner` lists (inferred). */
import { siHandlers, type SiHandler } from '../common.ts'
import { GROUPS, affected, deleted, getRecord, listRecords, requireRecord } from '../data-sets.ts'
import { MAIN_WORKSPACE, idsOf, now, wrapIds, type GroupRecord } from '../state.ts'
import { posted } from './form.ts'

/** GET /api/groups */
const listGroups: SiHandler<'listGroups'> = (ctx) =>
  ctx.json(200, { _embedded: { groups: { _embedded: { data: listRecords(GROUPS, ctx) } } } })

/** GET /api/groups/{id} */
const getGroup: SiHandler<'getGroup'> = (ctx) => getRecord(GROUPS, ctx)

/** POST /api/groups — "Create a new group by posting to…" (000 lines 174, 239-256). */
const createGroup: SiHandler<'createGroup'> = (ctx) => {
  const form = ctx.body
  const base: Omit<GroupRecord, 'id'> = {
    name: '',
    color_back: '#FFFFFF',
    positionv: '0',
    min_resources: '0',
    max_resources: '0',
    hide_from_main: '0',
    hide_from_event: '0',
    workspace: MAIN_WORKSPACE,
    date_modified: '',
  }
  const record = ctx.state.groups.insert({ ...base, ...posted(form), date_modified: now(ctx.clock) })
  return ctx.json(200, affected(GROUPS, ctx.state, record, Object.keys(form)))
}

/** POST /api/groups/{id} — partial update (third-party). */
const updateGroup: SiHandler<'updateGroup'> = (ctx) => {
  const form = ctx.body
  const { id } = requireRecord(GROUPS, ctx, ctx.state.groups)
  const record = ctx.state.groups.update(id, { ...posted(form), date_modified: now(ctx.clock) })
  return ctx.json(200, affected(GROUPS, ctx.state, record, Object.keys(form)))
}

/** DELETE /api/groups/{id} (000 lines 259-265). */
const deleteGroup: SiHandler<'deleteGroup'> = (ctx) => {
  const { id } = requireRecord(GROUPS, ctx, ctx.state.groups)
  ctx.state.groups.delete(id)
  for (const resource of ctx.state.resources.filter((r) => idsOf(r.owner).includes(id))) {
    ctx.state.resources.update(resource.id, { owner: wrapIds(idsOf(resource.owner).filter((g) => g !== id)) })
  }
  return ctx.json(200, deleted(GROUPS, id))
}

export const groupHandlers = siHandlers({ listGroups, getGroup, createGroup, updateGroup, deleteGroup })
