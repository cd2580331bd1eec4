/**
 * Clients and projects share their list semantics (001 "Clients", "Projects"): active lists default to 50 records,
 * `limit=0` means all, and `includeArchived=1` / `includeDeleted=1` add those records and make the server ignore
 * limit and offset. Deleting soft-deletes: the record is 404 afterwards but still listed with `includeDeleted=1`.
 */
import { MockError } from '../../../src/core/errors.ts'
import type { MockResponse } from '../../../src/core/types.ts'
import type { Collection } from '../../../src/store/collection.ts'
import {
  acct,
  created,
  flag,
  idOf,
  list,
  noContent,
  one,
  page,
  principalOf,
  rgHandlers,
  sentFields,
  type Ctx,
  type RgHandler,
  type SharedCtx,
} from '../common.ts'
import { queueWebhookPayloads } from './webhooks.ts'
import { nowIso, type AccountData } from '../state.ts'

export interface SoftDeletable {
  id: number
  archived?: boolean
  deleted?: boolean
  deleted_at?: string | null
}

/** Normalises a colour to the response form (`#` prefix); 001: "responses include the #". */
export const toColor = (value: string | null | undefined): string | null | undefined =>
  value === undefined || value === null ? value : value.startsWith('#') ? value : `#${value}`

/** The handlers clients and projects share, each typed by the two operations it serves. */
export function softDeleteHandlers<T extends SoftDeletable>(
  pick: (data: AccountData) => Collection<T>,
  event: 'clients' | 'projects',
  type: string,
) {
  const live = (collection: Collection<T>, id: number): T => {
    const record = collection.require(id)
    // A deleted record answers exactly like one that never existed.
    if (record.deleted) throw new MockError('not_found', `${collection.label} ${id} was not found`)
    return record
  }
  const listActive = (ctx: SharedCtx<'listClients' | 'listProjects'>): MockResponse => {
    const collection = pick(acct(ctx))
    const archived = flag(ctx.query.includeArchived, false)
    const deleted = flag(ctx.query.includeDeleted, false)
    const found = collection.filter((r) => (archived || !r.archived) && (deleted || !r.deleted))
    return list(collection, archived || deleted ? found : page(ctx, found))
  }
  const listArchived = (ctx: SharedCtx<'listArchivedClients' | 'listArchivedProjects'>): MockResponse => {
    const collection = pick(acct(ctx))
    return list(
      collection,
      page(
        ctx,
        collection.filter((r) => r.archived === true && !r.deleted),
      ),
    )
  }
  const get = (ctx: SharedCtx<'getClient' | 'getProject'>): MockResponse => {
    const collection = pick(acct(ctx))
    return one(collection, live(collection, idOf(ctx)))
  }
  const remove = (ctx: SharedCtx<'deleteClient' | 'deleteProject'>): MockResponse => {
    const collection = pick(acct(ctx))
    const record = live(collection, idOf(ctx))
    const saved = collection.update(record.id, {
      deleted: true,
      deleted_at: nowIso(ctx.clock).slice(0, 10),
    } as Partial<T>)
    queueWebhookPayloads(ctx, acct(ctx), event, type, 'delete', saved)
    return noContent()
  }
  return { listActive, listArchived, get, remove, live }
}

const clients = softDeleteHandlers((d) => d.clients, 'clients', 'client')

function stamp(ctx: Ctx) {
  const now = nowIso(ctx.clock)
  return { now, userId: principalOf(ctx).userId }
}

const createClient: RgHandler<'createClient'> = (ctx) => {
  const data = acct(ctx)
  const body = ctx.body
  const { now, userId } = stamp(ctx)
  const client = data.clients.insert({
    archived: body.archived ?? false,
    color: toColor(body.color) ?? null,
    name: body.name,
    notes: body.notes ?? null,
    creator_id: userId,
    created_at: now,
    updated_at: now,
    last_updated_by: userId,
    deleted: false,
    deleted_at: null,
    url: '',
  })
  const saved = data.clients.update(client.id, {
    url: `${ctx.baseUrl}/v1/${data.account.subdomain}/clients/${client.id}`,
  })
  queueWebhookPayloads(ctx, data, 'clients', 'client', 'create', saved)
  return created(ctx, data.clients, saved, 'clients')
}

const updateClient: RgHandler<'updateClient'> = (ctx) => {
  const data = acct(ctx)
  const current = clients.live(data.clients, idOf(ctx))
  const body = ctx.body
  const { now, userId } = stamp(ctx)
  const saved = data.clients.update(current.id, {
    ...sentFields(body, ['name', 'notes', 'archived']),
    ...(body.color !== undefined ? { color: toColor(body.color) ?? null } : {}),
    updated_at: now,
    last_updated_by: userId,
  })
  queueWebhookPayloads(ctx, data, 'clients', 'client', 'update', saved)
  return one(data.clients, saved)
}

export const clientHandlers = rgHandlers({
  listClients: clients.listActive,
  listArchivedClients: clients.listArchived,
  getClient: clients.get,
  createClient,
  updateClient,
  deleteClient: clients.remove,
})
