/**
 * A map for tables keyed by what clients send (client keys, tokens, codes): at most `maxSize` entries, least recently
 * used evicted first, and entries that carry an expiry dropped when read or by a periodic sweep. Without both, a
 * client sending distinct keys (long Basic logins, token after token) grows the process until it dies.
 *
 * `lru-cache` would also do (its `perf` option can read the mock's clock); this small map keeps the engine's
 * browser bundle free of another runtime dependency, and takes each entry's absolute expiry (a token's, a window's)
 * straight from the injected clock that tests move by hand. A plain Map is not enough: evicting its first key after
 * many deletions scans V8's deleted slots (50,000 inserts into a 10,000-entry Map took 690 ms), hence the linked list.
 */
import { ConfigError } from './errors.ts'

interface Node<K, V> {
  key: K
  value: V
  /** Epoch ms after which the entry is gone; `Infinity` for never. */
  expiresAt: number
  prev: Node<K, V> | undefined
  next: Node<K, V> | undefined
}

export interface BoundedMapOptions {
  /** Most entries kept; adding one more evicts the least recently used. */
  maxSize: number
  /**
   * Idle lifetime: an entry not read or written for this long expires (reads and writes extend it). Leave it out when
   * each entry's expiry is given to `set` (tokens, windows, blocks).
   */
  idleMs?: number
  /** How often (in clock time) a write also sweeps every expired entry out (default 60 s). */
  sweepEveryMs?: number
}

export class BoundedMap<K, V> {
  readonly maxSize: number
  readonly #idleMs: number | undefined
  readonly #sweepEveryMs: number
  readonly #nodes = new Map<K, Node<K, V>>()
  /** Least recently used. */
  #head: Node<K, V> | undefined
  /** Most recently used. */
  #tail: Node<K, V> | undefined
  #lastSweep = Number.NEGATIVE_INFINITY
  #evicted = 0

  constructor(options: BoundedMapOptions) {
    if (!(Number.isInteger(options.maxSize) && options.maxSize >= 1))
      throw new ConfigError(`BoundedMap: maxSize must be a whole number >= 1, got ${options.maxSize}`)
    if (options.idleMs !== undefined && !(options.idleMs > 0))
      throw new ConfigError(`BoundedMap: idleMs must be > 0, got ${options.idleMs}`)
    this.maxSize = options.maxSize
    this.#idleMs = options.idleMs
    this.#sweepEveryMs = options.sweepEveryMs ?? 60_000
  }

  get size(): number {
    return this.#nodes.size
  }

  /** How many entries were pushed out by the size cap (not by expiry) since the last `clear`. */
  get evicted(): number {
    return this.#evicted
  }

  /** The live value, marked as just used (and, with `idleMs`, kept alive longer); `undefined` when absent or expired. */
  get(key: K, now: number): V | undefined {
    const node = this.#live(key, now)
    if (!node) return undefined
    if (this.#idleMs !== undefined) node.expiresAt = now + this.#idleMs
    this.#toTail(node)
    return node.value
  }

  /** The live value without marking it used. */
  peek(key: K, now: number): V | undefined {
    return this.#live(key, now)?.value
  }

  /**
   * Adds or replaces an entry as the most recently used. `expiresAt` defaults to `now + idleMs`, or never. May sweep
   * expired entries, then evicts the least recently used ones beyond `maxSize`.
   */
  set(key: K, value: V, now: number, expiresAt?: number): this {
    const expiry = expiresAt ?? (this.#idleMs !== undefined ? now + this.#idleMs : Number.POSITIVE_INFINITY)
    const existing = this.#nodes.get(key)
    if (existing) {
      existing.value = value
      existing.expiresAt = expiry
      this.#toTail(existing)
    } else {
      const node: Node<K, V> = { key, value, expiresAt: expiry, prev: this.#tail, next: undefined }
      if (this.#tail) this.#tail.next = node
      else this.#head = node
      this.#tail = node
      this.#nodes.set(key, node)
    }
    if (now - this.#lastSweep >= this.#sweepEveryMs || now < this.#lastSweep) this.sweep(now)
    while (this.#nodes.size > this.maxSize && this.#head) {
      this.#remove(this.#head)
      this.#evicted++
    }
    return this
  }

  delete(key: K): boolean {
    const node = this.#nodes.get(key)
    if (!node) return false
    this.#remove(node)
    return true
  }

  /** Drops every expired entry now; returns how many. */
  sweep(now: number): number {
    this.#lastSweep = now
    let dropped = 0
    for (let node = this.#head; node; ) {
      const next = node.next
      if (node.expiresAt <= now) {
        this.#remove(node)
        dropped++
      }
      node = next
    }
    return dropped
  }

  clear(): void {
    this.#nodes.clear()
    this.#head = this.#tail = undefined
    this.#evicted = 0
  }

  /** Entries from least to most recently used, expired ones included until they are swept. */
  *entries(): IterableIterator<[K, V]> {
    for (let node = this.#head; node; node = node.next) yield [node.key, node.value]
  }

  /** Live entries with their expiry (epoch ms, `Infinity` for never), least recently used first: for snapshots. */
  *live(now: number): IterableIterator<[K, V, number]> {
    for (let node = this.#head; node; node = node.next)
      if (node.expiresAt > now) yield [node.key, node.value, node.expiresAt]
  }

  *keys(): IterableIterator<K> {
    for (let node = this.#head; node; node = node.next) yield node.key
  }

  #live(key: K, now: number): Node<K, V> | undefined {
    const node = this.#nodes.get(key)
    if (!node) return undefined
    if (node.expiresAt <= now) {
      this.#remove(node)
      return undefined
    }
    return node
  }

  #toTail(node: Node<K, V>): void {
    if (node === this.#tail) return
    // Unlink (node is not the tail, so it has a next).
    if (node.prev) node.prev.next = node.next
    else this.#head = node.next
    ;(node.next as Node<K, V>).prev = node.prev
    // Append.
    node.prev = this.#tail
    node.next = undefined
    if (this.#tail) this.#tail.next = node
    this.#tail = node
  }

  #remove(node: Node<K, V>): void {
    this.#nodes.delete(node.key)
    if (node.prev) node.prev.next = node.next
    else this.#head = node.next
    if (node.next) node.next.prev = node.prev
    else this.#tail = node.prev
    node.prev = node.next = undefined
  }
}

/**
 * A map key of bounded length for a client-chosen string: short keys unchanged, longer ones cut and suffixed with a
 * hash of the whole, so distinct long keys stay distinct (a 53-bit hash: collisions need ~10^8 keys) while each costs
 * at most `maxLength` characters to keep.
 */
export function boundKey(key: string, maxLength: number): string {
  if (key.length <= maxLength) return key
  const suffix = `…#${hash53(key).toString(36)}`
  let cut = Math.max(0, maxLength - suffix.length)
  // Do not split a surrogate pair.
  const code = key.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return key.slice(0, cut) + suffix
}

/** cyrb53 (public domain): fast, sync and browser-safe; not a security hash, only a key. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
