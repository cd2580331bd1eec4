/**
 * The ScheduleIt contract plan: one happy path for each of the 18 operations, then checks of the query language
 * (filters return only matching records, sort order and limit hold, fields select), a form-encoded create and update
 * read back, delete then 404, and the documented errors; the 429 contract last.
 *
 * Ids are never hard-coded: the lists run first and remember what they return, so the same plan works on the seeded
 * mock and on a live account. The run creates its own group, resource and events (dated 2031), changes only those,
 * and deletes them. ScheduleIt holds errors against the account (000 line 15; the vendor page in inventory §1), so
 * against a live account the run keeps the client duties — wait a minute after a 429 or any other error, stop after a
 * 400 or 403 or three errors in a row — sends none of the checks that are made to fail, and never provokes a 429.
 */
import { basicAuth } from '../../src/contract/auth.ts'
import type { ContractResponse } from '../../src/contract/client.ts'
import { contractDuties } from '../../src/contract/duties.ts'
import { startLocalMock } from '../local-mock.ts'
import { defineContractPlan, type PlanCheck, type PlanStep, type StepContext } from '../../src/contract/plan.ts'
import type { Vars } from '../../src/contract/request-builder.ts'
import { isMock, type LocalTargets, type TargetInfo } from '../../src/contract/target.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
// The generated JSON copy of the spec (npm run gen:types; check:types keeps it current): parsing the YAML took seconds.
import spec from '../../specs/scheduleit/openapi.gen.json' with { type: 'json' }
import { SCHEDULEIT_DEFAULTS } from '../../mocks/scheduleit/defaults.ts'
import { SCHEDULEIT_DUTIES } from '../../mocks/scheduleit/duties.ts'

/** The mock's demo login. */
export const DEMO = SCHEDULEIT_DEFAULTS

/** The environment variables the plan reads (the same ones set `npm start`'s demo login). */
export const ENV = {
  accountNumber: 'SCHEDULEIT_ACCOUNT_NUMBER',
  loginName: 'SCHEDULEIT_LOGIN_NAME',
  password: 'SCHEDULEIT_PASSWORD',
} as const

type Rec = Record<string, string>

/** The records of a list or single-record answer (`_embedded.<data set>._embedded.data`), `[]` when absent. */
export function records(res: ContractResponse): Rec[] {
  const embedded = (res.body as { _embedded?: Record<string, { _embedded?: { data?: unknown } }> } | undefined)
    ?._embedded
  const data = Object.values(embedded ?? {})[0]?._embedded?.data
  return Array.isArray(data) ? (data as Rec[]) : []
}

const idsOf = (res: ContractResponse): number[] => records(res).map((r) => Number(r.id))
const tagged = (r: Rec): number[] => (r.owner ?? '').split(',').filter(Boolean).map(Number)

/** Remembers a value from a response (keeps an earlier value). */
const remember =
  (name: string, pick: (res: ContractResponse) => unknown) => (res: ContractResponse, ctx: StepContext) => {
    const value = pick(res)
    if (value !== undefined && ctx.vars[name] === undefined) ctx.vars[name] = value
  }
const firstId = (res: ContractResponse) => (records(res)[0] ? Number(records(res)[0]?.id) : undefined)

/** Remembers a created record's id and registers the delete that undoes it. */
const created = (name: string, deleteOperation: string) => (res: ContractResponse, ctx: StepContext) => {
  const id = Number((res.body as Rec | undefined)?.id)
  if (!Number.isInteger(id)) return
  ctx.vars[name] = id
  ctx.track(name, ctx.request(deleteOperation, { path: { id } }))
}
const deleted = (name: string) => (_res: ContractResponse, ctx: StepContext) => ctx.forget(name)
const byId = (name: string) => (v: Vars) => ({ path: { id: v[name] as number } })

const LIST = { limit: 1000 } // the public clients' own limit (inventory §1)

