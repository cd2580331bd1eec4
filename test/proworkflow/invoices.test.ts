/** Invoices: CRUD with lines, lines replaced on edit, line order, paid/unpaid, overdue, totals and subtotals. */
import { describe, expect, it } from 'vitest'
import { TARGETS, useTarget } from '../support/targets.ts'
import { atNow, call, get, ids, type Json, rows, TODAY } from './support.ts'

const SAMPLE = {
  title: 'New Invoice',
  number: 'auto',
  description: 'Invoice Description',
  contactid: 6,
  projectid: 2,
  lines: [
    { type: 'heading', name: 'Redesign Work' },
    { type: 'lineitem', name: 'Line Item 1', quantity: 2, rate: 100.0, taxable: true },
    { type: 'taskrate', name: 'Task Rate', time: 90, rate: 100.0, taxable: false },
  ],
}

describe.each(TARGETS)('ProWorkflow invoices (%s)', (kind) => {
  const t = useTarget(kind, 'proworkflow', atNow())

  async function addInvoice(body: Json = SAMPLE): Promise<number> {
    const reply = await call(t, 'POST', '/invoices', body)
    expect(reply.status, reply.text).toBe(201)
    return reply.body.details[0].id as number
  }

  it('adds → views (lines and totals) → edits → views → deletes → 404', async () => {
    const id = await addInvoice()
    const invoice = (await get(t, `/invoices/${id}`)).body.invoice as Json
    expect(invoice).toMatchObject({
      id,
      title: 'New Invoice',
      status: 'unpaid',
      contactid: 6,
      projectid: 2,
      invoiceddate: TODAY,
      duedate: '2025-06-25',
      paiddate: null,
      taxrate: 12.5,
    })
    expect(invoice.number).toMatch(/^INV-\d{5}$/)
    expect(invoice.lines.map((l: Json) => [l.type, l.total, l.displayorder])).toEqual([
      ['heading', 0, 1],
      ['lineitem', 200, 2],
      ['taskrate', 150, 3], // 90 minutes at 100/hour (002 line 6562)
    ])
    expect(invoice).toMatchObject({ subtotal: 350, taxtotal: 25, grandtotal: 375 }) // tax on the taxable lines only
    expect(
      (await call(t, 'PUT', `/invoices/${id}`, { title: 'Edited', description: '', discountvalue: '10%' })).body,
    ).toEqual({ status: 'Success', message: 'Invoice Updated', details: [{ id }] })
    expect((await get(t, `/invoices/${id}`)).body.invoice).toMatchObject({
      title: 'Edited',
      description: '',
      subtotal: 315,
      taxtotal: 22.5,
      grandtotal: 337.5,
    })
    expect((await call(t, 'DELETE', `/invoices/${id}`)).body.message).toBe('Invoice Deleted')
    expect((await get(t, `/invoices/${id}`)).status).toBe(404)
    expect((await get(t, `/invoices/${id}/lines`)).status).toBe(404)
  })

  it('replaces all lines when an edit sends lines (002 line 6600)', async () => {
    const id = await addInvoice()
    const before = ids(await rows(t, `/invoices/${id}/lines`, 'lines'))
    await call(t, 'PUT', `/invoices/${id}`, {
      lines: [{ type: 'lineitem', description: 'Only line', quantity: 1, rate: 50 }],
    })
    const after = await rows(t, `/invoices/${id}/lines`, 'lines')
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ description: 'Only line', total: 50 })
    for (const old of before) expect((await get(t, `/invoices/${id}/lines/${old}`)).status).toBe(404)
    // An edit without lines keeps them.
    await call(t, 'PUT', `/invoices/${id}`, { terms: 'Net 30' })
    expect(await rows(t, `/invoices/${id}/lines`, 'lines')).toHaveLength(1)
  })

  it('adds lines one or several at a time, after or before a line (renumbering), or at a number (no renumbering)', async () => {
    const id = await addInvoice()
    const [heading, item, rate] = ids(await rows(t, `/invoices/${id}/lines`, 'lines'))
    const one = await call(t, 'POST', `/invoices/${id}/lines`, {
      type: 'lineitem',
      name: 'Inserted',
      quantity: 1,
      rate: 10,
      displayorder: `after${heading}`,
    })
    expect(one.body.message).toBe('Line/s Added')
    const inserted = one.body.details[0].id as number
    expect(ids(await rows(t, `/invoices/${id}/lines`, 'lines'))).toEqual([heading, inserted, item, rate])
    expect((await rows(t, `/invoices/${id}/lines`, 'lines')).map((l) => l.displayorder)).toEqual([1, 2, 3, 4])
    const several = await call(t, 'POST', `/invoices/${id}/lines`, [
      { type: 'heading', name: 'Extras', displayorder: `before${heading}` },
      { type: 'expense', name: 'Courier', quantity: 1, rate: 20, displayorder: '2.5' },
    ])
    const [extras, courier] = ids(several.body.details)
    expect(ids(await rows(t, `/invoices/${id}/lines`, 'lines'))).toEqual([
      extras,
      heading,
      courier,
      inserted,
      item,
      rate,
    ])
    const bad = await call(t, 'POST', `/invoices/${id}/lines`, { type: 'staffrate', name: 'Alex', rate: 100 })
    expect(bad.status).toBe(400)
    expect(bad.body.status).toBe('Error')
    const noAnchor = await call(t, 'POST', `/invoices/${id}/lines`, {
      type: 'heading',
      name: 'X',
      displayorder: 'after999999',
    })
    expect(noAnchor.status).toBe(400)
  })

  it('views, edits and deletes one line; a line of another invoice is 404', async () => {
    const id = await addInvoice()
    const other = await addInvoice()
    const line = (await rows(t, `/invoices/${id}/lines`, 'lines'))[1] as Json
    expect((await get(t, `/invoices/${id}/lines/${line.id}`)).body).toMatchObject({
      status: 'Success',
      count: 1,
      line: { id: line.id, type: 'lineitem' },
    })
    expect((await get(t, `/invoices/${other}/lines/${line.id}`)).status).toBe(404)
    await call(t, 'PUT', `/invoices/${id}/lines/${line.id}`, { rate: 150, taxable: false, description: '' })
    expect((await get(t, `/invoices/${id}/lines/${line.id}`)).body.line).toMatchObject({
      rate: 150,
      taxable: false,
      total: 300,
      description: '',
    })
    expect((await call(t, 'PUT', `/invoices/${id}/lines/${line.id}`, { displayorder: 'after1' })).status).toBe(400)
    expect((await call(t, 'DELETE', `/invoices/${id}/lines/${line.id}`)).body.message).toBe('Line Deleted')
    expect((await get(t, `/invoices/${id}/lines/${line.id}`)).status).toBe(404)
  })

  it('refuses an invoice without its required fields or with a line missing a per-type field', async () => {
    expect((await call(t, 'POST', '/invoices', { title: 'No lines', contactid: 6, projectid: 2 })).status).toBe(400)
    const badLine = await call(t, 'POST', '/invoices', { ...SAMPLE, lines: [{ type: 'expense', name: 'Courier' }] })
    expect(badLine.status).toBe(400)
    expect((await call(t, 'POST', '/invoices', { ...SAMPLE, projectid: 9999 })).body.details).toEqual([
      "'projectid' 9999 is not a valid Project ID",
    ])
  })

  it('marks an invoice paid (today or a given date) and unpaid again; the default list shows unpaid ones', async () => {
    const id = await addInvoice()
    expect(ids(await rows(t, '/invoices', 'invoices'))).toContain(id)
    expect((await call(t, 'PUT', `/invoices/${id}/markaspaid`, {})).body.message).toBe('Invoice Updated')
    expect((await get(t, `/invoices/${id}`)).body.invoice).toMatchObject({ status: 'paid', paiddate: TODAY })
    expect(ids(await rows(t, '/invoices', 'invoices'))).not.toContain(id)
    expect(ids(await rows(t, '/invoices?status=paid', 'invoices'))).toContain(id)
    await call(t, 'PUT', `/invoices/${id}/markaspaid`, { paiddate: '-2d' })
    expect((await get(t, `/invoices/${id}`)).body.invoice.paiddate).toBe('2025-06-09')
    await call(t, 'PUT', `/invoices/${id}/markasunpaid`)
    expect((await get(t, `/invoices/${id}`)).body.invoice).toMatchObject({ status: 'unpaid', paiddate: null })
    expect((await call(t, 'PUT', '/invoices/99999/markaspaid', {})).status).toBe(404)
  })

  it('lists overdue invoices: unpaid and past their due date', async () => {
    const overdue = await rows(t, '/invoices/overdue?fields=dates,status', 'invoices')
    expect(overdue.length).toBeGreaterThan(0)
    for (const i of overdue) expect(i.duedate < TODAY).toBe(true)
    const all = await rows(t, '/invoices?status=all&fields=dates,status', 'invoices')
    expect(sorted(ids(overdue))).toEqual(sorted(ids(all.filter((i) => i.status === 'unpaid' && i.duedate < TODAY))))
    await call(t, 'PUT', `/invoices/${overdue[0]?.id}/markaspaid`, {})
    expect(ids(await rows(t, '/invoices/overdue', 'invoices'))).not.toContain(overdue[0]?.id)
  })

  it('returns only the total with fields=none, and subtotals per company in the requested order', async () => {
    const all = await rows(t, '/invoices?status=all&fields=totals,company', 'invoices')
    const totals = await get(t, '/invoices?status=all&fields=none')
    expect(Object.keys(totals.body).sort()).toEqual(['status', 'total'])
    expect(totals.body.total).toBeCloseTo(
      all.reduce((s, i) => s + i.grandtotal, 0),
      2,
    )
    const sub = (await get(t, '/invoices?status=all&fields=none&subtotals=company,status')).body.subtotals as Json[]
    expect(Object.keys(sub[0] as Json)).toEqual(['companyid', 'companyname', 'status', 'subtotal'])
    expect(sub.reduce((s, r) => s + r.subtotal, 0)).toBeCloseTo(totals.body.total, 2)
    const monthly = await get(t, '/invoices?status=all&fields=none&subtotals=month&invoiceddatefrom=-3m')
    for (const row of monthly.body.subtotals as Json[]) expect(row.month).toMatch(/^\d{4}-\d{2}$/)
    expect((await get(t, '/invoices?subtotals=month')).status).toBe(400) // needs invoiceddatefrom (002 line 6151)
    expect((await get(t, '/invoices?subtotals=company&pagenumber=1&pagesize=5')).status).toBe(400) // no paging with subtotals
  })

  it('filters invoices by number comparisons, search and project', async () => {
    const all = await rows(t, '/invoices?status=all&fields=totals,number,title,project', 'invoices')
    const big = await rows(t, '/invoices?status=all&grandtotal=gte700', 'invoices')
    expect(sorted(ids(big))).toEqual(sorted(ids(all.filter((i) => i.grandtotal >= 700))))
    const inProject = await rows(t, '/invoices?status=all&projectid=1,2', 'invoices')
    expect(sorted(ids(inProject))).toEqual(sorted(ids(all.filter((i) => i.projectid === 1 || i.projectid === 2))))
    const found = await rows(t, '/invoices?status=all&search=INV-00001', 'invoices')
    expect(ids(found)).toEqual(ids(all.filter((i) => i.number === 'INV-00001')))
  })
})

const sorted = (list: number[]) => [...list].sort((a, b) => a - b)
