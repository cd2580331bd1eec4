/**
 * ScheduleIt's seeded state: one account with groups, resources in those groups, events tagged with resources, and
 * labels. Records are kept in wire form — every value a string, `owner` lists wrapped in commas (`",100,103,"`), as the
 * API returns them (inventory §3) — except the numeric id the collection needs. Seeding is deterministic for a seed:
 * faker is seeded by the engine, ids are sequential, and dates are laid out around the Monday of the clock's week.
 */
import type { Faker } from '@faker-js/faker'
import type { Clock } from '../../src/core/clock.ts'
import type { StateContext } from '../../src/core/plugin.ts'
import type { SiOptions } from './defaults.ts'
import { Collection } from '../../src/store/collection.ts'
import { fromKeys } from '../../src/store/fields.ts'
import type { components } from '../../specs/scheduleit/openapi.gen.ts'

type Schemas = components['schemas']
/** A stored record: the numeric id plus every other field of the data set as the string the API returns. */
type Stored<T> = { id: number } & { [K in Exclude<keyof T, 'id'>]-?: string }

export type EventRecord = Stored<Schemas['Event']>
export type ResourceRecord = Stored<Schemas['Resource']>
export type GroupRecord = Stored<Schemas['Group']>
export type LabelRecord = Stored<Schemas['Label']>
/** A record as sent: every value a string. */
export type Wire = Record<string, string>

/** Field order of each data set (the order of the spec's schemas), for full records and `fields` checks. */
export const EVENT_FIELDS = [
  'id',
  'title',
  'owner',
  'owner_names_simple',
  'date_start',
  'date_end',
  'date_start_utc',
  'date_start_timezone',
  'timezone',
  'notes',
  'location',
  'custom1',
  'custom2',
  'custom3',
  'custom4',
  'custom7',
  'custom8',
  'custom9',
  'starticon',
  'color_text',
  'color_back',
  'priority',
  'completed',
  'istask',
  'locked',
  'private',
  'parentid',
  'style',
  'geonav',
  'workingduration',
  'workspace',
  'date_modified',
] as const satisfies readonly (keyof Schemas['Event'])[]
export const RESOURCE_FIELDS = [
  'id',
  'name',
  'owner',
  'email',
  'color_back',
  'color_text',
  'color_event_back',
  'data1',
  'data2',
  'data3',
  'data4',
  'data5',
  'data6',
  'data7',
  'data8',
  'data9',
  'data10',
  'skills',
  'geonav',
  'price',
  'workspace',
  'date_modified',
] as const satisfies readonly (keyof Schemas['Resource'])[]
export const GROUP_FIELDS = [
  'id',
  'name',
  'color_back',
  'positionv',
  'min_resources',
  'max_resources',
  'hide_from_main',
  'hide_from_event',
  'workspace',
  'date_modified',
] as const satisfies readonly (keyof Schemas['Group'])[]
export const LABEL_FIELDS = ['id', 'name', 'type', 'group_id'] as const satisfies readonly (keyof Schemas['Label'])[]

/** A new record's starting point: every field of its data set but the id, empty (`fields` is one of the above). */
export const blankRecord = <F extends string>(fields: readonly F[]): Record<Exclude<F, 'id'>, string> =>
  fromKeys(
    fields.filter((f): f is Exclude<F, 'id'> => f !== 'id'),
    () => '',
  )

/**
 * A new event's values before its own (none documented: inferred): an event created by a POST before the posted
 * fields, and a seeded one before its title, resources and dates.
 */
export function newEvent(): Omit<EventRecord, 'id'> {
  return {
    ...blankRecord(EVENT_FIELDS),
    date_start_timezone: TIMEZONE,
    timezone: TIMEZONE,
    starticon: '0',
    color_text: '#000000',
    color_back: '#FFFFFF',
    priority: '0',
    completed: '0',
    istask: '0',
    locked: '0',
    private: '0',
    parentid: '0',
    workingduration: '0',
    workspace: MAIN_WORKSPACE,
  }
}

