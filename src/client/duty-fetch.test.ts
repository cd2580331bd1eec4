/**
 * The duty-keeping fetch on its own, over a scripted `fetch` (the option that lets it run against anything): what it
 * sends, when, and what it refuses. The vendors' clients are proved against the mock in test/client/.
 */
import { describe, expect, it } from 'vitest'
import type { ClientDuties } from '../conduct/duties.ts'
import { manualClock } from '../core/clock.ts'
import { createDutyFetch } from './duty-fetch.ts'
import { ClientDutyError } from './errors.ts'
import type { ClientEvent } from './events.ts'

const DUTIES = {
  waits: [
    { id: 'retry-429', description: 'd', after: [429], waitMs: 60_000, waitHeader: 'Retry-After', honour: 'retry' },
    { id: 'hold-403', description: 'd', after: [403], waitMs: 3_600_000, honour: 'hold' },
  ],
} as const satisfies ClientDuties

/** A fetch that answers from a script and notes when each request arrived. */
function scripted(clock: { now(): number }, answers: (() => Response)[]) {
  const sent: { at: number; url: string }[] = []
  return {
    sent,
    fetch: async (request: Request) => {
      sent.push({ at: clock.now(), url: request.url })
      const answer = answers.shift()
      if (!answer) throw new Error('no scripted answer left')
      return answer()
    },
  }
}

function setUp(answers: (() => Response)[]) {
  const clock = manualClock(0)
  const net = scripted(clock, answers)
  const events: ClientEvent[] = []
  const duties = createDutyFetch({
    declared: DUTIES,
    baseUrl: 'https://api.test',
    fetch: net.fetch,
    clock,
    sleep: async (ms) => clock.advance(ms),
  })
  for (const type of ['wait', 'retry', 'refuse'] as const) duties.events.on(type, (e) => events.push(e))
  return { clock, net, events, fetch: duties.fetch }
}

describe('createDutyFetch', () => {
  it('waits the seconds Retry-After gives (a number or an HTTP date), then sends the request once more', async () => {
    const { net, events, fetch } = setUp([
      () => new Response('', { status: 429, headers: { 'retry-after': new Date(30_000).toUTCString() } }),
      () => new Response('ok'),
    ])
    expect(await (await fetch(new Request('https://api.test/items'))).text()).toBe('ok')
    expect(net.sent.map((s) => s.at)).toEqual([0, 30_000])
    expect(events.map((e) => e.type)).toEqual(['retry', 'wait'])
  })

  it('sends one request at a time, so none is on its way when a 429 arrives', async () => {
    const { net, fetch } = setUp([
      () => new Response('', { status: 429, headers: { 'retry-after': '10' } }),
      () => new Response('a'),
      () => new Response('b'),
    ])
    const [a, b] = await Promise.all([
      fetch(new Request('https://api.test/a')),
      fetch(new Request('https://api.test/b')),
    ])
    expect([await a.text(), await b.text()]).toEqual(['a', 'b'])
    expect(net.sent.map((s) => [s.at, new URL(s.url).pathname])).toEqual([
      [0, '/a'],
      [10_000, '/a'],
      [10_000, '/b'],
    ])
  })

  it('refuses to send while a hold lasts, saying until when', async () => {
    const { clock, net, events, fetch } = setUp([() => new Response('', { status: 403 }), () => new Response('ok')])
    expect((await fetch(new Request('https://api.test/x'))).status).toBe(403)
    const refused = await fetch(new Request('https://api.test/x')).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ClientDutyError)
    expect((refused as ClientDutyError).retryAt).toEqual(new Date(3_600_000))
    expect(events.at(-1)).toMatchObject({ type: 'refuse', rule: 'hold-403', retryAt: 3_600_000 })
    expect(net.sent).toHaveLength(1)
    clock.advance(3_600_000)
    expect((await fetch(new Request('https://api.test/x'))).status).toBe(200)
  })

  it('says what to fix when the injected sleep does not move the injected clock', async () => {
    const clock = manualClock(0)
    const net = scripted(clock, [() => new Response('', { status: 429 })])
    const { fetch } = createDutyFetch({
      declared: DUTIES,
      baseUrl: 'https://api.test',
      fetch: net.fetch,
      clock,
      sleep: async () => {},
    })
    await expect(fetch(new Request('https://api.test/x'))).rejects.toThrow(
      'The client slept 60000 ms but its clock did not move: pass a sleep that advances the clock you passed',
    )
  })
})
