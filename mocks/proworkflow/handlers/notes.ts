/** Notes (5 operations, 002 lines 7618-7850). */
import type { Handler } from '../../../src/core/plugin.ts'
import {
  added,
  audience,
  bodyOf,
  type Ctx,
  deleted,
  idValue,
  invalid,
  meId,
  notFound,
  one,
  requireFields,
  stamp,
  strings,
  updated,
} from '../common.ts'
import type { NoteRec } from '../records.ts'
import type { PwState } from '../state.ts'
import { noteView } from '../views.ts'
import { noteList } from './lists.ts'

/** A note of the Notes section (company and contact notes are reached through their own paths). */
function note(ctx: Ctx): NoteRec {
  const n = ctx.state.notes.get(Number(ctx.params.noteid))
  if (!n || n.companyid !== null || n.contactid !== null) notFound('Note', String(ctx.params.noteid))
  return n
}

function category(ctx: Ctx, value: unknown): number | null {
  const id = idValue(value) ?? null
  if (id !== null && !ctx.state.settings.notecategories.some((c) => c.id === id))
    invalid(`'categoryid' ${id} is not a valid Note Category ID`)
  return id
}

export const noteHandlers: Record<string, Handler<PwState>> = {
  /** View Notes (002 line 7618). */
  listNotes: (ctx) =>
    noteList(
      ctx,
      ctx.state.notes.filter((n) => n.companyid === null && n.contactid === null),
    ),

  /** Add a Note (002 line 7729): title, content and category required; `contacts` defaults to all (NOTES decision 4). */
  addNote(ctx) {
    const body = bodyOf(ctx)
    requireFields(body, ['title', 'content', 'categoryid'])
    const n = ctx.state.notes.insert({
      title: String(body.title),
      content: String(body.content),
      date: stamp(ctx),
      categoryid: category(ctx, body.categoryid),
      audience: audience(ctx, body.contacts ?? 'all', 'contacts'),
      authorid: meId(ctx),
      lastmodified: stamp(ctx),
      companyid: null,
      contactid: null,
    })
    return added('Note', [{ id: n.id, title: n.title }])
  },

  getNote: (ctx) => one('note', noteView(ctx.state, note(ctx))),

  /** Edit a Note (002 line 7808): partial. */
  editNote(ctx) {
    const n = note(ctx)
    const body = bodyOf(ctx)
    ctx.state.notes.update(n.id, {
      ...strings(body, ['title', 'content']),
      ...(body.categoryid === undefined ? {} : { categoryid: category(ctx, body.categoryid) }),
      ...(body.contacts === undefined ? {} : { audience: audience(ctx, body.contacts, 'contacts') }),
      lastmodified: stamp(ctx),
    })
    return updated('Note', n.id)
  },

  deleteNote(ctx) {
    const n = note(ctx)
    ctx.state.notes.delete(n.id)
    return deleted('Note', n.id)
  },
}
