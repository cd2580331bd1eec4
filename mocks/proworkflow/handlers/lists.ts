/**
 * The list calls shared by several paths: companies, contacts, projects, tasks, time, invoices, quotes and notes are
 * listed at the top level and under a company or a contact, with the same filters (002 FILTER sections: e.g. View
 * Companies line 4, View Contacts line 2730, View Projects for a Company line 996, View Tasks for a Company line 1819,
 * View Time Tracked line 2134, View Invoices line 6101, View Quotes for a Company line 1513, View Notes line 7618).
 * Each takes the records in scope (e.g. the company's projects) and applies the query.
 */
import { MockError } from '../../../src/core/errors.ts'
import type { Ctx, Schemas } from '../common.ts'
import type { ListEnvelope } from '../envelopes.ts'
import {
  dateColumns,
  f,
  type Filters,
  type ListCtx,
  list,
  listWithTotals,
  subtotals,
  type Totals,
  type TotalsEnvelope,
} from '../listing.ts'
import { type Listed, resolveDate } from '../query.ts'
import type { CompanyRec, ContactRec, InvoiceRec, NoteRec, ProjectRec, QuoteRec, TaskRec, TimeRec } from '../records.ts'
import {
  audienceIds,
  companyView,
  contactView,
  fullName,
  invoiceTotals,
  invoiceView,
  nameIn,
  noteView,
  projectContactIds,
  projectInvoiceTotal,
  projectOfTime,
  projectQuoteTotal,
  projectStatus,
  projectView,
  projectTimeTracked,
  quoteView,
  taskTimeTracked,
  taskView,
  timeView,
} from '../views.ts'

const byId = { id: (r: { id: number }) => r.id }

// ── Companies (002 line 4) ──────────────────────────────────────────────────────────────────────────────────────

const companyFilters: Filters<CompanyRec> = {
  apifields: f.pairs((c) => c.apifields, 'apifieldsmode'),
  divisionid: f.equals((c) => c.divisionid, Number),
  id: f.ids((c) => c.id),
  ...f.idRange(),
  ...f.dateTimeRange('lastmodified', (c) => c.lastmodified),
  pending: f.bool((c) => c.pending),
  search: f.text((c) => [c.name, c.code]),
  searchcode: f.text((c) => [c.code]),
  searchemail: f.text((c) => [c.email]),
  searchname: f.text((c) => [c.name]),
  tagid: f.ids((c) => c.tagids),
  type: f.equals((c) => c.type),
}

export function companyList(
  ctx: ListCtx,
  records: readonly CompanyRec[],
): ListEnvelope<'companies', Listed<Schemas['Company']>> {
  const details = ctx.query.contactdetails === true
  return list(ctx, {
    records,
    filters: companyFilters,
    sort: { ...byId, name: (c) => c.name, code: (c) => c.code },
    view: (c) => companyView(ctx.state, c, details),
    key: 'companies',
    entity: 'Company',
  })
}

// ── Contacts (002 line 2730) ────────────────────────────────────────────────────────────────────────────────────

const contactFilters: Filters<ContactRec> = {
  allowlogin: f.bool((c) => c.allowlogin),
  apifields: f.pairs((c) => c.apifields, 'apifieldsmode'),
  companyid: f.equals((c) => c.companyid, Number),
  divisionid: f.equals((c) => c.divisionid, Number),
  id: f.ids((c) => c.id),
  ...f.idRange(),
  ...f.dateTimeRange('lastmodified', (c) => c.lastmodified),
  pending: f.bool((c) => c.pending),
  roleid: f.ids((c) => c.roleids),
  search: f.text((c) => [fullName(c), c.email]),
  searchemail: f.text((c) => [c.email]),
  searchname: f.text((c) => [fullName(c)]),
  tagid: f.ids((c) => c.tagids),
  type: f.equals((c) => c.type),
}

export function contactList(
  ctx: ListCtx,
  records: readonly ContactRec[],
): ListEnvelope<'contacts', Listed<Schemas['Contact']>> {
  return list(ctx, {
    records,
    filters: contactFilters,
    sort: { ...byId, firstname: (c) => c.firstname, lastname: (c) => c.lastname },
    view: (c) => contactView(ctx.state, c),
    key: 'contacts',
    entity: 'Contact',
  })
}

