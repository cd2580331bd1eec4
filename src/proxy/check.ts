/**
 * Checks one exchange against the spec, with the engine's own machinery: the route stage finds the operation, the
 * validate stage decodes the request body, and `SpecValidator` checks parameters, bodies and headers. Nothing here
 * refuses anything: every problem becomes an `Issue` to report, and the traffic has already gone through unchanged.
 */
import { MockError } from '../core/errors.ts'
import { createRouteStage } from '../core/stages/route.ts'
import { decodeRequestBody } from '../core/stages/validate.ts'
import { isJsonMediaType, mediaTypeOf, pickMediaType } from '../http/body.ts'
import { parseQuery } from '../http/query.ts'
import type { OpenApiDocument, Operation } from '../spec/openapi.ts'
import { listOperations } from '../spec/openapi.ts'
import { declaredHeaderFindings, documentedResponse } from '../spec/declared-headers.ts'
import { SpecValidator } from '../spec/validator.ts'
import type { Body } from './capture.ts'
import { excerptOf, issuesFromAjv, type Issue, type IssueKind } from './issues.ts'

/** A side whose body could not be checked, and why (too large, an encoding the proxy does not undo). */
export interface NotValidated {
  kind: IssueKind
  reason: string
}

export interface RequestVerdict {
  /** The operation the request is for; `undefined` when the spec has none for its method and path. */
  op: Operation | undefined
  issues: Issue[]
  notValidated: NotValidated[]
}

export interface ExchangeChecker {
  readonly operations: readonly Operation[]
  request(method: string, path: string, rawQuery: string, headers: Record<string, string>, body: Body): RequestVerdict
  response(
    op: Operation,
    method: string,
    status: number,
    headers: Record<string, string>,
    body: Body,
  ): { issues: Issue[]; notValidated: NotValidated[] }
}

