/**
 * What both report versions share: one request's range and slices read from the store, the record lookups that group
 * them, and the display values (colours, URLs, the unassigned rows' names) the two versions render alike.
 */
import { MockError } from '../../../src/core/errors.ts'
import type { Collection } from '../../../src/store/collection.ts'
import { acct, invalid, type RgOperations, type SharedCtx } from '../common.ts'
import { toColor } from '../handlers/clients.ts'
import type { AccountData } from '../state.ts'
import type { Booking, Resource } from '../types.ts'
import { capacityOf } from '../capacity.ts'
import { groupBy, slicesIn, tally, touched, type Capacity, type Range, type Slice } from './arithmetic.ts'

/** The grey of the "No client assigned" row in the legacy resource report sample (endpoints/reports/resources.md). */
export const GREY = '#bfbfbf'
export const NO_CLIENT = 'No client assigned'
export const NO_PROJECT = 'No project assigned'

export type BookingSlice = Slice<Booking>

/** The report operations, v1 and v2: each is under an account and takes the range as `start_date` and `end_date`. */
export type ReportOperation = Extract<keyof RgOperations, `get${string}ReportV${1 | 2}`>

/** What building a scope reads of any report operation's context. */
export type ReportCtx = SharedCtx<ReportOperation>

/** One request's view, built once: the reports ask for the same resource's capacity several times. */
export interface Scope {
  ctx: ReportCtx
  data: AccountData
  range: Range
  slices: BookingSlice[]
  capacityOf(resource: Resource): Capacity
}

function rangeOf(ctx: ReportCtx): Range {
  const { start_date: start, end_date: end } = ctx.query
  // Inferred: 001 documents no error for an inverted range; the mock answers it like other validation errors (422).
  if (end < start) invalid('end_date must be on or after start_date')
  return { start, end }
}

export function scopeOf(ctx: ReportCtx): Scope {
  const data = acct(ctx)
  const range = rangeOf(ctx)
  const capacities = new Map<number, Capacity>()
  return {
    ctx,
    data,
    range,
    // Bookings keep the ids of deleted resources; with no resource to report under they are left out everywhere, so
    // every total is the sum of its rows.
    slices: slicesIn(data.bookings.all(), range, (id) => data.resources.get(id) !== undefined),
    capacityOf(resource) {
      let cap = capacities.get(resource.id)
      if (!cap) {
        // The same reading of the store as the booking clash check (capacity.ts).
        cap = capacityOf(data, resource, range)
        capacities.set(resource.id, cap)
      }
      return cap
    },
  }
}

/** A live (not soft-deleted) client or project, else 404 like their own GET. */
export function live<T extends { id: number; deleted?: boolean }>(collection: Collection<T>, id: number): T {
  const record = collection.require(id)
  if (record.deleted) throw new MockError('not_found', `${collection.label} ${id} was not found`)
  return record
}

/** A booking's client / project, `null` when it has none (or it no longer exists). */
export const clientOf = (data: AccountData, s: BookingSlice): number | null =>
  s.booking.client_id !== null && data.clients.get(s.booking.client_id) ? s.booking.client_id : null
export const projectOf = (data: AccountData, s: BookingSlice): number | null =>
  s.booking.project_id !== null && data.projects.get(s.booking.project_id) ? s.booking.project_id : null

/** Rows of a list report: live, unarchived records, plus any other with time in the range (inferred). */
export function listed<T extends { id: number; archived?: boolean; deleted?: boolean }>(
  records: readonly T[],
  groups: Map<number | null, BookingSlice[]>,
): T[] {
  return records.filter((r) => (!r.archived && !r.deleted) || touched(tally(groups.get(r.id) ?? [])))
}

/** Resources of the resource reports: unarchived ones, plus archived ones with time in the range (inferred). */
export function reportedResources(scope: Scope): Resource[] {
  const byResource = groupBy(scope.slices, (s) => s.resourceId)
  return scope.data.resources.filter((r) => !r.archived || touched(tally(byResource.get(r.id) ?? [])))
}

/** Resources that have time in the given slices, in id order, with their slices. */
export function resourceGroups(scope: Scope, slices: readonly BookingSlice[]): [Resource, BookingSlice[]][] {
  const groups = groupBy(slices, (s) => s.resourceId)
  return scope.data.resources.filter((r) => groups.has(r.id)).map((r) => [r, groups.get(r.id) ?? []])
}

export const resourceSlices = (scope: Scope, id: number): BookingSlice[] =>
  scope.slices.filter((s) => s.resourceId === id)

export const colorOf = (value: string | null | undefined): string => toColor(value) ?? GREY
export const url = (scope: Scope, path: string): string =>
  `${scope.ctx.baseUrl}/v1/${scope.data.account.subdomain}/${path}`
