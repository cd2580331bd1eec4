/** Projects (001 "Projects", 3096-3404): same list and delete semantics as clients; `client_id` must exist. */
import { acct, idOf, principalOf, requireRecord, rgHandlers, sentFields, type RgHandler } from '../common.ts'
import type { AccountData } from '../state.ts'
import type { Project } from '../types.ts'
import { softDeleteHandlers, toColor } from './clients.ts'

const projects = softDeleteHandlers((d) => d.projects, 'projects', 'project')

const createProject: RgHandler<'createProject'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  requireRecord(data.clients, body.client_id, 'client_id')
  const project = data.projects.insert({
    archived: body.archived ?? false,
    creator_id: principalOf(ctx).userId,
    color: toColor(body.color) ?? null,
    name: body.name,
    project_code: body.project_code ?? null,
    notes: body.notes ?? null,
    default_billable: body.default_billable ?? true,
    ...projects.stamps(ctx),
    account_id: data.account.id,
    client_id: body.client_id ?? null,
  })
  return projects.added(ctx, project)
}

const updateProject: RgHandler<'updateProject'> = (ctx) => {
  const data = acct(ctx)
  const current = projects.live(data.projects, idOf(ctx))
  const body = ctx.body
  requireRecord(data.clients, body.client_id, 'client_id')
  const changes: Partial<Project> = sentFields(body, [
    'name',
    'project_code',
    'notes',
    'default_billable',
    'archived',
    'client_id',
  ])
  if (body.color !== undefined) changes.color = toColor(body.color) ?? null
  // Answered as Get project answers: the spec's Update project example nests `account` and `client` too.
  return projects.edited(ctx, current, changes, (saved) => ctx.json(200, nested(data, saved)))
}

/**
 * The legacy Get project object (inventory §9), as the spec's Get and Update project examples: nested `account` and
 * `client` ({id, name, url}; `client` left out when there is none) instead of the list items' ids. 001 agrees for the
 * client: `client_id` is "Returned by create but not by get". Create and the lists keep the ids.
 */
function nested(data: AccountData, record: Project): Project {
  const { account_id: _accountId, client_id: clientId, ...project } = record
  const client = clientId === null || clientId === undefined ? undefined : data.clients.get(clientId)
  return {
    ...project,
    account: { id: data.account.id, name: data.account.name, url: data.account.url ?? '' },
    ...(client ? { client: { id: client.id, name: client.name, url: client.url ?? '' } } : {}),
  }
}

const getProject: RgHandler<'getProject'> = (ctx) => {
  const data = acct(ctx)
  return ctx.json(200, nested(data, projects.live(data.projects, idOf(ctx))))
}

export const projectHandlers = rgHandlers({
  listProjects: projects.listActive,
  listArchivedProjects: projects.listArchived,
  getProject,
  createProject,
  updateProject,
  deleteProject: projects.remove,
})
