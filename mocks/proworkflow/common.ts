/**
 * Shared by the ProWorkflow handlers: the list pipeline (filters → sort → page → `fields` → envelope), the envelopes
 * of one record, of adds and of edits/deletes, subtotals, and the helpers that read request bodies (IDs as numbers or
 * digit strings, relative dates, contact lists, "an empty string clears the field").
 *
 * Envelopes (C live, inv §4): lists `{"status":"Success","count","totalcount","<key>":[…]}`; one record
 * `{"status":"Success","count":1,"<singular>":{…}}`; adds 201 `{"status":"Success","message":"…/s Added","details":[…]}`;
 * edits and deletes 200 `{"status":"Success","message":"… Updated|Deleted","details":[{"id":N}]}`.
 */
import { MockError } from '../../src/core/errors.ts'
import type { HandlerContext, Principal } from '../../src/core/plugin.ts'
import { json } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import type { Collection } from '../../src/store/collection.ts'
import spec from '../../specs/proworkflow/openapi.gen.json' with { type: 'json' }
import {
  compare,
  comparePercent,
  dateOf,
  dateTimeOf,
  matchesContacts,
  matchesFieldPairs,
  matchesIdList,
  matchesText,
  pageOf,
  parseComparison,
  parseFieldPairs,
  parseIdList,
  parsePercentComparison,
  resolveDate,
  resolveDateTime,
  selectFields,
  sortRecords,
  type SortValue,
} from './query.ts'
import type { Audience, FieldValueIn } from './records.ts'
import type { PwState } from './state.ts'
import type { Wire } from './views.ts'

export type Ctx = HandlerContext<PwState>

export interface PwPrincipal extends Principal {
  contactId: number
}

/** The contact making the request (`me`), from the Basic half of the dual auth. */
export const meId = (ctx: Ctx): number =>
  (ctx.principal as PwPrincipal | undefined)?.contactId ?? ctx.state.demoContactId

export const now = (ctx: Ctx): number => ctx.clock.now()
export const stamp = (ctx: Ctx): string => dateTimeOf(ctx.clock.now())

// ── Errors ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** A 400 `{"status":"Error","details":[message]}` (C live: `'content' is a required field`). */
export function invalid(message: string): never {
  throw new MockError('invalid_body', message, { status: 400 })
}

/** A 404 naming the record (the texts are ours; the vendor's are not documented). */
export function notFound(label: string, id: number | string): never {
  throw new MockError('not_found', `${label} ${id} could not be found`)
}

export function forbidden(message: string): never {
  throw new MockError('forbidden', message)
}

export function find<T extends { id: number }>(collection: Collection<T>, id: unknown): T {
  const record = collection.get(Number(id))
  if (!record) notFound(collection.label, String(id))
  return record
}

// ── Envelopes ───────────────────────────────────────────────────────────────────────────────────────────────────

export const one = (key: string, record: Wire): MockResponse =>
  json(200, { status: 'Success', count: 1, [key]: record })

/** 201 with one `details` entry per record added, in input order. */
export const added = (thing: string, details: Wire[], batch = false): MockResponse =>
  json(201, { status: 'Success', message: `${thing}${batch ? '/s' : ''} Added`, details })

export const updated = (thing: string, id: number): MockResponse =>
  json(200, { status: 'Success', message: `${thing} Updated`, details: [{ id }] })

export const deleted = (thing: string, id: number): MockResponse =>
  json(200, { status: 'Success', message: `${thing} Deleted`, details: [{ id }] })

// ── Filters ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Builds a record predicate from a query value, or `undefined` when the value selects everything (e.g. `all`). */
export type Filter<R> = (value: unknown, ctx: Ctx) => ((record: R) => boolean) | undefined
export type Filters<R> = Record<string, Filter<R>>

type IdsOf<R> = (r: R) => number | readonly number[] | null | undefined
type DateOf<R> = (r: R) => string | null | undefined

const str = (v: unknown): string => String(v)
const mode = (ctx: Ctx, name: string): 'any' | 'all' => (ctx.query[name] === 'all' ? 'all' : 'any')

