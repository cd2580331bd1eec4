/**
 * Prism-compatible `Prefer` header: `Prefer: code=404, example=notFound` forces a documented response, so one contract
 * suite can provoke the same error on this mock and on `prism mock`. Only documented codes and examples are served.
 */
import { MockError } from './errors.ts'
import { JSON_TYPE } from './responses.ts'
import type { MockResponse } from './types.ts'
import type { Operation } from '../spec/openapi.ts'

export interface Preference {
  code?: string
  example?: string
}

/** Parses `code=429, example=foo` (also `;`-separated). `undefined` when the header asks for nothing we serve. */
export function parsePrefer(header: string | undefined): Preference | undefined {
  if (!header) return undefined
  const pref: Preference = {}
  for (const part of header.split(/[,;]/)) {
    const [k, v] = part.split('=').map((s) => s.trim())
    if (!k || v === undefined) continue
    const value = v.replace(/^"|"$/g, '')
    if (k === 'code') pref.code = value
    else if (k === 'example') pref.example = value
  }
  return pref.code || pref.example ? pref : undefined
}

/**
 * A preference the operation cannot serve is a bad request header, answered with a status the operation documents
 * for a bad request, so the error (in the vendor's shape) is itself a documented response: the first of 400, 422 and
 * 404 it documents, else its first other client error (401 and 429 would misreport the cause), else 400.
 */
export function badPreferenceStatus(op: Operation): number {
  const codes = Object.keys(op.responses)
  const fit = ['400', '422', '404'].find((code) => codes.includes(code))
  return Number(fit ?? codes.find((code) => /^4\d\d$/.test(code) && code !== '401' && code !== '429') ?? 400)
}

/** The documented response for a preference, with its example body and example headers. */
export function preferredResponse(op: Operation, pref: Preference): MockResponse {
  const code =
    pref.code ??
    Object.keys(op.responses).find((c) => {
      const content = op.responses[c]?.content ?? {}
      return Object.values(content).some((m) => m.examples && pref.example! in m.examples)
    }) ??
    Object.keys(op.responses).find((c) => /^2/.test(c))
  const response = code ? op.responses[code] : undefined
  if (!code || !response || !/^\d{3}$/.test(code)) {
    throw new MockError(
      'unknown_example',
      `Status ${pref.code ?? '(any)'} is not documented for ${op.operationId}: Prefer code= must be one of ${Object.keys(op.responses).join(', ')}`,
      { status: badPreferenceStatus(op), parameter: 'Prefer' },
    )
  }
  const headers: Record<string, string> = {}
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = header.example ?? (header.schema as { example?: unknown } | undefined)?.example
    if (value !== undefined) headers[name] = String(value)
  }
  const [type, media] = Object.entries(response.content ?? {})[0] ?? []
  if (!type || !media) return { status: Number(code), headers, body: undefined }
  let value: unknown
  if (pref.example) {
    const named = media.examples?.[pref.example]
    if (!named) {
      throw new MockError(
        'unknown_example',
        `Response ${code} of ${op.operationId} has no example named "${pref.example}"${media.examples ? `: use one of ${Object.keys(media.examples).join(', ')}` : `: it has none, so send Prefer: code=${code} alone`}`,
        { status: badPreferenceStatus(op), parameter: 'Prefer' },
      )
    }
    value = named.value
  } else {
    value =
      media.example ??
      Object.values(media.examples ?? {})[0]?.value ??
      (media.schema as { example?: unknown } | undefined)?.example
  }
  const contentType = type.includes('json') ? JSON_TYPE : type
  return {
    status: Number(code),
    headers: { ...headers, 'content-type': contentType },
    body: value === undefined ? undefined : type.includes('json') ? JSON.stringify(value) : String(value),
  }
}
