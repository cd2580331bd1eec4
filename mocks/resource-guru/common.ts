/** Helpers shared by the Resource Guru handlers: account lookup, list/one/created responses, pagination, errors. */
import { MockError } from '../../src/core/errors.ts'
import type { HandlerContext, Principal } from '../../src/core/plugin.ts'
import { empty, rawJson } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import type { Collection, Identified } from '../../src/store/collection.ts'
import { paginate, toCount } from '../../src/store/paginate.ts'
import type { AccountData, RgState } from './state.ts'

export type Ctx = HandlerContext<RgState>

export interface RgPrincipal extends Principal {
  userId: number
  clientId: string | undefined
}

/** The account of `/v1/{account}/...` (existence and access were checked in `beforeHandle`). */
export function acct(ctx: Ctx): AccountData {
  const data = ctx.state.accounts.get(String(ctx.params.account))
  if (!data) throw new MockError('not_found', `Account "${String(ctx.params.account)}" was not found`)
  return data
}

export const principalOf = (ctx: Ctx): RgPrincipal => ctx.principal as RgPrincipal

export const idOf = (ctx: Ctx): number => ctx.params.id as number

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
  ctx: Ctx,
  collection: Collection<T>,
  record: T,
  path: string,
): MockResponse =>
  one(collection, record, 201, { location: `${ctx.baseUrl}/v1/${String(ctx.params.account)}/${path}/${record.id}` })

export const noContent = (): MockResponse => empty(204)

/** A 422 with the vendor's `{"errors": [...]}` body. */
export function invalid(...messages: string[]): never {
  throw new MockError('invalid_body', messages[0] ?? 'Validation failed', { details: messages })
}

/** Flag query values arrive as "0"/"1" strings. */
export const flag = (value: unknown, fallback: boolean): boolean =>
  value === undefined ? fallback : value === '1' || value === 1 || value === true

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
