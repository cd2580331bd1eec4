/**
 * The page's only way to the mock: the public control endpoints under `/__mock/`, the same ones a script calls. When
 * the mock wants a control token (beyond loopback), it comes from the URL's fragment (`#token=…`, which the browser
 * never sends) or the prompt, is kept for this tab only (sessionStorage), and goes in the `x-mock-control-token`
 * header, never in a URL.
 */
const TOKEN_KEY = 'scheduling-api-mocks-control-token'
const TOKEN_HEADER = 'x-mock-control-token'

/** `/__mock`, from where the page was served (`/__mock/`, or `/__mock/_inspector/docs.html`). */
export const CONTROL_BASE = location.pathname.slice(0, location.pathname.lastIndexOf('/__mock/') + '/__mock'.length)

export class ControlError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY)
}

export function setToken(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value)
}

/** Forgets a token the mock refused, so the next attempt starts from the prompt. */
export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY)
}

/** Moves a `#token=…` from the address into this tab's storage, and out of the address bar. */
export function takeTokenFromFragment(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash)
  if (!match) return
  setToken(decodeURIComponent(match[1] as string))
  history.replaceState(null, '', `${location.pathname}${location.search}`)
}

/** The mock session the page shows (`?session=<name>` in the page's address; none: the default session). */
export const SESSION = new URLSearchParams(location.search).get('session') || undefined

export function headers(): Record<string, string> {
  const t = token()
  return { ...(t ? { [TOKEN_HEADER]: t } : {}), ...(SESSION ? { 'x-mock-session': SESSION } : {}) }
}

/** A control request; resolves with its JSON, or rejects with a `ControlError` carrying the mock's message. */
export async function call<T>(method: string, path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${CONTROL_BASE}/${path}`, { method, headers: headers(), signal, cache: 'no-store' })
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = { error: text }
  }
  if (!response.ok) throw new ControlError(response.status, (body as { error?: string }).error ?? response.statusText)
  return body as T
}

export const get = <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, signal)

/** `a=1&b=x` from the defined values. */
export function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== '') params.set(key, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}
