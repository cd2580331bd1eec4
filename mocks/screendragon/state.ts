/**
 * Screendragon's seeded state: users (id, username, email, role, FTE and available hours, custom fields), projects,
 * resource events (the tasks bookings are made against: an i_node and a name), OAuth clients, and bookings.
 *
 * The bookings are seeded to give exactly `dailyResourcingRows` rows of daily resourcing (one per booking per working
 * day), so `--screendragon-daily-resourcing-rows 1048500` seeds the vendor's documented maximum (003 line 228). At
 * that size the bookings (≈ 100,000) are generated with a seeded PRNG rather than faker calls, to start in a second.
 * Everything is deterministic for a seed; dates are laid out around the clock's current day.
 */
import { TokenService } from '../../src/auth/token-service.ts'
import type { Clock } from '../../src/core/clock.ts'
import type { StateContext } from '../../src/core/plugin.ts'
import type { SdOptions } from './defaults.ts'
import { seededRandom } from '../../src/core/random.ts'
import { Collection } from '../../src/store/collection.ts'
import { DAY_MS, addWorkingDays, dateOf, dayOf, isoUtc, nextWorkingDay, workingDaysBetween } from './time.ts'
import type { ResourceSummary, ViewUser } from './types.ts'

export interface Role {
  name: string
  /** Cost per hour, for "cost resourced" (003 line 244: 8.00 hours → 640.00). */
  costRate: number
  /** Day number the role ends on (inclusive), or `null` while it lasts. */
  endsOn: number | null
}

export interface User {
  id: number
  username: string
  firstName: string
  lastName: string
  email: string
  role: Role | null
  active: boolean
  guest: boolean
  /** Full-time equivalent, 0-1. */
  fte: number
  /** Contracted hours per working day; a booking's hours per day are capped at `availableHours × fte` (003 line 92). */
  availableHours: number
  /** Custom field values by guid. */
  customFields: Record<string, string>
  /** The `ViewUserDTO` wire form, built once (users never change through this API). */
  wire: ViewUser
}

export interface Project {
  id: number
  title: string
}

/** A resource event: what a booking is made against, by its i_node or its name (the list's `item`; 003 lines 88-89). */
export interface ResourceEvent {
  id: number
  name: string
  projectId: number
}

/** A booking as stored (times in UTC milliseconds); `present` gives the list's `ResourceSummary`. */
export interface BookingRecord {
  /** The bookingID (the booking's i_node; delete by `identifierType=booking` uses it). */
  id: number
  taskId: number
  userId: number
  eventId: number
  projectId: number
  start: number
  end: number
  hoursPerDay: number
  comment: string | null
  timesheet: boolean
  /** The user's role and cost rate when booked ("resourced role"). */
  role: string
  costRate: number
  savedAt: number
}

export interface OAuthClient {
  clientId: string
  clientSecret: string
  /** A client with no system user behind it: adding a booking answers "Invalid client configuration." (inferred). */
  configured: boolean
}

export interface CustomFieldDefinition {
  guid: string
  label: string
}

export interface SdState {
  users: Map<number, User>
  projects: Map<number, Project>
  events: Map<number, ResourceEvent>
  bookings: Collection<BookingRecord>
  /** taskID → bookingID. */
  tasks: Map<number, number>
  nextTaskId: number
  clients: Map<string, OAuthClient>
  apiKey: string
  tokens: TokenService<string>
  customFields: CustomFieldDefinition[]
}

export type { SdOptions } from './defaults.ts'

/** A second OAuth client whose tokens work but which has no system user: "Invalid client configuration." on add. */
export const UNCONFIGURED_CLIENT = {
  clientId: 'unconfigured_client_id',
  clientSecret: 'unconfigured_client_secret',
} as const

/** The custom fields of the article's sample request (003 line 231), so that request works as written. */
export const CUSTOM_FIELDS: readonly CustomFieldDefinition[] = [
  { guid: 'abc-123', label: 'Department' },
  { guid: 'def-456', label: 'Location' },
]

/**
 * Ids of the seeded records every seed has, for examples and tests: the article's sample user (003 lines 37-41) and
 * event (003 line 100), and users that exercise each rule.
 */
