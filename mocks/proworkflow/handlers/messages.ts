/** Messages (5 operations, 002 lines 7347-7617): project and task discussions. */
import {
  audience,
  type Ctx,
  type CtxWithParams,
  existing,
  find,
  forbidden,
  invalid,
  meId,
  pwHandlers,
  record,
  requireFields,
} from '../common.ts'
import { added, one, removed, updated } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import { dateTimeOf } from '../query.ts'
import type { MessageRec, TaskRec } from '../records.ts'
import { messageView, projectContactIds, projectStatus } from '../views.ts'

const message = (ctx: CtxWithParams<{ messageid: number }>): MessageRec =>
  find(ctx.state.messages, ctx.params.messageid)

/** Everyone on the project or task of a discussion (`contacts: all`, 002 line 7488). */
function assigned(ctx: Ctx, projectid: number | null, task: TaskRec | undefined): number[] {
  if (task) return [...task.contactids]
  const p = projectid === null ? undefined : ctx.state.projects.get(projectid)
  return p ? projectContactIds(p) : []
}

/**
 * Attachments: files of the same project as the message (002 line 7513), sent as `files` (the parameter list) or
 * `fileid` (the sample and the description, NOTES decision 10). An error names the field the client sent.
 */
function attachments(ctx: Ctx, body: Record<string, unknown>, projectid: number | null): number[] {
  const field = body.files !== undefined ? 'files' : 'fileid'
  const value = body[field]
  if (value === undefined || value === '') return []
  const ids = String(value).split(',').map(Number)
  for (const id of ids) {
    const file = existing(ctx.state.files, id, field)
    const fileProject =
      file.projectid ??
      (file.taskid !== null ? ctx.state.tasks.get(file.taskid)?.projectid : null) ??
      (file.folderid !== null ? ctx.state.folders.get(file.folderid)?.projectid : null)
    if (fileProject !== projectid) invalid(`File ${id} does not belong to the same Project as the Message`)
  }
  return [...new Set(ids)]
}

