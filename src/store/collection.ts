/**
 * A small in-memory collection of records with numeric ids, modelled on @msw/data's Collection. Records are immutable
 * values: an update stores a new object. That lets the collection cache each record's JSON (a `WeakMap` keyed by the
 * record object), so list responses join cached strings instead of serialising every record on every request —
 * per-request `JSON.stringify` is most of a mock server's cost (see README "Decisions").
 */
import { MockError } from '../core/errors.ts'

const encoder = new TextEncoder()

export interface Identified {
  id: number
}

export interface CollectionOptions<T> {
  /** Singular label for messages: "Booking 7 was not found". */
  label: string
  /** The wire form of a record (defaults to the record itself). */
  present?: (record: T) => unknown
  /** First id handed out (default 1). */
  firstId?: number
}

export class Collection<T extends Identified> {
  readonly label: string
  readonly #records = new Map<number, T>()
  readonly #json = new WeakMap<T, string>()
  readonly #bytes = new WeakMap<T, Uint8Array>()
  readonly #present: (record: T) => unknown
  #ordered: T[] | undefined
  #nextId: number

  constructor(options: CollectionOptions<T>) {
    this.label = options.label
    this.#present = options.present ?? ((r) => r)
    this.#nextId = options.firstId ?? 1
  }

  get size(): number {
    return this.#records.size
  }

  /** Adds a record; the id is the next in sequence unless one is given (seeding, or vendors that let clients pick). */
  insert(data: Omit<T, 'id'> & { id?: number }): T {
    const id = data.id ?? this.#nextId
    if (this.#records.has(id))
      throw new MockError('conflict', `${this.label} ${id} already exists`, { record: { kind: this.label, id } })
    this.#nextId = Math.max(this.#nextId, id + 1)
    const record = { id, ...data } as T
    this.#records.set(id, record)
    this.#ordered = undefined
    return record
  }

  get(id: number): T | undefined {
    return this.#records.get(id)
  }

  /** The record, or a `not_found` error that names it. */
  require(id: number): T {
    const record = this.#records.get(id)
    if (!record)
      throw new MockError('not_found', `${this.label} ${id} was not found`, { record: { kind: this.label, id } })
    return record
  }

  /** Replaces a record with a changed copy and returns it. */
  update(id: number, change: Partial<T> | ((current: T) => T)): T {
    const current = this.require(id)
    const next = typeof change === 'function' ? change(current) : ({ ...current, ...change, id } as T)
    this.#records.set(id, next)
    this.#ordered = undefined
    return next
  }

  delete(id: number): boolean {
    const existed = this.#records.delete(id)
    if (existed) this.#ordered = undefined
    return existed
  }

  /** All records in id order. The array is cached until the next write: do not mutate it. */
  all(): readonly T[] {
    this.#ordered ??= [...this.#records.values()].sort((a, b) => a.id - b.id)
    return this.#ordered
  }

  filter(predicate: (record: T) => boolean): T[] {
    return this.all().filter(predicate)
  }

  /** The wire form of a record (what the API returns). */
  present(record: T): unknown {
    return this.#present(record)
  }

  /** The record's JSON, cached until the record changes. */
  json(record: T): string {
    let text = this.#json.get(record)
    if (text === undefined) {
      text = JSON.stringify(this.#present(record))
      this.#json.set(record, text)
    }
    return text
  }

  /** A JSON array of the records, built from the cached JSON of each. */
  jsonArray(records: readonly T[]): string {
    let out = '['
    for (let i = 0; i < records.length; i++) out += (i ? ',' : '') + this.json(records[i] as T)
    return `${out}]`
  }

  /** The record's JSON as UTF-8 bytes, cached until the record changes. */
  bytes(record: T): Uint8Array {
    let bytes = this.#bytes.get(record)
    if (bytes === undefined) {
      bytes = encoder.encode(this.json(record))
      this.#bytes.set(record, bytes)
    }
    return bytes
  }

  /**
   * A JSON array of the records as UTF-8 bytes, copied together from each record's cached bytes. This is the fast
   * path for list responses: the socket gets one ready buffer, with no string to flatten or encode per request.
   */
  jsonArrayBytes(records: readonly T[]): Uint8Array {
    let length = records.length ? records.length + 1 : 2
    const parts: Uint8Array[] = new Array(records.length)
    for (let i = 0; i < records.length; i++) {
      const part = this.bytes(records[i] as T)
      parts[i] = part
      length += part.length
    }
    const out = new Uint8Array(length)
    out[0] = 0x5b // [
    let offset = 1
    for (let i = 0; i < parts.length; i++) {
      if (i) out[offset++] = 0x2c // ,
      const part = parts[i] as Uint8Array
      out.set(part, offset)
      offset += part.length
    }
    out[offset] = 0x5d // ]
    return out
  }

  /** The records and the next id to hand out, for a snapshot (`src/store/snapshot.ts`). */
  snapshot(): { nextId: number; records: readonly T[] } {
    return { nextId: this.#nextId, records: this.all() }
  }

  /** Replaces every record and the id counter with a snapshot's, so the next insert continues where it left off. */
  restore(data: { nextId: number; records: readonly T[] }): void {
    this.#records.clear()
    this.#ordered = undefined
    let next = data.nextId
    for (const record of data.records) {
      this.#records.set(record.id, record)
      next = Math.max(next, record.id + 1)
    }
    this.#nextId = next
  }

  /** Every record's wire form (for inspection endpoints). */
  dump(): unknown[] {
    return this.all().map((r) => this.#present(r))
  }
}
