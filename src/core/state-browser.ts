/**
 * Browsing a mock's state without the plug-in's help: the state is walked for its collections (the store's
 * `Collection`s, and `Map`s and arrays of records), each named by its path (`accounts.example-corp.bookings`), so the
 * inspector and `GET /__mock/<api>/collections` work for any plug-in, ours or a user's. Only plain objects, maps and
 * arrays are entered: class instances other than collections (a token service, a delivery queue) hold no records and
 * may hold secrets. Pages are redacted like the request log (members named like credentials).
 */
import { redactBodyText } from './redact.ts'

/** Something that holds records: the store's `Collection`, or a Map or array of objects. */
interface Source {
  count: number
  page(offset: number, limit: number): unknown[]
}

export interface CollectionSummary {
  name: string
  count: number
}

export interface CollectionPage extends CollectionSummary {
  offset: number
  limit: number
  records: unknown[]
}

/** How deep the walk goes (`accounts` → an account → its collections is 3), and how many collections it lists. */
const MAX_DEPTH = 4
const MAX_COLLECTIONS = 500
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 500

interface CollectionLike {
  size: number
  all(): readonly unknown[]
  present(record: unknown): unknown
}

const isCollection = (v: object): v is CollectionLike =>
  typeof (v as CollectionLike).all === 'function' &&
  typeof (v as CollectionLike).present === 'function' &&
  typeof (v as CollectionLike).size === 'number'

const isPlain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every collection in the state, by name, in the order the walk meets them. */
export function findCollections(state: unknown): Map<string, Source> {
  const found = new Map<string, Source>()
  const seen = new Set<object>()
  const walk = (value: unknown, name: string, depth: number): void => {
    if (found.size >= MAX_COLLECTIONS || typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (isCollection(value)) {
      found.set(name, {
        count: value.size,
        page: (offset, limit) =>
          value
            .all()
            .slice(offset, offset + limit)
            .map((r) => value.present(r)),
      })
      return
    }
    if (depth >= MAX_DEPTH) return
    const child = (key: string) => (name ? `${name}.${key}` : key)
    if (value instanceof Map) {
      const values = [...value.values()]
      // A map of records is a collection; a map of containers (e.g. one per account) is walked into.
      if (values.length > 0 && values.every((v) => isRecord(v) && isPlain(v) && !holdsCollections(v))) {
        found.set(name, { count: value.size, page: (offset, limit) => values.slice(offset, offset + limit) })
      } else for (const [key, v] of value) walk(v, child(String(key)), depth + 1)
      return
    }
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every(isRecord))
        found.set(name, { count: value.length, page: (offset, limit) => value.slice(offset, offset + limit) })
      return
    }
    if (!isPlain(value)) return
    for (const [key, v] of Object.entries(value)) walk(v, child(key), depth + 1)
  }
  walk(state, '', 0)
  found.delete('')
  return found
}

function holdsCollections(value: object): boolean {
  return Object.values(value).some((v) => typeof v === 'object' && v !== null && (isCollection(v) || v instanceof Map))
}

export function listCollections(state: unknown): CollectionSummary[] {
  return [...findCollections(state)].map(([name, source]) => ({ name, count: source.count }))
}

/** One page of a collection's records (their wire form), or `undefined` when there is no such collection. */
export function collectionPage(
  state: unknown,
  name: string,
  offset: number,
  limit: number,
): CollectionPage | undefined {
  const source = findCollections(state).get(name)
  if (!source) return undefined
  const records = source.page(offset, limit)
  // Through JSON and the body redactor, so the page shows what the API would send, with credentials hidden.
  const redacted = JSON.parse(redactBodyText(JSON.stringify(records), 'application/json')) as unknown[]
  return { name, count: source.count, offset, limit, records: redacted }
}
