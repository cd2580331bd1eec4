/**
 * Generates the vitest suite for a plan: one happy-path test per operation, then the checks derived from the spec —
 * 401 without credentials, 404 for an unknown id, 4xx for an invalid body — and the 429 contract. In stateless mode
 * (Prism, which keeps no state and accepts any well-formed credentials) the happy paths use the spec's examples and the
 * errors are forced with `Prefer: code=…`, which our mock honours as well.
 */
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import { listOperations, type Operation } from '../spec/openapi.ts'
import type { AuthProvider } from './auth.ts'
import { createResponseChecker, type ResponseChecker } from './check-response.ts'
import { createContractClient, type ContractClient, type ContractRequest, type ContractResponse } from './client.ts'
import type { ClientDuty } from './duties.ts'
import type { ContractPlan, Effect, PlanStep, StepContext } from './plan.ts'
import {
  buildRequest,
  invalidBody,
  pathParameterNames,
  successStatus,
  type RequestOverrides,
  type Vars,
} from './request-builder.ts'
import {
  detectTarget,
  isMock,
  LOW_RATE_LIMIT,
  readSettings,
  SETTINGS_ENV,
  type ContractMode,
  type ContractSettings,
  type LocalTargets,
  type TargetInfo,
  type TargetKind,
} from './target.ts'

const DEFAULT_UNKNOWN_ID = 999999999

export interface ProvidedTarget {
  baseUrl: string
  kind: TargetKind
  close?(): Promise<void>
}

export interface ContractSuiteOptions {
  /** Over the settings read from the `CONTRACT_*` environment variables. */
  settings?: Partial<ContractSettings>
  /** Starts the target (e.g. Prism) instead of using the base URL or the plan's local mock. */
  target?(): Promise<ProvidedTarget>
  /** Where notes go (pacing waits, teardown failures); default stderr. */
  log?(line: string): void
  env?: NodeJS.ProcessEnv
  /** Time limit of the start-up hook (default: vitest's `hookTimeout`); Prism needs a generous one. */
  setupTimeoutMs?: number
}

interface Run {
  target: TargetInfo
  client: ContractClient
  vars: Vars
  local: LocalTargets | undefined
  undo: Map<string, ContractRequest>
  close(): Promise<void>
}

const defaultEffect = (op: Operation): Effect => (op.method === 'GET' || op.method === 'HEAD' ? 'read' : 'write')

/** Why a request with this effect may not be sent to this target, if it may not. */
export function effectGate(effect: Effect, target: TargetInfo): string | undefined {
  if (effect === 'read') return undefined
  if (effect === 'shared' && !isMock(target.kind)) {
    return 'changes records this run did not create (or has effects outside the API): runs against a mock only'
  }
  if (!target.writes) return 'sends a write: pass --write to allow writes on a remote API'
  return undefined
}

const isIdLike = (name: string): boolean => name === 'id' || /_id$|Id$/.test(name)

const secured = (op: Operation): boolean =>
  op.security.length > 0 && !op.security.some((r) => Object.keys(r).length === 0)

function describeResponse(res: ContractResponse): string {
  const body = res.text.length > 600 ? `${res.text.slice(0, 600)}…` : res.text
  return `${res.method} ${res.url} → ${res.status}${body ? `\n${body}` : ''}`
}

/** Problems specific to a 429 beyond the spec: RFC 6585 §4 / RFC 9110 §10.2.3 `Retry-After`. */
function retryAfterProblems(res: ContractResponse): string[] {
  const value = res.headers['retry-after']
  if (value === undefined) return ['a 429 must say when to retry: Retry-After is missing']
  if (!/^\d+$/.test(value) && Number.isNaN(Date.parse(value)))
    return [`Retry-After "${value}" is neither delta-seconds nor an HTTP-date`]
  return []
}

/** Problems Prism reports about our request or its own example (`sl-violations`), for stateless happy paths. */
function prismViolations(res: ContractResponse): string[] {
  const raw = res.headers['sl-violations']
  if (!raw) return []
  try {
    const violations = JSON.parse(raw) as { severity?: string; message?: string; location?: string[] }[]
    return violations
      .filter((v) => v.severity === 'Error')
      .map((v) => `Prism reports: ${(v.location ?? []).join('.')} ${v.message ?? ''}`.trim())
  } catch {
    return [`Prism reports violations: ${raw}`]
  }
}