// ── Projects (002 line 996) ─────────────────────────────────────────────────────────────────────────────────────

/** The time records the starred `timetracked` options count: narrowed by timetrackedby/from/to and timebillable. */
function timeScope(ctx: Ctx): (t: TimeRec) => boolean {
  const q = ctx.query
  const predicates: ((t: TimeRec) => boolean)[] = []
  const scoped: Filters<TimeRec> = {
    timetrackedby: f.contacts((t) => t.contactid),
    ...f.dateRange('timetracked', (t) => t.date),
    timebillable: f.equals(
      (t) => t.billable,
      (v) => v === 'billable',
    ),
  }
  for (const [name, filter] of Object.entries(scoped)) {
    if (q[name] === undefined) continue
    const p = filter(q[name], ctx)
    if (p) predicates.push(p)
  }
  return (t) => predicates.every((p) => p(t))
}

export function projectFilters(ctx: Ctx): Filters<ProjectRec> {
  const s = ctx.state
  const scope = timeScope(ctx)
  return {
    accountedfor: f.equals(
      (p) => p.accountedfor,
      (v) => v === 'accountedfor',
    ),
    apifields: f.pairs((p) => p.apifields, 'apifieldsmode'),
    categoryid: f.ids((p) => p.categoryid),
    ...f.dateRange('completedate', (p) => p.completedate),
    contacts: f.contacts((p) => projectContactIds(p)),
    customfields: f.pairs((p) => p.customfields, 'customfieldsmode'),
    customstatusid: f.ids((p) => p.customstatusid),
    ...f.dateRange('duedate', (p) => p.duedate),
    groupid: f.ids((p) => p.groupid),
    ...f.idRange(),
    invoiced: f.equals(
      (p) => p.invoiced,
      (v) => v === 'invoiced',
    ),
    // 002 line 1127: over/under/% compare the Invoice Total with the Quote Total (0 Quote Total ignored).
    invoicetotal: f.percent(
      (p) => projectInvoiceTotal(s, p),
      (p) => projectInvoiceTotal(s, p),
      (p) => projectQuoteTotal(s, p),
    ),
    ...f.dateTimeRange('lastmodified', (p) => p.lastmodified),
    managerid: f.contacts((p) => p.managerid),
    paid: f.equals(
      (p) => p.paid,
      (v) => v === 'paid',
    ),
    priority: f.ids((p) => p.priority),
    quotetotal: f.number((p) => projectQuoteTotal(s, p)),
    search: f.text((p) => [p.number, p.title]),
    searchcustomform: f.text((p) => [p.customformtitle, p.customformcontent]),
    searchdescription: f.text((p) => [p.description]),
    searchnumber: f.text((p) => [p.number]),
    searchtitle: f.text((p) => [p.title]),
    ...f.dateRange('startdate', (p) => p.startdate),
    status: f.equals((p) => projectStatus(p)),
    teamid: f.ids((p) => p.teamid),
    timeallocated: f.number((p) => p.timeallocated),
    // 002 line 1228: starred options use the time narrowed by timetrackedby/from/to and timebillable; the others
    // compare the TOTAL time tracked with the time allocated.
    timetracked: f.percent(
      (p) => projectTimeTracked(s, p.id, scope),
      (p) => projectTimeTracked(s, p.id),
      (p) => p.timeallocated,
    ),
  }
}

export function projectList(
  ctx: ListCtx,
  records: readonly ProjectRec[],
): ListEnvelope<'projects', Listed<Schemas['Project']>> {
  return list(ctx, {
    records,
    filters: projectFilters(ctx),
    sort: {
      ...byId,
      title: (p) => p.title,
      number: (p) => p.number,
      startdate: (p) => p.startdate,
      duedate: (p) => p.duedate,
      completedate: (p) => p.completedate,
    },
    view: (p) => projectView(ctx.state, p),
    key: 'projects',
    entity: 'Project',
  })
}

// ── Tasks (002 line 1819, 4187) ─────────────────────────────────────────────────────────────────────────────────

