/** Client duties kept by the contract client, and invalid form bodies for the invalid-body check. */
import { describe, expect, it } from 'vitest'
import { createDutyKeeper } from './duties.ts'
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
