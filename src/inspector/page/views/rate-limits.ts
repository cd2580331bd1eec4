/** Rate limits: each policy in force, and for each client counted in its window, what is used, left, and when it resets. */
import { get } from '../api.ts'
import { clock, fill, h, until } from '../dom.ts'
import type { RateLimits } from '../types.ts'
import type { View, ViewContext } from '../view.ts'

const seconds = (ms: number) => (ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`)

export function rateLimitsView(ctx: ViewContext): View {
  const api = ctx.api.id
  const content = h('div', {})
  const element = h('div', { class: 'view rate-limits', 'data-view': 'rate-limits' }, content)

  async function refresh(): Promise<void> {
    const limits = await get<RateLimits>(`${api}/rate-limits`)
    const now = new Date(limits.now).getTime()
    if (limits.policies.length === 0) {
      fill(content, h('p', { class: 'empty' }, 'No rate limit is in force on this API.'))
      return
    }
    fill(
      content,
      limits.policies.map((p) =>
        h(
          'section',
          { class: 'card' },
          h(
            'h3',
            {},
            p.kind === 'fixed-window'
              ? `${p.limit} requests per ${seconds(p.windowMs ?? 0)} per client`
              : p.kind === 'random'
                ? `A random 429 on ${((p.probability ?? 0) * 100).toFixed(1)}% of requests`
                : p.name,
          ),
          p.kind !== 'fixed-window'
            ? null
            : p.clients.length === 0
              ? h('p', { class: 'muted' }, 'No client has sent a request in the current window.')
              : h(
                  'table',
                  { class: 'grid', 'data-testid': 'rate-limit-clients' },
                  h('thead', {}, h('tr', {}, ...['client', 'used', 'left', 'resets'].map((c) => h('th', {}, c)))),
                  h(
                    'tbody',
                    {},
                    ...p.clients.map((c) =>
                      h(
                        'tr',
                        { class: c.remaining === 0 ? 'exhausted' : undefined },
                        h('td', {}, c.client),
                        h('td', { class: 'num' }, c.used),
                        h('td', { class: 'num' }, `${c.remaining} of ${p.limit}`),
                        h('td', { title: c.resetsAt }, `${clock(c.resetsAt)} (${until(c.resetsAt, now)})`),
                      ),
                    ),
                  ),
                ),
          p.totalClients > p.clients.length
            ? h('p', { class: 'muted' }, `…and ${p.totalClients - p.clients.length} more`)
            : null,
        ),
      ),
    )
  }

  return { element, refresh }
}
