/**
 * Issue 15 part 3: Redis dropping while `serve --store` runs. Requests get the vendor's 503 at once, nothing is
 * half-written, and after Redis is back the mock answers again by itself, with every write made before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { startRedisServer, type RedisServer } from '../support/redis-server.ts'
import { startServe, type ServeProcess } from '../support/serve-process.ts'

const AUTH = { authorization: basicAuthorization('12345_demo', 'secret') }

let redis: RedisServer
let a: ServeProcess
let b: ServeProcess
beforeAll(async () => {
  redis = await startRedisServer()
  const args = ['--api', 'scheduleit', '--chaos', '0', '--store', redis.url]
  ;[a, b] = await Promise.all([startServe(args), startServe(args)])
})
afterAll(async () => {
  await Promise.all([a?.kill(), b?.kill()])
  await redis?.stop()
})

const create = (base: string, title: string) =>
  fetch(`${base}/api/events`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' },
    body: `${new URLSearchParams({ title, date_start: '2024-06-03 09:30' })}&`,
  })

describe('serve --store while Redis is down', () => {
  it('answers 503 in the vendor shape within a second, then recovers by itself with nothing lost', async () => {
    const made = await create(a.url, 'written before the outage')
    expect(made.status).toBe(200)
    const { id } = (await made.json()) as { id: string }

    await redis.kill()
    for (const request of [
      () => fetch(`${b.url}/api/events/${id}`, { headers: AUTH }),
      () => create(a.url, 'during the outage'),
    ]) {
      const started = Date.now()
      const response = await request()
      expect(Date.now() - started).toBeLessThan(1500)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('1')
      // ScheduleIt's error shape: status, status_code (a string) and message.
      expect(await response.json()).toMatchObject({
        status_code: '503',
        message: expect.stringContaining('unavailable'),
      })
    }

    await redis.restart()
    // No restart of the instances: they reconnect by themselves (backoff up to 2 s).
    const deadline = Date.now() + 15_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(`${b.url}/api/events/${id}`, { headers: AUTH })).status
      if (status === 200) break
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(status).toBe(200)
    const after = await create(a.url, 'after the outage')
    expect(after.status).toBe(200)
    const list = await fetch(`${b.url}/api/events?fields=id,title&limit=100000`, { headers: AUTH })
    const titles = JSON.stringify(await list.json())
    expect(titles).toContain('written before the outage')
    expect(titles).toContain('after the outage')
    expect(titles).not.toContain('during the outage')
  }, 60_000)
})
