/**
 * Builds the run's report from what vitest hands the main process: each test file is one API's run, each test one
 * check with its record in `meta` (see suite-check.ts). The vitest shapes are described structurally here, so the
 * package's types do not depend on vitest's (an optional peer).
 */
import type { Operation } from '../../spec/openapi.ts'
import type { ContractMode, TargetKind } from '../target.ts'
import {
  checkMetaOf,
  REPORT_SCHEMA_VERSION,
  type ApiRunReport,
  type CheckKind,
  type CheckMeta,
  type CheckOutcome,
  type CheckReport,
  type ContractReport,
  type Counts,
  type OperationReport,
} from './model.ts'

interface ReportedError {
  message: string
  name?: string
}

/** A test as vitest reports it (`TestCase`). */
export interface ReportedTest {
  name: string
  meta(): object
  result(): { state: string; errors?: readonly ReportedError[]; note?: string }
  diagnostic(): { duration: number } | undefined
}

/** A test file as vitest reports it (`TestModule`). */
export interface ReportedModule {
  moduleId: string
  errors(): ReportedError[]
  diagnostic(): { duration: number }
  children: {
    allTests(): Iterable<ReportedTest>
    allSuites(): Iterable<{ errors(): ReportedError[] }>
  }
}

/** What the CLI knows about one API's run before it starts. */
export interface ApiRunInfo {
  api: string
  title: string
  baseUrl: string
  target: TargetKind
  mode: ContractMode
  /** The suite file vitest runs for this API (absolute path). */
  file: string
  /** The operations the run checks, in the spec's order. */
  operations: readonly Operation[]
}

export interface ReportContext {
  tool: { name: string; version: string }
  startedAt: Date
  durationMs: number
  filters: ContractReport['filters']
}

const countsOf = (checks: readonly CheckReport[]): Counts => ({
  checks: checks.length,
  passed: checks.filter((c) => c.outcome === 'passed').length,
  failed: checks.filter((c) => c.outcome === 'failed').length,
  skipped: checks.filter((c) => c.outcome === 'skipped').length,
})

const sum = (all: readonly Counts[]): Counts => ({
  checks: all.reduce((n, c) => n + c.checks, 0),
  passed: all.reduce((n, c) => n + c.passed, 0),
  failed: all.reduce((n, c) => n + c.failed, 0),
  skipped: all.reduce((n, c) => n + c.skipped, 0),
})

/** Counts by check kind, in the order the kinds first appear. */
function kindsOf(checks: readonly CheckReport[]): Partial<Record<CheckKind, Counts>> {
  const byKind = new Map<CheckKind, CheckReport[]>()
  for (const check of checks) byKind.set(check.kind, [...(byKind.get(check.kind) ?? []), check])
  return Object.fromEntries([...byKind].map(([kind, list]) => [kind, countsOf(list)]))
}

function sumKinds(all: readonly Partial<Record<CheckKind, Counts>>[]): Partial<Record<CheckKind, Counts>> {
  const kinds = [...new Set(all.flatMap((k) => Object.keys(k) as CheckKind[]))]
  return Object.fromEntries(kinds.map((kind) => [kind, sum(all.flatMap((k) => (k[kind] ? [k[kind]] : [])))]))
}

function outcomeOf(counts: Counts): CheckOutcome {
  if (counts.failed) return 'failed'
  return counts.passed ? 'passed' : 'skipped'
}

function checkReport(test: ReportedTest, meta: CheckMeta | undefined): CheckReport {
  const result = test.result()
  const outcome: CheckOutcome = result.state === 'passed' ? 'passed' : result.state === 'failed' ? 'failed' : 'skipped'
  const violations = outcome === 'failed' ? (meta?.violations ?? []) : []
  const firstError = result.errors?.[0]
  return {
    name: test.name,
    kind: meta?.kind ?? 'scenario',
    ...(meta?.expected ? { expected: meta.expected } : {}),
    outcome,
    ...(outcome === 'skipped' ? { skipReason: result.note ?? 'skipped' } : {}),
    durationMs: Math.round(test.diagnostic()?.duration ?? 0),
    requests: meta?.requests ?? 0,
    ...(meta?.request ? { request: meta.request } : {}),
    ...(meta?.response ? { response: meta.response } : {}),
    violations,
    // A failure with no broken rule is an error of another kind: say what it was.
    ...(outcome === 'failed' && !violations.length
      ? { error: meta?.systemic ?? firstError?.message ?? 'failed without an error message' }
      : {}),
    ...(meta?.setup?.length ? { setup: meta.setup } : {}),
  }
}

export function buildApiRun(info: ApiRunInfo, module: ReportedModule | undefined): ApiRunReport {
  const byOperation = new Map<string, CheckReport[]>(info.operations.map((op) => [op.operationId, []]))
  const runChecks: CheckReport[] = []
  let aborted: string | undefined
  const errors = module ? [...module.errors(), ...[...module.children.allSuites()].flatMap((s) => s.errors())] : []
  for (const test of module?.children.allTests() ?? []) {
    const meta = checkMetaOf(test.meta())
    if (meta?.systemic) aborted ??= meta.systemic
    const report = checkReport(test, meta)
    const list = meta?.operationId ? byOperation.get(meta.operationId) : undefined
    if (list) list.push(report)
    else runChecks.push(report)
  }
  const operations: OperationReport[] = info.operations.map((op) => {
    const checks = byOperation.get(op.operationId) ?? []
    const counts = countsOf(checks)
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      tags: op.object.tags ?? [],
      outcome: outcomeOf(counts),
      counts,
      checks,
    }
  })
  const counts = sum([...operations.map((o) => o.counts), countsOf(runChecks)])
  // A start-up hook that failed (no target, no credentials) left every check unrun: one message says why.
  if (!aborted && errors.length && counts.passed + counts.failed === 0)
    aborted = `the run could not start: ${errors[0]?.message}`
  if (!module) aborted ??= 'the suite did not run (its file was not collected)'
  return {
    api: info.api,
    title: info.title,
    baseUrl: info.baseUrl,
    target: info.target,
    mode: info.mode,
    outcome: aborted ? 'aborted' : counts.failed || errors.length ? 'failed' : 'passed',
    ...(aborted ? { aborted } : {}),
    durationMs: Math.round(module?.diagnostic().duration ?? 0),
    counts,
    kinds: kindsOf([...operations.flatMap((o) => o.checks), ...runChecks]),
    operations,
    runChecks,
    errors: errors.map((e) => e.message),
  }
}

export function buildReport(
  runs: readonly ApiRunInfo[],
  modules: readonly ReportedModule[],
  context: ReportContext,
): ContractReport {
  const reports = runs.map((info) =>
    buildApiRun(
      info,
      modules.find((m) => m.moduleId === info.file),
    ),
  )
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: context.tool,
    startedAt: context.startedAt.toISOString(),
    durationMs: Math.round(context.durationMs),
    outcome: reports.every((r) => r.outcome === 'passed') ? 'passed' : 'failed',
    filters: context.filters,
    counts: { ...sum(reports.map((r) => r.counts)), operations: reports.reduce((n, r) => n + r.operations.length, 0) },
    kinds: sumKinds(reports.map((r) => r.kinds)),
    runs: reports,
  }
}