export const messageHandlers = pwHandlers({
  /** View Messages (002 line 7347): `projectstatus` defaults to active projects. */
  listMessages(ctx) {
    const s = ctx.state
    const details = ctx.query.contactdetails === true
    const project = (m: MessageRec) => (m.projectid === null ? undefined : s.projects.get(m.projectid))
    const messages = list(ctx, {
      records: s.messages.all(),
      filters: {
        // "Messages to/from specified Contact/s".
        contacts: f.contacts((m) => [m.authorid, ...m.contactids]),
        ...f.dateRange<MessageRec>('date', (m) => m.date),
        divisionid: f.equals((m) => project(m)?.divisionid ?? 1, Number),
        id: f.ids((m) => m.id),
        ...f.idRange(),
        originalmessageid: f.equals((m) => m.originalmessageid, Number),
        projectid: f.ids((m) => m.projectid),
        projectstatus: f.equals((m) => {
          const p = project(m)
          return p ? projectStatus(p) : undefined
        }),
        search: f.text((m) => [m.title]),
        taskid: f.ids((m) => m.taskid),
        taskstatus: (value) =>
          value === 'all' ? undefined : (m) => m.taskid !== null && s.tasks.get(m.taskid)?.status === value,
      },
      sort: {
        id: (m) => m.id,
        originalmessageid: (m) => m.originalmessageid,
        date: (m) => m.date,
        projectid: (m) => m.projectid,
        taskid: (m) => m.taskid,
      },
      view: (m) => messageView(s, m, { contactDetails: details }),
      key: 'messages',
      entity: 'Message',
    })
    return ctx.json(200, messages)
  },

  /**
   * Add a Message (002 line 7473): a reply with `originalmessageid`, or a new discussion with `projectid` or `taskid`,
   * `title` and `contacts`; `content` always. Files attach with `files` (or `fileid`, as in the sample).
   */
  addMessage(ctx) {
    // MessageAdd adds an `anyOf` of required lists to its properties: openapi-typescript types it `unknown`.
    const body = record(ctx.body)
    const s = ctx.state
    requireFields(body, ['content'])
    const me = meId(ctx)
    const date = dateTimeOf(ctx.clock.now())
    let m: MessageRec
    if (body.originalmessageid !== undefined && body.originalmessageid !== '') {
      const first = existing(s.messages, body.originalmessageid, 'originalmessageid')
      const root = s.messages.require(first.originalmessageid)
      m = s.messages.insert({
        title: root.title,
        content: String(body.content),
        originalmessageid: root.id,
        date,
        authorid: me,
        projectid: root.projectid,
        taskid: root.taskid,
        public: root.public,
        notifications: root.notifications,
        contactids: root.contactids,
        fileids: attachments(ctx, body, root.projectid),
      })
      if (!root.contactids.includes(me))
        s.messages.update(root.id, { contactids: [...root.contactids, me].sort((a, b) => a - b) })
    } else {
      requireFields(body, ['title', 'contacts'])
      const task =
        body.taskid !== undefined && body.taskid !== '' ? existing(s.tasks, body.taskid, 'taskid') : undefined
      const projectid = task ? task.projectid : existing(s.projects, body.projectid, 'projectid').id
      const who = audience(ctx, body.contacts, 'contacts')
      m = s.messages.insert({
        title: String(body.title),
        content: String(body.content),
        originalmessageid: 0,
        date,
        authorid: me,
        projectid,
        taskid: task?.id ?? null,
        public: body.public !== false,
        notifications: body.notifications !== false,
        contactids: [...new Set([me, ...(who === 'all' ? assigned(ctx, projectid, task) : who)])].sort((a, b) => a - b),
        fileids: attachments(ctx, body, projectid),
      })
      m = s.messages.update(m.id, { originalmessageid: m.id })
    }
    return ctx.json(201, added('Message', [{ id: m.id, title: m.title }]))
  },

  /** View a Message (002 line 7541); `projectcontacts=true` adds the project's contacts. */
  getMessage: (ctx) =>
    ctx.json(
      200,
      one('message', messageView(ctx.state, message(ctx), { projectContacts: ctx.query.projectcontacts === true })),
    ),

  /**
   * Edit a Message (002 line 7582): only the author, only a discussion's first message; contacts, notifications and
   * public; "You cannot remove contacts who have added a reply to the discussion".
   */
  editMessage(ctx) {
    const m = message(ctx)
    const s = ctx.state
    const me = meId(ctx)
    if (m.authorid !== me) forbidden('Only the author of a Message can edit it')
    if (m.originalmessageid !== m.id) forbidden('Only the first Message of a discussion can be edited')
    const body = ctx.body
    let contactids = m.contactids
    if (body.contacts !== undefined) {
      const who = audience(ctx, body.contacts, 'contacts')
      contactids = [
        ...new Set([
          me,
          ...(who === 'all' ? assigned(ctx, m.projectid, m.taskid === null ? undefined : s.tasks.get(m.taskid)) : who),
        ]),
      ].sort((a, b) => a - b)
      const repliers = s.messages.filter((r) => r.originalmessageid === m.id && r.id !== m.id).map((r) => r.authorid)
      const dropped = repliers.find((id) => !contactids.includes(id))
      if (dropped !== undefined) invalid(`Contact ${dropped} has replied to the discussion and cannot be removed`)
    }
    s.messages.update(m.id, {
      contactids,
      ...(typeof body.public === 'boolean' ? { public: body.public } : {}),
      ...(typeof body.notifications === 'boolean' ? { notifications: body.notifications } : {}),
    })
    return ctx.json(200, updated('Message', m.id))
  },

  /**
   * Delete a Message (002 line 7564): only the author's; "Deleting the first message in a discussion will also delete
   * all replies in that discussion".
   */
  deleteMessage(ctx) {
    const m = message(ctx)
    if (m.authorid !== meId(ctx)) forbidden('Only the author of a Message can delete it')
    if (m.originalmessageid === m.id)
      for (const reply of ctx.state.messages.filter((r) => r.originalmessageid === m.id))
        ctx.state.messages.delete(reply.id)
    return ctx.json(200, removed(ctx.state.messages, m.id))
  },
})
