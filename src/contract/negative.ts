/**
 * Negative checks derived from the spec (in the manner of Specmatic): for an operation's happy-path request, each
 * variant that breaks exactly one rule of the spec — a required body property left out, a property of the wrong JSON
 * type, a value outside its enum, pattern or bounds, a required query parameter left out, a query or path parameter
 * malformed. Every variant is confirmed invalid with the validator the mock itself uses (ajv, on the request as it
 * travels: encoded, then decoded as a server decodes it), so a variant the spec would still accept — a property
 * another `anyOf` branch allows, a form field that is text anyway — is dropped, with the reason, rather than sent.
 *
 * Pure: no I/O; the suite (suite-negative.ts) sends what this derives. Only the top level of an object body is varied:
 * one level gives every field the API reads a check, and nested variants would multiply the requests.
 */
import { decodeBody, FORM, isJsonMediaType } from '../http/body.ts'
import { parseQuery } from '../http/query.ts'
import { deref, type JsonSchema, type OpenApiDocument, type Operation, type ParameterObject } from '../spec/openapi.ts'
import { formatAjvErrors, type SpecValidator } from '../spec/validator.ts'
import type { ContractRequest, QueryValue } from './client.ts'
import { pathParameterNames } from './request-builder.ts'

export type MutationPlace = 'body' | 'query' | 'path'

/** One invalid variant of a request: `body.start_date: missing (required)`, `query.limit: 0 (minimum 1)`. */
export interface Mutation {
  name: string
  place: MutationPlace
  /** The body property or parameter changed. */
  field: string
  /** The happy-path request with this one thing made wrong. */
  apply(request: ContractRequest): ContractRequest
}

/** A variant that is not sent, and why (the spec accepts it, or the wire cannot carry it). */
export interface DroppedMutation {
  name: string
  reason: string
}

export interface MutationSet {
  mutations: Mutation[]
  dropped: DroppedMutation[]
}

const ABSENT = Symbol('absent')
type Value = unknown | typeof ABSENT

interface Candidate {
  name: string
  place: MutationPlace
  field: string
  /** The new value of the field from its current one (`ABSENT` leaves it out). */
  value(current: unknown): Value
}

/** A schema with its `$ref`s followed and its `allOf` parts merged (properties, required, and the other keywords). */
export function flatten(doc: OpenApiDocument, schema: JsonSchema | undefined, depth = 0): JsonSchema {
  if (!schema || depth > 16) return {}
  const resolved = deref<JsonSchema>(doc, schema)
  const parts = Array.isArray(resolved.allOf) ? (resolved.allOf as JsonSchema[]) : []
  if (!parts.length) return resolved
  const { allOf: _, ...own } = resolved
  let merged: JsonSchema = {}
  for (const part of [...parts.map((p) => flatten(doc, p, depth + 1)), own]) {
    merged = {
      ...merged,
      ...part,
      properties: { ...(merged.properties as object), ...(part.properties as object) },
      required: [...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])],
    }
  }
  return merged
}

/** The JSON types a schema allows (`[]`: any). */
function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[]
  if (typeof schema.type === 'string') return [schema.type]
  return []
}

const allows = (types: readonly string[], type: string): boolean =>
  types.includes(type) || (type === 'integer' && types.includes('number'))

/** A value of a JSON type the schema does not allow, if the types are known. */
function wrongType(types: readonly string[]): { value: unknown } | undefined {
  if (!types.length) return undefined
  const candidates: [string, unknown][] = [
    ['string', `not-a-${types.find((t) => t !== 'null') ?? 'value'}`],
    ['integer', 12345],
    ['boolean', true],
    ['object', { unexpected: true }],
    ['array', ['unexpected']],
  ]
  const found = candidates.find(([type]) => !allows(types, type))
  return found ? { value: found[1] } : undefined
}

/** Texts that might break a pattern; the first that does is used. */
const PATTERN_PROBES = ['!', '', ' ', 'not matching', '~~~~', '0', 'a', '-1', '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!']

function patternBreaker(pattern: string): string | undefined {
  let re: RegExp
  try {
    re = new RegExp(pattern, 'u')
  } catch {
    return undefined
  }
  return PATTERN_PROBES.find((probe) => !re.test(probe))
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}

