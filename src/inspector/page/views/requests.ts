/**
 * Requests: the request log, newest first, growing as exchanges happen (the live feed says when; the view asks for
 * the ones after the newest it has, with its filters). A click shows the exchange's headers and bodies as the mock
 * keeps them: credentials redacted, large bodies cut with their size shown.
 */
import { get, query } from '../api.ts'
import { bytes, clock, fill, h, pretty, statusClass } from '../dom.ts'
import type { BodyView, Exchange, ExchangeDetails } from '../types.ts'
import type { View, ViewContext } from '../view.ts'

/** Rows kept on the page (the log itself keeps 500 by default). */
const MAX_ROWS = 500

export function requestsView(ctx: ViewContext): View {
  const api = ctx.api.id
  let rows: Exchange[] = []
  let lastSeen = 0
  let selected: number | undefined
  const clients = new Set<string>()

  const status = h(
    'select',
    { name: 'status', 'aria-label': 'Status class', onchange: () => void reload() },
    h('option', { value: '' }, 'any status'),
    ...['2xx', '3xx', '4xx', '5xx'].map((c) => h('option', { value: c }, c)),
  )
  const operation = h(
    'select',
    { name: 'operation', 'aria-label': 'Operation', onchange: () => void reload() },
    h('option', { value: '' }, 'any operation'),
  )
  const clientList = h('datalist', { id: `clients-${api}` })
  const client = h('input', {
    name: 'client',
    type: 'search',
    placeholder: 'any client',
    list: `clients-${api}`,
    'aria-label': 'Client',
    onchange: () => void reload(),
  })
  const count = h('span', { class: 'muted' })
  const body = h('tbody')
  const detail = h(
    'section',
    { class: 'detail', 'data-testid': 'exchange-detail' },
    h('p', { class: 'empty' }, 'Click a request to see its headers and bodies.'),
  )
  const element = h(
    'div',
    { class: 'view requests', 'data-view': 'requests' },
    h(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      status,
      operation,
      client,
      clientList,
      count,
    ),
    h(
      'div',
      { class: 'split' },
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'log' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['#', 'time', 'method', 'path', 'status', 'operation', 'client', 'ms'].map((c) => h('th', {}, c)),
            ),
          ),
          body,
        ),
      ),
      detail,
    ),
  )

  void ctx.operations().then((ops) => {
    for (const op of [...ops].sort((a, b) => a.operationId.localeCompare(b.operationId)))
      operation.append(h('option', { value: op.operationId }, op.operationId))
  })

  const filters = () => ({ status: status.value, operation: operation.value, client: client.value.trim() })

  function row(e: Exchange): HTMLTableRowElement {
    const tr = h(
      'tr',
      {
        'data-id': e.id,
        class: `${statusClass(e.status)}${e.id === selected ? ' selected' : ''}`,
        tabindex: 0,
        onclick: () => void select(e.id),
        onkeydown: (event: Event) => {
          if ((event as KeyboardEvent).key === 'Enter') void select(e.id)
        },
      },
      h('td', { class: 'num' }, e.id),
      h('td', {}, clock(e.at)),
      h('td', {}, e.method),
      h('td', { class: 'path' }, `${e.path}${e.query ? `?${e.query}` : ''}`),
      h('td', { class: 'status' }, e.status),
      h('td', {}, e.operationId ?? '—'),
      h('td', {}, e.client ?? '—'),
      h('td', { class: 'num' }, e.ms),
    )
    return tr
  }

  function render(): void {
    fill(body, rows.map(row))
    count.textContent = `${rows.length} shown`
    for (const e of rows) if (e.client) clients.add(e.client)
    fill(
      clientList,
      [...clients].sort().map((c) => h('option', { value: c })),
    )
  }

  async function reload(): Promise<void> {
    const answer = await get<{ last: number; requests: Exchange[] }>(
      `${api}/requests${query({ ...filters(), limit: 200 })}`,
    )
    rows = answer.requests.reverse()
    lastSeen = answer.last
    render()
  }

  async function more(last: number): Promise<void> {
    if (last < lastSeen) return reload() // the log was cleared or the mock restarted
    if (last === lastSeen) return
    const answer = await get<{ last: number; requests: Exchange[] }>(
      `${api}/requests${query({ ...filters(), since: lastSeen })}`,
    )
    lastSeen = answer.last
    if (answer.requests.length === 0) return
    rows = [...answer.requests.reverse(), ...rows].slice(0, MAX_ROWS)
    // Prepend only the new rows: the table keeps its scroll position and focus.
    const fresh = answer.requests.map(row)
    body.prepend(...fresh)
    while (body.children.length > MAX_ROWS) body.lastElementChild?.remove()
    count.textContent = `${rows.length} shown`
    for (const e of answer.requests)
      if (e.client && !clients.has(e.client)) {
        clients.add(e.client)
        clientList.append(h('option', { value: e.client }))
      }
  }

  async function select(id: number): Promise<void> {
    selected = id
    for (const tr of body.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.id === String(id))
    try {
      showDetail(await get<ExchangeDetails>(`${api}/requests/${id}`))
    } catch (error) {
      fill(detail, h('p', { class: 'error' }, String((error as Error).message)))
    }
  }

  function showDetail(e: ExchangeDetails): void {
    fill(
      detail,
      h(
        'h3',
        {},
        h('span', { class: `badge ${statusClass(e.status)}` }, e.status),
        ` ${e.method} ${e.path}${e.query ? `?${e.query}` : ''}`,
      ),
      h(
        'dl',
        { class: 'meta' },
        h('dt', {}, 'operation'),
        h('dd', {}, e.operationId ?? '—'),
        h('dt', {}, 'client'),
        h('dd', {}, e.client ?? '—'),
        h('dt', {}, 'at'),
        h('dd', {}, `${clock(e.at)} (${e.at})`),
        h('dt', {}, 'duration'),
        h('dd', {}, `${e.ms} ms`),
      ),
      e.error ? h('pre', { class: 'error' }, e.error) : null,
      e.captured && e.request && e.response
        ? [
            h('h4', {}, 'Request headers'),
            headerTable(e.request.headers),
            h('h4', {}, 'Request body'),
            bodyBlock(e.request.body, 'request'),
            h('h4', {}, 'Response headers'),
            headerTable(e.response.headers),
            h('h4', {}, 'Response body'),
            bodyBlock(e.response.body, 'response'),
          ]
        : h(
            'p',
            { class: 'muted' },
            'Headers and bodies are kept for the latest exchanges only (serve --log-details); this one has only its summary left.',
          ),
    )
  }

  return {
    element,
    async refresh(last) {
      if (last === undefined || lastSeen === 0) await reload()
      else await more(last)
    },
  }
}

