/**
 * What Company Summary (002 line 1726) and Contact Summary (002 line 4100) share: the data types asked for in `types`,
 * up to `pagesize` rows (page `pagenumber`) of each, the rows of numbered records and of tasks, and the envelope.
 */
import type { Schemas } from '../common.ts'
import { pageOf } from '../query.ts'
import type { ProjectRec, TaskRec } from '../records.ts'

/** The query of a Summary call, as its operation types it (`types` is the operation's enum of data types). */
export interface SummaryQuery<T extends string> {
  types?: readonly T[]
  pagenumber?: number
  pagesize?: number
}

/** Whether a data type is asked for (`all` asks for every one), and the page of one type's rows to show. */
export function summaryScope<T extends string>(query: SummaryQuery<T>) {
  // The engine fills the spec's defaults (`all`, page 1 of 10); the types of optional parameters do not know them.
  const types: readonly string[] = query.types ?? ['all']
  return {
    want: (type: Exclude<T, 'all'>): boolean => types.includes('all') || types.includes(type),
    page: <R>(rows: readonly R[]): R[] => [...pageOf(rows, query.pagenumber, query.pagesize)],
  }
}

/** The row of a numbered record (invoice, project, quote): its number and title, and its company. */
export const numberedRow = (
  r: { id: number; number: string; title: string },
  company: { companyid: number; companyname: string },
) => ({ id: r.id, number: r.number, title: r.title, ...company })

/** The row of a task: its project's number and title (blank for a general task) besides its own keys. */
export function taskRow(t: TaskRec, projectOf: (id: number) => ProjectRec | undefined) {
  const p = t.projectid === null ? undefined : projectOf(t.projectid)
  return {
    id: t.id,
    name: t.name,
    order: t.order,
    projectid: t.projectid,
    projectnumber: p?.number ?? '',
    projecttitle: p?.title ?? '',
  }
}

export const summaryRecord = (summary: Schemas['SummaryRecord']['summary']): Schemas['SummaryRecord'] => ({
  status: 'Success',
  count: 1,
  summary,
})
