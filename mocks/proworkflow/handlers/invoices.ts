/** Invoices (13 operations, 002 lines 6101-7221): invoices, their lines, paid status, overdue invoices. */
import {
  amount,
  type Body,
  batchOf,
  booleans,
  type Ctx,
  type CtxWithParams,
  dateValue,
  existing,
  find,
  invalid,
  meId,
  mergeFieldValues,
  notFound,
  now,
  pwHandlers,
  record,
  requireFields,
  stamp,
  strings,
} from '../common.ts'
import { added, deleted, one, plainList, removed, updated } from '../envelopes.ts'
import { dateOf } from '../query.ts'
import { ADDRESS, addressOf, type InvoiceRec, type LineRec } from '../records.ts'
import { contactNameOf, invoiceView, lineView, linesOf } from '../views.ts'
import { pad5 } from './create.ts'
import { invoiceList } from './lists.ts'

const invoice = (ctx: CtxWithParams<{ invoiceid: number }>): InvoiceRec =>
  find(ctx.state.invoices, ctx.params.invoiceid)

function line(ctx: CtxWithParams<{ invoiceid: number; lineid: number }>): LineRec {
  const i = invoice(ctx)
  const l = ctx.state.lines.get(ctx.params.lineid)
  if (!l || l.invoiceid !== i.id) notFound('Line', ctx.params.lineid)
  return l
}

/**
 * The per-type rules of a line (002 line 6400): heading → name; expense → name, quantity, rate; lineitem → name or
 * description, quantity, rate; staffrate and taskrate → name, time, rate. Checked here for the vendor-style message
 * (the spec's `anyOf` says the same less readably, and makes openapi-typescript type a line `unknown`, so lines are
 * read as records). Returns the line's type.
 */
function checkLine(body: Body, index?: number): LineRec['type'] {
  const where = index === undefined ? '' : ` (line ${index + 1})`
  const need = (names: string[]) => {
    for (const n of names)
      if (body[n] === undefined || body[n] === '')
        invalid(`'${n}' is a required field for a ${String(body.type)} line${where}`)
  }
  switch (body.type) {
    case 'heading':
      need(['name'])
      return 'heading'
    case 'expense':
      need(['name', 'quantity', 'rate'])
      return 'expense'
    case 'lineitem':
      if ((body.name ?? '') === '' && (body.description ?? '') === '')
        invalid(`'name' or 'description' is required for a lineitem line${where}`)
      need(['quantity', 'rate'])
      return 'lineitem'
    case 'staffrate':
    case 'taskrate':
      need(['name', 'time', 'rate'])
      return body.type
    default:
      return invalid(`'type' must be heading, expense, lineitem, staffrate or taskrate${where}`)
  }
}

/**
 * Adds lines at their `displayorder` (002 line 6859): `auto` last; `afterN`/`beforeN` next to line N, renumbering the
 * lines (1, 2, 3…); a number as given, without renumbering.
 */
function addLines(ctx: Ctx, invoiceId: number, inputs: readonly Body[]): LineRec[] {
  const s = ctx.state
  const checked = inputs.map((b, i) => ({ b, type: checkLine(b, inputs.length > 1 ? i : undefined) }))
  const made: LineRec[] = []
  for (const { b, type } of checked) {
    const order = String(b.displayorder ?? 'auto')
    const current = linesOf(s, invoiceId)
    const fields = {
      invoiceid: invoiceId,
      type,
      name: typeof b.name === 'string' ? b.name : '',
      description: typeof b.description === 'string' ? b.description : '',
      quantity: Number(b.quantity ?? 0),
      rate: Number(b.rate ?? 0),
      time: Number(b.time ?? 0),
      taxable: b.taxable !== false,
    }
    const relative = /^(after|before)(\d+)$/.exec(order)
    if (relative) {
      const anchor = current.findIndex((l) => l.id === Number(relative[2]))
      if (anchor === -1) invalid(`'displayorder' ${order}: line ${relative[2]} is not in this Invoice`)
      const created = s.lines.insert({ ...fields, displayorder: 0 })
      const ordered = [...current]
      ordered.splice(relative[1] === 'after' ? anchor + 1 : anchor, 0, created)
      ordered.forEach((l, k) => s.lines.update(l.id, { displayorder: k + 1 }))
      made.push(s.lines.require(created.id))
    } else {
      const displayorder =
        order === 'auto' ? Math.floor(Math.max(0, ...current.map((l) => l.displayorder))) + 1 : Number(order)
      made.push(s.lines.insert({ ...fields, displayorder }))
    }
  }
  return made
}

