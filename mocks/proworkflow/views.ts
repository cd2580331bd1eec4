/**
 * The wire form of each record: every key of the entity schema in specs/proworkflow/openapi.yaml, with the names of
 * related records looked up now (so renames and deletions show everywhere). A single-record view returns all of it;
 * lists pick the keys of the requested `fields` out of it (query.ts `selectFields`). Each view is typed as the
 * spec's schema of the entity, so a documented key with a value of another type fails to compile (the schemas are
 * open and all but `id` optional, so an extra or a missing key does not).
 */
import {
  APP_URL,
  type Audience,
  type CompanyRec,
  type ContactRec,
  type EventRec,
  type ExpenseRec,
  type FieldValueIn,
  type FileRec,
  type FolderRec,
  type InvoiceRec,
  type LineRec,
  type MessageRec,
  type Named,
  type NoteRec,
  type ProjectRec,
  type ProjectRequestRec,
  type QuoteRec,
  type TaskRec,
  type TimeRec,
} from './records.ts'
import type { Schemas } from './common.ts'
import type { PwState } from './state.ts'

export type Wire = Record<string, unknown>

const money = (n: number): number => Math.round(n * 100) / 100

export const fullName = (c: Pick<ContactRec, 'firstname' | 'lastname'>): string => `${c.firstname} ${c.lastname}`.trim()

export const nameIn = (list: readonly Named[], id: number | null | undefined): string =>
  id === null || id === undefined ? '' : (list.find((x) => x.id === id)?.name ?? '')

export const namedList = (list: readonly Named[], ids: readonly number[]): Named[] =>
  ids.flatMap((id) => {
    const found = list.find((x) => x.id === id)
    return found ? [{ id: found.id, name: found.name }] : []
  })

/** API or custom field values with the field's name (002 line 203: "You must specify id and value"). */
export const fieldValues = (
  defs: readonly Named[],
  values: readonly FieldValueIn[],
): { id: number; name: string; value: string }[] =>
  values.map((v) => ({ id: v.id, name: nameIn(defs, v.id), value: v.value }))

/** A contact as other records show it; with `details`, also email, image and phone (002 line 34 `contactdetails`). */
export function contactRef(state: PwState, id: number, details = false): Schemas['ContactRef'] | undefined {
  const c = state.contacts.get(id)
  if (!c) return undefined
  return details
    ? { id: c.id, name: fullName(c), email: c.email, image: c.image, phone: c.workphone }
    : { id: c.id, name: fullName(c) }
}

export const contactRefs = (state: PwState, ids: readonly number[], details = false): Schemas['ContactRef'][] =>
  ids.flatMap((id) => {
    const ref = contactRef(state, id, details)
    return ref ? [ref] : []
  })

export const contactNameOf = (state: PwState, id: number | null | undefined): string => {
  const c = id === null || id === undefined ? undefined : state.contacts.get(id)
  return c ? fullName(c) : ''
}

/** Everyone a note or folder is shared with: `all` = every contact. */
export const audienceIds = (state: PwState, audience: Audience): number[] =>
  audience === 'all'
    ? state.contacts
        .all()
        .filter((c) => !c.pending)
        .map((c) => c.id)
    : audience

// ── Derived figures ─────────────────────────────────────────────────────────────────────────────────────────────

export function lineTotal(line: Pick<LineRec, 'type' | 'quantity' | 'rate' | 'time'>): number {
  // 002 line 6562: "For Task/Staff Rate Lines, the 'rate' value is cost/hour, the 'time' value is the time in minutes."
  if (line.type === 'heading') return 0
  if (line.type === 'staffrate' || line.type === 'taskrate') return money((line.time / 60) * line.rate)
  return money(line.quantity * line.rate)
}

export const linesOf = (state: PwState, invoiceId: number): LineRec[] =>
  state.lines.filter((l) => l.invoiceid === invoiceId).sort((a, b) => a.displayorder - b.displayorder || a.id - b.id)

