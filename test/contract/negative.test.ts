/**
 * The negative-check generator (src/contract/negative.ts) on small hand-written specs: one variant per fault kind,
 * each named, each starting from the happy-path request with one thing wrong, each confirmed invalid by the spec's
 * validator; `$ref`s and `allOf` followed; a variant the spec still accepts, or that a form cannot carry, dropped with
 * its reason.
 */
import { describe, expect, it } from 'vitest'
import { deriveMutations, NotApplicable, requestProblems } from '../../src/contract/negative.ts'
import { negativeStatuses } from '../../src/contract/suite-negative.ts'
import { buildRequest } from '../../src/contract/request-builder.ts'
import { listOperations, type OpenApiDocument, type Operation } from '../../src/spec/openapi.ts'
import { SpecValidator } from '../../src/spec/validator.ts'

const ok = { '200': { description: 'OK' } }
const errors = {
  '400': { description: 'Bad', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '401': { description: 'No credentials' },
  '404': { description: 'Unknown' },
  '415': { description: 'Media type' },
  '422': {
    description: 'Invalid',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
  '429': { description: 'Quota' },
}

const SPEC: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Negative', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/NewThing' },
              example: { name: 'Desk', size: 3, colour: 'red', code: 'AB12', tags: ['a'] },
            },
          },
        },
        responses: { '201': { description: 'Created' }, ...errors },
      },
    },
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, example: 7 },
          {
            name: 'limit',
            in: 'query',
            required: true,
            schema: { type: 'integer', minimum: 1, maximum: 100 },
            example: 10,
          },
          { name: 'sort', in: 'query', required: false, schema: { enum: ['asc', 'desc'] } },
        ],
        responses: { ...ok, ...errors },
      },
    },
    '/either': {
      post: {
        operationId: 'postEither',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { a: { type: 'string' }, b: { type: 'string' } },
                anyOf: [{ required: ['a'] }, { required: ['b'] }],
              },
              example: { a: 'x', b: 'y' },
            },
          },
        },
        responses: { ...ok, '4XX': { description: 'Any client error' } },
      },
    },
    '/form': {
      post: {
        operationId: 'postForm',
        requestBody: {
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['title'],
                properties: {
                  title: { type: 'string', maxLength: 5 },
                  count: { type: 'integer' },
                  kind: { type: 'string', enum: ['a', 'b'] },
                },
              },
              example: { title: 'Hi', count: 2, kind: 'a' },
            },
          },
        },
        responses: { ...ok, '400': { description: 'Bad' } },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['errors'], properties: { errors: { type: 'array' } } },
      Named: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
      NewThing: {
        allOf: [
          { $ref: '#/components/schemas/Named' },
          {
            type: 'object',
            required: ['size'],
            properties: {
              size: { type: 'integer', minimum: 1, maximum: 10 },
              colour: { $ref: '#/components/schemas/Colour' },
              code: { type: 'string', pattern: '^[A-Z]{2}\\d{2}$' },
              tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
              note: { type: ['string', 'null'] },
            },
          },
        ],
      },
      Colour: { type: 'string', enum: ['red', 'blue'] },
    },
  },
}

const operations = new Map(listOperations(SPEC).map((op) => [op.operationId, op]))
const op = (id: string): Operation => operations.get(id) as Operation
const validator = new SpecValidator(SPEC)
const derive = (id: string) => deriveMutations(SPEC, op(id), buildRequest(SPEC, op(id), {}), validator)

