/** Writes the run's JSON and HTML reports (JUnit is vitest's own reporter, set up with the run). */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderHtml } from './html.ts'
import type { ContractReport } from './model.ts'

export const REPORT_FORMATS = ['junit', 'json', 'html'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The file each format is written to, inside the report directory. */
export const REPORT_FILES: Record<ReportFormat, string> = {
  junit: 'junit.xml',
  json: 'contract-report.json',
  html: 'contract-report.html',
}

/** Writes the JSON and HTML reports asked for; returns the paths written. */
export async function writeReports(
  report: ContractReport,
  formats: readonly ReportFormat[],
  dir: string,
): Promise<string[]> {
  const files: [string, string][] = []
  if (formats.includes('json')) files.push([REPORT_FILES.json, `${JSON.stringify(report, null, 2)}\n`])
  if (formats.includes('html')) files.push([REPORT_FILES.html, renderHtml(report)])
  if (!files.length) return []
  await mkdir(dir, { recursive: true })
  return Promise.all(
    files.map(async ([name, text]) => {
      await writeFile(join(dir, name), text)
      return join(dir, name)
    }),
  )
}
