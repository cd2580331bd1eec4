/**
 * Snapshots: a session's whole state as JSON in a stable, versioned, vendor-neutral format, and back.
 *
 * A state is walked generically: the store's `Collection`s (records and the next id), `Map`s, `Set`s, a
 * `TokenService`'s live tokens and plain JSON data are encoded; a plug-in names the fields of its state that are data
 * (`ApiPlugin.snapshotFields`), and everything else (the clock, options, policies, a delivery queue) is rebuilt by
 * `createState`. Restoring builds a fresh state from the snapshot's seed, then overlays the data onto it: collections,
 * maps and sets are refilled in place (they keep their labels and wire forms), plain data is replaced.
 *
 * Encoded containers are objects tagged with `$type`; a plain object that has a `$type` key of its own is wrapped
 * (`{ $type: 'object', value }`), so no record can be mistaken for a container.
 */
import { TokenService, type TokenServiceSnapshot } from '../auth/token-service.ts'
import { Collection, type Identified } from './collection.ts'

export const SNAPSHOT_FORMAT = 'scheduling-api-mocks.snapshot'
/** The version this build writes and reads. Bump it (and add a migration below) when the encoding changes. */
export const SNAPSHOT_VERSION = 1

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  version: number
  /** The API id the snapshot is of: restoring it into another API is refused. */
  api: string
  /** The session it was taken from (informational: `PUT snapshot` restores into the session the request names). */
  session: string
  /** The seed the state was built from: restoring rebuilds from it before overlaying the data. */
  seed: number
  takenAt: string
  /** The state's data fields, encoded. */
  state: Record<string, unknown>
}

/** A snapshot that cannot be restored; the message says what was expected. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

/**
 * Migrations from older versions, by the version they read: each returns the document one version up. None exist yet
 * (version 1 is the first); an older version without one is refused with a message naming both versions.
 */
const MIGRATIONS: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {}

type Encoded = unknown

const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
const tagOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? ((value as { $type?: unknown }).$type as string | undefined)
    : undefined

/** Encodes one value; `path` names it in errors (`state.accounts.example-corp`). */
function encode(value: unknown, path: string): Encoded {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new SnapshotError(`${path} is a ${typeof value}, not data: leave it out of the plug-in's snapshotFields`)
    return value
  }
  if (Array.isArray(value)) return value.map((item, i) => encode(item, `${path}[${i}]`))
  if (value instanceof Collection) {
    const { nextId, records } = (value as Collection<Identified>).snapshot()
    return { $type: 'collection', label: value.label, nextId, records: encode(records, `${path}.records`) }
  }
  if (value instanceof TokenService) return { $type: 'tokens', ...(value as TokenService<unknown>).snapshot() }
  if (value instanceof Map)
    return {
      $type: 'map',
      entries: [...value].map(([key, item]) => [encode(key, `${path} key`), encode(item, `${path}.${String(key)}`)]),
    }
  if (value instanceof Set) return { $type: 'set', values: [...value].map((item, i) => encode(item, `${path}[${i}]`)) }
  if (value instanceof Date) return { $type: 'date', value: value.toISOString() }
  if (!isPlain(value))
    throw new SnapshotError(
      `${path} is a ${value.constructor?.name ?? 'class instance'}, which a snapshot cannot hold: leave it out of the plug-in's snapshotFields`,
    )
  const out: Record<string, Encoded> = {}
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue
    out[key] = encode(item, `${path}.${key}`)
  }
  return '$type' in out ? { $type: 'object', value: out } : out
}

/** Decodes a value with no live target to fill (a new map entry, plain data). */
function decode(value: Encoded, path: string): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item, i) => decode(item, `${path}[${i}]`))
  const tagged = value as Record<string, unknown>
  switch (tagOf(value)) {
    case undefined:
      return Object.fromEntries(Object.entries(tagged).map(([key, item]) => [key, decode(item, `${path}.${key}`)]))
    case 'object':
      return Object.fromEntries(
        Object.entries(tagged.value as Record<string, unknown>).map(([key, item]) => [
          key,
          decode(item, `${path}.${key}`),
        ]),
      )
    case 'date':
      return new Date(String(tagged.value))
    case 'map':
      return new Map(
        entriesOf(tagged, path).map(([key, item]) => [decode(key, path), decode(item, `${path}.${String(key)}`)]),
      )
    case 'set':
      return new Set(arrayOf(tagged.values, `${path}.values`).map((item, i) => decode(item, `${path}[${i}]`)))
    case 'collection': {
      const collection = new Collection<Identified>({ label: String(tagged.label ?? path) })
      collection.restore(collectionData(tagged, path))
      return collection
    }
    default:
      throw new SnapshotError(
        `${path} is a "${String(tagged.$type)}" that this build cannot restore on its own (no such field in a fresh state)`,
      )
  }
}

function arrayOf(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new SnapshotError(`${path} must be an array`)
  return value
}
function entriesOf(tagged: Record<string, unknown>, path: string): [unknown, unknown][] {
  return arrayOf(tagged.entries, `${path}.entries`).map((entry, i) => {
    if (!Array.isArray(entry) || entry.length !== 2)
      throw new SnapshotError(`${path}.entries[${i}] must be a [key, value] pair`)
    return entry as [unknown, unknown]
  })
}
function collectionData(tagged: Record<string, unknown>, path: string): { nextId: number; records: Identified[] } {
  const records = decode(arrayOf(tagged.records, `${path}.records`), `${path}.records`) as Identified[]
  records.forEach((record, i) => {
    if (typeof record !== 'object' || record === null || !Number.isSafeInteger(record.id))
      throw new SnapshotError(`${path}.records[${i}] must be a record with a whole-number id`)
  })
  const nextId = Number(tagged.nextId)
  if (!Number.isSafeInteger(nextId)) throw new SnapshotError(`${path}.nextId must be a whole number`)
  return { nextId, records }
}