export const f = {
  /** `1,2,3` (ANY), or `!1,2,3` where the call allows it. */
  ids:
    <R>(get: IdsOf<R>): Filter<R> =>
    (value) => {
      const list = parseIdList(str(value))
      return (r) => matchesIdList(list, get(r))
    },
  /** `idfrom`: the lower bound (002 says "less than or equal", read as the lower bound: NOTES decision 7). */
  idFrom:
    <R extends { id: number }>(): Filter<R> =>
    (value) =>
    (r) =>
      r.id >= Number(value),
  idTo:
    <R extends { id: number }>(): Filter<R> =>
    (value) =>
    (r) =>
      r.id <= Number(value),
  /** A date `…from` / `…to` bound: `yyyy-mm-dd` or `+/-Xd/w/m/y`; records without the date never match. */
  date:
    <R>(get: DateOf<R>, bound: 'from' | 'to'): Filter<R> =>
    (value, ctx) => {
      const limit = resolveDate(str(value), now(ctx))
      return (r) => {
        const d = get(r)?.slice(0, 10)
        return !!d && (bound === 'from' ? d >= limit : d <= limit)
      }
    },
  /** A date-time bound: `yyyy-mm-ddThh:mm` or `X` + n/h/d/w/m ago. */
  dateTime:
    <R>(get: DateOf<R>, bound: 'from' | 'to'): Filter<R> =>
    (value, ctx) => {
      const limit = resolveDateTime(str(value), now(ctx), bound)
      return (r) => {
        const d = get(r)
        return !!d && (bound === 'from' ? d >= limit : d <= limit)
      }
    },
  /** `string` in ANY of the fields, `!string` in NONE. */
  text:
    <R>(get: (r: R) => readonly (string | null | undefined)[]): Filter<R> =>
    (value) =>
    (r) =>
      matchesText(str(value), get(r)),
  /** An enum whose `all` selects everything; `map` turns the parameter value into the record's value. */
  equals:
    <R>(get: (r: R) => unknown, map: (value: string) => unknown = (v) => v): Filter<R> =>
    (value) => {
      if (value === 'all') return undefined
      const want = map(str(value))
      return (r) => get(r) === want
    },
  bool:
    <R>(get: (r: R) => boolean): Filter<R> =>
    (value) =>
    (r) =>
      get(r) === (value === true || value === 'true'),
  /** IDs / `!IDs` / `me` / `all` / `unassigned`, with `<modeParam>` any|all. */
  contacts:
    <R>(get: IdsOf<R>, modeParam = 'contactsmode'): Filter<R> =>
    (value, ctx) => {
      if (value === 'all') return undefined
      const me = meId(ctx)
      const m = mode(ctx, modeParam)
      return (r) => matchesContacts(str(value), get(r), me, m)
    },
  /** `N`, `gteN`, `lteN`. */
  number:
    <R>(get: (r: R) => number): Filter<R> =>
    (value) => {
      const c = parseComparison(str(value))
      return (r) => compare(c, get(r))
    },
  /** `N`/`gteN`/`lteN` on `actual`, `gteN%`/`lteN%`/`over`/`under` of `total` against `reference`. */
  percent:
    <R>(actual: (r: R, ctx: Ctx) => number, total: (r: R) => number, reference: (r: R) => number): Filter<R> =>
    (value, ctx) => {
      const c = parsePercentComparison(str(value))
      return (r) =>
        c.kind === 'value' ? comparePercent(c, actual(r, ctx), 0, 0) : comparePercent(c, 0, total(r), reference(r))
    },
  /** `id,string||id,string` with `<modeParam>` any|all. */
  pairs:
    <R>(get: (r: R) => readonly FieldValueIn[], modeParam: string): Filter<R> =>
    (value, ctx) => {
      const pairs = parseFieldPairs(str(value))
      const m = mode(ctx, modeParam)
      return (r) => matchesFieldPairs(pairs, m, get(r))
    },
}

/** Keeps the records that pass every filter whose parameter is in the (validated, defaulted) query. */
export function applyFilters<R>(ctx: Ctx, records: readonly R[], filters: Filters<R>): R[] {
  const predicates: ((r: R) => boolean)[] = []
  for (const [name, filter] of Object.entries(filters)) {
    const value = ctx.query[name]
    if (value === undefined || value === '') continue
    const predicate = filter(value, ctx)
    if (predicate) predicates.push(predicate)
  }
  return predicates.length ? records.filter((r) => predicates.every((p) => p(r))) : [...records]
}

// ── Lists ───────────────────────────────────────────────────────────────────────────────────────────────────────

const schemas = (
  spec as unknown as { components: { schemas: Record<string, { 'x-field-keys'?: Record<string, string[]> }> } }
).components.schemas

