/**
 * ProWorkflow's records, as the mock stores them: one type per entity, the account's settings, and the few rules that
 * belong to the records themselves rather than to a handler.
 *
 * Records are stored with the vendor's wire keys (specs/proworkflow/openapi.yaml, entity schemas); references to other
 * records are stored as ids only, and the names that go with them (`companyname`, `managername`, contact refs…) are
 * looked up when a record is shown (views.ts), so a rename shows everywhere at once. Keys that never leave the mock
 * (a login's password, `pending`, `divisionid`) are not part of any response.
 */
import type { Collection } from '../../src/store/collection.ts'
import { fromKeys, pick } from '../../src/store/fields.ts'

/**
 * The demo account's name in its URLs: the one Account URL the reference shows, the Login call's example
 * `https://proworkflow6.net/ABCInc` (002 line 7235), so a client written from the docs logs in unchanged.
 */
export const ACCOUNT_NAME = 'ABCInc'
/** The demo account's URL in the application (the Login call's `url` and `accounturl`). */
export const ACCOUNT_URL = `https://proworkflow6.net/${ACCOUNT_NAME}`
/** The account on the application host, for file links and images (C live: "a signed app-host URL"; path inferred). */
export const APP_URL = `https://app.proworkflow.com/${ACCOUNT_NAME}`

export type FieldValueIn = { id: number; value: string }
export type CompanyType = 'client' | 'contractor' | 'staff' | 'other'
/** `all` (public: every contact) or the contact ids it is shared with. */
export type Audience = 'all' | number[]

/** The keys of a postal address, in the vendor's order: a company's, a contact's, and an invoice's own copy. */
export const ADDRESS = ['address1', 'address2', 'address3', 'city', 'state', 'zipcode', 'country'] as const
export type Address = Record<(typeof ADDRESS)[number], string>

/** The address of a record, copied (an invoice is made with its company's address). */
export const addressOf = (record: Address): Address => pick(record, ADDRESS)

/** An address with every line empty. */
export const blankAddress = (): Address => fromKeys(ADDRESS, () => '')

export interface CompanyRec extends Address {
  id: number
  name: string
  code: string
  type: CompanyType
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

export interface ContactRec extends Address {
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
    ...blankAddress(),
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

export interface InvoiceRec extends Address {
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
  /** The invoice's address block (with the `Address` keys): names as printed (default: the company's and contact's). */
  companyname: string
  contactname: string
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

/** The decoded size of Base64 content: a file's `size` is that of the file, not of its Base64 text. */
export const base64Size = (content: string): number => {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0
  return Math.max(0, Math.floor((content.length * 3) / 4) - padding)
}

/**
 * Projects and project requests share one id space: "Add a File" takes "Project or Project Request ID" in one field
 * (002 line 5905), so an id names one or the other, never both (inferred).
 */
export function nextProjectId(state: {
  projects: Collection<ProjectRec>
  projectrequests: Collection<ProjectRequestRec>
}): number {
  const last = (ids: readonly { id: number }[]) => ids[ids.length - 1]?.id ?? 0
  return Math.max(last(state.projects.all()), last(state.projectrequests.all())) + 1
}