/** The variants of one value (a body property or a parameter) by its schema. */
function valueCandidates(
  place: MutationPlace,
  field: string,
  schema: JsonSchema,
  wire: 'json' | 'text',
): { candidates: Candidate[]; dropped: DroppedMutation[] } {
  const candidates: Candidate[] = []
  const dropped: DroppedMutation[] = []
  const at = `${place}.${field}`
  const add = (name: string, value: (current: unknown) => Value) =>
    candidates.push({ name: `${at}: ${name}`, place, field, value })
  const types = typesOf(schema)
  const numeric = types.some((t) => t === 'integer' || t === 'number')
  const textual = types.includes('string') || (!types.length && typeof schema.pattern === 'string')

  const wrong = wrongType(types)
  if (wrong) {
    // On the wire a form field or parameter is text: only a type that text can break (a number, a boolean) is wrong.
    if (wire === 'text' && (types.includes('string') || wrong.value === null || typeof wrong.value === 'object')) {
      // Every parameter is text: a string parameter has no wrong type to send, which is not worth a note.
      if (place === 'body')
        dropped.push({
          name: `${at}: wrong type (type ${types.join(' or ')})`,
          reason: 'a form field is text: a value of another JSON type cannot be sent',
        })
    } else {
      const value = wire === 'text' ? `not-a-${types[0]}` : wrong.value
      add(`${show(value)} (type ${types.join(' or ')})`, () => value)
    }
  }
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const values = schema.enum as unknown[]
    const outside = values.every((v) => typeof v === 'number')
      ? Math.max(...(values as number[])) + 1
      : 'not-one-of-the-allowed-values'
    add(`${show(outside)} (enum ${show(values)})`, () => outside)
  } else if (schema.const !== undefined) {
    const outside = typeof schema.const === 'number' ? schema.const + 1 : 'not-the-constant'
    add(`${show(outside)} (const ${show(schema.const)})`, () => outside)
  }
  if (typeof schema.pattern === 'string' && textual) {
    const breaker = patternBreaker(schema.pattern)
    if (breaker === undefined)
      dropped.push({ name: `${at}: pattern ${schema.pattern}`, reason: 'no probe text breaks the pattern' })
    else add(`${show(breaker)} (pattern ${schema.pattern})`, () => breaker)
  }
  if (numeric) {
    const step = types.includes('integer') && !types.includes('number') ? 1 : 0.5
    if (typeof schema.minimum === 'number')
      add(`${schema.minimum - step} (minimum ${schema.minimum})`, () => (schema.minimum as number) - step)
    if (typeof schema.exclusiveMinimum === 'number')
      add(`${schema.exclusiveMinimum} (exclusiveMinimum ${schema.exclusiveMinimum})`, () => schema.exclusiveMinimum)
    if (typeof schema.maximum === 'number')
      add(`${schema.maximum + step} (maximum ${schema.maximum})`, () => (schema.maximum as number) + step)
    if (typeof schema.exclusiveMaximum === 'number')
      add(`${schema.exclusiveMaximum} (exclusiveMaximum ${schema.exclusiveMaximum})`, () => schema.exclusiveMaximum)
  }
  if (textual) {
    const base = (current: unknown) => (typeof current === 'string' && current ? current : 'x')
    if (typeof schema.minLength === 'number' && schema.minLength > 0) {
      const n = schema.minLength - 1
      add(`${n} characters (minLength ${schema.minLength})`, (current) => base(current).padEnd(n, 'x').slice(0, n))
    }
    if (typeof schema.maxLength === 'number') {
      const n = schema.maxLength + 1
      if (n > 100_000) dropped.push({ name: `${at}: maxLength ${schema.maxLength}`, reason: 'too long to send' })
      else add(`${n} characters (maxLength ${schema.maxLength})`, (current) => base(current).padEnd(n, 'x').slice(0, n))
    }
  }
  if (types.includes('array')) {
    const items = (current: unknown) => (Array.isArray(current) ? current : [])
    if (typeof schema.minItems === 'number' && schema.minItems > 0) {
      const n = schema.minItems - 1
      add(`${n} items (minItems ${schema.minItems})`, (current) => items(current).slice(0, n))
    }
    if (typeof schema.maxItems === 'number' && schema.maxItems < 1000) {
      const n = schema.maxItems + 1
      add(`${n} items (maxItems ${schema.maxItems})`, (current) => {
        const list = items(current)
        return list.length ? Array.from({ length: n }, (_, i) => list[i % list.length]) : ABSENT
      })
    }
  }
  return { candidates, dropped }
}

