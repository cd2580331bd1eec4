/**
 * The Notes tab of a company (002 lines 895-996) and of a contact (002 lines 3395-3492): the same four operations
 * (list, add, view, delete) under either parent, so one implementation serves both. A note on a tab belongs to that one
 * parent; the Notes section's own notes (on neither) are notes.ts's.
 */
import { type CtxWithParams, meId, notFound, requireFields, type Schemas, stamp } from '../common.ts'
import { added, one, removed } from '../envelopes.ts'
import type { ListCtx } from '../listing.ts'
import type { NoteRec } from '../records.ts'
import { noteView } from '../views.ts'
import { noteList } from './lists.ts'

/** The key of a note that names the parent whose tab it is on. */
export type NoteParent = 'companyid' | 'contactid'

/**
 * The operations of one kind of parent's Notes tab. `parentId` finds the parent the path names (a 404 when there is
 * none), first, as each operation did on its own. Each returns the response body and the handler answers with it, so
 * `ctx.json` still checks it against the handler's own operation.
 */
export function notesTab<P>(parent: NoteParent, parentId: (ctx: CtxWithParams<P>) => number) {
  const note = (ctx: CtxWithParams<P & { noteid: number }>): NoteRec => {
    const id = parentId(ctx)
    const n = ctx.state.notes.get(ctx.params.noteid)
    if (!n || n[parent] !== id) notFound('Note', ctx.params.noteid)
    return n
  }
  return {
    /** `search` looks in the content (the Notes section's looks in the title). */
    list(ctx: ListCtx & { params: P }) {
      const id = parentId(ctx)
      return noteList(
        ctx,
        ctx.state.notes.filter((n) => n[parent] === id),
        'content',
      )
    },
    /** Only `content`, which is required (002 lines 935, 3448; C live). */
    add(ctx: CtxWithParams<P> & { body: Schemas['NoteContentAdd'] }) {
      const id = parentId(ctx)
      requireFields(ctx.body, ['content'])
      const n = ctx.state.notes.insert({
        title: '',
        content: ctx.body.content,
        date: stamp(ctx),
        categoryid: null,
        audience: 'all',
        authorid: meId(ctx),
        lastmodified: stamp(ctx),
        companyid: parent === 'companyid' ? id : null,
        contactid: parent === 'contactid' ? id : null,
      })
      return added('Note', [{ id: n.id }])
    },
    get: (ctx: CtxWithParams<P & { noteid: number }>) => one('note', noteView(ctx.state, note(ctx))),
    remove: (ctx: CtxWithParams<P & { noteid: number }>) => removed(ctx.state.notes, note(ctx).id),
  }
}
