/**
 * Request and response validation with ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1). As Prism does, a
 * coercing instance for parameters and form bodies (they arrive as strings) and a strict one for JSON bodies; a third,
 * strict too, checks responses. Validators are compiled once per operation and cached.
 *
 * Requests are checked with `allErrors: false` (stop at the first failure). With `allErrors: true`, the code ajv
 * generates for an array whose items are a `$ref` (a separate function) appends each failing item's errors with
 * `vErrors = vErrors.concat(ref.errors)`: a copy of every error so far, per item, so an array of n bad items cost
 * O(n²) (a 1 MiB bulk body of `{}` items froze the event loop for minutes). Stopping at the first failure makes the
 * cost linear in the body, and a client needs only the first problem to fix its request. Responses keep
 * `allErrors: true`: they come from the mock (or, in the contract suite, the vendor), not from the client, and a full
 * list of mismatches is what whoever debugs them wants. For bodies of any size from elsewhere (the proxy), the
 * `inlineResponseRefs` option compiles response schemas without references, which keeps that list linear too.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { MockError } from '../core/errors.ts'
import type { Query } from '../core/types.ts'
import { FORM, isJsonMediaType } from '../http/body.ts'
import { inlineRefs } from './inline-refs.ts'
import type { JsonSchema, OpenApiDocument, Operation, ParameterObject } from './openapi.ts'

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void

const DOC_ID = 'openapi-document'

function createAjv(coerce: boolean, allErrors: boolean, reporting = false): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false, // OpenAPI adds keywords (example, discriminator, xml, x-*) that are not JSON Schema
    allErrors,
    // Keeps the offending value on each error, so a report can say what was sent (responses only: see #reporting).
    verbose: reporting,
    // Responses: each component schema compiled once and called, not inlined into every schema that refers to it.
    // Inlining recompiled the same nested schemas for each response (2 s of a contract run's 6 s of CPU).
    inlineRefs: !reporting,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
    // The specs are linted (redocly) and their examples tested; checking the whole document against the JSON Schema
    // meta-schema again at every start compiled the meta-schema per instance: 300 ms of a 1.1 s start-up.
    validateSchema: false,
  })
  addFormats(ajv)
  return ajv
}

/** Rewrites local `#/...` references so they resolve inside the document registered under `DOC_ID`. */
function anchor(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchor)
  if (!schema || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOC_ID}${value}` : anchor(value)
  }
  return out
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  return (errors ?? []).map((e) => {
    const where = `${root}${e.instancePath.replaceAll('/', '.')}`.replace(/^\./, '')
    if (e.keyword === 'required')
      return `${where ? `${where}.` : ''}${(e.params as { missingProperty: string }).missingProperty} is required`
    if (e.keyword === 'additionalProperties') {
      return `${where || 'body'} has an unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`
    }
    if (e.keyword === 'enum')
      return `${where} must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
    return `${where || 'body'} ${e.message ?? 'is invalid'}`
  })
}

/** One way a value breaks its schema: where (`body[3].durations[0].date`) and the rule (`must match format "date"`). */
export interface SchemaViolation {
  path: string
  rule: string
}

