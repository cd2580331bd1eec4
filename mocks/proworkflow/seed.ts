/**
 * ProWorkflow's seed data: one account with companies of each type (client, contractor, staff, other), their
 * contacts, projects with tasks, tracked time, quotes, invoices with lines, expenses, custom folders and files,
 * discussions, notes, events and project requests, all related to each other.
 *
 * One step per kind of record, run in a fixed order by `createState` (state.ts). Seeding is deterministic for a seed:
 * faker is seeded by the engine, ids are sequential from 1, and dates are laid out around the clock's current day. Each
 * step draws from the one faker in turn, so reordering steps, or the faker calls within one, changes every record
 * seeded after it. The last step, `seedExamples`, adds the records the reference's samples and the spec's examples name,
 * with their ids (event 8, invoice 7…) and without faker.
 */
import type { Faker } from '@faker-js/faker'
import { dateOf, dateTimeOf } from './query.ts'
import {
  addressOf,
  base64Size,
  blankContact,
  nextProjectId,
  type CompanyRec,
  type CompanyType,
  type ContactRec,
  type FileRec,
  type InvoiceRec,
  type LineRec,
  type NoteRec,
  type ProjectRec,
  type ProjectRequestRec,
  type Settings,
  type TaskRec,
} from './records.ts'
import type { PwState } from './state.ts'

const DAY = 86_400_000

/** The account's settings: the same for every seed (none of it is drawn from faker). */
export const SETTINGS: Settings = {
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

const REGIONS = ['Europe', 'North America', 'Asia Pacific']
const INDUSTRIES = ['Industrial', 'Commercial', 'Retail', 'Healthcare']

/** Plain text of the seeded files (stored as Base64, as the API takes and gives it). */
const toBase64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)))

const pad = (n: number) => String(n).padStart(5, '0')

/** What every step works with: the state being filled, the seeded faker, and dates relative to the clock's day. */
export interface Seeding {
  state: PwState
  faker: Faker
  day(offset: number): string
  at(offsetDays: number, hour?: number, minute?: number): string
  /** A `lastmodified` in the last 60 days, in office hours. */
  modified(): string
}

export function seeding(state: PwState, faker: Faker): Seeding {
  const today = Date.parse(`${dateOf(state.clock.now())}T00:00:00Z`)
  const at = (offsetDays: number, hour = 10, minute = 0) =>
    dateTimeOf(today + offsetDays * DAY + hour * 3_600_000 + minute * 60_000)
  return {
    state,
    faker,
    day: (offset) => dateOf(today + offset * DAY),
    at,
    modified: () =>
      at(
        -faker.number.int({ min: 1, max: 60 }),
        faker.number.int({ min: 8, max: 17 }),
        faker.helpers.arrayElement([0, 15, 30, 45]),
      ),
  }
}

// ── Companies: the account's own (staff) company, clients, contractors, one "other", one pending client ───────────

export interface Companies {
  agency: CompanyRec
  clients: CompanyRec[]
  contractors: CompanyRec[]
  other: CompanyRec
  pending: CompanyRec
}

const address = (f: Faker) => ({
  address1: f.location.streetAddress(),
  address2: '',
  address3: '',
  city: f.location.city(),
  state: f.location.state(),
  zipcode: f.location.zipCode(),
  country: 'United States',
})

