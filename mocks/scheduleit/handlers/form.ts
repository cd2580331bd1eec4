/**
 * Helpers for the form-encoded POST bodies (000 lines 180-256): values arrive as strings, already checked against
 * the spec's patterns and field names by the engine; these add the checks a pattern cannot make (a real date, ids that
 * exist). Each takes the operation's body as the spec types it (`EventCreate`, `GroupUpdate`, …).
 */
import { MockError } from '../../../src/core/errors.ts'
import type { Collection } from '../../../src/store/collection.ts'
import { parseDate } from '../query.ts'
import { idsOf, wrapIds } from '../state.ts'

/** A validated form body: the spec's form schemas are flat objects of optional (or required) strings. */
export type Form = Readonly<Record<string, string | undefined>>

export const invalid = (message: string): never => {
  throw new MockError('invalid_body', message, { status: 400 })
}

/** `YYYY-MM-DD[ HH:MM[:SS]]` → `YYYY-MM-DD HH:MM:SS` (the form the API stores, 000 line 186); `''` stays empty. */
export function dateTime<F extends Form>(form: F, field: keyof F & string): string | undefined {
  const value = form[field]
  if (value === undefined || value === '') return value
  if (parseDate(value) === undefined) invalid(`${field} "${value}" is not a date: send YYYY-MM-DD HH:MM:SS`)
  return value.length === 10 ? `${value} 00:00:00` : value.length === 16 ? `${value}:00` : value
}

/** A comma list of ids that must all exist in `collection`, stored wrapped in commas (`",1,2,"`); `undefined` if not sent. */
export function ownerList<T extends { id: number }>(
  form: { readonly owner?: string },
  collection: Collection<T>,
  what: string,
): string | undefined {
  const value = form.owner
  if (value === undefined) return undefined
  const ids = [...new Set(idsOf(value))]
  const missing = ids.filter((id) => collection.get(id) === undefined)
  if (missing.length)
    invalid(`owner names ${what} ${missing.join(', ')}, which do${missing.length === 1 ? 'es' : ''} not exist`)
  return wrapIds(ids)
}

/**
 * The posted fields. The form's schema is the list of the fields a client may write (the vendor's sample of each "Add
 * a new …", 000 lines 180-256): it is closed (`additionalProperties: false`), so the validated form holds no other.
 */
export function posted<F extends Form>(form: F): Partial<Record<keyof F & string, string>> {
  const out: Partial<Record<keyof F & string, string>> = {}
  for (const field in form) {
    const value = form[field]
    if (typeof value === 'string') out[field] = value
  }
  return out
}
