/**
 * A tiny inline API for engine tests: no vendor, just the mechanisms (form and JSON bodies, API key AND Basic,
 * a fixed-window limit, random 429s, conduct rules, a streamed list). Built per test with the options it needs.
 */
import type { MockError } from '../../src/core/errors.ts'
import { defineApi, type ApiPlugin } from '../../src/core/plugin.ts'
import { empty, json, streamJson } from '../../src/core/responses.ts'
import type { ConductRule } from '../../src/conduct/tracker.ts'
import { fixedWindow, randomRejection, type RateLimitPolicy } from '../../src/rate-limit/policies.ts'
import type { OpenApiDocument } from '../../src/spec/openapi.ts'
import { Collection } from '../../src/store/collection.ts'

const errorBody = { type: 'object', required: ['error'], properties: { error: { type: 'string' } } }
const errors = Object.fromEntries(
  ['400', '401', '403', '404', '413', '415', '422', '429'].map((code) => [
    code,
    { description: code, content: { 'application/json': { schema: errorBody, example: { error: 'x' } } } },
  ]),
)
const item = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer' }, name: { type: 'string' } },
}

export const tinyDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1' },
  servers: [{ url: 'https://tiny.test' }],
  security: [{ key: [], basic: [] }],
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        parameters: [{ name: 'changed_since', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': { schema: { type: 'array', items: item }, example: [{ id: 1, name: 'a' }] },
            },
          },
          ...errors,
        },
      },
      post: {
        operationId: 'createItem',
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string', minLength: 1 }, apikey: { type: 'string' } },
              },
            },
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
            },
          },
        },
        responses: {
          '201': {
            description: 'created',
            content: { 'application/json': { schema: item, example: { id: 1, name: 'a' } } },
          },
          ...errors,
        },
      },
    },
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: item, example: { id: 1, name: 'a' } } },
          },
          ...errors,
        },
      },
    },
    '/stream': {
      get: {
        operationId: 'streamRows',
        parameters: [{ name: 'rows', in: 'query', schema: { type: 'integer', minimum: 0 } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { type: 'array', items: item }, example: [] } },
          },
          ...errors,
        },
      },
    },
    '/public': {
      get: { operationId: 'publicInfo', security: [], responses: { '204': { description: 'nothing' } } },
    },
  },
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'header', name: 'apikey' },
      basic: { type: 'http', scheme: 'basic' },
    },
  },
}

export interface TinyOptions {
  limit?: RateLimitPolicy
  chaos?: number
  rules?: ConductRule[]
}

interface TinyState {
  items: Collection<{ id: number; name: string }>
}

async function* rows(count: number): AsyncGenerator<string> {
  yield '['
  for (let i = 0; i < count; i += 1000) {
    let chunk = ''
    for (let j = i; j < Math.min(count, i + 1000); j++) chunk += `${j ? ',' : ''}{"id":${j + 1},"name":"row ${j + 1}"}`
    yield chunk
  }
  yield ']'
}

export function tinyApi(options: TinyOptions = {}): ApiPlugin<TinyState> {
  return defineApi<TinyState>({
    id: 'tiny',
    title: 'Tiny API',
    document: tinyDocument,
    apiKeyInBody: ['apikey'],
    createState: () => {
      const items = new Collection<{ id: number; name: string }>({ label: 'Item' })
      items.insert({ name: 'first' })
      return { items }
    },
    inspect: (state) => ({ items: state.items.size }),
    handlers: {
      listItems: (ctx) => json(200, ctx.state.items.all()),
      createItem: (ctx) => json(201, ctx.state.items.insert({ name: (ctx.body as { name: string }).name })),
      getItem: (ctx) => json(200, ctx.state.items.require(ctx.params.id as number)),
      streamRows: (ctx) => streamJson(200, rows(Number(ctx.query.rows ?? 10))),
      publicInfo: () => empty(204),
    },
    verify: {
      key: (c) => (c.kind === 'apiKey' && c.key === 'k1' ? { key: 'key:k1' } : undefined),
      basic: (c) =>
        c.kind === 'basic' && c.username === 'u' && c.password === 'p' ? { key: 'user:u', user: 'u' } : undefined,
    },
    clientKey: (request, principal) => principal?.key ?? `anon:${request.headers.apikey ?? '-'}`,
    errorResponse: (error: MockError) => json(error.status, { error: error.message }),
    rateLimits: (_o, random) => [
      ...(options.limit ? [options.limit] : []),
      ...(options.chaos
        ? [
            randomRejection({
              probability: options.chaos,
              random,
              retryAfterSeconds: 60,
              retryAfterHeader: 'Retry-After',
            }),
          ]
        : []),
    ],
    conductRules: () => options.rules ?? [],
    banner: () => [],
  })
}

export const TINY_AUTH = { apikey: 'k1', authorization: `Basic ${btoa('u:p')}` }
export { fixedWindow }
