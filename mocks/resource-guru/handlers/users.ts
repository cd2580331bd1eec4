/** Users (001 "Users", 4694-4812): the account's users, the authenticated user, one user. */
import { MockError } from '../../../src/core/errors.ts'
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import { acct, idOf, page, principalOf, type Ctx } from '../common.ts'
import type { RgState } from '../state.ts'
import type { User } from '../types.ts'

const members = (ctx: Ctx): User[] => {
  const data = acct(ctx)
  return ctx.state.logins.filter((l) => data.memberIds.has(l.id)).map((l) => l.user)
}

function me(ctx: Ctx): User {
  const login = ctx.state.logins.get(principalOf(ctx).userId)
  if (!login) throw new MockError('unauthorized', 'The user of these credentials no longer exists')
  return login.user
}

export const userHandlers: Record<string, Handler<RgState>> = {
  listUsers: (ctx) =>
    json(
      200,
      page(
        ctx,
        members(ctx).filter((u) => u.activation_state === 'active'),
      ),
    ),
  listAllUsers: (ctx) => json(200, members(ctx)),
  getMyUserSummary: (ctx) => {
    const {
      id,
      first_name,
      last_name,
      email,
      image,
      timezone,
      last_login_at,
      last_logout_at,
      last_activity_at,
      activation_state,
      created_at,
      updated_at,
      last_product_update_read_at,
    } = me(ctx)
    return json(200, {
      id,
      first_name,
      last_name,
      email,
      image,
      timezone,
      last_login_at,
      last_logout_at,
      last_activity_at,
      activation_state,
      created_at,
      updated_at,
      last_product_update_read_at,
    })
  },
  getMyUserDetails: (ctx) => json(200, me(ctx)),
  getUser: (ctx) => {
    const user = members(ctx).find((u) => u.id === idOf(ctx))
    if (!user) throw new MockError('not_found', `User ${idOf(ctx)} was not found`)
    return json(200, user)
  },
}
