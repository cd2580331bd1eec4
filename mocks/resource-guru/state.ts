/**
 * Resource Guru's seeded state: users (global, as in the vendor: one login can belong to several accounts), and per
 * account every collection the API has. Seeding is deterministic for a seed: faker is seeded by the engine, ids are
 * sequential, and dates are laid out around the Monday of the clock's current week.
 */
import type { Faker } from '@faker-js/faker'
import { TokenService } from '../../src/auth/token-service.ts'
import type { Clock } from '../../src/core/clock.ts'
import type { StateContext } from '../../src/core/plugin.ts'
import type { RgOptions } from './defaults.ts'
import { timezoneAt } from './timezones.ts'
import { createWebhookDelivery, type WebhookDelivery } from './webhooks/delivery.ts'
import { fixedWindow, type RateLimitPolicy } from '../../src/rate-limit/policies.ts'
import { Collection } from '../../src/store/collection.ts'
import type {
  Account,
  Activity,
  Booking,
  Calendar,
  Client,
  CustomAvailablePeriod,
  CustomField,
  CustomFieldOption,
  Downtime,
  DowntimeType,
  ExternalEvent,
  Project,
  Resource,
  ResourceType,
  User,
  Webhook,
  WebhookPayload,
} from './types.ts'

export interface Overtime {
  id: number
  resource_id: number
  date: string
  duration: number
}

/** A login: the user record plus the password used for Basic auth and the password grant. */
export interface Login {
  user: User
  password: string
}

export interface AccountData {
  account: Account
  /** Ids of users who may use this account. */
  memberIds: Set<number>
  resourceTypes: Collection<ResourceType>
  resources: Collection<Resource>
  /** Resources deleted from the account: bookings keep pointing at them (`include_deleted_resources`). */
  deletedResourceIds: Set<number>
  clients: Collection<Client>
  projects: Collection<Project>
  bookings: Collection<Booking>
  activities: Collection<Activity & { id: number; booking_id: number }>
  downtimeTypes: Collection<DowntimeType>
  downtimes: Collection<Downtime>
  customFields: Collection<CustomField>
  customFieldOptions: Collection<CustomFieldOption>
  webhooks: Collection<Webhook>
  webhookPayloads: Collection<WebhookPayload>
  calendars: Collection<Calendar>
  externalEvents: Collection<ExternalEvent>
  customAvailablePeriods: Collection<CustomAvailablePeriod>
  overtimes: Collection<Overtime>
  /**
   * The approval workflow (001 Update account: booking_approvals, default_booking_approver_ids): off in the seed. The
   * settings are not part of the Account record on the wire (its documented fields have none).
   */
  approvals: { enabled: boolean; defaultApproverIds: number[] }
  /** Who approves each resource's bookings (resource `booking_approver_ids`, or the defaults); not on the wire. */
  resourceApprovers: Map<number, number[]>
}

export interface OAuthClient {
  clientId: string
  clientSecret: string
  name: string
}

export interface RgState {
  clock: Clock
  /**
   * The base URL the records' `url` fields are built on: the vendor's until the first request, then the base URL that
   * request reached the API at (`rebaseUrls`).
   */
  baseUrl: string
  logins: Collection<Login & { id: number }>
  accounts: Map<string, AccountData>
  /** Account ids → subdomain, for the Accounts operations (which use the numeric id). */
  accountIds: Map<number, string>
  clients: Map<string, OAuthClient>
  tokens: TokenService<number>
  /** Token issuing limits per user: 20 per minute, 1,000 per day (001 "OAuth2 Token Limits"). */
  tokenLimits: RateLimitPolicy[]
  demo: { userId: number; account: string }
  /** Sends webhook payloads (`webhooks` option); closed by the plug-in's `dispose` on reset and shutdown. */
  webhookDelivery: WebhookDelivery
}

export type { RgOptions } from './defaults.ts'

/** The vendor's base URL (001 "The Base URL"): the records' `url` fields as seeded, before any request. */
export const VENDOR_BASE_URL = 'https://api.resourceguruapp.com'

