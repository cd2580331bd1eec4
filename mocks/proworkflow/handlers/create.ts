/**
 * Record creation shared by several operations: companies (Add a Company/Companies, Request Access), contacts (Add a
 * Contact/s, Add a Contact/s to a Company, Request Access) and projects (Add a Project under a company or a contact).
 * The notes of a company or a contact are attached-notes.ts's.
 */
import {
  amount,
  audience,
  batchOf,
  booleans,
  type Ctx,
  dateValue,
  existing,
  idList,
  idValue,
  invalid,
  meId,
  mergeFieldValues,
  requireFields,
  type Schemas,
  stamp,
  strings,
} from '../common.ts'
import {
  ADDRESS,
  APP_URL,
  base64Size,
  blankAddress,
  blankContact,
  nextProjectId,
  type CompanyRec,
  type CompanyType,
  type ContactRec,
  type FieldValueIn,
  type ProjectRec,
} from '../records.ts'

/**
 * A contact to add: Add a Contact/s sends a `ContactAdd`; Add a Contact/s to a Company a `CompanyContactAdd`, which
 * documents fewer keys (no company or type: the company's); the keys it lacks are read when sent all the same.
 */
export type ContactBody = Schemas['CompanyContactAdd'] & Partial<Schemas['ContactAdd']>

export const COMPANY_TEXT = [
  'name',
  'code',
  ...ADDRESS,
  'email',
  'phone',
  'fax',
  'website',
  'facebook',
  'linkedin',
  'twitter',
] as const
/** A contact's name, title, e-mail and phones: the texts both Edit a Contact and Edit Contact Information (me) set. */
export const CONTACT_DETAILS = ['firstname', 'lastname', 'title', 'email', 'workphone', 'mobilephone'] as const
export const CONTACT_TEXT = [
  ...CONTACT_DETAILS,
  'fax',
  ...ADDRESS,
  'facebook',
  'linkedin',
  'twitter',
  'username',
  'password',
] as const
export const CONTACT_FLAGS = [
  'allowlogin',
  'addprojectrequest',
  'viewallcompanyprojects',
  'viewallprojecttasks',
  'viewarchivedprojects',
  'viewcalendar',
  'viewquotesandinvoices',
  'viewtimeinformation',
  'viewtimeline',
] as const

/**
 * An `imagecontent` (Base64 80x80 PNG): stored as an image URL unless it is over 100 KB, which "will not be added";
 * not available in batch adds (002 lines 240, 2998). The URL is the mock's own.
 */
export function imageFor(
  kind: 'companies' | 'contacts',
  id: number,
  content: string | undefined,
  current: string,
): string {
  if (content === undefined) return current
  if (content === '') return ''
  if (base64Size(content) > 100 * 1024) return current
  return `${APP_URL}/images/${kind}/${id}.png`
}

/**
 * The keys every edit of a company or a contact sets after its own (002 lines 317, 3127): the API fields sent merged
 * into the record's, its image (`imagecontent`), and the modified stamp.
 */
export function commonEdits(
  ctx: Ctx,
  kind: 'companies' | 'contacts',
  record: { id: number; apifields: readonly FieldValueIn[]; image: string },
  body: { apifields?: Schemas['FieldValueInput'][]; imagecontent?: string },
): { apifields: FieldValueIn[]; image: string; lastmodified: string } {
  return {
    apifields: mergeFieldValues(record.apifields, body.apifields, ctx.state.settings.apifields, 'apifields'),
    image: imageFor(kind, record.id, body.imagecontent, record.image),
    lastmodified: stamp(ctx),
  }
}

/** Tag, group and role ids must exist in the account's settings. */
export function settingIds(list: readonly { id: number }[], value: unknown, field: string): number[] | undefined {
  if (value === undefined) return undefined
  const text = String(value)
  if (text === '') return []
  const ids = [...new Set(text.split(',').map(Number))]
  const unknown = ids.find((id) => !list.some((x) => x.id === id))
  if (unknown !== undefined) invalid(`'${field}' ${unknown} is not a valid ID`)
  return ids.sort((a, b) => a - b)
}

/**
 * Add/Remove Tags, Groups or Roles (002 lines 1791, 3313, 4072, 4159): the ids sent (each one in the account's
 * settings) join the record's `current` ones, sorted, or with `remove: true` leave them.
 */
