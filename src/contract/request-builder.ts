/**
 * Builds requests for an operation from the spec: path parameters from the run's variables or the spec's examples,
 * required query parameters from their examples, the body from the media type's example — each overridable. Also
 * derives a body that breaks the schema, for the invalid-body check.
 */
import {
  deref,
  type JsonSchema,
  type MediaTypeObject,
  type OpenApiDocument,
  type Operation,
  type ParameterObject,
} from '../spec/openapi.ts'
import type { ContractRequest, QueryValue } from './client.ts'

export type Vars = Record<string, unknown>

export interface RequestOverrides {
  /** Path parameter values by name (default: the variable of the same name, else the parameter's example). */
  path?: Record<string, string | number>
  /** Merged over the examples of the required query parameters; `undefined` leaves one out. */
  query?: Record<string, QueryValue | undefined>
  /** The body (default: the example of the first media type). Set the key to `undefined` to send none. */
  body?: unknown
  contentType?: string
  headers?: Record<string, string>
}

/** The example of a parameter, header or schema: `example`, then the first of `examples`, `default`, `enum[0]`. */
export function exampleOf(
  node: { example?: unknown; examples?: unknown; schema?: JsonSchema } | undefined,
  doc?: OpenApiDocument,
): unknown {
  if (!node) return undefined
  if (node.example !== undefined) return node.example
  if (node.examples && typeof node.examples === 'object') {
    const first = Object.values(node.examples as Record<string, { value?: unknown }>)[0]
    if (first && first.value !== undefined) return first.value
  }
  const schema = node.schema && doc ? deref<JsonSchema>(doc, node.schema) : node.schema
  if (!schema) return undefined
  if (schema.example !== undefined) return schema.example
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0]
  if (schema.default !== undefined) return schema.default
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0]
  return undefined
}

/** The example body of a media type. */
export function exampleBody(media: MediaTypeObject | undefined, doc?: OpenApiDocument): unknown {
  if (!media) return undefined
  if (media.example !== undefined) return media.example
  const named = Object.values(media.examples ?? {})[0]
  if (named?.value !== undefined) return named.value
  return exampleOf({ schema: media.schema }, doc)
}

/** The status a successful call answers with: the lowest documented 2xx (or 3xx, for redirects). */
export function successStatus(op: Operation): number | undefined {
  const codes = Object.keys(op.responses)
    .filter((c) => /^[23]\d\d$/.test(c))
    .map(Number)
    .sort((a, b) => a - b)
  return codes.find((c) => c < 300) ?? codes[0]
}

export function pathParameterNames(op: Operation): string[] {
  return [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string)
}

/** YAML parses unquoted dates into `Date`s; parameters and bodies need the text the author wrote. */
function plain(value: unknown): unknown {
  if (value instanceof Date)
    return value.toISOString().endsWith('T00:00:00.000Z') ? value.toISOString().slice(0, 10) : value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  return value
}

function toQueryValue(param: ParameterObject, value: unknown): QueryValue | undefined {
  if (value === undefined || value === null) return undefined
  const v = plain(value)
  if (Array.isArray(v)) {
    const items = v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : (x as string | number | boolean)))
    return param.explode === false ? items.join(',') : items
  }
  return typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean)
}

/**
 * @example
 * buildRequest(doc, op, { account: 'acme' }, { path: { id: 7 }, body: { duration: 60 } })
 * // → { method: 'PUT', path: '/v1/acme/things/7', body: { duration: 60 }, contentType: 'application/json', … }
 */
export function buildRequest(
  doc: OpenApiDocument,
  op: Operation,
  vars: Vars,
  overrides: RequestOverrides = {},
): ContractRequest {
  let path = op.path
  for (const name of pathParameterNames(op)) {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name)
    const value = overrides.path?.[name] ?? vars[name] ?? exampleOf(param, doc)
    if (value === undefined || value === null) {
      throw new Error(
        `${op.operationId}: no value for the path parameter {${name}}: give it in the plan (request.path.${name}) or as an example in the spec`,
      )
    }
    path = path.replace(`{${name}}`, encodeURIComponent(String(plain(value))))
  }
  const query: Record<string, QueryValue | undefined> = {}
  for (const param of op.parameters) {
    if (param.in !== 'query' || !param.required) continue
    query[param.name] = toQueryValue(param, exampleOf(param, doc))
  }
  for (const [name, value] of Object.entries(overrides.query ?? {})) {
    const param = op.parameters.find((p) => p.in === 'query' && p.name === name)
    query[name] = param && value !== undefined ? toQueryValue(param, value) : value
  }
  const request: ContractRequest = { method: op.method, path, query, headers: { ...overrides.headers } }
  const mediaTypes = Object.keys(op.requestBody?.content ?? {})
  const contentType = overrides.contentType ?? mediaTypes[0]
  const body =
    'body' in overrides
      ? overrides.body
      : exampleBody(contentType ? op.requestBody?.content[contentType] : undefined, doc)
  if (body !== undefined) {
    request.body = plain(body)
    request.contentType = contentType ?? 'application/json'
  }
  return request
}

/** A value of the wrong JSON type for a schema, or `undefined` when the schema takes anything. */
function wrongValue(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null')[0] : schema.type
  if (schema.enum || schema.const !== undefined) return 'not-one-of-the-allowed-values'
  switch (type) {
    case 'string':
      return 12345
    case 'integer':
    case 'number':
      return 'not-a-number'
    case 'boolean':
      return 'not-a-boolean'
    case 'array':
      return 'not-an-array'
    case 'object':
      return 'not-an-object'
    default:
      return undefined
  }
}

/**
 * A body that violates the operation's schema for a media type (default: its JSON one): `{}` when the schema requires
 * properties (or at least one, `minProperties`), else the valid body with one property given a value it does not
 * take — of the wrong JSON type, or for a form body (where every value is text) outside its `enum`. `undefined` when
 * no violation can be derived from the schema.
 */
export function invalidBody(doc: OpenApiDocument, op: Operation, valid: unknown, mediaType?: string): unknown {
  const content = Object.entries(op.requestBody?.content ?? {})
  const media = (
    mediaType ? content.find(([type]) => type === mediaType) : content.find(([type]) => /[/+]json\b/.test(type))
  )?.[1]
  if (!media?.schema) return undefined
  const schema = deref<JsonSchema>(doc, media.schema)
  const required = Array.isArray(schema.required) ? schema.required : []
  if (required.length || (typeof schema.minProperties === 'number' && schema.minProperties > 0)) return {}
  if (mediaType === 'application/x-www-form-urlencoded') {
    const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {}
    const withEnum = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).find(([, p]) =>
      Array.isArray(deref<JsonSchema>(doc, p).enum),
    )
    return withEnum ? { ...base, [withEnum[0]]: 'not-one-of-the-allowed-values' } : undefined
  }
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {}
  for (const [name, property] of Object.entries(properties)) {
    const wrong = wrongValue(deref<JsonSchema>(doc, property))
    if (wrong !== undefined) return { ...base, [name]: wrong }
  }
  return wrongValue(schema)
}