const TIMEZONES = ['London', 'UTC', 'Eastern Time (US & Canada)', 'Pacific Time (US & Canada)', 'Berlin', 'Sydney']

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z')
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
export const addDays = (date: string, n: number) => day(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000)
export const nowIso = (clock: Clock) => iso(clock.now())
const hexColor = (f: Faker) => `#${f.string.hexadecimal({ length: 6, casing: 'lower', prefix: '' })}`

/** The days of seeded booking 1 and downtime 1 that the spec's examples name (see the seed below). */
const EXAMPLE_BOOKING_DAYS = { start: '2030-06-25', length: 1 }
const EXAMPLE_DOWNTIME_DAYS = { from: '2030-06-06', to: '2030-06-09' }

function mondayOf(ms: number): string {
  const d = new Date(ms)
  const weekday = d.getUTCDay() // 0 = Sunday
  return day(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((weekday + 6) % 7) * 86_400_000)
}

export function createState(ctx: StateContext<RgOptions>): RgState {
  const { faker, clock } = ctx
  const options = ctx.options
  const created = iso(clock.now() - 90 * 86_400_000)
  const logins = new Collection<Login & { id: number }>({ label: 'User' })
  const makeUser = (first: string, last: string, email: string, password: string, owner: boolean) =>
    logins.insert({
      password,
      user: {
        id: logins.size + 1,
        first_name: first,
        last_name: last,
        email,
        image: null,
        timezone: 'London',
        color: hexColor(faker),
        permissions: owner ? 'administrator' : 'basic_user',
        booking_rights: 'manage_all',
        client_rights: 'manage_all',
        project_rights: 'manage_all',
        resource_rights: 'manage_all',
        report_rights: 'view',
        owner,
        activation_state: 'active',
        last_login_at: created,
        last_logout_at: null,
        last_activity_at: created,
        created_at: created,
        updated_at: created,
        last_product_update_read_at: null,
      },
    })
  const demo = makeUser('Demo', 'User', options.username, options.password, true)
  const colleagues = Array.from({ length: 4 }, () => {
    const first = faker.person.firstName()
    const last = faker.person.lastName()
    return makeUser(
      first,
      last,
      faker.internet.email({ firstName: first, lastName: last, provider: 'example.com' }).toLowerCase(),
      'secret',
      false,
    )
  })
  const outsider = makeUser('Olive', 'Outsider', 'owner@other.example.com', 'secret', true)

  const accounts = new Map<string, AccountData>()
  const accountIds = new Map<number, string>()
  const addAccount = (
    id: number,
    subdomain: string,
    name: string,
    owner: Login & { id: number },
    members: number[],
    size: number,
  ) => {
    const data = seedAccount(faker, clock, { id, subdomain, name, owner, members, size, created, logins })
    accounts.set(subdomain, data)
    accountIds.set(id, subdomain)
  }
  addAccount(1, options.account, 'Example Corp', demo, [demo.id, ...colleagues.map((c) => c.id)], 1)
  // A second account the demo user is not a member of: requests for it get 403.
  addAccount(
    2,
    options.account === 'other-corp' ? 'another-corp' : 'other-corp',
    'Other Corp',
    outsider,
    [outsider.id],
    0,
  )

  const clients = new Map<string, OAuthClient>([
    [options.clientId, { clientId: options.clientId, clientSecret: options.clientSecret, name: 'Demo application' }],
  ])
  return {
    clock,
    baseUrl: VENDOR_BASE_URL,
    logins,
    accounts,
    accountIds,
    clients,
    tokens: new TokenService<number>({
      clock,
      accessTokenTtlSeconds: options.tokenTtlSeconds,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
    }),
    tokenLimits: [
      fixedWindow({
        limit: 20,
        windowMs: 60_000,
        message: 'Rate Limit Exceeded: at most 20 OAuth2 tokens per minute per user',
      }),
      fixedWindow({
        limit: 1000,
        windowMs: 86_400_000,
        message: 'Rate Limit Exceeded: at most 1,000 OAuth2 tokens per day per user',
      }),
    ],
    demo: { userId: demo.id, account: options.account },
    webhookDelivery: createWebhookDelivery(options, clock),
  }
}

