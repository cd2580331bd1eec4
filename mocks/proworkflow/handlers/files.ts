/** Files (4 operations, 002 lines 5767-5964) and Custom Folders (3 operations, 002 lines 5965-6100). */
import {
  audience,
  type Ctx,
  type CtxWithParams,
  existing,
  find,
  invalid,
  pwHandlers,
  requireFields,
  stamp,
} from '../common.ts'
import { added, deleted, one } from '../envelopes.ts'
import { f, list } from '../listing.ts'
import { base64Size, type FileRec, type FolderRec } from '../records.ts'
import { fileView, folderView, projectIdOfFile, projectStatus } from '../views.ts'

/** 002 line 5937: "Not available for files larger than 1MB". */
const MAX_CONTENT_BYTES = 1024 * 1024

const file = (ctx: CtxWithParams<{ fileid: number }>): FileRec => find(ctx.state.files, ctx.params.fileid)
const folder = (ctx: CtxWithParams<{ folderid: number }>): FolderRec => find(ctx.state.folders, ctx.params.folderid)

function statusOf(ctx: Ctx, projectId: number | null | undefined): 'active' | 'complete' | undefined {
  const p = projectId === null || projectId === undefined ? undefined : ctx.state.projects.get(projectId)
  return p ? projectStatus(p) : undefined
}

export const fileHandlers = pwHandlers({
  /** View Files (002 line 5767; C live). */
  listFiles(ctx) {
    const s = ctx.state
    const files = list(ctx, {
      records: s.files.all(),
      filters: {
        ...f.dateRange<FileRec>('date', (x) => x.date),
        divisionid: f.equals((x) => s.projects.get(projectIdOfFile(s, x) ?? 0)?.divisionid ?? 1, Number),
        folderid: f.ids((x) => x.folderid),
        id: f.ids((x) => x.id),
        ...f.idRange(),
        projectid: f.ids((x) => projectIdOfFile(s, x)),
        // Project status filters project files; files of a project request have no project and only show with `all`.
        projectstatus: f.equals((x) => statusOf(ctx, projectIdOfFile(s, x))),
        search: f.text((x) => [x.name]),
        taskid: f.ids((x) => x.taskid),
        taskstatus: (value) =>
          value === 'all' ? undefined : (x) => x.taskid !== null && s.tasks.get(x.taskid)?.status === value,
      },
      sort: {
        id: (x) => x.id,
        name: (x) => x.name,
        size: (x) => x.size,
        date: (x) => x.date,
        projectid: (x) => projectIdOfFile(s, x),
        taskid: (x) => x.taskid,
        folderid: (x) => x.folderid,
      },
      view: (x) => fileView(s, x),
      key: 'files',
    })
    return ctx.json(200, files)
  },

  /**
   * Add a File (002 line 5879): Base64 `content`, a `name`, and exactly one of `projectid` (a project or a project
   * request), `taskid` or `folderid`.
   */
  addFile(ctx) {
    const body = ctx.body
    const s = ctx.state
    requireFields(body, ['name', 'content'])
    const where = (['projectid', 'taskid', 'folderid'] as const).filter((k) => body[k] !== undefined && body[k] !== '')
    if (where.length !== 1) invalid('Exactly 1 of projectid, taskid or folderid is required')
    const content = body.content
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) invalid("'content' must be Base64-encoded")
    let placement: Pick<FileRec, 'projectid' | 'projectrequestid' | 'taskid' | 'folderid'> = {
      projectid: null,
      projectrequestid: null,
      taskid: null,
      folderid: null,
    }
    if (where[0] === 'projectid') {
      const id = Number(body.projectid)
      if (s.projects.get(id)) placement = { ...placement, projectid: id }
      else if (s.projectrequests.get(id)) placement = { ...placement, projectrequestid: id }
      else invalid(`'projectid' ${id} is not a valid Project or Project Request ID`)
    } else if (where[0] === 'taskid') placement = { ...placement, taskid: existing(s.tasks, body.taskid, 'taskid').id }
    else placement = { ...placement, folderid: existing(s.folders, body.folderid, 'folderid').id }
    const x = s.files.insert({
      name: body.name,
      date: stamp(ctx),
      content,
      size: base64Size(content),
      ...placement,
    })
    return ctx.json(201, added('File', [{ id: x.id, name: x.name }]))
  },

  /** View a File (002 line 5924): `content=true` adds the Base64 content, files up to 1 MB only. */
  getFile(ctx) {
    const x = file(ctx)
    const withContent = ctx.query.content === true
    if (withContent && x.size > MAX_CONTENT_BYTES) invalid('Content is not available for files larger than 1MB')
    return ctx.json(200, one('file', fileView(ctx.state, x, withContent)))
  },

  deleteFile(ctx) {
    const x = file(ctx)
    ctx.state.files.delete(x.id)
    for (const m of ctx.state.messages.filter((m) => m.fileids.includes(x.id)))
      ctx.state.messages.update(m.id, { fileids: m.fileids.filter((id) => id !== x.id) })
    return ctx.json(200, deleted('File', x.id))
  },

  /** View Custom Folders (002 line 5965): `projectstatus` defaults to active projects. */
  listFolders(ctx) {
    const s = ctx.state
    const folders = list(ctx, {
      records: s.folders.all(),
      filters: {
        divisionid: f.equals((x) => s.projects.get(x.projectid)?.divisionid ?? 1, Number),
        id: f.ids((x) => x.id),
        ...f.idRange(),
        projectid: f.ids((x) => x.projectid),
        projectstatus: f.equals((x) => statusOf(ctx, x.projectid)),
        search: f.text((x) => [x.name]),
      },
      sort: { id: (x) => x.id, name: (x) => x.name, projectid: (x) => x.projectid },
      view: (x) => folderView(s, x),
      key: 'folders',
      entity: 'Folder',
    })
    return ctx.json(200, folders)
  },

  /** Add a Custom Folder (002 line 6042): `contacts` `all` (public, the default), `me` or ids (private). */
  addFolder(ctx) {
    const body = ctx.body
    requireFields(body, ['name', 'projectid'])
    const project = existing(ctx.state.projects, body.projectid, 'projectid')
    const x = ctx.state.folders.insert({
      name: body.name,
      projectid: project.id,
      audience: audience(ctx, body.contacts ?? 'all', 'contacts'), // the spec's default (JSON bodies get none)
    })
    return ctx.json(201, added('Folder', [{ id: x.id, name: x.name }]))
  },

  getFolder: (ctx) => ctx.json(200, one('folder', folderView(ctx.state, folder(ctx)))),
})
