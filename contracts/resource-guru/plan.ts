/**
 * The Resource Guru contract plan: how each of the 93 operations gets a request that can succeed on the demo account
 * of our mock and on a real account.
 *
 * Ids are never hard-coded: list operations run first and remember the first record they return (so the same plan
 * works on the seeded mock and on a live account), then the run creates its own client, project, resource, booking,
 * custom field, option, downtime and webhook, changes only those, and deletes them last. Whatever a failed step left
 * behind is deleted after the happy paths. Operations that would change records the run did not create, or that
 * reach outside the API (e-mails to approvers, deliveries to a customer's webhook), are `shared`: mock only.
 */
import { basicAuth, bearerAuth, passwordGrant } from '../../src/contract/auth.ts'
import { canReachThisMachine, startReceiver } from '../../src/contract/receiver.ts'
import type { ContractResponse } from '../../src/contract/client.ts'
import { startLocalMock } from '../local-mock.ts'
import { defineContractPlan, type PlanStep, type StepContext } from '../../src/contract/plan.ts'
import { isMock, type LocalTargets } from '../../src/contract/target.ts'
import type { Vars } from '../../src/contract/request-builder.ts'
import { RESOURCE_GURU_DEFAULTS } from '../../mocks/resource-guru/defaults.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
// The generated JSON copy of the spec (npm run gen:types; check:types keeps it current): parsing the YAML took seconds.
import spec from '../../specs/resource-guru/openapi.gen.json' with { type: 'json' }

/** The mock's demo login and OAuth client. */
export const DEMO = RESOURCE_GURU_DEFAULTS

/** The environment variables the plan reads (documented in contracts/README.md). */
export const ENV = {
  account: 'RESOURCE_GURU_ACCOUNT',
  username: 'RESOURCE_GURU_USERNAME',
  password: 'RESOURCE_GURU_PASSWORD',
  token: 'RESOURCE_GURU_TOKEN',
  clientId: 'RESOURCE_GURU_CLIENT_ID',
  clientSecret: 'RESOURCE_GURU_CLIENT_SECRET',
} as const

/** Records the run creates live far in the future so they never clash with real bookings. */
const WEEK = ['2031-03-03', '2031-03-04', '2031-03-05', '2031-03-06', '2031-03-07'] as const
const NEXT_WEEK = ['2031-03-10', '2031-03-11', '2031-03-12', '2031-03-13', '2031-03-14'] as const
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

type Rec = Record<string, unknown>
const items = (res: ContractResponse): Rec[] => (Array.isArray(res.body) ? (res.body as Rec[]) : [])
const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && typeof (value as Rec).id === 'number'
    ? ((value as Rec).id as number)
    : undefined

/** Remembers the id of the first listed record that matches (keeps an earlier value). */
function remember(name: string, pick: (res: ContractResponse) => unknown = (res) => items(res)[0]) {
  return (res: ContractResponse, ctx: StepContext) => {
    const id = idOf(pick(res))
    if (id !== undefined && ctx.vars[name] === undefined) ctx.vars[name] = id
  }
}

/** Remembers a created record and registers the delete that undoes it. */
function created(name: string, deleteOperation: string) {
  return (res: ContractResponse, ctx: StepContext) => {
    const id = idOf(res.body)
    if (id === undefined) return
    ctx.vars[name] = id
    ctx.track(name, ctx.request(deleteOperation, { path: { id }, body: undefined }))
  }
}

const deleted = (name: string) => (_res: ContractResponse, ctx: StepContext) => ctx.forget(name)

const byId = (name: string) => (v: Vars) => ({ path: { id: v[name] as number } })

/**
 * The run's own webhook receiver (`prepare`), so the webhook tests deliver somewhere the run controls and need no DNS;
 * a paused placeholder URL where no receiver can be reached (a live API cannot deliver to this machine).
 */
const webhookUrl = (v: Vars): string =>
  (v.webhookReceiverUrl as string | undefined) ?? 'https://example.com/contract-suite'
const unreachableReceiver = (v: Vars): string | undefined =>
  v.webhookReceiverUrl
    ? undefined
    : 'delivers a test payload and answers with its status: only a target on this machine can reach the receiver the run starts, so it runs against our mock there'