function addCompany(
  { state, faker, modified }: Seeding,
  type: CompanyType,
  name: string,
  extra: Partial<CompanyRec> = {},
) {
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

export function seedCompanies(seed: Seeding): Companies {
  const { faker } = seed
  const agency = addCompany(seed, 'staff', 'Sample Agency', { code: 'SAG' })
  const clients = Array.from({ length: 6 }, (_, i) =>
    addCompany(seed, 'client', faker.company.name(), {
      tagids: faker.helpers.arrayElements([1, 3, 5], { min: 0, max: 2 }).sort((a, b) => a - b),
      apifields: [
        { id: 1, value: REGIONS[i % REGIONS.length] as string },
        { id: 2, value: INDUSTRIES[i % INDUSTRIES.length] as string },
      ],
      divisionid: i < 5 ? 1 : 2,
    }),
  )
  const contractors = Array.from({ length: 2 }, () =>
    addCompany(seed, 'contractor', faker.company.name(), { tagids: [4] }),
  )
  const other = addCompany(seed, 'other', faker.company.name())
  const pending = addCompany(seed, 'client', faker.company.name(), { pending: true })
  return { agency, clients, contractors, other, pending }
}

// ── Contacts ────────────────────────────────────────────────────────────────────────────────────────────────────

export interface People {
  /** The demo login. */
  demo: ContactRec
  /** The demo login first. */
  staff: ContactRec[]
  staffIds: number[]
  clientContacts: ContactRec[]
  contractorContacts: ContactRec[]
}

function addContact(
  { state, faker, modified }: Seeding,
  type: CompanyType,
  companyid: number,
  extra: Partial<ContactRec> = {},
) {
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

/** The demo login: a Super User on staff (the account's owner in the vendor's examples is staff too). */
function addDemo(seed: Seeding, agency: CompanyRec): ContactRec {
  const { state, faker, at } = seed
  const { username, password } = state.options
  const [demoFirst, demoLast] =
    username.split('@')[0]?.toLowerCase() === 'demo'
      ? ['Demo', 'User']
      : [faker.person.firstName(), faker.person.lastName()]
  const demo = addContact(seed, 'staff', agency.id, {
    firstname: demoFirst,
    lastname: demoLast,
    email: username.includes('@') ? username : `${username}@example.com`,
    username: username.includes('@') ? (username.split('@')[0] ?? username) : username,
    password,
    allowlogin: true,
    title: 'Studio Director',
    groupids: [1, 3],
    roleids: [1],
    latitude: 40.68906,
    longitude: -74.044502,
    locationtime: at(0, 8, 30),
  })
  state.demoContactId = demo.id
  return demo
}

export function seedContacts(seed: Seeding, companies: Companies): People {
  const { state, at } = seed
  const demo = addDemo(seed, companies.agency)
  const staff = [
    demo,
    ...Array.from({ length: 4 }, (_, i) =>
      addContact(seed, 'staff', companies.agency.id, {
        allowlogin: i < 3,
        username: '',
        password: i < 3 ? 'secret' : '',
        groupids: [(i % 3) + 1],
        roleids: [i === 0 ? 2 : 3],
        ...(i === 1 ? { latitude: 51.507351, longitude: -0.127758, locationtime: at(-2, 14, 5) } : {}),
      }),
    ),
  ]
  // The username comes from the e-mail, which is only known once faker has drawn it.
  for (const s of staff.slice(1))
    if (s.allowlogin) state.contacts.update(s.id, { username: s.email.split('@')[0] ?? '' })
  const clientContacts = companies.clients.flatMap((company, i) =>
    Array.from({ length: i < 4 ? 2 : 1 }, (_, j) =>
      addContact(seed, 'client', company.id, {
        tagids: j === 0 ? [2] : [],
        allowlogin: j === 0 && i < 2,
        viewallcompanyprojects: j === 0,
        viewquotesandinvoices: j === 0,
        addprojectrequest: j === 0 && i < 2,
        apifields: [{ id: 1, value: REGIONS[i % REGIONS.length] as string }],
        divisionid: company.divisionid,
      }),
    ),
  )
  const contractorContacts = companies.contractors.map((company) =>
    addContact(seed, 'contractor', company.id, { tagids: [4] }),
  )
  addContact(seed, 'other', companies.other.id)
  addContact(seed, 'client', companies.pending.id, { pending: true })
  return { demo, staff, staffIds: staff.map((s) => s.id), clientContacts, contractorContacts }
}

// ── Projects, tasks, time ───────────────────────────────────────────────────────────────────────────────────────

const PROJECT_TITLES = [
  'Website Redesign',
  'Brand Refresh',
  'Spring Campaign',
  'Mobile App',
  'Annual Report',
  'Trade Show Booth',
  'Newsletter',
  'Intranet',
]

/** Eight projects over the clients; the last two complete (one of them paid). */
export function seedProjects(
  { state, faker, day, modified }: Seeding,
  companies: Companies,
  people: People,
): ProjectRec[] {
  const { clients } = companies
  const { demo, staff, staffIds, clientContacts, contractorContacts } = people
  return PROJECT_TITLES.map((title, i) => {
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
      apifields: [{ id: 1, value: REGIONS[i % REGIONS.length] as string }],
      divisionid: company.divisionid,
    })
  })
}

const TASK_NAMES = ['Discovery', 'Design', 'Build', 'Review', 'Launch']

