/**
 * Conduct: which of the vendor's client duties each client broke — the rule, the request that broke it — and when
 * the client may send again; blocked clients are marked.
 */
import { get } from '../api.ts'
import { clock, fill, h, until } from '../dom.ts'
import type { ConductReport } from '../types.ts'
import type { View, ViewContext } from '../view.ts'

export function conductView(ctx: ViewContext): View {
  const api = ctx.api.id
  const content = h('div', {})
  // Outside what each refresh redraws, so it stays open once opened.
  const rules = h('details', {})
  const element = h('div', { class: 'view conduct', 'data-view': 'conduct' }, content, rules)

  async function refresh(): Promise<void> {
    const report = await get<ConductReport>(`${api}/conduct?limit=200`)
    if (report.rules.length === 0) {
      fill(content, h('p', { class: 'empty' }, 'This API declares no client duties: there is nothing to track.'))
      return
    }
    if (!rules.hasChildNodes())
      fill(
        rules,
        h('summary', {}, `The duties (${report.rules.length})`),
        h('dl', { class: 'rules' }, ...report.rules.flatMap((r) => [h('dt', {}, r.id), h('dd', {}, r.description)])),
      )
    const t = report.totals
    fill(
      content,
      h(
        'p',
        { class: 'totals' },
        `${t.findings} finding${t.findings === 1 ? '' : 's'} (${t.breaches} breach${t.breaches === 1 ? '' : 'es'}) by ${report.clients.filter((c) => c.findings > 0).length} client(s); ${t.blocked} blocked. `,
        report.blocking
          ? 'Clients who break a duty are blocked (--block-misconduct).'
          : 'Findings are recorded, nobody is blocked (serve --block-misconduct blocks).',
      ),
      h('h3', {}, 'Clients'),
      report.clients.length === 0
        ? h('p', { class: 'muted' }, 'No client has sent a request yet.')
        : h(
            'table',
            { class: 'grid', 'data-testid': 'conduct-clients' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['client', 'findings', 'rules broken', 'may send again', 'blocked'].map((c) => h('th', {}, c)),
              ),
            ),
            h(
              'tbody',
              {},
              ...report.clients.map((c) =>
                h(
                  'tr',
                  { class: c.blocked ? 'blocked' : undefined, 'data-client': c.client },
                  h('td', {}, c.client),
                  h('td', { class: 'num' }, c.findings),
                  h('td', {}, c.rulesBroken.join(', ') || '—'),
                  h('td', { title: c.maySendAt ?? '' }, until(c.maySendAt)),
                  h(
                    'td',
                    {},
                    c.blocked
                      ? h(
                          'span',
                          { class: 'badge blocked', title: c.blocked.reason },
                          `blocked until ${clock(c.blocked.until)}`,
                        )
                      : '—',
                  ),
                ),
              ),
            ),
          ),
      h('h3', {}, 'Findings'),
      report.findings.length === 0
        ? h('p', { class: 'muted' }, 'No duty broken so far.')
        : h(
            'table',
            { class: 'grid', 'data-testid': 'conduct-findings' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['at', 'client', 'rule', 'request', 'what happened', 'repeats'].map((c) => h('th', {}, c)),
              ),
            ),
            h(
              'tbody',
              {},
              ...[...report.findings]
                .reverse()
                .map((f) =>
                  h(
                    'tr',
                    {},
                    h('td', {}, clock(f.at)),
                    h('td', {}, f.client),
                    h('td', { title: f.description }, f.rule),
                    h('td', { class: 'path' }, f.request),
                    h('td', {}, f.message),
                    h('td', { class: 'num' }, f.repeats),
                  ),
                ),
            ),
          ),
    )
  }

  return { element, refresh }
}