/** The keys each composite `fields` member returns, from the spec's `x-field-keys` of the entity schema. */
export const fieldKeys = (entity: string): Record<string, string[]> => schemas[entity]?.['x-field-keys'] ?? {}

export interface ListSpec<R extends { id: number }> {
  records: readonly R[]
  filters?: Filters<R>
  /** `sortby` values → sort keys (the spec's enum is the whitelist; the engine has validated it). */
  sort?: Record<string, (r: R) => SortValue>
  view(r: R): Wire
  /** The list key of the envelope. */
  key: string
  /** The entity schema whose `x-field-keys` expand composite `fields` members. */
  entity?: string
  /** Extra envelope keys computed from all matching records (totals, subtotals). */
  extra?(matched: readonly R[]): Wire
  /** With `fields` absent (time) or `none`: only `status` and the extra keys (C 01b Pattern 8). */
  totalsOnly?: boolean
}

/** Filters, sorts, pages and shapes a list; answers the list envelope. */
export function list<R extends { id: number }>(ctx: Ctx, spec: ListSpec<R>): MockResponse {
  const matched = applyFilters(ctx, spec.records, spec.filters ?? {})
  const sortKey = spec.sort?.[String(ctx.query.sortby)]
  const sorted = sortKey ? sortRecords(matched, sortKey, ctx.query.sortorder === 'desc' ? 'desc' : 'asc') : matched
  const fields = Array.isArray(ctx.query.fields) ? (ctx.query.fields as string[]) : undefined
  const extra = spec.extra?.(matched) ?? {}
  if (spec.totalsOnly && (!fields || fields.includes('none'))) return json(200, { status: 'Success', ...extra })
  const page = pageOf(sorted, ctx.query.pagenumber as number | undefined, ctx.query.pagesize as number | undefined)
  const keys = spec.entity ? fieldKeys(spec.entity) : {}
  const items = page.map((r) => (fields ? selectFields(spec.view(r), fields, keys) : spec.view(r)))
  return json(200, { status: 'Success', count: items.length, totalcount: matched.length, [spec.key]: items, ...extra })
}

/** A list with no filters (tags, groups, roles…): everything in one envelope. */
export const plainList = (key: string, items: readonly object[]): MockResponse =>
  json(200, { status: 'Success', count: items.length, totalcount: items.length, [key]: items })

// ── Subtotals ───────────────────────────────────────────────────────────────────────────────────────────────────

