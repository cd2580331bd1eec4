/**
 * The list pipeline the list calls share (002, the FILTER and SORT/PAGE sections of each): the query's filters →
 * sort → page → `fields` → envelope, and the totals and subtotals that time, invoice and quote lists add.
 *
 * The pipeline reads the paging, sorting and `fields` parameters every list operation declares (`ListQuery`); each
 * filter reads its own parameter by name from the validated, defaulted query.
 */
import spec from '../../specs/proworkflow/openapi.gen.json' with { type: 'json' }
import { type Ctx, meId, now, type Schemas } from './common.ts'
import { keyed, type ListEnvelope } from './envelopes.ts'
import {
  compare,
  comparePercent,
  dateOf,
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
  type Listed,
  type SortValue,
} from './query.ts'
import type { FieldValueIn } from './records.ts'
import type { Wire } from './views.ts'

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
  /** `idfrom` and `idto`, the id bounds most lists take. */
  idRange: <R extends { id: number }>(): Filters<R> => ({ idfrom: f.idFrom(), idto: f.idTo() }),
  /** `<name>from` and `<name>to` date bounds on one field (e.g. `duedatefrom`/`duedateto`). */
  dateRange: <R>(name: string, get: DateOf<R>): Filters<R> => ({
    [`${name}from`]: f.date(get, 'from'),
    [`${name}to`]: f.date(get, 'to'),
  }),
  /** `<name>from` and `<name>to` date-time bounds on one field (e.g. `lastmodifiedfrom`/`lastmodifiedto`). */
  dateTimeRange: <R>(name: string, get: DateOf<R>): Filters<R> => ({
    [`${name}from`]: f.dateTime(get, 'from'),
    [`${name}to`]: f.dateTime(get, 'to'),
  }),
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

/** The query parameters every list operation declares (`fields` where the list has them), as each one types them. */
export interface ListQuery {
  fields?: readonly string[]
  pagenumber?: number
  pagesize?: number
  sortby?: string
  sortorder?: 'asc' | 'desc'
}

/** The context of a list operation. */
export type ListCtx = Ctx & { query: ListQuery }

const schemas = (
  spec as unknown as { components: { schemas: Record<string, { 'x-field-keys'?: Record<string, string[]> }> } }
).components.schemas

/** The keys each composite `fields` member returns, from the spec's `x-field-keys` of the entity schema. */
export const fieldKeys = (entity: string): Record<string, string[]> => schemas[entity]?.['x-field-keys'] ?? {}

export interface ListSpec<R extends { id: number }, K extends string, V extends { id: number }> {
  records: readonly R[]
  filters?: Filters<R>
  /** `sortby` values → sort keys (the spec's enum is the whitelist; the engine has validated it). */
  sort?: Record<string, (r: R) => SortValue>
  /** The record as the spec's entity schema shows it. */
  view(r: R): V
  /** The list key of the envelope. */
  key: K
  /** The entity schema whose `x-field-keys` expand composite `fields` members. */
  entity?: string
}

/** The totals a list adds, computed from all matching records (not only the page). */
export interface Totals {
  total: number
  subtotals?: Schemas['Subtotal'][]
}

/** A list that adds totals to its envelope (time, invoices, quotes). */
export interface TotalsSpec<R extends { id: number }, K extends string, V extends { id: number }>
  extends ListSpec<R, K, V> {
  totals(matched: readonly R[]): Totals
}

/** A list with totals: with the records, or (no `fields`, or `none`) only `status` and the totals. */
export type TotalsEnvelope<K extends string, V extends { id: number }> =
  | ({ status: 'Success' } & Totals)
  | (ListEnvelope<K, Listed<V>> & Totals)

/** The records in scope that pass the filters, sorted. */
function matching<R extends { id: number }>(ctx: ListCtx, spec: ListSpec<R, string, { id: number }>) {
  const matched = applyFilters(ctx, spec.records, spec.filters ?? {})
  const sortKey = ctx.query.sortby === undefined ? undefined : spec.sort?.[ctx.query.sortby]
  const sorted = sortKey ? sortRecords(matched, sortKey, ctx.query.sortorder === 'desc' ? 'desc' : 'asc') : matched
  return { matched, sorted }
}

/** The page asked for (`pagenumber`/`pagesize`), each record shaped by `fields` when they are given. */
function page<R extends { id: number }, V extends { id: number }>(
  ctx: ListCtx,
  spec: ListSpec<R, string, V>,
  sorted: readonly R[],
): Listed<V>[] {
  const { fields } = ctx.query
  const keys = spec.entity ? fieldKeys(spec.entity) : {}
  return pageOf(sorted, ctx.query.pagenumber, ctx.query.pagesize).map((r) =>
    fields ? selectFields(spec.view(r), fields, keys) : spec.view(r),
  )
}

/** Filters, sorts, pages and shapes a list: the list envelope. */
export function list<R extends { id: number }, K extends string, V extends { id: number }>(
  ctx: ListCtx,
  spec: ListSpec<R, K, V>,
): ListEnvelope<K, Listed<V>> {
  const { matched, sorted } = matching(ctx, spec)
  const items = page(ctx, spec, sorted)
  return { status: 'Success', count: items.length, totalcount: matched.length, ...keyed(spec.key, items) }
}

/**
 * A list with totals (time, invoices, quotes): with `fields` absent or `none`, only `status` and the totals (C 01b
 * Pattern 8), and no paging then.
 */
export function listWithTotals<R extends { id: number }, K extends string, V extends { id: number }>(
  ctx: ListCtx,
  spec: TotalsSpec<R, K, V>,
): TotalsEnvelope<K, V> {
  const { matched, sorted } = matching(ctx, spec)
  const sums = spec.totals(matched)
  if (!ctx.query.fields || ctx.query.fields.includes('none')) return { status: 'Success', ...sums }
  const items = page(ctx, spec, sorted)
  return { status: 'Success', count: items.length, totalcount: matched.length, ...keyed(spec.key, items), ...sums }
}

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
): Schemas['Subtotal'][] {
  const groups = new Map<string, { row: Wire; subtotal: number }>()
  for (const r of records) {
    const row: Wire = {}
    for (const key of keys) Object.assign(row, columns(r, key))
    const id = JSON.stringify(row)
    const group = groups.get(id) ?? { row, subtotal: 0 }
    group.subtotal += value(r)
    groups.set(id, group)
  }
  const rows: Schemas['Subtotal'][] = [...groups.values()]
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
