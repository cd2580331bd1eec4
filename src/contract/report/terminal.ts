/**
 * The end of a run in the terminal: per API, a table by operation (checks run and passed, the result, a note for each
 * skip), then each failure in a few lines — the request, the status, the rules broken with their JSON paths. A run
 * that stopped early (a systemic failure) is the one message that says why, not a table of consequences.
 */
import { formatViolation } from '../check-response.ts'
import {
  CHECK_KIND_LABELS,
  type ApiRunReport,
  type CheckReport,
  type ContractReport,
  type Counts,
  type OperationReport,
} from './model.ts'

export interface TerminalOutput {
  /** Lines for stdout: the tables, the failures, the totals. */
  lines: string[]
  /** One line per API whose run stopped early, for stderr. */
  errors: string[]
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

export function countsText(counts: Counts): string {
  const parts = [`${counts.passed} passed`]
  if (counts.failed) parts.push(`${counts.failed} failed`)
  if (counts.skipped) parts.push(`${counts.skipped} skipped`)
  return `${counts.checks} checks: ${parts.join(', ')}`
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length))
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - text.length)) + text

/** Numbers each distinct skip note once, so a reason shared by many checks is printed once. */
function noteIndex(): { ref(check: CheckReport): number; lines(): string[] } {
  const notes = new Map<string, number>()
  return {
    ref(check) {
      const text = `${CHECK_KIND_LABELS[check.kind]}: ${check.skipReason ?? 'skipped'}`
      let n = notes.get(text)
      if (n === undefined) {
        n = notes.size + 1
        notes.set(text, n)
      }
      return n
    },
    lines: () => [...notes].map(([text, n]) => `  [${n}] ${text}`),
  }
}

function resultText(operation: OperationReport, refs: number[]): string {
  const { counts } = operation
  const skipped = counts.skipped ? `${counts.skipped} skipped [${[...new Set(refs)].join(',')}]` : ''
  if (counts.failed) return ['FAILED', skipped].filter(Boolean).join(', ')
  if (counts.passed) return ['passed', skipped].filter(Boolean).join(', ')
  return skipped || 'no checks'
}

/** `passed/run` of an operation's negative checks, or `-` when none ran (none derived, or all skipped). */
function negativeCell(checks: readonly CheckReport[]): string {
  const negative = checks.filter((c) => c.kind === 'negative')
  if (!negative.length) return '-'
  const ran = negative.filter((c) => c.outcome !== 'skipped')
  return ran.length ? `${ran.filter((c) => c.outcome === 'passed').length}/${ran.length}` : '-'
}

/** The table of one API's operations; the negative checks, which are many, also get a column of their own. */
export function operationTable(run: ApiRunReport): string[] {
  const notes = noteIndex()
  const rows = run.operations.map((op) => {
    const refs = op.checks.filter((c) => c.outcome === 'skipped').map((c) => notes.ref(c))
    return [
      op.operationId,
      `${op.method} ${op.path}`,
      String(op.counts.passed + op.counts.failed),
      String(op.counts.passed),
      negativeCell(op.checks),
      resultText(op, refs),
    ]
  })
  for (const check of run.runChecks)
    rows.push([
      `(${CHECK_KIND_LABELS[check.kind]})`,
      '',
      check.outcome === 'skipped' ? '0' : '1',
      check.outcome === 'passed' ? '1' : '0',
      '-',
      check.outcome === 'failed' ? 'FAILED' : check.outcome === 'passed' ? 'passed' : `skipped [${notes.ref(check)}]`,
    ])
  const header = ['operation', 'request', 'run', 'passed', 'negative', 'result']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, i) => (i >= 2 && i <= 4 ? padStart(cell, widths[i] ?? 0) : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd()}`
  const notesLines = notes.lines()
  return [line(header), ...rows.map(line), ...(notesLines.length ? ['', '  skipped:', ...notesLines] : [])]
}

/** One failed check in a few lines: what was checked, the request and status, each rule broken. */
export function failureLines(operation: OperationReport | undefined, check: CheckReport): string[] {
  const what = operation ? `${operation.operationId} — ${CHECK_KIND_LABELS[check.kind]}` : check.name
  const lines = [`  ✗ ${what}${check.expected ? ` (expects ${check.expected})` : ''}`]
  if (check.request) {
    const status = check.response ? ` → ${check.response.status} (${check.response.ms} ms)` : ''
    lines.push(`    ${check.request.method} ${check.request.url}${status}`)
  }
  for (const v of check.violations) lines.push(`      ${formatViolation(v)}`)
  if (check.error) lines.push(...check.error.split('\n').map((l) => `      ${l}`))
  const wrongStatus = check.violations.some((v) => v.path === 'status')
  if (wrongStatus && check.response?.body)
    lines.push(`      response: ${check.response.body.replace(/\s+/g, ' ').slice(0, 300)}`)
  if (check.setup?.length) lines.push(`      (after set-up steps: ${check.setup.join(', ')})`)
  return lines
}

export function apiRunLines(run: ApiRunReport): string[] {
  const operations = plural(run.operations.length, 'operation')
  const lines = ['', `${run.api} — ${operations}, ${countsText(run.counts)} (${seconds(run.durationMs)})`]
  const negative = run.kinds.negative
  if (negative) lines.push(`  of which negative (from the spec): ${countsText(negative)}`)
  lines.push('', ...operationTable(run))
  const failures = [
    ...run.operations.flatMap((op) => op.checks.filter((c) => c.outcome === 'failed').map((c) => [op, c] as const)),
    ...run.runChecks.filter((c) => c.outcome === 'failed').map((c) => [undefined, c] as const),
  ]
  if (failures.length) {
    lines.push('', `  ${failures.length} failed:`)
    for (const [op, check] of failures) lines.push('', ...failureLines(op, check))
  }
  if (run.errors.length) lines.push('', '  errors outside the checks:', ...run.errors.map((e) => `    ${e}`))
  return lines
}

export function renderTerminal(report: ContractReport): TerminalOutput {
  const lines: string[] = []
  const errors: string[] = []
  for (const run of report.runs) {
    if (run.aborted) errors.push(`${run.api}: ${run.aborted}`)
    else lines.push(...apiRunLines(run))
  }
  // Only stopped runs: their one message each is the whole story.
  if (report.runs.every((run) => run.aborted)) return { lines, errors }
  const apis = report.runs.length
  lines.push(
    '',
    `${report.outcome === 'passed' ? 'Passed' : 'FAILED'}: ${plural(apis, 'API')}, ${plural(report.counts.operations, 'operation')}, ${countsText(report.counts)} (${seconds(report.durationMs)})`,
  )
  return { lines, errors }
}
