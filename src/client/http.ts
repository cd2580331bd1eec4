/** Small helpers over fetch's `Headers` and `Response`. */

/**
 * The seconds a header gives: a number of seconds, or (as `Retry-After` may be) an HTTP date, counted from `now`.
 * `undefined` when the header is absent or unreadable.
 */
export function headerSeconds(headers: Headers, name: string, now: number): number | undefined {
  const raw = headers.get(name)?.trim()
  if (!raw) return undefined
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw)
  const date = Date.parse(raw)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

/**
 * Lets go of a response that is not handed back (it is sent again), so its connection is freed. Not awaited: a
 * cancel may settle only once the stream's source stops, which some in-process responses (MSW's) never signal.
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => {})
}
