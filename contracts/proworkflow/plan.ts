/**
 * The ProWorkflow (classic API) contract plan: a request that can succeed for each of the 99 operations, then the
 * scenarios and documented errors the generated checks cannot derive: add → view → edit → view → delete → 404 for every
 * writable resource, the query language (fields, ID lists, negation, search, relative and "ago" dates, comparisons, `me`,
 * sort, paging), 401 for each half of the dual auth, 400 for paging misuse and invalid bodies.
 *
 * Ids are never hard-coded: the reads remember the first record they list (so the plan works on the seeded mock and on
 * a live account); the run creates its own company, contacts, event, expense, file, invoice, message and notes,
 * changes only those and deletes them. Calls that leave records the API cannot delete (projects, custom folders,
 * project requests, access requests), change the user's own contact, or send e-mails (password reset) are `shared`:
 * mock only, even with `--write`.
 */
import { basicAuth, headerKeyAuth, type AuthProvider } from '../../src/contract/auth.ts'
import type { ContractResponse } from '../../src/contract/client.ts'
import { startLocalMock } from '../local-mock.ts'
import { defineContractPlan, type PlanCheck, type PlanStep, type StepContext } from '../../src/contract/plan.ts'
import type { RequestOverrides, Vars } from '../../src/contract/request-builder.ts'
import { isMock, type LocalTargets, type TargetInfo } from '../../src/contract/target.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
// The generated JSON copy of the spec (npm run gen:types; check:types keeps it current): parsing the YAML took seconds.
import spec from '../../specs/proworkflow/openapi.gen.json' with { type: 'json' }
import { PROWORKFLOW_DEFAULTS, RATE_WINDOW_SECONDS } from '../../mocks/proworkflow/defaults.ts'

/** The mock's demo credentials. */
export const DEMO = PROWORKFLOW_DEFAULTS

/** The environment variables the plan reads (documented in contracts/README.md). */
export const ENV = {
  apiKey: 'PROWORKFLOW_APIKEY',
  username: 'PROWORKFLOW_USERNAME',
  password: 'PROWORKFLOW_PASSWORD',
} as const

type Rec = Record<string, unknown>
const body = (res: ContractResponse): Rec => (res.body && typeof res.body === 'object' ? (res.body as Rec) : {})
const listOf =
  (key: string) =>
  (res: ContractResponse): Rec[] =>
    Array.isArray(body(res)[key]) ? (body(res)[key] as Rec[]) : []
const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && typeof (value as Rec).id === 'number'
    ? ((value as Rec).id as number)
    : undefined
const addedId = (res: ContractResponse): number | undefined => idOf((body(res).details as unknown[] | undefined)?.[0])

/** Both halves of the dual auth: the `apikey` header and HTTP Basic. */
function dualAuth(apiKey: string, username: string, password: string, description: string): AuthProvider {
  const key = headerKeyAuth('apikey', apiKey)
  const basic = basicAuth(username, password)
  return { description, headers: async (ctx) => ({ ...(await key.headers(ctx)), ...(await basic.headers(ctx)) }) }
}

const basicHeader = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

/** Remembers the id of the first listed record that matches (keeps an earlier value). */
function remember(name: string, key: string, pick: (rows: Rec[]) => Rec | undefined = (rows) => rows[0]) {
  return (res: ContractResponse, ctx: StepContext) => {
    const id = idOf(pick(listOf(key)(res)))
    if (id !== undefined && ctx.vars[name] === undefined) ctx.vars[name] = id
  }
}

/** Remembers a record the run added and registers the delete that undoes it. */
function created(
  name: string,
  undo?: { operationId: string; path: (id: number, vars: Vars) => Record<string, number> },
) {
  return (res: ContractResponse, ctx: StepContext) => {
    const id = addedId(res)
    if (id === undefined) return
    ctx.vars[name] = id
    if (undo) ctx.track(name, ctx.request(undo.operationId, { path: undo.path(id, ctx.vars), body: undefined }))
  }
}

const forgotten = (name: string) => (_res: ContractResponse, ctx: StepContext) => ctx.forget(name)

const at =
  (path: Record<string, string>) =>
  (v: Vars): RequestOverrides => ({
    path: Object.fromEntries(Object.entries(path).map(([param, name]) => [param, v[name] as number])),
  })

/** Records the run creates are dated in 2031, far from real ones. */
const RUN = 'Contract suite (safe to delete)'

const mockOnly = (reason: string) => (target: TargetInfo) =>
  isMock(target.kind) ? undefined : `${reason}: runs against a mock only`