/** The rule and place a request-decoding failure of the validate stage stands for. */
function decodingIssue(error: unknown): Issue | NotValidated {
  if (!(error instanceof MockError)) throw error
  switch (error.code) {
    case 'unsupported_media_type':
      return { kind: 'request', rule: 'content-type', path: 'header Content-Type', message: error.message }
    case 'invalid_body':
      return { kind: 'request', rule: 'body', path: 'body', message: error.message }
    case 'payload_too_large': // the mock's own form-field bound, not the spec's: say so rather than blame the client
      return { kind: 'request', reason: error.message }
    default:
      return { kind: 'request', rule: 'malformed', path: 'body', message: error.message }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function createExchangeChecker(doc: OpenApiDocument): ExchangeChecker {
  const operations = listOperations(doc)
  const route = createRouteStage(operations)
  // The upstream decides how many errors a body holds: inlined references keep listing them all linear.
  const validator = new SpecValidator(doc, { inlineResponseRefs: true })

  function request(
    method: string,
    path: string,
    rawQuery: string,
    headers: Record<string, string>,
    body: Body,
  ): RequestVerdict {
    let op: Operation
    let params: Record<string, string>
    try {
      ;({ op, params } = route(method, path))
    } catch (error) {
      if (!(error instanceof MockError)) throw error
      const rule =
        error.code === 'no_route'
          ? 'unknown-operation'
          : error.code === 'method_not_allowed'
            ? 'method-not-allowed'
            : 'malformed'
      const message =
        error.code === 'no_route'
          ? 'no operation in the spec has this path'
          : error.code === 'method_not_allowed'
            ? `the spec has no ${method} operation on this path (it has ${error.headers?.allow ?? 'others'})`
            : error.message
      return { op: undefined, issues: [{ kind: 'request', rule, path: 'path', message }], notValidated: [] }
    }
    const issues: Issue[] = []
    const notValidated: NotValidated[] = []
    const query = parseQuery(rawQuery)
    const parameterErrors = validator.parameterErrors(op, params, query)
    if (parameterErrors.length) {
      const sent = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.length === 1 ? v[0] : v]))
      issues.push(...issuesFromAjv('request', '', parameterErrors, { path: params, query: sent }))
    }
    if (body.kind === 'not-validated') notValidated.push({ kind: 'request', reason: body.reason })
    else if (body.kind === 'malformed')
      issues.push({ kind: 'request', rule: 'malformed', path: 'body', message: body.reason })
    else {
      const bytes = body.bytes.length ? body.bytes : undefined
      const decoded = decodeRequestBody(op, { method, path, rawQuery, headers, body: bytes }, Number.POSITIVE_INFINITY)
      if (decoded.error) {
        const problem = decodingIssue(decoded.error)
        if ('rule' in problem) issues.push(problem)
        else notValidated.push(problem)
      } else if (decoded.body) {
        const errors = validator.bodyErrors(op, decoded.body.mediaType, decoded.body.value)
        issues.push(...issuesFromAjv('request', 'body', errors, decoded.body.value))
      }
    }
    return { op, issues, notValidated }
  }

  function response(op: Operation, method: string, status: number, headers: Record<string, string>, body: Body) {
    const issues: Issue[] = []
    const notValidated: NotValidated[] = []
    const declared = documentedResponse(op, status)
    if (!declared) {
      const documented = Object.keys(op.responses).join(', ')
      issues.push({
        kind: 'response',
        rule: 'status',
        path: 'status',
        message: `${status} is not documented for this operation (documented: ${documented})`,
        excerpt: String(status),
      })
      return { issues, notValidated }
    }
    // Vendors document the headers they always send (rate-limit counters, Location): a declared header is expected
    // unless the spec says `required: false`, as in the contract suite.
    const findings = declaredHeaderFindings(
      declared,
      headers,
      (_, header) => header.required !== false,
      (lower, schema, value) => validator.headerErrors(`${op.operationId} ${status} ${lower}`, schema, value),
    )
    for (const finding of findings) {
      const path = `header ${finding.name}`
      if (finding.missing)
        issues.push({ kind: 'response', rule: 'header', path, message: `is documented for ${status} but missing` })
      else
        for (const issue of issuesFromAjv('response', '', [...finding.problems], { value: finding.value }))
          issues.push({ ...issue, path, excerpt: excerptOf(finding.value, finding.lower) })
    }
    // A HEAD response, a 204 and a 304 carry no body whatever their headers say (RFC 9110 §9.3.2, §15.3.5, §15.4.5).
    if (method === 'HEAD' || status === 204 || status === 304) return { issues, notValidated }
    if (body.kind === 'not-validated') {
      notValidated.push({ kind: 'response', reason: body.reason })
      return { issues, notValidated }
    }
    if (body.kind === 'malformed') {
      issues.push({ kind: 'response', rule: 'malformed', path: 'body', message: body.reason })
      return { issues, notValidated }
    }
    const types = Object.keys(declared.content ?? {})
    const empty = body.bytes.length === 0
    if (types.length === 0) {
      if (!empty)
        issues.push({
          kind: 'response',
          rule: 'body',
          path: 'body',
          message: `${status} is documented without a body, but ${body.bytes.length} bytes were sent`,
        })
      return { issues, notValidated }
    }
    const sentType = mediaTypeOf(headers['content-type'])
    if (empty && !sentType) {
      issues.push({
        kind: 'response',
        rule: 'body',
        path: 'body',
        message: `is empty, but ${status} is documented with ${types.join(' or ')}`,
      })
      return { issues, notValidated }
    }
    const chosen = sentType ? pickMediaType(types, sentType) : undefined
    if (!sentType || !chosen) {
      issues.push({
        kind: 'response',
        rule: 'content-type',
        path: 'header Content-Type',
        message: `must be ${types.join(' or ')} for ${status}`,
        ...(headers['content-type'] ? { excerpt: JSON.stringify(headers['content-type']) } : {}),
      })
      return { issues, notValidated }
    }
    if (!declared.content?.[chosen]?.schema || !isJsonMediaType(sentType)) return { issues, notValidated }
    let value: unknown
    try {
      value = JSON.parse(utf8.decode(body.bytes))
    } catch (error) {
      issues.push({
        kind: 'response',
        rule: 'malformed',
        path: 'body',
        message: `is not valid JSON (${(error as Error).message})`,
      })
      return { issues, notValidated }
    }
    for (const issue of issuesFromAjv(
      'response',
      'body',
      validator.responseBodyErrors(op, status, chosen, value),
      value,
    ))
      issues.push(issue)
    return { issues, notValidated }
  }

  return { operations, request, response }
}
