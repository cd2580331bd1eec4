/**
 * The run's lifecycle: which target it talks to, a client that keeps the plan's duties and pacing there, and the undo
 * of the run's own writes. Against a live API the client must behave as the vendor asks of any client, or the account
 * is at risk, so every client of the suite (also the 429 probe's) is made here.
 */
import { afterAll, beforeAll } from 'vitest'
import type { AuthProvider } from './auth.ts'
import { createContractClient, type ContractClient } from './client.ts'
import type { ClientDuty } from './duties.ts'
import type { ContractPlan } from './plan.ts'
import { observeClient } from './suite-check.ts'
import type { ContractSuiteOptions, Run, SuiteContext } from './suite-context.ts'
import { createSystemicDetector } from './systemic.ts'
import { detectTarget, isMock, SETTINGS_ENV, type LocalTargets, type TargetInfo, type TargetKind } from './target.ts'

/** The plan's remote-only duties guard the vendor's account, which our mock has none of. */
function clientDuties(plan: ContractPlan, kind: TargetKind): ClientDuty[] {
  const rl = plan.rateLimit
  return [
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
}

export function createSuiteClient(
  suite: SuiteContext,
  baseUrl: string,
  auth: AuthProvider,
  kind: TargetKind,
): ContractClient {
  const { plan, log } = suite
  const rl = plan.rateLimit
  return createContractClient({
    baseUrl,
    auth,
    ...(suite.settings.session ? { session: suite.settings.session } : {}),
    duties: clientDuties(plan, kind),
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

/** The target, in order of precedence: one the caller starts, the configured base URL, the plan's local mock. */
export async function startRun(suite: SuiteContext, options: ContractSuiteOptions): Promise<Run> {
  const { plan, settings, mode, env } = suite
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
  const auth = plan.credentials(env, target)
  const detector = createSystemicDetector({
    api: plan.api,
    baseUrl,
    credentialVariables: plan.credentialVariables ?? [],
    credentials: auth.description,
  })
  const client = observeClient(suite, createSuiteClient(suite, baseUrl, auth, kind), detector)
  const prepared = await plan.prepare?.(target)
  const close = async () => {
    await prepared?.close?.()
    await stop()
  }
  const vars = { ...plan.vars(env, target), ...prepared?.vars }
  return { target, client, detector, vars, local, undo: new Map(), close }
}

/** Starts the run before the suite's first test and stops it after its last. */
export function runLifecycle(suite: SuiteContext, options: ContractSuiteOptions): void {
  beforeAll(async () => {
    try {
      suite.run = await startRun(suite, options)
    } catch (error) {
      suite.setupError = error
      throw error
    }
  }, options.setupTimeoutMs)
  afterAll(async () => {
    await suite.run?.close()
  })
}

/** Sends the registered undo requests, newest first. */
export async function teardown(suite: SuiteContext): Promise<void> {
  const { run: r, log } = suite
  if (!r) return
  if (suite.aborted && r.undo.size) {
    // Nothing more may be sent (the server is gone, or a vendor duty said stop): say what is left behind.
    log(`[contract] not undone, the run stopped: ${[...r.undo.keys()].join(', ')}`)
    r.undo.clear()
    return
  }
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