interface SeedAccountInput {
  id: number
  subdomain: string
  name: string
  owner: Login & { id: number }
  members: number[]
  /** 1 = the full demo data set, 0 = a near-empty account. */
  size: number
  created: string
  logins: Collection<Login & { id: number }>
}

function seedAccount(faker: Faker, clock: Clock, input: SeedAccountInput): AccountData {
  const { created } = input
  const base = `${VENDOR_BASE_URL}/v1/${input.subdomain}`
  const data: AccountData = {
    account: {
      id: input.id,
      name: input.name,
      subdomain: input.subdomain,
      rootdomain: 'resourceguruapp.com',
      url: `${VENDOR_BASE_URL}/v1/accounts/${input.id}`,
      created_at: created,
      updated_at: created,
      owner: {
        name: `${input.owner.user.first_name} ${input.owner.user.last_name}`,
        email: input.owner.user.email,
        image: null,
        timezone: 'London',
      },
    },
    memberIds: new Set(input.members),
    resourceTypes: new Collection({ label: 'Resource type' }),
    resources: new Collection({ label: 'Resource' }),
    deletedResourceIds: new Set(),
    clients: new Collection({ label: 'Client' }),
    projects: new Collection({ label: 'Project' }),
    bookings: new Collection({ label: 'Booking' }),
    activities: new Collection({ label: 'Activity', present: ({ booking_id: _bookingId, ...activity }) => activity }),
    downtimeTypes: new Collection({ label: 'Downtime type' }),
    downtimes: new Collection({ label: 'Downtime' }),
    customFields: new Collection({ label: 'Custom field' }),
    customFieldOptions: new Collection({ label: 'Custom field option' }),
    webhooks: new Collection({ label: 'Webhook' }),
    webhookPayloads: new Collection({ label: 'Webhook payload' }),
    calendars: new Collection({ label: 'Calendar' }),
    externalEvents: new Collection({ label: 'External event' }),
    customAvailablePeriods: new Collection({ label: 'Custom available period' }),
    overtimes: new Collection({ label: 'Overtime' }),
    approvals: { enabled: false, defaultApproverIds: [] },
    resourceApprovers: new Map(),
  }
  const person = data.resourceTypes.insert({
    human: true,
    name: 'Person',
    created_at: created,
    updated_at: created,
    custom_attributes: ['phone'],
    custom_fields: [],
  })
  const room = data.resourceTypes.insert({
    human: false,
    name: 'Meeting Room',
    created_at: created,
    updated_at: created,
    custom_attributes: ['capacity'],
    custom_fields: [],
  })
  data.resourceTypes.insert({
    human: false,
    name: 'Vehicle',
    created_at: created,
    updated_at: created,
    custom_attributes: ['registration_number'],
    custom_fields: [],
  })
  for (const name of ['Vacation', 'Sick Leave', 'Holiday', 'Training']) {
    data.downtimeTypes.insert({
      name,
      account_id: input.id,
      created_at: created,
      updated_at: created,
      default: name === 'Vacation',
    })
  }
  if (input.size === 0) return data

  const lastUpdatedBy = input.owner.id
  const account = { id: input.id, name: input.name, url: base }
  // Resources: people first (one per member, then more), then rooms.
  const resourceCount = 10
  for (let i = 0; i < resourceCount; i++) {
    const human = i < 8
    const type = human ? person : room
    const name = human
      ? faker.person.fullName()
      : `${faker.word.adjective({ length: { min: 4, max: 8 } })} room`.replace(/^./, (c) => c.toUpperCase())
    data.resources.insert({
      archived: i === 7,
      bookable: true,
      human,
      available_periods: [1, 2, 3, 4, 5].map((week_day) => ({
        week_day,
        start_time: 540,
        end_time: 1020,
        valid_from: '2020-01-01',
        valid_until: null,
      })),
      custom_available_periods: [],
      color: hexColor(faker),
      email: human ? faker.internet.email({ provider: 'example.com' }).toLowerCase() : null,
      phone: human ? faker.phone.number({ style: 'international' }) : null,
      image: null,
      job_title: human ? faker.person.jobTitle() : null,
      name,
      notes: null,
      created_at: created,
      updated_at: created,
      last_updated_by: lastUpdatedBy,
      url: `${base}/resources/${data.resources.size + 1}`,
      account,
      resource_type: { id: type.id, name: type.name, url: `${base}/resource_types/${type.id}` },
      selected_custom_field_options: [],
      timezone: timezoneAt(faker.helpers.arrayElement(TIMEZONES), clock.now()),
      booked_client_ids: [],
      booked_project_ids: [],
      vacation_allowance: human ? 25 : null,
      overtimes: [],
      custom_attributes: {},
    })
  }
  for (let i = 0; i < 6; i++) {
    data.clients.insert({
      archived: i === 5,
      color: hexColor(faker),
      name: faker.company.name(),
      notes: i % 2 ? faker.lorem.sentence() : null,
      creator_id: lastUpdatedBy,
      created_at: created,
      updated_at: created,
      last_updated_by: lastUpdatedBy,
      deleted: false,
      deleted_at: null,
      url: `${base}/clients/${data.clients.size + 1}`,
    })
  }
  for (let i = 0; i < 10; i++) {
    const client = i < 8 ? data.clients.all()[i % 5] : undefined
    const id = data.projects.size + 1
    data.projects.insert({
      archived: i === 9,
      creator_id: lastUpdatedBy,
      color: hexColor(faker),
      name: faker.commerce.productName(),
      project_code: `P-${String(100 + id)}`,
      notes: null,
      default_billable: i % 3 !== 0,
      created_at: created,
      updated_at: created,
      last_updated_by: lastUpdatedBy,
      deleted: false,
      deleted_at: null,
      url: `${base}/projects/${id}`,
      account_id: input.id,
      client_id: client?.id ?? null,
    })
  }
  // Bookings over four weeks from the Monday of this week, on active people and rooms.
  const monday = mondayOf(clock.now())
  const bookable = data.resources.filter((r) => !r.archived)
  const projects = data.projects.filter((p) => !p.archived)
  for (let i = 0; i < 60; i++) {
    const resource = bookable[i % bookable.length] as Resource
    const project = faker.helpers.maybe(() => faker.helpers.arrayElement(projects), { probability: 0.8 })
    const drawnStart = addDays(monday, faker.number.int({ min: -7, max: 27 }))
    const drawnLength = faker.helpers.arrayElement([0, 0, 0, 1, 2, 4])
    // Booking 1 holds the days the spec's Delete and Split booking examples name (2030-06-25..26), whatever the
    // clock, so example-driven tools succeed on a fresh mock (NOTES.md, "Examples"); its draws still happen, so the
    // rest of the seed stays as it was.
    const start = i === 0 ? EXAMPLE_BOOKING_DAYS.start : drawnStart
    const length = i === 0 ? EXAMPLE_BOOKING_DAYS.length : drawnLength
    const duration = faker.helpers.arrayElement([60, 120, 240, 480])
    const startTime = faker.helpers.arrayElement([540, 600, 780, null])
    const bookerId = faker.helpers.arrayElement(input.members)
    const booker = input.logins.require(bookerId).user
    insertBooking(data, clock, {
      resource_ids: [resource.id],
      start_date: start,
      end_date: addDays(start, length),
      duration,
      start_time: startTime,
      details: faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.5 }) ?? '',
      booker: {
        id: booker.id,
        name: `${booker.first_name} ${booker.last_name}`,
        email: booker.email,
        color: booker.color ?? null,
      },
      billable: project?.default_billable ?? false,
      project_id: project?.id ?? null,
      client_id: project?.client_id ?? null,
      timezone: null,
      tentative: i % 11 === 0,
      approval: i % 13 === 0 ? 'pending' : 'approved',
      waiting: i % 17 === 0,
      lastUpdatedBy: bookerId,
    })
  }
  const vacation = data.downtimeTypes.all()[0] as DowntimeType
  const training = data.downtimeTypes.all().find((t) => t.name === 'Training') as DowntimeType
  for (let i = 0; i < 8; i++) {
    const drawnFrom = addDays(monday, faker.number.int({ min: 0, max: 27 }))
    const resource = bookable[(i * 3) % bookable.length] as Resource
    const details = faker.helpers.maybe(() => faker.lorem.words(3), { probability: 0.5 }) ?? null
    const drawnTo = addDays(drawnFrom, faker.number.int({ min: 0, max: 4 }))
    // Downtime 1 holds the days of the spec's Split downtime example (2030-06-06..09), whatever the clock.
    const from = i === 0 ? EXAMPLE_DOWNTIME_DAYS.from : drawnFrom
    const to = i === 0 ? EXAMPLE_DOWNTIME_DAYS.to : drawnTo
    const drawn = faker.helpers.arrayElement(data.downtimeTypes.all()) ?? vacation
    data.downtimes.insert({
      details,
      from,
      to,
      start_time: 0,
      end_time: 1440,
      timezone: null,
      // Downtime 1 is of a type that can be split (001 2960: not Holiday/Vacation), so 001's Split downtime example
      // (id 1) has a downtime to split. The type is still drawn first, so the rest of the seed stays as it was.
      downtime_type_id: i === 0 ? training.id : drawn.id,
      booker_id: lastUpdatedBy,
      creator_id: lastUpdatedBy,
      resource_ids: [resource.id],
      account_id: input.id,
      created_at: created,
      updated_at: created,
      last_updated_by: lastUpdatedBy,
      leave: null,
      state: 'Approved',
      deleted: false,
    })
  }
  const skills = data.customFields.insert({
    label: 'Skills',
    required: false,
    type: 'multi_select',
    entity_types: ['resource'],
    resource_type_ids: [person.id],
    default: false,
    icon: 'clipboard',
    created_at: created,
    updated_at: created,
  })
  const phase = data.customFields.insert({
    label: 'Phase',
    required: false,
    type: 'single_select',
    entity_types: ['booking'],
    resource_type_ids: [person.id, room.id],
    default: false,
    icon: 'percent',
    created_at: created,
    updated_at: created,
  })
  for (const value of ['TypeScript', 'Design', 'Project management']) {
    data.customFieldOptions.insert({ custom_field_id: skills.id, value, created_at: created, updated_at: created })
  }
  for (const value of ['Discovery', 'Delivery']) {
    data.customFieldOptions.insert({ custom_field_id: phase.id, value, created_at: created, updated_at: created })
  }
  data.webhooks.insert({
    name: 'Bookings to our ERP',
    payload_url: 'https://erp.example.com/hooks/resource-guru',
    account_id: input.id,
    user_id: lastUpdatedBy,
    events: ['bookings'],
    url: `${base}/webhooks/1`,
    created_at: created,
    updated_at: created,
    status: 'success',
    // Paused: its URL is an example, so a mock that delivers for real (`serve`) calls no host nobody asked for.
    // Booking changes still queue payloads for it (pending); unpause it after pointing it at a receiver.
    paused: true,
  })
  const firstBooking = data.bookings.all()[0] as Booking
  data.webhookPayloads.insert({
    account_id: input.id,
    webhook_id: 1,
    model: {
      id: firstBooking.id,
      timestamp: Math.floor(Date.parse(created) / 1000),
      payload: { type: 'booking', id: firstBooking.id },
    },
    user: { id: lastUpdatedBy, name: data.account.owner?.name ?? '', email: input.owner.user.email },
    action: 'create',
    attempts: 1,
    status: 'delivered',
    last_sent_on: created,
    created_at: created,
    request_headers: { 'Content-Type': 'application/json' },
    response_from_http_client: 200,
    next_try: null,
  })
  data.calendars.insert({
    calendar_account_name: input.owner.user.email,
    connection_status: 'success',
    api: 'google',
    incoming_calendars: [{ id: 1, name: 'Team holidays', sync: true }],
    outgoing_calendar_state: 'paused',
  })
  for (let i = 0; i < 3; i++) data.externalEvents.insert({})
  return data
}