/** Subtotal after the discount (fixed or `N%`), tax on the taxable lines at the invoice's rate (inferred arithmetic). */
export function invoiceTotals(
  state: PwState,
  invoice: InvoiceRec,
): { subtotal: number; taxtotal: number; grandtotal: number } {
  const lines = linesOf(state, invoice.id)
  const gross = lines.reduce((sum, l) => sum + lineTotal(l), 0)
  const taxableGross = lines.filter((l) => l.taxable).reduce((sum, l) => sum + lineTotal(l), 0)
  const d = invoice.discountvalue
  const discount = typeof d === 'string' && d.endsWith('%') ? (gross * Number(d.slice(0, -1))) / 100 : Number(d) || 0
  const factor = gross > 0 ? Math.max(0, gross - discount) / gross : 1
  const subtotal = money(Math.max(0, gross - discount))
  const taxtotal = invoice.taxable ? money(taxableGross * factor * (invoice.taxrate / 100)) : 0
  return { subtotal, taxtotal, grandtotal: money(subtotal + taxtotal) }
}

export const taskIdsOf = (state: PwState, projectId: number): number[] =>
  state.tasks.filter((t) => t.projectid === projectId).map((t) => t.id)

/** Minutes tracked on a task (optionally only the time records that pass `keep`). */
export function taskTimeTracked(state: PwState, taskId: number, keep?: (t: TimeRec) => boolean): number {
  let sum = 0
  for (const t of state.time.all()) if (t.taskid === taskId && (!keep || keep(t))) sum += t.timetracked
  return sum
}

export function projectTimeTracked(state: PwState, projectId: number, keep?: (t: TimeRec) => boolean): number {
  const tasks = new Set(taskIdsOf(state, projectId))
  let sum = 0
  for (const t of state.time.all()) if (tasks.has(t.taskid) && (!keep || keep(t))) sum += t.timetracked
  return sum
}

export function projectInvoiceTotal(state: PwState, p: ProjectRec): number {
  if (p.invoicetotal !== 'auto') return p.invoicetotal
  return money(
    state.invoices.filter((i) => i.projectid === p.id).reduce((sum, i) => sum + invoiceTotals(state, i).grandtotal, 0),
  )
}

export function projectQuoteTotal(state: PwState, p: ProjectRec): number {
  if (p.quotetotal !== 'auto') return p.quotetotal
  return money(
    state.quotes
      .filter((q) => q.projectid === p.id && q.status !== 'declined')
      .reduce((sum, q) => sum + q.grandtotal, 0),
  )
}

/** Percentage of tasks completed, heading tasks excluded (002 line 1026). */
export function percentComplete(state: PwState, projectId: number): number {
  const tasks = state.tasks.filter((t) => t.projectid === projectId && t.type !== 'heading')
  if (!tasks.length) return 0
  return Math.round((tasks.filter((t) => t.status === 'complete').length / tasks.length) * 100)
}

export const projectStatus = (p: ProjectRec): 'active' | 'complete' => (p.completedate ? 'complete' : 'active')

/** Everyone on a project: manager, staff, clients and contractors. */
export const projectContactIds = (p: ProjectRec): number[] => [
  ...new Set([p.managerid, ...p.staffids, ...p.clientids, ...p.contractorids]),
]