export function taskList(ctx: ListCtx, records: readonly TaskRec[]): ListEnvelope<'tasks', Listed<Schemas['Task']>> {
  const s = ctx.state
  const project = (t: TaskRec) => (t.projectid === null ? undefined : s.projects.get(t.projectid))
  const scope = timeScope(ctx)
  const filters: Filters<TaskRec> = {
    apifields: f.pairs((t) => t.apifields, 'apifieldsmode'),
    billable: f.equals(
      (t) => t.billable,
      (v) => v === 'true',
    ),
    // 002: "General Tasks in specified Category/ies".
    categoryid: f.ids((t) => t.categoryid),
    companyid: f.ids((t) => project(t)?.companyid),
    ...f.dateRange('completedate', (t) => t.completedate),
    contacts: f.contacts((t) => t.contactids),
    // 002: "Using this filter will only return Dependent Tasks that meet the specified status."
    dependentstatus: (value) => (t) => t.dependent && (value === 'all' || t.current === (value === 'current')),
    divisionid: f.equals((t) => project(t)?.divisionid ?? 1, Number),
    ...f.dateRange('duedate', (t) => t.duedate),
    generaltasks: (value) => (value === false ? (t) => t.projectid !== null : undefined),
    ...f.idRange(),
    internalclientgroupid: f.ids((t) => project(t)?.groupid),
    internalclientteamid: f.ids((t) => project(t)?.teamid),
    ...f.dateTimeRange('lastmodified', (t) => t.lastmodified),
    managerid: f.contacts((t) => project(t)?.managerid),
    priority: f.ids((t) => t.priority),
    projectcategoryid: f.ids((t) => project(t)?.categoryid),
    ...f.dateRange('projectcompletedate', (t) => project(t)?.completedate),
    ...f.dateRange('projectduedate', (t) => project(t)?.duedate),
    projectid: f.ids((t) => t.projectid),
    ...f.dateRange('projectstartdate', (t) => project(t)?.startdate),
    // Project status applies to project tasks; general tasks are kept (they have no project).
    projectstatus: (value) =>
      value === 'all' ? undefined : (t) => t.projectid === null || projectStatus(project(t) as ProjectRec) === value,
    projecttasks: (value) => (value === false ? (t) => t.projectid === null : undefined),
    searchdescription: f.text((t) => [t.description]),
    searchname: f.text((t) => [t.name]),
    ...f.dateRange('startdate', (t) => t.startdate),
    status: f.equals((t) => t.status),
    timeallocated: f.number((t) => t.timeallocated),
    timetracked: f.percent(
      (t) => taskTimeTracked(s, t.id, scope),
      (t) => taskTimeTracked(s, t.id),
      (t) => t.timeallocated,
    ),
    type: (value) =>
      value === 'all' ? undefined : value === 'nonheading' ? (t) => t.type !== 'heading' : (t) => t.type === value,
  }
  return list(ctx, {
    records,
    filters,
    sort: {
      ...byId,
      order: (t) => t.order,
      name: (t) => t.name,
      startdate: (t) => t.startdate,
      duedate: (t) => t.duedate,
      completedate: (t) => t.completedate,
      projectid: (t) => t.projectid,
      projectnumber: (t) => project(t)?.number,
      projecttitle: (t) => project(t)?.title,
    },
    view: (t) => taskView(s, t),
    key: 'tasks',
    entity: 'Task',
  })
}

// ── Time (002 line 2134, 4505) ──────────────────────────────────────────────────────────────────────────────────

/** A time list's context: its `subtotals` and `trackedfrom` (the first day of `week` subtotals) besides paging. */
type TimeListCtx = ListCtx & { query: { subtotals?: readonly string[]; trackedfrom?: string } }

