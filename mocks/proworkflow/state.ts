/**
 * ProWorkflow's seeded state: one account with companies of each type (client, contractor, staff, other), their
 * contacts, projects with tasks, tracked time, quotes, invoices with lines, expenses, custom folders and files,
 * discussions, notes, events and project requests, all related to each other.
 *
 * Records are stored with the vendor's wire keys (specs/proworkflow/openapi.yaml, entity schemas); references to other
 * records are stored as ids only, and the names that go with them (`companyname`, `managername`, contact refs…) are
 * looked up when a record is shown (views.ts), so a rename shows everywhere at once. Keys that never leave the mock
 * (a login's password, `pending`, `divisionid`) are not part of any response.
 *
 * Seeding is deterministic for a seed: faker is seeded by the engine, ids are sequential from 1, and dates are laid out
 * around the clock's current day.
 */
import type { Faker } from '@faker-js/faker'
import type { Clock } from '../../src/core/clock.ts'
import type { StateContext } from '../../src/core/plugin.ts'
import type { PwOptions } from './defaults.ts'
import { Collection } from '../../src/store/collection.ts'
import { dateOf, dateTimeOf } from './query.ts'

export type FieldValueIn = { id: number; value: string }
export type CompanyType = 'client' | 'contractor' | 'staff' | 'other'
/** `all` (public: every contact) or the contact ids it is shared with. */
export type Audience = 'all' | number[]

export interface CompanyRec {
  id: number
  name: string
  code: string
  type: CompanyType
  address1: string
  address2: string
  address3: string
  city: string
  state: string
  zipcode: string
  country: string
  email: string
  phone: string
  fax: string
  website: string
  facebook: string
  linkedin: string
  twitter: string
  image: string
  tagids: number[]
  apifields: FieldValueIn[]
  lastmodified: string
  /** Added through Request Access and not yet approved (`pending=true` lists them). */
  pending: boolean
  divisionid: number
}

export interface ContactRec {
  id: number
  firstname: string
  lastname: string
  type: CompanyType
  companyid: number
  title: string
  email: string
  workphone: string
  mobilephone: string
  fax: string
  address1: string
  address2: string
  address3: string
  city: string
  state: string
  zipcode: string
  country: string
  facebook: string
  linkedin: string
  twitter: string
  image: string
  allowlogin: boolean
  username: string
  /** Never returned: checked by HTTP Basic. */
  password: string
  latitude: number | null
  longitude: number | null
  locationtime: string | null
  groupids: number[]
  roleids: number[]
  tagids: number[]
  addprojectrequest: boolean
  viewallcompanyprojects: boolean
  viewallprojecttasks: boolean
  viewarchivedprojects: boolean
  viewcalendar: boolean
  viewquotesandinvoices: boolean
  viewtimeinformation: boolean
  viewtimeline: boolean
  lastmodified: string
  apifields: FieldValueIn[]
  pending: boolean
  divisionid: number
}

/**
 * A contact before anything is set: empty texts, every permission off, no location, tags or roles. Seeding and
 * "Add a Contact" both start from it (a fresh object each time: records own their arrays).
 */
export function blankContact(): Omit<ContactRec, 'id' | 'type' | 'companyid' | 'lastmodified' | 'divisionid'> {
  return {
    firstname: '',
    lastname: '',
    title: '',
    email: '',
    workphone: '',
    mobilephone: '',
    fax: '',
    address1: '',
    address2: '',
    address3: '',
    city: '',
    state: '',
    zipcode: '',
    country: '',
    facebook: '',
    linkedin: '',
    twitter: '',
    image: '',
    username: '',
    password: '',
    allowlogin: false,
    addprojectrequest: false,
    viewallcompanyprojects: false,
    viewallprojecttasks: false,
    viewarchivedprojects: false,
    viewcalendar: false,
    viewquotesandinvoices: false,
    viewtimeinformation: false,
    viewtimeline: false,
    latitude: null,
    longitude: null,
    locationtime: null,
    groupids: [],
    roleids: [],
    tagids: [],
    apifields: [],
    pending: false,
  }
}

export interface ProjectRec {
  id: number
  number: string
  title: string
  description: string
  type: 'internal' | 'external'
  priority: number
  startdate: string | null
  duedate: string | null
  completedate: string | null
  companyid: number
  categoryid: number | null
  managerid: number
  staffids: number[]
  clientids: number[]
  contractorids: number[]
  customstatusid: number | null
  customformtitle: string
  customformcontent: string
  customfields: FieldValueIn[]
  groupid: number | null
  teamid: number | null
  privatenotes: string
  invoiced: boolean
  paid: boolean
  accountedfor: boolean
  /** A fixed value, or `auto` = the total of the project's invoices (002 line 1334 "invoicetotal"). */
  invoicetotal: number | 'auto'
  quotetotal: number | 'auto'
  timeallocated: number
  clientaccess: boolean
  emailalerts: boolean
  templateid: number | null
  lastmodified: string
  apifields: FieldValueIn[]
  divisionid: number
}