const steps: PlanStep[] = [
  // ── Reads: discover ids on the account ───────────────────────────────────────────────────────────────────────
  { operationId: 'getApiRoot' },
  {
    operationId: 'listGroups',
    request: () => ({ query: { fields: 'id,name', ...LIST } }),
    after(res, ctx) {
      remember('groupId', firstId)(res, ctx)
      remember('groupIds', (r) => idsOf(r).slice(0, 5))(res, ctx)
    },
  },
  { operationId: 'getGroup', needs: ['groupId'], request: byId('groupId') },
  {
    operationId: 'listResources',
    request: () => ({ query: { fields: 'id,name,owner', ...LIST } }),
    after(res, ctx) {
      remember('resourceId', firstId)(res, ctx)
      remember('resourceName', (r) => records(r)[0]?.name)(res, ctx)
      remember('resourceIds', (r) => idsOf(r).slice(0, 5))(res, ctx)
    },
  },
  { operationId: 'getResource', needs: ['resourceId'], request: byId('resourceId') },
  {
    operationId: 'listEvents',
    request: () => ({ query: { fields: 'id,title,owner,date_start,date_end', limit: 50 } }),
    after(res, ctx) {
      remember('eventId', firstId)(res, ctx)
      remember('eventIds', (r) => idsOf(r).slice(0, 10))(res, ctx)
      // A resource some listed event is tagged with, for the search_owner checks.
      remember(
        'taggedResourceId',
        (r) =>
          records(r)
            .map(tagged)
            .find((ids) => ids.length)?.[0],
      )(res, ctx)
      remember('eventTitleWord', (r) =>
        records(r)
          .map((e) => (e.title ?? '').split(/\s+/)[0])
          .find((w) => w && w.length >= 3),
      )(res, ctx)
    },
  },
  { operationId: 'getEvent', needs: ['eventId'], request: byId('eventId') },
  {
    operationId: 'listLabels',
    request: () => ({ query: { fields: 'id,name', ...LIST } }),
    after: remember('labelId', firstId),
  },
  { operationId: 'getLabel', needs: ['labelId'], request: byId('labelId') },

  // ── Creates: the run's own records ─────────────────────────────────────────────────────────────────────────
  {
    operationId: 'createGroup',
    request: () => ({
      body: {
        name: 'Contract suite group',
        color_back: '#66FF66',
        positionv: '99',
        min_resources: '0',
        max_resources: '0',
        hide_from_main: '1',
        hide_from_event: '0',
      },
    }),
    after: created('createdGroupId', 'deleteGroup'),
  },
  {
    operationId: 'createResource',
    needs: ['createdGroupId'],
    request: (v) => ({
      body: {
        name: 'Contract suite resource',
        owner: String(v.createdGroupId),
        email: '',
        data1: 'Created by the contract suite; safe to delete',
      },
    }),
    after: created('createdResourceId', 'deleteResource'),
  },
  {
    operationId: 'createEvent',
    needs: ['createdResourceId'],
    request: (v) => ({
      body: {
        title: 'Contract suite event',
        owner: String(v.createdResourceId),
        date_start: '2031-03-03 09:00:00',
        date_end: '2031-03-03 10:00:00',
        notes: 'Created by the contract suite; safe to delete',
      },
    }),
    after: created('createdEventId', 'deleteEvent'),
  },

  // ── Changes to the run's own records ──────────────────────────────────────────────────────────────────────
  {
    operationId: 'updateGroup',
    needs: ['createdGroupId'],
    request: (v) => ({ path: { id: v.createdGroupId as number }, body: { name: 'Contract suite group (updated)' } }),
  },
  {
    operationId: 'updateResource',
    needs: ['createdResourceId'],
    request: (v) => ({ path: { id: v.createdResourceId as number }, body: { data2: 'Updated by the contract suite' } }),
  },
  {
    operationId: 'updateEvent',
    needs: ['createdEventId'],
    request: (v) => ({ path: { id: v.createdEventId as number }, body: { completed: '50' } }),
  },

  // ── Deletes, last ─────────────────────────────────────────────────────────────────────────────────────────
  {
    operationId: 'deleteEvent',
    needs: ['createdEventId'],
    request: byId('createdEventId'),
    after: deleted('createdEventId'),
  },
  {
    operationId: 'deleteResource',
    needs: ['createdResourceId'],
    request: byId('createdResourceId'),
    after: deleted('createdResourceId'),
  },
  {
    operationId: 'deleteGroup',
    needs: ['createdGroupId'],
    request: byId('createdGroupId'),
    after: deleted('createdGroupId'),
  },
]

