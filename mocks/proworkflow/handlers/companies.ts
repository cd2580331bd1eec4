/** Companies (23 operations, 002 lines 4-2604). */
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import {
  added,
  bodies,
  bodyOf,
  type Ctx,
  deleted,
  find,
  forbidden,
  mergeFieldValues,
  notFound,
  one,
  plainList,
  stamp,
  strings,
  updated,
} from '../common.ts'
import { pageOf } from '../query.ts'
import type { CompanyRec } from '../records.ts'
import type { PwState } from '../state.ts'
import { companyView, fullName, invoiceTotals, namedList, noteView, projectOfTime, projectStatus } from '../views.ts'
import {
  checkCompany,
  checkContact,
  COMPANY_TEXT,
  createAttachedNote,
  createCompany,
  createContact,
  createProject,
  imageFor,
  settingIds,
} from './create.ts'
import { companyList, contactList, invoiceList, noteList, projectList, quoteList, taskList, timeList } from './lists.ts'

const company = (ctx: Ctx): CompanyRec => find(ctx.state.companies, ctx.params.companyid)
const listed = (ctx: Ctx) => ctx.state.companies.all()

/** Contacts of a company, and the company's own records (its projects' tasks, time on its projects or by its people). */
const contactsOf = (ctx: Ctx, id: number) => ctx.state.contacts.filter((c) => c.companyid === id)
const projectsOf = (ctx: Ctx, id: number) => ctx.state.projects.filter((p) => p.companyid === id)

function companyNote(ctx: Ctx) {
  const c = company(ctx)
  const note = ctx.state.notes.get(Number(ctx.params.noteid))
  if (!note || note.companyid !== c.id) notFound('Note', String(ctx.params.noteid))
  return note
}