const INVOICE_TEXT = [
  'title',
  'description',
  'number',
  'companyname',
  'contactname',
  ...ADDRESS,
  'discountdescription',
  'terms',
] as const

function touch(ctx: Ctx, invoiceId: number): void {
  ctx.state.invoices.update(invoiceId, { lastmodified: stamp(ctx) })
}

export const invoiceHandlers = pwHandlers({
  /** View Invoices/Totals (002 line 6101): unpaid by default; `total` and, on request, `subtotals`. */
  listInvoices: (ctx) => ctx.json(200, invoiceList(ctx, ctx.state.invoices.all())),

  /** View Overdue Invoices (002 line 7028): unpaid invoices past their due date. */
  listOverdueInvoices(ctx) {
    const today = dateOf(now(ctx))
    return ctx.json(
      200,
      invoiceList(
        ctx,
        ctx.state.invoices.filter((i) => i.status === 'unpaid' && i.duedate !== null && i.duedate < today),
      ),
    )
  },

  /**
   * Add an Invoice (002 line 6344): title, contact, project and lines (NOTES decision 3); the company is the project's
   * unless given; `number` `auto` autonumbers; the invoiced date defaults to today and the due date to 14 days later
   * (the vendor uses the account's payment settings); `markprojectasinvoiced` marks the project.
   */
  addInvoice(ctx) {
    const body = ctx.body
    const s = ctx.state
    requireFields(body, ['title', 'contactid', 'projectid', 'lines'])
    const project = existing(s.projects, body.projectid, 'projectid')
    const contact = existing(s.contacts, body.contactid, 'contactid')
    const company =
      body.companyid !== undefined
        ? existing(s.companies, body.companyid, 'companyid')
        : s.companies.require(project.companyid)
    const lines = body.lines.map(record)
    if (!lines.length) invalid("'lines' is a required field")
    lines.forEach((l, i) => checkLine(l, i))
    const invoiceddate = dateValue(ctx, body.invoiceddate) ?? dateOf(now(ctx))
    const number =
      typeof body.number === 'string' && body.number !== '' && body.number !== 'auto'
        ? body.number
        : `INV-${pad5(++s.counters.invoice)}`
    const text = strings(body, INVOICE_TEXT)
    const created = s.invoices.insert({
      title: '',
      description: '',
      companyname: '',
      contactname: '',
      ...addressOf(company),
      discountdescription: 'Discount',
      terms: '',
      ...text,
      number,
      status: 'unpaid',
      companyid: company.id,
      contactid: contact.id,
      projectid: project.id,
      invoiceddate,
      duedate: dateValue(ctx, body.duedate) ?? dateOf(Date.parse(`${invoiceddate}T00:00:00Z`) + 14 * 86_400_000),
      paiddate: null,
      emaileddate: null,
      emailedto: '',
      invoicedbyid: meId(ctx),
      purchaseordernumber: '',
      taxable: body.taxable !== false,
      taxrate: amount(body.taxrate) ?? 12.5,
      showcostbreakdown: body.showcostbreakdown !== false,
      discountvalue: body.discountvalue ?? 0,
      xero: '',
      customfield: '',
      lastmodified: stamp(ctx),
      apifields: mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields'),
      divisionid: company.divisionid,
    })
    addLines(ctx, created.id, lines)
    if (body.markprojectasinvoiced === true) s.projects.update(project.id, { invoiced: true, lastmodified: stamp(ctx) })
    return ctx.json(201, added('Invoice', [{ id: created.id, number: created.number }]))
  },

  /** View an Invoice (002 line 6560): every key, with the lines. */
  getInvoice: (ctx) => ctx.json(200, one('invoice', invoiceView(ctx.state, invoice(ctx)))),

  /**
   * Edit an Invoice (002 line 6595): partial; "If you specify any 'lines' then all existing lines will be replaced";
   * `status` paid/unpaid (paid sets the paid date to today unless `paiddate` is sent).
   */
  editInvoice(ctx) {
    const i = invoice(ctx)
    const body = ctx.body
    const s = ctx.state
    const change: Partial<InvoiceRec> = {
      ...strings(body, INVOICE_TEXT),
      ...booleans(body, ['taxable', 'showcostbreakdown']),
    }
    if (change.contactname === '') change.contactname = contactNameOf(s, i.contactid)
    for (const key of ['invoiceddate', 'duedate', 'paiddate'] as const) {
      const d = dateValue(ctx, body[key])
      if (d !== undefined) change[key] = d
    }
    if (body.projectid !== undefined)
      change.projectid = body.projectid === '' ? null : existing(s.projects, body.projectid, 'projectid').id
    if (body.taxrate !== undefined) change.taxrate = amount(body.taxrate) ?? 0
    if (body.discountvalue !== undefined) change.discountvalue = body.discountvalue
    if (body.status === 'paid') {
      change.status = 'paid'
      change.paiddate = change.paiddate ?? i.paiddate ?? dateOf(now(ctx))
    } else if (body.status === 'unpaid') {
      change.status = 'unpaid'
      change.paiddate = null
    }
    if (body.apifields !== undefined)
      change.apifields = mergeFieldValues(i.apifields, body.apifields, s.settings.apifields, 'apifields')
    if (Array.isArray(body.lines)) {
      const lines = body.lines.map(record)
      lines.forEach((l, k) => checkLine(l, k))
      for (const l of linesOf(s, i.id)) s.lines.delete(l.id)
      addLines(ctx, i.id, lines)
    }
    s.invoices.update(i.id, { ...change, lastmodified: stamp(ctx) })
    return ctx.json(200, updated('Invoice', i.id))
  },

  /** Delete an Invoice (002 line 6578), with its lines. */
  deleteInvoice(ctx) {
    const i = invoice(ctx)
    for (const l of linesOf(ctx.state, i.id)) ctx.state.lines.delete(l.id)
    return ctx.json(200, removed(ctx.state.invoices, i.id))
  },

  /** View Line Items in an Invoice (002 line 6768), in display order. */
  listInvoiceLines: (ctx) => ctx.json(200, plainList('lines', linesOf(ctx.state, invoice(ctx).id).map(lineView))),

  /** Add Line/s to an Invoice (002 line 6785): one object or an array (of lines typed `unknown`: see checkLine). */
  addInvoiceLines(ctx) {
    const i = invoice(ctx)
    const made = addLines(ctx, i.id, batchOf(ctx.body).map(record))
    touch(ctx, i.id)
    const details = made.map((l) => ({ id: l.id, name: l.name }))
    return ctx.json(201, added('Line', details, true))
  },

  getInvoiceLine: (ctx) => ctx.json(200, one('line', lineView(line(ctx)))),

  /** Edit a Line in an Invoice (002 line 6929): partial; `displayorder` is a number and reorders nothing. */
  editInvoiceLine(ctx) {
    const l = line(ctx)
    const body = ctx.body
    const change: Partial<LineRec> = { ...strings(body, ['name', 'description']), ...booleans(body, ['taxable']) }
    for (const key of ['quantity', 'rate', 'time'] as const) {
      const value = body[key]
      if (typeof value === 'number') change[key] = value
    }
    if (body.displayorder !== undefined) {
      if (!/^\d+(\.\d+)?$/.test(String(body.displayorder)))
        invalid("'displayorder' must be a number when editing a line")
      change.displayorder = Number(body.displayorder)
    }
    ctx.state.lines.update(l.id, change)
    touch(ctx, l.invoiceid)
    return ctx.json(200, updated('Line', l.id))
  },

  deleteInvoiceLine(ctx) {
    const l = line(ctx)
    ctx.state.lines.delete(l.id)
    touch(ctx, l.invoiceid)
    return ctx.json(200, deleted('Line', l.id))
  },

  /** Mark an Invoice as Paid (002 line 6982): "You can specify 'paiddate' otherwise the current user's time is used". */
  markInvoicePaid(ctx) {
    const i = invoice(ctx)
    const paiddate = dateValue(ctx, ctx.body?.paiddate) ?? dateOf(now(ctx))
    ctx.state.invoices.update(i.id, { status: 'paid', paiddate, lastmodified: stamp(ctx) })
    return ctx.json(200, updated('Invoice', i.id))
  },

  /** Mark an Invoice as Unpaid (002 line 7011). */
  markInvoiceUnpaid(ctx) {
    const i = invoice(ctx)
    ctx.state.invoices.update(i.id, { status: 'unpaid', paiddate: null, lastmodified: stamp(ctx) })
    return ctx.json(200, updated('Invoice', i.id))
  },
})
