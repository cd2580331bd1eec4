/**
 * The ProWorkflow query language, as the call reference describes it (002, the FILTER and SORT/PAGE sections of every
 * list call; the shared syntaxes are summarised in specs/proworkflow/NOTES.md "Cross-cutting facts"):
 *
 * - `fields`: a per-call list of members with a per-call default; `id` is always returned (C live); composite members
 *   expand into several keys (the spec's `x-field-keys`); `apifields` returns every API field, `apifieldX` one;
 * - ID lists `1,2,3` match ANY of the ids; a leading `!` negates the whole list (`!1,2` = neither 1 nor 2);
 * - contact selectors: ID lists, `me` (the contact making the request), `all`, `unassigned` (tasks), with
 *   `contactsmode` any/all;
 * - text search: `string` = any named field contains it, `!string` = none of them does (case-insensitive);
 * - relative dates `+/-X` + `d/w/m/y` from today, and "ago" date-times `X` + `n/h/d/w/m` (`n` = minutes, C live);
 * - `N` / `gteN` / `lteN` comparisons, and `gteN%` / `lteN%` / `over` / `under` against a comparison total;
 * - `id,string||id,string` API-field (or custom-field) pairs with `…mode` any/all;
 * - sorting by a per-call whitelist, paging with `pagenumber` AND `pagesize` (one alone is a 400, C live), at most
 *   5,000 records without paging (C).
 *
 * Everything here is a pure function of its arguments; the clock is passed in (`now`, epoch milliseconds).
 */
import { MockError } from '../../src/core/errors.ts'

/** The record cap without paging (inv §3, C: "returns at most 5,000 records and silently drops the rest"). */
export const MAX_RECORDS = 5000

/** C live (inv §4): the text of the 400 for `pagenumber` without `pagesize` or the reverse. */
export const PAGING_MESSAGE = 'pagesize and pagenumber must both be provided in order to use paging'

const DAY = 86_400_000

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** `yyyy-mm-dd` of an instant (UTC: the mock's account time zone). */
export const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** `yyyy-mm-ddThh:mm:ss` of an instant: the reference's date-time form, without a zone (002, C data models). */
export const dateTimeOf = (ms: number): string => new Date(ms).toISOString().slice(0, 19)

/** Adds calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(ms: number, months: number): number {
  const d = new Date(ms)
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()),
  )
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
  return target.getTime()
}

/**
 * A date parameter (`yyyy-mm-dd`, or `+/-X` followed by d/w/m/y from today) as `yyyy-mm-dd`.
 * 002 e.g. line 1080: "Relative date - +/-Xd/w/m/y  Examples: -3w - 3 weeks ago OR +1m - 1 month ahead".
 *
 * @example resolveDate('-3w', Date.UTC(2024, 0, 22)) // '2024-01-01'
 */
export function resolveDate(value: string, now: number): string {
  const relative = /^([+-])(\d+)([dwmy])$/.exec(value)
  if (!relative) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
    throw invalid(
      `"${value}" is not a date: use yyyy-mm-dd or a relative date +/-X followed by d, w, m or y (e.g. -3w)`,
    )
  }
  const n = Number(relative[2]) * (relative[1] === '-' ? -1 : 1)
  const today = Date.parse(`${dateOf(now)}T00:00:00Z`)
  switch (relative[3]) {
    case 'd':
      return dateOf(today + n * DAY)
    case 'w':
      return dateOf(today + n * 7 * DAY)
    case 'm':
      return dateOf(addMonths(today, n))
    default:
      return dateOf(addMonths(today, n * 12))
  }
}

/**
 * A date-time parameter as `yyyy-mm-ddThh:mm:ss`: a specific `yyyy-mm-ddThh:mm[:ss]` (a plain date is its midnight,
 * or its last second for an upper bound), or `X` followed by n/h/d/w/m = X minutes/hours/days/weeks/months AGO.
 * 002 e.g. line 64: "Xn/h/d/w/m - X minutes/hours/days/weeks/months ago  Example: 12h"; `n` = minutes (C live).
 *
 * @example resolveDateTime('15n', Date.UTC(2024, 0, 1, 12, 0)) // '2024-01-01T11:45:00'
 */
export function resolveDateTime(value: string, now: number, bound: 'from' | 'to' = 'from'): string {
  const ago = /^(\d+)([nhdwm])$/.exec(value)
  if (ago) {
    const n = Number(ago[1])
    const unit = ago[2]
    if (unit === 'm') return dateTimeOf(addMonths(now, -n))
    const ms = unit === 'n' ? 60_000 : unit === 'h' ? 3_600_000 : unit === 'd' ? DAY : 7 * DAY
    return dateTimeOf(now - n * ms)
  }
  const exact = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?$/.exec(value)
  if (!exact)
    throw invalid(
      `"${value}" is not a date & time: use yyyy-mm-ddThh:mm or X followed by n, h, d, w or m (X minutes/hours/days/weeks/months ago, e.g. 12h)`,
    )
  if (!exact[2]) return `${exact[1]}T${bound === 'from' ? '00:00:00' : '23:59:59'}`
  return `${exact[1]}T${exact[2]}${exact[3] ?? ':00'}`
}