/** The property schemas and required names of an object body, over its `oneOf`/`anyOf` branches too. */
function bodyShape(
  doc: OpenApiDocument,
  schema: JsonSchema,
): { properties: Map<string, JsonSchema>; required: Set<string> } {
  const flat = flatten(doc, schema)
  const branches = [...((flat.oneOf as JsonSchema[]) ?? []), ...((flat.anyOf as JsonSchema[]) ?? [])].map((b) =>
    flatten(doc, b),
  )
  const properties = new Map<string, JsonSchema>()
  const required = new Set<string>((flat.required as string[]) ?? [])
  for (const part of [flat, ...branches])
    for (const [name, property] of Object.entries((part.properties ?? {}) as Record<string, JsonSchema>))
      if (!properties.has(name)) properties.set(name, flatten(doc, property))
  // A property every branch requires is required; one only some branches require is tried, and the check below keeps
  // it only if no branch accepts the body without it.
  for (const branch of branches) for (const name of (branch.required as string[]) ?? []) required.add(name)
  return { properties, required }
}

/** The media type the happy path sends, and its schema. */
function bodyMedia(op: Operation, request: ContractRequest): { type: string; schema: JsonSchema } | undefined {
  const content = op.requestBody?.content ?? {}
  const sent = request.contentType?.split(';', 1)[0]?.trim().toLowerCase()
  const type =
    (sent && sent in content ? sent : undefined) ??
    Object.keys(content).find((t) => isJsonMediaType(t)) ??
    Object.keys(content).find((t) => t === FORM)
  const schema = type ? content[type]?.schema : undefined
  return type && schema ? { type, schema } : undefined
}

/** The values of the path parameters in a filled-in path (`/things/7` against `/things/{id}` → `{ id: '7' }`). */
export function pathValues(op: Operation, path: string): Record<string, string> | undefined {
  const names = pathParameterNames(op)
  const pattern = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '([^/]+)')
  const match = new RegExp(`^${pattern}$`).exec(path.split('?', 1)[0] ?? '')
  if (!match) return undefined
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]))
}

function fillPath(op: Operation, values: Record<string, string>): string {
  let path = op.path
  for (const [name, value] of Object.entries(values)) path = path.replace(`{${name}}`, encodeURIComponent(value))
  return path
}

function queryOf(query: ContractRequest['query']): Record<string, string[]> {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const item of v) params.append(k, String(item))
    else params.append(k, String(v))
  }
  return parseQuery(params.toString())
}

function encode(body: unknown, type: string): Uint8Array {
  if (type === FORM) {
    const form = new URLSearchParams()
    for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
      if (v === undefined) continue
      if (Array.isArray(v)) for (const item of v) form.append(k, String(item))
      else form.append(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))
    }
    return new TextEncoder().encode(form.toString())
  }
  return new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body))
}

/**
 * What the spec finds wrong with a request as it would arrive (empty: the spec accepts it). The body is encoded and
 * decoded as on the wire, so a form field is checked as the text it becomes.
 */
export function requestProblems(validator: SpecValidator, op: Operation, request: ContractRequest): string[] {
  const path = pathValues(op, request.path)
  if (!path) return [`the path ${request.path} does not match ${op.path}`]
  const paramErrors = validator.parameterErrors(op, path, queryOf(request.query))
  if (paramErrors.length) return formatAjvErrors(paramErrors, '')
  try {
    const type = request.contentType?.split(';', 1)[0]?.trim().toLowerCase()
    const bytes = request.body === undefined ? undefined : encode(request.body, type ?? 'application/json')
    const decoded = decodeBody(op.requestBody, bytes, type)
    if (!decoded) return []
    return formatAjvErrors(validator.bodyErrors(op, decoded.mediaType, decoded.value), 'body')
  } catch (error) {
    return [(error as Error).message]
  }
}

function applyCandidate(op: Operation, candidate: Candidate, request: ContractRequest): ContractRequest | undefined {
  const { place, field } = candidate
  if (place === 'body') {
    const body = request.body
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined
    const next = { ...(body as Record<string, unknown>) }
    const value = candidate.value(next[field])
    if (value === ABSENT) delete next[field]
    else next[field] = value
    return { ...request, body: next }
  }
  if (place === 'query') {
    const query = { ...request.query }
    const value = candidate.value(query[field])
    if (value === ABSENT) delete query[field]
    else query[field] = value as QueryValue
    return { ...request, query }
  }
  const values = pathValues(op, request.path)
  if (!values) return undefined
  const value = candidate.value(values[field])
  // An empty segment changes the route (`/v1//things`), not the parameter: the router, not the API, would answer.
  if (value === ABSENT || value === '') return undefined
  return { ...request, path: fillPath(op, { ...values, [field]: String(value) }) }
}

