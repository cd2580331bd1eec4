/**
 * The drift report as one self-contained HTML page: inline styles, no scripts, no fonts or images, nothing fetched,
 * so it opens offline and can be attached to a CI run as is. Every value is escaped: paths, excerpts and messages
 * come from the traffic.
 */
import type { OperationReport, ProxyReport, Violation } from './report.ts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#f4f4f4}code{font:12px/1.4 ui-monospace,monospace;background:#f4f4f4;padding:0 .2rem;overflow-wrap:anywhere}
.bad{color:#a40000;font-weight:600}.ok{color:#1a6b1a}.muted{color:#666}.kind{font-variant:small-caps}.nowrap{white-space:nowrap}
section{border:1px solid #ddd;border-radius:6px;padding:.2rem 1rem 1rem;margin:1rem 0}
`

function statuses(op: OperationReport): string {
  return Object.entries(op.statuses)
    .map(([status, count]) => `${esc(status)}×${count}`)
    .join(' ')
}

function violationRow(v: Violation): string {
  const examples = v.examples
    .map(
      (e) =>
        `<div><code>${esc(e.request)}</code> → ${e.status} at <code>${esc(e.path)}</code>${
          e.excerpt !== undefined ? `: <code>${esc(e.excerpt)}</code>` : ''
        } <span class="muted">${esc(e.at)}</span></div>`,
    )
    .join('')
  return `<tr><td class="kind">${esc(v.kind)}</td><td><code>${esc(v.path)}</code></td><td class="nowrap"><code>${esc(v.rule)}</code></td><td>${esc(
    v.message,
  )}</td><td>${v.occurrences} in ${plural(v.exchanges, 'exchange')}</td><td>${examples}</td></tr>`
}

function operationSection(op: OperationReport): string {
  const title = `${esc(op.method)} <code>${esc(op.path)}</code> ${op.operationId ? esc(op.operationId) : '<span class="bad">not in the spec</span>'}`
  const notValidated =
    op.notValidated.request + op.notValidated.response > 0
      ? `<p class="muted">Bodies passed on without checking: ${op.notValidated.request} request, ${op.notValidated.response} response (${esc(op.notValidated.lastReason ?? '')}).</p>`
      : ''
  const more = op.violationsNotListed
    ? `<p class="muted">${op.violationsNotListed} more occurrences of other violations were counted but not listed.</p>`
    : ''
  return `<section><h2>${title}</h2><p>${plural(op.exchanges, 'exchange')}, <span class="bad">${op.exchangesWithViolations} with violations</span>; statuses ${statuses(op)}</p>${notValidated}
<table><tr><th>side</th><th>where</th><th>rule</th><th>what the spec says</th><th>how often</th><th>examples</th></tr>${op.violations
    .map(violationRow)
    .join('\n')}</table>${more}</section>`
}

export function reportHtml(report: ProxyReport): string {
  const t = report.totals
  const summary = report.operations
    .map(
      (op) =>
        `<tr><td>${esc(op.method)}</td><td><code>${esc(op.path)}</code></td><td>${op.operationId ? esc(op.operationId) : '<span class="bad">not in the spec</span>'}</td><td>${op.exchanges}</td><td class="${op.exchangesWithViolations ? 'bad' : 'ok'}">${op.exchangesWithViolations}</td><td>${statuses(op)}</td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Drift report: ${esc(report.api.title)}</title><style>${STYLE}</style></head><body>
<h1>Drift report: ${esc(report.api.title)} (${esc(report.api.id)})</h1>
<p class="muted">Traffic through the validating proxy to <code>${esc(report.upstream)}</code>, ${esc(report.startedAt)} to ${esc(report.generatedAt)}. Report version ${report.reportVersion}.</p>
<table><tr><th>exchanges</th><th>with violations</th><th>distinct violations</th><th>outside the spec</th><th>upstream errors</th><th>not validated</th><th>operations seen</th></tr>
<tr><td>${t.exchanges}</td><td class="${t.exchangesWithViolations ? 'bad' : 'ok'}">${t.exchangesWithViolations}</td><td>${t.violations} (${t.occurrences} occurrences)</td><td>${t.unknownOperations}</td><td>${t.upstreamErrors}</td><td>${t.notValidated}</td><td>${t.operationsSeen} of ${report.api.operations}</td></tr></table>
<h2>Operations</h2>
${summary ? `<table><tr><th>method</th><th>path</th><th>operation</th><th>exchanges</th><th>with violations</th><th>statuses</th></tr>${summary}</table>` : '<p>No traffic yet.</p>'}
${report.operations
  .filter((op) => op.violations.length || op.notValidated.request + op.notValidated.response)
  .map(operationSection)
  .join('\n')}
</body></html>
`
}
