/**
 * The HTML report: one self-contained file (inline CSS, no script, no fonts or images from elsewhere) that someone
 * who never ran the tool can read offline — what was checked against what, the verdict first, then every operation
 * with its checks. Failed operations are open; the rest fold away (`<details>`, no JavaScript needed).
 */
import { formatViolation } from '../check-response.ts'
import {
  CHECK_KIND_LABELS,
  type ApiRunReport,
  type CheckKind,
  type CheckReport,
  type ContractReport,
  type Counts,
  type OperationReport,
} from './model.ts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

const TARGETS: Record<ApiRunReport['target'], string> = {
  local: 'our mock, started in-process',
  mock: 'our mock server',
  prism: 'Prism (prism mock) on the same spec',
  remote: 'a remote API (the live vendor API)',
}

const KIND_HELP: Record<CheckKind, string> = {
  coverage: 'the plan sends a request for every operation of the spec',
  'happy-path': 'a normal request gets the documented success status, headers and body',
  scenario: 'a documented error or a step of a create → read → change → delete scenario',
  unauthorized: 'a request without credentials gets the documented refusal',
  'not-found': 'an id that does not exist gets the documented 404',
  'invalid-body': 'a body that breaks the schema gets a documented 400 or 422',
  'forced-error': 'a documented error, forced with Prefer: code=…, has the documented shape',
  negative:
    'a request with one fault derived from the spec (a required field missing, a wrong type, a value out of its enum, pattern or bounds) gets a documented 4xx in the documented error schema',
  'rate-limit': 'once the quota is spent, the API answers 429 as documented',
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1f2328;background:#fff}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.3em;margin:2em 0 .4em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-all;margin:.3em 0}
.passed{color:#1a7f37}.failed{color:#cf222e;font-weight:600}.skipped{color:#6e7781}.aborted{color:#cf222e;font-weight:600}
.verdict{font-size:1.2em;padding:10px 14px;border-radius:6px;margin:1em 0}.verdict.passed{background:#dafbe1}.verdict.failed{background:#ffebe9}
details{border:1px solid #d0d7de;border-radius:6px;margin:.4em 0;padding:.3em .8em}summary{cursor:pointer}
.check{border-top:1px solid #eaeef2;padding:.5em 0}.check:first-of-type{border-top:0}.muted{color:#6e7781}
ul.v{margin:.3em 0;padding-left:1.2em}ul.v li{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
`

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

function countsHtml(counts: Counts): string {
  return `${counts.checks} checks: <span class="passed">${counts.passed} passed</span>, <span class="${counts.failed ? 'failed' : 'muted'}">${counts.failed} failed</span>, <span class="skipped">${counts.skipped} skipped</span>`
}

function checkHtml(check: CheckReport): string {
  const parts = [
    `<div class="check"><div><span class="${check.outcome}">${check.outcome}</span> — <strong>${esc(CHECK_KIND_LABELS[check.kind])}</strong>${check.expected ? ` (expects ${esc(check.expected)})` : ''} <span class="muted">${esc(check.name)} · ${check.durationMs} ms</span></div>`,
  ]
  if (check.skipReason) parts.push(`<div class="muted">Skipped: ${esc(check.skipReason)}</div>`)
  if (check.violations.length)
    parts.push(`<ul class="v">${check.violations.map((v) => `<li>${esc(formatViolation(v))}</li>`).join('')}</ul>`)
  if (check.error) parts.push(`<pre>${esc(check.error)}</pre>`)
  if (check.request) {
    const r = check.request
    const body = r.body ? `\n\n${r.body}` : ''
    parts.push(
      `<div class="muted">Request${check.requests > 1 ? ` (the last of ${check.requests})` : ''}</div><pre>${esc(`${r.method} ${r.url}${r.contentType ? `\ncontent-type: ${r.contentType}` : ''}${body}`)}</pre>`,
    )
  }
  if (check.response) {
    const r = check.response
    const headers = Object.entries(r.headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
    parts.push(
      `<div class="muted">Response (${r.ms} ms)</div><pre>${esc(`${r.status}\n${headers}${r.body ? `\n\n${r.body}` : ''}`)}</pre>`,
    )
  }
  if (check.setup?.length) parts.push(`<div class="muted">Set-up steps run first: ${esc(check.setup.join(', '))}</div>`)
  return `${parts.join('')}</div>`
}

function operationHtml(op: OperationReport): string {
  const run = op.counts.passed + op.counts.failed
  return `<details${op.outcome === 'failed' ? ' open' : ''}><summary><span class="${op.outcome}">${op.outcome}</span> <code>${esc(op.operationId)}</code> — <code>${esc(op.method)} ${esc(op.path)}</code> <span class="muted">${run} run, ${op.counts.passed} passed${op.counts.skipped ? `, ${op.counts.skipped} skipped` : ''}</span></summary>${op.checks.map(checkHtml).join('') || '<p class="muted">No checks.</p>'}</details>`
}

/** `passed/run` of the negative checks among `checks`, `-` when none ran (as in the terminal table). */
function negativeCell(checks: readonly CheckReport[]): string {
  const negative = checks.filter((c) => c.kind === 'negative')
  if (!negative.length) return '-'
  const ran = negative.filter((c) => c.outcome !== 'skipped')
  return ran.length ? `${ran.filter((c) => c.outcome === 'passed').length}/${ran.length}` : '-'
}

function runHtml(run: ApiRunReport): string {
  const rows = run.operations
    .map(
      (op) =>
        `<tr><td><code>${esc(op.operationId)}</code></td><td><code>${esc(op.method)} ${esc(op.path)}</code></td><td class="n">${op.counts.passed + op.counts.failed}</td><td class="n">${op.counts.passed}</td><td class="n">${negativeCell(op.checks)}</td><td class="${op.outcome}">${op.outcome}${op.counts.skipped && op.outcome !== 'skipped' ? `, ${op.counts.skipped} skipped` : ''}</td></tr>`,
    )
    .join('')
  return [
    `<h2 id="${esc(run.api)}">${esc(run.title)} <span class="muted">(${esc(run.api)})</span></h2>`,
    `<p>Checked <code>${esc(run.baseUrl)}</code> — ${esc(TARGETS[run.target])}, ${esc(run.mode)} mode, ${seconds(run.durationMs)}.<br>${run.operations.length} operations, ${countsHtml(run.counts)}.${run.kinds.negative ? `<br>Of which ${esc(CHECK_KIND_LABELS.negative)}: ${countsHtml(run.kinds.negative)}.` : ''}</p>`,
    run.aborted ? `<p class="aborted">The run stopped early: ${esc(run.aborted)}</p>` : '',
    run.errors.length ? `<pre>${esc(run.errors.join('\n'))}</pre>` : '',
    `<table><thead><tr><th>Operation</th><th>Request</th><th>Run</th><th>Passed</th><th>Negative</th><th>Result</th></tr></thead><tbody>${rows}</tbody></table>`,
    ...run.runChecks.map(
      (c) =>
        `<details${c.outcome === 'failed' ? ' open' : ''}><summary>${esc(c.name)}: <span class="${c.outcome}">${c.outcome}</span></summary>${checkHtml(c)}</details>`,
    ),
    `<h3>Operations and their checks</h3>`,
    run.operations.map(operationHtml).join(''),
  ].join('\n')
}

export function renderHtml(report: ContractReport): string {
  const apis = report.runs.map((r) => r.title).join(', ')
  const filters = [
    ...report.filters.operations.map((o) => `operation ${o}`),
    ...report.filters.tags.map((t) => `tag ${t}`),
    ...report.filters.excludeOperations.map((o) => `not ${o}`),
  ]
  const summaryRows = report.runs
    .map(
      (r) =>
        `<tr><td><a href="#${esc(r.api)}">${esc(r.title)}</a></td><td><code>${esc(r.baseUrl)}</code></td><td class="${r.outcome === 'passed' ? 'passed' : 'failed'}">${r.outcome}</td><td class="n">${r.operations.length}</td><td>${countsHtml(r.counts)}</td></tr>`,
    )
    .join('')
  const legend = (Object.keys(KIND_HELP) as CheckKind[])
    .map((k) => `<li><strong>${esc(CHECK_KIND_LABELS[k])}</strong>: ${esc(KIND_HELP[k])}</li>`)
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Contract report: ${esc(apis)} — ${report.outcome}</title><style>${STYLE}</style></head><body>
<h1>Contract report: ${esc(apis)}</h1>
<p class="muted">${esc(report.startedAt)} · ${esc(report.tool.name)} ${esc(report.tool.version)} · ${seconds(report.durationMs)}</p>
<p>Each API below was sent requests and its answers were checked against its OpenAPI spec: the status, the documented headers and the body's schema, for normal requests and for the documented errors.${filters.length ? ` Only some operations were checked: ${esc(filters.join(', '))}.` : ''}</p>
<div class="verdict ${report.outcome}"><strong>${report.outcome === 'passed' ? 'Passed' : 'Failed'}</strong> — ${report.counts.operations} operations, ${countsHtml(report.counts)}</div>
<table><thead><tr><th>API</th><th>Base URL</th><th>Result</th><th>Operations</th><th>Checks</th></tr></thead><tbody>${summaryRows}</tbody></table>
<details><summary>What the kinds of check mean</summary><ul>${legend}</ul></details>
${report.runs.map(runHtml).join('\n')}
</body></html>
`
}