export interface NewBooking {
  resource_ids: number[]
  start_date: string
  end_date: string
  duration: number
  start_time: number | null
  details: string
  booker: Booking['booker']
  billable: boolean
  project_id: number | null
  client_id: number | null
  timezone: string | null
  tentative: boolean
  approval: 'pending' | 'approved' | 'declined'
  waiting: boolean
  lastUpdatedBy: number
  rrule?: Booking['rrule']
}

/** A booking's `durations`: one entry per day from `start_date` to `end_date`, all on the waiting list or none. */
export function bookingDays(
  b: Pick<Booking, 'start_date' | 'end_date' | 'duration' | 'start_time'>,
  waiting: boolean,
): Booking['durations'] {
  const durations: Booking['durations'] = []
  const startTime = b.start_time ?? null
  for (let date = b.start_date; date <= b.end_date; date = addDays(date, 1)) {
    durations.push({
      date,
      duration: b.duration,
      start_time: startTime,
      end_time: startTime === null ? null : Math.min(1440, startTime + b.duration),
      waiting,
    })
  }
  return durations
}

/** Builds the wire record of a booking (one `durations` entry per day) and stores it. */
export function insertBooking(data: AccountData, clock: Clock, b: NewBooking): Booking {
  const now = nowIso(clock)
  const durations = bookingDays(b, b.waiting)
  return data.bookings.insert({
    resource_id: b.resource_ids[0] as number,
    resource_ids: b.resource_ids,
    booker: b.booker,
    start_date: b.start_date,
    end_date: b.end_date,
    duration: b.duration,
    start_time: b.start_time,
    durations,
    details: b.details,
    notes: b.details,
    billable: b.billable,
    project_id: b.project_id,
    client_id: b.client_id,
    refreshable: false,
    created_at: now,
    updated_at: now,
    last_updated_by: b.lastUpdatedBy,
    rrule: b.rrule ?? null,
    group_id: null,
    sequence_no: 0,
    timezone: b.timezone,
    tentative: b.tentative,
    approval_state: { state: b.approval },
    aggregated_approval_state: { state: b.approval },
  })
}

