/** Companies (23 operations, 002 lines 4-2604). */
import { type Ctx, type CtxWithParams, find, forbidden, pwHandlers, type Schemas, stamp, strings } from '../common.ts'
import { added, one, plainList, removed, updated } from '../envelopes.ts'
import type { CompanyRec, CompanyType } from '../records.ts'
import { companyView, fullName, invoiceTotals, namedList, projectOfTime, projectStatus } from '../views.ts'
import {
  addBatch,
  changedIds,
  checkCompany,
  checkContact,
  COMPANY_TEXT,
  commonEdits,
  createCompany,
  createContact,
  createProject,
} from './create.ts'
import { notesTab } from './attached-notes.ts'
import { numberedRow, summaryRecord, summaryScope, taskRow } from './summary.ts'
import { companyList, contactList, invoiceList, projectList, quoteList, taskList, timeList } from './lists.ts'

const company = (ctx: CtxWithParams<{ companyid: number }>): CompanyRec =>
  find(ctx.state.companies, ctx.params.companyid)
const listed = (ctx: Ctx) => ctx.state.companies.all()
const ofType = (ctx: Ctx, type: CompanyType) => listed(ctx).filter((c) => c.type === type)

/** Contacts of a company, and the company's own records (its projects' tasks, time on its projects or by its people). */
const contactsOf = (ctx: Ctx, id: number) => ctx.state.contacts.filter((c) => c.companyid === id)
const projectsOf = (ctx: Ctx, id: number) => ctx.state.projects.filter((p) => p.companyid === id)

const notes = notesTab<{ companyid: number }>('companyid', (ctx) => company(ctx).id)

