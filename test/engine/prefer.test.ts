/**
 * A `Prefer` header the operation cannot serve (a status it does not document, an example it does not have) is a bad
 * request: every vendor answers it with a status the operation documents for a bad request, in the vendor's error
 * shape, naming what to send instead — and that answer itself matches the spec (the targets validate every response).
 */
import { describe, expect, it } from 'vitest'
import type { ApiId } from '../../mocks/catalog.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

interface VendorCase {
  api: ApiId
  /** A list operation that documents 400, with the demo credentials. */
  path: string
  operationId: string
  headers: Record<string, string>
  /** The vendor's error body for a 400 with this message. */
  body(message: string): unknown
}

const VENDORS: VendorCase[] = [
  {
    api: 'resource-guru',
    path: '/v1/example-corp/resources',
    operationId: 'listResources',
    headers: { authorization: basicAuthorization('user@example.com', 'secret') },
    body: (message) => ({ errors: [message] }),
  },
  {
    api: 'proworkflow',
    path: '/contacts',
    operationId: 'listContacts',
    headers: {
      authorization: basicAuthorization('demo@example.com', 'secret'),
      apikey: '11111-22222-33333-44444-55555',
    },
    body: (message) => ({ status: 'Error', details: [message] }),
  },
  {
    api: 'scheduleit',
    path: '/api/groups',
    operationId: 'listGroups',
    headers: { authorization: basicAuthorization('12345_demo', 'secret') },
    body: (message) => ({ status: 'Bad Request', status_code: '400', message }),
  },
  {
    api: 'screendragon',
    path: '/api/resource?user=456',
    operationId: 'listResourceBookings',
    headers: { authorization: basicAuthorization('apikey', 'the_api_key') },
    body: (message) => ({ error: message }),
  },
]

describe.each(TARGETS)('an undocumented Prefer (%s)', (kind) => {
  describe.each(VENDORS)('$api', ({ api, path, operationId, headers, body }) => {
    const t = useTarget(kind, api)

    it('answers a status the operation does not document with a 400 naming the documented ones', async () => {
      const response = await t.fetch(path, { headers: { ...headers, prefer: 'code=418' } })
      expect(response.status).toBe(400)
      const documented = Object.keys(t.engine.operations.find((op) => op.operationId === operationId)?.responses ?? {})
      expect(await response.json()).toEqual(
        body(`Status 418 is not documented for ${operationId}: Prefer code= must be one of ${documented.join(', ')}`),
      )
      expect(t.engine.violations).toEqual([])
    })

    it('answers an example the response does not have with a 400 saying which to send', async () => {
      const response = await t.fetch(path, { headers: { ...headers, prefer: 'code=200, example=nope' } })
      expect(response.status).toBe(400)
      const op = t.engine.operations.find((o) => o.operationId === operationId)
      const names = Object.keys(Object.values(op?.responses['200']?.content ?? {})[0]?.examples ?? {})
      const instead = names.length ? `use one of ${names.join(', ')}` : 'it has none, so send Prefer: code=200 alone'
      expect(await response.json()).toEqual(
        body(`Response 200 of ${operationId} has no example named "nope": ${instead}`),
      )
      expect(t.engine.violations).toEqual([])
    })
  })

  describe('proworkflow getMe, which documents no 400', () => {
    const t = useTarget(kind, 'proworkflow')

    it('answers with the first other client error it documents (403), which validates', async () => {
      const response = await t.fetch('/me', {
        headers: {
          authorization: basicAuthorization('demo@example.com', 'secret'),
          apikey: '11111-22222-33333-44444-55555',
          prefer: 'code=404',
        },
      })
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({
        status: 'Error',
        details: ['Status 404 is not documented for getMe: Prefer code= must be one of 200, 401, 403, 429'],
      })
      expect(t.engine.violations).toEqual([])
    })
  })
})
