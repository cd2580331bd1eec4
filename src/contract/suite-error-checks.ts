/**
 * The negative checks, derived from the spec rather than written per API: no credentials, an unknown id and an invalid
 * body in a stateful run; in a stateless one, where nothing can be provoked, the documented errors forced with
 * `Prefer: code=…` (which Prism and our mock both honour).
 */
import { describe } from 'vitest'
import type { Operation } from '../spec/openapi.ts'
import {
  buildRequest,
  invalidBody,
  pathParameterNames,
  successStatus,
  type RequestOverrides,
} from './request-builder.ts'
import { assertConforms, retryAfterCheck, skipRandom429, statusList } from './suite-assert.ts'
import { contractCheck } from './suite-check.ts'
import { title, type SuiteContext } from './suite-context.ts'
import { defaultEffect, effectGate, errorCheckGate, missing } from './suite-gates.ts'
import { provideNeeds } from './suite-setup.ts'

const secured = (op: Operation): boolean =>
  op.security.length > 0 && !op.security.some((r) => Object.keys(r).length === 0)

export function unauthorizedChecks(suite: SuiteContext): void {
  const { plan, doc, mode, operations } = suite
  const unauthorizedStatus = plan.unauthorizedStatus ?? 401
  const unauthorizedText =
    typeof unauthorizedStatus === 'number' ? String(unauthorizedStatus) : statusList(unauthorizedStatus)
  const candidates = operations.filter((op) => secured(op) && suite.selected(op))
  if (!candidates.length) return
  describe(`${unauthorizedText} without credentials`, () => {
    for (const operation of candidates) {
      const declaration = { kind: 'unauthorized', name: title(operation, unauthorizedText), operation } as const
      contractCheck(suite, { ...declaration, expected: unauthorizedText }, async (ctx, r) => {
        const reason = plan.exclude?.unauthorized?.[operation.operationId] ?? errorCheckGate(plan, r.target)
        if (reason) ctx.skip(reason)
        const request = buildRequest(doc, operation, mode === 'stateful' ? r.vars : {}, {})
        const res = await r.client.send({ ...request, authenticate: false })
        skipRandom429(suite, ctx, operation, res, unauthorizedStatus)
        assertConforms(suite, operation, res, unauthorizedStatus)
      })
    }
  })
}

export function notFoundChecks(suite: SuiteContext): void {
  const { plan, doc, operations, stepOf, isIdParameter, unknownId } = suite
  const candidates = operations.filter(
    (o) => o.method === 'GET' && pathParameterNames(o).some(isIdParameter) && suite.selected(o),
  )
  if (!candidates.length) return // an API with no GET by id (vitest fails an empty describe)
  describe('404 for an unknown id', () => {
    for (const operation of candidates) {
      const declaration = { kind: 'not-found', name: title(operation, '404'), operation, expected: '404' } as const
      contractCheck(suite, declaration, async (ctx, r) => {
        const step = stepOf.get(operation.operationId)
        const reason = plan.exclude?.notFound?.[operation.operationId] ?? errorCheckGate(plan, r.target)
        if (reason) ctx.skip(reason)
        const base: RequestOverrides = missing(step, r.vars) ? {} : (step?.request?.(r.vars) ?? {})
        const ids = Object.fromEntries(
          pathParameterNames(operation)
            .filter(isIdParameter)
            .map((name) => [name, unknownId]),
        )
        const res = await r.client.send(
          buildRequest(doc, operation, r.vars, { ...base, path: { ...base.path, ...ids } }),
        )
        skipRandom429(suite, ctx, operation, res, 404)
        assertConforms(suite, operation, res, 404)
      })
    }
  })
}

/** A JSON body where the operation takes one, else a form body (an API that takes only forms). */
function invalidBodyMediaType(operation: Operation): string {
  const types = Object.keys(operation.requestBody?.content ?? {})
  return (
    types.find((t) => /[/+]json\b/.test(t)) ??
    types.find((t) => t === 'application/x-www-form-urlencoded') ??
    'application/json'
  )
}

export function invalidBodyChecks(suite: SuiteContext): void {
  const { plan, doc, log, operations, stepOf, isIdParameter } = suite
  const also = new Set(plan.invalidBodyAlso ?? [])
  const candidates = operations.filter(
    (o) =>
      suite.selected(o) &&
      (also.has(o.operationId) ||
        (o.method === 'POST' && successStatus(o) === 201 && !pathParameterNames(o).some(isIdParameter))),
  )
  if (!candidates.length) return
  describe('4xx for an invalid body', () => {
    for (const operation of candidates) {
      const documented = ['400', '422'].filter((c) => c in operation.responses).map(Number)
      const expected = documented.length ? documented.join(' or ') : '4xx'
      const declaration = { kind: 'invalid-body', name: title(operation, expected), operation, expected } as const
      contractCheck(suite, declaration, async (ctx, r) => {
        const step = stepOf.get(operation.operationId)
        // If the API accepted the body after all, it would have written: gate like the happy path.
        const gated =
          plan.exclude?.invalidBody?.[operation.operationId] ??
          errorCheckGate(plan, r.target) ??
          effectGate(step?.effect ?? defaultEffect(operation), r.target)
        if (gated) ctx.skip(gated)
        await provideNeeds(suite, r, step?.needs)
        const reason = missing(step, r.vars)
        if (reason) ctx.skip(reason)
        const valid = buildRequest(doc, operation, r.vars, step?.request?.(r.vars))
        const mediaType = invalidBodyMediaType(operation)
        const body = invalidBody(doc, operation, valid.body, mediaType)
        if (body === undefined) ctx.skip('the schema accepts any body: no invalid one can be derived')
        const res = await r.client.send({ ...valid, body, contentType: mediaType })
        skipRandom429(suite, ctx, operation, res, documented)
        if (res.status >= 200 && res.status < 300) {
          log(
            `[contract] ${operation.operationId} accepted an invalid body (${res.status}); it may have created a record: ${res.text.slice(0, 200)}`,
          )
        }
        const allowed = documented.length ? documented : Array.from({ length: 100 }, (_, i) => 400 + i)
        assertConforms(suite, operation, res, allowed)
      })
    }
  })
}

export function forcedErrorChecks(suite: SuiteContext): void {
  const { plan, doc, operations } = suite
  const codes = (plan.forcedErrors ?? [404, 422, 429]).filter((code) =>
    operations.some((o) => String(code) in o.responses && suite.selected(o)),
  )
  if (!codes.length) return
  describe('forced errors (Prefer: code=…)', () => {
    for (const code of codes) {
      for (const operation of operations.filter((o) => String(code) in o.responses && suite.selected(o))) {
        const name = title(operation, `${code} (forced)`)
        contractCheck(suite, { kind: 'forced-error', name, operation, expected: String(code) }, async (_ctx, r) => {
          const request = buildRequest(doc, operation, {}, { headers: { prefer: `code=${code}` } })
          const res = await r.client.send(request)
          assertConforms(suite, operation, res, code, code === 429 ? retryAfterCheck(suite, res) : [])
        })
      }
    }
  })
}