// ── Views ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function companyView(state: PwState, c: CompanyRec, contactDetails = false): Schemas['Company'] {
  const { tagids, apifields, pending: _pending, divisionid: _division, ...keys } = c
  const contacts = state.contacts.filter((x) => x.companyid === c.id).map((x) => x.id)
  return {
    ...keys,
    contacts: contactRefs(state, contacts, contactDetails),
    tags: namedList(state.settings.tags, tagids),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export function contactView(state: PwState, c: ContactRec): Schemas['Contact'] {
  const {
    password: _password,
    groupids,
    roleids,
    tagids,
    apifields,
    pending: _pending,
    divisionid: _division,
    ...keys
  } = c
  const groups = namedList(state.settings.groups, groupids)
  const teamIds = [...new Set(groupids.flatMap((g) => state.settings.groups.find((x) => x.id === g)?.teamid ?? []))]
  return {
    ...keys,
    companyname: state.companies.get(c.companyid)?.name ?? '',
    groups,
    teams: namedList(state.settings.teams, teamIds),
    roles: namedList(state.settings.roles, roleids),
    tags: namedList(state.settings.tags, tagids),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export function projectView(state: PwState, p: ProjectRec): Schemas['Project'] {
  const {
    staffids,
    clientids,
    contractorids,
    invoicetotal: _it,
    quotetotal: _qt,
    clientaccess: _ca,
    emailalerts: _ea,
    templateid: _tpl,
    divisionid: _d,
    customfields,
    apifields,
    ...keys
  } = p
  return {
    ...keys,
    status: projectStatus(p),
    companyname: state.companies.get(p.companyid)?.name ?? '',
    categoryname: nameIn(state.settings.projectcategories, p.categoryid),
    managername: contactNameOf(state, p.managerid),
    staff: contactRefs(state, staffids),
    clients: contactRefs(state, clientids),
    contractors: contactRefs(state, contractorids),
    customstatusname: nameIn(state.settings.customstatuses, p.customstatusid),
    customfields: fieldValues(state.settings.customfields, customfields),
    groupname: nameIn(state.settings.groups, p.groupid),
    teamname: nameIn(state.settings.teams, p.teamid),
    invoicetotal: projectInvoiceTotal(state, p),
    quotetotal: projectQuoteTotal(state, p),
    expensestotal: money(state.expenses.filter((e) => e.projectid === p.id).reduce((sum, e) => sum + e.cost, 0)),
    percentcomplete: percentComplete(state, p.id),
    timetracked: projectTimeTracked(state, p.id),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export function taskView(state: PwState, t: TaskRec, contactDetails = false): Schemas['Task'] {
  const { contactids, current: _current, apifields, ...keys } = t
  const project = t.projectid === null ? undefined : state.projects.get(t.projectid)
  return {
    ...keys,
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    projectcategoryid: project?.categoryid ?? null,
    projectcategoryname: nameIn(state.settings.projectcategories, project?.categoryid),
    projectmanagerid: project?.managerid ?? null,
    projectmanagername: contactNameOf(state, project?.managerid),
    categoryname: nameIn(state.settings.taskcategories, t.categoryid),
    companyid: project?.companyid ?? null,
    companyname: project ? (state.companies.get(project.companyid)?.name ?? '') : '',
    contacts: contactRefs(state, contactids, contactDetails),
    creatorname: contactNameOf(state, t.creatorid),
    timetracked: taskTimeTracked(state, t.id),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

/** The project of a time record (through its task; `null` for time on a general task). */
export const projectOfTime = (state: PwState, t: TimeRec): ProjectRec | undefined => {
  const task = state.tasks.get(t.taskid)
  return task?.projectid === null || task?.projectid === undefined ? undefined : state.projects.get(task.projectid)
}

export function timeView(state: PwState, t: TimeRec): Schemas['TimeRecord'] {
  const { apifields, ...keys } = t
  const task = state.tasks.get(t.taskid)
  const project = projectOfTime(state, t)
  return {
    ...keys,
    contactname: contactNameOf(state, t.contactid),
    companyid: project?.companyid ?? state.contacts.get(t.contactid)?.companyid ?? 0,
    companyname: state.companies.get(project?.companyid ?? state.contacts.get(t.contactid)?.companyid ?? 0)?.name ?? '',
    projectid: project?.id ?? null,
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    taskname: task?.name ?? '',
    categoryid: project?.categoryid ?? null,
    categoryname: nameIn(state.settings.projectcategories, project?.categoryid),
    tasktimeallocated: task?.timeallocated ?? 0,
    tasktimetracked: task ? taskTimeTracked(state, task.id) : 0,
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export function quoteView(state: PwState, q: QuoteRec): Schemas['Quote'] {
  const { apifields, ...keys } = q
  const project = q.projectid === null ? undefined : state.projects.get(q.projectid)
  return {
    ...keys,
    companyname: state.companies.get(q.companyid)?.name ?? '',
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    quotedbyname: contactNameOf(state, q.quotedbyid),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export const lineView = (l: LineRec): Schemas['InvoiceLine'] => {
  const { invoiceid: _invoice, ...keys } = l
  return { ...keys, total: lineTotal(l) }
}

export function invoiceView(state: PwState, i: InvoiceRec, withLines = true): Schemas['Invoice'] {
  const { apifields, divisionid: _d, ...keys } = i
  const project = i.projectid === null ? undefined : state.projects.get(i.projectid)
  return {
    ...keys,
    companyname: i.companyname || (state.companies.get(i.companyid)?.name ?? ''),
    contactname: i.contactname || contactNameOf(state, i.contactid),
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    invoicedbyname: contactNameOf(state, i.invoicedbyid),
    ...invoiceTotals(state, i),
    ...(withLines ? { lines: linesOf(state, i.id).map(lineView) } : {}),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}

export function noteView(state: PwState, n: NoteRec, contactDetails = false): Schemas['Note'] {
  const { audience, companyid: _c, contactid: _k, ...keys } = n
  return {
    ...keys,
    categoryname: nameIn(state.settings.notecategories, n.categoryid),
    contacts: contactRefs(state, audienceIds(state, audience), contactDetails),
    authorname: contactNameOf(state, n.authorid),
  }
}

export function eventView(state: PwState, e: EventRec, contactDetails = false): Schemas['Event'] {
  const { contactids, divisionid: _d, ...keys } = e
  return { ...keys, contacts: contactRefs(state, contactids, contactDetails) }
}

export function expenseView(state: PwState, e: ExpenseRec): Schemas['Expense'] {
  const { lastmodified: _lm, ...keys } = e
  const project = state.projects.get(e.projectid)
  return {
    ...keys,
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    companyid: project?.companyid ?? 0,
    companyname: state.companies.get(project?.companyid ?? 0)?.name ?? '',
    contactname: contactNameOf(state, e.contactid),
  }
}

export function folderView(state: PwState, f: FolderRec): Schemas['Folder'] {
  const project = state.projects.get(f.projectid)
  return {
    id: f.id,
    name: f.name,
    projectid: f.projectid,
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    // 002 line 5974: "returns 'all' if Folder is public, returns array of contacts if Folder is private".
    contacts: f.audience === 'all' ? 'all' : contactRefs(state, f.audience),
  }
}

/** The project a file belongs to: its own, its task's or its folder's. */
export function projectIdOfFile(state: PwState, f: FileRec): number | null {
  if (f.projectid !== null) return f.projectid
  if (f.taskid !== null) return state.tasks.get(f.taskid)?.projectid ?? null
  if (f.folderid !== null) return state.folders.get(f.folderid)?.projectid ?? null
  return null
}

export function fileView(state: PwState, f: FileRec, withContent = false): Schemas['File'] {
  const projectId = projectIdOfFile(state, f)
  const project = projectId === null ? undefined : state.projects.get(projectId)
  const task = f.taskid === null ? undefined : state.tasks.get(f.taskid)
  const folder = f.folderid === null ? undefined : state.folders.get(f.folderid)
  const secKey = ((f.id * 2654435761) >>> 0).toString(16).padStart(8, '0')
  return {
    id: f.id,
    name: f.name,
    date: f.date,
    size: f.size,
    // C live: a signed link on the application host (the mock's is not downloadable).
    link: `${APP_URL}/getfilesattached.cfm?fileid=${f.id}&sec_key=${secKey}`,
    project: project ? { id: project.id, number: project.number, title: project.title } : null,
    task: task ? { id: task.id, name: task.name } : null,
    folder: folder ? { id: folder.id, name: folder.name } : null,
    contacts: folder && folder.audience !== 'all' ? contactRefs(state, folder.audience) : 'all',
    ...(withContent ? { content: f.content } : {}),
  }
}

export function messageView(
  state: PwState,
  m: MessageRec,
  options: { contactDetails?: boolean; projectContacts?: boolean } = {},
): Schemas['Message'] {
  const { contactids, fileids, ...keys } = m
  const project = m.projectid === null ? undefined : state.projects.get(m.projectid)
  return {
    ...keys,
    authorname: contactNameOf(state, m.authorid),
    projectnumber: project?.number ?? '',
    projecttitle: project?.title ?? '',
    taskname: m.taskid === null ? '' : (state.tasks.get(m.taskid)?.name ?? ''),
    contacts: contactRefs(state, contactids, options.contactDetails),
    files: fileids.flatMap((id) => {
      const file = state.files.get(id)
      return file ? [{ id: file.id, name: file.name }] : []
    }),
    ...(options.projectContacts && project ? { projectcontacts: contactRefs(state, projectContactIds(project)) } : {}),
  }
}

export function projectRequestView(state: PwState, r: ProjectRequestRec): Schemas['ProjectRequest'] {
  const { customfields, apifields, groupid: _g, divisionid: _d, ...keys } = r
  return {
    ...keys,
    companyname: state.companies.get(r.companyid)?.name ?? '',
    clientname: contactNameOf(state, r.clientid),
    recipientname: contactNameOf(state, r.recipientid),
    templatename: nameIn(state.settings.templates, r.templateid),
    customfields: fieldValues(state.settings.customfields, customfields),
    files: state.files.filter((f) => f.projectrequestid === r.id).map((f) => ({ id: f.id, name: f.name })),
    apifields: fieldValues(state.settings.apifields, apifields),
  }
}