/**
 * Declares the contract suite of a plan in the calling test file.
 *
 * @example
 * // contracts/<api>/<api>.contract.ts
 * defineContractSuite(plan)
 */
export function defineContractSuite(plan: ContractPlan, options: ContractSuiteOptions = {}): void {
  const env = options.env ?? process.env
  const settings: ContractSettings = { ...readSettings(env), ...options.settings }
  const mode: ContractMode = settings.mode ?? 'stateful'
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`))
  const doc = plan.document
  const operations = listOperations(doc)
  const byId = new Map(operations.map((op) => [op.operationId, op]))
  const stepOf = new Map(plan.steps.map((s) => [s.operationId, s]))
  const check: ResponseChecker = createResponseChecker(doc, plan.responseCheck)
  const unknownId = plan.unknownId ?? DEFAULT_UNKNOWN_ID
  const idParam = plan.isIdParameter ?? isIdLike

  let run: Run | undefined
  let setupError: unknown

  function ready(): Run {
    if (!run)
      throw setupError instanceof Error
        ? setupError
        : new Error(`The contract run did not start: ${String(setupError)}`)
    return run
  }

  function op(operationId: string): Operation {
    const found = byId.get(operationId)
    if (!found) throw new Error(`${plan.api}: the plan names "${operationId}", which is not an operation of the spec`)
    return found
  }

  function makeClient(baseUrl: string, auth: AuthProvider, kind: TargetKind): ContractClient {
    const rl = plan.rateLimit
    const duties: ClientDuty[] = [
      ...(rl?.random
        ? [
            {
              after: [429],
              then: rl.windowSeconds * 1000,
              reason: `the API sends 429 at random and asks clients to wait ${rl.windowSeconds} s`,
            },
          ]
        : []),
      ...(plan.duties?.all ?? []),
      ...(isMock(kind) ? [] : (plan.duties?.remote ?? [])),
    ]
    return createContractClient({
      baseUrl,
      auth,
      duties,
      onDutyWait: (ms, reason) =>
        log(
          `[contract] waiting ${Math.ceil(ms / 1000)} s before the next request: ${reason} (a client duty, not a retry)`,
        ),
      pacing: rl?.remainingHeader
        ? {
            remainingHeader: rl.remainingHeader,
            windowMs: rl.windowSeconds * 1000,
            onWait: (ms, identity) =>
              log(
                `[contract] ${rl.remainingHeader ?? ''} reached 0 (${identity}): waiting ${Math.ceil(ms / 1000)} s for the next window before the next request (pacing, not a retry)`,
              ),
          }
        : undefined,
    })
  }

  async function start(): Promise<Run> {
    let baseUrl: string
    let kind: TargetKind
    let local: LocalTargets | undefined
    let stop: () => Promise<void> = async () => {}
    if (options.target) {
      const provided = await options.target()
      baseUrl = provided.baseUrl
      kind = provided.kind
      stop = provided.close ?? stop
    } else if (settings.baseUrl) {
      baseUrl = settings.baseUrl.replace(/\/+$/, '')
      kind = await detectTarget(baseUrl, plan.api)
    } else if (plan.startLocal) {
      local = await plan.startLocal()
      baseUrl = local.main.baseUrl
      kind = 'local'
      const started = local
      stop = async () => {
        await started.main.close()
        await started.rateLimited?.close()
      }
    } else {
      throw new Error(
        `${plan.api}: no target. Set ${SETTINGS_ENV.baseUrl} (npm run contract -- --api ${plan.api} --base-url <url>)`,
      )
    }
    const target: TargetInfo = { baseUrl, kind, mode, writes: settings.write || isMock(kind) }
    const client = makeClient(baseUrl, plan.credentials(env, target), kind)
    return { target, client, vars: plan.vars(env, target), local, undo: new Map(), close: stop }
  }

  function stepContext(r: Run): StepContext {
    return {
      vars: r.vars,
      target: r.target,
      track: (key, undo) => void r.undo.set(key, undo),
      forget: (key) => void r.undo.delete(key),
      request: (operationId, overrides) => buildRequest(doc, op(operationId), r.vars, overrides),
    }
  }

  function missing(step: Pick<PlanStep, 'needs'> | undefined, vars: Vars): string | undefined {
    const absent = (step?.needs ?? []).filter((name) => vars[name] === undefined || vars[name] === null)
    return absent.length ? `needs ${absent.join(', ')}, which no earlier step found or created` : undefined
  }

  /** Fails the test with every problem and the exchange, so a report line says what to fix. */
  function assertConforms(
    operation: Operation,
    res: ContractResponse,
    expected: number | readonly number[] | undefined,
    extra: string[] = [],
  ): void {
    const problems = [...check(operation, res), ...extra]
    const allowed = expected === undefined ? [] : typeof expected === 'number' ? [expected] : expected
    if (allowed.length && !allowed.includes(res.status))
      problems.unshift(`expected status ${allowed.join(' or ')}, got ${res.status}`)
    expect(problems, describeResponse(res)).toEqual([])
  }

  const title = (operation: Operation, suffix: string) =>
    `${operation.operationId}: ${operation.method} ${operation.path} → ${suffix}`

  /** `Retry-After` problems of a 429, unless the plan says the API documents none. */
  const retryAfterCheck = (res: ContractResponse): string[] =>
    plan.rateLimit?.retryAfter === 'optional' ? [] : retryAfterProblems(res)

  /**
   * For APIs that answer 429 at random on purpose (`rateLimit.random`): a 429 where another status was expected is
   * checked against the spec, then the test is skipped — the API did what it documents, and the client waits.
   */
  function skipRandom429(
    ctx: TestContext,
    operation: Operation,
    res: ContractResponse,
    expected: number | readonly number[] | undefined,
  ): void {
    if (!plan.rateLimit?.random || res.status !== 429) return
    if (expected === 429 || (Array.isArray(expected) && expected.includes(429))) return
    assertConforms(operation, res, 429, retryAfterCheck(res))
    ctx.skip(
      'a random 429 (the API sends them on purpose); it conforms to the spec, and the client waits before its next request',
    )
  }

  /** The reason the generated error checks are not sent to this target, if any. */
  const errorCheckGate = (r: Run): string | undefined =>
    isMock(r.target.kind) ? undefined : plan.skipErrorChecksOnRemote

  const unauthorizedStatus = plan.unauthorizedStatus ?? 401
  const unauthorizedText =
    typeof unauthorizedStatus === 'number' ? String(unauthorizedStatus) : unauthorizedStatus.join(' or ')

  describe(`${plan.api} contract (${mode})`, () => {
    beforeAll(async () => {
      try {
        run = await start()
      } catch (error) {
        setupError = error
        throw error
      }
    }, options.setupTimeoutMs)
    afterAll(async () => {
      await run?.close()
    })

    if (mode === 'stateful') {
      statefulTests()
      checkTests()
    } else statelessTests()
    unauthorizedTests()
    if (mode === 'stateful') {
      notFoundTests()
      invalidBodyTests()
    } else forcedErrorTests()
    rateLimitTests()
  })

  function statefulTests(): void {
    describe('happy paths', () => {
      it('has one step for every operation of the spec', () => {
        const planned = plan.steps.map((s) => s.operationId)
        const duplicates = planned.filter((id, i) => planned.indexOf(id) !== i)
        expect({
          unknown: planned.filter((id) => !byId.has(id)),
          duplicates,
          missing: operations.map((o) => o.operationId).filter((id) => !stepOf.has(id)),
        }).toEqual({ unknown: [], duplicates: [], missing: [] })
      })
      for (const step of plan.steps) {
        const operation = byId.get(step.operationId)
        if (!operation) continue
        const expected = step.status ?? successStatus(operation)
        it(title(operation, String(expected)), async (ctx: TestContext) => {
          const r = ready()
          const reason =
            effectGate(step.effect ?? defaultEffect(operation), r.target) ??
            step.skip?.(r.target, r.vars) ??
            missing(step, r.vars)
          if (reason) ctx.skip(reason)
          const res = await r.client.send(buildRequest(doc, operation, r.vars, step.request?.(r.vars)))
          skipRandom429(ctx, operation, res, expected)
          if (res.status === expected) step.after?.(res, stepContext(r))
          assertConforms(operation, res, expected)
        })
      }
      afterAll(teardown)
    })
  }

  /** Sends the registered undo requests, newest first. */
  async function teardown(): Promise<void> {
    const r = run
    if (!r) return
    for (const [key, undo] of [...r.undo].reverse()) {
      try {
        const res = await r.client.send(undo)
        if (res.status >= 300) log(`[contract] teardown of ${key}: ${undo.method} ${undo.path} answered ${res.status}`)
      } catch (error) {
        log(`[contract] teardown of ${key} failed: ${(error as Error).message}`)
      }
    }
    r.undo.clear()
  }

  function checkTests(): void {
    const checks = plan.checks ?? []
    if (!checks.length) return
    describe('documented errors and scenarios', () => {
      for (const check of checks) {
        const operation = byId.get(check.operationId)
        it(`${check.operationId}: ${check.name}`, async (ctx: TestContext) => {
          const r = ready()
          if (!operation)
            throw new Error(
              `${plan.api}: the check "${check.name}" names "${check.operationId}", which is not an operation of the spec`,
            )
          const reason =
            effectGate(check.effect ?? defaultEffect(operation), r.target) ??
            check.skip?.(r.target, r.vars) ??
            missing(check, r.vars)
          if (reason) ctx.skip(reason)
          const request = buildRequest(doc, operation, r.vars, check.request?.(r.vars))
          const res = await r.client.send(check.authenticate === false ? { ...request, authenticate: false } : request)
          skipRandom429(ctx, operation, res, check.status)
          if (res.status === check.status) check.after?.(res, stepContext(r))
          assertConforms(operation, res, check.status, check.expect?.(res, r.vars) ?? [])
        })
      }
      afterAll(teardown)
    })
  }

  function statelessTests(): void {
    describe('happy paths from the spec examples', () => {
      for (const operation of operations) {
        const expected = successStatus(operation)
        it(title(operation, String(expected)), async (ctx: TestContext) => {
          const r = ready()
          const step = stepOf.get(operation.operationId)
          const reason =
            effectGate(step?.effect ?? defaultEffect(operation), r.target) ??
            plan.exclude?.stateless?.[operation.operationId]
          if (reason) ctx.skip(reason)
          const res = await r.client.send(buildRequest(doc, operation, {}, {}))
          skipRandom429(ctx, operation, res, expected)
          assertConforms(operation, res, expected, r.target.kind === 'prism' ? prismViolations(res) : [])
        })
      }
    })
  }

  function unauthorizedTests(): void {
    describe(`${unauthorizedText} without credentials`, () => {
      for (const operation of operations.filter(secured)) {
        it(title(operation, unauthorizedText), async (ctx: TestContext) => {
          const r = ready()
          const reason = plan.exclude?.unauthorized?.[operation.operationId] ?? errorCheckGate(r)
          if (reason) ctx.skip(reason)
          const request = buildRequest(doc, operation, mode === 'stateful' ? r.vars : {}, {})
          const res = await r.client.send({ ...request, authenticate: false })
          skipRandom429(ctx, operation, res, unauthorizedStatus)
          assertConforms(operation, res, unauthorizedStatus)
        })
      }
    })
  }

  function notFoundTests(): void {
    const candidates = operations.filter((o) => o.method === 'GET' && pathParameterNames(o).some(idParam))
    if (!candidates.length) return // an API with no GET by id (vitest fails an empty describe)
    describe('404 for an unknown id', () => {
      for (const operation of candidates) {
        it(title(operation, '404'), async (ctx: TestContext) => {
          const r = ready()
          const step = stepOf.get(operation.operationId)
          const reason = plan.exclude?.notFound?.[operation.operationId] ?? errorCheckGate(r)
          if (reason) ctx.skip(reason)
          const base: RequestOverrides = missing(step, r.vars) ? {} : (step?.request?.(r.vars) ?? {})
          const ids = Object.fromEntries(
            pathParameterNames(operation)
              .filter(idParam)
              .map((name) => [name, unknownId]),
          )
          const res = await r.client.send(
            buildRequest(doc, operation, r.vars, { ...base, path: { ...base.path, ...ids } }),
          )
          skipRandom429(ctx, operation, res, 404)
          assertConforms(operation, res, 404)
        })
      }
    })
  }

  function invalidBodyTests(): void {
    const also = new Set(plan.invalidBodyAlso ?? [])
    const candidates = operations.filter(
      (o) =>
        also.has(o.operationId) ||
        (o.method === 'POST' && successStatus(o) === 201 && !pathParameterNames(o).some(idParam)),
    )
    if (!candidates.length) return
    describe('4xx for an invalid body', () => {
      for (const operation of candidates) {
        const documented = ['400', '422'].filter((c) => c in operation.responses).map(Number)
        it(title(operation, documented.length ? documented.join(' or ') : '4xx'), async (ctx: TestContext) => {
          const r = ready()
          const step = stepOf.get(operation.operationId)
          // If the API accepted the body after all, it would have written: gate like the happy path.
          const reason =
            plan.exclude?.invalidBody?.[operation.operationId] ??
            errorCheckGate(r) ??
            effectGate(step?.effect ?? defaultEffect(operation), r.target) ??
            missing(step, r.vars)
          if (reason) ctx.skip(reason)
          const valid = buildRequest(doc, operation, r.vars, step?.request?.(r.vars))
          // A JSON body where the operation takes one, else a form body (an API that takes only forms).
          const types = Object.keys(operation.requestBody?.content ?? {})
          const mediaType =
            types.find((t) => /[/+]json\b/.test(t)) ??
            types.find((t) => t === 'application/x-www-form-urlencoded') ??
            'application/json'
          const body = invalidBody(doc, operation, valid.body, mediaType)
          if (body === undefined) ctx.skip('the schema accepts any body: no invalid one can be derived')
          const res = await r.client.send({ ...valid, body, contentType: mediaType })
          skipRandom429(ctx, operation, res, documented)
          if (res.status >= 200 && res.status < 300) {
            log(
              `[contract] ${operation.operationId} accepted an invalid body (${res.status}); it may have created a record: ${res.text.slice(0, 200)}`,
            )
          }
          const allowed = documented.length ? documented : Array.from({ length: 100 }, (_, i) => 400 + i)
          assertConforms(operation, res, allowed)
        })
      }
    })
  }

  function forcedErrorTests(): void {
    describe('forced errors (Prefer: code=…)', () => {
      for (const code of plan.forcedErrors ?? [404, 422, 429]) {
        for (const operation of operations.filter((o) => String(code) in o.responses)) {
          it(title(operation, `${code} (forced)`), async () => {
            const r = ready()
            const request = buildRequest(doc, operation, {}, { headers: { prefer: `code=${code}` } })
            const res = await r.client.send(request)
            assertConforms(operation, res, code, code === 429 ? retryAfterCheck(res) : [])
          })
        }
      }
    })
  }

  function rateLimitTests(): void {
    const rl = plan.rateLimit
    if (!rl) return
    describe('429 once the quota is spent', () => {
      it(`answers 429 with ${rl.retryAfter === 'optional' ? '' : 'Retry-After, '}the rate-limit headers and the documented body (${rl.probe})`, async (ctx: TestContext) => {
        const r = ready()
        const operation = op(rl.probe)
        let target = r.target
        if (r.target.kind === 'prism') {
          ctx.skip('Prism has no quota: the 429 contract is checked with Prefer: code=429 in stateless mode')
        } else if (r.local?.rateLimited) {
          target = { ...r.target, baseUrl: r.local.rateLimited.baseUrl }
        } else if (r.target.kind === 'remote' && rl.notOnRemote) {
          ctx.skip(rl.notOnRemote)
        } else if (!settings.allow429 && r.target.kind !== 'mock') {
          ctx.skip(
            `spends the whole quota of ${r.target.kind === 'remote' ? 'the live API' : 'the target'}: pass --allow-429 to run it`,
          )
        }
        const client =
          target === r.target ? r.client : makeClient(target.baseUrl, plan.credentials(env, target), target.kind)
        const request = buildRequest(doc, operation, r.vars, rl.probeRequest?.(r.vars))
        let res = await client.send(request, { pace: false })
        const fromHeader = rl.limitHeader ? res.headers[rl.limitHeader.toLowerCase()] : undefined
        const limit = Number(
          fromHeader ?? (target !== r.target ? r.local?.rateLimited?.limit : undefined) ?? rl.documentedLimit,
        )
        if (r.target.kind === 'mock' && !settings.allow429 && !r.local && limit > LOW_RATE_LIMIT) {
          ctx.skip(
            `our mock's limit is ${limit}: start it with --rate-limit ${LOW_RATE_LIMIT} or less, or pass --allow-429`,
          )
        }
        let sent = 1
        while (res.status !== 429 && sent < limit + 1) {
          if (res.status >= 300) break
          res = await client.send(request, { pace: false })
          sent++
        }
        expect(
          res.status,
          `sent ${sent} requests (limit ${limit}) without a 429; the last: ${describeResponse(res)}`,
        ).toBe(429)
        assertConforms(operation, res, 429, retryAfterCheck(res))
      })
    })
  }
}

export { LOW_RATE_LIMIT } from './target.ts'