/** The ISO week-of-`from` start: weeks start on the `…from` date (002 line 2193: "the 'trackedfrom' date will be used as the first day of the week"). */
export function weekStart(date: string, from: string): string {
  const days = Math.floor((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
  return dateOf(Date.parse(`${from}T00:00:00Z`) + Math.floor(days / 7) * 7 * 86_400_000)
}

/**
 * Subtotals in the requested grouping order: one row per combination, with each key's columns from `columns`, and the
 * sum of `value`; only non-zero rows (002 line 2194: "Only non-zero Sub Totals will be returned"). Rows are ordered by
 * their columns, in key order.
 */
export function subtotals<R>(
  records: readonly R[],
  keys: readonly string[],
  columns: (r: R, key: string) => Wire,
  value: (r: R) => number,
): Wire[] {
  const groups = new Map<string, { row: Wire; subtotal: number }>()
  for (const r of records) {
    const row: Wire = {}
    for (const key of keys) Object.assign(row, columns(r, key))
    const id = JSON.stringify(row)
    const group = groups.get(id) ?? { row, subtotal: 0 }
    group.subtotal += value(r)
    groups.set(id, group)
  }
  const rows: Wire[] = [...groups.values()]
    .filter((g) => Math.abs(g.subtotal) > 1e-9)
    .map((g) => ({ ...g.row, subtotal: Math.round(g.subtotal * 100) / 100 }))
  const cell = (v: unknown) => (typeof v === 'number' ? v.toString().padStart(12, '0') : String(v ?? ''))
  return rows.sort((a, b) => {
    for (const k of Object.keys(a)) {
      if (k === 'subtotal') continue
      const c = cell(a[k]).localeCompare(cell(b[k]))
      if (c) return c
    }
    return 0
  })
}

/** Columns of the date keys shared by time, invoice and quote subtotals. */
export function dateColumns(key: string, date: string | null | undefined, from: string | undefined): Wire | undefined {
  const d = date?.slice(0, 10) ?? ''
  if (key === 'day') return { day: d }
  if (key === 'week') return { week: from && d ? weekStart(d, from) : d }
  if (key === 'month') return { month: d.slice(0, 7) }
  if (key === 'year') return { year: d.slice(0, 4) }
  return undefined
}

// ── Bodies ──────────────────────────────────────────────────────────────────────────────────────────────────────

export type Body = Record<string, unknown>

export const bodyOf = (ctx: Ctx): Body =>
  ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? (ctx.body as Body) : {}

/** The body as a list of records: an object is one, an array is several (batch adds, 002 line 145). */
export const bodies = (ctx: Ctx): Body[] => (Array.isArray(ctx.body) ? (ctx.body as Body[]) : [bodyOf(ctx)])

/** An `IdValue` (`1` or `"1"`), `null` for an empty string (clears on an edit), `undefined` when absent. */
export function idValue(value: unknown): number | null | undefined {
  if (value === undefined) return undefined
  if (value === '' || value === null) return null
  return Number(value)
}

/** An ID that must name an existing record (a 400 otherwise). */
export function existing<T extends { id: number }>(collection: Collection<T>, value: unknown, field: string): T {
  const id = idValue(value)
  const record = id === null || id === undefined ? undefined : collection.get(id)
  if (!record)
    invalid(
      `'${field}' ${value === '' || value === undefined ? 'is a required field' : `${String(value)} is not a valid ${collection.label} ID`}`,
    )
  return record
}

/** `"1,2,3"` → ids, each one a contact (a 400 names the first unknown one). */
export function idList<T extends { id: number }>(collection: Collection<T>, value: unknown, field: string): number[] {
  const text = String(value ?? '')
  if (text === '') return []
  const ids = [...new Set(text.split(',').map(Number))]
  const unknown = ids.find((id) => !collection.get(id))
  if (unknown !== undefined) invalid(`'${field}' ${unknown} is not a valid ${collection.label} ID`)
  return ids
}

/** A contact list value: `me`, `all` (the caller decides what all means) or ids. */
export function audience(ctx: Ctx, value: unknown, field: string): Audience {
  if (value === 'all') return 'all'
  if (value === 'me') return [meId(ctx)]
  return idList(ctx.state.contacts, value, field)
}

/** A date value (`yyyy-mm-dd` or relative), `null` for an empty string, `undefined` when absent. */
export function dateValue(ctx: Ctx, value: unknown): string | null | undefined {
  if (value === undefined) return undefined
  if (value === '' || value === null) return null
  return resolveDate(String(value), now(ctx))
}

/** A date & time value (`yyyy-mm-ddThh:mm[:ss]` or `now`) as `yyyy-mm-ddThh:mm:ss`. */
export function dateTimeValue(ctx: Ctx, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (value === 'now') return stamp(ctx)
  const text = String(value)
  return text.length === 16 ? `${text}:00` : text
}

/** A money value (`500`, `"500.00"`). */
export const amount = (value: unknown): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value)

/**
 * The string fields of an edit: only the keys sent change, and an empty string clears the field (C 01c, inv §9).
 */
export function strings(body: Body, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) if (typeof body[name] === 'string') out[name] = body[name] as string
  return out
}

export function booleans(body: Body, names: readonly string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const name of names) if (typeof body[name] === 'boolean') out[name] = body[name] as boolean
  return out
}

/** `apifields` / `customfields` input: sets each `{id, value}` (an empty value removes it). */
export function mergeFieldValues(
  current: readonly FieldValueIn[],
  input: unknown,
  defs: readonly { id: number }[],
  field: string,
): FieldValueIn[] {
  if (!Array.isArray(input)) return [...current]
  const out = new Map(current.map((v) => [v.id, v.value]))
  for (const item of input as { id: unknown; value: unknown }[]) {
    const id = Number(item.id)
    if (!defs.some((d) => d.id === id)) invalid(`'${field}' ${id} is not a valid field ID`)
    const value = String(item.value ?? '')
    if (value === '') out.delete(id)
    else out.set(id, value)
  }
  return [...out].map(([id, value]) => ({ id, value })).sort((a, b) => a.id - b.id)
}

/** Required string fields of an add, checked in order (C live: `'content' is a required field`). */
export function requireFields(body: Body, names: readonly string[]): void {
  for (const name of names) {
    const v = body[name]
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
      invalid(`'${name}' is a required field`)
  }
}