/** Problems when a list is not what a check expects. */
function listProblems(res: ContractResponse, test: (r: Rec[]) => string | undefined): string[] {
  const problem = test(records(res))
  return problem ? [problem] : []
}

const mockOnly = (reason: string) => (target: TargetInfo) => (isMock(target.kind) ? undefined : reason)
const PROVOKES_ERROR = mockOnly(
  'made to fail: ScheduleIt holds errors against the account (stop or wait an hour after a 400/403), so it runs against a mock only',
)

/** The form-encoded event a check creates and reads back. */
const POSTED = {
  title: 'Contract suite read-back',
  date_start: '2031-03-04 13:30:00',
  date_end: '2031-03-04 15:00:00',
  notes: 'Created by the contract suite; safe to delete',
  custom1: 'CS-1',
  priority: '3',
  completed: '25',
  color_back: '#A9F5A9',
}

const checks: PlanCheck[] = [
  // ── The query language, on ids the lists found ────────────────────────────────────────────────────────────────
  {
    name: 'fields selects exactly the fields named, in that order',
    operationId: 'listGroups',
    status: 200,
    needs: ['groupIds'],
    request: (v) => ({ query: { fields: 'name,id', search_id: (v.groupIds as number[]).join(',') } }),
    expect: (res) =>
      listProblems(
        res,
        (rs) =>
          rs.find((r) => Object.keys(r).join(',') !== 'name,id') &&
          `a record came back with the fields ${Object.keys(rs.find((r) => Object.keys(r).join(',') !== 'name,id') ?? {}).join(',')}`,
      ),
  },
  {
    name: 'a single record with fields returns only those fields',
    operationId: 'getEvent',
    status: 200,
    needs: ['eventId'],
    request: (v) => ({ path: { id: v.eventId as number }, query: { fields: 'title' } }),
    expect: (res) =>
      listProblems(res, (rs) =>
        rs.length === 1 && Object.keys(rs[0] ?? {}).join(',') === 'title'
          ? undefined
          : `expected one record with only "title", got ${JSON.stringify(rs)}`,
      ),
  },
  {
    name: 'search_id returns only the ids asked for',
    operationId: 'listEvents',
    status: 200,
    needs: ['eventIds'],
    request: (v) => ({ query: { fields: 'id', search_id: (v.eventIds as number[]).slice(0, 3).join(',') } }),
    expect: (res, v) => {
      const want = (v.eventIds as number[]).slice(0, 3).sort((a, b) => a - b)
      const got = idsOf(res).sort((a, b) => a - b)
      return JSON.stringify(got) === JSON.stringify(want)
        ? []
        : [`asked for ids ${want.join(',')}, got ${got.join(',')}`]
    },
  },
  {
    name: 'limit caps the number of records',
    operationId: 'listResources',
    status: 200,
    needs: ['resourceIds'],
    request: (v) => ({ query: { fields: 'id', search_id: (v.resourceIds as number[]).join(','), limit: 2 } }),
    expect: (res, v) =>
      listProblems(res, (rs) =>
        rs.length === Math.min(2, (v.resourceIds as number[]).length) ? undefined : `limit=2 gave ${rs.length} records`,
      ),
  },
  {
    name: 'sort=-id returns the records in descending id order',
    operationId: 'listGroups',
    status: 200,
    needs: ['groupIds'],
    request: (v) => ({ query: { fields: 'id', search_id: (v.groupIds as number[]).join(','), sort: '-id' } }),
    expect: (res) => {
      const got = idsOf(res)
      return got.every((id, i) => i === 0 || (got[i - 1] as number) > id)
        ? []
        : [`not in descending id order: ${got.join(',')}`]
    },
  },
  {
    name: 'sort=name,-id orders by name first',
    operationId: 'listResources',
    status: 200,
    needs: ['resourceIds'],
    request: (v) => ({
      query: { fields: 'id,name', search_id: (v.resourceIds as number[]).join(','), sort: 'name,-id' },
    }),
    expect: (res) =>
      listProblems(res, (rs) => {
        const names = rs.map((r) => (r.name ?? '').toLowerCase())
        return names.every((n, i) => i === 0 || (names[i - 1] as string) <= n)
          ? undefined
          : `names not in order: ${rs.map((r) => r.name).join(' | ')}`
      }),
  },
  {
    name: 'search_name returns only records whose name contains the text',
    operationId: 'listResources',
    status: 200,
    needs: ['resourceName', 'resourceId'],
    request: (v) => ({ query: { fields: 'id,name', search_name: String(v.resourceName).slice(0, 4) } }),
    expect: (res, v) =>
      listProblems(res, (rs) => {
        const needle = String(v.resourceName).slice(0, 4).toLowerCase()
        const wrong = rs.filter((r) => !(r.name ?? '').toLowerCase().includes(needle))
        if (wrong.length) return `records without "${needle}" in their name: ${wrong.map((r) => r.name).join(', ')}`
        return rs.some((r) => Number(r.id) === v.resourceId)
          ? undefined
          : `resource ${String(v.resourceId)} ("${String(v.resourceName)}") is missing`
      }),
  },
  {
    name: 'search_title returns only events whose title contains the text',
    operationId: 'listEvents',
    status: 200,
    needs: ['eventTitleWord'],
    request: (v) => ({ query: { fields: 'id,title', search_title: String(v.eventTitleWord), limit: 50 } }),
    expect: (res, v) =>
      listProblems(res, (rs) => {
        const wrong = rs.filter((r) => !(r.title ?? '').toLowerCase().includes(String(v.eventTitleWord).toLowerCase()))
        return rs.length && !wrong.length
          ? undefined
          : `expected titles with "${String(v.eventTitleWord)}", got ${rs.map((r) => r.title).join(' | ') || 'none'}`
      }),
  },
  {
    name: 'search_owner returns only events linked to the resource',
    operationId: 'listEvents',
    status: 200,
    needs: ['taggedResourceId'],
    request: (v) => ({ query: { fields: 'id,owner', search_owner: String(v.taggedResourceId), limit: 50 } }),
    expect: (res, v) =>
      listProblems(res, (rs) =>
        rs.length && rs.every((r) => tagged(r).includes(v.taggedResourceId as number))
          ? undefined
          : `events not linked to ${String(v.taggedResourceId)}: ${JSON.stringify(rs.slice(0, 5))}`,
      ),
  },
  {
    name: 'search_owner=!id leaves out the events linked to the resource',
    operationId: 'listEvents',
    status: 200,
    needs: ['taggedResourceId', 'eventIds'],
    request: (v) => ({
      query: {
        fields: 'id,owner',
        search_id: (v.eventIds as number[]).join(','),
        search_owner: `!${String(v.taggedResourceId)}`,
      },
    }),
    expect: (res, v) =>
      listProblems(res, (rs) =>
        rs.some((r) => tagged(r).includes(v.taggedResourceId as number))
          ? `an event linked to ${String(v.taggedResourceId)} came back`
          : undefined,
      ),
  },
  {
    name: 'search_date_modified=>date returns only records changed after it',
    operationId: 'listGroups',
    status: 200,
    needs: ['groupIds'],
    request: (v) => ({
      query: {
        fields: 'id,date_modified',
        search_id: (v.groupIds as number[]).join(','),
        search_date_modified: '>2000-01-01',
      },
    }),
    expect: (res) =>
      listProblems(res, (rs) =>
        rs.length && rs.every((r) => (r.date_modified ?? '') > '2000-01-01')
          ? undefined
          : `expected records changed after 2000-01-01, got ${JSON.stringify(rs)}`,
      ),
  },
  {
    name: 'search_date_modified=<date returns nothing changed later',
    operationId: 'listGroups',
    status: 200,
    needs: ['groupIds'],
    request: (v) => ({
      query: {
        fields: 'id,date_modified',
        search_id: (v.groupIds as number[]).join(','),
        search_date_modified: '<2000-01-01',
      },
    }),
    expect: (res) =>
      listProblems(res, (rs) =>
        rs.length ? `expected no record changed before 2000-01-01, got ${JSON.stringify(rs)}` : undefined,
      ),
  },

  // ── A form-encoded create and update, read back; delete, then 404 ────────────────────────────────────────────
  {
    name: 'a form-encoded create answers with the fields written',
    operationId: 'createEvent',
    needs: ['resourceId'],
    status: 200,
    request: (v) => ({ body: { ...POSTED, owner: String(v.resourceId) } }),
    after: created('checkEventId', 'deleteEvent'),
    expect: (res) =>
      (res.body as Rec | undefined)?.title === POSTED.title ? [] : ['the answer does not carry the title posted'],
  },
  {
    name: 'the created event reads back with every field posted',
    operationId: 'getEvent',
    needs: ['checkEventId', 'resourceId'],
    status: 200,
    request: (v) => ({ path: { id: v.checkEventId as number } }),
    expect: (res, v) => {
      const [event] = records(res)
      const want: Rec = { ...POSTED, owner: `,${String(v.resourceId)},` }
      return Object.entries(want)
        .filter(([k, value]) => event?.[k] !== value)
        .map(([k, value]) => `${k}: posted "${value}", read back "${event?.[k] ?? '(missing)'}"`)
    },
  },
  {
    name: 'a form-encoded update changes the posted fields',
    operationId: 'updateEvent',
    needs: ['checkEventId'],
    status: 200,
    request: (v) => ({
      path: { id: v.checkEventId as number },
      body: { notes: 'Updated by the contract suite', completed: '100' },
    }),
  },
  {
    name: 'the update reads back, the other fields unchanged',
    operationId: 'getEvent',
    needs: ['checkEventId'],
    status: 200,
    request: (v) => ({ path: { id: v.checkEventId as number }, query: { fields: 'title,notes,completed,priority' } }),
    expect: (res) => {
      const [event] = records(res)
      const want: Rec = {
        title: POSTED.title,
        notes: 'Updated by the contract suite',
        completed: '100',
        priority: POSTED.priority,
      }
      return Object.entries(want)
        .filter(([k, value]) => event?.[k] !== value)
        .map(([k, value]) => `${k}: expected "${value}", read back "${event?.[k] ?? '(missing)'}"`)
    },
  },
  {
    name: 'delete answers 200',
    operationId: 'deleteEvent',
    needs: ['checkEventId'],
    status: 200,
    request: (v) => ({ path: { id: v.checkEventId as number } }),
    after: deleted('checkEventId'),
  },
  {
    name: 'a deleted event answers 404',
    operationId: 'getEvent',
    needs: ['checkEventId'],
    status: 404,
    effect: 'write', // only after the run's own delete
    request: (v) => ({ path: { id: v.checkEventId as number } }),
  },

  // ── Documented errors (mock only: ScheduleIt counts them against the account) ─────────────────────────────────
  {
    name: 'a wrong password → 403 "access denied"',
    operationId: 'listGroups',
    authenticate: false,
    status: 403,
    request: () => ({
      headers: { authorization: `Basic ${Buffer.from('12345_contract:wrong-password').toString('base64')}` },
      query: { fields: 'id' },
    }),
    skip: PROVOKES_ERROR,
  },
  {
    name: 'a malformed search_date_modified → 400',
    operationId: 'listEvents',
    status: 400,
    request: () => ({ query: { search_date_modified: '>2022-13-45' } }),
    skip: PROVOKES_ERROR,
  },
  {
    name: 'an unknown field → 400',
    operationId: 'listGroups',
    status: 400,
    request: () => ({ query: { fields: 'id,no_such_field' } }),
    skip: PROVOKES_ERROR,
  },
  {
    name: 'an event that ends before it starts → 400',
    operationId: 'createEvent',
    status: 400,
    request: () => ({
      body: {
        title: 'Contract suite: never created',
        date_start: '2031-03-05 10:00:00',
        date_end: '2031-03-05 09:00:00',
      },
    }),
    skip: PROVOKES_ERROR,
  },
]

