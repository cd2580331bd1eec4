/**
 * ScheduleIt's query language, run for real against the store (000 lines 48-163, inventory §4):
 *
 * - `fields=a,b`    the fields to return; without it a list returns a summary and a single record every field;
 * - `sort=a,-b`     sort by a, then by b descending (`-` for descending is inferred from "descending by ID");
 * - `limit=N`       at most N records; a request with no parameters at all returns the top 10;
 * - `search_<x>=…`  filters, AND-ed together. Values use the documented operators as prefixes: none = equals / on,
 *                   `>` after / greater, `<` before / less, `!` not (000 lines 83, 92, 95, 126-144).
 *
 * Term lists (`search_id=>10,<200`, `search_owner=100,!101`) follow one rule (inferred; see the spec's parameter
 * descriptions): plain terms are alternatives (any may match), `!` terms and `>`/`<` bounds must all hold.
 */
import { MockError } from '../../src/core/errors.ts'
import type { Wire } from './state.ts'

/** A record test built from one query parameter's value. */
export type Predicate = (record: Wire) => boolean
/** Builds the predicate of one parameter; throws `invalid_parameters` (400) naming the parameter when the value is unusable. */
export type Filter = (value: string, parameter: string) => Predicate

const bad = (parameter: string, message: string): never => {
  throw new MockError('invalid_parameters', `query parameter ${parameter} ${message}`)
}

interface Term<T> {
  op: '' | '>' | '<' | '!'
  value: T
}

function terms<T>(raw: string, parameter: string, parse: (text: string) => T | undefined, what: string): Term<T>[] {
  return raw.split(',').map((text) => {
    const op = (['>', '<', '!'] as const).find((o) => text.startsWith(o)) ?? ''
    const value = parse(text.slice(op.length).trim())
    if (value === undefined) return bad(parameter, `has "${text}", which is not ${what}`)
    return { op, value }
  })
}

/** Alternatives OR-ed, negations and bounds AND-ed; an empty record value matches only negations. */
function combine<T>(list: Term<T>[], get: (record: Wire) => T | undefined, compare: (a: T, b: T) => number): Predicate {
  const equal = list.filter((t) => t.op === '')
  const rest = list.filter((t) => t.op !== '')
  return (record) => {
    const value = get(record)
    for (const t of rest) {
      if (t.op === '!') {
        if (value !== undefined && compare(value, t.value) === 0) return false
      } else if (value === undefined || (t.op === '>' ? compare(value, t.value) <= 0 : compare(value, t.value) >= 0))
        return false
    }
    return equal.length === 0 || (value !== undefined && equal.some((t) => compare(value, t.value) === 0))
  }
}

const parseNumber = (text: string): number | undefined => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined)

/** `search_id`, `search_price`, `search_completed`: numbers with `>`, `<`, `!`, comma-separated (000 lines 76, 95). */
export const numberTerms =
  (field: string): Filter =>
  (raw, parameter) =>
    combine(
      terms(raw, parameter, parseNumber, 'a number'),
      (record) => parseNumber(record[field] ?? ''),
      (a, b) => a - b,
    )

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/

/** A valid date or date-time, as written (the precision given is the precision compared). */
export function parseDate(text: string): string | undefined {
  const m = DATE.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  const back = new Date(ms).toISOString()
  return back.startsWith(`${y}-${mo}-${d}T${h}:${mi}:${s}`) ? text : undefined
}

/** A date or date-time term as the instant it names, in the records' `YYYY-MM-DD HH:MM:SS` form. */
const instant = (term: string): string =>
  term.length === 10 ? `${term} 00:00:00` : term.length === 16 ? `${term}:00` : term

/**
 * What a date term without an operator means: `on` that date (`search_date_modified=2022-01-01`, "on date", 000 line
 * 136), or an inclusive bound: `from` (`search_date_start`, "where the start date is from 2016-01-01", 000 line 112)
 * and `to` (`search_date_end`), so that `search_date_start=D&search_date_end=D+1` selects the events of day D.
 */
export type PlainDate = 'on' | 'from' | 'to'

/**
 * `search_date_modified`, `search_date_start`, `search_date_end`: `[op]YYYY-MM-DD[ HH:MM[:SS]]` (000 lines 126-144).
 * Each term compares at its own precision: a date by day ("on date" is the whole day), a date-time to the minute.
 * `>`, `<` and `!` mean after, before and not on for every field; a term without one means what `plain` says.
 */
