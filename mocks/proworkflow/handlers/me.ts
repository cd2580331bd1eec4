/** Login (1) and Me (2): 002 lines 7222-7346. */
import { type Ctx, invalid, meId, pwHandlers, stamp, strings } from '../common.ts'
import { one, updated } from '../envelopes.ts'
import { contactView } from '../views.ts'
import { ACCOUNT_URL, ADDRESS } from '../records.ts'
import { CONTACT_DETAILS, checkUsername } from './create.ts'

const ME_TEXT = [...CONTACT_DETAILS, 'username', 'password', ...ADDRESS] as const

const me = (ctx: Ctx) => ctx.state.contacts.require(meId(ctx))

export const meHandlers = pwHandlers({
  /**
   * Login Call (002 line 7222): Basic only (no API key), "returns details about the user making the request and the
   * account they are accessing", including the API key (C live). A `url` other than the account's is a 400 (inferred).
   */
  login(ctx) {
    const url = ctx.query.url
    if (typeof url === 'string' && url.replace(/\/+$/, '').toLowerCase() !== ACCOUNT_URL.toLowerCase()) {
      invalid(`The Account URL '${url}' does not match the account of this login`)
    }
    const c = me(ctx)
    const permissions = ctx.state.settings.permissions.map((p) => ({ id: p.id, name: p.name }))
    return ctx.json(200, {
      status: 'Success',
      apikey: ctx.state.options.apiKey,
      accounturl: ACCOUNT_URL,
      plan: 'Advanced',
      currency: 'USD',
      permissions,
      contact: { id: c.id, email: c.email, firstname: c.firstname, lastname: c.lastname, type: c.type },
    })
  },

  /** View Contact Information (002 line 7244; C live: the `contact` envelope). */
  getMe: (ctx) => ctx.json(200, one('contact', contactView(ctx.state, me(ctx)))),

  /** Edit Contact Information (002 line 7261): partial; an empty string clears a field. */
  editMe(ctx) {
    const c = me(ctx)
    const text = strings(ctx.body, ME_TEXT)
    if (text.password === '') invalid("'password' cannot be empty: the login would be locked out")
    checkUsername(ctx, text.username, c.id)
    ctx.state.contacts.update(c.id, { ...text, lastmodified: stamp(ctx) })
    return ctx.json(200, updated('Contact', c.id))
  },
})
