/** Contacts (30 operations, 002 lines 2730-5227). */
import {
  booleans,
  type Ctx,
  type CtxWithParams,
  existing,
  find,
  forbidden,
  invalid,
  meId,
  notFound,
  pwHandlers,
  type PwHandler,
  record,
  requireFields,
  type Schemas,
  stamp,
  strings,
} from '../common.ts'
import { added, deleted, one, plainList, updated } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import type { CompanyType, ContactRec } from '../records.ts'
import { contactView, fullName, namedList, projectContactIds, projectStatus } from '../views.ts'
import {
  addBatch,
  changedIds,
  checkContact,
  checkUsername,
  commonEdits,
  CONTACT_FLAGS,
  CONTACT_TEXT,
  createCompany,
  createContact,
  createProject,
  settingIds,
} from './create.ts'
import { notesTab } from './attached-notes.ts'
import { numberedRow, summaryRecord, summaryScope, taskRow } from './summary.ts'
import { contactList, projectList, taskList, timeList } from './lists.ts'

const contact = (ctx: CtxWithParams<{ contactid: number }>): ContactRec =>
  find(ctx.state.contacts, ctx.params.contactid)
const all = (ctx: Ctx) => ctx.state.contacts.all()
const ofType = (ctx: Ctx, type: CompanyType) => all(ctx).filter((c) => c.type === type)

const notes = notesTab<{ contactid: number }>('contactid', (ctx) => contact(ctx).id)

type Setting = 'view' | 'add' | 'edit' | 'delete'

/** The kinds of contact that may request access (the spec's enum of `AccessRequest.type`). */
const ACCESS_TYPES = ['staff', 'client', 'contractor'] as const

/**
 * A contact's permissions: a staff contact's come from its roles; a client's or contractor's from its "can view"
 * flags (inferred: the reference lists the permission ids through a `settings` call it does not document).
 */
function permissionsOf(
  ctx: Ctx,
  c: ContactRec,
): { id: number; name: string; view: boolean; add: boolean; edit: boolean; delete: boolean }[] {
  const s = ctx.state.settings
  return s.permissions.map((p) => {
    let granted: Setting[] = []
    if (c.type === 'staff') granted = [...new Set(c.roleids.flatMap((r) => s.rolePermissions[r]?.[p.id] ?? []))]
    else {
      const viewable: Record<string, boolean> = {
        Projects: true,
        Tasks: true,
        Time: c.viewtimeinformation,
        Quotes: c.viewquotesandinvoices,
        Invoices: c.viewquotesandinvoices,
        Contacts: false,
        Files: true,
      }
      if (viewable[p.name]) granted = ['view']
      if (p.name === 'Files') granted = ['view', 'add']
    }
    return {
      id: p.id,
      name: p.name,
      view: granted.includes('view'),
      add: granted.includes('add'),
      edit: granted.includes('edit'),
      delete: granted.includes('delete'),
    }
  })
}

/** Turns a non-empty geocodable address into a position (the mock's geocoder is a hash; 002: errors when it fails). */
function geocode(address: string): { latitude: number; longitude: number } {
  if (!/[a-z0-9]/i.test(address)) invalid(`The address '${address}' could not be geocoded`)
  let h = 2166136261
  for (const ch of address) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0
  return {
    latitude: Math.round(((h % 140000) / 1000 - 70) * 1e6) / 1e6,
    longitude: Math.round((((h >>> 8) % 360000) / 1000 - 180) * 1e6) / 1e6,
  }
}

const locationOf = (c: ContactRec): Schemas['ContactLocation'] => ({
  id: c.id,
  firstname: c.firstname,
  lastname: c.lastname,
  latitude: c.latitude,
  longitude: c.longitude,
  locationtime: c.locationtime,
})

/** Staff-only settings (groups, roles): "View Groups for a Staff Contact" (002 line 3296). */
function staffOnly(c: ContactRec, what: string): void {
  if (c.type !== 'staff') invalid(`${what} are only available for Staff Contacts`)
}

