/**
 * What the two fidelity suites share: the demo credentials of each API in the scheme its docs use, the fixed clock
 * they run at, a target per (kind, API) with a reset before each case, and the runner of a documented request — its
 * `{{name}}` placeholders filled from earlier steps, its answer checked against what the doc says it should be. Each
 * check returns the problems it found (empty = the case passes) together with what the mock answered, so a failing
 * case says why, and `report.ts` can print every outcome for FAILURES.md.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import type { ApiId } from '../../mocks/index.ts'
import { PROWORKFLOW_DEFAULTS } from '../../mocks/proworkflow/defaults.ts'
import { RESOURCE_GURU_DEFAULTS } from '../../mocks/resource-guru/defaults.ts'
import { SCHEDULEIT_DEFAULTS } from '../../mocks/scheduleit/defaults.ts'
import { SCREENDRAGON_DEFAULTS } from '../../mocks/screendragon/defaults.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { manualClock } from '../../src/core/clock.ts'
import type { EngineOptions } from '../../src/core/engine.ts'
import {
  buildRequest,
  type ContractRequest,
  createContractClient,
  exampleOf,
  type QueryValue,
} from '../../src/contract/index.ts'
import {
  deref,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
  type ParameterObject,
} from '../../src/spec/openapi.ts'
import { createTarget, type Target, type TargetKind } from '../support/targets.ts'

export const APIS: ApiId[] = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']

/**
 * "Now" for both suites: Wednesday 5 June 2030, 10:00 UTC (the Screendragon tests' day), so the seed — whose dates
 * follow the clock — is the same on every run. Doc dates the vendor refuses in the past are moved after it (2031).
 */
export const NOW = Date.UTC(2030, 5, 5, 10)

/**
 * Engine options of both suites: the fixed clock, and otherwise each vendor's defaults (its quotas too: a reset before
 * each case starts them afresh; ScheduleIt's random 429s are off in-process).
 */
export function fidelityOptions(): EngineOptions {
  return { clock: manualClock(NOW) }
}

export const RG = RESOURCE_GURU_DEFAULTS
export const PW = PROWORKFLOW_DEFAULTS
export const SI = SCHEDULEIT_DEFAULTS
export const SD = SCREENDRAGON_DEFAULTS

/**
 * The demo credentials in the scheme each vendor's examples use, standing in for the doc's own:
 * Resource Guru HTTP Basic (the docs' "exploration" login), ProWorkflow the API key header plus Basic, ScheduleIt
 * Basic `<account>_<login>`, Screendragon a Bearer token from the client-credentials grant (fetched per case).
 */
export async function demoHeaders(t: Target, api: ApiId): Promise<Record<string, string>> {
  switch (api) {
    case 'resource-guru':
      return { authorization: basicAuthorization(RG.username, RG.password) }
    case 'proworkflow':
      return { apikey: PW.apiKey, authorization: basicAuthorization(PW.username, PW.password) }
    case 'scheduleit':
      return { authorization: basicAuthorization(`${SI.accountNumber}_${SI.loginName}`, SI.password) }
    case 'screendragon':
      return { authorization: `Bearer ${await screendragonToken(t)}` }
  }
}

async function screendragonToken(t: Target): Promise<string> {
  const response = await t.fetch('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: SD.clientId,
      client_secret: SD.clientSecret,
    }),
  })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`Screendragon token request failed: ${response.status} ${text}`)
  return (JSON.parse(text) as { access_token: string }).access_token
}

/**
 * A target for one suite and API, reset to the seed before each case. Violations of the spec by the mock's responses
 * are not asserted here: with `validateResponses` a violating response is a 500, which fails its own case.
 */