// ── ID lists, contact selectors ─────────────────────────────────────────────────────────────────────────────────

export interface IdList {
  negate: boolean
  ids: number[]
}

/** `1,2,3` or `!1,2,3` (002 e.g. line 1064: "!categoryid/s - Projects NOT in specified Category/ies"). */
export function parseIdList(value: string): IdList {
  const negate = value.startsWith('!')
  const body = negate ? value.slice(1) : value
  if (!/^\d+(,\d+)*$/.test(body))
    throw invalid(`"${value}" is not a list of IDs: use comma-separated numbers, e.g. 1,2,3 (or !1,2 to exclude them)`)
  return { negate, ids: body.split(',').map(Number) }
}

const asIds = (value: number | readonly number[] | null | undefined): readonly number[] =>
  value === null || value === undefined ? [] : typeof value === 'number' ? [value] : value

/** A record matches an ID list when it has ANY of the ids (values of one list combine with OR, inv §6). */
export function matchesIdList(list: IdList, value: number | readonly number[] | null | undefined): boolean {
  const have = asIds(value)
  const any = list.ids.some((id) => have.includes(id))
  return list.negate ? !any : any
}

/**
 * A contact selector (`contacts`, `managerid`, `timetrackedby`, `clientid`…): IDs (ANY or ALL of them, after
 * `contactsmode`), `!IDs` (NOT assigned to ANY/ALL of them), `me`, `all`, `unassigned`.
 * 002 line 1085-1094 (projects `contacts`), line 1870 (tasks: "unassigned - Unassigned Tasks").
 */
export function matchesContacts(
  value: string,
  assigned: number | readonly number[] | null | undefined,
  me: number,
  mode: 'any' | 'all' = 'any',
): boolean {
  const have = asIds(assigned)
  if (value === 'all') return true
  if (value === 'unassigned') return have.length === 0
  const list = value === 'me' ? { negate: false, ids: [me] } : parseIdList(value)
  const hit = mode === 'all' ? list.ids.every((id) => have.includes(id)) : list.ids.some((id) => have.includes(id))
  return list.negate ? !hit : hit
}

// ── Text search ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * `string`: ANY of the fields contains it; `!string`: NONE of them does (002 line 96: "Companies where Name or Code
 * contains string" / "Companies where Name and Code do not contain string"). Case-insensitive (inferred).
 */
export function matchesText(value: string, fields: readonly (string | null | undefined)[]): boolean {
  const negate = value.startsWith('!')
  const needle = (negate ? value.slice(1) : value).toLowerCase()
  const found = fields.some((f) => typeof f === 'string' && f.toLowerCase().includes(needle))
  return negate ? !found : found
}

// ── Comparisons ─────────────────────────────────────────────────────────────────────────────────────────────────

export interface Comparison {
  op: 'eq' | 'gte' | 'lte'
  value: number
}

/** `N` exactly, `gteN`, `lteN` (002 e.g. line 1133-1140). */
export function parseComparison(value: string): Comparison {
  const m = /^(gte|lte)?(\d+(?:\.\d+)?)$/.exec(value)
  if (!m) throw invalid(`"${value}" is not a comparison: use N, gteN or lteN (e.g. gte300)`)
  return { op: (m[1] as 'gte' | 'lte' | undefined) ?? 'eq', value: Number(m[2]) }
}

export function compare(c: Comparison, actual: number): boolean {
  if (c.op === 'gte') return actual >= c.value
  if (c.op === 'lte') return actual <= c.value
  return Math.abs(actual - c.value) < 1e-9
}

export type PercentComparison =
  | { kind: 'value'; comparison: Comparison }
  | { kind: 'percent'; comparison: Comparison }
  | { kind: 'over' }
  | { kind: 'under' }

/** `N`/`gteN`/`lteN`, `gteN%`/`lteN%` of a comparison total, `over`, `under` (002 line 1127-1140, 1228-1244). */
export function parsePercentComparison(value: string): PercentComparison {
  if (value === 'over' || value === 'under') return { kind: value }
  const pct = /^(gte|lte)(\d+(?:\.\d+)?)%$/.exec(value)
  if (pct) return { kind: 'percent', comparison: { op: pct[1] as 'gte' | 'lte', value: Number(pct[2]) } }
  return { kind: 'value', comparison: parseComparison(value) }
}

/**
 * Applies a percent comparison. `actual` is the value the starred options compare (it may be narrowed by other
 * filters); `total` and `reference` are what the unstarred ones compare: e.g. TOTAL time tracked against time
 * allocated, or invoice total against quote total. Records with a zero reference are ignored by the unstarred options
 * (002 line 1131: "Projects with 0 Quote Total ignored").
 */
export function comparePercent(c: PercentComparison, actual: number, total: number, reference: number): boolean {
  if (c.kind === 'value') return compare(c.comparison, actual)
  if (reference === 0) return false
  if (c.kind === 'over') return total > reference
  if (c.kind === 'under') return total <= reference
  return compare(c.comparison, (total / reference) * 100)
}