export function timeList(
  ctx: TimeListCtx,
  records: readonly TimeRec[],
): TotalsEnvelope<'timerecords', Schemas['TimeRecord']> {
  const s = ctx.state
  const task = (t: TimeRec) => s.tasks.get(t.taskid)
  const project = (t: TimeRec) => projectOfTime(s, t)
  const filters: Filters<TimeRec> = {
    ...f.dateRange('tracked', (t) => t.date),
    apifields: f.pairs((t) => t.apifields, 'apifieldsmode'),
    billable: f.equals(
      (t) => t.billable,
      (v) => v === 'billable',
    ),
    categoryid: f.ids((t) => project(t)?.categoryid),
    companyid: f.ids((t) => project(t)?.companyid),
    contacts: f.contacts((t) => t.contactid),
    generaltasks: (value) => (value === false ? (t) => project(t) !== undefined : undefined),
    ...f.idRange(),
    ...f.dateTimeRange('lastmodified', (t) => t.lastmodified),
    ...f.dateRange('projectcompletedate', (t) => project(t)?.completedate),
    ...f.dateRange('projectduedate', (t) => project(t)?.duedate),
    projectid: f.ids((t) => project(t)?.id),
    ...f.dateRange('projectstartdate', (t) => project(t)?.startdate),
    projecttasks: (value) => (value === false ? (t) => project(t) === undefined : undefined),
    ...f.dateRange('taskcompletedate', (t) => task(t)?.completedate),
    ...f.dateRange('taskduedate', (t) => task(t)?.duedate),
    taskid: f.ids((t) => t.taskid),
    ...f.dateRange('taskstartdate', (t) => task(t)?.startdate),
  }
  const keys = ctx.query.subtotals ?? []
  const from =
    typeof ctx.query.trackedfrom === 'string' ? resolveDate(ctx.query.trackedfrom, ctx.clock.now()) : undefined
  return listWithTotals(ctx, {
    records,
    filters,
    sort: { ...byId, date: (t) => t.date, taskid: (t) => t.taskid, projectid: (t) => project(t)?.id },
    view: (t) => timeView(s, t),
    key: 'timerecords',
    entity: 'TimeRecord',
    totals: (matched) => ({
      total: matched.reduce((sum, t) => sum + t.timetracked, 0),
      ...(keys.length
        ? {
            subtotals: subtotals(
              matched,
              keys,
              (t, key) => {
                const p = project(t)
                const c = s.contacts.get(t.contactid)
                switch (key) {
                  case 'billable':
                    return { billable: t.billable }
                  case 'category':
                    return {
                      categoryid: p?.categoryid ?? 0,
                      categoryname: nameIn(s.settings.projectcategories, p?.categoryid),
                    }
                  case 'company': {
                    const id = p?.companyid ?? c?.companyid ?? 0
                    return { companyid: id, companyname: s.companies.get(id)?.name ?? '' }
                  }
                  case 'contact':
                    return { contactid: t.contactid, contactname: c ? fullName(c) : '' }
                  case 'project':
                    return { projectid: p?.id ?? 0, projectnumber: p?.number ?? '', projecttitle: p?.title ?? '' }
                  case 'task':
                    return { taskid: t.taskid, taskname: task(t)?.name ?? '' }
                  case 'group':
                  case 'internalclientgroup':
                    return { [`${key}id`]: p?.groupid ?? 0, [`${key}name`]: nameIn(s.settings.groups, p?.groupid) }
                  case 'team':
                  case 'internalclientteam':
                    return { [`${key}id`]: p?.teamid ?? 0, [`${key}name`]: nameIn(s.settings.teams, p?.teamid) }
                  default:
                    return dateColumns(key, t.date, from) ?? {}
                }
              },
              (t) => t.timetracked,
            ),
          }
        : {}),
    }),
  })
}

// ── Invoices (002 line 6101, 7028, 691) and quotes (002 line 1513) ──────────────────────────────────────────────

/** An invoice or quote list's context: its `subtotals` besides paging. */
type MoneyListCtx = ListCtx & { query: { subtotals?: readonly string[] } }

/**
 * 002 lines 6322 and 6151: paging and subtotals do not mix, and date groupings need the `…datefrom` parameter of the
 * date they group by (`fromParam`).
 */
function checkSubtotals(ctx: MoneyListCtx, fromParam: string): { keys: readonly string[]; from: string | undefined } {
  const keys = ctx.query.subtotals ?? []
  if (!keys.length) return { keys, from: undefined }
  if (ctx.query.pagenumber !== undefined || ctx.query.pagesize !== undefined) {
    throw new MockError(
      'invalid_parameters',
      "Paging options are not available if you are using the 'subtotals' option",
    )
  }
  const fromValue = ctx.query[fromParam]
  if (keys.some((k) => ['day', 'week', 'month', 'year'].includes(k)) && typeof fromValue !== 'string') {
    throw new MockError('invalid_parameters', `To use date grouping options you must specify '${fromParam}'`)
  }
  return { keys, from: typeof fromValue === 'string' ? resolveDate(fromValue, ctx.clock.now()) : undefined }
}