export function useFidelityTarget(kind: TargetKind, api: ApiId): () => Target {
  let current: Target | undefined
  beforeAll(async () => {
    current = await createTarget(kind, api, fidelityOptions())
  })
  beforeEach(() => {
    current?.engine.reset()
  })
  afterAll(async () => {
    await current?.close()
  })
  return () => {
    if (!current) throw new Error('the fidelity target is created in beforeAll')
    return current
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Documented requests and what the docs say they answer

/** What the doc says the answer is. Only the facts given are checked. */
export interface Expectation {
  /** The documented status (or any of several). */
  status: number | readonly number[]
  /** The JSON type of the body: `empty` for no body. */
  body?: 'array' | 'object' | 'string' | 'empty' | 'non-empty-array'
  /** Where `keys` and `some` look: a member path in the body (`dataInfo.Tables`); default the body itself. */
  at?: string
  /** Members the body has (for an array: its first element). */
  keys?: readonly string[]
  /**
   * A deep partial match on the body (arrays match element by element, objects by the members given, a RegExp a
   * string).
   */
  match?: unknown
  /** For an array body: at least one element has these members with these values (a deep partial match). */
  some?: Record<string, unknown>
  /** Response headers that must be present; a string must be contained in the value, a RegExp must match it. */
  headers?: Record<string, string | RegExp | true>
}

export interface DocRequest {
  method: string
  /** Path and query relative to the API's base URL, as the doc writes them; `{{name}}` takes a captured value. */
  url: string
  /** `demo` (default): the API's demo credentials (see `demoHeaders`); `none`: only `headers`. */
  auth?: 'demo' | 'none'
  headers?: Record<string, string>
  /** A JSON body (`Content-Type: application/json`). */
  json?: unknown
  /** A form body: fields (URL-encoded here), or a string sent exactly as written (`Content-Type` form). */
  form?: Record<string, string> | string
  /** A body sent exactly as written, with this `Content-Type` (none when `contentType` is left out). */
  raw?: { body: string; contentType?: string }
}

export interface DocStep extends DocRequest {
  expect: Expectation
  /**
   * Values later steps use as `{{name}}`: `body.<member path>` of the JSON body, `location.<query parameter>` of the
   * `Location` header.
   */
  capture?: Record<string, string>
}

/** What the mock answered to one step, and what was wrong with it. */
export interface StepOutcome {
  request: string
  status: number
  body: string
  /** The engine's note for a refused request (the error it raised), when there is one. */
  engineError?: string
  problems: string[]
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole)
}

function fillDeep(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return fill(value, vars)
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, vars))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, vars)]))
  return value
}

/** Sends one documented request as the doc writes it (plus credentials) and checks the answer. */
export async function runStep(
  t: Target,
  api: ApiId,
  step: DocStep,
  vars: Record<string, string>,
): Promise<StepOutcome> {
  const headers: Record<string, string> = {
    ...(step.auth === 'none' ? {} : await demoHeaders(t, api)),
  }
  for (const [k, v] of Object.entries(step.headers ?? {})) headers[k.toLowerCase()] = fill(v, vars)
  let body: string | Uint8Array<ArrayBuffer> | undefined
  if (step.json !== undefined) {
    headers['content-type'] ??= 'application/json'
    body = JSON.stringify(fillDeep(step.json, vars))
  } else if (step.form !== undefined) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded'
    body =
      typeof step.form === 'string'
        ? fill(step.form, vars)
        : new URLSearchParams(fillDeep(step.form, vars) as Record<string, string>).toString()
  } else if (step.raw) {
    // Bytes, not a string: fetch would label a string body text/plain, and a raw body without a type must go without.
    if (step.raw.contentType) headers['content-type'] ??= step.raw.contentType
    body = new TextEncoder().encode(fill(step.raw.body, vars))
  }
  const url = fill(step.url, vars)
  const logBefore = t.engine.log.length
  const response = await t.fetch(url, { method: step.method, headers, body, redirect: 'manual' })
  const text = await response.text()
  const entry = t.engine.log.length > logBefore ? t.engine.log.at(-1) : undefined
  const outcome: StepOutcome = {
    request: `${step.method} ${url}`,
    status: response.status,
    body: text.length > 600 ? `${text.slice(0, 600)}…` : text,
    ...(entry?.error ? { engineError: entry.error.split('\n', 1)[0] } : {}),
    problems: checkResponse(step.expect, response, text),
  }
  if (step.capture && outcome.problems.length === 0) {
    for (const [name, from] of Object.entries(step.capture)) {
      const value = captureValue(from, response, text)
      if (value === undefined) outcome.problems.push(`nothing to capture as {{${name}}} from ${from}`)
      else vars[name] = value
    }
  }
  return outcome
}