describe('deriveMutations', () => {
  it('derives one named variant per fault of a JSON body, through $ref and allOf', () => {
    const { mutations } = derive('createThing')
    expect(mutations.map((m) => m.name)).toEqual([
      'body.name: missing (required)',
      'body.size: missing (required)',
      'body.name: 12345 (type string)',
      'body.name: 0 characters (minLength 1)',
      'body.size: "not-a-integer" (type integer)',
      'body.size: 0 (minimum 1)',
      'body.size: 11 (maximum 10)',
      'body.colour: 12345 (type string)',
      'body.colour: "not-one-of-the-allowed-values" (enum ["red","blue"])',
      'body.code: 12345 (type string)',
      'body.code: "!" (pattern ^[A-Z]{2}\\d{2}$)',
      'body.tags: "not-a-array" (type array)',
      'body.tags: 0 items (minItems 1)',
      'body.tags: 3 items (maxItems 2)',
      'body.note: 12345 (type string or null)',
    ])
  })

  it('starts each variant from the happy-path request and changes only its one field', () => {
    const base = buildRequest(SPEC, op('createThing'), {})
    const byName = new Map(derive('createThing').mutations.map((m) => [m.name, m]))
    const variant = (name: string) => byName.get(name)?.apply(base)
    expect(variant('body.size: missing (required)')?.body).toEqual({
      name: 'Desk',
      colour: 'red',
      code: 'AB12',
      tags: ['a'],
    })
    expect(variant('body.size: 0 (minimum 1)')?.body).toEqual({ ...(base.body as object), size: 0 })
    expect(variant('body.tags: 3 items (maxItems 2)')?.body).toMatchObject({ tags: ['a', 'a', 'a'] })
    expect(variant('body.code: "!" (pattern ^[A-Z]{2}\\d{2}$)')?.body).toMatchObject({ code: '!' })
    expect(base.body).toEqual({ name: 'Desk', size: 3, colour: 'red', code: 'AB12', tags: ['a'] }) // untouched
    for (const m of derive('createThing').mutations) {
      expect(requestProblems(validator, op('createThing'), m.apply(base)), m.name).not.toEqual([])
    }
    expect(requestProblems(validator, op('createThing'), base)).toEqual([])
  })

  it('derives missing and malformed required query parameters, malformed path parameters, never optional ones', () => {
    const { mutations } = derive('getThing')
    expect(mutations.map((m) => m.name)).toEqual([
      'path.id: "not-a-integer" (type integer)',
      'path.id: 0 (minimum 1)',
      'query.limit: missing (required)',
      'query.limit: "not-a-integer" (type integer)',
      'query.limit: 0 (minimum 1)',
      'query.limit: 101 (maximum 100)',
    ])
    const base = buildRequest(SPEC, op('getThing'), {})
    const variant = (name: string) => mutations.find((m) => m.name === name)?.apply(base)
    expect(variant('path.id: 0 (minimum 1)')).toMatchObject({ path: '/things/0', query: { limit: 10 } })
    expect(variant('query.limit: missing (required)')?.query).toEqual({})
  })

  it('drops a variant the spec still accepts (another anyOf branch takes it), saying why', () => {
    const { mutations, dropped } = derive('postEither')
    // Without `a` the body still matches the branch that requires `b`, and the other way round; a wrong type breaks
    // the properties every branch shares.
    expect(mutations.map((m) => m.name)).toEqual(['body.a: 12345 (type string)', 'body.b: 12345 (type string)'])
    expect(dropped).toEqual([
      { name: 'body.a: missing (required)', reason: 'the spec accepts the request with this change' },
      { name: 'body.b: missing (required)', reason: 'the spec accepts the request with this change' },
    ])
  })

  it('varies a form body only where text can break the rule, and says so for the rest', () => {
    const { mutations, dropped } = derive('postForm')
    expect(mutations.map((m) => m.name)).toEqual([
      'body.title: missing (required)',
      'body.title: 6 characters (maxLength 5)',
      'body.count: "not-a-integer" (type integer)',
      'body.kind: "not-one-of-the-allowed-values" (enum ["a","b"])',
    ])
    expect(dropped.map((d) => d.name)).toEqual([
      'body.title: wrong type (type string)',
      'body.kind: wrong type (type string)',
    ])
    expect(dropped[0]?.reason).toBe('a form field is text: a value of another JSON type cannot be sent')
  })

  it('re-checks on the run’s own request: a variant that changes nothing there is not applicable', () => {
    const mutation = derive('createThing').mutations.find((m) => m.name === 'body.tags: 3 items (maxItems 2)')
    // The run's happy path sends no tags: there is nothing to repeat.
    const request = buildRequest(SPEC, op('createThing'), {}, { body: { name: 'Desk', size: 3 } })
    expect(() => mutation?.apply(request)).toThrow(NotApplicable)
  })
})

describe('negativeStatuses', () => {
  it('accepts the documented 4xx but credentials, quota and transport; 404 only for a path parameter', () => {
    expect(negativeStatuses(op('createThing'), 'body')).toEqual([400, 422])
    expect(negativeStatuses(op('getThing'), 'path')).toEqual([400, 404, 422])
    expect(negativeStatuses(op('postEither'), 'body')).toContain(418) // `4XX`: any client error
    expect(negativeStatuses(op('postEither'), 'body')).not.toContain(401)
  })
})
