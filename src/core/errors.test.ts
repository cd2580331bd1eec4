/** The engine tells a missing credential from a wrong one, so a vendor can answer the two differently. */
import { describe, expect, it } from 'vitest'
import { createEngine } from './engine.ts'
import { MockError } from './errors.ts'
import { json } from './responses.ts'
import { tinyApi } from '../../test/support/tiny-api.ts'
import { atOnce } from '../../test/support/at-once.ts'

describe('MockError reason on unauthorized', () => {
  const plugin = tinyApi()
  const engine = createEngine({
    ...plugin,
    errorResponse: (error: MockError) => json(error.status, { error: error.reason ?? error.code }),
  })
  const get = (headers: Record<string, string>) =>
    atOnce(engine.handle({ method: 'GET', path: '/items/1', rawQuery: '', headers, body: undefined }, 'http://x'))
  const reasonOf = (headers: Record<string, string>) => JSON.parse(String(get(headers).body)) as { error: string }

  it('is missing_credentials when none were sent', () => {
    expect(reasonOf({})).toEqual({ error: 'missing_credentials' })
  })

  it('is invalid_credentials when wrong or malformed ones were sent', () => {
    expect(reasonOf({ apikey: 'k1', authorization: `Basic ${btoa('u:wrong')}` })).toEqual({
      error: 'invalid_credentials',
    })
    expect(reasonOf({ apikey: 'k1', authorization: 'Basic !!!' })).toEqual({ error: 'invalid_credentials' })
  })

  it('is left unset by errors that do not give one', () => {
    expect(new MockError('not_found', 'x').reason).toBeUndefined()
  })
})

describe('structured error fields', () => {
  it('name the parameter at fault and the path, so vendors never parse messages', async () => {
    const { SpecValidator } = await import('../spec/validator.ts')
    const { listOperations } = await import('../spec/openapi.ts')
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/tasks/{taskId}': {
          get: {
            operationId: 'getTask',
            parameters: [
              { name: 'taskId', in: 'path', required: true, schema: { type: 'integer' } },
              { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
            ],
            responses: { 200: { description: 'ok' } },
          },
        },
      },
    }
    const validator = new SpecValidator(doc as never)
    const op = listOperations(doc as never)[0] as never
    const fault = (path: Record<string, string>, query: Record<string, string[]>) => {
      try {
        validator.parameters(op, path, query)
        return undefined
      } catch (error) {
        return (error as MockError).parameter
      }
    }
    expect(fault({ taskId: 'abc' }, { limit: ['1'] })).toBe('taskId')
    expect(fault({ taskId: '1' }, { limit: ['x'] })).toBe('limit')
    expect(fault({ taskId: '1' }, {})).toBe('limit')
    expect(new MockError('no_route', 'No operation matches GET /x', { path: '/x' }).path).toBe('/x')
  })
})

describe('MockError record', () => {
  it('names the record a store could not find or add, so vendors never parse the message', async () => {
    const { Collection } = await import('../store/collection.ts')
    const items = new Collection<{ id: number; name: string }>({ label: 'Item' })
    items.insert({ name: 'a' })
    const missing = (() => {
      try {
        items.require(42)
      } catch (error) {
        return error as MockError
      }
    })()
    expect(missing).toMatchObject({ code: 'not_found', record: { kind: 'Item', id: 42 } })
    expect(() => items.insert({ id: 1, name: 'b' })).toThrow(
      expect.objectContaining({ record: { kind: 'Item', id: 1 } }),
    )
  })
})
