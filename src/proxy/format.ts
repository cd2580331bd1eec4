/**
 * The proxy's console lines: one per exchange, then one per distinct violation under it, e.g.
 *
 *   12:00:02.114 GET /v1/example-corp/bookings → 200 listBookings (9 ms): 1 violation
 *     response body[3].durations[0].date: must match format "date" (found "2024-13-01"; 5 more like it)
 *
 * Everything from the traffic is escaped and cut (`escapeForLog`): a path or an excerpt cannot forge lines or drive
 * the terminal.
 */
import { escapeForLog } from '../core/log-safe.ts'
import { pathPattern, type Issue } from './issues.ts'
import type { ExchangeRecord } from './report.ts'

function issueLine(issue: Issue, alike: number): string {
  const excerpt =
    issue.excerpt === undefined || issue.rule === 'status'
      ? ''
      : issue.rule === 'required'
        ? `in ${issue.excerpt}`
        : issue.rule === 'too-many-problems'
          ? `${issue.excerpt} in all`
          : `found ${issue.excerpt}`
  const more = alike > 0 ? `${alike} more like it` : ''
  const note = [excerpt, more].filter(Boolean).join('; ')
  return `  ${issue.kind} ${escapeForLog(issue.path, 200)}: ${escapeForLog(issue.message, 300)}${note ? ` (${escapeForLog(note, 300)})` : ''}`
}

/** The exchange's lines: its summary, then each distinct violation (the first of its kind, with how many alike). */
export function formatExchange(record: ExchangeRecord): string[] {
  const groups = new Map<string, { first: Issue; alike: number }>()
  for (const issue of record.issues) {
    const key = `${issue.kind} ${issue.rule} ${pathPattern(issue.path)} ${issue.message}`
    const group = groups.get(key)
    if (group) group.alike++
    else groups.set(key, { first: issue, alike: 0 })
  }
  const count = record.issues.length
  const time = record.at.slice(11, 23)
  const summary = `${time} ${record.method} ${escapeForLog(record.target, 500)} → ${record.status}${
    record.operationId ? ` ${record.operationId}` : ''
  } (${record.ms} ms)${count ? `: ${count} violation${count === 1 ? '' : 's'}` : ''}`
  return [
    summary,
    ...[...groups.values()].map((g) => issueLine(g.first, g.alike)),
    ...record.notValidated.map((n) => `  ${n.kind} body not validated: ${escapeForLog(n.reason, 300)}`),
  ]
}