export const companyHandlers = pwHandlers({
  /** View Companies (002 line 4). */
  listCompanies: (ctx) => ctx.json(200, companyList(ctx, listed(ctx))),
  /** View Client / Contractor / Staff Companies (002 lines 2358, 2481, 2604). */
  listClientCompanies: (ctx) => ctx.json(200, companyList(ctx, ofType(ctx, 'client'))),
  listContractorCompanies: (ctx) => ctx.json(200, companyList(ctx, ofType(ctx, 'contractor'))),
  listStaffCompanies: (ctx) => ctx.json(200, companyList(ctx, ofType(ctx, 'staff'))),

  /** Add a Company/Companies (002 line 145): one object or an array; 201 with one `details` entry per company. */
  addCompanies(ctx) {
    const made = addBatch(
      ctx.body,
      (body) => checkCompany(ctx, body),
      (body, batch) => createCompany(ctx, body, batch),
    )
    const details = made.map((c) => ({ id: c.id, name: c.name }))
    return ctx.json(201, added('Company', details, true))
  },

  /** View a Company (002 line 277): every key. */
  getCompany: (ctx) => ctx.json(200, one('company', companyView(ctx.state, company(ctx)))),

  /** Edit a Company (002 line 317): partial; an empty string clears a field. */
  editCompany(ctx) {
    const c = company(ctx)
    ctx.state.companies.update(c.id, {
      ...strings(ctx.body, COMPANY_TEXT),
      ...commonEdits(ctx, 'companies', c, ctx.body),
    })
    return ctx.json(200, updated('Company', c.id))
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
    return ctx.json(200, removed(s.companies, c.id))
  },

  /** View Contacts for a Company (002 line 422). */
  listCompanyContacts: (ctx) => ctx.json(200, contactList(ctx, contactsOf(ctx, company(ctx).id))),

  /** Add a Contact/s to a Company (002 line 544): the contacts take the company's type. */
  addCompanyContacts(ctx) {
    const c = company(ctx)
    const made = addBatch(
      ctx.body,
      (body) => checkContact(ctx, body, { companyid: c.id }),
      (body, batch) => createContact(ctx, body, batch, { companyid: c.id, type: c.type }),
    )
    const details = made.map((x) => ({ id: x.id, name: fullName(x) }))
    return ctx.json(201, added('Contact', details, true))
  },

  /** View Invoices for a Company (002 line 691). */
  listCompanyInvoices: (ctx) =>
    ctx.json(
      200,
      invoiceList(
        ctx,
        ctx.state.invoices.filter((i) => i.companyid === company(ctx).id),
      ),
    ),

  /** View Quotes for a Company (002 line 1513). */
  listCompanyQuotes: (ctx) =>
    ctx.json(
      200,
      quoteList(
        ctx,
        ctx.state.quotes.filter((q) => q.companyid === company(ctx).id),
      ),
    ),

  /** View Notes for a Company, Add a Note to a Company… (002 lines 895, 935): the company's Notes tab. */
  listCompanyNotes: (ctx) => ctx.json(200, notes.list(ctx)),
  addCompanyNote: (ctx) => ctx.json(201, notes.add(ctx)),
  getCompanyNote: (ctx) => ctx.json(200, notes.get(ctx)),
  deleteCompanyNote: (ctx) => ctx.json(200, notes.remove(ctx)),

  /** View Projects for a Company (002 line 996). */
  listCompanyProjects: (ctx) => ctx.json(200, projectList(ctx, projectsOf(ctx, company(ctx).id))),
  /** Add a Project (002 line 1334). */
  addCompanyProject(ctx) {
    const project = createProject(ctx, ctx.body, company(ctx))
    return ctx.json(201, added('Project', [{ id: project.id, number: project.number, title: project.title }]))
  },

  /** View Tasks for a Company (002 line 1819): tasks of the company's projects. */
  listCompanyTasks(ctx) {
    const projects = new Set(projectsOf(ctx, company(ctx).id).map((p) => p.id))
    return ctx.json(
      200,
      taskList(
        ctx,
        ctx.state.tasks.filter((t) => t.projectid !== null && projects.has(t.projectid)),
      ),
    )
  },

  /** View Time Tracked for a Company (002 line 2134): time on its projects, or tracked by its contacts (inferred). */
  listCompanyTime(ctx) {
    const c = company(ctx)
    const s = ctx.state
    return ctx.json(
      200,
      timeList(
        ctx,
        s.time.filter(
          (t) => projectOfTime(s, t)?.companyid === c.id || s.contacts.get(t.contactid)?.companyid === c.id,
        ),
      ),
    )
  },

  /** View Tags for a Company (002 line 1774). */
  listCompanyTags: (ctx) => ctx.json(200, plainList('tags', namedList(ctx.state.settings.tags, company(ctx).tagids))),

  /** Add/Remove Tags for a Company (002 line 1791): `remove: true` removes them. */
  changeCompanyTags(ctx) {
    const c = company(ctx)
    const tagids = changedIds(c.tagids, ctx.state.settings.tags, ctx.body.tagid, 'tagid', ctx.body.remove)
    ctx.state.companies.update(c.id, { tagids, lastmodified: stamp(ctx) })
    return ctx.json(200, updated('Company', c.id))
  },

  /**
   * Company Summary (002 line 1726): up to `pagesize` rows (page `pagenumber`) of each data type: contacts for every
   * company; unpaid invoices, active projects, pending quotes and active tasks for client companies only.
   */
  getCompanySummary(ctx) {
    const c = company(ctx)
    const s = ctx.state
    const { want, page } = summaryScope(ctx.query)
    const companyCols = { companyid: c.id, companyname: c.name }
    const summary: Schemas['SummaryRecord']['summary'] = {}
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
          ...numberedRow(i, companyCols),
          ...invoiceTotals(s, i),
        }))
      }
      if (want('projects'))
        summary.projects = page(projects.filter((p) => projectStatus(p) === 'active')).map((p) =>
          numberedRow(p, companyCols),
        )
      if (want('quotes')) {
        summary.quotes = page(s.quotes.filter((q) => q.companyid === c.id && q.status === 'pending')).map((q) => ({
          ...numberedRow(q, companyCols),
          subtotal: q.subtotal,
          taxtotal: q.taxtotal,
          grandtotal: q.grandtotal,
        }))
      }
      if (want('tasks')) {
        const ids = new Map(projects.map((p) => [p.id, p]))
        summary.tasks = page(
          s.tasks.filter((t) => t.status === 'active' && t.projectid !== null && ids.has(t.projectid)),
        ).map((t) => taskRow(t, (id) => ids.get(id)))
      }
    }
    return ctx.json(200, summaryRecord(summary))
  },
})
