/**
 * State: the seed in use, each collection of the state with its count, and a collection's records as JSON, a page at
 * a time. Counts follow the live feed; the open page is reread only when asked (records shift under paging).
 */
import { get, query } from '../api.ts'
import { fill, h } from '../dom.ts'
import type { View, ViewContext } from '../view.ts'

const PAGE = 20

interface Collections {
  seed: number
  collections: { name: string; count: number }[]
}

interface Page {
  name: string
  count: number
  offset: number
  limit: number
  records: unknown[]
}

export function stateView(ctx: ViewContext): View {
  const api = ctx.api.id
  let open: string | undefined

  const seed = h('p', { class: 'seed', 'data-testid': 'seed' })
  const list = h('ul', { class: 'collections' })
  const records = h(
    'section',
    { class: 'records' },
    h('p', { class: 'empty' }, 'Pick a collection to browse its records.'),
  )
  const summary = h('pre', { class: 'body' })
  const element = h(
    'div',
    { class: 'view state', 'data-view': 'state' },
    seed,
    h('div', { class: 'split' }, h('nav', { 'aria-label': 'Collections' }, list), records),
    h('details', {}, h('summary', {}, "The mock's own summary (GET /__mock/<api>/state)"), summary),
  )

  async function showPage(name: string, at: number): Promise<void> {
    open = name
    for (const li of list.querySelectorAll('li')) li.classList.toggle('selected', li.dataset.name === name)
    const page = await get<Page>(`${api}/collections/${encodeURIComponent(name)}${query({ offset: at, limit: PAGE })}`)
    const last = Math.min(page.offset + page.records.length, page.count)
    fill(
      records,
      h(
        'div',
        { class: 'pager' },
        h('strong', {}, page.name),
        ` records ${page.count === 0 ? 0 : page.offset + 1}–${last} of ${page.count} `,
        h(
          'button',
          {
            type: 'button',
            disabled: page.offset === 0,
            onclick: () => void showPage(name, Math.max(0, page.offset - PAGE)),
          },
          '‹ previous',
        ),
        h(
          'button',
          { type: 'button', disabled: last >= page.count, onclick: () => void showPage(name, page.offset + PAGE) },
          'next ›',
        ),
      ),
      h('pre', { class: 'body', 'data-testid': 'records' }, JSON.stringify(page.records, null, 2)),
    )
  }

  async function refresh(): Promise<void> {
    const [found, inspected] = await Promise.all([
      get<Collections>(`${api}/collections`),
      get<{ state: unknown }>(`${api}/state`),
    ])
    fill(seed, 'Seed in use: ', h('strong', {}, found.seed), ' — reset or reseed it under Controls.')
    const names = found.collections.map((c) => c.name)
    const shown = [...list.querySelectorAll<HTMLElement>('li[data-name]')].map((li) => li.dataset.name)
    if (names.length > 0 && names.join('\n') === shown.join('\n')) {
      // The same collections: update the counts in place, so a click under way is not lost to a redraw.
      for (const c of found.collections) {
        const count = list.querySelector(`li[data-name="${CSS.escape(c.name)}"] .count`)
        if (count && count.textContent !== String(c.count)) count.textContent = String(c.count)
      }
    } else
      fill(
        list,
        found.collections.length === 0
          ? h('li', { class: 'muted' }, 'This mock keeps no collections the inspector can find.')
          : found.collections.map((c) =>
              h(
                'li',
                { 'data-name': c.name, class: c.name === open ? 'selected' : undefined },
                h(
                  'button',
                  { type: 'button', onclick: () => void showPage(c.name, 0) },
                  h('span', {}, c.name),
                  h('span', { class: 'count' }, c.count),
                ),
              ),
            ),
      )
    summary.textContent = JSON.stringify(inspected.state, null, 2)
    if (open && !found.collections.some((c) => c.name === open)) {
      open = undefined
      fill(records, h('p', { class: 'empty' }, 'Pick a collection to browse its records.'))
    }
  }

  return { element, refresh }
}
