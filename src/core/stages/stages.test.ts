/**
 * Each stage of the pipeline on its own, over the tiny test API (test/support/tiny-api.ts): what it decides, what it
 * records on the trace, and what it throws. The engine's composition of them is covered by every HTTP test.
 */
import { describe, expect, it } from 'vitest'
import { fixedWindow, TINY_AUTH, tinyApi, tinyDocument } from '../../../test/support/tiny-api.ts'
import { waitForRetryAfter } from '../../conduct/rules.ts'
import { ConductTracker } from '../../conduct/tracker.ts'
import { listOperations, type Operation } from '../../spec/openapi.ts'
import { SpecValidator } from '../../spec/validator.ts'
import { manualClock } from '../clock.ts'
import { ConfigError, MockError } from '../errors.ts'
import type { AnyApiPlugin } from '../plugin.ts'
import { json } from '../responses.ts'
import type { MockRequest } from '../types.ts'
import { createAuthenticateStage } from './authenticate.ts'
import { createRespondStage } from './respond.ts'
import { createResolveStage, preferred } from './resolve.ts'
import { createRouteStage } from './route.ts'
import { createThrottleStage } from './throttle.ts'
import type { Trace } from './trace.ts'
import { decodeRequestBody, validateInput } from './validate.ts'

const operations = listOperations(tinyDocument)
const op = (id: string): Operation => operations.find((o) => o.operationId === id) as Operation
const request = (over: Partial<MockRequest> = {}): MockRequest => ({
  method: 'GET',
  path: '/items',
  rawQuery: '',
  headers: {},
  body: undefined,
  ...over,
})
const thrown = (run: () => unknown): MockError => {
  try {
    run()
  } catch (error) {
    if (error instanceof MockError) return error
    throw error
  }
  throw new Error('expected a MockError')
}

describe('route', () => {
  const route = createRouteStage(operations)

  it('finds the operation and its raw path parameters', () => {
    const found = route('GET', '/items/7')
    expect(found.op.operationId).toBe('getItem')
    expect(found.params).toEqual({ id: '7' })
  })

  it('throws no_route, and method_not_allowed with an Allow header', () => {
    expect(thrown(() => route('GET', '/nothing')).code).toBe('no_route')
    const error = thrown(() => route('DELETE', '/items'))
    expect(error.code).toBe('method_not_allowed')
    expect(error.headers.allow).toBe('GET, POST')
  })

  it('refuses two operations on one method and path when built', () => {
    expect(() => createRouteStage([op('listItems'), { ...op('listItems'), operationId: 'again' }])).toThrow(ConfigError)
  })
})