/** The demo login: `<account number>_<login name>` / password (000 line 19). */
export interface Login {
  accountNumber: string
  loginName: string
  password: string
}

export interface SiState {
  login: Login
  clock: Clock
  events: Collection<EventRecord>
  resources: Collection<ResourceRecord>
  groups: Collection<GroupRecord>
  labels: Collection<LabelRecord>
}

export type { SiOptions } from './defaults.ts'

/** The main workspace (third-party: "omit for the main workspace (id 1)"). */
export const MAIN_WORKSPACE = '1'
/** The account's time zone: the mock keeps every time in UTC, so `date_start_utc` equals `date_start`. */
export const TIMEZONE = 'UTC'

/** `YYYY-MM-DD HH:MM:SS` (UTC), the API's date-time form (000 line 186). */
export const formatDateTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
export const now = (clock: Clock): string => formatDateTime(clock.now())

/** `",1,2,"` from ids (inventory §1: owner lists are read back wrapped in commas); `""` for none. */
export const wrapIds = (ids: readonly number[]): string => (ids.length ? `,${ids.join(',')},` : '')
/** Ids from `",1,2,"`, `"1,2"` or `""`. */
export const idsOf = (list: string): number[] =>
  list
    .split(',')
    .filter((s) => s !== '')
    .map(Number)

/** Minutes from start to end, the mock's reading of `workingduration` (third-party field; unit inferred). */
export function minutesBetween(start: string, end: string): string {
  if (!start || !end) return '0'
  const ms = Date.parse(`${end.replace(' ', 'T')}Z`) - Date.parse(`${start.replace(' ', 'T')}Z`)
  return String(Math.max(0, Math.round(ms / 60_000)))
}

/** Names of the tagged resources, comma-separated (`owner_names_simple`). */
export function ownerNames(resources: Collection<ResourceRecord>, owner: string): string {
  return idsOf(owner)
    .map((id) => resources.get(id)?.name)
    .filter((name): name is string => name !== undefined)
    .join(', ')
}

const present =
  <R extends { id: number }>(fields: readonly string[]) =>
  (record: R): Wire => {
    // Wire form in the data set's field order, the id as a string like every other value.
    const out: Wire = {}
    for (const field of fields)
      out[field] = field === 'id' ? String(record.id) : ((record as unknown as Wire)[field] ?? '')
    return out
  }

const DAY = 86_400_000

function mondayOf(ms: number): number {
  const d = new Date(ms)
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
  return start - ((d.getUTCDay() + 6) % 7) * DAY
}

const hex = (f: Faker) => `#${f.string.hexadecimal({ length: 6, casing: 'upper', prefix: '' })}`

const GROUPS = ['Staff', 'Rooms', 'Equipment', 'Vehicles', 'Contractors'] as const
const ROOMS = ['Meeting Room 1', 'Meeting Room 2', 'Training Room', 'Board Room']
const EQUIPMENT = ['Projector', 'Laptop 1', 'Laptop 2', 'Camera']
const VEHICLES = ['Van 1', 'Van 2']
const TITLES = [
  'Site visit',
  'Team meeting',
  'Training',
  'Maintenance',
  'Client call',
  'Test run',
  'Planning',
  'Installation',
  'System test',
  'Review',
]
const LABELS: [string, string, string][] = [
  ['Confirmed', 'status', '0'],
  ['Tentative', 'status', '0'],
  ['Cancelled', 'status', '0'],
  ['Internal', 'category', '1'],
  ['External', 'category', '1'],
  ['Training', 'category', '1'],
]

