/**
 * The 429 contract: spend the quota with a cheap read until the API answers 429, then check that answer. Spending the
 * quota of a shared target hurts whoever else uses it, so the test runs only where that is allowed or harmless.
 */
import { describe, type TestContext } from 'vitest'
import type { RateLimitPlan } from './plan.ts'
import { buildRequest } from './request-builder.ts'
import { assertConforms, failWith, retryAfterCheck } from './suite-assert.ts'
import { contractCheck, observeClient } from './suite-check.ts'
import { operationOf, type Run, type SuiteContext } from './suite-context.ts'
import { createSuiteClient } from './suite-run.ts'
import { LOW_RATE_LIMIT, type TargetInfo } from './target.ts'

/** Where the quota is spent: the local mock with a low limit when there is one, else the run's target if allowed. */
function quotaTarget(suite: SuiteContext, rl: RateLimitPlan, r: Run, ctx: TestContext): TargetInfo {
  if (r.target.kind === 'prism') {
    ctx.skip('Prism has no quota: the 429 contract is checked with Prefer: code=429 in stateless mode')
  } else if (r.local?.rateLimited) {
    return { ...r.target, baseUrl: r.local.rateLimited.baseUrl }
  } else if (r.target.kind === 'remote' && rl.notOnRemote) {
    ctx.skip(rl.notOnRemote)
  } else if (!suite.settings.allow429 && r.target.kind !== 'mock') {
    ctx.skip(
      `spends the whole quota of ${r.target.kind === 'remote' ? 'the live API' : 'the target'}: pass --allow-429 to run it`,
    )
  }
  return r.target
}

export function rateLimitContract(suite: SuiteContext): void {
  const { plan, doc, env, settings } = suite
  const rl = plan.rateLimit
  const probe = rl && suite.byId.get(rl.probe)
  // The 429 contract belongs to its probe operation: a filtered run checks it when that operation is selected.
  if (!rl || (probe && !suite.selected(probe))) return
  describe('429 once the quota is spent', () => {
    const name = `answers 429 with ${rl.retryAfter === 'optional' ? '' : 'Retry-After, '}the rate-limit headers and the documented body (${rl.probe})`
    contractCheck(suite, { kind: 'rate-limit', name, operation: probe, expected: '429' }, async (ctx, r) => {
      const operation = operationOf(suite, rl.probe)
      const target = quotaTarget(suite, rl, r, ctx)
      const client =
        target === r.target
          ? r.client
          : observeClient(
              suite,
              createSuiteClient(suite, target.baseUrl, plan.credentials(env, target), target.kind),
              r.detector,
            )
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
      if (res.status !== 429)
        failWith(suite, `${res.method} ${res.url} → ${res.status} (${res.ms} ms)`, [
          {
            path: 'status',
            rule: `expected 429 after at most ${limit + 1} requests (limit ${limit}), got ${res.status} after ${sent}`,
          },
        ])
      assertConforms(suite, operation, res, 429, retryAfterCheck(suite, res))
    })
  })
}