export const DEMO = {
  /** John Doe, `jdoe`, jdoe@example.com: full time, 8 available hours. */
  userId: 456,
  username: 'jdoe',
  email: 'jdoe@example.com',
  /** Jane Doe, Developer (003 lines 238-240). */
  janeId: 2001,
  /** FTE 0.5 with 7.5 available hours: hours per day are capped at 3.75. */
  partTimeUserId: 2002,
  /** Never had a role: "Specified user has no current role.". */
  noRoleUserId: 2003,
  /** Their role ended 30 days ago. */
  formerRoleUserId: 2004,
  /** Inactive, role still current. */
  inactiveUserId: 2005,
  /** A guest user (daily resourcing shows them only with includeGuestUsers=true). */
  guestUserId: 2006,
  /** Event "Project Alpha" of project 101. */
  eventId: 5001,
  eventName: 'Project Alpha',
  projectId: 101,
  /** A second event of project 101. */
  secondEventId: 5002,
  /** The first generated booking (John Doe on Project Alpha, this week; only when the scale allows one). */
  bookingId: 1001,
  /** The daily resourcing sample row's task (Jane Doe, "Build API", 003 line 244); generated tasks follow it. */
  taskId: 301,
} as const

const ROLES: readonly Omit<Role, 'endsOn'>[] = [
  { name: 'Developer', costRate: 80 },
  { name: 'Designer', costRate: 70 },
  { name: 'Project Manager', costRate: 95 },
  { name: 'QA Engineer', costRate: 65 },
  { name: 'Copywriter', costRate: 60 },
  { name: 'Account Director', costRate: 120 },
]
const PHASES = ['Discovery', 'Design', 'Build', 'Review', 'Launch', 'Support'] as const
const DEPARTMENTS = ['Engineering', 'Creative', 'Delivery', 'Client Services', 'Quality'] as const

const role = (name: string, endsOn: number | null = null): Role => {
  const found = ROLES.find((r) => r.name === name) ?? (ROLES[0] as Omit<Role, 'endsOn'>)
  return { ...found, endsOn }
}

/** Whether the user has a current role on `today` (and is active): 003 lines 81, 93. */
export const hasCurrentRole = (user: User, today: number): boolean =>
  user.active && user.role !== null && (user.role.endsOn === null || user.role.endsOn >= today)

/** Hours per day the user can be booked for: available hours × FTE (003 line 92), to the cent. */
export const capacity = (user: User): number => Math.round(user.availableHours * user.fte * 100) / 100

/** Working days of a booking (the number of its daily resourcing rows). */
export const bookingDays = (b: Pick<BookingRecord, 'start' | 'end'>): number =>
  workingDaysBetween(dayOf(b.start), dayOf(b.end))

function makeUser(data: Omit<User, 'wire'>): User {
  const wire: ViewUser = {
    userID: data.id,
    userName: data.username,
    firstName: data.firstName,
    lastName: data.lastName,
    email: data.email,
    customFields: CUSTOM_FIELDS.filter((f) => data.customFields[f.guid] !== undefined).map((f) => ({
      values: [data.customFields[f.guid] as string],
      guid: f.guid,
      type: 'text',
      dataType: 'string',
    })),
  }
  return { ...data, wire }
}

