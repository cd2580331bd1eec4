/**
 * The negative checks generated from the spec (negative.ts derives them): one check per invalid variant of an
 * operation's happy-path request, each expecting a documented 4xx in the documented error schema. They send many
 * requests, so they run by default only against our mock and Prism; a remote API needs `--negative`, and a variant
 * of a write is gated like the write itself (`--write`; never for a `shared` step), since a server that accepts it
 * would have written.
 */
import { beforeAll, describe } from 'vitest'
import type { Operation } from '../spec/openapi.ts'
import { SpecValidator } from '../spec/validator.ts'
import { deriveMutations, NotApplicable, requestProblems, type Mutation } from './negative.ts'
import type { ContractResponse } from './client.ts'
import { buildRequest, pathParameterNames, type RequestOverrides } from './request-builder.ts'
import { assertConforms, failWith, skipRandom429, statusList } from './suite-assert.ts'
import { contractCheck } from './suite-check.ts'
import { title, type Run, type SuiteContext } from './suite-context.ts'
import { effectGate, errorCheckGate, missing } from './suite-gates.ts'
import { provideNeeds } from './suite-setup.ts'
import { isMock, type TargetInfo } from './target.ts'

/**
 * 4xx answers that say nothing about the fault sent: credentials, permission and quota, and the transport (a method,
 * `Accept`, size or media type the variant does not change).
 */
const NOT_ABOUT_INPUT = new Set([401, 403, 405, 406, 413, 415, 429])

/**
 * The statuses a negative check accepts: every documented 4xx of the operation but those about credentials,
 * permission and quota, and 404 only for a malformed path parameter (for a body or query variant, a 404 would mean
 * the request never reached the input check). With no such 4xx documented, any 4xx, which the response check then
 * reports as undocumented.
 */
export function negativeStatuses(op: Operation, place: Mutation['place']): number[] {
  const codes = Object.keys(op.responses)
  const keep = (c: number) => !NOT_ABOUT_INPUT.has(c) && (c !== 404 || place === 'path')
  const range = Array.from({ length: 100 }, (_, i) => 400 + i)
  const documented = codes.includes('4XX') ? range : codes.filter((c) => /^4\d\d$/.test(c)).map(Number)
  const allowed = documented.filter(keep)
  return allowed.length ? allowed : range.filter(keep)
}

/** Why negative checks are not sent to this target, if they are not. */
export function negativeGate(suite: SuiteContext, target: TargetInfo): string | undefined {
  const on = suite.settings.negative
  if (on === false) return 'negative checks are off (--no-negative)'
  if (on === undefined && !isMock(target.kind))
    return 'negative checks send many invalid requests: pass --negative to send them to a remote API'
  return errorCheckGate(suite.plan, target)
}

/** Placeholders for path parameters without an example, so a request can be derived before the run has its ids. */
function placeholders(op: Operation): RequestOverrides {
  return { path: Object.fromEntries(pathParameterNames(op).map((name) => [name, 1])) }
}

/**
 * The request the checks are derived from, before the run has its variables: the plan step's (a stateful run sends
 * its body, which the spec's example may lack), over the spec's examples, with placeholders for the ids it cannot
 * know yet. Each check re-derives its variant from the run's own request.
 */
function declarationRequest(suite: SuiteContext, op: Operation) {
  const step = suite.mode === 'stateful' ? suite.stepOf.get(op.operationId) : undefined
  let overrides: RequestOverrides = {}
  try {
    overrides = step?.request?.({}) ?? {}
  } catch {
    // A step that needs its variables to build a request: the spec's examples stand in.
  }
  const known = Object.fromEntries(Object.entries(overrides.path ?? {}).filter(([, v]) => v !== undefined))
  try {
    return buildRequest(suite.doc, op, {}, { ...overrides, path: known })
  } catch {
    return buildRequest(suite.doc, op, {}, { ...overrides, path: { ...placeholders(op).path, ...known } })
  }
}

/** The happy-path request of this run: the plan's (stateful), or the spec's examples (stateless). */
async function happyRequest(suite: SuiteContext, r: Run, op: Operation, skip: (reason: string) => never) {
  const step = suite.stepOf.get(op.operationId)
  if (suite.mode === 'stateless') {
    try {
      return buildRequest(suite.doc, op, {}, {})
    } catch (error) {
      return skip((error as Error).message)
    }
  }
  await provideNeeds(suite, r, step?.needs)
  const absent = missing(step, r.vars)
  if (absent) return skip(absent)
  return buildRequest(suite.doc, op, r.vars, step?.request?.(r.vars))
}

const accepted = (res: ContractResponse): boolean => res.status >= 200 && res.status < 300

/** Below this many requests left in our mock's window, the negative checks start it afresh. */
const LOW_QUOTA = 3