/** Runs every step of a case, stopping at the first that does not answer as documented. */
export async function runSteps(t: Target, api: ApiId, steps: readonly DocStep[]): Promise<StepOutcome[]> {
  const vars: Record<string, string> = {}
  const outcomes: StepOutcome[] = []
  for (const step of steps) {
    const outcome = await runStep(t, api, step, vars)
    outcomes.push(outcome)
    if (outcome.problems.length) break
  }
  return outcomes
}

function captureValue(from: string, response: Response, text: string): string | undefined {
  const [source, ...rest] = from.split('.')
  if (source === 'location') {
    const location = response.headers.get('location')
    if (!location) return undefined
    return new URL(location, 'http://relative.invalid').searchParams.get(rest.join('.')) ?? undefined
  }
  let node: unknown
  try {
    node = JSON.parse(text)
  } catch {
    return undefined
  }
  for (const key of rest) node = (node as Record<string, unknown> | undefined)?.[key]
  return node === undefined || node === null ? undefined : String(node)
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
}

/**
 * Deep partial match: the problems (paths where `actual` differs from `expected`). A RegExp expects a string it
 * matches (for texts that quote the runtime, e.g. a JSON parser's message).
 */
export function mismatches(actual: unknown, expected: unknown, path = 'body'): string[] {
  if (expected instanceof RegExp)
    return typeof actual === 'string' && expected.test(actual)
      ? []
      : [`${path} is ${JSON.stringify(actual)}, which does not match ${String(expected)}`]
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path} is ${typeOf(actual)}, not an array`]
    return expected.flatMap((e, i) =>
      i < actual.length ? mismatches(actual[i], e, `${path}[${i}]`) : [`${path}[${i}] is missing`],
    )
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual))
      return [`${path} is ${typeOf(actual)}, not an object`]
    return Object.entries(expected).flatMap(([k, v]) =>
      k in actual ? mismatches((actual as Record<string, unknown>)[k], v, `${path}.${k}`) : [`${path}.${k} is missing`],
    )
  }
  return Object.is(actual, expected) ? [] : [`${path} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`]
}

export function checkResponse(expect: Expectation, response: Response, text: string): string[] {
  const problems: string[] = []
  const statuses = typeof expect.status === 'number' ? [expect.status] : expect.status
  if (!statuses.includes(response.status)) problems.push(`status ${response.status}, not ${statuses.join(' or ')}`)
  for (const [name, want] of Object.entries(expect.headers ?? {})) {
    const value = response.headers.get(name)
    if (value === null) problems.push(`no ${name} header`)
    else if (typeof want === 'string' && !value.includes(want)) problems.push(`${name} is "${value}", not "${want}"`)
    else if (want instanceof RegExp && !want.test(value)) problems.push(`${name} is "${value}", not ${want}`)
  }
  if (problems.length) return problems
  if (expect.body === 'empty') {
    if (text !== '') problems.push(`a body where none is documented: ${text.slice(0, 200)}`)
    return problems
  }
  if (!expect.body && !expect.keys && expect.match === undefined && !expect.some) return problems
  const parsed = parse(text)
  if (!parsed.ok) return [...problems, `the body is not JSON: ${text.slice(0, 200)}`]
  const body = parsed.value
  if (expect.body === 'non-empty-array') {
    if (!Array.isArray(body) || body.length === 0)
      problems.push(`the body is ${typeOf(body)} of length 0, not a non-empty array`)
  } else if (expect.body && typeOf(body) !== expect.body)
    problems.push(`the body is ${typeOf(body)}, not ${expect.body}`)
  let target: unknown = body
  for (const key of expect.at ? expect.at.split('.') : [])
    target = (target as Record<string, unknown> | undefined)?.[key]
  if (expect.keys) {
    const subject = Array.isArray(target) ? target[0] : target
    if (subject === undefined) problems.push('the body is an empty array, so it shows none of the documented members')
    else if (subject && typeof subject === 'object') {
      const missing = expect.keys.filter((k) => !(k in subject))
      if (missing.length) problems.push(`the body lacks the documented ${missing.join(', ')}`)
    } else problems.push(`the body is ${typeOf(subject)}, not an object with ${expect.keys.join(', ')}`)
  }
  if (expect.match !== undefined) problems.push(...mismatches(body, expect.match))
  if (expect.some) {
    if (!Array.isArray(target)) problems.push(`${expect.at ?? 'the body'} is ${typeOf(target)}, not an array`)
    else if (!target.some((item) => mismatches(item, expect.some).length === 0))
      problems.push(`no element has ${JSON.stringify(expect.some)}`)
  }
  return problems
}

/** One line for a failed assertion: every step's request, status, problems and (clipped) body. */
export function describeOutcomes(outcomes: readonly StepOutcome[]): string {
  return outcomes
    .map(
      (o) =>
        `${o.request} → ${o.status}${o.problems.length ? `: ${o.problems.join('; ')}` : ''}${o.engineError ? ` [mock: ${o.engineError}]` : ''}\n    ${o.body.slice(0, 300)}`,
    )
    .join('\n  ')
}

// ---------------------------------------------------------------------------------------------------------------
// Requests built from the spec's examples alone

/**
 * The request for an operation from its spec's examples only, by the contract suite's builder: path parameters
 * from their examples, the required query parameters (their example, else the schema's example/default/enum) plus
 * every optional one that has an example (`example`, `examples`, or its schema's), and the body from the first media
 * type's example (the first named one when there are several; else its schema's).
 */
export function specRequest(doc: OpenApiDocument, op: Operation): ContractRequest {
  const query: Record<string, QueryValue | undefined> = {}
  for (const param of op.parameters) {
    if (param.in !== 'query' || param.required || !hasExample(param, doc)) continue
    query[param.name] = exampleOf(param, doc) as QueryValue
  }
  return buildRequest(doc, op, {}, { query })
}

/** Whether a parameter has an example of its own or in its schema (a default or an enum is not an example). */
function hasExample(param: ParameterObject, doc: OpenApiDocument): boolean {
  if (param.example !== undefined) return true
  const named = (param as { examples?: Record<string, unknown> }).examples
  if (named && Object.keys(named).length) return true
  const schema = param.schema ? deref<JsonSchema>(doc, param.schema) : undefined
  return schema?.example !== undefined || (Array.isArray(schema?.examples) && schema.examples.length > 0)
}

/** The documented success codes of an operation: its 2xx, else its 3xx (the authorize redirect). */
export function successStatuses(op: Operation): number[] {
  const codes = Object.keys(op.responses)
    .filter((c) => /^[23]\d\d$/.test(c))
    .map(Number)
  const ok = codes.filter((c) => c < 300)
  return ok.length ? ok : codes
}

/**
 * The demo credentials an operation's security asks for, with no request of their own so that the example request
 * goes alone: none for the token endpoints, Basic only for ProWorkflow's Login, Screendragon's Basic API key (the
 * spec's other alternative to a Bearer token), else the demo headers.
 */
async function specAuthHeaders(t: Target, api: ApiId, op: Operation): Promise<Record<string, string>> {
  if (op.security.length === 0) return {}
  if (api === 'screendragon') return { authorization: basicAuthorization('apikey', SD.apiKey) }
  const headers = await demoHeaders(t, api)
  if (api === 'proworkflow' && !op.security.some((r) => 'apikey' in r)) delete headers.apikey
  return headers
}

/** Sends an operation's spec-example request alone (through the contract suite's client) and checks for a 2xx. */
export async function runSpecExample(t: Target, api: ApiId, op: Operation): Promise<StepOutcome> {
  const doc = t.engine.plugin.document
  const request = specRequest(doc, op)
  const headers = await specAuthHeaders(t, api, op)
  const client = createContractClient({
    baseUrl: t.base,
    fetch: (input, init) => t.fetch(String(input).slice(t.base.length), init),
  })
  const logBefore = t.engine.log.length
  const response = await client.send({ ...request, headers: { ...headers, ...request.headers } })
  const entry = t.engine.log.length > logBefore ? t.engine.log.at(-1) : undefined
  const expected = successStatuses(op)
  const query = new URL(response.url).search
  return {
    request: `${request.method} ${request.path}${query}${request.body === undefined ? '' : ` ${request.contentType ?? ''} ${JSON.stringify(request.body).slice(0, 300)}`}`,
    status: response.status,
    body: response.text.length > 600 ? `${response.text.slice(0, 600)}…` : response.text,
    ...(entry?.error ? { engineError: entry.error.split('\n', 1)[0] } : {}),
    problems: expected.includes(response.status) ? [] : [`status ${response.status}, not ${expected.join(' or ')}`],
  }
}
