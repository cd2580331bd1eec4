import { describe, expect, it } from 'vitest'
import { Router } from './router.ts'

const router = new Router<string>()
router.add('GET', '/v1/{account}/bookings', 'list')
router.add('POST', '/v1/{account}/bookings', 'create')
router.add('GET', '/v1/{account}/bookings/{id}', 'get')
router.add('GET', '/v1/accounts/{id}', 'account')
router.add('GET', '/api/', 'root')

describe('Router', () => {
  it.each([
    ['GET', '/v1/acme/bookings', { kind: 'match', value: 'list', params: { account: 'acme' } }],
    ['GET', '/v1/acme/bookings/7', { kind: 'match', value: 'get', params: { account: 'acme', id: '7' } }],
    ['GET', '/v1/accounts/3', { kind: 'match', value: 'account', params: { id: '3' } }],
    ['GET', '/v1/a%20b/bookings', { kind: 'match', value: 'list', params: { account: 'a b' } }],
    ['DELETE', '/v1/acme/bookings', { kind: 'method_not_allowed', allow: ['GET', 'POST'] }],
    ['GET', '/v1/acme/nothing', { kind: 'no_route' }],
    ['GET', '/v1/acme/bookings/', { kind: 'no_route' }],
    ['GET', '/api/', { kind: 'match', value: 'root', params: {} }],
    ['GET', '/api', { kind: 'no_route' }],
  ] as const)('%s %s', (method, path, want) => {
    expect(router.match(method, path)).toEqual(want)
  })

  it('prefers a static segment and falls back to a parameter when the static branch has no route', () => {
    // "accounts" is static under /v1, but /v1/accounts/bookings/7 only exists through {account}.
    expect(router.match('GET', '/v1/accounts/bookings/7')).toEqual({
      kind: 'match',
      value: 'get',
      params: { account: 'accounts', id: '7' },
    })
  })

  it('reports broken percent-encoding instead of throwing', () => {
    expect(router.match('GET', '/v1/%E0%A4%A/bookings')).toMatchObject({ kind: 'bad_path' })
  })

  it('refuses two different parameter names at one position', () => {
    const r = new Router<string>()
    r.add('GET', '/x/{a}', 'a')
    expect(() => r.add('GET', '/x/{b}/y', 'b')).toThrow(/clashes/)
  })
})
