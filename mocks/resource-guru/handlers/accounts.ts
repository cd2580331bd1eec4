/**
 * Accounts (001 "Accounts", 440-532): not prefixed with an Account URL ID; addressed by numeric id. The user sees the
 * accounts they belong to; another existing account is 403, an unknown id 404 (inferred, see NOTES.md).
 */
import { MockError } from '../../../src/core/errors.ts'
import { idOf, invalid, principalOf, rgHandlers, type Ctx, type RgHandler } from '../common.ts'
import { nowIso, type AccountData } from '../state.ts'
import { queueWebhookPayloads } from './webhooks.ts'

function accessible(ctx: Ctx & { params: { id: number } }): AccountData {
  const subdomain = ctx.state.accountIds.get(idOf(ctx))
  const data = subdomain === undefined ? undefined : ctx.state.accounts.get(subdomain)
  if (!data) throw new MockError('not_found', `Account ${idOf(ctx)} was not found`)
  if (!data.memberIds.has(principalOf(ctx).userId))
    throw new MockError('forbidden', `You do not have access to account ${idOf(ctx)}`)
  return data
}

const listAccounts: RgHandler<'listAccounts'> = (ctx) => {
  const userId = principalOf(ctx).userId
  return ctx.json(
    200,
    [...ctx.state.accounts.values()].filter((a) => a.memberIds.has(userId)).map((a) => a.account),
  )
}

const getAccount: RgHandler<'getAccount'> = (ctx) => ctx.json(200, accessible(ctx).account)

/** "Enable/Disable Approval Workflow": the approvers must be users of the account. */
const updateAccount: RgHandler<'updateAccount'> = (ctx) => {
  const data = accessible(ctx)
  const strangers = ctx.body.default_booking_approver_ids.filter((id) => !data.memberIds.has(id))
  if (strangers.length) invalid(`default_booking_approver_ids: ${strangers.join(', ')} are not users of this account`)
  data.account = { ...data.account, updated_at: nowIso(ctx.clock) }
  // 001 4818-4863: "Accounts" is a webhook event, its payloads of type "account".
  queueWebhookPayloads(ctx, data, 'accounts', 'account', 'update', data.account)
  return ctx.json(200, data.account)
}

export const accountHandlers = rgHandlers({ listAccounts, getAccount, updateAccount })