export function createState(ctx: StateContext<SdOptions>): SdState {
  const { faker, clock } = ctx
  const options = ctx.options
  const today = dayOf(clock.now())

  // ── Users ─────────────────────────────────────────────────────────────────────────────────────────────────
  const users = new Map<number, User>()
  const fields = () => ({ 'abc-123': faker.helpers.arrayElement(DEPARTMENTS), 'def-456': faker.location.city() })
  const add = (u: Omit<User, 'wire'>) => users.set(u.id, makeUser(u))
  const base = { active: true, guest: false, fte: 1, availableHours: 8 }
  add({
    ...base,
    id: DEMO.userId,
    username: DEMO.username,
    firstName: 'John',
    lastName: 'Doe',
    email: DEMO.email,
    role: role('Developer'),
    customFields: fields(),
  })
  add({
    ...base,
    id: DEMO.janeId,
    username: 'jane.doe',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane.doe@example.com',
    role: role('Developer'),
    customFields: fields(),
  })
  const person = (id: number, extra: Partial<Omit<User, 'wire'>>) => {
    const firstName = faker.person.firstName()
    const lastName = faker.person.lastName()
    const username = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '')
    add({
      ...base,
      id,
      firstName,
      lastName,
      username: `${username}${id}`,
      email: `${username}${id}@example.com`,
      role: role(faker.helpers.arrayElement(ROLES).name),
      fte: faker.helpers.arrayElement([1, 1, 1, 0.8, 0.6]),
      availableHours: faker.helpers.arrayElement([8, 8, 7.5]),
      customFields: fields(),
      ...extra,
    })
  }
  person(DEMO.partTimeUserId, { fte: 0.5, availableHours: 7.5, role: role('Designer') })
  person(DEMO.noRoleUserId, { role: null })
  person(DEMO.formerRoleUserId, { role: role('Copywriter', today - 30) })
  person(DEMO.inactiveUserId, { active: false })
  person(DEMO.guestUserId, { guest: true, role: role('Designer') })
  for (let id = DEMO.guestUserId + 1; id <= DEMO.guestUserId + 2; id++) person(id, { guest: true })
  for (let id = DEMO.guestUserId + 3; id <= DEMO.guestUserId + 27; id++) person(id, {})

  // ── Projects and events ───────────────────────────────────────────────────────────────────────────────────
  const projects = new Map<number, Project>()
  const events = new Map<number, ResourceEvent>()
  for (let i = 0; i < 8; i++) {
    const id = DEMO.projectId + i
    projects.set(id, {
      id,
      title:
        i === 0
          ? 'Project Alpha'
          : `${faker.company.name()} ${faker.helpers.arrayElement(['Rebrand', 'Campaign', 'Website', 'Launch', 'Portal'])}`,
    })
  }
  let eventId = DEMO.eventId
  events.set(eventId, { id: eventId, name: DEMO.eventName, projectId: DEMO.projectId })
  events.set(++eventId, { id: eventId, name: 'Build API', projectId: DEMO.projectId })
  for (const project of projects.values()) {
    for (const phase of project.id === DEMO.projectId ? PHASES.slice(4) : PHASES.slice(0, 4)) {
      eventId++
      events.set(eventId, { id: eventId, name: `${phase} – ${project.title}`, projectId: project.id })
    }
  }

  // ── Bookings ──────────────────────────────────────────────────────────────────────────────────────────────
  const present = (b: BookingRecord): ResourceSummary => {
    const user = users.get(b.userId)
    return {
      project: b.projectId,
      title: projects.get(b.projectId)?.title ?? '',
      item: events.get(b.eventId)?.name ?? '',
      user: user?.wire ?? { userID: b.userId, userName: '', firstName: '', lastName: '', email: '' },
      start: isoUtc(b.start),
      end: isoUtc(b.end),
      hrs: Math.round(b.hoursPerDay * bookingDays(b)),
      bookingID: b.id,
      taskID: b.taskId,
    }
  }
  const bookings = new Collection<BookingRecord>({ label: 'Booking', firstId: DEMO.bookingId, present })
  const tasks = new Map<number, number>()
  const state: SdState = {
    users,
    projects,
    events,
    bookings,
    tasks,
    nextTaskId: DEMO.taskId,
    clients: new Map([
      [options.clientId, { clientId: options.clientId, clientSecret: options.clientSecret, configured: true }],
      [UNCONFIGURED_CLIENT.clientId, { ...UNCONFIGURED_CLIENT, configured: false }],
    ]),
    apiKey: options.apiKey,
    tokens: new TokenService<string>({
      clock,
      accessTokenTtlSeconds: options.tokenTtlSeconds,
      issueRefreshTokens: false,
    }),
    customFields: [...CUSTOM_FIELDS],
  }
  // The article's sample bookings first (when the rows allow them all), so their task ids are taken before the
  // generated ones are handed out; their users, projects and events after the generated bookings, which therefore
  // pick from the same users and events as before.
  const docRows = options.dailyResourcingRows >= DOC_EXAMPLE_ROWS ? seedDocExampleBookings(state) : 0
  seedBookings(
    state,
    clock,
    // A whole number from 0 to the documented maximum: the option's declaration has checked it.
    options.dailyResourcingRows - docRows,
    seededRandom(faker.number.int({ max: 2 ** 31 })),
  )
  seedDocExampleRecords(state)
  bookings.all() // sorts (and caches) the seeded bookings now rather than in the first request
  return state
}

