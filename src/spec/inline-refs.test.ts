import { describe, expect, it } from 'vitest'
import { inlineRefs } from './inline-refs.ts'
import { listOperations, type OpenApiDocument } from './openapi.ts'
import { SpecValidator, formatAjvErrors } from './validator.ts'

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Refs', version: '1' },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
            },
          },
        },
      },
    },
    '/tree': {
      get: {
        operationId: 'getTree',
        responses: {
          200: {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Id: { type: 'integer', minimum: 1 },
      Item: {
        type: 'object',
        required: ['id', 'name', 'when'],
        properties: {
          id: { $ref: '#/components/schemas/Id' },
          name: { type: 'string', example: { $ref: 'an example, not a reference' } },
          when: { $ref: '#/components/schemas/Date', description: 'beside a reference, an annotation' },
          parent: { $ref: '#/components/schemas/Id', maximum: 100 },
        },
      },
      Date: { type: 'string', format: 'date' },
      Node: {
        type: 'object',
        required: ['value'],
        properties: {
          value: { type: 'integer' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
        },
      },
    },
  },
}

const operations = listOperations(doc)
const op = (id: string) => operations.find((o) => o.operationId === id)!

describe('inlineRefs', () => {
  it('replaces references by their targets, keeps keywords beside them, leaves data alone and recursion as $ref', () => {
    const item = inlineRefs({ $ref: '#/components/schemas/Item' }, doc) as {
      properties: Record<string, unknown>
    }
    expect(item.properties.id).toEqual({ type: 'integer', minimum: 1 })
    expect(item.properties.when).toEqual({ type: 'string', format: 'date' })
    expect(item.properties.parent).toEqual({ maximum: 100, allOf: [{ type: 'integer', minimum: 1 }] })
    expect(item.properties.name).toEqual({ type: 'string', example: { $ref: 'an example, not a reference' } })
    const node = inlineRefs({ $ref: '#/components/schemas/Node' }, doc) as {
      properties: { children: { items: unknown } }
    }
    expect(node.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' })
  })

  it('finds the same errors as the schema with its references', () => {
    const plain = new SpecValidator(doc)
    const inlined = new SpecValidator(doc, { inlineResponseRefs: true })
    const items = [{ id: 0, name: 1, when: '2020-13-45', parent: 101 }, {}, { id: 2, name: 'x', when: '2020-01-01' }]
    const tree = { value: 1, children: [{ value: 'two', children: [{}] }] }
    for (const [id, body] of [
      ['listItems', items],
      ['getTree', tree],
    ] as const) {
      const expected = formatAjvErrors(plain.responseBodyErrors(op(id), 200, 'application/json', body), 'body')
      expect(expected.length).toBeGreaterThan(1)
      expect(formatAjvErrors(inlined.responseBodyErrors(op(id), 200, 'application/json', body), 'body')).toEqual(
        expected,
      )
    }
  })

  it('keeps listing every error of a long list linear in its length', () => {
    const validator = new SpecValidator(doc, { inlineResponseRefs: true })
    validator.responseBodyErrors(op('listItems'), 200, 'application/json', []) // compiled outside the timing
    const time = (n: number) => {
      const body = Array.from({ length: n }, () => ({}))
      const started = performance.now()
      expect(validator.responseBodyErrors(op('listItems'), 200, 'application/json', body)).toHaveLength(3 * n)
      return performance.now() - started
    }
    time(5_000) // warm-up
    const small = Math.max(time(10_000), 1)
    const large = time(40_000)
    // 4× the items: linear is about 4× the time; with a call per reference it was 16× (10,000 items took seconds).
    expect(large / small).toBeLessThan(10)
  })
})
