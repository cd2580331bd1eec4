/**
 * The README's second use: the mock as MSW handlers in a user's own vitest suite, with `setupServer` intercepting
 * `fetch` to the vendor's real base URL. No network is touched.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from '../../mocks/index.ts'

const mock = createMock('resource-guru', { validateResponses: true })
const server = setupServer(...mock.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => mock.engine.reset())
afterAll(() => server.close())

const auth = { authorization: `Basic ${btoa('user@example.com:secret')}` }

describe('createHandlers with setupServer', () => {
  it('answers requests to https://api.resourceguruapp.com like the real API', async () => {
    const response = await fetch('https://api.resourceguruapp.com/v1/example-corp/resources', { headers: auth })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-ratelimit-limit')).toBe('200')
    const resources = (await response.json()) as { id: number; name: string }[]
    expect(resources.length).toBeGreaterThan(0)
  })

  it('keeps state between requests and resets to the seed on demand', async () => {
    const created = await fetch('https://api.resourceguruapp.com/v1/example-corp/clients', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Acme' }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }
    expect(
      (await fetch(`https://api.resourceguruapp.com/v1/example-corp/clients/${id}`, { headers: auth })).status,
    ).toBe(200)
    mock.engine.reset()
    expect(
      (await fetch(`https://api.resourceguruapp.com/v1/example-corp/clients/${id}`, { headers: auth })).status,
    ).toBe(404)
  })

  it('runs the OAuth2 password grant and accepts the bearer token', async () => {
    const token = await fetch('https://api.resourceguruapp.com/oauth/token', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        username: 'user@example.com',
        password: 'secret',
        client_id: 'the_client_id',
        client_secret: 'the_client_secret',
      }),
    })
    const { access_token } = (await token.json()) as { access_token: string }
    const me = await fetch('https://api.resourceguruapp.com/v1/me', {
      headers: { authorization: `Bearer ${access_token}` },
    })
    expect(await me.json()).toMatchObject({ email: 'user@example.com' })
    expect(mock.engine.violations).toEqual([])
  })
})