/** The setting lists a contact holds ids of: its key for them, the body field that sends them, staff-only or not. */
const HELD = {
  groups: { key: 'groupids', field: 'groupid', staffOnly: 'Groups' },
  roles: { key: 'roleids', field: 'roleid', staffOnly: 'Roles' },
  tags: { key: 'tagids', field: 'tagid', staffOnly: undefined },
} as const

/** Add/Remove a contact's Groups, Roles or Tags (002 lines 3313, 4072, 4159): groups and roles are staff-only. */
function changeContactIds(
  ctx: CtxWithParams<{ contactid: number }>,
  list: keyof typeof HELD,
  value: unknown,
  remove: boolean | undefined,
): Schemas['Result'] {
  const c = contact(ctx)
  const { key, field, staffOnly: what } = HELD[list]
  if (what) staffOnly(c, what)
  const ids = changedIds(c[key], ctx.state.settings[list], value, field, remove)
  ctx.state.contacts.update(c.id, { [key]: ids, lastmodified: stamp(ctx) })
  return updated('Contact', c.id)
}

/** Update a Contact's Location (002 line 3359): latitude/longitude, or an address to geocode; locationtime = now. */
const updateContactLocation: PwHandler<'updateContactLocation'> = (ctx) => {
  const c = contact(ctx)
  // LocationUpdate adds an `anyOf` of required lists to its properties: openapi-typescript types it `unknown`.
  const body = record(ctx.body)
  const position =
    typeof body.latitude === 'number' && typeof body.longitude === 'number'
      ? { latitude: body.latitude, longitude: body.longitude }
      : geocode(String(body.address ?? ''))
  ctx.state.contacts.update(c.id, { ...position, locationtime: stamp(ctx) })
  return ctx.json(200, updated('Contact', c.id))
}