describe('authenticate', () => {
  const plugin = tinyApi() as AnyApiPlugin
  const authenticate = createAuthenticateStage(plugin, operations)
  const ctx = { state: {}, clock: manualClock(0), options: {} }
  const run = (id: string, headers: Record<string, string>) =>
    authenticate({}, undefined, { ...ctx, op: op(id), request: request({ headers }) })

  it('needs every scheme of a requirement (API key AND Basic) and merges their principals', () => {
    expect(run('listItems', TINY_AUTH)).toEqual({ key: 'key:k1', user: 'u' })
    // Half a requirement is refused as a whole: a credential was sent, so the reason is not "missing".
    expect(run('listItems', { apikey: 'k1' })).toMatchObject({ code: 'unauthorized', reason: 'invalid_credentials' })
  })

  it('tells missing from refused credentials, and lets anonymous operations through', () => {
    expect(run('listItems', {})).toMatchObject({ reason: 'missing_credentials' })
    expect(run('listItems', { ...TINY_AUTH, apikey: 'wrong' })).toMatchObject({ reason: 'invalid_credentials' })
    expect(run('publicInfo', {})).toBeUndefined()
  })

  it('refuses, when built, a scheme without a verifier, saying what to add', () => {
    const broken = { ...plugin, verify: { key: plugin.verify.key } } as AnyApiPlugin
    expect(() => createAuthenticateStage(broken, operations)).toThrow(
      /security scheme "basic" has no verifier: add verify: \{ "basic": \(credential, ctx\) =>/,
    )
  })
})

describe('throttle', () => {
  const now = Date.UTC(2030, 0, 1)

  it('counts by principal key, falls back to the address, and records the rate headers', () => {
    const throttle = createThrottleStage({ ...tinyApi(), clientKey: undefined } as AnyApiPlugin, undefined)
    throttle.setPolicies([
      fixedWindow({ limit: 1, windowMs: 60_000, headers: { limit: 'X-Limit', remaining: 'X-Remaining' } }),
    ])
    const trace: Trace = { principal: { key: 'user:u' } }
    throttle(op('listItems'), request(), {}, trace, now)
    expect(trace).toMatchObject({ client: 'user:u', rateHeaders: { 'X-Limit': '1', 'X-Remaining': '0' } })
    const second: Trace = { principal: { key: 'user:u' } }
    expect(thrown(() => throttle(op('listItems'), request(), {}, second, now)).code).toBe('rate_limited')
    expect(second.rateHeaders?.['X-Limit']).toBe('1')
    const anonymous: Trace = {}
    throttle(op('listItems'), request({ remoteAddress: '10.0.0.9' }), {}, anonymous, now)
    expect(anonymous.client).toBe('address:10.0.0.9')
  })

  it('refuses a client the conduct tracker has blocked', () => {
    const conduct = new ConductTracker({
      rules: [waitForRetryAfter({ description: 'wait after 429', fallbackMs: 60_000 })],
      block: true,
    })
    const throttle = createThrottleStage(tinyApi() as AnyApiPlugin, conduct)
    conduct.after('user:u', { at: now, status: 429, operationId: 'listItems', retryAfterSeconds: 60 })
    const trace: Trace = { principal: { key: 'user:u' } }
    expect(thrown(() => throttle(op('listItems'), request(), {}, trace, now + 1000)).code).toBe('blocked')
  })
})

describe('validate', () => {
  const validator = new SpecValidator(tinyDocument)
  const form = (text: string, type = 'application/x-www-form-urlencoded') =>
    request({ method: 'POST', headers: { 'content-type': type }, body: new TextEncoder().encode(text) })

  it('decodes a body, and keeps a decoding error to report after authentication', () => {
    expect(decodeRequestBody(op('createItem'), form('name=x'), 1000).body?.value).toEqual({ name: 'x' })
    const tooBig = decodeRequestBody(op('createItem'), form('name=xxxxxxxx'), 4)
    expect(tooBig.body).toBeUndefined()
    expect((tooBig.error as MockError).code).toBe('payload_too_large')
  })

  it('reads a body without Content-Type as the vendor says for the method, and refuses it (415) otherwise', () => {
    const untyped = (method: string) =>
      request({ method, headers: {}, body: new TextEncoder().encode('name=x&colour=red') })
    const rack = { POST: 'application/x-www-form-urlencoded' }
    expect(decodeRequestBody(op('createItem'), untyped('POST'), 1000, rack).body).toEqual({
      mediaType: 'application/x-www-form-urlencoded',
      value: { name: 'x', colour: 'red' },
    })
    // No setting, another method, or a type the operation does not take: 415 as before.
    for (const [method, setting] of [
      ['POST', undefined],
      ['PUT', rack],
      ['POST', { POST: 'text/plain' }],
    ] as const) {
      const refused = decodeRequestBody(op('createItem'), untyped(method), 1000, setting)
      expect(refused.body).toBeUndefined()
      expect((refused.error as MockError).code).toBe('unsupported_media_type')
    }
  })

  it('coerces parameters and validates the body against the spec', () => {
    expect(validateInput(validator, op('getItem'), { id: '7' }, {}, undefined).params).toEqual({ id: 7 })
    expect(thrown(() => validateInput(validator, op('getItem'), { id: 'x' }, {}, undefined)).code).toBe(
      'invalid_parameters',
    )
    const decoded = decodeRequestBody(op('createItem'), form('{"name":""}', 'application/json'), 1000).body
    expect(thrown(() => validateInput(validator, op('createItem'), {}, {}, decoded)).code).toBe('invalid_body')
  })
})

describe('resolve', () => {
  it('answers with a documented example when Prefer asks, and nothing otherwise', () => {
    expect(preferred(op('getItem'), 'code=404')?.status).toBe(404)
    expect(preferred(op('getItem'), undefined)).toBeUndefined()
  })

  it('lets beforeHandle answer first, and reports an operation without a handler as 501', () => {
    const plugin = tinyApi() as AnyApiPlugin
    const ctx = { op: op('getItem') } as Parameters<ReturnType<typeof createResolveStage>>[0]
    const early = createResolveStage({ ...plugin, beforeHandle: () => json(403, { error: 'no' }) })
    expect((early(ctx) as { status: number }).status).toBe(403)
    const missing = createResolveStage({ ...plugin, handlers: {} })
    const error = thrown(() => missing(ctx))
    expect([error.code, error.status]).toEqual(['internal', 501])
  })
})

describe('respond', () => {
  const validator = new SpecValidator(tinyDocument)

  it('adds the rate headers without overriding the handler’s own', () => {
    const respond = createRespondStage({ validator, validateResponses: false, violations: [], conduct: undefined })
    const response = respond(
      request(),
      json(200, [], { 'X-Limit': 'mine' }),
      { rateHeaders: { 'X-Limit': '1', 'X-Remaining': '0' } },
      0,
    )
    expect(response.headers).toMatchObject({ 'X-Limit': 'mine', 'X-Remaining': '0' })
  })

  it('turns a response the spec does not allow into a 500 that names it, and records the violation', () => {
    const violations: string[] = []
    const respond = createRespondStage({ validator, validateResponses: true, violations, conduct: undefined })
    const response = respond(request({ path: '/items/1' }), json(200, { id: 'one' }), { op: op('getItem') }, 0)
    expect(response.status).toBe(500)
    expect(violations).toHaveLength(1)
    expect(violations[0]).toMatch(/^getItem GET \/items\/1 → 200: /)
  })
})