const steps: PlanStep[] = [
  // ── Reads: who we are, and ids to read ──────────────────────────────────────────────────────────────────────
  { operationId: 'login', after: (res, ctx) => void (ctx.vars.meId ??= idOf(body(res).contact)) },
  { operationId: 'getMe' },
  {
    operationId: 'listCompanies',
    request: () => ({ query: { fields: 'name,tags' } }),
    after: remember(
      'tagId',
      'companies',
      (rows) => (rows.find((c) => Array.isArray(c.tags) && c.tags.length)?.tags as Rec[] | undefined)?.[0],
    ),
  },
  {
    operationId: 'listClientCompanies',
    request: () => ({ query: { sortby: 'id' } }),
    after: remember('companyid', 'companies'),
  },
  { operationId: 'listContractorCompanies' },
  { operationId: 'listStaffCompanies', after: remember('staffCompanyId', 'companies') },
  { operationId: 'getCompany', needs: ['companyid'] },
  {
    operationId: 'listCompanyContacts',
    needs: ['companyid'],
    request: () => ({ query: { sortby: 'id' } }),
    after: remember('contactid', 'contacts'),
  },
  { operationId: 'listCompanyInvoices', needs: ['companyid'], request: () => ({ query: { status: 'all' } }) },
  { operationId: 'listCompanyNotes', needs: ['companyid'], after: remember('companyNoteId', 'notes') },
  {
    operationId: 'getCompanyNote',
    needs: ['companyid', 'companyNoteId'],
    request: (v) => ({ path: { noteid: v.companyNoteId as number } }),
  },
  {
    operationId: 'listCompanyProjects',
    needs: ['companyid'],
    request: () => ({ query: { status: 'all' } }),
    after: remember('projectId', 'projects'),
  },
  { operationId: 'listCompanyQuotes', needs: ['companyid'], request: () => ({ query: { status: 'all' } }) },
  { operationId: 'getCompanySummary', needs: ['companyid'] },
  { operationId: 'listCompanyTags', needs: ['companyid'] },
  { operationId: 'listCompanyTasks', needs: ['companyid'], request: () => ({ query: { status: 'all' } }) },
  {
    operationId: 'listCompanyTime',
    needs: ['companyid'],
    request: () => ({ query: { fields: 'contact,task,timetracked', trackedfrom: '-1m', subtotals: 'contact' } }),
  },
  { operationId: 'listContacts' },
  { operationId: 'listStaffContacts' },
  { operationId: 'listClientContacts' },
  { operationId: 'listContractorContacts' },
  { operationId: 'getContact', needs: ['contactid'] },
  {
    operationId: 'listContactGroups',
    needs: ['meId'],
    request: at({ contactid: 'meId' }),
    after: remember('groupId', 'groups'),
  },
  {
    operationId: 'listContactRoles',
    needs: ['meId'],
    request: at({ contactid: 'meId' }),
    after: remember('roleId', 'roles'),
  },
  { operationId: 'listContactTags', needs: ['contactid'] },
  { operationId: 'getContactLocation', needs: ['meId'], request: at({ contactid: 'meId' }) },
  { operationId: 'listContactLocations' },
  { operationId: 'listContactNotes', needs: ['contactid'], after: remember('contactNoteId', 'notes') },
  {
    operationId: 'getContactNote',
    needs: ['contactid', 'contactNoteId'],
    request: (v) => ({ path: { noteid: v.contactNoteId as number } }),
  },
  {
    operationId: 'listContactPermissions',
    needs: ['meId'],
    request: at({ contactid: 'meId' }),
    after: remember('permissionid', 'permissions'),
  },
  { operationId: 'checkContactPermission', needs: ['meId', 'permissionid'], request: at({ contactid: 'meId' }) },
  {
    operationId: 'listContactProjects',
    needs: ['meId'],
    request: (v) => ({ ...at({ contactid: 'meId' })(v), query: { status: 'all' } }),
  },
  { operationId: 'listContactTasks', needs: ['meId'], request: at({ contactid: 'meId' }) },
  {
    operationId: 'listContactTime',
    needs: ['meId'],
    request: (v) => ({ ...at({ contactid: 'meId' })(v), query: { fields: 'dates,timetracked', trackedfrom: '-1m' } }),
  },
  { operationId: 'getContactSummary', needs: ['meId'], request: at({ contactid: 'meId' }) },
  { operationId: 'listEvents', after: remember('eventid', 'events') },
  { operationId: 'getEvent', needs: ['eventid'] },
  {
    operationId: 'listExpenses',
    request: () => ({ query: { projectstatus: 'all' } }),
    after: remember('expenseid', 'expenses'),
  },
  { operationId: 'getExpense', needs: ['expenseid'] },
  {
    operationId: 'listFiles',
    request: () => ({ query: { projectstatus: 'all' } }),
    after: remember('fileid', 'files'),
  },
  { operationId: 'getFile', needs: ['fileid'] },
  {
    operationId: 'listFolders',
    request: () => ({ query: { projectstatus: 'all' } }),
    after: remember('folderid', 'folders'),
  },
  { operationId: 'getFolder', needs: ['folderid'] },
  {
    operationId: 'listInvoices',
    request: () => ({ query: { status: 'all' } }),
    after: remember('invoiceid', 'invoices'),
  },
  { operationId: 'getInvoice', needs: ['invoiceid'] },
  { operationId: 'listInvoiceLines', needs: ['invoiceid'], after: remember('lineid', 'lines') },
  { operationId: 'getInvoiceLine', needs: ['invoiceid', 'lineid'] },
  { operationId: 'listOverdueInvoices' },
  {
    operationId: 'listMessages',
    request: () => ({ query: { projectstatus: 'all' } }),
    after: remember('messageid', 'messages'),
  },
  { operationId: 'getMessage', needs: ['messageid'] },
  {
    operationId: 'listNotes',
    request: () => ({ query: { fields: 'title,category' } }),
    after(res, ctx) {
      remember('noteid', 'notes')(res, ctx)
      // The category of the run's own note: one the account uses.
      const category = listOf('notes')(res).find((n) => typeof n.categoryid === 'number')?.categoryid
      if (typeof category === 'number') ctx.vars.noteCategoryId ??= category
    },
  },
  { operationId: 'getNote', needs: ['noteid'] },
  { operationId: 'listProjectRequests' },

  // ── Writes on the run's own records ───────────────────────────────────────────────────────────────────────────
  {
    operationId: 'addCompanies',
    request: () => ({ body: { name: `${RUN} Co`, type: 'client', code: 'CSC' } }),
    after: created('runCompanyId', { operationId: 'deleteCompany', path: (id) => ({ companyid: id }) }),
  },
  {
    operationId: 'editCompany',
    needs: ['runCompanyId'],
    request: (v) => ({ path: { companyid: v.runCompanyId as number }, body: { code: 'CSC2', city: '' } }),
  },
  {
    operationId: 'changeCompanyTags',
    needs: ['runCompanyId', 'tagId'],
    request: (v) => ({ path: { companyid: v.runCompanyId as number }, body: { tagid: String(v.tagId) } }),
  },
  {
    operationId: 'addCompanyContacts',
    needs: ['runCompanyId'],
    request: (v) => ({
      path: { companyid: v.runCompanyId as number },
      body: { firstname: 'Contract', lastname: 'Suite', email: 'contract-suite@example.com' },
    }),
    after: created('runContactId', { operationId: 'deleteContact', path: (id) => ({ contactid: id }) }),
  },
  {
    operationId: 'addContacts',
    needs: ['staffCompanyId'],
    // A staff contact without login access (no seat), for the group and role calls.
    request: (v) => ({
      body: {
        companyid: v.staffCompanyId,
        type: 'staff',
        firstname: 'Contract',
        lastname: 'Suite Staff',
        allowlogin: false,
      },
    }),
    after: created('runStaffId', { operationId: 'deleteContact', path: (id) => ({ contactid: id }) }),
  },
  {
    operationId: 'editContact',
    needs: ['runContactId'],
    request: (v) => ({ path: { contactid: v.runContactId as number }, body: { title: 'Tester', workphone: '' } }),
  },
  {
    operationId: 'changeContactGroups',
    needs: ['runStaffId', 'groupId'],
    request: (v) => ({ path: { contactid: v.runStaffId as number }, body: { groupid: String(v.groupId) } }),
  },
  {
    operationId: 'changeContactRoles',
    needs: ['runStaffId', 'roleId'],
    request: (v) => ({ path: { contactid: v.runStaffId as number }, body: { roleid: String(v.roleId) } }),
  },
  {
    operationId: 'changeContactTags',
    needs: ['runContactId', 'tagId'],
    request: (v) => ({ path: { contactid: v.runContactId as number }, body: { tagid: String(v.tagId) } }),
  },
  {
    operationId: 'updateContactLocation',
    needs: ['runContactId'],
    request: (v) => ({
      path: { contactid: v.runContactId as number },
      body: { latitude: 40.68906, longitude: -74.044502 },
    }),
  },
  {
    operationId: 'updateContactLocationViaPost',
    needs: ['runContactId'],
    // POST is the mock's reading of the reference's "Sample POST data" label; the method's only source says PUT.
    skip: mockOnly('POST on this path is inferred from the sample\'s "POST data" label (the catalogue says PUT)'),
    request: (v) => ({
      path: { contactid: v.runContactId as number },
      body: { latitude: 51.507351, longitude: -0.127758 },
    }),
  },
  {
    operationId: 'addCompanyNote',
    needs: ['runCompanyId'],
    request: (v) => ({ path: { companyid: v.runCompanyId as number }, body: { content: RUN } }),
    after: created('runCompanyNoteId', {
      operationId: 'deleteCompanyNote',
      path: (id, v) => ({ companyid: v.runCompanyId as number, noteid: id }),
    }),
  },
  {
    operationId: 'addContactNote',
    needs: ['runContactId'],
    request: (v) => ({ path: { contactid: v.runContactId as number }, body: { content: RUN } }),
    after: created('runContactNoteId', {
      operationId: 'deleteContactNote',
      path: (id, v) => ({ contactid: v.runContactId as number, noteid: id }),
    }),
  },
  // Projects, custom folders and project requests cannot be deleted through the API: mock only.
  {
    operationId: 'addCompanyProject',
    effect: 'shared',
    needs: ['companyid'],
    request: () => ({ body: { title: RUN, startdate: '2031-03-03', duedate: '2031-03-31' } }),
  },
  {
    operationId: 'addContactProject',
    effect: 'shared',
    needs: ['contactid'],
    request: () => ({ body: { title: RUN } }),
  },
  {
    operationId: 'addFolder',
    effect: 'shared',
    needs: ['projectId'],
    request: (v) => ({ body: { projectid: v.projectId, name: RUN, contacts: 'me' } }),
  },
  {
    operationId: 'addProjectRequest',
    effect: 'shared',
    request: () => ({ body: { title: RUN, startdate: '2031-03-03', duedate: '2031-03-31' } }),
  },
  // Sends e-mails or adds pending users, or changes the user's own contact: mock only.
  {
    operationId: 'requestPasswordReset',
    effect: 'shared',
    request: (v) => ({ query: { email: v.email as string } }),
    skip: (_t, v) => (v.email ? undefined : 'needs the e-mail of a contact'),
  },
  {
    operationId: 'requestAccess',
    effect: 'shared',
    request: () => ({
      body: {
        firstname: 'Contract',
        lastname: 'Suite',
        email: 'contract-suite-access@example.com',
        type: 'client',
        companyname: RUN,
      },
    }),
  },
  { operationId: 'editMe', effect: 'shared', request: () => ({ body: { title: 'Contract Suite' } }) },
  {
    operationId: 'addEvent',
    request: () => ({
      body: { title: RUN, description: '', starttime: '2031-03-03T09:00', endtime: '2031-03-03T10:00', contacts: 'me' },
    }),
    after: created('runEventId', { operationId: 'deleteEvent', path: (id) => ({ eventid: id }) }),
  },
  {
    operationId: 'editEvent',
    needs: ['runEventId'],
    request: (v) => ({ path: { eventid: v.runEventId as number }, body: { description: 'Edited' } }),
  },
  {
    operationId: 'addExpense',
    needs: ['projectId'],
    request: (v) => ({ body: { projectid: v.projectId, name: RUN, date: '2031-03-03', cost: 1 } }),
    after: created('runExpenseId', { operationId: 'deleteExpense', path: (id) => ({ expenseid: id }) }),
  },
  {
    operationId: 'editExpense',
    needs: ['runExpenseId'],
    request: (v) => ({ path: { expenseid: v.runExpenseId as number }, body: { cost: 2, description: '' } }),
  },
  {
    operationId: 'addFile',
    needs: ['projectId'],
    request: (v) => ({ body: { projectid: v.projectId, name: 'contract-suite.txt', content: 'U29tZSB0ZXh0' } }),
    after: created('runFileId', { operationId: 'deleteFile', path: (id) => ({ fileid: id }) }),
  },
  {
    operationId: 'addInvoice',
    needs: ['projectId', 'contactid'],
    request: (v) => ({
      body: {
        title: RUN,
        contactid: v.contactid,
        projectid: v.projectId,
        invoiceddate: '2031-03-03',
        lines: [
          { type: 'heading', name: RUN },
          { type: 'lineitem', name: 'Line', quantity: 1, rate: 1, taxable: false },
        ],
      },
    }),
    after: created('runInvoiceId', { operationId: 'deleteInvoice', path: (id) => ({ invoiceid: id }) }),
  },
  {
    operationId: 'editInvoice',
    needs: ['runInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.runInvoiceId as number }, body: { description: 'Edited', terms: '' } }),
  },
  {
    operationId: 'addInvoiceLines',
    needs: ['runInvoiceId'],
    request: (v) => ({
      path: { invoiceid: v.runInvoiceId as number },
      body: [{ type: 'lineitem', name: 'Extra', quantity: 2, rate: 1 }],
    }),
    after: (res, ctx) => void (ctx.vars.runLineId = addedId(res)),
  },
  {
    operationId: 'editInvoiceLine',
    needs: ['runInvoiceId', 'runLineId'],
    request: (v) => ({
      path: { invoiceid: v.runInvoiceId as number, lineid: v.runLineId as number },
      body: { rate: 2 },
    }),
  },
  {
    operationId: 'markInvoicePaid',
    needs: ['runInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.runInvoiceId as number }, body: { paiddate: '2031-03-04' } }),
  },
  { operationId: 'markInvoiceUnpaid', needs: ['runInvoiceId'], request: at({ invoiceid: 'runInvoiceId' }) },
  {
    operationId: 'addMessage',
    needs: ['projectId'],
    request: (v) => ({
      body: { projectid: v.projectId, title: RUN, content: RUN, contacts: 'me', notifications: false, public: false },
    }),
    after: created('runMessageId', { operationId: 'deleteMessage', path: (id) => ({ messageid: id }) }),
  },
  {
    operationId: 'editMessage',
    needs: ['runMessageId'],
    request: (v) => ({ path: { messageid: v.runMessageId as number }, body: { notifications: false } }),
  },
  {
    operationId: 'addNote',
    needs: ['noteCategoryId'],
    request: (v) => ({ body: { title: RUN, content: RUN, categoryid: v.noteCategoryId, contacts: 'me' } }),
    after: created('runNoteId', { operationId: 'deleteNote', path: (id) => ({ noteid: id }) }),
  },
  {
    operationId: 'editNote',
    needs: ['runNoteId'],
    request: (v) => ({ path: { noteid: v.runNoteId as number }, body: { content: 'Edited' } }),
  },

  // ── Deletes, last ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    operationId: 'deleteInvoiceLine',
    needs: ['runInvoiceId', 'runLineId'],
    request: (v) => ({ path: { invoiceid: v.runInvoiceId as number, lineid: v.runLineId as number } }),
  },
  {
    operationId: 'deleteInvoice',
    needs: ['runInvoiceId'],
    request: at({ invoiceid: 'runInvoiceId' }),
    after: forgotten('runInvoiceId'),
  },
  {
    operationId: 'deleteMessage',
    needs: ['runMessageId'],
    request: at({ messageid: 'runMessageId' }),
    after: forgotten('runMessageId'),
  },
  {
    operationId: 'deleteNote',
    needs: ['runNoteId'],
    request: at({ noteid: 'runNoteId' }),
    after: forgotten('runNoteId'),
  },
  {
    operationId: 'deleteFile',
    needs: ['runFileId'],
    request: at({ fileid: 'runFileId' }),
    after: forgotten('runFileId'),
  },
  {
    operationId: 'deleteExpense',
    needs: ['runExpenseId'],
    request: at({ expenseid: 'runExpenseId' }),
    after: forgotten('runExpenseId'),
  },
  {
    operationId: 'deleteEvent',
    needs: ['runEventId'],
    request: at({ eventid: 'runEventId' }),
    after: forgotten('runEventId'),
  },
  {
    operationId: 'deleteCompanyNote',
    needs: ['runCompanyId', 'runCompanyNoteId'],
    request: (v) => ({ path: { companyid: v.runCompanyId as number, noteid: v.runCompanyNoteId as number } }),
    after: forgotten('runCompanyNoteId'),
  },
  {
    operationId: 'deleteContactNote',
    needs: ['runContactId', 'runContactNoteId'],
    request: (v) => ({ path: { contactid: v.runContactId as number, noteid: v.runContactNoteId as number } }),
    after: forgotten('runContactNoteId'),
  },
  {
    operationId: 'deleteContact',
    needs: ['runStaffId'],
    request: at({ contactid: 'runStaffId' }),
    after: forgotten('runStaffId'),
  },
  {
    operationId: 'deleteCompany',
    needs: ['runCompanyId'],
    // The company's contacts go with it (002 line 294, default deletecontacts=true).
    request: at({ companyid: 'runCompanyId' }),
    after: (_res, ctx) => {
      ctx.forget('runCompanyId')
      ctx.forget('runContactId')
    },
  },
]

// ── Checks: scenarios and documented errors ──────────────────────────────────────────────────────────────────────

const problems = (ok: boolean, message: string): string[] => (ok ? [] : [message])
const list = (res: ContractResponse, key: string): Rec[] => listOf(key)(res)
const ids = (rows: Rec[]): number[] => rows.map((r) => r.id as number)

/** add → view → edit → view → delete → 404 for one resource (the generic CRUD scenario). */
function crud(o: {
  thing: string
  add: string
  get: string
  edit?: string
  del: string
  key: string
  param: string
  needs?: string[]
  parent?: (v: Vars) => Record<string, number>
  addRequest: (v: Vars) => RequestOverrides
  added: (record: Rec) => boolean
  editBody?: Rec
  edited?: (record: Rec) => boolean
}): PlanCheck[] {
  const v = `crud_${o.thing.replace(/\W/g, '')}`
  const path = (vars: Vars) => ({ ...(o.parent?.(vars) ?? {}), [o.param]: vars[v] as number })
  const view = (name: string, test: (r: Rec) => boolean): PlanCheck => ({
    name: `${o.thing}: view ${name}`,
    operationId: o.get,
    needs: [v],
    request: (vars) => ({ path: path(vars) }),
    status: 200,
    expect: (res) =>
      problems(test((body(res)[o.key] as Rec | undefined) ?? {}), `${o.thing} ${name}: got ${res.text.slice(0, 300)}`),
  })
  return [
    {
      name: `${o.thing}: add → 201 with its id`,
      operationId: o.add,
      ...(o.needs ? { needs: o.needs } : {}),
      request: o.addRequest,
      status: 201,
      expect: (res) => problems(addedId(res) !== undefined, 'details[0].id is missing'),
      after: (res, ctx) => {
        const id = addedId(res)
        if (id === undefined) return
        ctx.vars[v] = id
        ctx.track(v, ctx.request(o.del, { path: path(ctx.vars), body: undefined }))
      },
    },
    view('the added record', o.added),
    ...(o.edit && o.editBody && o.edited
      ? [
          {
            name: `${o.thing}: edit → 200`,
            operationId: o.edit,
            needs: [v],
            request: (vars: Vars) => ({ path: path(vars), body: o.editBody }),
            status: 200,
          } satisfies PlanCheck,
          view('the edit (an empty string clears a field)', o.edited),
        ]
      : []),
    {
      name: `${o.thing}: delete → 200`,
      operationId: o.del,
      needs: [v],
      request: (vars) => ({ path: path(vars) }),
      status: 200,
      after: (_res, ctx) => ctx.forget(v),
    },
    {
      name: `${o.thing}: view after delete → 404`,
      operationId: o.get,
      needs: [v],
      request: (vars) => ({ path: path(vars) }),
      status: 404,
    },
  ]
}

const checks: PlanCheck[] = [
  // ── 401 for each half of the dual auth (C live: an EMPTY body either way) ─────────────────────────────────────
  {
    name: 'the key without Basic → 401',
    operationId: 'getMe',
    authenticate: false,
    request: (v) => ({ headers: { apikey: v.apiKey as string } }),
    status: 401,
    expect: (res) => problems(res.text === '', `the body must be empty, got ${res.text.slice(0, 100)}`),
  },
  {
    name: 'Basic without the key → 401',
    operationId: 'getMe',
    authenticate: false,
    request: (v) => ({ headers: { authorization: basicHeader(v.username as string, v.password as string) } }),
    status: 401,
    expect: (res) => problems(res.text === '', 'the body must be empty'),
  },
  {
    name: 'a wrong key with good Basic → 401',
    operationId: 'getMe',
    authenticate: false,
    request: (v) => ({
      headers: {
        apikey: '00000-00000-00000-00000-00000',
        authorization: basicHeader(v.username as string, v.password as string),
      },
    }),
    status: 401,
  },
  {
    name: 'the key with a wrong password → 401',
    operationId: 'getMe',
    authenticate: false,
    request: (v) => ({
      headers: {
        apikey: v.apiKey as string,
        authorization: basicHeader(v.username as string, `${v.password as string}-wrong`),
      },
    }),
    status: 401,
  },
  {
    name: 'the key as a query parameter with Basic → 200',
    operationId: 'getMe',
    authenticate: false,
    request: (v) => ({
      query: { apikey: v.apiKey as string },
      headers: { authorization: basicHeader(v.username as string, v.password as string) },
    }),
    status: 200,
  },
  {
    name: 'GET /login with Basic only → 200 with the API key',
    operationId: 'login',
    authenticate: false,
    request: (v) => ({ headers: { authorization: basicHeader(v.username as string, v.password as string) } }),
    status: 200,
    expect: (res, v) => problems(v.mock !== true || body(res).apikey === v.apiKey, 'the apikey is not the account key'),
  },

  // ── Paging and parameters ──────────────────────────────────────────────────────────────────────────────────────
  ...(['pagenumber', 'pagesize'] as const).map(
    (only): PlanCheck => ({
      name: `${only} without the other → 400 "pagesize and pagenumber must both be provided in order to use paging"`,
      operationId: 'listContacts',
      request: () => ({ query: { [only]: 2 } }),
      status: 400,
      expect: (res) =>
        problems(
          JSON.stringify(body(res).details ?? []).includes('pagesize and pagenumber must both be provided'),
          `got ${res.text.slice(0, 200)}`,
        ),
    }),
  ),
  {
    name: 'pagenumber=1&pagesize=2 → at most 2 records, totalcount of all',
    operationId: 'listContacts',
    request: () => ({ query: { pagenumber: 1, pagesize: 2 } }),
    status: 200,
    expect: (res) =>
      problems(
        list(res, 'contacts').length <= 2 &&
          Number(body(res).totalcount) >= list(res, 'contacts').length &&
          body(res).count === list(res, 'contacts').length,
        `got count ${String(body(res).count)}, totalcount ${String(body(res).totalcount)}`,
      ),
  },
  {
    name: 'fields=email returns id and email only',
    operationId: 'listContacts',
    request: () => ({ query: { fields: 'email' } }),
    status: 200,
    expect: (res) =>
      problems(
        list(res, 'contacts').every((c) => Object.keys(c).sort().join() === 'email,id'),
        `got ${res.text.slice(0, 200)}`,
      ),
  },
  {
    name: 'sortby=id&sortorder=desc sorts descending',
    operationId: 'listCompanies',
    request: () => ({ query: { sortby: 'id', sortorder: 'desc' } }),
    status: 200,
    expect: (res) => {
      const got = ids(list(res, 'companies'))
      return problems(got.join() === [...got].sort((a, b) => b - a).join(), `ids ${got.join(',')} are not descending`)
    },
  },
  {
    name: 'sortby outside the whitelist → 400',
    operationId: 'listCompanies',
    request: () => ({ query: { sortby: 'email' } }),
    status: 400,
  },

  // ── The query language on the run's own records ───────────────────────────────────────────────────────────────
  {
    name: 'query: add a company and an event to query for',
    operationId: 'addCompanies',
    request: () => ({
      body: [
        { name: `${RUN} Query Alpha`, type: 'client', code: 'QRYA' },
        { name: `${RUN} Query Beta`, type: 'contractor', code: 'QRYB' },
      ],
    }),
    status: 201,
    after: (res, ctx) => {
      const [a, b] = ((body(res).details as Rec[] | undefined) ?? []).map((d) => d.id as number)
      if (a === undefined || b === undefined) return
      ctx.vars.qA = a
      ctx.vars.qB = b
      ctx.track('qA', ctx.request('deleteCompany', { path: { companyid: a }, body: undefined }))
      ctx.track('qB', ctx.request('deleteCompany', { path: { companyid: b }, body: undefined }))
    },
  },
  {
    name: 'query: id=A,B returns exactly the two (a comma list matches ANY)',
    operationId: 'listCompanies',
    needs: ['qA', 'qB'],
    request: (v) => ({ query: { id: `${String(v.qA)},${String(v.qB)}` } }),
    status: 200,
    expect: (res, v) =>
      problems(
        ids(list(res, 'companies')).sort().join() === [v.qA, v.qB].map(Number).sort().join(),
        `got ${ids(list(res, 'companies')).join(',')}`,
      ),
  },
  {
    name: 'query: search=Query Alpha finds only A; search=!Query Alpha keeps B and not A',
    operationId: 'listCompanies',
    needs: ['qA', 'qB'],
    request: () => ({ query: { search: `${RUN} Query Alpha` } }),
    status: 200,
    expect: (res, v) =>
      problems(ids(list(res, 'companies')).join() === String(v.qA), `got ${ids(list(res, 'companies')).join(',')}`),
  },
  {
    name: 'query: search=!… excludes the match',
    operationId: 'listCompanies',
    needs: ['qA', 'qB'],
    request: () => ({ query: { search: `!${RUN} Query Alpha`, fields: 'name' } }),
    status: 200,
    expect: (res, v) =>
      problems(
        !ids(list(res, 'companies')).includes(v.qA as number) && ids(list(res, 'companies')).includes(v.qB as number),
        'A is listed or B is not',
      ),
  },
  {
    name: 'query: type=contractor with searchcode keeps only B',
    operationId: 'listCompanies',
    needs: ['qA', 'qB'],
    request: () => ({ query: { type: 'contractor', searchcode: 'QRY' } }),
    status: 200,
    expect: (res, v) =>
      problems(ids(list(res, 'companies')).join() === String(v.qB), `got ${ids(list(res, 'companies')).join(',')}`),
  },
  {
    name: 'query: lastmodifiedfrom=15n (minutes ago) lists the companies just added',
    operationId: 'listCompanies',
    needs: ['qA', 'qB'],
    // The live API compares in the account's time zone, which the run does not know.
    skip: mockOnly('"ago" values are relative to the account’s clock'),
    request: () => ({ query: { lastmodifiedfrom: '15n' } }),
    status: 200,
    expect: (res, v) =>
      problems(
        [v.qA, v.qB].every((id) => ids(list(res, 'companies')).includes(id as number)),
        'the new companies are missing',
      ),
  },
  {
    name: 'query: an event in 2031 is found with starttimefrom/starttimeto and contacts=me',
    operationId: 'addEvent',
    request: () => ({
      body: { title: `${RUN} Query`, starttime: '2031-05-05T09:00', endtime: '2031-05-05T10:00', contacts: 'me' },
    }),
    status: 201,
    after: (res, ctx) => {
      const id = addedId(res)
      if (id === undefined) return
      ctx.vars.qEvent = id
      ctx.track('qEvent', ctx.request('deleteEvent', { path: { eventid: id }, body: undefined }))
    },
  },
  {
    name: 'query: starttimefrom=2031-05-05&starttimeto=2031-05-05&contacts=me returns the event',
    operationId: 'listEvents',
    needs: ['qEvent'],
    request: () => ({ query: { starttimefrom: '2031-05-05', starttimeto: '2031-05-05', contacts: 'me' } }),
    status: 200,
    expect: (res, v) => problems(ids(list(res, 'events')).includes(v.qEvent as number), 'the event is missing'),
  },
  {
    name: 'query: a relative starttimeto (+1y) leaves out the 2031 event',
    operationId: 'listEvents',
    needs: ['qEvent'],
    request: () => ({ query: { starttimeto: '+1y' } }),
    status: 200,
    expect: (res, v) => problems(!ids(list(res, 'events')).includes(v.qEvent as number), 'the 2031 event is listed'),
  },

  // ── CRUD scenarios ─────────────────────────────────────────────────────────────────────────────────────────────
  ...crud({
    thing: 'company',
    add: 'addCompanies',
    get: 'getCompany',
    edit: 'editCompany',
    del: 'deleteCompany',
    key: 'company',
    param: 'companyid',
    addRequest: () => ({ body: { name: `${RUN} CRUD`, type: 'other', city: 'Somecity' } }),
    added: (r) => r.name === `${RUN} CRUD` && r.city === 'Somecity',
    editBody: { city: '', code: 'CRUD' },
    edited: (r) => r.city === '' && r.code === 'CRUD' && r.name === `${RUN} CRUD`,
  }),
  ...crud({
    thing: 'contact',
    add: 'addContacts',
    get: 'getContact',
    edit: 'editContact',
    del: 'deleteContact',
    key: 'contact',
    param: 'contactid',
    needs: ['companyid'],
    addRequest: (v) => ({
      body: { companyid: v.companyid, type: 'client', firstname: 'Crud', lastname: 'Contact', title: 'Tester' },
    }),
    added: (r) => r.firstname === 'Crud' && r.title === 'Tester',
    editBody: { title: '', lastname: 'Edited' },
    edited: (r) => r.title === '' && r.lastname === 'Edited' && r.firstname === 'Crud',
  }),
  ...crud({
    thing: 'event',
    add: 'addEvent',
    get: 'getEvent',
    edit: 'editEvent',
    del: 'deleteEvent',
    key: 'event',
    param: 'eventid',
    addRequest: () => ({
      body: {
        title: `${RUN} CRUD`,
        description: 'D',
        starttime: '2031-03-05T09:00',
        endtime: '2031-03-05T10:00',
        contacts: 'me',
      },
    }),
    added: (r) => r.title === `${RUN} CRUD` && String(r.starttime).startsWith('2031-03-05T09:00'),
    editBody: { description: '' },
    edited: (r) => r.description === '',
  }),
  ...crud({
    thing: 'expense',
    add: 'addExpense',
    get: 'getExpense',
    edit: 'editExpense',
    del: 'deleteExpense',
    key: 'expense',
    param: 'expenseid',
    needs: ['projectId'],
    addRequest: (v) => ({
      body: { projectid: v.projectId, name: `${RUN} CRUD`, description: 'D', date: '2031-03-05', cost: 10 },
    }),
    added: (r) => r.name === `${RUN} CRUD` && Number(r.cost) === 10,
    editBody: { cost: 12.5, description: '' },
    edited: (r) => Number(r.cost) === 12.5 && r.description === '',
  }),
  ...crud({
    thing: 'note',
    add: 'addNote',
    get: 'getNote',
    edit: 'editNote',
    del: 'deleteNote',
    key: 'note',
    param: 'noteid',
    needs: ['noteCategoryId'],
    addRequest: (v) => ({ body: { title: `${RUN} CRUD`, content: 'C', categoryid: v.noteCategoryId, contacts: 'me' } }),
    added: (r) => r.title === `${RUN} CRUD` && r.content === 'C',
    editBody: { content: '' },
    edited: (r) => r.content === '' && r.title === `${RUN} CRUD`,
  }),
  ...crud({
    thing: 'invoice',
    add: 'addInvoice',
    get: 'getInvoice',
    edit: 'editInvoice',
    del: 'deleteInvoice',
    key: 'invoice',
    param: 'invoiceid',
    needs: ['projectId', 'contactid'],
    addRequest: (v) => ({
      body: {
        title: `${RUN} CRUD`,
        contactid: v.contactid,
        projectid: v.projectId,
        invoiceddate: '2031-03-05',
        lines: [
          { type: 'lineitem', name: 'One', quantity: 1, rate: 10, taxable: false },
          { type: 'lineitem', name: 'Two', quantity: 1, rate: 5, taxable: false },
        ],
      },
    }),
    added: (r) => r.title === `${RUN} CRUD` && Array.isArray(r.lines) && r.lines.length === 2,
    // Sending lines replaces every line (002 line 6600).
    editBody: { description: '', lines: [{ type: 'lineitem', name: 'Only', quantity: 1, rate: 7, taxable: false }] },
    edited: (r) =>
      r.description === '' && Array.isArray(r.lines) && r.lines.length === 1 && (r.lines[0] as Rec).name === 'Only',
  }),
  ...crud({
    thing: 'file',
    add: 'addFile',
    get: 'getFile',
    del: 'deleteFile',
    key: 'file',
    param: 'fileid',
    needs: ['projectId'],
    addRequest: (v) => ({ body: { projectid: v.projectId, name: 'contract-suite-crud.txt', content: 'U29tZSB0ZXh0' } }),
    added: (r) => r.name === 'contract-suite-crud.txt' && r.size === 9,
  }),
  ...crud({
    thing: 'message',
    add: 'addMessage',
    get: 'getMessage',
    edit: 'editMessage',
    del: 'deleteMessage',
    key: 'message',
    param: 'messageid',
    needs: ['projectId'],
    addRequest: (v) => ({
      body: {
        projectid: v.projectId,
        title: `${RUN} CRUD`,
        content: 'C',
        contacts: 'me',
        notifications: false,
        public: true,
      },
    }),
    added: (r) => r.title === `${RUN} CRUD` && r.public === true,
    editBody: { public: false },
    edited: (r) => r.public === false,
  }),
  ...crud({
    thing: 'company note',
    add: 'addCompanyNote',
    get: 'getCompanyNote',
    del: 'deleteCompanyNote',
    key: 'note',
    param: 'noteid',
    needs: ['qA'],
    parent: (v) => ({ companyid: v.qA as number }),
    addRequest: (v) => ({ path: { companyid: v.qA as number }, body: { content: `${RUN} CRUD` } }),
    added: (r) => r.content === `${RUN} CRUD`,
  }),
  // ── Side effects ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'mark paid: an invoice of the run is paid on the given date, then unpaid again',
    operationId: 'addInvoice',
    needs: ['projectId', 'contactid'],
    request: (v) => ({
      body: {
        title: `${RUN} Paid`,
        contactid: v.contactid,
        projectid: v.projectId,
        invoiceddate: '2031-03-05',
        lines: [{ type: 'heading', name: 'H' }],
      },
    }),
    status: 201,
    after: (res, ctx) => {
      const id = addedId(res)
      if (id === undefined) return
      ctx.vars.paidInvoiceId = id
      ctx.vars.lineInvoiceId ??= id
      ctx.track('paidInvoiceId', ctx.request('deleteInvoice', { path: { invoiceid: id }, body: undefined }))
    },
  },
  {
    name: 'mark paid → 200',
    operationId: 'markInvoicePaid',
    needs: ['paidInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.paidInvoiceId as number }, body: { paiddate: '2031-03-06' } }),
    status: 200,
  },
  {
    name: 'mark paid: the invoice is paid on 2031-03-06',
    operationId: 'getInvoice',
    needs: ['paidInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.paidInvoiceId as number } }),
    status: 200,
    expect: (res) =>
      problems(
        (body(res).invoice as Rec | undefined)?.status === 'paid' &&
          (body(res).invoice as Rec | undefined)?.paiddate === '2031-03-06',
        `got ${res.text.slice(0, 200)}`,
      ),
  },
  {
    name: 'mark unpaid → 200',
    operationId: 'markInvoiceUnpaid',
    needs: ['paidInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.paidInvoiceId as number } }),
    status: 200,
  },
  {
    name: 'mark unpaid: the invoice is unpaid again, with no paid date',
    operationId: 'getInvoice',
    needs: ['paidInvoiceId'],
    request: (v) => ({ path: { invoiceid: v.paidInvoiceId as number } }),
    status: 200,
    expect: (res) =>
      problems(
        (body(res).invoice as Rec | undefined)?.status === 'unpaid' &&
          (body(res).invoice as Rec | undefined)?.paiddate === null,
        `got ${res.text.slice(0, 200)}`,
      ),
  },
  ...crud({
    thing: 'invoice line',
    add: 'addInvoiceLines',
    get: 'getInvoiceLine',
    edit: 'editInvoiceLine',
    del: 'deleteInvoiceLine',
    key: 'line',
    param: 'lineid',
    needs: ['lineInvoiceId'],
    parent: (v) => ({ invoiceid: v.lineInvoiceId as number }),
    addRequest: (v) => ({
      path: { invoiceid: v.lineInvoiceId as number },
      body: { type: 'lineitem', name: 'Line', description: 'D', quantity: 2, rate: 3 },
    }),
    added: (r) => r.name === 'Line' && Number(r.total) === 6,
    editBody: { description: '', rate: 4 },
    edited: (r) => r.description === '' && Number(r.total) === 8,
  }),

  {
    name: 'delete company: add a company with a contact',
    operationId: 'addCompanies',
    request: () => ({ body: { name: `${RUN} Cascade`, type: 'client' } }),
    status: 201,
    after: (res, ctx) => {
      const id = addedId(res)
      if (id === undefined) return
      ctx.vars.cascadeCompany = id
      ctx.track('cascadeCompany', ctx.request('deleteCompany', { path: { companyid: id }, body: undefined }))
    },
  },
  {
    name: 'delete company: its contact',
    operationId: 'addCompanyContacts',
    needs: ['cascadeCompany'],
    request: (v) => ({
      path: { companyid: v.cascadeCompany as number },
      body: { firstname: 'Cascade', lastname: 'Contact' },
    }),
    status: 201,
    after: (res, ctx) => void (ctx.vars.cascadeContact = addedId(res)),
  },
  {
    name: 'delete company → 200',
    operationId: 'deleteCompany',
    needs: ['cascadeCompany'],
    request: (v) => ({ path: { companyid: v.cascadeCompany as number } }),
    status: 200,
    after: (_res, ctx) => ctx.forget('cascadeCompany'),
  },
  {
    name: 'delete company: its contact is gone too (deletecontacts defaults to true) → 404',
    operationId: 'getContact',
    needs: ['cascadeContact'],
    request: (v) => ({ path: { contactid: v.cascadeContact as number } }),
    status: 404,
  },

  // ── Invalid bodies ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'a company without its type → 400',
    operationId: 'addCompanies',
    request: () => ({ body: { name: `${RUN} Invalid` } }),
    status: 400,
  },
  {
    name: 'a batch of contacts with one missing its last name → 400',
    operationId: 'addContacts',
    needs: ['companyid'],
    request: (v) => ({
      body: [
        { companyid: v.companyid, type: 'client', firstname: 'A', lastname: 'B' },
        { companyid: v.companyid, type: 'client', firstname: 'C' },
      ],
    }),
    status: 400,
  },
  {
    name: 'an expense line without its quantity → 400',
    operationId: 'addInvoice',
    needs: ['projectId', 'contactid'],
    request: (v) => ({
      body: {
        title: `${RUN} Invalid`,
        contactid: v.contactid,
        projectid: v.projectId,
        lines: [{ type: 'expense', name: 'Courier', rate: 1 }],
      },
    }),
    status: 400,
  },
  {
    name: 'a file in a project AND a task → 400',
    operationId: 'addFile',
    needs: ['projectId'],
    request: (v) => ({ body: { projectid: v.projectId, taskid: 1, name: 'x.txt', content: 'eA==' } }),
    status: 400,
  },
  {
    name: 'a company note without content → 400 "\'content\' is a required field"',
    operationId: 'addCompanyNote',
    needs: ['companyid'],
    request: () => ({ body: { content: '' } }),
    status: 400,
    expect: (res) =>
      problems(
        JSON.stringify(body(res).details ?? []).includes("'content' is a required field"),
        `got ${res.text.slice(0, 200)}`,
      ),
  },
  {
    name: 'a password reset for an unknown address → 404 (002 line 4986)',
    operationId: 'requestPasswordReset',
    effect: 'shared',
    request: () => ({ query: { email: 'nobody-here@example.invalid' } }),
    status: 404,
  },
]

export const plan = defineContractPlan({
  api: 'proworkflow',
  document: spec as unknown as OpenApiDocument,
  credentialVariables: [ENV.apiKey, ENV.username, ENV.password],
  steps,
  checks,
  // Path ids are named <thing>id (companyid, contactid…).
  isIdParameter: (name) => /id$/.test(name),
  forcedErrors: [400, 403, 404, 429],
  vars(env, target) {
    const local = target.kind === 'local'
    const mock = isMock(target.kind) && target.kind !== 'prism'
    const e = local ? {} : env
    return {
      mock,
      apiKey: e[ENV.apiKey] || DEMO.apiKey,
      username: e[ENV.username] || DEMO.username,
      password: e[ENV.password] || DEMO.password,
      email: e[ENV.username]?.includes('@') ? e[ENV.username] : mock ? DEMO.username : undefined,
    }
  },
  credentials(env, target) {
    if (target.kind === 'local')
      return dualAuth(
        DEMO.apiKey,
        DEMO.username,
        DEMO.password,
        `apikey header + Basic as the demo login ${DEMO.username} (in-process mock)`,
      )
    const apiKey = env[ENV.apiKey]
    const username = env[ENV.username]
    const password = env[ENV.password]
    const given = [apiKey, username, password].filter(Boolean).length
    if (given === 3)
      return dualAuth(
        apiKey as string,
        username as string,
        password as string,
        `apikey header (${ENV.apiKey}) + Basic as ${username} (${ENV.username}/${ENV.password})`,
      )
    if (given > 0)
      throw new Error(
        `Set all of ${ENV.apiKey}, ${ENV.username} and ${ENV.password}: ProWorkflow needs the API key AND Basic on every call`,
      )
    if (target.kind === 'prism')
      return dualAuth(
        'contract-suite',
        'contract',
        'suite',
        'apikey + Basic with placeholder values (Prism only checks that credentials are present)',
      )
    if (target.kind === 'mock')
      return dualAuth(
        DEMO.apiKey,
        DEMO.username,
        DEMO.password,
        `apikey header + Basic as the mock's demo login ${DEMO.username} (no ${ENV.apiKey} set)`,
      )
    throw new Error(
      `No credentials for ${target.baseUrl}: set ${ENV.apiKey}, ${ENV.username} and ${ENV.password} (the account API key and a user's login)`,
    )
  },
  async startLocal(): Promise<LocalTargets> {
    const start = (rateLimit: number) => startLocalMock('proworkflow', { rateLimit })
    // The main server's limit is out of the way; the 429 contract gets its own server with a limit of 5.
    const [main, rateLimited] = await Promise.all([start(1_000_000), start(5)])
    return { main, rateLimited: { ...rateLimited, limit: 5 } }
  },
  rateLimit: {
    probe: 'getMe',
    limitHeader: 'x-ratelimit-limit',
    remainingHeader: 'x-ratelimit-remaining',
    windowSeconds: RATE_WINDOW_SECONDS,
    documentedLimit: 500,
    // C (inv §3): no Retry-After; clients wait x-ratelimit-reset seconds.
    retryAfter: 'optional',
  },
})