function headerTable(headers: Record<string, string>): HTMLElement {
  const names = Object.keys(headers).sort()
  if (names.length === 0) return h('p', { class: 'muted' }, 'none')
  return h(
    'table',
    { class: 'headers' },
    h('tbody', {}, ...names.map((name) => h('tr', {}, h('th', {}, name), h('td', {}, headers[name] ?? '')))),
  )
}

function bodyBlock(body: BodyView | null, which: string): HTMLElement {
  if (!body) return h('p', { class: 'muted' }, 'no body')
  if (body.streamed)
    return h('p', { class: 'muted' }, `Streamed (${bytes(body.size)}): large streamed bodies are not kept.`)
  const note = body.truncated
    ? h(
        'p',
        { class: 'truncated', 'data-testid': `${which}-truncated` },
        `Cut: the first ${bytes(body.text !== undefined ? new TextEncoder().encode(body.text).length : (body.base64?.length ?? 0))} of ${bytes(body.size)} are kept (serve --log-body-bytes).`,
      )
    : h('p', { class: 'muted' }, bytes(body.size))
  const content =
    body.text !== undefined ? (body.truncated ? body.text : pretty(body.text)) : `base64: ${body.base64 ?? ''}`
  return h('div', {}, note, h('pre', { class: 'body', 'data-testid': `${which}-body` }, content))
}