const reportDates = () => ({ start_date: day(-30), end_date: day(30) })
const report = (operationId: string, idVar?: string): PlanStep => ({
  operationId,
  ...(idVar ? { needs: [idVar] } : {}),
  request: (v) => ({ ...(idVar ? { path: { id: v[idVar] as number } } : {}), query: reportDates() }),
})

/** Read the credentials for `createToken` and `authorize`: env first, the demo values on our mock. */
function oauthClient(
  env: NodeJS.ProcessEnv,
  mock: boolean,
): { clientId?: string; clientSecret?: string; username?: string; password?: string } {
  return {
    clientId: env[ENV.clientId] || (mock ? DEMO.clientId : undefined),
    clientSecret: env[ENV.clientSecret] || (mock ? DEMO.clientSecret : undefined),
    username: env[ENV.username] || (mock ? DEMO.username : undefined),
    password: env[ENV.password] || (mock ? DEMO.password : undefined),
  }
}

const steps: PlanStep[] = [
  // ── Reads: discover ids on the account ───────────────────────────────────────────────────────────────────────
  { operationId: 'getMyUserSummary', after: remember('userId', (res) => res.body) },
  {
    operationId: 'listAccounts',
    after: (res, ctx) => remember('accountId', (r) => items(r).find((a) => a.subdomain === ctx.vars.account))(res, ctx),
  },
  { operationId: 'getAccount', needs: ['accountId'], request: byId('accountId') },
  { operationId: 'getMyUserDetails' },
  { operationId: 'listUsers' },
  { operationId: 'listAllUsers' },
  { operationId: 'getUser', needs: ['userId'], request: byId('userId') },
  {
    operationId: 'listResourceTypes',
    after(res, ctx) {
      remember('resourceTypeId')(res, ctx)
      // The run creates a non-human resource where it can (a person may take a paid seat on a live account).
      remember('newResourceTypeId', (r) => items(r).find((t) => t.human === false) ?? items(r)[0])(res, ctx)
    },
  },
  { operationId: 'getResourceType', needs: ['resourceTypeId'], request: byId('resourceTypeId') },
  {
    operationId: 'listResources',
    after: remember(
      'resourceId',
      (res) => items(res).find((r) => r.archived !== true && r.bookable !== false) ?? items(res)[0],
    ),
  },
  { operationId: 'listArchivedResources' },
  { operationId: 'getResource', needs: ['resourceId'], request: byId('resourceId') },
  { operationId: 'listClients', after: remember('clientId') },
  { operationId: 'listArchivedClients' },
  { operationId: 'getClient', needs: ['clientId'], request: byId('clientId') },
  { operationId: 'listProjects', after: remember('projectId') },
  { operationId: 'listArchivedProjects' },
  { operationId: 'getProject', needs: ['projectId'], request: byId('projectId') },
  {
    operationId: 'listBookings',
    request: () => ({ query: { limit: '50' } }),
    after(res, ctx) {
      remember('bookingId')(res, ctx)
      remember('pendingBookingId', (r) =>
        items(r).find((b) => (b.approval_state as Rec | undefined)?.state === 'pending'),
      )(res, ctx)
    },
  },
  { operationId: 'getBooking', needs: ['bookingId'], request: byId('bookingId') },
  { operationId: 'listBookingActivities', needs: ['bookingId'], request: byId('bookingId') },
  { operationId: 'listClientBookings', needs: ['clientId'], request: byId('clientId') },
  { operationId: 'listProjectBookings', needs: ['projectId'], request: byId('projectId') },
  { operationId: 'listResourceBookings', needs: ['resourceId'], request: byId('resourceId') },
  {
    operationId: 'listCustomAvailability',
    needs: ['resourceId'],
    request: (v) => ({ query: { 'resource_ids[]': [String(v.resourceId)] } }),
  },
  { operationId: 'listCustomFields', after: remember('customFieldId') },
  { operationId: 'getCustomField', needs: ['customFieldId'], request: byId('customFieldId') },
  { operationId: 'listCustomFieldOptions', after: remember('customFieldOptionId') },
  { operationId: 'getCustomFieldOption', needs: ['customFieldOptionId'], request: byId('customFieldOptionId') },
  {
    operationId: 'listDowntimeTypes',
    // 001 "Split downtime": "not a valid operation for Holiday/Vacation", so the run's own downtime is of another type.
    after: remember('downtimeTypeId', (res) => items(res).find((t) => !/holiday|vacation/i.test(String(t.name)))),
  },
  { operationId: 'listDowntimes', after: remember('downtimeId') },
  { operationId: 'getDowntime', needs: ['downtimeId'], request: byId('downtimeId') },
  {
    operationId: 'listDowntimeClashes',
    effect: 'read', // a search sent as POST
    needs: ['resourceId'],
    request: (v) => ({
      body: { from: day(0), to: day(7), start_time: 540, end_time: 1020, resource_ids: [v.resourceId] },
    }),
  },
  { operationId: 'listWebhooks', after: remember('webhookId') },
  { operationId: 'getWebhook', needs: ['webhookId'], request: byId('webhookId') },
  {
    operationId: 'listWebhookPayloads',
    needs: ['webhookId'],
    request: byId('webhookId'),
    after: remember('webhookPayloadId'),
  },
  { operationId: 'listCalendars', after: remember('calendarId') },
  {
    operationId: 'getCalendar',
    needs: ['calendarId'],
    request: byId('calendarId'),
    after: remember(
      'incomingCalendarId',
      (res) => ((res.body as Rec | undefined)?.incoming_calendars as Rec[] | undefined)?.[0],
    ),
  },
  { operationId: 'listExternalEvents', request: () => ({ query: { start_date: day(-30), end_date: day(30) } }) },
  report('getProjectsReportV1'),
  report('getProjectReportV1', 'projectId'),
  report('getClientsReportV1'),
  report('getClientReportV1', 'clientId'),
  report('getResourcesReportV1'),
  report('getResourceReportV1', 'resourceId'),
  report('getResourcesReportV2'),
  report('getResourceReportV2', 'resourceId'),
  report('getClientsReportV2'),
  report('getClientReportV2', 'clientId'),
  report('getUnassignedClientsReportV2'),
  report('getProjectsReportV2'),
  report('getProjectReportV2', 'projectId'),
  report('getUnassignedProjectsReportV2'),
  {
    operationId: 'authorize',
    needs: ['clientId_oauth'],
    skip: (target) =>
      isMock(target.kind) ? undefined : 'the live authorize endpoint needs a person to log in and approve',
    request: (v) => ({
      query: {
        client_id: v.clientId_oauth as string,
        redirect_uri: 'http://localhost/contract-suite',
        response_type: 'code',
        state: 'contract',
      },
    }),
  },
  {
    operationId: 'createToken',
    effect: 'read', // issues a token; changes no record
    needs: ['clientId_oauth', 'clientSecret_oauth', 'username_oauth', 'password_oauth'],
    request: (v) => ({
      contentType: 'application/x-www-form-urlencoded',
      body: {
        grant_type: 'password',
        username: v.username_oauth,
        password: v.password_oauth,
        client_id: v.clientId_oauth,
        client_secret: v.clientSecret_oauth,
      },
    }),
  },

  // ── Creates: the run's own records ─────────────────────────────────────────────────────────────────────────
  {
    operationId: 'createClient',
    request: () => ({
      body: {
        name: 'Contract suite client',
        color: '#c0ffee',
        notes: 'Created by the contract suite; safe to delete.',
      },
    }),
    after: created('createdClientId', 'deleteClient'),
  },
  {
    operationId: 'createProject',
    needs: ['createdClientId'],
    request: (v) => ({
      body: {
        name: 'Contract suite project',
        project_code: 'CS-1',
        client_id: v.createdClientId,
        default_billable: false,
      },
    }),
    after: created('createdProjectId', 'deleteProject'),
  },
  {
    operationId: 'createResource',
    needs: ['newResourceTypeId'],
    request: (v) => ({
      body: {
        resource_type_id: v.newResourceTypeId,
        name: 'Contract suite resource',
        first_name: 'Contract',
        last_name: 'Suite',
        bookable: true,
        notes: 'Created by the contract suite; safe to delete.',
      },
    }),
    after: created('createdResourceId', 'deleteResource'),
  },
  {
    operationId: 'createBooking',
    needs: ['createdResourceId', 'createdProjectId'],
    request: (v) => ({
      body: {
        resource_id: v.createdResourceId,
        start_date: WEEK[0],
        end_date: WEEK[4],
        duration: 60,
        start_time: 540,
        project_id: v.createdProjectId,
        details: 'Contract suite booking',
      },
    }),
    after: created('createdBookingId', 'deleteBooking'),
  },
  {
    operationId: 'createCustomField',
    request: () => ({
      body: {
        label: 'Contract suite field',
        type: 'single_select',
        entity_types: ['booking'],
        required: false,
        custom_field_options: ['Alpha', 'Beta'],
      },
    }),
    after: created('createdCustomFieldId', 'deleteCustomField'),
  },
  {
    operationId: 'createCustomFieldOption',
    needs: ['createdCustomFieldId'],
    request: (v) => ({ body: { custom_field_id: v.createdCustomFieldId, value: 'Gamma' } }),
    after: created('createdCustomFieldOptionId', 'deleteCustomFieldOption'),
  },
  {
    operationId: 'createDowntime',
    needs: ['createdResourceId'],
    request: (v) => ({
      body: {
        from: NEXT_WEEK[0],
        to: NEXT_WEEK[4],
        start_time: 0,
        end_time: 1440,
        resource_ids: [v.createdResourceId],
        ...(v.downtimeTypeId ? { downtime_type_id: v.downtimeTypeId } : {}),
        details: 'Contract suite downtime',
      },
    }),
    after: created('createdDowntimeId', 'deleteDowntime'),
  },
  {
    operationId: 'createWebhook',
    request: (v) => ({
      body: {
        name: 'Contract suite webhook',
        payload_url: webhookUrl(v),
        events: ['bookings'],
        secret: 'contract-suite-secret',
        send_secret_header: false,
        paused: true,
      },
    }),
    after: created('createdWebhookId', 'deleteWebhook'),
  },

  // ── Changes to the run's own records ──────────────────────────────────────────────────────────────────────
  {
    operationId: 'updateClient',
    needs: ['createdClientId'],
    request: (v) => ({ path: { id: v.createdClientId as number }, body: { notes: 'Updated by the contract suite.' } }),
  },
  {
    operationId: 'updateProject',
    needs: ['createdProjectId'],
    request: (v) => ({ path: { id: v.createdProjectId as number }, body: { notes: 'Updated by the contract suite.' } }),
  },
  {
    operationId: 'updateResource',
    needs: ['createdResourceId'],
    request: (v) => ({
      path: { id: v.createdResourceId as number },
      body: { notes: 'Updated by the contract suite.' },
    }),
  },
  {
    operationId: 'updateResourceAvailability',
    needs: ['createdResourceId'],
    request: (v) => ({
      path: { id: v.createdResourceId as number },
      body: {
        date: WEEK[0],
        available_periods: [1, 2, 3, 4, 5].map((week_day) => ({ week_day, start_time: 480, end_time: 1080 })),
      },
    }),
  },
  {
    operationId: 'setCustomAvailability',
    needs: ['createdResourceId'],
    request: (v) => ({
      body: {
        custom_available_periods: {
          resource_instance_id: v.createdResourceId,
          dates: [NEXT_WEEK[0]],
          available_periods: [{ start_time: 540, end_time: 720 }],
        },
      },
    }),
  },
  {
    operationId: 'resetCustomAvailability',
    needs: ['createdResourceId'],
    request: (v) => ({ body: { resource_instance_id: v.createdResourceId, dates: [NEXT_WEEK[0]] } }),
  },
  {
    operationId: 'setOvertime',
    needs: ['createdResourceId'],
    request: (v) => ({ body: { resource_id: v.createdResourceId, date: WEEK[1], duration: 60 } }),
  },
  {
    operationId: 'updateBooking',
    needs: ['createdBookingId'],
    request: (v) => ({
      path: { id: v.createdBookingId as number },
      body: { details: 'Updated by the contract suite', duration: 120 },
    }),
  },
  {
    operationId: 'splitBooking',
    needs: ['createdBookingId'],
    request: (v) => ({ path: { id: v.createdBookingId as number }, body: { date: WEEK[2] } }),
    after(res, ctx) {
      const second = idOf(items(res)[1])
      if (second !== undefined && second !== ctx.vars.createdBookingId)
        ctx.track('splitBookingId', ctx.request('deleteBooking', { path: { id: second }, body: undefined }))
    },
  },
  {
    operationId: 'resolveBooking',
    needs: ['createdBookingId', 'createdResourceId'],
    request: (v) => ({
      path: { id: v.createdBookingId as number },
      body: { resolution: 'approved', resource_ids: [v.createdResourceId] },
    }),
  },
  {
    operationId: 'remindBookingApprovers',
    effect: 'shared', // e-mails the approvers of a booking the run did not create
    needs: ['pendingBookingId'],
    request: (v) => ({ path: { id: v.pendingBookingId as number }, body: {} }),
  },
  {
    operationId: 'updateCustomField',
    needs: ['createdCustomFieldId'],
    request: (v) => ({
      path: { id: v.createdCustomFieldId as number },
      body: { label: 'Contract suite field (updated)' },
    }),
  },
  {
    operationId: 'updateCustomFieldOption',
    needs: ['createdCustomFieldOptionId'],
    request: (v) => ({ path: { id: v.createdCustomFieldOptionId as number }, body: { value: 'Gamma (updated)' } }),
  },
  {
    operationId: 'updateDowntime',
    needs: ['createdDowntimeId'],
    request: (v) => ({
      path: { id: v.createdDowntimeId as number },
      body: { details: 'Updated by the contract suite' },
    }),
  },
  {
    operationId: 'splitDowntime',
    needs: ['createdDowntimeId', 'createdResourceId'],
    request: (v) => ({
      path: { id: v.createdDowntimeId as number },
      body: { date: NEXT_WEEK[2], resource_id: v.createdResourceId },
    }),
    after(res, ctx) {
      const second = idOf(items(res)[1])
      if (second !== undefined && second !== ctx.vars.createdDowntimeId)
        ctx.track('splitDowntimeId', ctx.request('deleteDowntime', { path: { id: second }, body: undefined }))
    },
  },
  {
    operationId: 'updateWebhook',
    needs: ['createdWebhookId'],
    request: (v) => ({
      path: { id: v.createdWebhookId as number },
      body: { paused: true, events: ['bookings', 'downtimes'] },
    }),
  },
  {
    operationId: 'testWebhook',
    needs: ['createdWebhookId'],
    request: byId('createdWebhookId'),
    skip: (_, v) => unreachableReceiver(v),
  },
  {
    operationId: 'sendWebhookTestPayload',
    request: (v) => ({ body: { payload_url: webhookUrl(v) } }),
    skip: (_, v) => unreachableReceiver(v),
  },
  {
    operationId: 'resendWebhookPayload',
    effect: 'shared', // redelivers a real payload to the account's own endpoint
    needs: ['webhookId', 'webhookPayloadId'],
    request: (v) => ({ path: { id: v.webhookId as number }, body: { id: v.webhookPayloadId } }),
  },
  {
    operationId: 'updateAccount',
    effect: 'shared', // account-wide approval settings
    needs: ['accountId', 'userId'],
    request: (v) => ({
      path: { id: v.accountId as number },
      body: { booking_approvals: false, default_booking_approver_ids: [v.userId], apply_to_all_resources: false },
    }),
  },
  {
    operationId: 'updateCalendar',
    effect: 'shared', // calendar connections cannot be created through the API
    needs: ['calendarId', 'incomingCalendarId'],
    request: (v) => ({
      path: { id: v.calendarId as number },
      body: { incoming_calendar_subscriptions: [{ calendar_id: v.incomingCalendarId, sync: true }] },
    }),
  },

  // ── Deletes, last ─────────────────────────────────────────────────────────────────────────────────────────
  {
    operationId: 'deleteBooking',
    needs: ['createdBookingId'],
    request: (v) => ({ path: { id: v.createdBookingId as number }, body: undefined }),
    after: deleted('createdBookingId'),
  },
  {
    operationId: 'deleteDowntime',
    needs: ['createdDowntimeId'],
    request: byId('createdDowntimeId'),
    after: deleted('createdDowntimeId'),
  },
  {
    operationId: 'deleteCustomFieldOption',
    needs: ['createdCustomFieldOptionId'],
    request: byId('createdCustomFieldOptionId'),
    after: deleted('createdCustomFieldOptionId'),
  },
  {
    operationId: 'deleteCustomField',
    needs: ['createdCustomFieldId'],
    request: byId('createdCustomFieldId'),
    after: deleted('createdCustomFieldId'),
  },
  {
    operationId: 'deleteWebhook',
    needs: ['createdWebhookId'],
    request: byId('createdWebhookId'),
    after: deleted('createdWebhookId'),
  },
  {
    operationId: 'deleteProject',
    needs: ['createdProjectId'],
    request: byId('createdProjectId'),
    after: deleted('createdProjectId'),
  },
  {
    operationId: 'deleteClient',
    needs: ['createdClientId'],
    request: byId('createdClientId'),
    after: deleted('createdClientId'),
  },
  {
    operationId: 'deleteResource',
    needs: ['createdResourceId'],
    request: (v) => ({ path: { id: v.createdResourceId as number }, body: undefined }),
    after: deleted('createdResourceId'),
  },
  { operationId: 'deleteCalendar', effect: 'shared', needs: ['calendarId'], request: byId('calendarId') },
]

