/**
 * The generic checker against a tiny inline spec: a conforming response passes, and each kind of violation is
 * reported — so a contract run can fail.
 */
import { describe, expect, it } from 'vitest'
import { createResponseChecker, type CheckableResponse } from '../../src/contract/check-response.ts'
import { listOperations, type Operation } from '../../src/spec/openapi.ts'
import { TINY_SPEC } from './fixtures.ts'

const operations = new Map(listOperations(TINY_SPEC).map((op) => [op.operationId, op]))
const op = (id: string): Operation => operations.get(id) as Operation
const check = createResponseChecker(TINY_SPEC)

const json = { 'content-type': 'application/json; charset=utf-8' }
const ok: CheckableResponse = {
  status: 200,
  headers: { ...json, 'x-ratelimit-limit': '200' },
  body: { id: 7, name: 'seven' },
}

describe('createResponseChecker', () => {
  const cases: [string, { operation: string; response: CheckableResponse; want: string[] | RegExp[] }][] = [
    ['passes a conforming response', { operation: 'getThing', response: ok, want: [] }],
    [
      'passes a documented error with its schema',
      {
        operation: 'getThing',
        response: { status: 404, headers: json, body: { errors: ['Thing 9 was not found'] } },
        want: [],
      },
    ],
    ['passes an empty 204', { operation: 'ping', response: { status: 204, headers: {}, body: undefined }, want: [] }],
    [
      'matches a status range (5XX)',
      { operation: 'getThing', response: { status: 503, headers: {}, body: undefined }, want: [] },
    ],
    [
      'reports an undocumented status',
      {
        operation: 'createThing',
        response: { status: 500, headers: json, body: { errors: [] } },
        want: [/^status: 500 is not documented for createThing \(documented: 201, 422\)$/],
      },
    ],
    [
      'reports a missing declared header',
      {
        operation: 'getThing',
        response: { ...ok, headers: json },
        want: [/^headers\.X-RateLimit-Limit: is missing \(declared for 200\)$/],
      },
    ],
    [
      'reports a header of the wrong type',
      {
        operation: 'getThing',
        response: { ...ok, headers: { ...json, 'x-ratelimit-limit': 'lots' } },
        want: [/^headers\.X-RateLimit-Limit: must be integer \(got "lots"\)$/],
      },
    ],
    [
      'reports a body of the wrong type',
      {
        operation: 'getThing',
        response: { ...ok, body: { id: 'seven', name: 7 } },
        want: [/^body\.id: must be integer \(got "seven"\)$/, /^body\.name: must be string \(got 7\)$/],
      },
    ],
    [
      'reports a missing required property',
      { operation: 'getThing', response: { ...ok, body: { id: 7 } }, want: [/^body\.name: is required$/] },
    ],
    [
      'reports an undeclared content type',
      {
        operation: 'getThing',
        response: { ...ok, headers: { 'x-ratelimit-limit': '1', 'content-type': 'text/html' }, body: '<p>hi</p>' },
        want: [/^headers\.content-type: "text\/html" is not declared for 200/],
      },
    ],
    [
      'reports a body where none is declared',
      {
        operation: 'ping',
        response: { status: 204, headers: json, body: { unexpected: true } },
        want: [/^body: must be empty: 204 declares no body$/],
      },
    ],
    [
      'reports a body that is not JSON',
      {
        operation: 'getThing',
        response: { ...ok, body: '{oops', jsonError: 'the body is not valid JSON (Unexpected token)' },
        want: [/^body: is not valid JSON/],
      },
    ],
    [
      'reports a 429 without its Retry-After',
      {
        operation: 'getThing',
        response: { status: 429, headers: json, body: { errors: ['slow down'] } },
        want: [/^headers\.Retry-After: is missing \(declared for 429\)$/],
      },
    ],
  ]
  it.each(cases)('%s', (_name, { operation, response, want }) => {
    const problems = check(op(operation), response)
    expect(problems).toHaveLength(want.length)
    want.forEach((pattern, i) =>
      pattern instanceof RegExp ? expect(problems[i]).toMatch(pattern) : expect(problems[i]).toBe(pattern),
    )
  })

  it('locates each problem: the JSON path into the body and the rule, with the value sent', () => {
    const body = [{ id: 1, name: 'one' }, { id: 2 }, { id: 'three', name: 'three' }]
    expect(check.violations(op('listThings'), { ...ok, body })).toEqual([
      { path: 'body[1].name', rule: 'is required' },
      { path: 'body[2].id', rule: 'must be integer (got "three")' },
    ])
  })

  it('only requires headers marked required when asked to', () => {
    const lenient = createResponseChecker(TINY_SPEC, { headers: 'required' })
    expect(lenient(op('getThing'), { ...ok, headers: json })).toEqual([])
  })

  it('lets a plan name declared headers that may be missing', () => {
    const lenient = createResponseChecker(TINY_SPEC, { optionalHeaders: ['x-ratelimit-limit'] })
    expect(lenient(op('getThing'), { ...ok, headers: json })).toEqual([])
  })
})