/** Inserts a booking and indexes its task. */
export function insertBooking(state: SdState, data: Omit<BookingRecord, 'id' | 'taskId'>): BookingRecord {
  while (state.tasks.has(state.nextTaskId)) state.nextTaskId++ // the seeded examples' task ids are taken
  const taskId = state.nextTaskId++
  const record = state.bookings.insert({ ...data, taskId })
  state.tasks.set(taskId, record.id)
  return record
}

export function removeBooking(state: SdState, record: BookingRecord): void {
  state.bookings.delete(record.id)
  state.tasks.delete(record.taskId)
}

/**
 * The records the article's sample requests name (003), with their ids, so each sample works as written:
 * - Fetch list of Resources (line 28): booking 789, task 321, of John Doe (456) on event "Task Name" of project 123
 *   "Project Title", 1-5 September 2025, 8 hours a day (40 h), as the sample response shows.
 * - Amend a Resource Booking (line 158): task 123 (booking 456, the sample response's ids), user `john.doe` and an
 *   event named `event123` (of project 123).
 * - Delete a Resource Booking (line 205): project 12345 with a booking after the sample's cut-off 2025-09-01.
 * - Retrieve daily Resourcing (line 230): the sample row, Jane Doe (2001), Developer, task 301 "Build API" of project
 *   101 on 2025-09-24, 8.00 hours, 640.00, resourceitemid (booking) 501, saved 2025-09-24T10:00:00.
 * Names, dates and fields the samples do not show are the mock's (inferred).
 */
export const DOC_EXAMPLES = {
  johnDotDoeId: 457,
  listProjectId: 123,
  taskNameEventId: 5321,
  event123Id: 5123,
  deleteProjectId: 12345,
  deleteEventId: 5345,
} as const

/** Daily resourcing rows of the sample bookings (5 + 1 + 1 + 1). */
const DOC_EXAMPLE_ROWS = 8

function seedDocExampleBookings(state: SdState): number {
  const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h)
  const put = (id: number, taskId: number, data: Omit<BookingRecord, 'id' | 'taskId' | 'comment' | 'timesheet'>) => {
    state.bookings.insert({ id, taskId, comment: null, timesheet: false, ...data })
    state.tasks.set(taskId, id)
  }
  const developer = { role: 'Developer', costRate: 80 }
  put(789, 321, {
    userId: DEMO.userId,
    eventId: DOC_EXAMPLES.taskNameEventId,
    projectId: DOC_EXAMPLES.listProjectId,
    start: utc(2025, 9, 1),
    end: utc(2025, 9, 5),
    hoursPerDay: 8,
    ...developer,
    savedAt: utc(2025, 8, 25, 10),
  })
  put(456, 123, {
    userId: DOC_EXAMPLES.johnDotDoeId,
    eventId: DOC_EXAMPLES.event123Id,
    projectId: DOC_EXAMPLES.listProjectId,
    start: utc(2025, 9, 24, 8),
    end: utc(2025, 9, 24, 16),
    hoursPerDay: 8,
    ...developer,
    savedAt: utc(2025, 9, 1, 10),
  })
  put(501, DEMO.taskId, {
    userId: DEMO.janeId,
    eventId: DEMO.secondEventId,
    projectId: DEMO.projectId,
    start: utc(2025, 9, 24, 9),
    end: utc(2025, 9, 24, 17),
    hoursPerDay: 8,
    ...developer,
    savedAt: utc(2025, 9, 24, 10),
  })
  put(790, 790, {
    userId: DEMO.userId,
    eventId: DOC_EXAMPLES.deleteEventId,
    projectId: DOC_EXAMPLES.deleteProjectId,
    start: utc(2025, 9, 15, 9),
    end: utc(2025, 9, 15, 17),
    hoursPerDay: 8,
    ...developer,
    savedAt: utc(2025, 9, 1, 10),
  })
  return DOC_EXAMPLE_ROWS
}