export interface TaskRec {
  id: number
  name: string
  description: string
  type: 'normal' | 'bold' | 'heading'
  order: number
  status: 'active' | 'complete'
  priority: number
  billable: boolean
  startdate: string | null
  duedate: string | null
  completedate: string | null
  /** `null` for a general task (in a task category instead). */
  projectid: number | null
  categoryid: number | null
  contactids: number[]
  creatorid: number
  dependent: boolean
  /** For dependent tasks: whether the task it depends on is done (`dependentstatus=current`). */
  current: boolean
  timeallocated: number
  lastmodified: string
  apifields: FieldValueIn[]
}

export interface TimeRec {
  id: number
  date: string
  starttime: string | null
  endtime: string | null
  timetracked: number
  billable: boolean
  notes: string
  contactid: number
  taskid: number
  lastmodified: string
  apifields: FieldValueIn[]
}

export interface QuoteRec {
  id: number
  number: string
  title: string
  description: string
  type: 'estimate' | 'quote'
  status: 'pending' | 'approved' | 'declined'
  companyid: number
  projectid: number | null
  quoteddate: string | null
  approveddate: string | null
  validtodate: string | null
  emaileddate: string | null
  emailedto: string
  quotedbyid: number
  subtotal: number
  taxtotal: number
  grandtotal: number
  taxable: boolean
  lastmodified: string
  apifields: FieldValueIn[]
}

export interface InvoiceRec {
  id: number
  number: string
  title: string
  description: string
  status: 'paid' | 'unpaid'
  companyid: number
  contactid: number
  projectid: number | null
  invoiceddate: string | null
  duedate: string | null
  paiddate: string | null
  emaileddate: string | null
  emailedto: string
  invoicedbyid: number
  purchaseordernumber: string
  taxable: boolean
  taxrate: number
  showcostbreakdown: boolean
  /** A fixed value (`500`) or a percentage (`"10%"`). */
  discountvalue: number | string
  discountdescription: string
  terms: string
  /** The invoice's address block: names as printed (default: the company's and contact's). */
  companyname: string
  contactname: string
  address1: string
  address2: string
  address3: string
  city: string
  state: string
  zipcode: string
  country: string
  xero: string
  customfield: string
  lastmodified: string
  apifields: FieldValueIn[]
  divisionid: number
}

export interface LineRec {
  id: number
  invoiceid: number
  type: 'heading' | 'expense' | 'lineitem' | 'staffrate' | 'taskrate'
  name: string
  description: string
  quantity: number
  rate: number
  /** Minutes (staff and task rates; the rate is per hour: 002 line 6562). */
  time: number
  taxable: boolean
  displayorder: number
}

export interface NoteRec {
  id: number
  title: string
  content: string
  date: string
  categoryid: number | null
  audience: Audience
  authorid: number
  lastmodified: string
  /** A company's or a contact's note (their Notes tab), or a note of the Notes section. */
  companyid: number | null
  contactid: number | null
}

export interface EventRec {
  id: number
  title: string
  description: string
  starttime: string
  endtime: string
  contactids: number[]
  lastmodified: string
  divisionid: number
}

export interface ExpenseRec {
  id: number
  name: string
  description: string
  date: string | null
  cost: number
  invoiced: boolean
  taxable: boolean
  projectid: number
  contactid: number
  lastmodified: string
}

export interface FolderRec {
  id: number
  name: string
  projectid: number
  audience: Audience
}

export interface FileRec {
  id: number
  name: string
  date: string
  /** Base64 of the content (002 line 5890). */
  content: string
  size: number
  projectid: number | null
  /** Set when the file belongs to a Project Request (002 line 5905: "Project or Project Request ID"). */
  projectrequestid: number | null
  taskid: number | null
  folderid: number | null
}

export interface MessageRec {
  id: number
  title: string
  content: string
  /** The first message of the discussion (its own id for a discussion's first message). */
  originalmessageid: number
  date: string
  authorid: number
  projectid: number | null
  taskid: number | null
  public: boolean
  notifications: boolean
  contactids: number[]
  fileids: number[]
}

export interface ProjectRequestRec {
  id: number
  title: string
  description: string
  budget: number
  startdate: string | null
  duedate: string | null
  submitteddate: string
  companyid: number
  clientid: number
  recipientid: number | null
  templateid: number | null
  groupid: number | null
  customformtitle: string
  customformcontent: string
  customfields: FieldValueIn[]
  lastmodified: string
  apifields: FieldValueIn[]
  divisionid: number
}

