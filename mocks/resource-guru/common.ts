/** Helpers shared by the Resource Guru handlers: account lookup, list/one/created responses, pagination, errors. */
import { MockError } from '../../src/core/errors.ts'
import {
  handlerGroup,
  type Handler,
  type HandlerContext,
  type PathParams,
  type Principal,
  type QueryParams,
  type UntypedOperation,
} from '../../src/core/plugin.ts'
import { empty, rawJson } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import type { Collection, Identified } from '../../src/store/collection.ts'
import { paginate, toCount } from '../../src/store/paginate.ts'
import type { operations } from '../../specs/resource-guru/openapi.gen.ts'
import type { RgOptions } from './defaults.ts'
import type { AccountData, RgState } from './state.ts'

/**
 * The operations the mock answers: the spec's `operations` less `receiveWebhookPayload`, which documents what Resource
 * Guru POSTs to a customer's webhook URL (OpenAPI `webhooks`), not a request the API serves.
 */
export type RgOperations = Omit<operations, 'receiveWebhookPayload'>

/** The context of any operation (for helpers several handlers share). */
export type Ctx = HandlerContext<RgState, UntypedOperation, RgOptions>

/** The context of an operation under `/v1/{account}/…` (a compile error for one without the account). */
export type AccountCtx = Ctx & { params: { account: string } }

/**
 * The handler of one operation, typed from the spec. One caveat when reading its body type: openapi-typescript types a
 * field with a `default` as always present, but the engine fills defaults only into parameters and form bodies (a JSON
 * body is validated as sent), so the handlers keep their `??` fallbacks for such fields.
 */
export type RgHandler<K extends keyof RgOperations> = Handler<RgState, RgOperations[K], RgOptions>

/** The declared query parameters of an operation, as validated (for helpers that filter by them). */
export type RgQuery<K extends keyof RgOperations> = QueryParams<RgOperations[K]>

/**
 * The context of one implementation shared by the operations `K` (e.g. the client and project lists): their path and
 * query parameters, typed from the spec. Each operation's own context is assignable to it, so the implementation is
 * checked against every operation it is registered for; `ctx.json` stays untyped (the operations' bodies differ).
 */
export type SharedCtx<K extends keyof RgOperations> = Ctx & {
  params: PathParams<RgOperations[K]>
  query: RgQuery<K>
}

/** Some of the handlers, each typed from its operation (see `defineHandlers` in index.ts for the whole set). */
export const rgHandlers = handlerGroup<RgOperations, RgState, RgOptions>()

export interface RgPrincipal extends Principal {
  userId: number
  clientId: string | undefined
}

/** The account of `/v1/{account}/...` (existence and access were checked in `beforeHandle`). */
export function acct(ctx: AccountCtx): AccountData {
  const data = ctx.state.accounts.get(ctx.params.account)
  if (!data) throw new MockError('not_found', `Account "${ctx.params.account}" was not found`)
  return data
}

export const principalOf = (ctx: Ctx): RgPrincipal => ctx.principal as RgPrincipal

/** The `{id}` path parameter (a compile error for an operation without one). */
export const idOf = (ctx: { params: { id: number } }): number => ctx.params.id

/** Offset pagination with the endpoint's default limit; `limit=0` means all (001: "0 = no limit"). */
export function page<T>(ctx: Ctx, items: readonly T[]): readonly T[] {
  return paginate(items, { limit: toCount(ctx.query.limit), offset: toCount(ctx.query.offset), zeroMeansAll: true })
}

export const list = <T extends Identified>(collection: Collection<T>, records: readonly T[]): MockResponse =>
  rawJson(200, collection.jsonArrayBytes(records))

export const one = <T extends Identified>(
  collection: Collection<T>,
  record: T,
  status = 200,
  headers: Record<string, string> = {},
): MockResponse => rawJson(status, collection.bytes(record), headers)

/** 201 with `Location`, as the legacy docs describe creates. */
export const created = <T extends Identified>(
  ctx: AccountCtx,
  collection: Collection<T>,
  record: T,
  path: string,
): MockResponse =>
  one(collection, record, 201, { location: `${ctx.baseUrl}/v1/${ctx.params.account}/${path}/${record.id}` })

export const noContent = (): MockResponse => empty(204)

/** A 422 with the vendor's `{"errors": [...]}` body. */
export function invalid(...messages: string[]): never {
  throw new MockError('invalid_body', messages[0] ?? 'Validation failed', { details: messages })
}

/** Flag query values arrive as "0"/"1" strings. */
export const flag = (value: unknown, fallback: boolean): boolean =>
  value === undefined ? fallback : value === '1' || value === 1 || value === true

/** The record a body field names (a 422 naming the field when there is none); `undefined` when the field is unset. */
export function requireRecord<T extends Identified>(collection: Collection<T>, id: number, field: string): T
export function requireRecord<T extends Identified>(
  collection: Collection<T>,
  id: number | null | undefined,
  field: string,
): T | undefined
export function requireRecord<T extends Identified>(
  collection: Collection<T>,
  id: number | null | undefined,
  field: string,
): T | undefined {
  if (id === null || id === undefined) return undefined
  const record = collection.get(id)
  if (!record) invalid(`${field} ${id} does not exist`)
  return record
}

/** The fields of an update body that were sent (PUT semantics here: an omitted field is left as it is). */
export function sentFields<B extends object, K extends keyof B>(body: B, keys: readonly K[]): Partial<Pick<B, K>> {
  const out: Partial<Pick<B, K>> = {}
  for (const key of keys) if (body[key] !== undefined) out[key] = body[key]
  return out
}