/** Whether a plain value holds a live container that must be refilled in place rather than replaced. */
function holdsLive(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 6) return false
  if (value instanceof Collection || value instanceof TokenService || value instanceof Map || value instanceof Set)
    return true
  if (Array.isArray(value)) return value.some((item) => holdsLive(item, depth + 1))
  return isPlain(value) && Object.values(value).some((item) => holdsLive(item, depth + 1))
}

/** Overlays encoded data onto a fresh value: refills live containers in place; returns what the field should hold. */
function overlay(target: unknown, value: Encoded, path: string): unknown {
  const tag = tagOf(value)
  const tagged = value as Record<string, unknown>
  if (target instanceof Collection && tag === 'collection') {
    ;(target as Collection<Identified>).restore(collectionData(tagged, path))
    return target
  }
  if (target instanceof TokenService && tag === 'tokens') {
    ;(target as TokenService<unknown>).restore(tagged as unknown as TokenServiceSnapshot<unknown>)
    return target
  }
  if (target instanceof Map && tag === 'map') {
    const entries = entriesOf(tagged, path).map(([rawKey, item]) => {
      const key = decode(rawKey, path)
      const at = `${path}.${String(key)}`
      return [key, target.has(key) ? overlay(target.get(key), item, at) : decode(item, at)] as const
    })
    target.clear()
    for (const [key, item] of entries) target.set(key, item)
    return target
  }
  if (target instanceof Set && tag === 'set') {
    const values = decode(value, path) as Set<unknown>
    target.clear()
    for (const item of values) target.add(item)
    return target
  }
  if (tag === undefined && typeof target === 'object' && target !== null && isPlain(target) && holdsLive(target)) {
    const record = target as Record<string, unknown>
    for (const [key, item] of Object.entries(tagged)) record[key] = overlay(record[key], item, `${path}.${key}`)
    return target
  }
  if (target instanceof Collection || target instanceof TokenService || target instanceof Map || target instanceof Set)
    throw new SnapshotError(
      `${path} holds a ${target.constructor.name} here, but the snapshot has ${tag ?? 'plain data'}`,
    )
  return decode(value, path)
}

/** The fields a snapshot holds: those declared, else every field whose value is data (not a function or a service). */
function dataFields(state: object, declared: readonly string[] | undefined): string[] {
  if (declared) return [...declared]
  return Object.entries(state)
    .filter(([, value]) => {
      if (typeof value === 'function') return false
      if (typeof value !== 'object' || value === null) return true
      return (
        Array.isArray(value) ||
        isPlain(value) ||
        value instanceof Collection ||
        value instanceof TokenService ||
        value instanceof Map ||
        value instanceof Set
      )
    })
    .map(([key]) => key)
}

/** A state's data as JSON-ready values, by field. Throws `SnapshotError` when a declared field holds something else. */
export function encodeState(state: object, fields?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of dataFields(state, fields))
    out[field] = encode((state as Record<string, unknown>)[field], `state.${field}`)
  return out
}

/** Overlays a snapshot's encoded data onto a freshly created state, in place. */
export function restoreState(state: object, data: Record<string, unknown>, fields?: readonly string[]): void {
  const record = state as Record<string, unknown>
  const allowed = new Set(dataFields(state, fields))
  for (const [field, value] of Object.entries(data)) {
    // A field the plug-in no longer declares (or never had) is ignored rather than grafted onto the state.
    if (!allowed.has(field)) continue
    record[field] = overlay(record[field], value, `state.${field}`)
  }
}

/**
 * Checks a document read from a file or a request: the format, the version (migrating an older one when a migration
 * exists), the API. Returns the snapshot, or throws `SnapshotError` saying what was expected.
 */
export function readSnapshot(document: unknown, api: string): Snapshot {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new SnapshotError(`A snapshot must be a JSON object with "format": "${SNAPSHOT_FORMAT}"`)
  let doc = document as Record<string, unknown>
  if (doc.format !== SNAPSHOT_FORMAT)
    throw new SnapshotError(
      `Not a snapshot: "format" is ${JSON.stringify(doc.format ?? null)?.slice(0, 80)}, expected "${SNAPSHOT_FORMAT}" (take one with GET /__mock/<api>/snapshot)`,
    )
  if (!Number.isSafeInteger(doc.version))
    throw new SnapshotError(`The snapshot has no whole-number "version"; this build reads version ${SNAPSHOT_VERSION}`)
  if ((doc.version as number) > SNAPSHOT_VERSION)
    throw new SnapshotError(
      `The snapshot is version ${doc.version}, newer than this build reads (version ${SNAPSHOT_VERSION}): upgrade scheduling-api-mocks to restore it`,
    )
  while ((doc.version as number) < SNAPSHOT_VERSION) {
    const migrate = MIGRATIONS[doc.version as number]
    if (!migrate)
      throw new SnapshotError(
        `The snapshot is version ${doc.version}, older than this build reads (version ${SNAPSHOT_VERSION}), and cannot be migrated: take a new snapshot with this version`,
      )
    doc = migrate(doc)
  }
  if (doc.api !== api)
    throw new SnapshotError(
      `The snapshot is of API ${JSON.stringify(doc.api ?? null)?.slice(0, 80)}, not "${api}": restore it into that API`,
    )
  if (!Number.isSafeInteger(doc.seed)) throw new SnapshotError('The snapshot has no whole-number "seed"')
  if (typeof doc.state !== 'object' || doc.state === null || Array.isArray(doc.state))
    throw new SnapshotError('The snapshot has no "state" object')
  return doc as unknown as Snapshot
}