export const plan = defineContractPlan({
  api: 'resource-guru',
  document: spec as unknown as OpenApiDocument,
  credentialVariables: [ENV.username, ENV.password, ENV.token, ENV.clientId, ENV.clientSecret, ENV.account],
  steps,
  vars(env, target) {
    // In-process, the mock has its defaults whatever the environment says.
    const local = target.kind === 'local'
    const oauth = oauthClient(local ? {} : env, isMock(target.kind))
    return {
      account: (!local && env[ENV.account]) || DEMO.account,
      clientId_oauth: oauth.clientId,
      clientSecret_oauth: oauth.clientSecret,
      username_oauth: oauth.username,
      password_oauth: oauth.password,
    }
  },
  async prepare(target) {
    if (!canReachThisMachine(target)) return {}
    const receiver = await startReceiver()
    return { vars: { webhookReceiverUrl: receiver.url }, close: receiver.close }
  },
  credentials(env, target) {
    if (target.kind === 'local')
      return basicAuth(DEMO.username, DEMO.password, `Basic as the demo login ${DEMO.username} (in-process mock)`)
    const token = env[ENV.token]
    const username = env[ENV.username]
    const password = env[ENV.password]
    if (token) return bearerAuth(token, `Bearer token from ${ENV.token}`)
    if ((username && !password) || (!username && password))
      throw new Error(`Set both ${ENV.username} and ${ENV.password} (one of them is empty)`)
    if (username && password && env[ENV.clientId] && env[ENV.clientSecret]) {
      return passwordGrant({
        tokenPath: '/oauth/token',
        username,
        password,
        clientId: env[ENV.clientId] as string,
        clientSecret: env[ENV.clientSecret] as string,
        description: `OAuth2 password grant as ${username} (${ENV.username}/${ENV.password}, ${ENV.clientId}/${ENV.clientSecret})`,
      })
    }
    if (username && password)
      return basicAuth(username, password, `Basic as ${username} (${ENV.username}/${ENV.password})`)
    if (target.kind === 'prism')
      return basicAuth(
        'contract',
        'suite',
        'Basic with placeholder values (Prism only checks that credentials are present)',
      )
    if (target.kind === 'mock')
      return basicAuth(
        DEMO.username,
        DEMO.password,
        `Basic as the mock's demo login ${DEMO.username} (no ${ENV.username} set)`,
      )
    throw new Error(
      `No credentials for ${target.baseUrl}: set ${ENV.username} and ${ENV.password} (Basic), or ${ENV.token} (Bearer), ` +
        `or the username and password plus ${ENV.clientId} and ${ENV.clientSecret} (OAuth2 password grant)`,
    )
  },
  async startLocal(): Promise<LocalTargets> {
    const start = (rateLimit: number) => startLocalMock('resource-guru', { rateLimit })
    // The main server's limit is out of the way; the 429 contract gets its own server with a limit of 5.
    const [main, rateLimited] = await Promise.all([start(1_000_000), start(5)])
    return { main, rateLimited: { ...rateLimited, limit: 5 } }
  },
  rateLimit: {
    probe: 'getMyUserSummary',
    limitHeader: 'X-RateLimit-Limit',
    remainingHeader: 'X-RateLimit-Remaining',
    windowSeconds: 60, // 001 "Rate Limiting": per minute
    documentedLimit: 200,
  },
})