export const plan = defineContractPlan({
  api: 'scheduleit',
  document: spec as unknown as OpenApiDocument,
  credentialVariables: [ENV.accountNumber, ENV.loginName, ENV.password],
  steps,
  checks,
  vars: () => ({}),
  credentials(env, target) {
    const demo = `${DEMO.accountNumber}_${DEMO.loginName}`
    if (target.kind === 'local')
      return basicAuth(demo, DEMO.password, `Basic as the demo login ${demo} (in-process mock)`)
    const account = env[ENV.accountNumber]
    const login = env[ENV.loginName]
    const password = env[ENV.password]
    if (account && login && password)
      return basicAuth(
        `${account}_${login}`,
        password,
        `Basic as ${account}_${login} (${ENV.accountNumber}, ${ENV.loginName}, ${ENV.password})`,
      )
    if (account || login || password)
      throw new Error(
        `Set all of ${ENV.accountNumber}, ${ENV.loginName} and ${ENV.password} (the Basic user is <account number>_<login name>)`,
      )
    if (target.kind === 'prism')
      return basicAuth(
        '12345_contract',
        'suite',
        'Basic with placeholder values (Prism only checks that credentials are present)',
      )
    if (target.kind === 'mock')
      return basicAuth(demo, DEMO.password, `Basic as the mock's demo login ${demo} (no ${ENV.loginName} set)`)
    throw new Error(
      `No credentials for ${target.baseUrl}: set ${ENV.accountNumber}, ${ENV.loginName} and ${ENV.password} (HTTP Basic as <account number>_<login name>:<password>)`,
    )
  },
  async startLocal(): Promise<LocalTargets> {
    const start = (chaos: number) => startLocalMock('scheduleit', { chaos })
    // The main server sends no random 429; the 429 contract gets one that sends nothing else.
    const [main, rateLimited] = await Promise.all([start(0), start(1)])
    return { main, rateLimited: { ...rateLimited, limit: 0 } }
  },
  rateLimit: {
    probe: 'getApiRoot',
    windowSeconds: 60, // "Your script must wait 1 minute before trying again" (000 line 15)
    // No quota is documented: 429s come at random. Against our mock (npm start) the probe sends up to this many
    // requests waiting for one (2% each by default), so it runs only with --allow-429.
    documentedLimit: 300,
    random: true,
    retryAfter: 'optional', // no Retry-After is documented
    notOnRemote:
      'ScheduleIt sends 429 only at random and documents no quota: provoking one would mean flooding a live account, which its client duties forbid',
  },
  unauthorizedStatus: [400, 403], // "400 or 403 (access denied)" (000 line 15)
  forcedErrors: [400, 403, 404, 429],
  invalidBodyAlso: ['createEvent', 'createResource', 'createGroup', 'updateEvent', 'updateResource', 'updateGroup'],
  skipErrorChecksOnRemote:
    'ScheduleIt holds errors against the account: after a 400 or 403 a client must stop or wait an hour, and 3 errors in a row must stop it',
  // The vendor's duties as declared once for the mock and the typed client (mocks/scheduleit/duties.ts).
  duties: { remote: contractDuties(SCHEDULEIT_DUTIES) },
})
