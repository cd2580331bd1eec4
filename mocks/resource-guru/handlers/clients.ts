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
  type AccountCtx,
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

/** A client or a project: soft-deletable, stamped with who last changed it and when, with its own URL. */
export interface AccountRecord extends SoftDeletable {
  updated_at?: string
  last_updated_by?: number
  url?: string
}

/** Normalises a colour to the response form (`#` prefix); 001: "responses include the #". */
export const toColor = (value: string | null | undefined): string | null | undefined =>
  value === undefined || value === null ? value : value.startsWith('#') ? value : `#${value}`

/**
 * The handlers clients and projects share, each typed by the two operations it serves, and the steps their creates
 * and updates share (each keeps its own body's fields).
 */
export function softDeleteHandlers<T extends AccountRecord>(
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
  /** The keys of a new record after its own (in the wire order): created and updated now, not deleted, no URL yet. */
  const stamps = (ctx: Ctx) => {
    const now = nowIso(ctx.clock)
    const userId = principalOf(ctx).userId
    return { created_at: now, updated_at: now, last_updated_by: userId, deleted: false, deleted_at: null, url: '' }
  }
  /** A record just inserted: its URL (now that it has an id), the `create` webhook payload, and 201 with Location. */
  const added = (ctx: AccountCtx, record: T): MockResponse => {
    const data = acct(ctx)
    const collection = pick(data)
    const saved = collection.update(record.id, {
      url: `${ctx.baseUrl}/v1/${data.account.subdomain}/${event}/${record.id}`,
    } as Partial<T>)
    queueWebhookPayloads(ctx, data, event, type, 'create', saved)
    return created(ctx, collection, saved, event)
  }
  /**
   * An update of the fields sent: stamped with the time and the user, then the `update` webhook payload (the stored
   * record), and the answer: the record as stored, or as `answer` presents it.
   */
  const edited = (
    ctx: AccountCtx,
    current: T,
    changes: Partial<T>,
    answer: (saved: T) => MockResponse = (saved) => one(pick(acct(ctx)), saved),
  ): MockResponse => {
    const data = acct(ctx)
    const collection = pick(data)
    const saved = collection.update(current.id, {
      ...changes,
      updated_at: nowIso(ctx.clock),
      last_updated_by: principalOf(ctx).userId,
    } as Partial<T>)
    queueWebhookPayloads(ctx, data, event, type, 'update', saved)
    return answer(saved)
  }
  return { listActive, listArchived, get, remove, live, stamps, added, edited }
}

const clients = softDeleteHandlers((d) => d.clients, 'clients', 'client')

const createClient: RgHandler<'createClient'> = (ctx) => {
  const body = ctx.body
  const client = acct(ctx).clients.insert({
    archived: body.archived ?? false,
    color: toColor(body.color) ?? null,
    name: body.name,
    notes: body.notes ?? null,
    creator_id: principalOf(ctx).userId,
    ...clients.stamps(ctx),
  })
  return clients.added(ctx, client)
}

const updateClient: RgHandler<'updateClient'> = (ctx) => {
  const current = clients.live(acct(ctx).clients, idOf(ctx))
  const body = ctx.body
  return clients.edited(ctx, current, {
    ...sentFields(body, ['name', 'notes', 'archived']),
    ...(body.color !== undefined ? { color: toColor(body.color) ?? null } : {}),
  })
}

export const clientHandlers = rgHandlers({
  listClients: clients.listActive,
  listArchivedClients: clients.listArchived,
  getClient: clients.get,
  createClient,
  updateClient,
  deleteClient: clients.remove,
})