export const contactHandlers = pwHandlers({
  /** View Contacts (002 line 2730), and of one type (002 lines 4725, 4854, 5091). */
  listContacts: (ctx) => ctx.json(200, contactList(ctx, all(ctx))),
  listClientContacts: (ctx) => ctx.json(200, contactList(ctx, ofType(ctx, 'client'))),
  listContractorContacts: (ctx) => ctx.json(200, contactList(ctx, ofType(ctx, 'contractor'))),
  listStaffContacts: (ctx) => ctx.json(200, contactList(ctx, ofType(ctx, 'staff'))),

  /** Add a Contact/s (002 line 2876): one object or an array; C live: 201 "Contact/s Added" with id and name. */
  addContacts(ctx) {
    const made = addBatch(
      ctx.body,
      (body) => checkContact(ctx, body),
      (body, batch) => createContact(ctx, body, batch),
    )
    const details = made.map((c) => ({ id: c.id, name: fullName(c) }))
    return ctx.json(201, added('Contact', details, true))
  },

  /** View a Contact (002 line 3087); `permissions=true` adds the permissions (002 line 3097). */
  getContact(ctx) {
    const c = contact(ctx)
    const view = contactView(ctx.state, c)
    return ctx.json(
      200,
      one('contact', ctx.query.permissions === true ? { ...view, permissions: permissionsOf(ctx, c) } : view),
    )
  },

  /** Edit a Contact (002 line 3127): partial; an empty string clears a field; lists sent replace the current ones. */
  editContact(ctx) {
    const c = contact(ctx)
    const body = ctx.body
    const s = ctx.state
    const text = strings(body, CONTACT_TEXT)
    checkUsername(ctx, text.username, c.id)
    const company = body.companyid === undefined ? undefined : existing(s.companies, body.companyid, 'companyid')
    s.contacts.update(c.id, {
      ...text,
      ...booleans(body, CONTACT_FLAGS),
      ...(company ? { companyid: company.id, type: company.type } : {}),
      groupids: settingIds(s.settings.groups, body.groupid, 'groupid') ?? c.groupids,
      roleids: settingIds(s.settings.roles, body.roleid, 'roleid') ?? c.roleids,
      tagids: settingIds(s.settings.tags, body.tagid, 'tagid') ?? c.tagids,
      ...commonEdits(ctx, 'contacts', c, body),
    })
    return ctx.json(200, updated('Contact', c.id))
  },

  /** Delete a Contact (002 line 3110; C live: "Contact Deleted"). A user cannot delete itself (inferred). */
  deleteContact(ctx) {
    const c = contact(ctx)
    if (c.id === meId(ctx)) forbidden('You cannot delete the Contact you are logged in as')
    ctx.state.contacts.delete(c.id)
    for (const note of ctx.state.notes.filter((n) => n.contactid === c.id)) ctx.state.notes.delete(note.id)
    return ctx.json(200, deleted('Contact', c.id))
  },

  /** View Groups for a Staff Contact (002 line 3296): groups with their teams. */
  listContactGroups(ctx) {
    const c = contact(ctx)
    const s = ctx.state.settings
    const groups = c.groupids.flatMap((id) => {
      const g = s.groups.find((x) => x.id === id)
      return g
        ? [{ id: g.id, name: g.name, teamid: g.teamid, teamname: s.teams.find((t) => t.id === g.teamid)?.name ?? '' }]
        : []
    })
    return ctx.json(200, plainList('groups', groups))
  },
  /** Add/Remove Staff Contact to/from a Group (002 line 3313): teams follow the groups. */
  changeContactGroups: (ctx) => ctx.json(200, changeContactIds(ctx, 'groups', ctx.body.groupid, ctx.body.remove)),

  /** View Roles / Add/Remove Roles for a Staff Contact (002 lines 4055, 4072). */
  listContactRoles: (ctx) =>
    ctx.json(200, plainList('roles', namedList(ctx.state.settings.roles, contact(ctx).roleids))),
  changeContactRoles: (ctx) => ctx.json(200, changeContactIds(ctx, 'roles', ctx.body.roleid, ctx.body.remove)),

  /** View Tags / Add/Remove Tags for a Contact (002 lines 4142, 4159). */
  listContactTags: (ctx) => ctx.json(200, plainList('tags', namedList(ctx.state.settings.tags, contact(ctx).tagids))),
  changeContactTags: (ctx) => ctx.json(200, changeContactIds(ctx, 'tags', ctx.body.tagid, ctx.body.remove)),

  /** View Contact's Location (002 line 3341): the list envelope with the one contact (ops.json). */
  getContactLocation: (ctx) => ctx.json(200, plainList('contacts', [locationOf(contact(ctx))])),
  updateContactLocation,
  /** The same on POST: the reference labels the call's sample "Sample POST data" (002 line 3364; NOTES decision 1). */
  updateContactLocationViaPost: updateContactLocation,
  /** View Contacts' Locations (002 line 5006): "Contacts who have never updated their location will not be returned". */
  listContactLocations: (ctx) =>
    ctx.json(
      200,
      list(ctx, {
        records: all(ctx).filter((c) => c.locationtime !== null),
        filters: {
          divisionid: f.equals((c) => c.divisionid, Number),
          ...f.dateTimeRange<ContactRec>('locationtime', (c) => c.locationtime),
        },
        view: locationOf,
        key: 'contacts',
      }),
    ),

  /** Notes of a contact (002 lines 3395-3492): the contact's Notes tab. */
  listContactNotes: (ctx) => ctx.json(200, notes.list(ctx)),
  addContactNote: (ctx) => ctx.json(201, notes.add(ctx)),
  getContactNote: (ctx) => ctx.json(200, notes.get(ctx)),
  deleteContactNote: (ctx) => ctx.json(200, notes.remove(ctx)),

  /** View All Permissions for a Contact (002 line 3509). */
  listContactPermissions: (ctx) => ctx.json(200, plainList('permissions', permissionsOf(ctx, contact(ctx)))),
  /** Check Permission (002 line 3526): one permission id and a setting (`view` by default). */
  checkContactPermission(ctx) {
    const c = contact(ctx)
    const permission = permissionsOf(ctx, c).find((p) => p.id === ctx.params.permissionid)
    if (!permission) notFound('Permission', ctx.params.permissionid)
    // The engine fills the spec's default (`view`); the type of an optional parameter does not know it.
    const setting = ctx.query.permissionsetting ?? 'view'
    return ctx.json(200, {
      status: 'Success',
      count: 1,
      permission: {
        id: permission.id,
        name: permission.name,
        permissionsetting: setting,
        allowed: permission[setting],
      },
    })
  },

  /** View Projects for a Contact (002 line 3551): projects the contact manages or is assigned to. */
  listContactProjects(ctx) {
    const c = contact(ctx)
    return ctx.json(
      200,
      projectList(
        ctx,
        ctx.state.projects.filter((p) => projectContactIds(p).includes(c.id)),
      ),
    )
  },
  /** Add a Project for a Contact (002 line 3875): in the contact's company, with the contact assigned. */
  addContactProject(ctx) {
    const c = contact(ctx)
    const s = ctx.state
    const project = createProject(
      ctx,
      ctx.body,
      s.companies.get(c.companyid) ?? s.companies.require(s.contacts.require(meId(ctx)).companyid),
    )
    const role = c.type === 'client' ? 'clientids' : c.type === 'contractor' ? 'contractorids' : 'staffids'
    if (c.id !== project.managerid && !project[role].includes(c.id))
      s.projects.update(project.id, { [role]: [...project[role], c.id].sort((a, b) => a - b) })
    return ctx.json(201, added('Project', [{ id: project.id, number: project.number, title: project.title }]))
  },

  /** View Tasks for a Contact (002 line 4187): tasks assigned to the contact. */
  listContactTasks(ctx) {
    const c = contact(ctx)
    return ctx.json(
      200,
      taskList(
        ctx,
        ctx.state.tasks.filter((t) => t.contactids.includes(c.id)),
      ),
    )
  },
  /** View Time Tracked by a Contact (002 line 4505). */
  listContactTime(ctx) {
    const c = contact(ctx)
    return ctx.json(
      200,
      timeList(
        ctx,
        ctx.state.time.filter((t) => t.contactid === c.id),
      ),
    )
  },

  /** Contact Summary (002 line 4100): active projects and active tasks of the contact, `pagesize` of each. */
  getContactSummary(ctx) {
    const c = contact(ctx)
    const s = ctx.state
    const { want, page } = summaryScope(ctx.query)
    const summary: Schemas['SummaryRecord']['summary'] = {}
    if (want('projects')) {
      summary.projects = page(
        s.projects.filter((p) => projectStatus(p) === 'active' && projectContactIds(p).includes(c.id)),
      ).map((p) => numberedRow(p, { companyid: p.companyid, companyname: s.companies.get(p.companyid)?.name ?? '' }))
    }
    if (want('tasks')) {
      summary.tasks = page(s.tasks.filter((t) => t.status === 'active' && t.contactids.includes(c.id))).map((t) =>
        taskRow(t, (id) => s.projects.get(id)),
      )
    }
    return ctx.json(200, summaryRecord(summary))
  },

  /** Request Password Reset (002 line 4983): "If no matching address is found, this will return a 404". */
  requestPasswordReset(ctx) {
    const email = ctx.query.email.toLowerCase()
    if (!ctx.state.contacts.all().some((c) => c.email.toLowerCase() === email))
      notFound('Contact with email address', ctx.query.email)
    return ctx.json(200, { status: 'Success', message: 'Password reset email sent' })
  },

  /**
   * Request Access to ProWorkflow (002 line 5041): adds a pending contact (and, for a client or contractor, a pending
   * company named `companyname`) that appears with `pending=true` until approved in the application.
   */
  requestAccess(ctx) {
    // AccessRequest adds an `anyOf` of required lists to its properties: openapi-typescript types it `unknown`.
    const body = record(ctx.body)
    requireFields(body, ['firstname', 'lastname', 'email'])
    const s = ctx.state
    const type = ACCESS_TYPES.find((t) => t === body.type) ?? 'client' // the spec's default (JSON bodies get none)
    let companyid: number
    if (type === 'staff')
      companyid = s.companies.all().find((c) => c.type === 'staff')?.id ?? s.contacts.require(meId(ctx)).companyid
    else {
      requireFields(body, ['companyname'])
      companyid = createCompany(ctx, { name: String(body.companyname), type }, true, { pending: true }).id
    }
    const made = createContact(
      ctx,
      { firstname: String(body.firstname), lastname: String(body.lastname), email: String(body.email) },
      true,
      { companyid, type },
      { pending: true },
    )
    return ctx.json(201, added('Contact', [{ id: made.id, name: fullName(made) }], true))
  },
})
