/** Project Requests (2 operations, 002 lines 7851-8155). */
import {
  amount,
  dateValue,
  existing,
  idValue,
  invalid,
  meId,
  mergeFieldValues,
  pwHandlers,
  requireFields,
  stamp,
} from '../common.ts'
import { added } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import { nextProjectId, type ProjectRequestRec } from '../records.ts'
import { projectRequestView } from '../views.ts'

export const projectRequestHandlers = pwHandlers({
  /** View Project Requests (002 line 7851). */
  listProjectRequests(ctx) {
    const s = ctx.state
    const internal = (r: ProjectRequestRec) => s.companies.get(r.companyid)?.type === 'staff'
    const requests = list(ctx, {
      records: s.projectrequests.all(),
      filters: {
        apifields: f.pairs((r) => r.apifields, 'apifieldsmode'),
        budget: f.number((r) => r.budget),
        clientid: f.contacts((r) => r.clientid),
        clienttype: f.equals((r) => (internal(r) ? 'internal' : 'external')),
        companyid: f.ids((r) => r.companyid),
        customfields: f.pairs((r) => r.customfields, 'customfieldsmode'),
        divisionid: f.equals((r) => r.divisionid, Number),
        ...f.dateRange<ProjectRequestRec>('duedate', (r) => r.duedate),
        ...f.idRange(),
        ...f.dateTimeRange<ProjectRequestRec>('lastmodified', (r) => r.lastmodified),
        recipientid: f.contacts((r) => r.recipientid),
        searchcustomform: f.text((r) => [r.customformtitle, r.customformcontent]),
        searchdescription: f.text((r) => [r.description]),
        searchtitle: f.text((r) => [r.title]),
        ...f.dateRange<ProjectRequestRec>('startdate', (r) => r.startdate),
        ...f.dateRange<ProjectRequestRec>('submitteddate', (r) => r.submitteddate),
        templateid: f.ids((r) => r.templateid),
      },
      sort: {
        id: (r) => r.id,
        title: (r) => r.title,
        startdate: (r) => r.startdate,
        duedate: (r) => r.duedate,
        submitteddate: (r) => r.submitteddate,
        companyid: (r) => r.companyid,
      },
      view: (r) => projectRequestView(s, r),
      key: 'projectrequests',
      entity: 'ProjectRequest',
    })
    return ctx.json(200, requests)
  },

  /**
   * Add a Project Request (002 line 8055): from the contact making the request (its company); submitted to `contactid`
   * or else the division's default contact (here the account's first Super User).
   */
  addProjectRequest(ctx) {
    const body = ctx.body
    const s = ctx.state
    requireFields(body, ['title'])
    const client = s.contacts.require(meId(ctx))
    const recipient =
      body.contactid !== undefined && body.contactid !== ''
        ? existing(s.contacts, body.contactid, 'contactid')
        : s.contacts.all().find((c) => c.type === 'staff' && c.roleids.includes(1))
    const templateid = idValue(body.templateid) ?? null
    if (templateid !== null && !s.settings.templates.some((t) => t.id === templateid))
      invalid(`'templateid' ${templateid} is not a valid Template ID`)
    const r = s.projectrequests.insert({
      id: nextProjectId(s),
      title: body.title,
      description: typeof body.description === 'string' ? body.description : '',
      budget: amount(body.budget) ?? 0,
      startdate: dateValue(ctx, body.startdate) ?? null,
      duedate: dateValue(ctx, body.duedate) ?? null,
      submitteddate: stamp(ctx).slice(0, 10),
      companyid: client.companyid,
      clientid: client.id,
      recipientid: recipient?.id ?? null,
      templateid,
      groupid: idValue(body.groupid) ?? null,
      customformtitle: typeof body.customformtitle === 'string' ? body.customformtitle : '',
      customformcontent: typeof body.customformcontent === 'string' ? body.customformcontent : '',
      customfields: mergeFieldValues([], body.customfields, s.settings.customfields, 'customfields'),
      lastmodified: stamp(ctx),
      apifields: mergeFieldValues([], body.apifields, s.settings.apifields, 'apifields'),
      divisionid: idValue(body.divisionid) ?? 1,
    })
    return ctx.json(201, added('Project Request', [{ id: r.id, title: r.title }]))
  },
})
