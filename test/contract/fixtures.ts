/** A tiny inline spec for the contract machinery's own tests. */
import type { OpenApiDocument } from '../../src/spec/openapi.ts'

const errorBody = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }

export const TINY_SPEC: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1.0.0' },
  security: [{ basic: [] }],
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          {
            name: 'since',
            in: 'query',
            required: true,
            schema: { type: 'string', format: 'date' },
            example: '2030-01-01',
          },
          { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'tags', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
            },
          },
        },
      },
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/ThingCreate' },
              example: { name: 'from the example' },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            headers: { Location: { schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '422': { description: 'Invalid', content: errorBody },
        },
      },
    },
    '/things/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 }, example: 7 }],
      get: {
        operationId: 'getThing',
        responses: {
          '200': {
            description: 'OK',
            headers: {
              'X-RateLimit-Limit': { schema: { type: 'integer' } },
              'X-Trace': { required: false, schema: { type: 'string' } },
            },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': { description: 'Not found', content: errorBody },
          '429': {
            description: 'Too many',
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: errorBody,
          },
          '5XX': { description: 'Server error' },
        },
      },
      put: {
        operationId: 'updateThing',
        requestBody: {
          content: {
            'application/json': {
              schema: { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
    '/ping': {
      get: { operationId: 'ping', security: [], responses: { '204': { description: 'No Content' } } },
    },
  },
  components: {
    securitySchemes: { basic: { type: 'http', scheme: 'basic' } },
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'integer' }, name: { type: 'string' } },
      },
      ThingCreate: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Error: {
        type: 'object',
        required: ['errors'],
        properties: { errors: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
}
