/**
 * One check of a contract suite, as a vitest test that records what it did for the run's report: its operation and
 * kind (declared up front), then the request it sent, the answer and the rules broken (as it runs). The records
 * travel to the main process as the test's `meta`, where the CLI's reporter turns them into the table, the failures
 * and the JSON/HTML reports, instead of vitest's diffs and code frames.
 */
import { it, type TestContext } from 'vitest'
import type { Operation } from '../spec/openapi.ts'
import type { ContractClient } from './client.ts'
import { requestExcerpt, responseExcerpt } from './excerpt.ts'
import { checkMetaOf, META_KEY, type CheckKind, type CheckMeta } from './report/model.ts'
import { ready, type Run, type SuiteContext } from './suite-context.ts'
import { SystemicFailure, type SystemicDetector } from './systemic.ts'

/** The key of a check's record in vitest's task meta. */

export interface CheckDeclaration {
  kind: CheckKind
  /** The test title. */
  name: string
  operation?: Operation
  expected?: string
}

/** Declares one check: `body` runs with the started run, unless the run already stopped (then it is skipped). */
export function contractCheck(
  suite: SuiteContext,
  declaration: CheckDeclaration,
  body: (ctx: TestContext, run: Run) => Promise<void> | void,
): void {
  const { operation } = declaration
  const declared: CheckMeta = {
    api: suite.plan.api,
    kind: declaration.kind,
    ...(operation ? { operationId: operation.operationId, method: operation.method, path: operation.path } : {}),
    ...(declaration.expected ? { expected: declaration.expected } : {}),
  }
  // TaskMeta is vitest's to augment globally; a cast keeps that augmentation out of the package's types.
  const taskMeta = { [META_KEY]: declared } as Partial<TestContext['task']['meta']>
  it(declaration.name, { meta: taskMeta }, async (ctx: TestContext) => {
    const meta = checkMetaOf(ctx.task.meta) as CheckMeta
    if (suite.aborted) ctx.skip(`not run: the run stopped (${suite.aborted})`)
    suite.current = meta
    try {
      await body(ctx, ready(suite))
    } catch (error) {
      if (error instanceof SystemicFailure) meta.systemic = error.message
      else if (!suite.run) {
        // The run did not start (no target, credentials missing): every check would fail the same way.
        suite.aborted = `the run could not start: ${(error as Error).message}`
        meta.systemic = suite.aborted
      }
      throw error
    } finally {
      suite.current = undefined
    }
  })
}

/**
 * The run's client as the checks use it: each request and answer is recorded on the current check, and the systemic
 * detector sees every one, ending the run (`SystemicFailure`) when it cannot usefully go on.
 */
export function observeClient(suite: SuiteContext, client: ContractClient, detector: SystemicDetector): ContractClient {
  const stop = (message: string): never => {
    suite.aborted ??= message
    throw new SystemicFailure(suite.aborted)
  }
  return {
    baseUrl: client.baseUrl,
    auth: client.auth,
    async send(request, options) {
      if (suite.aborted) stop(suite.aborted)
      const meta = suite.current
      if (meta) {
        meta.request = requestExcerpt(client.baseUrl, request)
        meta.requests = (meta.requests ?? 0) + 1
        delete meta.response
      }
      let res: Awaited<ReturnType<ContractClient['send']>>
      try {
        res = await client.send(request, options)
      } catch (error) {
        const message = detector.error(error)
        if (message) stop(message)
        throw error
      }
      if (meta) meta.response = responseExcerpt(res)
      const message = detector.response(request, res, meta?.expected)
      if (message) stop(message)
      return res
    },
  }
}