/** Five phases per project (a heading first), then two general tasks. */
export function seedTasks({ state, faker, day, modified }: Seeding, projects: ProjectRec[], { demo }: People): void {
  for (const project of projects) {
    const complete = project.completedate !== null
    TASK_NAMES.forEach((name, k) => {
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
}

/** Time tracked on the tasks over the last three weeks (time lists default to the last 7 days: -6d..+0d). */
export function seedTime({ state, faker, day, at }: Seeding, { demo }: People): void {
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
}

// ── Quotes, invoices with lines, expenses ───────────────────────────────────────────────────────────────────────

export function seedQuotes({ state, faker, day, modified }: Seeding, projects: ProjectRec[]): void {
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
}

/** Which projects are invoiced, and when (days from today): paid, overdue, open. */
const INVOICE_SPECS = [
  { project: 0, invoiced: -40, due: -26, paid: -20 },
  { project: 1, invoiced: -20, due: -6, paid: null }, // overdue
  { project: 2, invoiced: -5, due: 9, paid: null },
  { project: 6, invoiced: -30, due: -16, paid: -10 },
  { project: 7, invoiced: -3, due: 11, paid: null },
]

/** What makes one seeded invoice differ from another; dates are days from today. */
interface InvoiceTerms {
  title: string
  description: string
  company: CompanyRec
  contact: ContactRec
  projectid: number
  invoicedbyid: number
  invoiced: number
  due: number
  /** `null`: unpaid. */
  paid: number | null
  /** Sent to the contact by e-mail on the day it was invoiced. */
  emailed: boolean
  lastmodified: string
}

/**
 * An invoice (without its id) on the house terms every seeded invoice shares: 12.5% tax, "Valid for 14 Days", the cost
 * breakdown shown, no discount, addressed as the company's address; its number is the next in the account.
 */
function invoiceFields(seed: Seeding, t: InvoiceTerms): Omit<InvoiceRec, 'id'> {
  const { state, day } = seed
  return {
    number: `INV-${pad(++state.counters.invoice)}`,
    title: t.title,
    description: t.description,
    status: t.paid === null ? 'unpaid' : 'paid',
    companyid: t.company.id,
    contactid: t.contact.id,
    projectid: t.projectid,
    invoiceddate: day(t.invoiced),
    duedate: day(t.due),
    paiddate: t.paid === null ? null : day(t.paid),
    emaileddate: t.emailed ? day(t.invoiced) : null,
    emailedto: t.emailed ? t.contact.email : '',
    invoicedbyid: t.invoicedbyid,
    purchaseordernumber: '',
    taxable: true,
    taxrate: 12.5,
    showcostbreakdown: true,
    discountvalue: 0,
    discountdescription: 'Discount',
    terms: 'Valid for 14 Days',
    companyname: t.company.name,
    contactname: `${t.contact.firstname} ${t.contact.lastname}`,
    ...addressOf(t.company),
    xero: '',
    customfield: '',
    lastmodified: t.lastmodified,
    apifields: [],
    divisionid: t.company.divisionid,
  }
}

export function seedInvoices(seed: Seeding, projects: ProjectRec[], { demo, clientContacts }: People): void {
  const { state, faker, at } = seed
  for (const spec of INVOICE_SPECS) {
    const project = projects[spec.project] as ProjectRec
    const company = state.companies.require(project.companyid)
    const contact = state.contacts.require(project.clientids[0] ?? clientContacts[0]?.id ?? demo.id)
    const invoice = state.invoices.insert(
      invoiceFields(seed, {
        title: `${project.title} Invoice`,
        description: faker.lorem.sentence(),
        company,
        contact,
        projectid: project.id,
        invoicedbyid: project.managerid,
        ...spec,
        emailed: true,
        lastmodified: at(spec.paid ?? spec.invoiced),
      }),
    )
    const lines = invoiceLines(seed, project, spec.project, demo)
    lines.forEach((line, k) => state.lines.insert({ ...line, invoiceid: invoice.id, displayorder: k + 1 }))
  }
}

/** A heading, a line item and the demo user's staff rate. */
function invoiceLines(
  { faker }: Seeding,
  project: ProjectRec,
  index: number,
  demo: ContactRec,
): Omit<LineRec, 'id' | 'invoiceid' | 'displayorder'>[] {
  return [
    { type: 'heading', name: project.title, description: '', quantity: 0, rate: 0, time: 0, taxable: false },
    {
      type: 'lineitem',
      name: 'Design work',
      description: faker.lorem.words(4),
      quantity: 1 + (index % 3),
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
}

export function seedExpenses({ state, faker, day, modified }: Seeding, projects: ProjectRec[]): void {
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
}

// ── Folders and files ───────────────────────────────────────────────────────────────────────────────────────────

/** A project's first task that is not a heading: files and a discussion hang off it. */
const firstTaskOf = (state: PwState, project: ProjectRec) =>
  state.tasks.all().find((t) => t.projectid === project.id && t.type !== 'heading') as TaskRec

/** Two folders (one public, one shared with two staff) and five files; returns the spec a discussion attaches. */
export function seedFiles({ state, at }: Seeding, projects: ProjectRec[], { demo, staff }: People): FileRec {
  const p1 = projects[0] as ProjectRec
  const p2 = projects[1] as ProjectRec
  const briefs = state.folders.insert({ name: 'Briefs', projectid: p1.id, audience: 'all' })
  const contracts = state.folders.insert({
    name: 'Contracts',
    projectid: p2.id,
    audience: [demo.id, (staff[1] as ContactRec).id],
  })
  const firstTask = firstTaskOf(state, p1)
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
  return specFile
}

// ── Discussions ─────────────────────────────────────────────────────────────────────────────────────────────────

export function seedDiscussions(seed: Seeding, projects: ProjectRec[], { demo }: People, specFile: FileRec): void {
  const { state, faker, at } = seed
  const p1 = projects[0] as ProjectRec
  const p2 = projects[1] as ProjectRec
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
    // A discussion's first message is its own original: its id is only known once inserted.
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
  startDiscussion(p1, firstTaskOf(state, p1).id, 'Design questions', -3)
}

// ── Notes: the Notes section, and notes on companies and contacts ──────────────────────────────────────────────

export function seedNotes({ state, faker, at }: Seeding, { clients }: Companies, people: People): void {
  const { demo, staff, staffIds, clientContacts } = people
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
}

// ── Events ──────────────────────────────────────────────────────────────────────────────────────────────────────

export function seedEvents({ state, faker, at, modified }: Seeding, { demo, staff, staffIds }: People): void {
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
}

// ── Project requests ────────────────────────────────────────────────────────────────────────────────────────────

export function seedProjectRequests({ state, faker, day, at }: Seeding, { demo, clientContacts }: People): void {
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
  request('Holiday campaign', clientContacts[0] as ContactRec, -6, {
    templateid: 2,
    customfields: [{ id: 2, value: 'Marketing' }],
  })
  request('Website refresh', clientContacts[2] as ContactRec, -1)
}

// ── The records the examples name ───────────────────────────────────────────────────────────────────────────────

/**
 * The ids of the records the reference's samples (002) and the spec's examples name, beside the generated ones (see
 * "Examples" in specs/proworkflow/NOTES.md). The reference documents no responses, so each record carries the values
 * of the reference's sample body for its kind of record (Add an Event's for event 8, and so on); its dates follow the
 * clock like the rest of the seed, and which project or contact it hangs off is the sample's where it names one.
 */
export const EXAMPLE_IDS = {
  /** The reference's example address `noreply@proworkflow.com` (Request Password Reset…) is the spec's contact 5's. */
  contact: 5,
  event: 8,
  expense: 5,
  /** Invoice 7's lines are 1-4 (the generated invoices' lines follow: `FIRST_GENERATED_LINE_ID`); line 2 its item. */
  invoice: 7,
  line: 2,
  file: 15,
  folder: 3,
  message: 21,
  /** A note on company 1's tab and one on contact 5's: note 4 is the Notes section's (Edit a Note's `/notes/4`). */
  companyNote: 10,
  contactNote: 11,
} as const

/** The lines of Add an Invoice's sample (002 line 6349), invoice 7's, as ids 1-4 (line 2 the line item). */
const EXAMPLE_LINES: Omit<LineRec, 'id' | 'invoiceid' | 'displayorder'>[] = [
  { type: 'heading', name: 'Redesign Work', description: '', quantity: 0, rate: 0, time: 0, taxable: false },
  { type: 'lineitem', name: 'Line Item 1', description: '', quantity: 1, rate: 100, time: 0, taxable: true },
  { type: 'taskrate', name: 'Task Rate', description: '', quantity: 0, rate: 100, time: 60, taxable: false },
  { type: 'staffrate', name: 'Alex Trip', description: '', quantity: 0, rate: 100, time: 60, taxable: false },
]

/** The generated invoices' lines start after invoice 7's (state.ts gives the lines collection this first id). */
export const FIRST_GENERATED_LINE_ID = EXAMPLE_LINES.length + 1

/**
 * Seeded last and without faker, so the generated records are those of every earlier version of the seed. Each insert
 * names its id: one that is taken already stops the mock at start, rather than an example naming the wrong record.
 * The projects and contacts the samples name by id (project 1 or 2, contacts 1, 2, 3) are the generated ones.
 */
export function seedExamples(seed: Seeding): void {
  const { state, day, at } = seed
  const ids = EXAMPLE_IDS
  const demo = state.contacts.require(state.demoContactId)
  const project = (id: number) => state.projects.require(id).id
  // The reference's example address (Add/Edit a Contact, Request Password Reset, Request Access…, e.g. 002 line 4993)
  // with the name Request Access's sample gives it (002 line 5048), on the spec's example contact. It has no login, so
  // the address cannot sign in; Request Access may add it again (as a pending contact), as any address.
  state.contacts.update(ids.contact, { firstname: 'Adam', lastname: 'West', email: 'noreply@proworkflow.com' })
  // Add an Event (002 line 5362): "New Event" for contacts 1 and 2, 13:00-14:00 (two days ahead here).
  state.events.insert({
    id: ids.event,
    title: 'New Event',
    description: 'Event Description',
    starttime: at(2, 13),
    endtime: at(2, 14),
    contactids: [1, 2],
    lastmodified: at(-1, 17),
    divisionid: 1,
  })
  // Add an Expense (002 line 5625) on project 1, its description verbatim ("Event Description").
  state.expenses.insert({
    id: ids.expense,
    name: 'New Expense',
    description: 'Event Description',
    date: day(-2),
    cost: 100,
    invoiced: false,
    taxable: true,
    projectid: project(1),
    contactid: demo.id,
    lastmodified: at(-2, 16),
  })
  // Add an Invoice (002 line 6349): contact 1, project 2, the sample's four lines; unpaid, due in 14 days.
  const invoiced = state.projects.require(2)
  const company = state.companies.require(invoiced.companyid)
  const contact = state.contacts.require(1)
  state.invoices.insert({
    id: ids.invoice,
    ...invoiceFields(seed, {
      title: 'New Invoice',
      description: 'Invoice Description',
      company,
      contact,
      projectid: invoiced.id,
      invoicedbyid: demo.id,
      invoiced: -1,
      due: 13,
      paid: null,
      emailed: false,
      lastmodified: at(-1, 10),
    }),
  })
  EXAMPLE_LINES.forEach((line, k) =>
    state.lines.insert({ ...line, id: k + 1, invoiceid: ids.invoice, displayorder: k + 1 }),
  )
  // Add a File (002 line 5884): "filename.txt" on project 1, "U29tZSB0ZXh0" ("Some text", 9 bytes).
  const content = 'U29tZSB0ZXh0'
  state.files.insert({
    id: ids.file,
    name: 'filename.txt',
    date: at(-1, 11),
    content,
    size: base64Size(content),
    projectid: project(1),
    projectrequestid: null,
    taskid: null,
    folderid: null,
  })
  // Add a Custom Folder (002 line 6047): "New Folder" on project 1, shared with contacts 1, 2 and 3.
  state.folders.insert({ id: ids.folder, name: 'New Folder', projectid: project(1), audience: [1, 2, 3] })
  // Add a Message (002 line 7478): a discussion on project 1 with contacts 1 and 2 and file 15, by the demo user.
  state.messages.insert({
    id: ids.message,
    title: 'New Message',
    content: 'Message Content',
    originalmessageid: ids.message,
    date: at(-1, 13),
    authorid: demo.id,
    projectid: project(1),
    taskid: null,
    public: true,
    notifications: true,
    contactids: [1, 2],
    fileids: [ids.file],
  })
  // Add a Note to a Company / to a Contact (002 lines 940, 3453): "Example Content", on company 1 and on contact 5.
  const tabNote = (id: number, parent: Pick<NoteRec, 'companyid' | 'contactid'>) =>
    state.notes.insert({
      id,
      title: '',
      content: 'Example Content',
      date: at(-3, 9, 30),
      categoryid: null,
      audience: 'all',
      authorid: demo.id,
      lastmodified: at(-3, 9, 30),
      ...parent,
    })
  tabNote(ids.companyNote, { companyid: state.companies.require(1).id, contactid: null })
  tabNote(ids.contactNote, { companyid: null, contactid: ids.contact })
}