export function changedIds(
  current: readonly number[],
  list: readonly { id: number }[],
  value: unknown,
  field: string,
  remove: boolean | undefined,
): number[] {
  const ids = settingIds(list, value, field) ?? []
  return remove === true
    ? current.filter((id) => !ids.includes(id))
    : [...new Set([...current, ...ids])].sort((a, b) => a - b)
}

/**
 * The records of a batch add (Add a Company/Companies, Add a Contact/s…, 002 lines 145, 2876): one body or an array of
 * them; every body is checked before any is added (a batch is all or nothing: inferred), then each is added in order.
 * `create` is told whether the body came in an array (images are not added from a batch).
 */
export function addBatch<B, R>(body: B | B[], check: (body: B) => void, create: (body: B, batch: boolean) => R): R[] {
  const batch = Array.isArray(body)
  const bodies = batchOf(body)
  for (const one of bodies) check(one)
  return bodies.map((one) => create(one, batch))
}

/** Every check of a company add, without adding (a batch is checked whole before anything is added: inferred). */
export function checkCompany(ctx: Ctx, body: Schemas['CompanyAdd']): void {
  requireFields(body, ['name', 'type'])
  settingIds(ctx.state.settings.tags, body.tagid, 'tagid')
  mergeFieldValues([], body.apifields, ctx.state.settings.apifields, 'apifields')
}

export function createCompany(
  ctx: Ctx,
  body: Schemas['CompanyAdd'],
  batch: boolean,
  extra: Partial<CompanyRec> = {},
): CompanyRec {
  checkCompany(ctx, body)
  const s = ctx.state
  const text = strings(body, COMPANY_TEXT)
  const company = s.companies.insert({
    name: '',
    code: '',
    type: body.type,
    ...blankAddress(),
    email: '',
    phone: '',
    fax: '',
    website: '',
    facebook: '',
    linkedin: '',
    twitter: '',
    image: '',
    ...text,
    tagids: settingIds(s.settings.tags, body.tagid, 'tagid') ?? [],
    apifields: mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields'),
    lastmodified: stamp(ctx),
    pending: false,
    divisionid: 1,
    ...extra,
  })
  if (!batch && body.imagecontent !== undefined)
    s.companies.update(company.id, { image: imageFor('companies', company.id, body.imagecontent, '') })
  return s.companies.require(company.id)
}

/** A login's `username` must be unused by every other contact (002: "already in use"). */
export function checkUsername(ctx: Ctx, username: string | undefined, self?: number): void {
  if (!username) return
  const taken = ctx.state.contacts
    .all()
    .some((c) => c.id !== self && c.username !== '' && c.username.toLowerCase() === username.toLowerCase())
  if (taken) invalid(`'username' ${username} is already in use`)
}

/**
 * A contact in `companyid` of `type` (from the body for Add a Contact/s, from the company for a company's contacts).
 * Staff without groups go to Group 1; staff with login access and no roles become Super Users (002 lines 2992, 3013).
 */
/** Every check of a contact add, without adding. */
export function checkContact(ctx: Ctx, body: ContactBody, where: { companyid?: number } = {}): void {
  requireFields(body, ['firstname', 'lastname'])
  const s = ctx.state
  if (where.companyid === undefined) existing(s.companies, body.companyid, 'companyid')
  checkUsername(ctx, body.username)
  settingIds(s.settings.groups, body.groupid, 'groupid')
  settingIds(s.settings.roles, body.roleid, 'roleid')
  settingIds(s.settings.tags, body.tagid, 'tagid')
  mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields')
}

export function createContact(
  ctx: Ctx,
  body: ContactBody,
  batch: boolean,
  where: { companyid?: number; type?: CompanyType } = {},
  extra: Partial<ContactRec> = {},
): ContactRec {
  checkContact(ctx, body, where)
  const s = ctx.state
  const company =
    where.companyid !== undefined
      ? s.companies.require(where.companyid)
      : existing(s.companies, body.companyid, 'companyid')
  const type = where.type ?? body.type ?? company.type
  const text = strings(body, CONTACT_TEXT)
  const flags = booleans(body, CONTACT_FLAGS)
  let groupids = settingIds(s.settings.groups, body.groupid, 'groupid') ?? []
  let roleids = settingIds(s.settings.roles, body.roleid, 'roleid') ?? []
  if (type === 'staff' && !groupids.length) groupids = [1]
  if (type === 'staff' && flags.allowlogin && !roleids.length) roleids = [1]
  if (type !== 'staff') {
    groupids = []
    roleids = []
  }
  const contact = s.contacts.insert({
    ...blankContact(),
    type,
    companyid: company.id,
    ...text,
    ...flags,
    groupids,
    roleids,
    tagids: settingIds(s.settings.tags, body.tagid, 'tagid') ?? [],
    lastmodified: stamp(ctx),
    apifields: mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields'),
    pending: false,
    divisionid: company.divisionid,
    ...extra,
  })
  if (!batch && body.imagecontent !== undefined)
    s.contacts.update(contact.id, { image: imageFor('contacts', contact.id, body.imagecontent, '') })
  return s.contacts.require(contact.id)
}