/** `value` with every `url` member (at any depth) that starts with `from` moved onto `to`; the same object if none. */
function rebased<T>(value: T, from: string, to: string): T {
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((item) => {
      const next = rebased(item, from, to)
      if (next !== item) changed = true
      return next
    })
    return (changed ? out : value) as T
  }
  if (!value || typeof value !== 'object') return value
  let out: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(value)) {
    const next =
      key === 'url' && typeof item === 'string'
        ? item === from || item.startsWith(`${from}/`)
          ? to + item.slice(from.length)
          : item
        : rebased(item, from, to)
    if (next !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = next
  }
  return (out ?? value) as T
}

/**
 * Records link to themselves and to each other in `url` fields, on the API's own base URL (the vendor's records on
 * https://api.resourceguruapp.com, 001 "The Base URL"). The mock's are on the base URL the client reached it at (the
 * request's: the server's address or `--public-url`, the MSW handlers' base URL), as created records already were:
 * when a request arrives at another base URL than the records are on, every live record's `url` fields move to it
 * (once per change of base URL; records are replaced, so their cached JSON follows). Webhook payload records are not
 * rewritten: they keep what the change sent. See NOTES.md "Record URLs (mock)".
 */
export function rebaseUrls(state: RgState, baseUrl: string): void {
  const from = state.baseUrl
  if (baseUrl === from) return
  const rebaseAll = <T extends { id: number }>(collection: Collection<T>) => {
    for (const record of collection.all()) {
      const next = rebased(record, from, baseUrl)
      if (next !== record) collection.update(record.id, () => next)
    }
  }
  for (const data of state.accounts.values()) {
    data.account = rebased(data.account, from, baseUrl)
    rebaseAll(data.resources)
    rebaseAll(data.clients)
    rebaseAll(data.projects)
    rebaseAll(data.webhooks)
  }
  state.baseUrl = baseUrl
}

/** Every record count, for the inspection endpoint. */
export function inspectState(state: RgState): unknown {
  return {
    users: state.logins.all().map((l) => ({ id: l.user.id, email: l.user.email })),
    accounts: [...state.accounts.values()].map((a) => ({
      subdomain: a.account.subdomain,
      members: [...a.memberIds],
      counts: Object.fromEntries(
        Object.entries(a)
          .filter(([, v]) => v instanceof Collection)
          .map(([k, v]) => [k, (v as Collection<{ id: number }>).size]),
      ),
    })),
    webhookDeliveries: state.webhookDelivery.stats(),
  }
}