export function createState(ctx: StateContext<SiOptions>): SiState {
  const { faker, clock, options } = ctx
  const groups = new Collection<GroupRecord>({ label: 'Group', firstId: 10, present: present(GROUP_FIELDS) })
  const resources = new Collection<ResourceRecord>({
    label: 'Resource',
    firstId: 100,
    present: present(RESOURCE_FIELDS),
  })
  const events = new Collection<EventRecord>({ label: 'Event', firstId: 1000, present: present(EVENT_FIELDS) })
  const labels = new Collection<LabelRecord>({ label: 'Label', firstId: 1, present: present(LABEL_FIELDS) })
  const modified = () => formatDateTime(clock.now() - faker.number.int({ min: DAY, max: 90 * DAY }))

  GROUPS.forEach((name, i) =>
    groups.insert({
      name,
      color_back: hex(faker),
      positionv: String(i + 1),
      min_resources: '0',
      max_resources: name === 'Vehicles' ? '1' : '0',
      hide_from_main: '0',
      hide_from_event: name === 'Contractors' ? '1' : '0',
      workspace: MAIN_WORKSPACE,
      date_modified: modified(),
    }),
  )
  // Group ids in seeding order (the collection starts at 10).
  const staff = 10,
    rooms = 11,
    equipment = 12,
    vehicles = 13,
    contractors = 14
  const addResource = (name: string, owner: number[], person: boolean, price: number) =>
    resources.insert({
      name,
      owner: wrapIds(owner),
      email: person
        ? faker.internet
            .email({ firstName: name.split(' ')[0], lastName: name.split(' ')[1], provider: 'example.com' })
            .toLowerCase()
        : '',
      color_back: hex(faker),
      color_text: '#000000',
      color_event_back: hex(faker),
      data1: person ? faker.person.jobTitle() : '',
      data2: person ? faker.commerce.department() : '',
      data3: person ? faker.phone.number({ style: 'national' }) : '',
      data4: '',
      data5: '',
      data6: '',
      data7: '',
      data8: '',
      data9: '',
      data10: '',
      skills: person ? faker.helpers.arrayElements(['1', '2', '3', '4'], { min: 0, max: 2 }).sort().join(',') : '',
      geonav: '',
      price: String(price),
      workspace: MAIN_WORKSPACE,
      date_modified: modified(),
    })
  for (let i = 0; i < 8; i++)
    addResource(
      faker.person.fullName(),
      i === 7 ? [staff, contractors] : [staff],
      true,
      faker.number.int({ min: 3, max: 9 }) * 10,
    )
  for (const name of ROOMS) addResource(name, [rooms], false, 0)
  for (const name of EQUIPMENT) addResource(name, [equipment], false, faker.helpers.arrayElement([0, 15]))
  for (const name of VEHICLES) addResource(name, [vehicles], false, 25)
  for (let i = 0; i < 2; i++) addResource(faker.person.fullName(), [contractors], true, 60)

  for (const [name, type, group] of LABELS) labels.insert({ name, type, group_id: group })

  const people = resources.filter((r) => r.email !== '').map((r) => r.id)
  const things = resources.filter((r) => r.email === '').map((r) => r.id)
  const monday = mondayOf(clock.now())
  for (let i = 0; i < 60; i++) {
    const noDate = i % 29 === 28 // two tasks with no date
    const day = monday + faker.number.int({ min: -21, max: 27 }) * DAY
    const startMs = day + faker.number.int({ min: 16, max: 32 }) * 30 * 60_000 // 08:00-16:00
    const endMs = startMs + faker.number.int({ min: 1, max: 6 }) * 30 * 60_000
    const owner = [
      faker.helpers.arrayElement(people),
      ...(faker.datatype.boolean({ probability: 0.4 }) ? [faker.helpers.arrayElement(things)] : []),
    ].sort((a, b) => a - b)
    const start = noDate ? '' : formatDateTime(startMs)
    const end = noDate ? '' : formatDateTime(endMs)
    events.insert({
      title: `${faker.helpers.arrayElement(TITLES)}${faker.datatype.boolean({ probability: 0.3 }) ? ` - ${faker.company.name()}` : ''}`,
      owner: wrapIds(owner),
      owner_names_simple: ownerNames(resources, wrapIds(owner)),
      date_start: start,
      date_end: end,
      date_start_utc: start,
      date_start_timezone: TIMEZONE,
      timezone: TIMEZONE,
      notes: faker.datatype.boolean({ probability: 0.5 }) ? faker.lorem.sentence() : '',
      location: faker.datatype.boolean({ probability: 0.4 }) ? faker.location.streetAddress() : '',
      custom1: faker.helpers.arrayElement(['ABC', 'XYZ', '', '']),
      custom2: faker.helpers.arrayElement(['PO-1001', 'PO-1002', '']),
      custom3: '',
      custom4: '',
      custom7: '',
      custom8: '',
      custom9: '',
      starticon: String(faker.helpers.arrayElement([0, 0, 1, 2])),
      color_text: '#000000',
      color_back: hex(faker),
      priority: String(faker.number.int({ min: 0, max: 9 })),
      completed: String(faker.helpers.arrayElement([0, 0, 0, 25, 50, 75, 100])),
      istask: noDate || faker.datatype.boolean({ probability: 0.1 }) ? '1' : '0',
      locked: '0',
      private: faker.datatype.boolean({ probability: 0.1 }) ? '1' : '0',
      parentid: '0',
      style: '',
      geonav: '',
      workingduration: minutesBetween(start, end),
      workspace: MAIN_WORKSPACE,
      date_modified: modified(),
    })
  }

  seedDocExamples(events, resources, groups, monday, formatDateTime(clock.now() - DAY))

  return {
    login: { accountNumber: options.accountNumber, loginName: options.loginName, password: options.password },
    clock,
    events,
    resources,
    groups,
    labels,
  }
}

