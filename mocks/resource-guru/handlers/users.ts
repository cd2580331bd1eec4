/** Users (001 "Users", 4694-4812): the account's users, the authenticated user, one user. */
import { MockError } from '../../../src/core/errors.ts'
import { pick } from '../../../src/store/fields.ts'
import { acct, idOf, page, principalOf, rgHandlers, type AccountCtx, type Ctx, type RgHandler } from '../common.ts'
import type { User, UserSummary } from '../types.ts'

const members = (ctx: AccountCtx): User[] => {
  const data = acct(ctx)
  return ctx.state.logins.filter((l) => data.memberIds.has(l.id)).map((l) => l.user)
}

function me(ctx: Ctx): User {
  const login = ctx.state.logins.get(principalOf(ctx).userId)
  if (!login) throw new MockError('unauthorized', 'The user of these credentials no longer exists')
  return login.user
}

/**
 * The keys of the summary form of a user, in the order of the spec's `UserSummary`: the user less the colour, rights
 * and owner flag.
 */
const SUMMARY_KEYS = [
  'id',
  'first_name',
  'last_name',
  'email',
  'image',
  'timezone',
  'last_login_at',
  'last_logout_at',
  'last_activity_at',
  'activation_state',
  'created_at',
  'updated_at',
  'last_product_update_read_at',
] as const satisfies readonly (keyof UserSummary)[]

const summary = (user: User): UserSummary => pick(user, SUMMARY_KEYS)

const listUsers: RgHandler<'listUsers'> = (ctx) =>
  // Spread: the page may be the input array itself, which `page` hands out read-only.
  ctx.json(200, [
    ...page(
      ctx,
      members(ctx).filter((u) => u.activation_state === 'active'),
    ),
  ])

const getUser: RgHandler<'getUser'> = (ctx) => {
  const user = members(ctx).find((u) => u.id === idOf(ctx))
  if (!user) throw new MockError('not_found', `User ${idOf(ctx)} was not found`)
  return ctx.json(200, user)
}

export const userHandlers = rgHandlers({
  listUsers,
  listAllUsers: (ctx) => ctx.json(200, members(ctx)),
  getMyUserSummary: (ctx) => ctx.json(200, summary(me(ctx))),
  getMyUserDetails: (ctx) => ctx.json(200, me(ctx)),
  getUser,
})
