/**
 * Controls: reset to the seed, reseed, the chance of a random 429, force the next response (a documented status or
 * example, as `Prefer` would), and clear the log and the findings. Each button is one public control request, shown
 * next to it, so a script can do the same.
 */
import { call, get, query } from '../api.ts'
import { fill, h } from '../dom.ts'
import type { Forced, OperationInfo } from '../types.ts'
import type { View, ViewContext } from '../view.ts'

export function controlsView(ctx: ViewContext): View {
  const api = ctx.api.id
  let seed = ctx.api.seed

  /** Runs a control request and reports its outcome at the top of the page. */
  async function act(method: string, path: string, done: string): Promise<void> {
    try {
      await call(method, path)
      ctx.notify(done, 'ok')
      await refresh()
    } catch (error) {
      ctx.notify((error as Error).message, 'error')
    }
  }

  const endpoint = (text: string) => h('code', { class: 'endpoint' }, text)

  // Reset and reseed.
  const seedNow = h('strong', {}, seed)
  const seedInput = h('input', { type: 'number', name: 'seed', step: 1, 'aria-label': 'New seed', value: seed + 1 })
  const reset = h(
    'section',
    { class: 'card' },
    h('h3', {}, 'State'),
    h('p', {}, 'Seed in use: ', seedNow),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          'data-action': 'reset',
          onclick: () => void act('POST', `${api}/reset`, `Reset ${api} to seed ${seed}`),
        },
        'Reset to the seed',
      ),
      endpoint(`POST /__mock/${api}/reset`),
    ),
    h(
      'form',
      {
        class: 'row',
        onsubmit: (e: Event) => {
          e.preventDefault()
          void act('POST', `${api}/reset${query({ seed: seedInput.value })}`, `Reseeded ${api} with ${seedInput.value}`)
        },
      },
      seedInput,
      h('button', { type: 'submit', 'data-action': 'reseed' }, 'Reseed'),
      endpoint(`POST /__mock/${api}/reset?seed=N`),
    ),
  )

  // Chaos.
  const chaosInput = h('input', {
    type: 'number',
    name: 'probability',
    min: 0,
    max: 1,
    step: 0.01,
    'aria-label': 'Chance of a random 429',
  })
  const chaos = h(
    'section',
    { class: 'card' },
    h('h3', {}, 'Chaos'),
    h(
      'p',
      { class: 'muted' },
      'The chance (0 to 1) that any request gets a random 429, as some vendors do to test error handling.',
    ),
    h(
      'form',
      {
        class: 'row',
        onsubmit: (e: Event) => {
          e.preventDefault()
          void act(
            'PUT',
            `${api}/chaos${query({ probability: chaosInput.value })}`,
            `Chaos on ${api} is now ${chaosInput.value}`,
          )
        },
      },
      chaosInput,
      h('button', { type: 'submit', 'data-action': 'chaos' }, 'Apply'),
      endpoint(`PUT /__mock/${api}/chaos?probability=P`),
    ),
  )

  // Force the next response.
  const operation = h(
    'select',
    { name: 'operation', 'aria-label': 'Operation' },
    h('option', { value: '' }, 'the next request to any operation'),
  )
  const code = h('select', { name: 'code', 'aria-label': 'Status' })
  const example = h('select', { name: 'example', 'aria-label': 'Example' })
  const count = h('input', {
    type: 'number',
    name: 'count',
    min: 1,
    max: 1000,
    value: 1,
    'aria-label': 'How many responses',
  })
  const queued = h('ul', { class: 'queued', 'data-testid': 'forced-queue' })
  let operations: OperationInfo[] = []
  const fillCodes = () => {
    const op = operations.find((o) => o.operationId === operation.value)
    const responses = op ? op.responses : operations.flatMap((o) => o.responses)
    const codes = [...new Set(responses.map((r) => r.code))].sort()
    const previous = code.value
    fill(
      code,
      codes.map((c) => h('option', { value: c }, c)),
    )
    if (codes.includes(previous)) code.value = previous
    else if (codes.includes('429')) code.value = '429'
    fillExamples()
  }
  const fillExamples = () => {
    const op = operations.find((o) => o.operationId === operation.value)
    const names = (op ? op.responses : operations.flatMap((o) => o.responses))
      .filter((r) => r.code === code.value)
      .flatMap((r) => r.examples)
    fill(
      example,
      h('option', { value: '' }, 'its first example'),
      [...new Set(names)].map((n) => h('option', { value: n }, n)),
    )
  }
  operation.addEventListener('change', fillCodes)
  code.addEventListener('change', fillExamples)
  void ctx.operations().then((ops) => {
    operations = [...ops].sort((a, b) => a.operationId.localeCompare(b.operationId))
    for (const op of operations)
      operation.append(h('option', { value: op.operationId }, `${op.operationId} — ${op.method} ${op.path}`))
    fillCodes()
  })
  const force = h(
    'section',
    { class: 'card' },
    h('h3', {}, 'Force the next response'),
    h(
      'p',
      { class: 'muted' },
      'The next request to an operation that documents this status gets it, as if it had sent Prefer: code=…',
    ),
    h(
      'form',
      {
        class: 'row wrap',
        onsubmit: (e: Event) => {
          e.preventDefault()
          const target = operation.value || 'the next request'
          void act(
            'POST',
            `${api}/force${query({ code: code.value, example: example.value, operation: operation.value, count: count.value })}`,
            `${target} will get ${code.value}`,
          )
        },
      },
      operation,
      code,
      example,
      count,
      h('button', { type: 'submit', 'data-action': 'force' }, 'Force'),
      endpoint(`POST /__mock/${api}/force?code=NNN&operation=…`),
    ),
    queued,
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => void act('DELETE', `${api}/force`, 'Forced responses cleared'),
        },
        'Clear the queue',
      ),
    ),
  )

  // Clearing.
  const clear = h(
    'section',
    { class: 'card' },
    h('h3', {}, 'Clear'),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          'data-action': 'clear-log',
          onclick: () => void act('DELETE', `${api}/requests`, 'Request log cleared'),
        },
        'Clear the request log',
      ),
      endpoint(`DELETE /__mock/${api}/requests`),
    ),
    h(
      'div',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          'data-action': 'clear-conduct',
          onclick: () => void act('DELETE', `${api}/conduct`, 'Conduct findings cleared, blocks lifted'),
        },
        'Clear the conduct findings',
      ),
      endpoint(`DELETE /__mock/${api}/conduct`),
    ),
  )

  const element = h('div', { class: 'view controls', 'data-view': 'controls' }, reset, chaos, force, clear)

  async function refresh(): Promise<void> {
    const [state, chaosNow, forced] = await Promise.all([
      get<{ seed: number }>(`${api}/state`),
      get<{ probability: number }>(`${api}/chaos`),
      get<{ queued: Forced[] }>(`${api}/force`),
    ])
    seed = state.seed
    seedNow.textContent = String(seed)
    if (document.activeElement !== chaosInput) chaosInput.value = String(chaosNow.probability)
    fill(
      queued,
      forced.queued.length === 0
        ? h('li', { class: 'muted' }, 'Nothing queued.')
        : forced.queued.map((f) =>
            h(
              'li',
              {},
              `${f.code ?? 'a'}${f.example ? ` (example ${f.example})` : ''} for ${f.operation ?? 'any operation'}, ${f.remaining} more time${f.remaining === 1 ? '' : 's'}`,
            ),
          ),
    )
  }

  return { element, refresh }
}
