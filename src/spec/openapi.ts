/**
 * A minimal, typed view of the parts of an OpenAPI 3.1 document the engine reads, and the loader that resolves the
 * document's `$ref`s to parameters, request bodies, responses, headers and examples once at start-up. Schema `$ref`s
 * are left in place: ajv resolves them against the document (see `validation/validator.ts`).
 */
import { ConfigError } from '../core/errors.ts'

export type JsonSchema = Record<string, unknown>

export interface ExampleObject {
  summary?: string
  value?: unknown
}

export interface MediaTypeObject {
  schema?: JsonSchema
  example?: unknown
  examples?: Record<string, ExampleObject>
}

export interface ParameterObject {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
  style?: string
  explode?: boolean
  example?: unknown
  description?: string
}

export interface HeaderObject {
  schema?: JsonSchema
  example?: unknown
  required?: boolean
  description?: string
}

export interface ResponseObject {
  description?: string
  headers?: Record<string, HeaderObject>
  content?: Record<string, MediaTypeObject>
}

export interface RequestBodyObject {
  required?: boolean
  content: Record<string, MediaTypeObject>
}

export type SecurityRequirement = Record<string, string[]>

export interface OperationObject {
  operationId?: string
  tags?: string[]
  summary?: string
  parameters?: ParameterObject[]
  requestBody?: RequestBodyObject
  responses: Record<string, ResponseObject>
  security?: SecurityRequirement[]
  deprecated?: boolean
  [extension: `x-${string}`]: unknown
}

export interface SecuritySchemeObject {
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS'
  scheme?: string
  name?: string
  in?: 'header' | 'query' | 'cookie'
  description?: string
}

export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; [k: string]: unknown }
  servers?: { url: string }[]
  security?: SecurityRequirement[]
  paths: Record<string, Record<string, unknown>>
  components?: {
    schemas?: Record<string, JsonSchema>
    securitySchemes?: Record<string, SecuritySchemeObject>
    [k: string]: unknown
  }
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const

/** One operation with every non-schema `$ref` resolved. */
export interface Operation {
  operationId: string
  method: string
  /** The path template as written in the spec, e.g. `/v1/{account}/bookings/{id}`. */
  path: string
  parameters: ParameterObject[]
  requestBody: RequestBodyObject | undefined
  responses: Record<string, ResponseObject>
  /** Alternatives (OR) of requirements (AND); `[]` means no authentication. */
  security: SecurityRequirement[]
  object: OperationObject
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference object is reached. */
export function deref<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value
  for (let hops = 0; current && typeof current === 'object' && '$ref' in current; hops++) {
    const ref = (current as { $ref: string }).$ref
    if (!ref.startsWith('#/') || hops > 32)
      throw new Error(`Cannot resolve $ref "${ref}": only local references are supported`)
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)
    if (current === undefined) throw new Error(`Cannot resolve $ref "${ref}": nothing at that location`)
  }
  return current as T
}

/** Lists every operation of the document with its parameters, body, responses and security resolved. */
export function listOperations(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  const seen = new Set<string>()
  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const item = deref<Record<string, unknown>>(doc, rawItem)
    const shared = ((item.parameters as unknown[]) ?? []).map((p) => deref<ParameterObject>(doc, p as ParameterObject))
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined
      if (!op) continue
      const operationId = op.operationId ?? `${method} ${path}`
      if (seen.has(operationId))
        throw new ConfigError(`operationId "${operationId}" is used twice: operation ids must be unique in a spec`)
      seen.add(operationId)
      const own = (op.parameters ?? []).map((p) => deref<ParameterObject>(doc, p))
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own]
      const responses: Record<string, ResponseObject> = {}
      for (const [code, response] of Object.entries(op.responses ?? {})) {
        const resolved = deref<ResponseObject>(doc, response)
        const headers: Record<string, HeaderObject> = {}
        for (const [name, header] of Object.entries(resolved.headers ?? {}))
          headers[name] = deref<HeaderObject>(doc, header)
        const content: Record<string, MediaTypeObject> = {}
        for (const [type, media] of Object.entries(resolved.content ?? {})) {
          const examples: Record<string, ExampleObject> = {}
          for (const [name, ex] of Object.entries(media.examples ?? {})) examples[name] = deref<ExampleObject>(doc, ex)
          content[type] = { ...media, ...(media.examples ? { examples } : {}) }
        }
        responses[code] = { ...resolved, headers, content }
      }
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        requestBody: op.requestBody ? deref<RequestBodyObject>(doc, op.requestBody) : undefined,
        responses,
        security: op.security ?? doc.security ?? [],
        object: op,
      })
    }
  }
  return operations
}