export interface Named {
  id: number
  name: string
}

/** Settings of the account the API only references by id (the `settings/*` calls are not in this reference). */
export interface Settings {
  tags: Named[]
  apifields: Named[]
  customfields: Named[]
  groups: (Named & { teamid: number })[]
  teams: Named[]
  roles: Named[]
  projectcategories: Named[]
  taskcategories: Named[]
  notecategories: Named[]
  customstatuses: Named[]
  templates: Named[]
  /** Permission areas, and which settings each role grants (`settings/contacts/permissions`, 002 line 3528). */
  permissions: Named[]
  rolePermissions: Record<number, Record<number, ('view' | 'add' | 'edit' | 'delete')[]>>
}

export type { PwOptions } from './defaults.ts'

export interface PwState {
  clock: Clock
  options: PwOptions
  settings: Settings
  /** Autonumbering counters. */
  counters: { project: number; invoice: number }
  companies: Collection<CompanyRec>
  contacts: Collection<ContactRec>
  projects: Collection<ProjectRec>
  tasks: Collection<TaskRec>
  time: Collection<TimeRec>
  quotes: Collection<QuoteRec>
  invoices: Collection<InvoiceRec>
  lines: Collection<LineRec>
  notes: Collection<NoteRec>
  events: Collection<EventRec>
  expenses: Collection<ExpenseRec>
  folders: Collection<FolderRec>
  files: Collection<FileRec>
  messages: Collection<MessageRec>
  projectrequests: Collection<ProjectRequestRec>
  /** Contact ids of the demo login. */
  demoContactId: number
}

const DAY = 86_400_000

const SETTINGS: Settings = {
  tags: [
    { id: 1, name: 'Key Account' },
    { id: 2, name: 'Decision Maker' },
    { id: 3, name: 'VIP' },
    { id: 4, name: 'Supplier' },
    { id: 5, name: 'Prospect' },
  ],
  apifields: [
    { id: 1, name: 'Region' },
    { id: 2, name: 'Industry' },
    { id: 3, name: 'Account Code' },
  ],
  customfields: [
    { id: 1, name: 'Budget Code' },
    { id: 2, name: 'Department' },
  ],
  groups: [
    { id: 1, name: 'Design', teamid: 1 },
    { id: 2, name: 'Development', teamid: 2 },
    { id: 3, name: 'Account Management', teamid: 1 },
  ],
  teams: [
    { id: 1, name: 'Studio' },
    { id: 2, name: 'Engineering' },
  ],
  roles: [
    { id: 1, name: 'Super User' },
    { id: 2, name: 'Project Manager' },
    { id: 3, name: 'Staff' },
  ],
  projectcategories: [
    { id: 1, name: 'Web Design' },
    { id: 2, name: 'Branding' },
    { id: 3, name: 'Marketing' },
  ],
  taskcategories: [
    { id: 1, name: 'Admin' },
    { id: 2, name: 'Sales' },
  ],
  notecategories: [
    { id: 1, name: 'General' },
    { id: 2, name: 'Meeting' },
    { id: 3, name: 'Idea' },
  ],
  customstatuses: [
    { id: 1, name: 'On Track' },
    { id: 2, name: 'At Risk' },
  ],
  templates: [
    { id: 1, name: 'Website Template' },
    { id: 2, name: 'Branding Template' },
  ],
  permissions: [
    { id: 1, name: 'Projects' },
    { id: 2, name: 'Tasks' },
    { id: 3, name: 'Time' },
    { id: 4, name: 'Quotes' },
    { id: 5, name: 'Invoices' },
    { id: 6, name: 'Contacts' },
    { id: 7, name: 'Files' },
  ],
  rolePermissions: {
    1: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((p) => [p, ['view', 'add', 'edit', 'delete']])),
    2: {
      1: ['view', 'add', 'edit'],
      2: ['view', 'add', 'edit', 'delete'],
      3: ['view', 'add', 'edit'],
      4: ['view', 'add'],
      5: ['view'],
      6: ['view', 'add'],
      7: ['view', 'add', 'edit', 'delete'],
    },
    3: { 1: ['view'], 2: ['view', 'edit'], 3: ['view', 'add', 'edit'], 6: ['view'], 7: ['view', 'add'] },
  },
}

/** Plain text of the seeded files (stored as Base64, as the API takes and gives it). */
const toBase64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)))
export const base64Size = (content: string): number => {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0
  return Math.max(0, Math.floor((content.length * 3) / 4) - padding)
}

const pad = (n: number) => String(n).padStart(5, '0')