export const companyHandlers: Record<string, Handler<PwState>> = {
  /** View Companies (002 line 4). */
  listCompanies: (ctx) => companyList(ctx, listed(ctx)),
  /** View Client / Contractor / Staff Companies (002 lines 2358, 2481, 2604). */
  listClientCompanies: (ctx) =>
    companyList(
      ctx,
      listed(ctx).filter((c) => c.type === 'client'),
    ),
  listContractorCompanies: (ctx) =>
    companyList(
      ctx,
      listed(ctx).filter((c) => c.type === 'contractor'),
    ),
  listStaffCompanies: (ctx) =>
    companyList(
      ctx,
      listed(ctx).filter((c) => c.type === 'staff'),
    ),

  /** Add a Company/Companies (002 line 145): one object or an array; 201 with one `details` entry per company. */
  addCompanies(ctx) {
    const batch = Array.isArray(ctx.body)
    for (const body of bodies(ctx)) checkCompany(ctx, body)
    const made = bodies(ctx).map((body) => createCompany(ctx, body, batch))
    return added(
      'Company',
      made.map((c) => ({ id: c.id, name: c.name })),
      true,
    )
  },

  /** View a Company (002 line 277): every key. */
  getCompany: (ctx) => one('company', companyView(ctx.state, company(ctx))),

  /** Edit a Company (002 line 317): partial; an empty string clears a field. */
  editCompany(ctx) {
    const c = company(ctx)
    const body = bodyOf(ctx)
    const s = ctx.state
    s.companies.update(c.id, {
      ...strings(body, COMPANY_TEXT),
      apifields: mergeFieldValues(c.apifields, body.apifields, s.settings.apifields, 'apifields'),
      image: imageFor('companies', c.id, body.imagecontent, c.image),
      lastmodified: stamp(ctx),
    })
    return updated('Company', c.id)
  },

  /**
   * Delete a Company (002 line 294): "deletes a Company and optionally the associated Contacts" (`deletecontacts`,
   * default true); kept contacts stay without a company. Its notes go with it. The account's own staff company
   * cannot be deleted (inferred: it holds the users).
   */
  deleteCompany(ctx) {
    const c = company(ctx)
    const s = ctx.state
    if (c.type === 'staff') forbidden('The staff company of the account cannot be deleted')
    if (ctx.query.deletecontacts !== false) for (const contact of contactsOf(ctx, c.id)) s.contacts.delete(contact.id)
    for (const note of s.notes.filter((n) => n.companyid === c.id)) s.notes.delete(note.id)
    s.companies.delete(c.id)
    return deleted('Company', c.id)
  },

  /** View Contacts for a Company (002 line 422). */
  listCompanyContacts: (ctx) => contactList(ctx, contactsOf(ctx, company(ctx).id)),

  /** Add a Contact/s to a Company (002 line 544): the contacts take the company's type. */
  addCompanyContacts(ctx) {
    const c = company(ctx)
    const batch = Array.isArray(ctx.body)
    for (const body of bodies(ctx)) checkContact(ctx, body, { companyid: c.id })
    const made = bodies(ctx).map((body) => createContact(ctx, body, batch, { companyid: c.id, type: c.type }))
    return added(
      'Contact',
      made.map((x) => ({ id: x.id, name: fullName(x) })),
      true,
    )
  },

  /** View Invoices for a Company (002 line 691). */
  listCompanyInvoices: (ctx) =>
    invoiceList(
      ctx,
      ctx.state.invoices.filter((i) => i.companyid === company(ctx).id),
    ),

  /** View Quotes for a Company (002 line 1513). */
  listCompanyQuotes: (ctx) =>
    quoteList(
      ctx,
      ctx.state.quotes.filter((q) => q.companyid === company(ctx).id),
    ),

  /** View Notes for a Company (002 line 895). */
  listCompanyNotes(ctx) {
    const c = company(ctx)
    return noteList(
      ctx,
      ctx.state.notes.filter((n) => n.companyid === c.id),
      'content',
    )
  },
  /** Add a Note to a Company (002 line 935; C live: `content` required). */
  addCompanyNote(ctx) {
    const note = createAttachedNote(ctx, bodyOf(ctx), { companyid: company(ctx).id })
    return added('Note', [{ id: note.id }])
  },
  getCompanyNote: (ctx) => one('note', noteView(ctx.state, companyNote(ctx))),
  deleteCompanyNote(ctx) {
    const note = companyNote(ctx)
    ctx.state.notes.delete(note.id)
    return deleted('Note', note.id)
  },

  /** View Projects for a Company (002 line 996). */
  listCompanyProjects: (ctx) => projectList(ctx, projectsOf(ctx, company(ctx).id)),
  /** Add a Project (002 line 1334). */
  addCompanyProject(ctx) {
    const project = createProject(ctx, bodyOf(ctx), company(ctx))
    return added('Project', [{ id: project.id, number: project.number, title: project.title }])
  },

  /** View Tasks for a Company (002 line 1819): tasks of the company's projects. */
  listCompanyTasks(ctx) {
    const projects = new Set(projectsOf(ctx, company(ctx).id).map((p) => p.id))
    return taskList(
      ctx,
      ctx.state.tasks.filter((t) => t.projectid !== null && projects.has(t.projectid)),
    )
  },

  /** View Time Tracked for a Company (002 line 2134): time on its projects, or tracked by its contacts (inferred). */
  listCompanyTime(ctx) {
    const c = company(ctx)
    const s = ctx.state
    return timeList(
      ctx,
      s.time.filter((t) => projectOfTime(s, t)?.companyid === c.id || s.contacts.get(t.contactid)?.companyid === c.id),
    )
  },

  /** View Tags for a Company (002 line 1774). */
  listCompanyTags: (ctx) => plainList('tags', namedList(ctx.state.settings.tags, company(ctx).tagids)),

  /** Add/Remove Tags for a Company (002 line 1791): `remove: true` removes them. */
  changeCompanyTags(ctx) {
    const c = company(ctx)
    const body = bodyOf(ctx)
    const ids = settingIds(ctx.state.settings.tags, body.tagid, 'tagid') ?? []
    const tagids =
      body.remove === true
        ? c.tagids.filter((t) => !ids.includes(t))
        : [...new Set([...c.tagids, ...ids])].sort((a, b) => a - b)
    ctx.state.companies.update(c.id, { tagids, lastmodified: stamp(ctx) })
    return updated('Company', c.id)
  },

  /**
   * Company Summary (002 line 1726): up to `pagesize` rows (page `pagenumber`) of each data type: contacts for every
   * company; unpaid invoices, active projects, pending quotes and active tasks for client companies only.
   */
  getCompanySummary(ctx) {
    const c = company(ctx)
    const s = ctx.state
    const types = ctx.query.types as string[]
    const want = (t: string) => types.includes('all') || types.includes(t)
    const page = <T>(rows: readonly T[]) => [
      ...pageOf(rows, ctx.query.pagenumber as number, ctx.query.pagesize as number),
    ]
    const companyCols = { companyid: c.id, companyname: c.name }
    const summary: Record<string, unknown[]> = {}
    if (want('contacts')) {
      summary.contacts = page(contactsOf(ctx, c.id)).map((x) => ({
        id: x.id,
        firstname: x.firstname,
        lastname: x.lastname,
        ...companyCols,
        email: x.email,
        workphone: x.workphone,
      }))
    }
    if (c.type === 'client') {
      const projects = projectsOf(ctx, c.id)
      if (want('invoices')) {
        summary.invoices = page(s.invoices.filter((i) => i.companyid === c.id && i.status === 'unpaid')).map((i) => ({
          id: i.id,
          number: i.number,
          title: i.title,
          ...companyCols,
          ...invoiceTotals(s, i),
        }))
      }
      if (want('projects'))
        summary.projects = page(projects.filter((p) => projectStatus(p) === 'active')).map((p) => ({
          id: p.id,
          number: p.number,
          title: p.title,
          ...companyCols,
        }))
      if (want('quotes')) {
        summary.quotes = page(s.quotes.filter((q) => q.companyid === c.id && q.status === 'pending')).map((q) => ({
          id: q.id,
          number: q.number,
          title: q.title,
          ...companyCols,
          subtotal: q.subtotal,
          taxtotal: q.taxtotal,
          grandtotal: q.grandtotal,
        }))
      }
      if (want('tasks')) {
        const ids = new Map(projects.map((p) => [p.id, p]))
        summary.tasks = page(
          s.tasks.filter((t) => t.status === 'active' && t.projectid !== null && ids.has(t.projectid)),
        ).map((t) => {
          const p = ids.get(t.projectid as number)
          return {
            id: t.id,
            name: t.name,
            order: t.order,
            projectid: t.projectid,
            projectnumber: p?.number ?? '',
            projecttitle: p?.title ?? '',
          }
        })
      }
    }
    return json(200, { status: 'Success', count: 1, summary })
  },
}
