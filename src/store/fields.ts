/**
 * Records built from a list of their field names, typed by that list: a plug-in that keeps its records' fields (or a
 * response's keys) in a `const` list builds blank records and picks subsets from it. `Object.fromEntries` would type
 * the keys as any string; these keep the names, and the list's order is the object's key order (the wire order).
 */

/** An object with each of `keys`, in order, set to `value(key)`. */
export function fromKeys<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>
}

/** The `keys` of a record, in the order of `keys` (an absent optional one is present as `undefined`). */
export function pick<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const key of keys) out[key] = record[key]
  return out
}