/** The invoice date each `subtotalsdateoption` groups by (its `…from` parameter is the date's name + `from`). */
const INVOICE_DATES = { invoiced: 'invoiceddate', due: 'duedate', paid: 'paiddate' } as const

export function invoiceList(
  ctx: MoneyListCtx & { query: { subtotalsdateoption?: keyof typeof INVOICE_DATES } },
  records: readonly InvoiceRec[],
): TotalsEnvelope<'invoices', Schemas['Invoice']> {
  const s = ctx.state
  const totals = new Map(records.map((i) => [i.id, invoiceTotals(s, i)]))
  const total = (i: InvoiceRec) => totals.get(i.id) ?? invoiceTotals(s, i)
  const project = (i: InvoiceRec) => (i.projectid === null ? undefined : s.projects.get(i.projectid))
  const filters: Filters<InvoiceRec> = {
    apifields: f.pairs((i) => i.apifields, 'apifieldsmode'),
    companyid: f.ids((i) => i.companyid),
    divisionid: f.equals((i) => i.divisionid, Number),
    ...f.dateRange('duedate', (i) => i.duedate),
    grandtotal: f.number((i) => total(i).grandtotal),
    id: f.ids((i) => i.id),
    ...f.idRange(),
    ...f.dateRange('invoiceddate', (i) => i.invoiceddate),
    ...f.dateTimeRange('lastmodified', (i) => i.lastmodified),
    managerid: f.contacts((i) => project(i)?.managerid),
    ...f.dateRange('paiddate', (i) => i.paiddate),
    projectcategoryid: f.ids((i) => project(i)?.categoryid),
    projectid: f.ids((i) => i.projectid),
    projectstatus: (value) =>
      value === 'all' ? undefined : (i) => !!project(i) && projectStatus(project(i) as ProjectRec) === value,
    search: f.text((i) => [i.number, i.title]),
    searchnumber: f.text((i) => [i.number]),
    searchtitle: f.text((i) => [i.title]),
    status: f.equals((i) => i.status),
    subtotal: f.number((i) => total(i).subtotal),
    taxable: f.equals(
      (i) => i.taxable,
      (v) => v === 'true',
    ),
    taxtotal: f.number((i) => total(i).taxtotal),
  }
  // The engine fills the spec's default (`invoiced`); the type of an optional parameter does not know it.
  const dateKey = INVOICE_DATES[ctx.query.subtotalsdateoption ?? 'invoiced']
  const { keys, from } = checkSubtotals(ctx, `${dateKey}from`)
  return listWithTotals(ctx, {
    records,
    filters,
    sort: {
      ...byId,
      companyname: (i) => s.companies.get(i.companyid)?.name,
      duedate: (i) => i.duedate,
      invoiceddate: (i) => i.invoiceddate,
      number: (i) => i.number,
      title: (i) => i.title,
    },
    view: (i) => invoiceView(s, i, false),
    key: 'invoices',
    entity: 'Invoice',
    totals: moneyTotals(
      s,
      keys,
      from,
      (i) => i[dateKey],
      (i) => total(i).grandtotal,
    ),
  })
}

/**
 * The `total` and optional `subtotals` (by company, project, status or a date column) that invoice and quote lists
 * add to their envelope (002: "subtotals" on View Invoices and View Quotes).
 */