export function createState(ctx: StateContext<PwOptions>): PwState {
  const { faker, clock } = ctx
  const options = ctx.options
  const now = clock.now()
  const today = Date.parse(`${dateOf(now)}T00:00:00Z`)
  const day = (offset: number) => dateOf(today + offset * DAY)
  const at = (offsetDays: number, hour = 10, minute = 0) =>
    dateTimeOf(today + offsetDays * DAY + hour * 3_600_000 + minute * 60_000)
  const modified = () =>
    at(
      -faker.number.int({ min: 1, max: 60 }),
      faker.number.int({ min: 8, max: 17 }),
      faker.helpers.arrayElement([0, 15, 30, 45]),
    )

  const state: PwState = {
    clock,
    options,
    settings: SETTINGS,
    counters: { project: 0, invoice: 0 },
    companies: new Collection({ label: 'Company' }),
    contacts: new Collection({ label: 'Contact' }),
    projects: new Collection({ label: 'Project' }),
    tasks: new Collection({ label: 'Task' }),
    time: new Collection({ label: 'Time Record' }),
    quotes: new Collection({ label: 'Quote' }),
    invoices: new Collection({ label: 'Invoice' }),
    lines: new Collection({ label: 'Line' }),
    notes: new Collection({ label: 'Note' }),
    events: new Collection({ label: 'Event' }),
    expenses: new Collection({ label: 'Expense' }),
    folders: new Collection({ label: 'Folder' }),
    files: new Collection({ label: 'File' }),
    messages: new Collection({ label: 'Message' }),
    projectrequests: new Collection({ label: 'Project Request' }),
    demoContactId: 1,
  }

  // ── Companies: the account's own (staff) company, clients, contractors, one "other", one pending client ───────
  const address = (f: Faker) => ({
    address1: f.location.streetAddress(),
    address2: '',
    address3: '',
    city: f.location.city(),
    state: f.location.state(),
    zipcode: f.location.zipCode(),
    country: 'United States',
  })
  const addCompany = (type: CompanyType, name: string, extra: Partial<CompanyRec> = {}) => {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '')
    const code = name
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase()
    return state.companies.insert({
      name,
      code,
      type,
      ...address(faker),
      email: `info@${slug}.example.com`,
      phone: faker.phone.number({ style: 'national' }),
      fax: '',
      website: `www.${slug}.example.com`,
      facebook: '',
      linkedin: '',
      twitter: '',
      image: '',
      tagids: [],
      apifields: [],
      lastmodified: modified(),
      pending: false,
      divisionid: 1,
      ...extra,
    })
  }
  const regions = ['Europe', 'North America', 'Asia Pacific']
  const industries = ['Industrial', 'Commercial', 'Retail', 'Healthcare']
  const agency = addCompany('staff', 'Sample Agency', { code: 'SAG' })
  const clients = Array.from({ length: 6 }, (_, i) =>
    addCompany('client', faker.company.name(), {
      tagids: faker.helpers.arrayElements([1, 3, 5], { min: 0, max: 2 }).sort((a, b) => a - b),
      apifields: [
        { id: 1, value: regions[i % regions.length] as string },
        { id: 2, value: industries[i % industries.length] as string },
      ],
      divisionid: i < 5 ? 1 : 2,
    }),
  )
  const contractors = Array.from({ length: 2 }, () => addCompany('contractor', faker.company.name(), { tagids: [4] }))
  const other = addCompany('other', faker.company.name())
  const pendingCompany = addCompany('client', faker.company.name(), { pending: true })

  // ── Contacts ──────────────────────────────────────────────────────────────────────────────────────────────────
  const addContact = (type: CompanyType, companyid: number, extra: Partial<ContactRec> = {}) => {
    const firstname = extra.firstname ?? faker.person.firstName()
    const lastname = extra.lastname ?? faker.person.lastName()
    const email =
      extra.email ??
      faker.internet.email({ firstName: firstname, lastName: lastname, provider: 'example.com' }).toLowerCase()
    return state.contacts.insert({
      ...blankContact(),
      firstname,
      lastname,
      type,
      companyid,
      title: faker.person.jobTitle(),
      email,
      workphone: faker.phone.number({ style: 'national' }),
      ...address(faker),
      lastmodified: modified(),
      divisionid: 1,
      ...extra,
    })
  }
  // The demo login: a Super User on staff (the account's owner in the vendor's examples is staff too).
  const [demoFirst, demoLast] =
    options.username.split('@')[0]?.toLowerCase() === 'demo'
      ? ['Demo', 'User']
      : [faker.person.firstName(), faker.person.lastName()]
  const demo = addContact('staff', agency.id, {
    firstname: demoFirst,
    lastname: demoLast,
    email: options.username.includes('@') ? options.username : `${options.username}@example.com`,
    username: options.username.includes('@') ? (options.username.split('@')[0] ?? options.username) : options.username,
    password: options.password,
    allowlogin: true,
    title: 'Studio Director',
    groupids: [1, 3],
    roleids: [1],
    latitude: 40.68906,
    longitude: -74.044502,
    locationtime: at(0, 8, 30),
  })
  state.demoContactId = demo.id
  const staff = [
    demo,
    ...Array.from({ length: 4 }, (_, i) =>
      addContact('staff', agency.id, {
        allowlogin: i < 3,
        username: '',
        password: i < 3 ? 'secret' : '',
        groupids: [(i % 3) + 1],
        roleids: [i === 0 ? 2 : 3],
        ...(i === 1 ? { latitude: 51.507351, longitude: -0.127758, locationtime: at(-2, 14, 5) } : {}),
      }),
    ),
  ]
  for (const s of staff.slice(1))
    if (s.allowlogin) state.contacts.update(s.id, { username: s.email.split('@')[0] ?? '' })
  const clientContacts = clients.flatMap((company, i) =>
    Array.from({ length: i < 4 ? 2 : 1 }, (_, j) =>
      addContact('client', company.id, {
        tagids: j === 0 ? [2] : [],
        allowlogin: j === 0 && i < 2,
        viewallcompanyprojects: j === 0,
        viewquotesandinvoices: j === 0,
        addprojectrequest: j === 0 && i < 2,
        apifields: [{ id: 1, value: regions[i % regions.length] as string }],
        divisionid: company.divisionid,
      }),
    ),
  )
  const contractorContacts = contractors.map((company) => addContact('contractor', company.id, { tagids: [4] }))
  addContact('other', other.id)
  addContact('client', pendingCompany.id, { pending: true })
  const staffIds = staff.map((s) => s.id)

  // ── Projects, tasks, time ─────────────────────────────────────────────────────────────────────────────────────
  const projectTitles = [
    'Website Redesign',
    'Brand Refresh',
    'Spring Campaign',
    'Mobile App',
    'Annual Report',
    'Trade Show Booth',
    'Newsletter',
    'Intranet',
  ]
  const projects = projectTitles.map((title, i) => {
    const company = clients[i % clients.length] as CompanyRec
    const complete = i >= 6
    const start = complete ? -70 + i : -20 + i * 3
    const counter = ++state.counters.project
    const companyClients = clientContacts.filter((c) => c.companyid === company.id)
    return state.projects.insert({
      id: nextProjectId(state),
      number: `${company.code}-${pad(counter)}`,
      title,
      description: faker.lorem.sentence(),
      type: 'external',
      priority: (i % 5) + 1,
      startdate: day(start),
      duedate: day(start + 30 + i * 2),
      completedate: complete ? day(start + 28) : null,
      companyid: company.id,
      categoryid: (i % 3) + 1,
      managerid: i % 3 === 0 ? demo.id : (staff[1] as ContactRec).id,
      staffids: faker.helpers.arrayElements(staffIds, { min: 1, max: 3 }).sort((a, b) => a - b),
      clientids: companyClients.slice(0, 1).map((c) => c.id),
      contractorids: i === 1 ? [(contractorContacts[0] as ContactRec).id] : [],
      customstatusid: complete ? null : (i % 2) + 1,
      customformtitle: '',
      customformcontent: '',
      customfields: [{ id: 1, value: `BC-${100 + i}` }],
      groupid: (i % 2) + 1,
      teamid: (i % 2) + 1,
      privatenotes: '',
      invoiced: complete,
      paid: i === 6,
      accountedfor: i === 6,
      invoicetotal: 'auto',
      quotetotal: 'auto',
      timeallocated: 600 + i * 120,
      clientaccess: true,
      emailalerts: true,
      templateid: null,
      lastmodified: modified(),
      apifields: [{ id: 1, value: regions[i % regions.length] as string }],
      divisionid: company.divisionid,
    })
  })

  const taskNames = ['Discovery', 'Design', 'Build', 'Review', 'Launch']
  for (const project of projects) {
    const complete = project.completedate !== null
    taskNames.forEach((name, k) => {
      const start = Date.parse(`${project.startdate ?? day(0)}T00:00:00Z`) + k * 5 * DAY
      const done = complete || k === 0
      state.tasks.insert({
        name: k === 0 ? `${name} Phase` : name,
        description: faker.lorem.sentence(),
        type: k === 0 ? 'heading' : k === 4 ? 'bold' : 'normal',
        order: k + 1,
        status: done ? 'complete' : 'active',
        priority: ((k + project.id) % 5) + 1,
        billable: k !== 3,
        startdate: dateOf(start),
        duedate: dateOf(start + 4 * DAY),
        completedate: done ? dateOf(start + 4 * DAY) : null,
        projectid: project.id,
        categoryid: null,
        contactids:
          k === 0 ? [] : faker.helpers.arrayElements(project.staffids, { min: 1, max: 2 }).sort((a, b) => a - b),
        creatorid: project.managerid,
        dependent: k >= 3,
        current: k >= 3 && done,
        timeallocated: k === 0 ? 0 : 120 + k * 60,
        lastmodified: modified(),
        apifields: [],
      })
    })
  }
  // General tasks (in a task category, not in a project: 002 "generaltasks").
  for (const [i, name] of ['Timesheets', 'Sales Pipeline Review'].entries()) {
    state.tasks.insert({
      name,
      description: faker.lorem.sentence(),
      type: 'normal',
      order: 1,
      status: 'active',
      priority: 3,
      billable: false,
      startdate: day(-7),
      duedate: day(7),
      completedate: null,
      projectid: null,
      categoryid: i + 1,
      contactids: [demo.id],
      creatorid: demo.id,
      dependent: false,
      current: false,
      timeallocated: 60,
      lastmodified: modified(),
      apifields: [],
    })
  }
  // Time tracked on the tasks over the last three weeks (time lists default to the last 7 days: -6d..+0d).
  for (const task of state.tasks.all()) {
    if (task.type === 'heading') continue
    const people = task.contactids.length ? task.contactids : [demo.id]
    const entries = task.status === 'complete' ? 2 : 3
    for (let e = 0; e < entries; e++) {
      const offset = -faker.number.int({ min: 0, max: 20 })
      const minutes = faker.helpers.arrayElement([30, 45, 60, 90, 120, 180])
      const startHour = faker.number.int({ min: 8, max: 14 })
      state.time.insert({
        date: day(offset),
        starttime: at(offset, startHour),
        endtime: at(offset, startHour, minutes),
        timetracked: minutes,
        billable: task.billable,
        notes: faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.5 }) ?? '',
        contactid: people[e % people.length] as number,
        taskid: task.id,
        lastmodified: at(offset, startHour + 3),
        apifields: [],
      })
    }
  }
  // Always some time today by the demo user, so the default window (-6d..+0d) has records.
  const firstOpen = state.tasks.all().find((t) => t.status === 'active' && t.projectid !== null && t.type !== 'heading')
  if (firstOpen) {
    state.time.insert({
      date: day(0),
      starttime: at(0, 9),
      endtime: at(0, 10),
      timetracked: 60,
      billable: true,
      notes: 'Kick-off',
      contactid: demo.id,
      taskid: firstOpen.id,
      lastmodified: at(0, 10),
      apifields: [],
    })
  }

  // ── Quotes, invoices with lines, expenses ─────────────────────────────────────────────────────────────────────
  projects.slice(0, 6).forEach((project, i) => {
    const subtotal = 1000 + i * 250
    const status = (['pending', 'approved', 'approved', 'declined', 'pending', 'approved'] as const)[i] ?? 'pending'
    state.quotes.insert({
      number: `QUO-${pad(i + 1)}`,
      title: `${project.title} Quote`,
      description: faker.lorem.sentence(),
      type: i % 3 === 0 ? 'estimate' : 'quote',
      status,
      companyid: project.companyid,
      projectid: project.id,
      quoteddate: day(-40 + i),
      approveddate: status === 'approved' ? day(-35 + i) : null,
      validtodate: day(-10 + i * 5),
      emaileddate: day(-40 + i),
      emailedto: '',
      quotedbyid: project.managerid,
      subtotal,
      taxtotal: subtotal * 0.125,
      grandtotal: subtotal * 1.125,
      taxable: true,
      lastmodified: modified(),
      apifields: [],
    })
  })
  const invoiceSpecs = [
    { project: 0, invoiced: -40, due: -26, paid: -20 },
    { project: 1, invoiced: -20, due: -6, paid: null }, // overdue
    { project: 2, invoiced: -5, due: 9, paid: null },
    { project: 6, invoiced: -30, due: -16, paid: -10 },
    { project: 7, invoiced: -3, due: 11, paid: null },
  ]
  for (const spec of invoiceSpecs) {
    const project = projects[spec.project] as ProjectRec
    const company = state.companies.require(project.companyid)
    const contact = state.contacts.require(project.clientids[0] ?? clientContacts[0]?.id ?? demo.id)
    const invoice = state.invoices.insert({
      number: `INV-${pad(++state.counters.invoice)}`,
      title: `${project.title} Invoice`,
      description: faker.lorem.sentence(),
      status: spec.paid === null ? 'unpaid' : 'paid',
      companyid: company.id,
      contactid: contact.id,
      projectid: project.id,
      invoiceddate: day(spec.invoiced),
      duedate: day(spec.due),
      paiddate: spec.paid === null ? null : day(spec.paid),
      emaileddate: day(spec.invoiced),
      emailedto: contact.email,
      invoicedbyid: project.managerid,
      purchaseordernumber: '',
      taxable: true,
      taxrate: 12.5,
      showcostbreakdown: true,
      discountvalue: 0,
      discountdescription: 'Discount',
      terms: 'Valid for 14 Days',
      companyname: company.name,
      contactname: `${contact.firstname} ${contact.lastname}`,
      address1: company.address1,
      address2: company.address2,
      address3: company.address3,
      city: company.city,
      state: company.state,
      zipcode: company.zipcode,
      country: company.country,
      xero: '',
      customfield: '',
      lastmodified: at(spec.paid ?? spec.invoiced),
      apifields: [],
      divisionid: company.divisionid,
    })
    const lines: Omit<LineRec, 'id' | 'invoiceid' | 'displayorder'>[] = [
      { type: 'heading', name: project.title, description: '', quantity: 0, rate: 0, time: 0, taxable: false },
      {
        type: 'lineitem',
        name: 'Design work',
        description: faker.lorem.words(4),
        quantity: 1 + (spec.project % 3),
        rate: 250,
        time: 0,
        taxable: true,
      },
      {
        type: 'staffrate',
        name: `${demo.firstname} ${demo.lastname}`,
        description: '',
        quantity: 0,
        rate: 120,
        time: 90,
        taxable: true,
      },
    ]
    lines.forEach((line, k) => state.lines.insert({ ...line, invoiceid: invoice.id, displayorder: k + 1 }))
  }
  projects.forEach((project, i) => {
    if (i % 2 === 1) return
    state.expenses.insert({
      name: faker.helpers.arrayElement(['Stock photography', 'Printing', 'Courier', 'Hosting', 'Fonts']),
      description: faker.lorem.sentence(),
      date: day(-i * 3 - 1),
      cost: 50 + i * 25,
      invoiced: i === 6,
      taxable: i !== 4,
      projectid: project.id,
      contactid: project.managerid,
      lastmodified: modified(),
    })
  })

  // ── Folders and files ─────────────────────────────────────────────────────────────────────────────────────────
  const p1 = projects[0] as ProjectRec
  const p2 = projects[1] as ProjectRec
  const briefs = state.folders.insert({ name: 'Briefs', projectid: p1.id, audience: 'all' })
  const contracts = state.folders.insert({
    name: 'Contracts',
    projectid: p2.id,
    audience: [demo.id, (staff[1] as ContactRec).id],
  })
  const firstTask = state.tasks.all().find((t) => t.projectid === p1.id && t.type !== 'heading') as TaskRec
  const addFile = (name: string, text: string, where: Partial<FileRec>, offset: number) => {
    const content = toBase64(text)
    return state.files.insert({
      name,
      date: at(offset, 11),
      content,
      size: base64Size(content),
      projectid: null,
      projectrequestid: null,
      taskid: null,
      folderid: null,
      ...where,
    })
  }
  const specFile = addFile('specification.txt', 'Website specification, version 1.', { projectid: p1.id }, -15)
  addFile('moodboard.txt', 'Colours: teal, sand, charcoal.', { taskid: firstTask.id }, -12)
  addFile('brief.txt', 'Client brief for the redesign.', { folderid: briefs.id }, -18)
  addFile('contract.txt', 'Master services agreement.', { folderid: contracts.id }, -30)
  addFile('logo-options.txt', 'Three logo directions.', { projectid: p2.id }, -8)

  // ── Discussions ───────────────────────────────────────────────────────────────────────────────────────────────
  const startDiscussion = (
    project: ProjectRec,
    taskid: number | null,
    title: string,
    offset: number,
    fileids: number[] = [],
  ) => {
    const first = state.messages.insert({
      title,
      content: faker.lorem.sentences(2),
      originalmessageid: 0,
      date: at(offset, 9, 30),
      authorid: demo.id,
      projectid: project.id,
      taskid,
      public: true,
      notifications: true,
      contactids: [...new Set([demo.id, ...project.staffids, ...project.clientids])].sort((a, b) => a - b),
      fileids,
    })
    state.messages.update(first.id, { originalmessageid: first.id })
    return state.messages.require(first.id)
  }
  const kickoff = startDiscussion(p1, null, 'Kick-off', -14, [specFile.id])
  for (const [k, author] of [p1.clientids[0] ?? demo.id, p1.staffids[0] ?? demo.id].entries()) {
    const { id: _first, ...thread } = kickoff
    state.messages.insert({
      ...thread,
      content: faker.lorem.sentence(),
      originalmessageid: kickoff.id,
      date: at(-13 + k, 11),
      authorid: author,
      fileids: [],
    })
  }
  startDiscussion(p2, null, 'Logo feedback', -6)
  startDiscussion(p1, firstTask.id, 'Design questions', -3)

  // ── Notes: the Notes section, and notes on companies and contacts ────────────────────────────────────────────
  const note = (title: string, extra: Partial<NoteRec>, offset: number) =>
    state.notes.insert({
      title,
      content: faker.lorem.paragraph(),
      date: at(offset, 15),
      categoryid: null,
      audience: 'all',
      authorid: demo.id,
      lastmodified: at(offset, 15),
      companyid: null,
      contactid: null,
      ...extra,
    })
  note('Studio process', { categoryid: 1 }, -30)
  note('Weekly meeting', { categoryid: 2, audience: staffIds.slice(0, 3) }, -7)
  note('New service idea', { categoryid: 3, audience: [demo.id] }, -2)
  note('Holiday schedule', { categoryid: 1 }, -1)
  note('', { companyid: (clients[0] as CompanyRec).id, content: 'Prefers e-mail over phone.' }, -20)
  note('', { companyid: (clients[0] as CompanyRec).id, content: 'Renewal due next quarter.' }, -5)
  note('', { companyid: (clients[1] as CompanyRec).id, content: 'Met at the trade show.' }, -9)
  note('', { contactid: (clientContacts[0] as ContactRec).id, content: 'Decision maker for budgets.' }, -11)
  note('', { contactid: (staff[1] as ContactRec).id, content: 'On leave next month.' }, -4)

  // ── Events ────────────────────────────────────────────────────────────────────────────────────────────────────
  const event = (title: string, offset: number, hour: number, hours: number, contactids: number[]) =>
    state.events.insert({
      title,
      description: faker.lorem.sentence(),
      starttime: at(offset, hour),
      endtime: at(offset, hour + hours),
      contactids,
      lastmodified: modified(),
      divisionid: 1,
    })
  event('Team meeting', 1, 9, 1, staffIds)
  event('Client workshop', 3, 13, 3, [demo.id, (staff[1] as ContactRec).id])
  event('Studio offsite', 10, 9, 8, staffIds)
  event('Portfolio review', -4, 15, 1, [(staff[2] as ContactRec).id])

  // ── Project requests ──────────────────────────────────────────────────────────────────────────────────────────
  const requester = clientContacts[0] as ContactRec
  const requester2 = clientContacts[2] as ContactRec
  const request = (title: string, client: ContactRec, offset: number, extra: Partial<ProjectRequestRec> = {}) =>
    state.projectrequests.insert({
      id: nextProjectId(state),
      title,
      description: faker.lorem.sentence(),
      budget: 5000 + offset * -100,
      startdate: day(offset + 14),
      duedate: day(offset + 44),
      submitteddate: day(offset),
      companyid: client.companyid,
      clientid: client.id,
      recipientid: demo.id,
      templateid: null,
      groupid: null,
      customformtitle: '',
      customformcontent: '',
      customfields: [],
      lastmodified: at(offset, 16),
      apifields: [],
      divisionid: 1,
      ...extra,
    })
  request('Holiday campaign', requester, -6, { templateid: 2, customfields: [{ id: 2, value: 'Marketing' }] })
  request('Website refresh', requester2, -1)

  return state
}

/**
 * Projects and project requests share one id space: "Add a File" takes "Project or Project Request ID" in one field
 * (002 line 5905), so an id names one or the other, never both (inferred).
 */
export function nextProjectId(state: PwState): number {
  const last = (ids: readonly { id: number }[]) => ids[ids.length - 1]?.id ?? 0
  return Math.max(last(state.projects.all()), last(state.projectrequests.all())) + 1
}

/** Counts for `GET /__mock/proworkflow/state`. */
export function inspectState(state: PwState): unknown {
  const count = (c: { size: number }) => c.size
  return {
    demoContactId: state.demoContactId,
    companies: count(state.companies),
    contacts: count(state.contacts),
    projects: count(state.projects),
    tasks: count(state.tasks),
    timerecords: count(state.time),
    quotes: count(state.quotes),
    invoices: count(state.invoices),
    lines: count(state.lines),
    notes: count(state.notes),
    events: count(state.events),
    expenses: count(state.expenses),
    folders: count(state.folders),
    files: count(state.files),
    messages: count(state.messages),
    projectrequests: count(state.projectrequests),
  }
}
