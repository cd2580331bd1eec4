/**
 * Accounts (001 "Accounts", 440-532): not prefixed with an Account URL ID; addressed by numeric id. The user sees the
 * accounts they belong to; another existing account is 403, an unknown id 404 (inferred, see NOTES.md).
 */
import { MockError } from '../../../src/core/errors.ts'
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import { idOf, invalid, principalOf, type Ctx } from '../common.ts'
import { nowIso, type AccountData, type RgState } from '../state.ts'

function accessible(ctx: Ctx): AccountData {
  const subdomain = ctx.state.accountIds.get(idOf(ctx))
  const data = subdomain === undefined ? undefined : ctx.state.accounts.get(subdomain)
  if (!data) throw new MockError('not_found', `Account ${idOf(ctx)} was not found`)
  if (!data.memberIds.has(principalOf(ctx).userId))
    throw new MockError('forbidden', `You do not have access to account ${idOf(ctx)}`)
  return data
}

export const accountHandlers: Record<string, Handler<RgState>> = {
  listAccounts: (ctx) => {
    const userId = principalOf(ctx).userId
    return json(
      200,
      [...ctx.state.accounts.values()].filter((a) => a.memberIds.has(userId)).map((a) => a.account),
    )
  },
  getAccount: (ctx) => json(200, accessible(ctx).account),
  /** "Enable/Disable Approval Workflow": the approvers must be users of the account. */
  updateAccount: (ctx) => {
    const data = accessible(ctx)
    const body = ctx.body as {
      booking_approvals: boolean
      default_booking_approver_ids: number[]
      apply_to_all_resources: boolean
    }
    const strangers = body.default_booking_approver_ids.filter((id) => !data.memberIds.has(id))
    if (strangers.length) invalid(`default_booking_approver_ids: ${strangers.join(', ')} are not users of this account`)
    data.account = { ...data.account, updated_at: nowIso(ctx.clock) }
    return json(200, data.account)
  },
}
