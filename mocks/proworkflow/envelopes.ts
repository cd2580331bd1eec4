/**
 * ProWorkflow's success envelopes (C live, inv §4), typed so that each handler's `ctx.json` checks them against the
 * operation's documented response: lists `{"status":"Success","count","totalcount","<key>":[…]}`; one record
 * `{"status":"Success","count":1,"<singular>":{…}}`; adds 201 `{"status":"Success","message":"…/s Added","details":[…]}`;
 * edits and deletes 200 `{"status":"Success","message":"… Updated|Deleted","details":[{"id":N}]}`.
 */
import type { Collection } from '../../src/store/collection.ts'
import type { Schemas } from './common.ts'

/** `{ [key]: value }` with its literal key (TypeScript types a computed key of a type parameter as any string). */
export const keyed = <K extends string, V>(key: K, value: V): Record<K, V> => ({ [key]: value }) as Record<K, V>

/** One record under its singular key. */
export type One<K extends string, V> = { status: 'Success'; count: 1 } & Record<K, V>

export const one = <K extends string, V>(key: K, record: V): One<K, V> => ({
  status: 'Success',
  count: 1,
  ...keyed(key, record),
})

/** `count` records (a page) of `totalcount` matching, under the list's key. */
export type ListEnvelope<K extends string, V> = { status: 'Success'; count: number; totalcount: number } & Record<
  K,
  V[]
>

/** A list with no filters (tags, groups, roles…): everything in one envelope. */
export const plainList = <K extends string, V>(key: K, items: V[]): ListEnvelope<K, V> => ({
  status: 'Success',
  count: items.length,
  totalcount: items.length,
  ...keyed(key, items),
})

/** 201 with one `details` entry per record added, in input order. */
export const added = (thing: string, details: Schemas['Added']['details'], batch = false): Schemas['Added'] => ({
  status: 'Success',
  message: `${thing}${batch ? '/s' : ''} Added`,
  details,
})

export const updated = (thing: string, id: number): Schemas['Result'] => ({
  status: 'Success',
  message: `${thing} Updated`,
  details: [{ id }],
})

export const deleted = (thing: string, id: number): Schemas['Result'] => ({
  status: 'Success',
  message: `${thing} Deleted`,
  details: [{ id }],
})

/** Deletes a record and answers `"<label> Deleted"`: the collection's label is the vendor's name of the thing. */
export function removed<T extends { id: number }>(collection: Collection<T>, id: number): Schemas['Result'] {
  collection.delete(id)
  return deleted(collection.label, id)
}
