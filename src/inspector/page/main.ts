/**
 * The inspector (`GET /__mock/`): one tab per API served, and per API the views Requests, State, Conduct, Rate limits,
 * Controls and Docs. The address says which (`#/<api>/<view>`), so a view can be bookmarked or reloaded. The open
 * view is refreshed when the live feed reports a change; the others are built when opened.
 */
import { ControlError, clearToken, get, SESSION, setToken, takeTokenFromFragment, token } from './api.ts'
import { fill, h } from './dom.ts'
import { listen, type Live, type LiveMode } from './live.ts'
import type { ApiInfo } from './types.ts'
import { operationsOf, type View, type ViewContext } from './view.ts'
import { conductView } from './views/conduct.ts'
import { controlsView } from './views/controls.ts'
import { docsView } from './views/docs.ts'
import { rateLimitsView } from './views/rate-limits.ts'
import { requestsView } from './views/requests.ts'
import { stateView } from './views/state.ts'

const VIEWS = {
  requests: { label: 'Requests', make: requestsView },
  state: { label: 'State', make: stateView },
  conduct: { label: 'Conduct', make: conductView },
  'rate-limits': { label: 'Rate limits', make: rateLimitsView },
  controls: { label: 'Controls', make: controlsView },
  docs: { label: 'Docs', make: docsView },
} as const
type ViewName = keyof typeof VIEWS

const root = document.getElementById('app') as HTMLElement

let apis: ApiInfo[] = []
let current: { api: string; view: ViewName; instance: View } | undefined
let live: Live | undefined
let latest = 0

const modeBadge = h(
  'span',
  { class: 'live offline', 'data-testid': 'live-mode', title: 'How the page hears of new requests' },
  'connecting',
)
const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' })
const apiTabs = h('nav', { class: 'apis', 'aria-label': 'APIs' })
const viewTabs = h('nav', { class: 'views', 'aria-label': 'Views' })
const main = h('main', {})
const sessionPicker = h('select', {
  'aria-label': 'Session',
  'data-testid': 'session',
  title: 'The mock session shown (X-Mock-Session)',
  onchange: (e: Event) => {
    const name = (e.target as HTMLSelectElement).value
    // A reload: every view and the live feed then read that session (the page keeps it in its address).
    location.search = name === 'default' ? '' : `?session=${encodeURIComponent(name)}`
  },
})

/** Fills the picker with the API's sessions (the one shown first kept even if it is gone). */
async function listSessions(api: string): Promise<void> {
  try {
    const { sessions } = await get<{ sessions: { name: string }[] }>(`${api}/sessions`)
    const names = sessions.map((s) => s.name)
    const shown = SESSION ?? 'default'
    if (!names.includes(shown)) names.push(shown)
    fill(
      sessionPicker,
      names.map((name) => h('option', { value: name, selected: name === shown ? true : undefined }, name)),
    )
  } catch {
    // An older mock without sessions: the picker stays empty.
  }
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined
function notify(message: string, kind: 'ok' | 'error' = 'ok'): void {
  notice.className = `notice ${kind}`
  notice.textContent = message
  clearTimeout(noticeTimer)
  noticeTimer = setTimeout(() => {
    notice.textContent = ''
    notice.className = 'notice'
  }, 6000)
}

function route(): { api: string; view: ViewName } {
  const [, api = '', view = ''] = location.hash.split('/')
  const known = apis.find((a) => a.id === decodeURIComponent(api))?.id ?? apis[0]?.id ?? ''
  return { api: known, view: view in VIEWS ? (view as ViewName) : 'requests' }
}

function setMode(mode: LiveMode): void {
  modeBadge.className = `live ${mode}`
  modeBadge.textContent = mode === 'live' ? '● live' : mode === 'polling' ? '◌ polling' : '○ reconnecting'
}

let refreshing = false
/** A refresh asked for while one runs: the latest `last` it was asked with (`null`: none asked). */
let queued: { last: number | undefined } | null = null

/** Refreshes the open view, one refresh at a time (two at once would add the same new requests twice). */
async function refreshCurrent(last?: number): Promise<void> {
  if (!current) return
  if (refreshing) {
    queued = { last }
    return
  }
  refreshing = true
  try {
    await current.instance.refresh(last)
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'AbortError'))
      notify(`Could not refresh: ${(error as Error).message}`, 'error')
  } finally {
    refreshing = false
  }
  if (queued) {
    const next = queued
    queued = null
    await refreshCurrent(next.last)
  }
}

function show(): void {
  const { api, view } = route()
  const info = apis.find((a) => a.id === api)
  if (!info) return
  for (const a of apiTabs.querySelectorAll('a')) {
    a.classList.toggle('active', a.dataset.api === api)
    a.href = `#/${a.dataset.api}/${view}` // switching API keeps the view
  }
  fill(
    viewTabs,
    Object.entries(VIEWS).map(([name, v]) =>
      h('a', { href: `#/${api}/${name}`, class: name === view ? 'active' : undefined, 'data-tab': name }, v.label),
    ),
  )
  if (current?.api !== api) {
    void listSessions(api)
    live?.stop()
    latest = 0
    live = listen(
      api,
      (last) => {
        latest = last
        void refreshCurrent(last)
      },
      setMode,
    )
  }
  if (current?.api !== api || current.view !== view) {
    current?.instance.dispose?.()
    const ctx: ViewContext = { api: info, operations: () => operationsOf(api), notify }
    current = { api, view, instance: VIEWS[view].make(ctx) }
    fill(main, current.instance.element)
    void refreshCurrent(latest || undefined)
  }
}

function askForToken(reason: string, refused: boolean): void {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': 'Control token' })
  fill(
    root,
    h(
      'form',
      {
        class: 'card token',
        onsubmit: (e: Event) => {
          e.preventDefault()
          setToken(input.value.trim())
          void start()
        },
      },
      h('h1', {}, 'Mock inspector'),
      h('p', { class: refused ? 'error' : undefined, role: refused ? 'alert' : undefined }, reason),
      h(
        'p',
        {},
        'Paste the control token serve printed at start-up (or open the inspector URL it printed, which carries it).',
      ),
      input,
      h('button', { type: 'submit' }, 'Open'),
    ),
  )
}

async function start(): Promise<void> {
  takeTokenFromFragment()
  try {
    apis = (await get<{ apis: ApiInfo[] }>('apis')).apis
  } catch (error) {
    if (error instanceof ControlError && error.status === 403 && /token/.test(error.message)) {
      // A token was sent (from the address or the prompt) and refused: say so, rather than ask as if none had been.
      const refused = token() !== null
      clearToken()
      askForToken(
        refused
          ? 'The mock refused that token: it is not the control token this mock was started with. Check for a typo or a token from an earlier run.'
          : "This mock's control plane needs a token.",
        refused,
      )
      return
    }
    fill(root, h('p', { class: 'error' }, `The mock did not answer: ${(error as Error).message}`))
    return
  }
  fill(
    apiTabs,
    apis.map((a) => h('a', { href: `#/${a.id}/${route().view}`, 'data-api': a.id, title: a.baseUrl }, a.title)),
  )
  fill(root, h('header', {}, h('h1', {}, 'Mock inspector'), apiTabs, sessionPicker, modeBadge), viewTabs, notice, main)
  if (!location.hash) history.replaceState(null, '', `#/${apis[0]?.id ?? ''}/requests`)
  show()
}

window.addEventListener('hashchange', show)
void start()