const confirmedInvalid = (validator: SpecValidator, op: Operation, candidate: Candidate): Mutation => ({
  name: candidate.name,
  place: candidate.place,
  field: candidate.field,
  apply(request) {
    const mutated = applyCandidate(op, candidate, request)
    if (!mutated)
      throw new NotApplicable(
        candidate.place === 'body'
          ? 'the happy-path request sends no object body to change'
          : `the happy-path request has no ${candidate.place}.${candidate.field} to change`,
      )
    if (JSON.stringify(mutated) === JSON.stringify(request))
      throw new NotApplicable(`the happy-path request has no ${candidate.place}.${candidate.field} to leave out`)
    const problems = requestProblems(validator, op, mutated)
    if (!problems.length) throw new NotApplicable('the spec accepts this request as well: nothing to check')
    return mutated
  },
})

/** A mutation that cannot be applied to this happy-path request (the suite skips the check with the message). */
export class NotApplicable extends Error {
  override name = 'NotApplicable'
}

/** The candidate variants of an operation, from its spec alone. */
function candidatesOf(
  doc: OpenApiDocument,
  op: Operation,
  request: ContractRequest,
): { candidates: Candidate[]; dropped: DroppedMutation[] } {
  const candidates: Candidate[] = []
  const dropped: DroppedMutation[] = []
  const collect = (found: { candidates: Candidate[]; dropped: DroppedMutation[] }) => {
    candidates.push(...found.candidates)
    dropped.push(...found.dropped)
  }
  const media = bodyMedia(op, request)
  if (media && request.body && typeof request.body === 'object' && !Array.isArray(request.body)) {
    const wire = media.type === FORM ? 'text' : 'json'
    const { properties, required } = bodyShape(doc, media.schema)
    for (const name of required)
      candidates.push({ name: `body.${name}: missing (required)`, place: 'body', field: name, value: () => ABSENT })
    for (const [name, schema] of properties) collect(valueCandidates('body', name, schema, wire))
  }
  for (const param of op.parameters as ParameterObject[]) {
    if (param.in !== 'query' && param.in !== 'path') continue
    if (param.in === 'query' && !param.required) continue
    const schema = flatten(doc, param.schema)
    if (param.in === 'query')
      candidates.push({
        name: `query.${param.name}: missing (required)`,
        place: 'query',
        field: param.name,
        value: () => ABSENT,
      })
    collect(valueCandidates(param.in, param.name, schema, 'text'))
  }
  return { candidates, dropped }
}

/**
 * The invalid variants of `request` (the happy-path request of `op`): each confirmed invalid against the spec with
 * `validator`, the others dropped with the reason. Each mutation's `apply` re-confirms on the request it is given
 * (the stateful run's, with its real ids), throwing `NotApplicable` when that one would be valid.
 *
 * @example
 * const { mutations } = deriveMutations(doc, op, buildRequest(doc, op, {}), new SpecValidator(doc))
 * mutations.map((m) => m.name) // ['body.start_date: missing (required)', 'query.limit: 0 (minimum 1)', …]
 */
export function deriveMutations(
  doc: OpenApiDocument,
  op: Operation,
  request: ContractRequest,
  validator: SpecValidator,
): MutationSet {
  const { candidates, dropped } = candidatesOf(doc, op, request)
  const baseValid = requestProblems(validator, op, request).length === 0
  const mutations: Mutation[] = []
  const seen = new Set<string>()
  for (const candidate of candidates) {
    if (seen.has(candidate.name)) continue
    seen.add(candidate.name)
    const mutated = applyCandidate(op, candidate, request)
    if (!mutated) {
      dropped.push({ name: candidate.name, reason: `the example request has no ${candidate.place} to change` })
      continue
    }
    // Only against a valid example is "the spec accepts it" conclusive; else the run decides on its own request.
    if (baseValid && !requestProblems(validator, op, mutated).length) {
      dropped.push({ name: candidate.name, reason: 'the spec accepts the request with this change' })
      continue
    }
    mutations.push(confirmedInvalid(validator, op, candidate))
  }
  return { mutations, dropped }
}