// ── API-field / custom-field pairs ─────────────────────────────────────────────────────────────────────────────

export interface FieldPair {
  id: number
  text: string
}

/** `2,Europe||3,Industrial` (002 line 44-47). */
export function parseFieldPairs(value: string): FieldPair[] {
  return value.split('||').map((pair) => {
    const comma = pair.indexOf(',')
    const id = Number(pair.slice(0, comma))
    if (comma < 1 || !Number.isInteger(id))
      throw invalid(
        `"${pair}" is not a field pair: use fieldid,string and join pairs with || (e.g. 2,Europe||3,Industrial)`,
      )
    return { id, text: pair.slice(comma + 1) }
  })
}

/** ANY (default) or ALL of the pairs match: the record's field with that id contains the string (002 line 49-52). */
export function matchesFieldPairs(
  pairs: readonly FieldPair[],
  mode: 'any' | 'all',
  values: readonly { id: number; value: string }[],
): boolean {
  const hit = (p: FieldPair) =>
    values.some((v) => v.id === p.id && v.value.toLowerCase().includes(p.text.toLowerCase()))
  return mode === 'all' ? pairs.every(hit) : pairs.some(hit)
}

// ── fields ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** A record as a list shows it: its `id` and the keys of the requested `fields` (all of them without `fields`). */
export type Listed<T extends { id: number }> = Pick<T, 'id'> & Partial<T>

/**
 * The keys a list returns for each record: `id` always (C live), then the keys of each requested member: a composite
 * member's keys from `fieldKeys` (the spec's `x-field-keys`), `apifields` → the `apifields` array, `apifieldX` →
 * the value of API field X under the key `apifieldX`, any other member → the key of the same name. `none` selects
 * nothing (totals only).
 *
 * @example selectFields({ id: 1, firstname: 'A', lastname: 'B', type: 'staff' }, ['name'], { name: ['firstname', 'lastname'] })
 * // { id: 1, firstname: 'A', lastname: 'B' }
 */
export function selectFields<T extends Readonly<Record<string, unknown>> & { id: number }>(
  record: T,
  fields: readonly string[],
  fieldKeys: Readonly<Record<string, readonly string[]>> = {},
): Listed<T> {
  const out: Record<string, unknown> = { id: record.id }
  for (const member of fields) {
    if (member === 'none') continue
    const apiField = /^apifield(\d+)$/.exec(member)
    if (apiField) {
      const id = Number(apiField[1])
      const values = Array.isArray(record.apifields) ? (record.apifields as { id: number; value?: string }[]) : []
      out[member] = values.find((v) => v.id === id)?.value ?? ''
      continue
    }
    for (const key of fieldKeys[member] ?? [member]) if (key in record) out[key] = record[key]
  }
  // Every key copied is one of the record's own, with its value (or an `apifieldX` text, which the entity schemas'
  // open properties admit): TypeScript cannot follow keys copied by name.
  return out as Listed<T>
}

// ── Sorting and paging ──────────────────────────────────────────────────────────────────────────────────────────

export type SortValue = string | number | boolean | null | undefined

/**
 * Sorts by one key, `asc` or `desc`; text ignores case, empty values sort last either way, ties keep id order.
 * (The reference gives the whitelists and defaults; the collation is inferred.)
 */
export function sortRecords<T extends { id: number }>(
  records: readonly T[],
  key: (record: T) => SortValue,
  order: 'asc' | 'desc' = 'asc',
): T[] {
  const sign = order === 'desc' ? -1 : 1
  const keyed = records.map((r) => ({ r, k: key(r) }))
  keyed.sort((a, b) => {
    const ea = a.k === null || a.k === undefined || a.k === ''
    const eb = b.k === null || b.k === undefined || b.k === ''
    if (ea || eb) return ea === eb ? a.r.id - b.r.id : ea ? 1 : -1
    let c: number
    if (typeof a.k === 'number' && typeof b.k === 'number') c = a.k - b.k
    else c = String(a.k).localeCompare(String(b.k), 'en', { sensitivity: 'base', numeric: true })
    return c === 0 ? a.r.id - b.r.id : sign * c
  })
  return keyed.map((x) => x.r)
}

/**
 * One page of the records: `pagenumber` (1-based) with `pagesize`, or everything up to 5,000 with neither; one without
 * the other is the documented 400 (002 line 126: "pagenumber=2&pagesize=10 (return Companies 11-20)"; C live).
 */
export function pageOf<T>(
  records: readonly T[],
  pagenumber: number | undefined,
  pagesize: number | undefined,
): readonly T[] {
  if ((pagenumber === undefined) !== (pagesize === undefined)) throw invalid(PAGING_MESSAGE)
  if (pagenumber === undefined || pagesize === undefined)
    return records.length > MAX_RECORDS ? records.slice(0, MAX_RECORDS) : records
  const start = (pagenumber - 1) * pagesize
  return start >= records.length ? [] : records.slice(start, start + pagesize)
}

function invalid(message: string): MockError {
  return new MockError('invalid_parameters', message)
}
