/**
 * One thing an exchange did that its spec does not allow, in the form the console, the drift report and its JSON
 * Schema share: which side broke it, the rule, where (a JSON path such as `body[3].durations[0].date`), what the rule
 * says, and an excerpt of what was sent there.
 */
import type { ErrorObject } from 'ajv/dist/2020.js'
import { REDACTED, isSecretKey } from '../core/redact.ts'

export type IssueKind = 'request' | 'response'

export interface Issue {
  kind: IssueKind
  /**
   * The rule broken: a JSON Schema keyword (`required`, `type`, `format`, `enum`, `additionalProperties`, …) for a
   * value, or one of the proxy's own: `unknown-operation`, `method-not-allowed`, `status`, `header`, `content-type`,
   * `body` (a body where none is declared, or none where one is required), `malformed` (not JSON, not UTF-8),
   * `upstream-error`.
   */
  rule: string
  /** Where: `status`, `header X-Name`, `path.id`, `query.limit`, `body`, `body[3].durations[0].date`. */
  path: string
  /** What the rule says, e.g. `must match format "date"`. */
  message: string
  /** What was there, as JSON (cut to `EXCERPT_LENGTH`; credentials redacted), when there was something. */
  excerpt?: string
}

/** Longest excerpt kept, in characters: enough to recognise a value, never a copy of the traffic. */
export const EXCERPT_LENGTH = 200

/** `[3].durations[0].date` from ajv's `/3/durations/0/date` (JSON Pointer, RFC 6901 escapes undone). */
export function jsonPath(pointer: string): string {
  if (!pointer) return ''
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) =>
      /^\d+$/.test(key) ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`,
    )
    .join('')
}

/** The same place in every item of a list: `body[3].durations[0].date` → `body[*].durations[*].date`. */
export const pathPattern = (path: string): string => path.replace(/\[\d+\]/g, '[*]')

/** The value at a JSON Pointer inside `root`, or `undefined`. */
function at(root: unknown, pointer: string): unknown {
  let node = root
  for (const raw of pointer ? pointer.slice(1).split('/') : []) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[raw.replaceAll('~1', '/').replaceAll('~0', '~')]
  }
  return node
}

/** A value as short JSON, with credentials (`access_token`, `password`, …) replaced by `[redacted]`. */
export function excerptOf(value: unknown, key = ''): string | undefined {
  if (value === undefined) return undefined
  if (isSecretKey(key) && (value === null || typeof value !== 'object')) return JSON.stringify(REDACTED)
  const text = JSON.stringify(value, (k, v: unknown) =>
    k && isSecretKey(k) && (v === null || typeof v !== 'object') ? REDACTED : v,
  )
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text
}

/** ajv's messages, reworded where they would otherwise repeat the path or speak ajv's own terms. */
function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required') return 'is required but missing'
  if (error.keyword === 'additionalProperties') return 'is not a property the schema allows'
  if (error.keyword === 'enum') return `must be one of ${JSON.stringify(params.allowedValues)}`
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`
  return error.message ?? 'is invalid'
}

/** Most problems itemised per body: past this a body is far from its schema, and one more line says so. */
export const MAX_ISSUES_PER_BODY = 1000

/**
 * ajv's errors as issues, each at its JSON path under `root` (`body`, or `` for parameters, whose instance paths
 * start with `/path` or `/query`). A missing or extra property is reported at the property itself, with the object
 * that lacks or holds it as the excerpt. `instance` is the validated value, for the excerpts; only the first issue of
 * each kind (rule, place with `[*]` for indices, message) gets one, since that is the one shown and reported.
 */
export function issuesFromAjv(kind: IssueKind, root: string, errors: ErrorObject[], instance: unknown): Issue[] {
  const issues: Issue[] = []
  const excerpted = new Set<string>()
  for (const error of errors.slice(0, MAX_ISSUES_PER_BODY)) {
    const params = error.params as Record<string, string>
    const property =
      error.keyword === 'required'
        ? params.missingProperty
        : error.keyword === 'additionalProperties'
          ? params.additionalProperty
          : undefined
    const pointer = property === undefined ? error.instancePath : `${error.instancePath}/${property}`
    const path = `${root}${jsonPath(pointer)}`.replace(/^\./, '') || 'body'
    const message = messageOf(error)
    const group = `${error.keyword} ${pathPattern(path)} ${message}`
    let excerpt: string | undefined
    if (!excerpted.has(group)) {
      excerpted.add(group)
      // A missing property has no value of its own: show the object that lacks it.
      excerpt =
        error.keyword === 'required'
          ? excerptOf(at(instance, error.instancePath))
          : excerptOf(at(instance, pointer), pointer.slice(pointer.lastIndexOf('/') + 1))
    }
    issues.push({ kind, rule: error.keyword, path, message, ...(excerpt !== undefined ? { excerpt } : {}) })
  }
  if (errors.length > MAX_ISSUES_PER_BODY)
    issues.push({
      kind,
      rule: 'too-many-problems',
      path: root || 'parameters',
      message: `has more than ${MAX_ISSUES_PER_BODY} problems: the first ${MAX_ISSUES_PER_BODY} are listed, the rest only counted here`,
      excerpt: String(errors.length),
    })
  return issues
}
