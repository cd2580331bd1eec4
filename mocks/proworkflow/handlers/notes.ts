/** Notes (5 operations, 002 lines 7618-7850). */
import {
  audience,
  type Ctx,
  type CtxWithParams,
  idValue,
  invalid,
  meId,
  notFound,
  pwHandlers,
  requireFields,
  stamp,
  strings,
} from '../common.ts'
import { added, one, removed, updated } from '../envelopes.ts'
import type { NoteRec } from '../records.ts'
import { noteView } from '../views.ts'
import { noteList } from './lists.ts'

/** A note of the Notes section (company and contact notes are reached through their own paths). */
function note(ctx: CtxWithParams<{ noteid: number }>): NoteRec {
  const n = ctx.state.notes.get(ctx.params.noteid)
  if (!n || n.companyid !== null || n.contactid !== null) notFound('Note', ctx.params.noteid)
  return n
}

function category(ctx: Ctx, value: unknown): number | null {
  const id = idValue(value) ?? null
  if (id !== null && !ctx.state.settings.notecategories.some((c) => c.id === id))
    invalid(`'categoryid' ${id} is not a valid Note Category ID`)
  return id
}

export const noteHandlers = pwHandlers({
  /** View Notes (002 line 7618). */
  listNotes: (ctx) =>
    ctx.json(
      200,
      noteList(
        ctx,
        ctx.state.notes.filter((n) => n.companyid === null && n.contactid === null),
      ),
    ),

  /** Add a Note (002 line 7729): title, content and category required; `contacts` defaults to all (NOTES decision 4). */
  addNote(ctx) {
    const body = ctx.body
    requireFields(body, ['title', 'content', 'categoryid'])
    const n = ctx.state.notes.insert({
      title: body.title,
      content: body.content,
      date: stamp(ctx),
      categoryid: category(ctx, body.categoryid),
      audience: audience(ctx, body.contacts ?? 'all', 'contacts'), // the spec's default (JSON bodies get none)
      authorid: meId(ctx),
      lastmodified: stamp(ctx),
      companyid: null,
      contactid: null,
    })
    return ctx.json(201, added('Note', [{ id: n.id, title: n.title }]))
  },

  getNote: (ctx) => ctx.json(200, one('note', noteView(ctx.state, note(ctx)))),

  /**
   * Edit a Note (002 line 7808): partial. The spec gives NoteEdit's `contacts` the add's default (`all`), so its type
   * has `contacts` always present; an edit without it keeps the note's audience (JSON bodies are not defaulted).
   */
  editNote(ctx) {
    const n = note(ctx)
    const body = ctx.body
    ctx.state.notes.update(n.id, {
      ...strings(body, ['title', 'content']),
      ...(body.categoryid === undefined ? {} : { categoryid: category(ctx, body.categoryid) }),
      ...(body.contacts === undefined ? {} : { audience: audience(ctx, body.contacts, 'contacts') }),
      lastmodified: stamp(ctx),
    })
    return ctx.json(200, updated('Note', n.id))
  },

  deleteNote: (ctx) => ctx.json(200, removed(ctx.state.notes, note(ctx).id)),
})
