/**
 * Offset pagination over an array. `limit` undefined means "no limit"; vendors that treat 0 as "all" pass
 * `zeroMeansAll`. Absurd values (huge numbers) are clamped rather than allowed to allocate.
 */
export function paginate<T>(
  items: readonly T[],
  options: { limit?: number; offset?: number; zeroMeansAll?: boolean },
): readonly T[] {
  const offset = Math.min(Math.max(0, options.offset ?? 0), items.length)
  const limit = options.limit
  if (limit === undefined || (limit === 0 && options.zeroMeansAll)) return offset === 0 ? items : items.slice(offset)
  return items.slice(offset, offset + Math.max(0, Math.min(limit, items.length)))
}

/** Parses a digits-only query value (`"50"`) to a number, or `undefined`; values past 2^53 are clamped. */
export function toCount(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const n = Number(value)
  if (!Number.isFinite(n)) return Number.MAX_SAFE_INTEGER
  return Math.min(Math.max(0, Math.trunc(n)), Number.MAX_SAFE_INTEGER)
}
