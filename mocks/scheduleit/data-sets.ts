/**
 * The four data sets: their fields, the summary a list gives without `fields`, and the search parameters each
 * accepts (000 lines 75-101; labels by analogy, third-party). Shared read handlers (list, get one) work from these,
 * and the helpers build the bodies of writes (the affected fields, the DELETE answer) for the handlers to send.
 */
import { clip, MockError } from '../../src/core/errors.ts'
import { rawJson } from '../../src/core/responses.ts'
import type { MockResponse } from '../../src/core/types.ts'
import type { Collection } from '../../src/store/collection.ts'
import type { Ctx, QueryOf, Schemas } from './common.ts'
import {
  chooseFields,
  dateTerms,
  flag,
  idSet,
  numberTerms,
  pick,
  rangeFrom,
  rangeTo,
  sortRecords,
  text,
  type Filter,
  type Predicate,
} from './query.ts'
import {
  EVENT_FIELDS,
  GROUP_FIELDS,
  LABEL_FIELDS,
  MAIN_WORKSPACE,
  RESOURCE_FIELDS,
  type SiState,
  type Wire,
} from './state.ts'

/** The data sets' names as the spec's list envelopes key them (`_embedded.<name>._embedded.data`). */
type DataSetName = keyof (Schemas['EventList']['_embedded'] &
  Schemas['ResourceList']['_embedded'] &
  Schemas['GroupList']['_embedded'] &
  Schemas['LabelList']['_embedded'])

/** A filter for each search parameter a list operation declares (so a parameter renamed in the spec fails here). */
type SearchFilters<K extends 'listEvents' | 'listResources' | 'listGroups' | 'listLabels'> = {
  readonly [P in keyof QueryOf<K>]?: Filter
}

/** What the shared read handlers need of a data set's collection (a `Collection` of any record type). */
export interface RecordStore {
  all(): readonly { id: number }[]
  get(id: number): { id: number } | undefined
  present(record: { id: number }): unknown
  json(record: { id: number }): string
}

export interface DataSet {
  /** The data set's name: its path segment and its key in the list envelope. */
  name: DataSetName
  /** Singular label for messages ("Event 7 was not found"). */
  label: string
  fields: readonly string[]
  /** What a list returns without `fields` (000 line 54 "only a summary"; which fields is inferred). */
  summary: readonly string[]
  /** Search parameters and how each filters. */
  filters: Readonly<Record<string, Filter>>
  /** Whether records belong to a workspace (`search_workspace`, third-party). */
  workspaces: boolean
  collection(state: SiState): RecordStore
}

const custom = (n: number): [string, Filter] => [`search_custom${n}`, text(`custom${n}`)]
const data = (n: number): [string, Filter] => [`search_data${n}`, text(`data${n}`)]

export const EVENTS: DataSet = {
  name: 'events',
  label: 'Event',
  fields: EVENT_FIELDS,
  summary: ['id', 'title', 'date_start', 'date_end'],
  // "Event search" (000 lines 75-87) and search_custom<N> (000 line 275).
  filters: {
    search_id: numberTerms('id'),
    search_title: text('title'),
    search_name: text('title'),
    search_completed: numberTerms('completed'),
    search_date_start: dateTerms('date_start', 'from'),
    search_date_end: dateTerms('date_end', 'to'),
    search_owner: idSet('owner'),
    search_date_modified: dateTerms('date_modified'),
    date_range_from: rangeFrom,
    date_range_to: rangeTo,
    search_istask: flag((r) => r.istask === '1'),
    search_isnodate: flag((r) => r.date_start === ''),
    ...Object.fromEntries([1, 2, 3, 4, 7, 8, 9].map(custom)),
  } satisfies SearchFilters<'listEvents'>,
  workspaces: true,
  collection: (s) => s.events,
}

export const RESOURCES: DataSet = {
  name: 'resources',
  label: 'Resource',
  fields: RESOURCE_FIELDS,
  summary: ['id', 'name'],
  // "Resource search" (000 lines 89-96).
  filters: {
    search_id: numberTerms('id'),
    search_name: text('name'),
    search_owner: idSet('owner'),
    search_price: numberTerms('price'),
    search_date_modified: dateTerms('date_modified'),
    ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(data)),
  } satisfies SearchFilters<'listResources'>,
  workspaces: true,
  collection: (s) => s.resources,
}

export const GROUPS: DataSet = {
  name: 'groups',
  label: 'Group',
  fields: GROUP_FIELDS,
  summary: ['id', 'name'],
  // "Group search" (000 lines 98-101).
  filters: {
    search_id: numberTerms('id'),
    search_name: text('name'),
    search_date_modified: dateTerms('date_modified'),
  } satisfies SearchFilters<'listGroups'>,
  workspaces: true,
  collection: (s) => s.groups,
}

export const LABELS: DataSet = {
  name: 'labels',
  label: 'Label',
  fields: LABEL_FIELDS,
  summary: ['id', 'name'],
  filters: { search_id: numberTerms('id'), search_name: text('name') } satisfies SearchFilters<'listLabels'>,
  workspaces: false,
  collection: (s) => s.labels,
}