function moneyTotals<T extends { companyid: number; projectid: number | null; status: string }>(
  s: Ctx['state'],
  keys: ReturnType<typeof checkSubtotals>['keys'],
  from: ReturnType<typeof checkSubtotals>['from'],
  date: (record: T) => string | null,
  amount: (record: T) => number,
): (matched: readonly T[]) => Totals {
  const project = (r: T) => (r.projectid === null ? undefined : s.projects.get(r.projectid))
  return (matched) => ({
    total: Math.round(matched.reduce((sum, r) => sum + amount(r), 0) * 100) / 100,
    ...(keys.length
      ? {
          subtotals: subtotals(
            matched,
            keys,
            (r, key) => {
              if (key === 'company')
                return { companyid: r.companyid, companyname: s.companies.get(r.companyid)?.name ?? '' }
              if (key === 'project')
                return {
                  projectid: r.projectid ?? 0,
                  projectnumber: project(r)?.number ?? '',
                  projecttitle: project(r)?.title ?? '',
                }
              if (key === 'status') return { status: r.status }
              return dateColumns(key, date(r), from) ?? {}
            },
            amount,
          ),
        }
      : {}),
  })
}

/** The quote date each `subtotalsdateoption` groups by (its `…from` parameter is the date's name + `from`). */
const QUOTE_DATES = { quoted: 'quoteddate', approved: 'approveddate' } as const

export function quoteList(
  ctx: MoneyListCtx & { query: { subtotalsdateoption?: keyof typeof QUOTE_DATES } },
  records: readonly QuoteRec[],
): TotalsEnvelope<'quotes', Schemas['Quote']> {
  const s = ctx.state
  const filters: Filters<QuoteRec> = {
    apifields: f.pairs((q) => q.apifields, 'apifieldsmode'),
    ...f.dateRange('approveddate', (q) => q.approveddate),
    grandtotal: f.number((q) => q.grandtotal),
    ...f.idRange(),
    ...f.dateTimeRange('lastmodified', (q) => q.lastmodified),
    ...f.dateRange('quoteddate', (q) => q.quoteddate),
    search: f.text((q) => [q.number, q.title]),
    searchnumber: f.text((q) => [q.number]),
    searchtitle: f.text((q) => [q.title]),
    // 002 line 1659: "active - Pending and Approved Quotes".
    status: (value) =>
      value === 'all' ? undefined : value === 'active' ? (q) => q.status !== 'declined' : (q) => q.status === value,
    subtotal: f.number((q) => q.subtotal),
    taxable: f.equals(
      (q) => q.taxable,
      (v) => v === 'true',
    ),
    taxtotal: f.number((q) => q.taxtotal),
    type: f.equals((q) => q.type),
    ...f.dateRange('validtodate', (q) => q.validtodate),
  }
  // The engine fills the spec's default (`quoted`); the type of an optional parameter does not know it.
  const dateKey = QUOTE_DATES[ctx.query.subtotalsdateoption ?? 'quoted']
  const { keys, from } = checkSubtotals(ctx, `${dateKey}from`)
  return listWithTotals(ctx, {
    records,
    filters,
    sort: { ...byId, number: (q) => q.number, title: (q) => q.title },
    view: (q) => quoteView(s, q),
    key: 'quotes',
    entity: 'Quote',
    totals: moneyTotals(
      s,
      keys,
      from,
      (q) => q[dateKey],
      (q) => q.grandtotal,
    ),
  })
}

// ── Notes (002 line 7618; company and contact notes 895, 3395) ─────────────────────────────────────────────────

/** `search` looks in the title for the Notes section (002 line 7701) and in the content for a company's or contact's notes. */
export function noteList(
  ctx: ListCtx,
  records: readonly NoteRec[],
  searchIn: 'title' | 'content' = 'title',
): ListEnvelope<'notes', Listed<Schemas['Note']>> {
  const s = ctx.state
  const details = ctx.query.contactdetails === true
  const filters: Filters<NoteRec> = {
    categoryid: f.ids((n) => n.categoryid),
    contacts: f.contacts((n) => audienceIds(s, n.audience)),
    ...f.dateRange('date', (n) => n.date),
    divisionid: (value) => (Number(value) === 1 ? undefined : () => false),
    id: f.ids((n) => n.id),
    ...f.idRange(),
    ...f.dateTimeRange('lastmodified', (n) => n.lastmodified),
    search: f.text((n) => [searchIn === 'title' ? n.title : n.content]),
  }
  return list(ctx, {
    records,
    filters,
    sort: { ...byId, title: (n) => n.title, date: (n) => n.date },
    view: (n) => noteView(s, n, details),
    key: 'notes',
    entity: 'Note',
  })
}
