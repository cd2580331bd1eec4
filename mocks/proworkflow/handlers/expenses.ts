/** Expenses (5 operations, 002 lines 5497-5766). */
import {
  amount,
  booleans,
  type CtxWithParams,
  dateValue,
  existing,
  find,
  meId,
  pwHandlers,
  requireFields,
  stamp,
  strings,
} from '../common.ts'
import { added, one, removed, updated } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import type { ExpenseRec } from '../records.ts'
import { expenseView, projectStatus } from '../views.ts'

const expense = (ctx: CtxWithParams<{ expenseid: number }>): ExpenseRec =>
  find(ctx.state.expenses, ctx.params.expenseid)

export const expenseHandlers = pwHandlers({
  /** View Expenses (002 line 5497): `projectstatus` defaults to active projects. */
  listExpenses(ctx) {
    const s = ctx.state
    const project = (e: ExpenseRec) => s.projects.get(e.projectid)
    const expenses = list(ctx, {
      records: s.expenses.all(),
      filters: {
        categoryid: f.ids((e) => project(e)?.categoryid),
        companyid: f.ids((e) => project(e)?.companyid),
        contacts: f.contacts((e) => e.contactid),
        ...f.dateRange<ExpenseRec>('date', (e) => e.date),
        divisionid: f.equals((e) => project(e)?.divisionid ?? 1, Number),
        id: f.ids((e) => e.id),
        ...f.idRange(),
        invoiced: f.equals(
          (e) => e.invoiced,
          (v) => v === 'invoiced',
        ),
        projectid: f.ids((e) => e.projectid),
        projectstatus: f.equals((e) => {
          const p = project(e)
          return p ? projectStatus(p) : undefined
        }),
        search: f.text((e) => [e.name]),
        taxable: f.equals(
          (e) => e.taxable,
          (v) => v === 'taxable',
        ),
      },
      sort: { id: (e) => e.id, name: (e) => e.name, date: (e) => e.date, projectid: (e) => e.projectid },
      view: (e) => expenseView(s, e),
      key: 'expenses',
      entity: 'Expense',
    })
    return ctx.json(200, expenses)
  },

  /** Add an Expense (002 line 5620): `projectid`, `name`, `cost` required; invoiced false and taxable true by default. */
  addExpense(ctx) {
    const body = ctx.body
    requireFields(body, ['projectid', 'name', 'cost'])
    const project = existing(ctx.state.projects, body.projectid, 'projectid')
    const e = ctx.state.expenses.insert({
      name: body.name,
      description: typeof body.description === 'string' ? body.description : '',
      date: dateValue(ctx, body.date) ?? null,
      cost: amount(body.cost) ?? 0,
      invoiced: body.invoiced === true,
      taxable: body.taxable !== false,
      projectid: project.id,
      contactid: meId(ctx),
      lastmodified: stamp(ctx),
    })
    return ctx.json(201, added('Expense', [{ id: e.id, name: e.name }]))
  },

  getExpense: (ctx) => ctx.json(200, one('expense', expenseView(ctx.state, expense(ctx)))),

  /** Edit an Expense (002 line 5713): partial (NOTES decision 5); an empty date clears it. */
  editExpense(ctx) {
    const e = expense(ctx)
    const body = ctx.body
    const date = dateValue(ctx, body.date)
    ctx.state.expenses.update(e.id, {
      ...strings(body, ['name', 'description']),
      ...booleans(body, ['invoiced', 'taxable']),
      ...(date === undefined ? {} : { date }),
      ...(amount(body.cost) === undefined ? {} : { cost: amount(body.cost) }),
      lastmodified: stamp(ctx),
    })
    return ctx.json(200, updated('Expense', e.id))
  },

  deleteExpense: (ctx) => ctx.json(200, removed(ctx.state.expenses, expense(ctx).id)),
})