/**
 * The records the help page's examples name (000), with their ids, beside the generated ones: groups 456 and 789 (the
 * Add a new Resource sample's `owner`, line 214), resource 220 (the Add a new Event sample's `owner`, line 185) and
 * events 1234 and 123456 (lines 67, 70, 177, 263). Their names, dates and other fields are the mock's (inferred).
 * Seeded after the generated records, so faker's sequence is unchanged; the next ids handed out follow the largest.
 */
function seedDocExamples(
  events: Collection<EventRecord>,
  resources: Collection<ResourceRecord>,
  groups: Collection<GroupRecord>,
  monday: number,
  modified: string,
): void {
  const group = (id: number, name: string, positionv: string) =>
    groups.insert({
      id,
      name,
      color_back: '#A9F5A9',
      positionv,
      min_resources: '0',
      max_resources: '0',
      hide_from_main: '0',
      hide_from_event: '0',
      workspace: MAIN_WORKSPACE,
      date_modified: modified,
    })
  group(456, 'Managers', '6')
  group(789, 'Project Team', '7')
  resources.insert({
    ...blankRecord(RESOURCE_FIELDS),
    id: 220,
    name: 'Jamie Example',
    owner: wrapIds([10, 456, 789]),
    email: 'jamie.example@example.com',
    color_back: '#A9F5A9',
    color_text: '#66FF66',
    color_event_back: '#FF0000',
    data1: 'Manager',
    price: '50',
    workspace: MAIN_WORKSPACE,
    date_modified: modified,
  })
  const event = (id: number, title: string, day: number) => {
    const start = formatDateTime(monday + day * DAY + 9 * 3_600_000)
    const end = formatDateTime(monday + day * DAY + 17 * 3_600_000)
    const owner = wrapIds([220])
    events.insert({
      ...newEvent(),
      id,
      title,
      owner,
      owner_names_simple: ownerNames(resources, owner),
      date_start: start,
      date_end: end,
      date_start_utc: start,
      workingduration: minutesBetween(start, end),
      date_modified: modified,
    })
  }
  event(1234, 'Project kickoff', 1)
  event(123456, 'Quarterly review', 3)
}

export function inspectState(state: SiState): unknown {
  return {
    account: state.login.accountNumber,
    login: `${state.login.accountNumber}_${state.login.loginName}`,
    events: state.events.size,
    resources: state.resources.size,
    groups: state.groups.size,
    labels: state.labels.size,
  }
}
