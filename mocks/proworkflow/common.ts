/**
 * Shared by the ProWorkflow handlers: the handler and context types (from specs/proworkflow/openapi.yaml), the
 * contact making the request, the errors, and the helpers that read request bodies (IDs as numbers or digit strings,
 * relative dates, contact lists, "an empty string clears the field"). The response envelopes are in envelopes.ts, the
 * list pipeline in listing.ts.
 *
 * Request bodies arrive validated against the operation's schema, typed from it, and are read as such. Two gaps of the
 * generated types to keep in mind: a body property with a `default` is typed as always present, but the engine fills
 * defaults of parameters only (JSON bodies are checked as sent), so handlers keep the default themselves
 * (`body.contacts ?? 'me'`); and a schema combining `properties` with an `anyOf` of `required` lists is typed
 * `unknown` by openapi-typescript, so those few bodies are read as plain records (`record`).
 */
import { MockError } from '../../src/core/errors.ts'
import {
  handlerGroup,
  type Handler,
  type HandlerContext,
  type Principal,
  type UntypedOperation,
} from '../../src/core/plugin.ts'
import type { Collection } from '../../src/store/collection.ts'
import type { components, operations } from '../../specs/proworkflow/openapi.gen.ts'
import type { PwOptions } from './defaults.ts'
import { dateTimeOf, resolveDate } from './query.ts'
import type { Audience, FieldValueIn } from './records.ts'
import type { PwState } from './state.ts'

/** The spec's component schemas: request bodies, records and envelopes. */
export type Schemas = components['schemas']

/** The context of any operation (for helpers several handlers share). */
export type Ctx = HandlerContext<PwState, UntypedOperation, PwOptions>

/** The context of any operation with these path parameters, as its operation types them (checked at each call). */
export type CtxWithParams<P> = Ctx & { params: P }

/** The handler of one operation, typed from the spec. */
export type PwHandler<K extends keyof operations> = Handler<PwState, operations[K], PwOptions>

/** Some of the handlers, each typed from its operation (see `defineHandlers` in index.ts for the whole set). */
export const pwHandlers = handlerGroup<operations, PwState, PwOptions>()

export interface PwPrincipal extends Principal {
  contactId: number
}

/** The contact making the request (`me`), from the Basic half of the dual auth (`PwPrincipal`). */
export function meId(ctx: Ctx): number {
  const id = ctx.principal?.contactId
  return typeof id === 'number' ? id : ctx.state.demoContactId
}

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

/** The record with this id (a path parameter), or a 404. */
export function find<T extends { id: number }>(collection: Collection<T>, id: number): T {
  const record = collection.get(id)
  if (!record) notFound(collection.label, id)
  return record
}

// ── Bodies ──────────────────────────────────────────────────────────────────────────────────────────────────────

export type Body = Record<string, unknown>

const isRecord = (value: unknown): value is Body => !!value && typeof value === 'object' && !Array.isArray(value)

/** A body (or a line of one) the generated types leave `unknown`, as a record of its fields (`{}` if not an object). */
export const record = (value: unknown): Body => (isRecord(value) ? value : {})

/** A batch add's body as a list of records: an object is one, an array is several (002 line 145). */
export const batchOf = <T>(body: T | T[]): T[] => (Array.isArray(body) ? body : [body])

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

/** A date & time value (`yyyy-mm-ddThh:mm[:ss]` or `now`) as `yyyy-mm-ddThh:mm:ss`; `undefined` when absent. */
export function dateTimeValue(ctx: Ctx, value: string): string
export function dateTimeValue(ctx: Ctx, value: string | undefined): string | undefined
export function dateTimeValue(ctx: Ctx, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (value === 'now') return stamp(ctx)
  return value.length === 16 ? `${value}:00` : value
}

/** A money value (`500`, `"500.00"`). */
export const amount = (value: unknown): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value)

/** The fields of `names` sent with a value of the type `is` checks: only the keys sent change (C 01c, inv §9). */
function sentOf<K extends string, V>(
  body: Body,
  names: readonly K[],
  is: (value: unknown) => value is V,
): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {}
  for (const name of names) {
    const value = body[name]
    if (is(value)) out[name] = value
  }
  return out
}

/** The string fields of an edit: only the keys sent change, and an empty string clears the field (C 01c, inv §9). */
export const strings = <K extends string>(body: Body, names: readonly K[]): Partial<Record<K, string>> =>
  sentOf(body, names, (value) => typeof value === 'string')

export const booleans = <K extends string>(body: Body, names: readonly K[]): Partial<Record<K, boolean>> =>
  sentOf(body, names, (value) => typeof value === 'boolean')

/** `apifields` / `customfields` input: sets each `{id, value}` (an empty value removes it). */
export function mergeFieldValues(
  current: readonly FieldValueIn[],
  input: readonly Schemas['FieldValueInput'][] | undefined,
  defs: readonly { id: number }[],
  field: string,
): FieldValueIn[] {
  if (input === undefined) return [...current]
  const out = new Map(current.map((v) => [v.id, v.value]))
  for (const item of input) {
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