export const pad5 = (n: number): string => String(n).padStart(5, '0')

/**
 * Add a Project (002 lines 1334 and 3875): `number` `auto` uses autonumbering, `managerid` defaults to `me`,
 * `completedate` adds it as completed, `invoicetotal`/`quotetotal` `auto` follow the project's invoices and quotes.
 */
export function createProject(
  ctx: Ctx,
  body: Schemas['ProjectAdd'],
  company: CompanyRec,
  extraClient?: number,
): ProjectRec {
  requireFields(body, ['title'])
  const s = ctx.state
  const managerValue = body.managerid ?? 'me' // the spec's default, which JSON bodies are not given (common.ts)
  const manager =
    managerValue === 'me' ? s.contacts.require(meId(ctx)) : existing(s.contacts, managerValue, 'managerid')
  if (manager.type !== 'staff') invalid(`'managerid' ${manager.id} is not a Staff Contact`)
  const staffValue =
    body.staff === 'all'
      ? s.contacts.filter((c) => c.type === 'staff').map((c) => c.id)
      : body.staff === undefined
        ? []
        : audience(ctx, body.staff, 'staff')
  const clients = idList(s.contacts, body.clients, 'clients')
  if (extraClient !== undefined && !clients.includes(extraClient)) clients.push(extraClient)
  const number =
    typeof body.number === 'string' && body.number !== 'auto' && body.number !== ''
      ? body.number
      : `${company.code || 'PRJ'}-${pad5(++s.counters.project)}`
  const categoryid = idValue(body.categoryid) ?? null
  if (categoryid !== null && !s.settings.projectcategories.some((c) => c.id === categoryid))
    invalid(`'categoryid' ${categoryid} is not a valid Project Category ID`)
  const templateid = idValue(body.templateid) ?? null
  if (templateid !== null && !s.settings.templates.some((t) => t.id === templateid))
    invalid(`'templateid' ${templateid} is not a valid Template ID`)
  const total = (value: unknown): number | 'auto' => (value === undefined || value === 'auto' ? 'auto' : Number(value))
  const groupid = idValue(body.groupid) ?? manager.groupids[0] ?? null
  return s.projects.insert({
    id: nextProjectId(s),
    number,
    title: body.title,
    description: typeof body.description === 'string' ? body.description : '',
    type: company.type === 'staff' ? 'internal' : 'external',
    priority: body.priority === undefined ? 3 : Number(body.priority),
    startdate: dateValue(ctx, body.startdate) ?? null,
    duedate: dateValue(ctx, body.duedate) ?? null,
    completedate: dateValue(ctx, body.completedate) ?? null,
    companyid: company.id,
    categoryid,
    managerid: manager.id,
    staffids: (staffValue === 'all' ? [] : staffValue).sort((a, b) => a - b),
    clientids: clients,
    contractorids: idList(s.contacts, body.contractors, 'contractors'),
    customstatusid: idValue(body.customstatusid) ?? null,
    customformtitle: typeof body.customformtitle === 'string' ? body.customformtitle : '',
    customformcontent: typeof body.customformcontent === 'string' ? body.customformcontent : '',
    customfields: mergeFieldValues([], body.customfields, s.settings.customfields, 'customfields'),
    groupid,
    teamid: s.settings.groups.find((g) => g.id === groupid)?.teamid ?? null,
    privatenotes: typeof body.privatenotes === 'string' ? body.privatenotes : '',
    invoiced: false,
    paid: false,
    accountedfor: false,
    invoicetotal: total(body.invoicetotal),
    quotetotal: total(body.quotetotal),
    timeallocated: amount(body.timeallocated) ?? 0,
    clientaccess: body.clientaccess !== false,
    emailalerts: body.emailalerts !== false,
    templateid,
    lastmodified: stamp(ctx),
    apifields: mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields'),
    divisionid: company.divisionid,
  })
}
