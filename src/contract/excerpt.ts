/**
 * The request and response a report shows for a check: short, and without credentials. Reports of a run against a
 * live API go into CI artefacts, so a token in a body (the token endpoint's answer, a password grant's form) or in a
 * query string must not end up there.
 */
import { isSecretKey, REDACTED, redactQuery } from '../core/redact.ts'
import { requestUrl, type ContractRequest, type ContractResponse } from './client.ts'
import type { RequestExcerpt, ResponseExcerpt } from './report/model.ts'

export const EXCERPT_CHARS = 2000

/** Response headers left out of reports: they carry credentials or session state, not the contract. */
const HIDDEN_HEADERS = new Set(['set-cookie', 'authorization', 'www-authenticate', 'proxy-authorization'])

const cut = (text: string): string => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text)

/** A JSON value with the values of credential keys replaced, at any depth. */
export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson)
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, isSecretKey(key) ? REDACTED : redactJson(v)]))
}

function redactUrl(url: string): string {
  const q = url.indexOf('?')
  return q === -1 ? url : `${url.slice(0, q + 1)}${redactQuery(url.slice(q + 1))}`
}

function bodyText(body: unknown, contentType: string | undefined): string | undefined {
  if (body === undefined) return undefined
  if (typeof body === 'string') {
    if (contentType?.includes('x-www-form-urlencoded')) return cut(redactQuery(body))
    return cut(body)
  }
  if (contentType?.includes('x-www-form-urlencoded') && typeof body === 'object' && body !== null) {
    const form = new URLSearchParams()
    for (const [k, v] of Object.entries(body)) if (v !== undefined) form.append(k, String(v))
    return cut(redactQuery(form.toString()))
  }
  return cut(JSON.stringify(redactJson(body)))
}

export function requestExcerpt(baseUrl: string, request: ContractRequest): RequestExcerpt {
  const contentType = request.body === undefined ? undefined : (request.contentType ?? 'application/json')
  const body = bodyText(request.body, contentType)
  return {
    method: request.method,
    url: redactUrl(requestUrl(baseUrl, request)),
    ...(contentType ? { contentType } : {}),
    ...(body !== undefined ? { body } : {}),
  }
}

export function responseExcerpt(res: ContractResponse): ResponseExcerpt {
  const headers = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !HIDDEN_HEADERS.has(name)))
  const json = res.jsonError === undefined && typeof res.body === 'object' && res.body !== null
  const body = res.text === '' ? undefined : json ? cut(JSON.stringify(redactJson(res.body))) : cut(res.text)
  return { status: res.status, headers, ...(body !== undefined ? { body } : {}), ms: res.ms }
}