/**
 * Against our mock at a URL, whose quota is its own: starts its rate-limit windows afresh (`DELETE
 * /__mock/<api>/rate-limits`) so that the negative checks' hundreds of requests need not wait a vendor's minute or hour
 * for the next window. A mock that refuses (a control token is set) is left alone: the run then paces as usual.
 */
function mockQuota(suite: SuiteContext): {
  lift(r: Run): Promise<void>
  after(r: Run, res: ContractResponse): Promise<void>
} {
  let refused = false
  let told = false
  const header = suite.plan.rateLimit?.remainingHeader?.toLowerCase()
  async function lift(r: Run): Promise<void> {
    // Without a quota header the run does not pace, so there is no wait to spare.
    if (refused || !header || r.target.kind !== 'mock') return
    const url = new URL(`/__mock/${suite.plan.api}/rate-limits`, r.target.baseUrl)
    try {
      const res = await fetch(url, { method: 'DELETE', signal: AbortSignal.timeout(15_000) })
      await res.text()
      refused = !res.ok
    } catch {
      refused = true
    }
    if (refused)
      suite.log(
        `[contract] negative checks: our mock refused DELETE ${url.pathname}; the run paces for its quota instead`,
      )
    else if (!told) {
      told = true
      suite.log(
        `[contract] negative checks: our mock's rate-limit windows are started afresh (DELETE ${url.pathname}) when they run low, so the checks need not wait for the next window`,
      )
    }
  }
  return {
    lift,
    async after(r, res) {
      const left = header ? Number(res.headers[header]) : Number.NaN
      if (Number.isFinite(left) && left < LOW_QUOTA) await lift(r)
    },
  }
}

export function negativeChecks(suite: SuiteContext): void {
  const { plan, doc, operations, stepOf } = suite
  const validator = new SpecValidator(doc)
  const derived = operations
    .filter((op) => suite.selected(op) && !plan.exclude?.negative?.[op.operationId])
    .map((op) => ({ op, mutations: deriveMutations(doc, op, declarationRequest(suite, op), validator).mutations }))
    .filter(({ mutations }) => mutations.length > 0)
  if (!derived.length) return
  const quota = mockQuota(suite)
  describe('negative checks from the spec', () => {
    beforeAll(async () => {
      if (suite.run && !suite.aborted && negativeGate(suite, suite.run.target) === undefined)
        await quota.lift(suite.run)
    })
    for (const { op, mutations } of derived) {
      const step = stepOf.get(op.operationId)
      const write = op.method !== 'GET' && op.method !== 'HEAD'
      for (const mutation of mutations) {
        const allowed = negativeStatuses(op, mutation.place)
        // A range (`4XX`, or no 4xx documented) reads better as what it is than as seventy codes.
        const expected = allowed.length > 20 ? '4xx' : statusList(allowed)
        const declaration = { kind: 'negative', name: title(op, `${expected}: ${mutation.name}`), operation: op }
        contractCheck(suite, { ...declaration, kind: 'negative', expected }, async (ctx, r) => {
          // Every variant of a non-GET is a write for the gates (the server may accept it); a GET keeps its step's
          // effect, and the step's own reason to skip this target holds for its variants too.
          const effect = step?.effect === 'shared' ? 'shared' : write ? 'write' : (step?.effect ?? 'read')
          const gated =
            negativeGate(suite, r.target) ??
            effectGate(effect, r.target) ??
            (suite.mode === 'stateful' ? step?.skip?.(r.target, r.vars) : undefined)
          if (gated) ctx.skip(gated)
          const skip = (reason: string): never => {
            ctx.skip(reason)
            throw new Error(reason) // not reached: ctx.skip throws
          }
          const base = await happyRequest(suite, r, op, skip)
          const wrong = requestProblems(validator, op, base)
          if (wrong.length)
            skip(`the happy-path request itself breaks the spec (${wrong[0]}): no variant with one fault can be made`)
          let request: ReturnType<Mutation['apply']>
          try {
            request = mutation.apply(base)
          } catch (error) {
            if (error instanceof NotApplicable) skip(error.message)
            throw error
          }
          const res = await r.client.send(request)
          await quota.after(r, res)
          skipRandom429(suite, ctx, op, res, allowed)
          if (accepted(res))
            failWith(suite, `${res.method} ${res.url} → ${res.status} (${res.ms} ms)`, [
              { path: 'status', rule: `the API accepted an invalid request: ${mutation.name} (expected ${expected})` },
            ])
          // The status is judged here, so that a range reads as `4xx` rather than as seventy codes.
          const wrongStatus = !allowed.includes(res.status)
          assertConforms(
            suite,
            op,
            res,
            undefined,
            wrongStatus ? [{ path: 'status', rule: `expected ${expected}, got ${res.status}` }] : [],
          )
        })
      }
    }
  })
}