export const dateTerms =
  (field: string, plain: PlainDate = 'on'): Filter =>
  (raw, parameter) => {
    const list = terms(raw, parameter, parseDate, 'a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM)')
    return (record) => {
      const value = record[field] ?? ''
      return (
        list.every((t) => t.op === '' || check(t, value)) &&
        (!list.some((t) => t.op === '') || list.some((t) => t.op === '' && check(t, value)))
      )
    }
    function check(t: Term<string>, value: string): boolean {
      if (value === '') return t.op === '!'
      const mine = value.slice(0, t.value.length)
      if (t.op === '>') return mine > t.value
      if (t.op === '<') return mine < t.value
      if (t.op === '!') return mine !== t.value
      // Bounds are instants: a date is the start of its day, so `from D` includes all of D and `to D+1` ends as D+1
      // begins, and the pair D..D+1 is exactly day D (inferred from public client code; NOTES.md).
      if (plain === 'from') return value >= instant(t.value)
      if (plain === 'to') return value <= instant(t.value)
      return mine === t.value
    }
  }

/** Text search: contains, case-insensitive; `!text` does not contain (000 line 112 "title contains the word 'test'"). */
export const text =
  (...fields: string[]): Filter =>
  (raw) => {
    const negate = raw.startsWith('!')
    const needle = (negate ? raw.slice(1) : raw).toLowerCase()
    return (record) => fields.some((f) => (record[f] ?? '').toLowerCase().includes(needle)) !== negate
  }

/**
 * `search_owner`: records tagged with ids (000 lines 82, 92, 103). `123,456` = either, `123+456` = both (`+` arrives
 * as a space when not encoded), `!123` = not tagged with 123.
 */
export const idSet =
  (field: string): Filter =>
  (raw, parameter) => {
    const alternatives: { id: number; not: boolean }[][] = []
    const exclusions: number[] = []
    for (const item of raw.split(',')) {
      const conjunction = item
        .split(/[+ ]/)
        .filter((s) => s !== '')
        .map((term) => {
          const not = term.startsWith('!')
          const id = parseNumber(not ? term.slice(1) : term)
          if (id === undefined || !Number.isInteger(id)) return bad(parameter, `has "${term}", which is not an id`)
          return { id, not }
        })
      const [only] = conjunction
      if (conjunction.length === 1 && only?.not) exclusions.push(only.id)
      else alternatives.push(conjunction)
    }
    return (record) => {
      const tagged = new Set(
        (record[field] ?? '')
          .split(',')
          .filter((s) => s !== '')
          .map(Number),
      )
      if (exclusions.some((id) => tagged.has(id))) return false
      return alternatives.length === 0 || alternatives.some((all) => all.every((t) => tagged.has(t.id) !== t.not))
    }
  }

/** A 1/0 switch (`search_istask`, `search_isnodate`, 000 lines 86-87). */
export const flag =
  (test: (record: Wire) => boolean): Filter =>
  (raw) =>
  (record) =>
    test(record) === (raw === '1')

/** `date_range_from`: events that end on or after the day (or start on it, when they have no end). */
export const rangeFrom: Filter = (raw) => (record) => {
  const last = record.date_end || record.date_start || ''
  return last !== '' && last.slice(0, 10) >= raw
}

/** `date_range_to`: events that start on or before the day. */
export const rangeTo: Filter = (raw) => (record) => {
  const first = record.date_start ?? ''
  return first !== '' && first.slice(0, 10) <= raw
}

export interface FieldChoice {
  /** The fields to return, in order; `undefined` = every field. */
  fields: readonly string[] | undefined
}

/** Parses `fields=a,b` against the data set's fields (an unknown name is a 400 that lists the known ones). */
export function chooseFields(raw: unknown, known: readonly string[], dataSet: string): readonly string[] | undefined {
  if (typeof raw !== 'string') return undefined
  const names = raw.split(',')
  const unknown = names.filter((n) => !known.includes(n))
  if (unknown.length)
    bad(
      'fields',
      `names ${unknown.map((n) => `"${n}"`).join(', ')}, which ${dataSet} do not have: use ${known.join(', ')}`,
    )
  return [...new Set(names)]
}

const NUMERIC = /^-?\d+(\.\d+)?$/

function compareValues(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) return Number(a) - Number(b)
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/** Sorts by `sort=a,-b` (numbers as numbers, text case-insensitively), then by id; without `sort`, by id. */
export function sortRecords(records: Wire[], raw: unknown, known: readonly string[], dataSet: string): Wire[] {
  if (typeof raw !== 'string') return records
  const keys = raw.split(',').map((key) => ({ field: key.replace(/^-/, ''), descending: key.startsWith('-') }))
  const unknown = keys.filter((k) => !known.includes(k.field))
  if (unknown.length)
    bad(
      'sort',
      `names ${unknown.map((k) => `"${k.field}"`).join(', ')}, which ${dataSet} do not have: use ${known.join(', ')}`,
    )
  return [...records].sort((a, b) => {
    for (const { field, descending } of keys) {
      const order = compareValues(a[field] ?? '', b[field] ?? '')
      if (order !== 0) return descending ? -order : order
    }
    return Number(a.id) - Number(b.id)
  })
}

/** The fields of a record, in the order asked for. */
export function pick(record: Wire, fields: readonly string[]): Wire {
  const out: Wire = {}
  for (const field of fields) out[field] = record[field] ?? ''
  return out
}
