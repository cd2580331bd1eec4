/**
 * HTTP Basic with the account-number-prefixed login (000 lines 19-29): `<account number>_<login name>:<password>`.
 * No usable credentials → 400, wrong ones → 403 ("400 or 403 (access denied)", 000 line 15; the split is inferred),
 * both in the vendor's error shape.
 */
import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { TARGETS, useTarget } from '../support/targets.ts'
import { AUTH, DEMO, get, NO_CHAOS, USER } from './support.ts'

const basic = (user: string, password: string) => ({ authorization: basicAuthorization(user, password) })
const LOGIN_REQUIRED = {
  status: 'Access Denied',
  status_code: '400',
  message: 'Login required: send HTTP Basic credentials <account number>_<login name>:<password>',
}
const ACCESS_DENIED = {
  status: 'Access Denied',
  status_code: '403',
  message: 'Access denied: the account number, login name or password is wrong',
}

describe.each(TARGETS)('ScheduleIt authentication (%s)', (kind) => {
  const t = useTarget(kind, 'scheduleit', NO_CHAOS)

  it('accepts the account number, an underscore and the login name as the Basic user, with the password', async () => {
    expect(USER).toBe('12345_demo')
    expect((await get(t, '/api/groups', AUTH)).status).toBe(200)
    // The vendor's PHP sample builds the header by hand: 'Authorization:Basic '.base64_encode('accountnum_username:password')
    expect((await get(t, '/api/groups', { authorization: `Basic ${btoa(`${USER}:${DEMO.password}`)}` })).status).toBe(
      200,
    )
    expect((await get(t, '/api/groups', basic('12345_DEMO', DEMO.password))).status).toBe(200) // login names ignore case (inferred)
  })

  it('answers 400 without usable credentials', async () => {
    for (const headers of [{}, { authorization: 'Bearer abc' }] as Record<string, string>[]) {
      const { status, body } = await get(t, '/api/events', headers)
      expect(status).toBe(400)
      expect(body).toEqual(LOGIN_REQUIRED)
    }
  })

  it('answers 403 to a wrong password, account number or login name, or a login without the account number', async () => {
    for (const headers of [
      basic(USER, 'wrong'),
      basic('99999_demo', DEMO.password),
      basic('12345_other', DEMO.password),
      basic('demo', DEMO.password),
      { authorization: 'Basic %%%' },
    ]) {
      const { status, body } = await get(t, '/api/events', headers)
      expect(status).toBe(403)
      expect(body).toEqual(ACCESS_DENIED)
    }
  })

  it('guards every operation, the root included', async () => {
    for (const [method, path] of [
      ['GET', '/api/'],
      ['GET', '/api/labels/1'],
      ['POST', '/api/groups'],
      ['DELETE', '/api/events/1000'],
    ] as const) {
      const response = await t.fetch(path, {
        method,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: method === 'POST' ? 'name=x' : undefined,
      })
      expect(response.status, `${method} ${path}`).toBe(400)
    }
    expect((await get(t, '/api/events/1000')).status).toBe(200) // the DELETE above was refused
  })

  it('does not take the login from URL parameters, whose names the vendor never documents', async () => {
    expect((await get(t, `/api/groups?login=${USER}&password=${DEMO.password}`, {})).status).toBe(400)
  })

  it.runIf(kind === 'http')(
    'accepts credentials written in the URL (they travel as the Authorization header)',
    async () => {
      // fetch() refuses URLs with credentials; node:http sends them as Basic, as curl and PHP's curl do (000 line 263).
      const url = new URL(`${t.base}/api/groups`)
      url.username = USER
      url.password = DEMO.password
      const status = await new Promise<number>((resolve, reject) => {
        httpRequest(url, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
          .on('error', reject)
          .end()
      })
      expect(status).toBe(200)
    },
  )
})
