/** Client duties kept by the contract client, and invalid form bodies for the invalid-body check. */
import { describe, expect, it } from 'vitest'
import type { ClientDuties } from '../conduct/duties.ts'
import { contractDuties, createDutyKeeper } from './duties.ts'
import { invalidBody } from './request-builder.ts'
import { listOperations, type OpenApiDocument } from '../spec/openapi.ts'

function keeper(duties: Parameters<typeof createDutyKeeper>[0]) {
  let now = 0
  const waits: [number, string][] = []
  const k = createDutyKeeper(duties, {
    now: () => now,
    sleep: async (ms) => void (now += ms),
    onWait: (ms, reason) => void waits.push([ms, reason]),
  })
  return { k, waits, advance: (ms: number) => void (now += ms) }
}

describe('createDutyKeeper', () => {
  it('waits the time a duty names after its status, counting from the response', async () => {
    const { k, waits, advance } = keeper([{ after: [429], then: 60_000, reason: 'wait 1 minute after a 429' }])
    await k.before()
    k.after(200)
    await k.before()
    k.after(429)
    advance(10_000)
    await k.before()
    expect(waits).toEqual([[50_000, 'wait 1 minute after a 429']])
    k.after(200)
    await k.before()
    expect(waits).toHaveLength(1)
  })

  it('stops sending after the errors in a row a duty allows, and says why', async () => {
    const { k } = keeper([{ after: 'error', inARow: 3, then: 'stop', reason: '3 errors in a row: stop sending' }])
    for (const status of [404, 500, 200, 400, 403]) k.after(status)
    await expect(k.before()).resolves.toBeUndefined() // 2 in a row so far
    k.after(404)
    await expect(k.before()).rejects.toThrow(
      'Not sent: the run stopped sending because 3 errors in a row: stop sending',
    )
  })

  it('keeps the longest wait when several duties apply', async () => {
    const { k, waits } = keeper([
      { after: 'error', then: 60_000, reason: 'a minute after any error' },
      { after: [403], then: 3_600_000, reason: 'an hour after a 403' },
    ])
    k.after(403)
    await k.before()
    expect(waits).toEqual([[3_600_000, 'an hour after a 403']])
  })
})

describe('contractDuties', () => {
  // A vendor's declaration as mocks/<api>/duties.ts writes one: no quota, three waits, a stop.
  const declared = {
    waits: [
      { id: 'w429', description: 'A minute after a 429', after: [429], waitMs: 60_000, honour: 'retry' },
      { id: 'w403', description: 'An hour after a 403', after: [403], waitMs: 3_600_000, honour: 'hold' },
      {
        id: 'wOther',
        description: 'A minute after any other non-200',
        after: { atLeast: 300, except: [403, 429] },
        waitMs: 60_000,
        honour: 'pause',
      },
    ],
    stopAfterErrors: { id: 'stop3', description: 'Stop after 3 errors in a row', count: 3, waitMs: 3_600_000 },
  } as const satisfies ClientDuties

  it('waits before the next request after a retry or pause duty, naming the duty', async () => {
    const { k, waits } = keeper(contractDuties(declared))
    k.after(429)
    await k.before()
    k.after(302) // 300 and up, not excepted
    await k.before()
    k.after(200)
    await k.before()
    expect(waits).toEqual([
      [60_000, 'A minute after a 429 [w429]'],
      [60_000, 'A minute after any other non-200 [wOther]'],
    ])
  })

  it('stops the run on a hold and after the errors in a row the declaration allows', async () => {
    const hold = keeper(contractDuties(declared))
    hold.k.after(403)
    await expect(hold.k.before()).rejects.toThrow('because An hour after a 403 [w403]')
    const errors = keeper(contractDuties(declared))
    for (const status of [500, 404]) errors.k.after(status)
    await expect(errors.k.before()).resolves.toBeUndefined()
    errors.k.after(422)
    await expect(errors.k.before()).rejects.toThrow('because Stop after 3 errors in a row [stop3]')
  })
})

describe('invalidBody for form bodies', () => {
  const form = (schema: object) => ({
    requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema } } },
    responses: { '200': { description: 'ok' } },
  })
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': {
        post: {
          operationId: 'required',
          ...form({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
        },
      },
      '/b': {
        post: {
          operationId: 'atLeastOne',
          ...form({ type: 'object', minProperties: 1, properties: { name: { type: 'string' } } }),
        },
      },
      '/c': {
        post: {
          operationId: 'enum',
          ...form({ type: 'object', properties: { flag: { type: 'string', enum: ['0', '1'] } } }),
        },
      },
      '/d': { post: { operationId: 'anyText', ...form({ type: 'object', properties: { name: { type: 'string' } } }) } },
    },
  }
  const ops = new Map(listOperations(doc).map((op) => [op.operationId, op]))
  const FORM = 'application/x-www-form-urlencoded'
  it.each([
    ['required', {}],
    ['atLeastOne', {}],
    ['enum', { flag: 'not-one-of-the-allowed-values' }],
    ['anyText', undefined],
  ])('derives %s → %j', (id, want) => {
    const op = ops.get(id)
    if (!op) throw new Error(id)
    expect(invalidBody(doc, op, {}, FORM)).toEqual(want)
    expect(invalidBody(doc, op, {})).toBeUndefined() // no JSON media type
  })
})