function seedDocExampleRecords(state: SdState): void {
  state.users.set(
    DOC_EXAMPLES.johnDotDoeId,
    makeUser({
      id: DOC_EXAMPLES.johnDotDoeId,
      username: 'john.doe',
      firstName: 'John',
      lastName: 'Doe',
      email: 'john.doe@example.com',
      role: role('Developer'),
      active: true,
      guest: false,
      fte: 1,
      availableHours: 8,
      customFields: { 'abc-123': 'Engineering', 'def-456': 'London' },
    }),
  )
  state.projects.set(DOC_EXAMPLES.listProjectId, { id: DOC_EXAMPLES.listProjectId, title: 'Project Title' })
  state.projects.set(DOC_EXAMPLES.deleteProjectId, { id: DOC_EXAMPLES.deleteProjectId, title: 'Website Relaunch' })
  for (const [id, name, projectId] of [
    [DOC_EXAMPLES.taskNameEventId, 'Task Name', DOC_EXAMPLES.listProjectId],
    [DOC_EXAMPLES.event123Id, 'event123', DOC_EXAMPLES.listProjectId],
    [DOC_EXAMPLES.deleteEventId, 'Build – Website Relaunch', DOC_EXAMPLES.deleteProjectId],
  ] as const)
    state.events.set(id, { id, name, projectId })
}

/**
 * Bookings whose working days add up to exactly `rows`: first John Doe on "Project Alpha" for this week (the demo
 * booking), then bookings of 1-20 working days for random bookable users on random events, starting within half a
 * year either side of today, 09:00-17:00 UTC.
 */
function seedBookings(state: SdState, clock: Clock, rows: number, random: () => number): void {
  const today = dayOf(clock.now())
  const monday = today - ((((today + 4) % 7) + 6) % 7)
  const bookable = [...state.users.values()].filter((u) => hasCurrentRole(u, today))
  const events = [...state.events.values()]
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const savedBase = clock.now() - 200 * DAY_MS
  let left = rows
  const book = (user: User, event: ResourceEvent, first: number, days: number, hours: number) => {
    const last = addWorkingDays(first, days)
    insertBooking(state, {
      userId: user.id,
      eventId: event.id,
      projectId: event.projectId,
      start: first * DAY_MS + 9 * 3_600_000,
      end: last * DAY_MS + 17 * 3_600_000,
      hoursPerDay: Math.min(hours, capacity(user)),
      comment: null,
      timesheet: false,
      role: user.role?.name ?? '',
      costRate: user.role?.costRate ?? 0,
      savedAt: savedBase + Math.floor(random() * 190 * DAY_MS),
    })
    left -= days
  }
  const john = state.users.get(DEMO.userId)
  const alpha = state.events.get(DEMO.eventId)
  if (john && alpha && left > 0) book(john, alpha, monday, Math.min(5, left), 8)
  while (left > 0) {
    const first = nextWorkingDay(today - 182 + Math.floor(random() * 365))
    book(pick(bookable), pick(events), first, Math.min(left, 1 + Math.floor(random() * 20)), pick([8, 8, 7.5, 6, 4, 2]))
  }
}

/** What `GET /__mock/screendragon/state` shows. */
export function inspectState(state: SdState): unknown {
  let rows = 0
  for (const b of state.bookings.all()) rows += bookingDays(b)
  return {
    users: [...state.users.values()].map((u) => ({
      userID: u.id,
      userName: u.username,
      email: u.email,
      role: u.role?.name ?? null,
      roleEnds: u.role?.endsOn == null ? null : dateOf(u.role.endsOn),
      active: u.active,
      guest: u.guest,
      fte: u.fte,
      availableHours: u.availableHours,
    })),
    projects: [...state.projects.values()],
    events: [...state.events.values()].map((e) => ({ i_node: e.id, name: e.name, project: e.projectId })),
    bookings: state.bookings.size,
    dailyResourcingRows: rows,
    oauthClients: [...state.clients.values()].map((c) => ({ clientId: c.clientId, configured: c.configured })),
  }
}
