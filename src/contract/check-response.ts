/**
 * Checks one response against its operation in the spec: the status is documented (OpenAPI 3.1 §4.8.16 Responses
 * Object, with `2XX` ranges and `default`), each declared header is present and matches its schema (§4.8.21 Header
 * Object), the content type is declared and a JSON body matches its schema (reusing `SpecValidator`).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { deref, type JsonSchema, type OpenApiDocument, type Operation, type ResponseObject } from '../spec/openapi.ts'
import { SpecValidator } from '../spec/validator.ts'
import { declaredHeaderFindings, documentedResponse } from '../spec/declared-headers.ts'

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void

export interface CheckableResponse {
  status: number
  /** Header names in lower case. */
  headers: Record<string, string>
  /** The parsed body (`undefined` when empty). */
  body: unknown
  jsonError?: string
}

export interface ResponseCheckOptions {
  /**
   * `'declared'` (default): every header the spec declares for the status must be sent, since vendors document the
   * headers they always send (rate-limit counters, `Location`), unless it says `required: false` explicitly.
   * `'required'`: only those with `required: true`.
   */
  headers?: 'declared' | 'required'
  /** Declared headers that may be missing all the same (any case). */
  optionalHeaders?: readonly string[]
}

/**
 * One way a response breaks the contract: where (`status`, `headers.Retry-After`, `body[3].durations[0].date`; empty
 * for a problem with the whole exchange) and the rule broken (`must match format "date"`).
 */
export interface Violation {
  path: string
  rule: string
}

/** `body[3].durations[0].date: must match format "date"`, or the rule alone when it has no place. */
export const formatViolation = (v: Violation): string => (v.path ? `${v.path}: ${v.rule}` : v.rule)

/**
 * Returns the problems found as text (an empty list means the response conforms); `.violations()` gives the same
 * problems located, for reports.
 */
export type ResponseChecker = ((op: Operation, response: CheckableResponse) => string[]) & {
  violations(op: Operation, response: CheckableResponse): Violation[]
}

export { documentedResponse }

/**
 * @example
 * const check = createResponseChecker(doc)
 * expect(check(op, await client.send(request))).toEqual([])
 */
export function createResponseChecker(doc: OpenApiDocument, options: ResponseCheckOptions = {}): ResponseChecker {
  const validator = new SpecValidator(doc)
  // Header values are text: a coercing instance checks "200" against `type: integer`.
  // No meta-schema check of the header schemas (the specs are linted): compiling the meta-schema cost 200 ms per run.
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true, validateSchema: false })
  addFormats(ajv)
  const headerValidators = new Map<string, ValidateFunction>()
  const optional = new Set((options.optionalHeaders ?? []).map((h) => h.toLowerCase()))
  const presence = options.headers ?? 'declared'

  // Keyed by the schema itself: rate-limit headers are declared on every response with the same few schemas
  // (one vendor spec: 1,297 header declarations, 2 distinct schemas), and compiling is what costs.
  function headerValidator(schema: JsonSchema): ValidateFunction {
    const resolved = deref<JsonSchema>(doc, schema)
    const key = JSON.stringify(resolved)
    let validate = headerValidators.get(key)
    if (!validate) {
      validate = ajv.compile({ type: 'object', properties: { value: resolved } })
      headerValidators.set(key, validate)
    }
    return validate
  }

  function violations(op: Operation, response: CheckableResponse): Violation[] {
    if (!documentedResponse(op, response.status)) {
      return [
        {
          path: 'status',
          rule: `${response.status} is not documented for ${op.operationId} (documented: ${Object.keys(op.responses).join(', ')})`,
        },
      ]
    }
    const declared = documentedResponse(op, response.status) as ResponseObject
    const found: Violation[] = declaredHeaderFindings(
      declared,
      response.headers,
      (lower, header) =>
        (presence === 'declared' ? header.required !== false : header.required === true) && !optional.has(lower),
      (_, schema, value) => {
        const validate = headerValidator(schema)
        return validate({ value }) ? [] : [validate.errors?.[0]?.message ?? 'does not match its schema']
      },
    ).map((f) =>
      f.missing
        ? { path: `headers.${f.name}`, rule: `is missing (declared for ${response.status})` }
        : { path: `headers.${f.name}`, rule: `${f.problems[0]} (got "${f.value}")` },
    )
    if (response.jsonError) return [...found, { path: 'body', rule: response.jsonError.replace(/^the body /, '') }]
    const body = validator.responseViolations(op, response.status, response.headers['content-type'], response.body)
    return [...found, ...body.map(({ path, rule }) => ({ path, rule }))]
  }

  return Object.assign((op: Operation, response: CheckableResponse) => violations(op, response).map(formatViolation), {
    violations,
  })
}
