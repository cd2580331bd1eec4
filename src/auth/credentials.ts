/**
 * Reads the credentials a security scheme asks for out of a request. Which schemes an operation needs comes from the
 * spec's `security`; whether the credentials are good is the vendor plug-in's call (`ApiPlugin.verify`).
 */
import type { Query } from '../core/types.ts'
import type { SecuritySchemeObject } from '../spec/openapi.ts'

export type Credential =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'bearer'; token: string }
  | { kind: 'apiKey'; key: string }

/** `undefined` when the request carries none; `'malformed'` when it carries something unusable for this scheme. */
export type Extracted = Credential | undefined | 'malformed'

export interface CredentialSources {
  headers: Record<string, string | undefined>
  query: Query
  /** The decoded body, for vendors that accept an API key among the body fields. */
  body?: unknown
}

export function extractCredential(
  scheme: SecuritySchemeObject,
  src: CredentialSources,
  bodyKeyNames: string[] = [],
): Extracted {
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return readBasic(src.headers.authorization)
  if (
    (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') ||
    scheme.type === 'oauth2' ||
    scheme.type === 'openIdConnect'
  ) {
    return readBearer(src.headers.authorization)
  }
  if (scheme.type === 'apiKey' && scheme.name) {
    const name = scheme.name
    let key: string | undefined
    if (scheme.in === 'header') key = src.headers[name.toLowerCase()]
    else if (scheme.in === 'query') key = src.query[name]?.[0]
    else if (scheme.in === 'cookie') key = readCookie(src.headers.cookie, name)
    // Some vendors also accept the key among the body fields (declared by the plug-in, OpenAPI cannot say so).
    if (key === undefined && bodyKeyNames.includes(name) && src.body && typeof src.body === 'object') {
      const value = (src.body as Record<string, unknown>)[name]
      if (typeof value === 'string') key = value
    }
    if (key === undefined) return undefined
    return key === '' ? 'malformed' : { kind: 'apiKey', key }
  }
  return undefined
}

function readBasic(header: string | undefined): Extracted {
  if (!header) return undefined
  const [scheme, value] = splitAuthorization(header)
  if (scheme !== 'basic') return undefined
  if (!value) return 'malformed'
  const decoded = decodeBase64(value)
  if (decoded === undefined) return 'malformed'
  const colon = decoded.indexOf(':')
  if (colon === -1) return 'malformed'
  return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

function readBearer(header: string | undefined): Extracted {
  if (!header) return undefined
  const [scheme, value] = splitAuthorization(header)
  if (scheme !== 'bearer') return undefined
  return value ? { kind: 'bearer', token: value } : 'malformed'
}

function splitAuthorization(header: string): [string, string] {
  const trimmed = header.trim()
  const space = trimmed.indexOf(' ')
  if (space === -1) return [trimmed.toLowerCase(), '']
  return [trimmed.slice(0, space).toLowerCase(), trimmed.slice(space + 1).trim()]
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

/** `Authorization: Basic …` for a username and password. */
export function basicAuthorization(username: string, password: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

/** Base64 → UTF-8 text with web APIs (no Buffer: the engine also runs in browsers); `undefined` when not base64. */
function decodeBase64(value: string): string | undefined {
  try {
    const binary = atob(value)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return new TextDecoder().decode(bytes)
  } catch {
    return undefined
  }
}