/** Operation id of each data set's list, for the conduct rules (what "polling a data set" means). */
export const LIST_OPERATIONS: Readonly<Record<string, DataSet>> = {
  listEvents: EVENTS,
  listResources: RESOURCES,
  listGroups: GROUPS,
  listLabels: LABELS,
}

/** The declared workspace parameter (third-party), allowed beside the searches of data sets that have workspaces. */
const WORKSPACE = 'search_workspace'

const wire = (set: DataSet, state: SiState, record: { id: number }): Wire =>
  set.collection(state).present(record) as Wire

/**
 * What the record helpers read of a request to `/api/<data set>/{id}` (get, update, delete): the path's id as the spec
 * types it, and the declared query parameters (`fields`, `search_workspace`) where the operation has them.
 */
export interface RecordRequest {
  state: SiState
  params: { id: number }
  query: Ctx['query']
}

/** The workspace asked for: `search_workspace`, else the main one (third-party: "omit for the main workspace"). */
const workspaceOf = (ctx: Pick<Ctx, 'query'>): string =>
  ctx.query.search_workspace === undefined ? MAIN_WORKSPACE : String(ctx.query.search_workspace)

/**
 * GET /api/<data set>: the records that pass the filters, sorted, limited and cut to the fields asked for (or the
 * summary), in wire form. The handler sends them in its data set's envelope through `ctx.json`.
 */
export function listRecords(set: DataSet, ctx: Ctx): Wire[] {
  // A misspelt or unsupported search (`search_titel`) would otherwise return every record, unfiltered (inferred: the
  // vendor documents no answer for it; NOTES.md).
  for (const parameter of Object.keys(ctx.rawQuery))
    if (parameter.startsWith('search_') && !(parameter in set.filters) && !(set.workspaces && parameter === WORKSPACE))
      throw new MockError(
        'invalid_parameters',
        `query parameter ${clip(parameter, 100)} is not a search of ${set.name}: use ${[...Object.keys(set.filters), ...(set.workspaces ? [WORKSPACE] : [])].join(', ')}`,
        { parameter },
      )
  const predicates: Predicate[] = []
  for (const [parameter, filter] of Object.entries(set.filters)) {
    const value = ctx.query[parameter]
    if (typeof value === 'string') predicates.push(filter(value, parameter))
  }
  if (set.workspaces) {
    const workspace = workspaceOf(ctx)
    predicates.push((r) => r.workspace === workspace)
  }
  const fields = chooseFields(ctx.query.fields, set.fields, set.name) ?? set.summary
  let records = set
    .collection(ctx.state)
    .all()
    .map((r) => wire(set, ctx.state, r))
    .filter((r) => predicates.every((p) => p(r)))
  records = sortRecords(records, ctx.query.sort, set.fields, set.name)
  // 000 line 48: "the top 10 records if no additional query parameters are sent"; otherwise every match unless limited.
  const limit =
    typeof ctx.query.limit === 'number' ? ctx.query.limit : Object.keys(ctx.rawQuery).length === 0 ? 10 : undefined
  if (limit !== undefined) records = records.slice(0, limit)
  return records.map((r) => pick(r, fields))
}

/** The record of `{id}`, or the vendor-shaped 404 (also for a record of another workspace). */
export function requireRecord<R extends { id: number }>(
  set: DataSet,
  ctx: RecordRequest,
  collection: Pick<Collection<R>, 'get'>,
): R {
  const { id } = ctx.params
  const record = collection.get(id)
  if (!record || (set.workspaces && wire(set, ctx.state, record).workspace !== workspaceOf(ctx))) {
    throw new MockError('not_found', `${set.label} ${id} was not found`, { record: { kind: set.label, id } })
  }
  return record
}

/**
 * GET /api/<data set>/{id}: every field (000 line 65), or those `fields` names (000 line 70), in the list envelope
 * (`{"_embedded":{"<data set>":{"_embedded":{"data":[…]}}}}`, inventory §5). Pre-serialised, so plain `rawJson`: the
 * whole record is the store's cached JSON of it, not serialised again per request.
 */
export function getRecord(set: DataSet, ctx: RecordRequest): MockResponse {
  const collection = set.collection(ctx.state)
  const record = requireRecord(set, ctx, collection)
  const fields = chooseFields(ctx.query.fields, set.fields, set.name)
  const item = fields ? JSON.stringify(pick(wire(set, ctx.state, record), fields)) : collection.json(record)
  return rawJson(200, `{"_embedded":{"${set.name}":{"_embedded":{"data":[${item}]}}}}`)
}

/**
 * The body of a POST create/update: "JSON representing the affected fields" (000 line 12) — the id, the fields
 * written and the change date, in wire form (the handler sends it through `ctx.json`).
 */
export function affected(set: DataSet, state: SiState, record: { id: number }, written: readonly string[]): Wire {
  const fields = [
    'id',
    ...set.fields.filter((f) => written.includes(f) && f !== 'id'),
    ...(set.fields.includes('date_modified') ? ['date_modified'] : []),
  ]
  return pick(wire(set, state, record), [...new Set(fields)])
}

/** The body of a DELETE answer (member names third-party, values inferred; inventory §5). */
export function deleted(set: DataSet, id: number): Schemas['Deleted'] {
  return {
    active_workspace: MAIN_WORKSPACE,
    message: `${set.label} ${id} deleted`,
    status: 'OK',
    status_code: '200',
  }
}
