/**
 * What a response's declared headers say about the headers sent, shared by the contract checks
 * (src/contract/check-response.ts) and the proxy (src/proxy/check.ts), which report the findings each in its own shape.
 */
import type { HeaderObject, JsonSchema, Operation, ResponseObject } from './openapi.ts'

/** The response the spec documents for a status: the exact code, then its range (`4XX`), then `default`. */
export function documentedResponse(op: Operation, status: number): ResponseObject | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default
}

/** A declared header that was not sent, or one sent with a schema and what `check` found wrong with its value. */
export type HeaderFinding<P> =
  | { name: string; lower: string; missing: true }
  | { name: string; lower: string; missing: false; value: string; problems: readonly P[] }

/**
 * Walks the headers `declared` documents: a missing one is a finding when `required` says it must be sent; a sent one
 * with a schema is checked by `check` (values are text: the caller coerces). `Content-Type` is skipped, as OpenAPI 3.1
 * §4.8.17 says a definition of it is ignored. `headers` has lower-case names.
 */
export function declaredHeaderFindings<P>(
  declared: ResponseObject,
  headers: Readonly<Record<string, string>>,
  required: (lower: string, header: HeaderObject) => boolean,
  check: (lower: string, schema: JsonSchema, value: string) => readonly P[],
): HeaderFinding<P>[] {
  const findings: HeaderFinding<P>[] = []
  for (const [name, header] of Object.entries(declared.headers ?? {})) {
    const lower = name.toLowerCase()
    if (lower === 'content-type') continue
    const value = headers[lower]
    if (value === undefined) {
      if (required(lower, header)) findings.push({ name, lower, missing: true })
    } else if (header.schema) {
      const problems = check(lower, header.schema, value)
      if (problems.length) findings.push({ name, lower, missing: false, value, problems })
    }
  }
  return findings
}