/** `/3/durations/0/date` under `body` → `body[3].durations[0].date` (JSON Pointer segments unescaped). */
export function jsonPath(root: string, pointer: string): string {
  let path = root
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (/^\d+$/.test(key)) path += `[${key}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key
    else path += `[${JSON.stringify(key)}]`
  }
  return path
}

/** A short rendering of the offending value, so a rule reads `must be integer (got "seven")`. */
function got(data: unknown): string {
  if (data === null || typeof data !== 'object') {
    const text = data === undefined ? 'undefined' : JSON.stringify(data)
    return ` (got ${text.length > 60 ? `${text.slice(0, 57)}…` : text})`
  }
  return Array.isArray(data) ? ' (got an array)' : ' (got an object)'
}

/** ajv's errors as located rules. Needs `verbose: true` for the offending values (the reporting instance has it). */
export function schemaViolations(errors: readonly ErrorObject[], root: string): SchemaViolation[] {
  return errors.map((e) => {
    const where = jsonPath(root, e.instancePath)
    switch (e.keyword) {
      case 'required':
        return {
          path: jsonPath(where, `/${(e.params as { missingProperty: string }).missingProperty}`),
          rule: 'is required',
        }
      case 'additionalProperties':
        return {
          path: where,
          rule: `has a property the schema does not allow: "${(e.params as { additionalProperty: string }).additionalProperty}"`,
        }
      case 'enum':
        return {
          path: where,
          rule: `must be one of ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}${'data' in e ? got(e.data) : ''}`,
        }
      default:
        return { path: where, rule: `${e.message ?? 'is invalid'}${'data' in e ? got(e.data) : ''}` }
    }
  })
}

/** `/path/taskId` → `taskId`; a missing required one is named by ajv's params. */
/**
 * The top-level body field at fault (`body.grant_type`), when the first problem is in one: with the ajv keyword as the
 * error's `reason` (`enum`, `required`, `type`…), vendors answer by field and rule, never by parsing the message.
 */
function bodyFieldAtFault(error: ErrorObject | undefined): string | undefined {
  if (!error) return undefined
  const segments = error.instancePath.split('/')
  const field =
    error.keyword === 'required' && segments.length <= 1
      ? (error.params as { missingProperty?: string }).missingProperty
      : segments[1]?.replace(/~1/g, '/').replace(/~0/g, '~')
  return field ? `body.${field}` : undefined
}

function parameterAtFault(error: ErrorObject | undefined): string | undefined {
  if (!error) return undefined
  if (error.keyword === 'required' && error.instancePath.split('/').length <= 2)
    return (error.params as { missingProperty?: string }).missingProperty
  return error.instancePath.split('/')[2]
}

export interface ValidatedParameters {
  path: Record<string, unknown>
  query: Record<string, unknown>
}

interface ParameterValidator {
  validate: ValidateFunction
  /** Query parameters whose schema is an array: all values are kept; for the others only the first. */
  arrays: Set<string>
  /** `explode: false` array parameters: `a=1,2` is split on commas. */
  commaSeparated: Set<string>
  query: ParameterObject[]
}

/** The parameters as the validator sees them: the declared query parameters, arrays kept or split as declared. */
function parameterData(v: ParameterValidator, pathParams: Record<string, string>, query: Query): ValidatedParameters {
  const queryValues: Record<string, unknown> = {}
  for (const p of v.query) {
    const values = query[p.name]
    if (!values) continue
    if (v.commaSeparated.has(p.name)) queryValues[p.name] = values.flatMap((x) => x.split(','))
    else queryValues[p.name] = v.arrays.has(p.name) ? values : values[0]
  }
  return { path: { ...pathParams }, query: queryValues }
}

export class SpecValidator {
  readonly #coercing = createAjv(true, false)
  readonly #strict = createAjv(false, false)
  // Made on first use: only response checking (tests, --validate-responses, the contract suite) needs it.
  #reportingAjv: Ajv2020 | undefined
  readonly #parameters = new Map<string, ParameterValidator>()
  readonly #bodies = new Map<string, ValidateFunction>()
  readonly #responses = new Map<string, ValidateFunction | null>()
  readonly #headers = new Map<string, ValidateFunction>()
  readonly #bySchema = new Map<Ajv2020, Map<string, ValidateFunction>>()

  readonly doc: OpenApiDocument

  readonly #inlineResponseRefs: boolean

  /**
   * `inlineResponseRefs`: compile response schemas with their `$ref`s inlined (see inline-refs.ts), so that listing
   * every error of a large body stays linear in its size; for callers that check responses they do not control.
   */
  constructor(doc: OpenApiDocument, options: { inlineResponseRefs?: boolean } = {}) {
    this.doc = doc
    this.#inlineResponseRefs = options.inlineResponseRefs ?? false
    // Only `components` is registered: every `$ref` the schemas hold points there, and ajv walks whatever it is given
    // for ids and anchors (the whole document, paths and examples included, took 60 ms at start-up).
    const referenced = { components: doc.components ?? {} }
    for (const ajv of [this.#coercing, this.#strict]) ajv.addSchema(referenced, DOC_ID)
  }

  /** Validates (and coerces, and fills defaults of) the path and query parameters. Throws `invalid_parameters`. */
  parameters(op: Operation, pathParams: Record<string, string>, query: Query): ValidatedParameters {
    const v = this.#parameterValidator(op)
    const data = parameterData(v, pathParams, query)
    if (!v.validate(data)) {
      const problems = formatAjvErrors(v.validate.errors, '').map((m) =>
        m.replace(/^path\./, 'path parameter ').replace(/^query\./, 'query parameter '),
      )
      throw new MockError('invalid_parameters', problems[0] ?? 'Invalid parameters', {
        details: problems,
        parameter: parameterAtFault(v.validate.errors?.[0]),
      })
    }
    return data
  }

  /**
   * What is wrong with the path and query parameters, as ajv reports it (instance paths `/path/<name>`,
   * `/query/<name>`), without throwing: for callers that report problems rather than refuse the request. Like
   * `parameters`, it stops at the first problem.
   */
  parameterErrors(op: Operation, pathParams: Record<string, string>, query: Query): ErrorObject[] {
    const v = this.#parameterValidator(op)
    return v.validate(parameterData(v, pathParams, query)) ? [] : [...(v.validate.errors ?? [])]
  }

  /** Validates a decoded body against the operation's schema for its media type. Throws `invalid_body`. */
  body(op: Operation, mediaType: string, value: unknown): unknown {
    const validate = this.#bodyValidator(op, mediaType)
    if (!validate(value)) {
      const problems = formatAjvErrors(validate.errors, '')
      const first = validate.errors?.[0]
      throw new MockError('invalid_body', problems[0] ?? 'Invalid request body', {
        details: problems,
        parameter: bodyFieldAtFault(first),
        reason: first?.keyword,
      })
    }
    return value
  }

  /** What is wrong with a decoded request body, as ajv reports it (first problem only), without throwing. */
  bodyErrors(op: Operation, mediaType: string, value: unknown): ErrorObject[] {
    const validate = this.#bodyValidator(op, mediaType)
    return validate(value) ? [] : [...(validate.errors ?? [])]
  }

  #bodyValidator(op: Operation, mediaType: string): ValidateFunction {
    const key = `${op.operationId} ${mediaType}`
    let validate = this.#bodies.get(key)
    if (!validate) {
      const schema = op.requestBody?.content[mediaType]?.schema ?? {}
      validate = this.#compiled(mediaType === FORM ? this.#coercing : this.#strict, schema)
      this.#bodies.set(key, validate)
    }
    return validate
  }

  /**
   * Checks a response against the spec: the status is documented, the content type is declared, and a JSON body
   * matches its schema. Returns the problems found (empty when the response conforms).
   */
  response(op: Operation, status: number, contentType: string | undefined, body: unknown): string[] {
    return this.responseViolations(op, status, contentType, body).map((v) => v.legacy)
  }

  /**
   * `response()` with each problem located: where in the response (`status`, `headers.content-type`,
   * `body[3].durations[0].date`) and the rule it breaks (`must match format "date"`), for reports that show both.
   */
  responseViolations(
    op: Operation,
    status: number,
    contentType: string | undefined,
    body: unknown,
  ): (SchemaViolation & { legacy: string })[] {
    const declared = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default
    if (!declared) {
      const rule = `${status} is not documented for ${op.operationId} (documented: ${Object.keys(op.responses).join(', ')})`
      return [{ path: 'status', rule, legacy: `status ${status} is not documented for ${op.operationId}` }]
    }
    const types = Object.keys(declared.content ?? {})
    if (types.length === 0)
      return body === undefined || body === ''
        ? []
        : [
            {
              path: 'body',
              rule: `must be empty: ${status} declares no body`,
              legacy: `status ${status} declares no body but one was sent`,
            },
          ]
    const type = contentType?.split(';', 1)[0]?.trim().toLowerCase()
    const media = type ? declared.content?.[type] : undefined
    if (!type || !media) {
      const rule = `"${type ?? '(none)'}" is not declared for ${status} (declared: ${types.join(', ')})`
      return [{ path: 'headers.content-type', rule, legacy: `content type ${rule}` }]
    }
    if (!media.schema || !isJsonMediaType(type)) return []
    const errors = this.responseBodyErrors(op, status, type, body)
    if (errors.length === 0) return []
    const legacy = formatAjvErrors(errors, 'body')
    return schemaViolations(errors, 'body').map((v, i) => ({ ...v, legacy: legacy[i] ?? `${v.path} ${v.rule}` }))
  }

  /**
   * Every mismatch between a parsed JSON response body and the schema the spec declares for the status and media type
   * (empty when it conforms, or when the spec declares no schema there), as ajv reports them.
   */
  responseBodyErrors(op: Operation, status: number, mediaType: string, body: unknown): ErrorObject[] {
    const declared = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default
    const schema = declared?.content?.[mediaType]?.schema
    if (!schema) return []
    const key = `${op.operationId} ${status} ${mediaType}`
    let validate = this.#responses.get(key)
    if (validate === undefined) {
      validate = this.#inlineResponseRefs
        ? this.#reporting().compile(anchor(inlineRefs(schema, this.doc)) as object)
        : this.#compiled(this.#reporting(), schema)
      this.#responses.set(key, validate)
    }
    return validate && !validate(body) ? [...(validate.errors ?? [])] : []
  }

  /**
   * What is wrong with a header's value (text, as sent) by its schema: the value is checked as `{ value }`, coerced
   * (`"200"` against `type: integer`), so ajv's instance paths start with `/value`. `key` names the header's place in
   * the spec, for the cache.
   */
  headerErrors(key: string, schema: JsonSchema, value: string): ErrorObject[] {
    let validate = this.#headers.get(key)
    if (!validate) {
      validate = this.#coercing.compile(anchor({ type: 'object', properties: { value: schema } }) as object)
      this.#headers.set(key, validate)
    }
    return validate({ value }) ? [] : [...(validate.errors ?? [])]
  }

  /**
   * One compiled validator per distinct schema and instance: most operations share their schemas (every error answer
   * is the same `$ref`; one of our vendor specs has 652 response bodies and 52 distinct schemas), and compiling is what
   * costs.
   */
  #compiled(ajv: Ajv2020, schema: JsonSchema): ValidateFunction {
    let byJson = this.#bySchema.get(ajv)
    if (!byJson) {
      byJson = new Map()
      this.#bySchema.set(ajv, byJson)
    }
    const json = JSON.stringify(schema)
    let validate = byJson.get(json)
    if (!validate) {
      validate = ajv.compile(anchor(schema) as object)
      byJson.set(json, validate)
    }
    return validate
  }

  #reporting(): Ajv2020 {
    if (!this.#reportingAjv) {
      this.#reportingAjv = createAjv(false, true, true)
      this.#reportingAjv.addSchema({ components: this.doc.components ?? {} }, DOC_ID)
    }
    return this.#reportingAjv
  }

  #parameterValidator(op: Operation): ParameterValidator {
    let v = this.#parameters.get(op.operationId)
    if (v) return v
    const path: Record<string, JsonSchema> = {}
    const query: Record<string, JsonSchema> = {}
    const requiredPath: string[] = []
    const requiredQuery: string[] = []
    const arrays = new Set<string>()
    const commaSeparated = new Set<string>()
    for (const p of op.parameters) {
      const schema = (p.schema ?? {}) as JsonSchema
      if (p.in === 'path') {
        path[p.name] = schema
        requiredPath.push(p.name)
      } else if (p.in === 'query') {
        query[p.name] = schema
        if (p.required) requiredQuery.push(p.name)
        if (schema.type === 'array') {
          arrays.add(p.name)
          if (p.explode === false) commaSeparated.add(p.name)
        }
      }
    }
    const schema = {
      type: 'object',
      properties: {
        path: { type: 'object', properties: path, required: requiredPath },
        query: { type: 'object', properties: query, required: requiredQuery },
      },
    }
    v = {
      validate: this.#coercing.compile(anchor(schema) as object),
      arrays,
      commaSeparated,
      query: op.parameters.filter((p) => p.in === 'query'),
    }
    this.#parameters.set(op.operationId, v)
    return v
  }
}
