/**
 * Issue 15 part 3, end to end: two or three `serve --store` processes against one real Redis behave as one mock —
 * records, ids, the quota, reset, kill -9 of an instance, and start-up errors. ScheduleIt (form-encoded creates, the
 * mock's own `--scheduleit-rate-limit` quota) is the vendor driven here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { startRedisServer, type RedisServer } from '../support/redis-server.ts'
import { runServe, startServe, type ServeProcess } from '../support/serve-process.ts'

const AUTH = { authorization: basicAuthorization('12345_demo', 'secret') }
const NO_CHAOS = ['--api', 'scheduleit', '--chaos', '0']

let redis: RedisServer
const started: ServeProcess[] = []
async function instance(args: string[] = []): Promise<ServeProcess> {
  const server = await startServe([...NO_CHAOS, '--store', redis.url, ...args])
  started.push(server)
  return server
}

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await Promise.all(started.map((s) => s.kill()))
  await redis?.stop()
})

async function create(base: string, title: string): Promise<{ status: number; id: string }> {
  const response = await fetch(`${base}/api/events`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' },
    body: `${new URLSearchParams({ title, date_start: '2024-06-03 09:30' })}&`,
  })
  const body = (await response.json()) as { id: string }
  return { status: response.status, id: body.id }
}
async function read(base: string, id: string): Promise<{ status: number; title?: string }> {
  const response = await fetch(`${base}/api/events/${id}?fields=id,title`, { headers: AUTH })
  const body = (await response.json()) as { _embedded?: { events?: { _embedded?: { data?: { title: string }[] } } } }
  return { status: response.status, title: body._embedded?.events?._embedded?.data?.[0]?.title }
}
async function listIds(base: string): Promise<string[]> {
  const response = await fetch(`${base}/api/events?fields=id&limit=100000`, { headers: AUTH })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { _embedded: { events: { _embedded: { data: { id: string }[] } } } }
  return body._embedded.events._embedded.data.map((r) => r.id)
}

describe('serve --store: instances share one mock', () => {
  it('creates through A, reads, updates and deletes through B at once, and a reset through A resets B', async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    const created = await create(a.url, 'made on A')
    expect(created.status).toBe(200)
    expect(await read(b.url, created.id)).toEqual({ status: 200, title: 'made on A' })

    const update = await fetch(`${b.url}/api/events/${created.id}`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=changed on B&',
    })
    expect(update.status).toBe(200)
    // A's control plane shows it before A serves another request (a GET control request syncs the session first).
    const snapshot = await fetch(`${a.url}/__mock/scheduleit/snapshot`)
    expect(JSON.stringify(await snapshot.json())).toContain('changed on B')
    expect(await read(a.url, created.id)).toEqual({ status: 200, title: 'changed on B' })

    const deleted = await fetch(`${b.url}/api/events/${created.id}`, { method: 'DELETE', headers: AUTH })
    expect(deleted.status).toBe(200)
    expect((await read(a.url, created.id)).status).toBe(404)

    const kept = await create(b.url, 'gone after the reset')
    expect((await read(a.url, kept.id)).status).toBe(200)
    const reset = await fetch(`${a.url}/__mock/scheduleit/reset`, { method: 'POST' })
    expect(reset.status).toBe(200)
    expect((await read(b.url, kept.id)).status).toBe(404)
    expect((await read(a.url, kept.id)).status).toBe(404)
    await fetch(`${a.url}/__mock/scheduleit/reset`, { method: 'POST' })
  })

  it('gives 1,000 concurrent creates spread over two instances 1,000 unique ids, all listed', async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    await fetch(`${a.url}/__mock/scheduleit/reset`, { method: 'POST' })
    const before = await listIds(b.url)
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => create(i % 2 ? b.url : a.url, `concurrent ${i}`)),
    )
    expect(results.filter((r) => r.status !== 200)).toEqual([])
    const ids = results.map((r) => r.id)
    expect(new Set(ids).size).toBe(1000)
    for (const base of [a.url, b.url]) {
      const listed = new Set(await listIds(base))
      expect(listed.size).toBe(before.length + 1000)
      expect(ids.every((id) => listed.has(id))).toBe(true)
    }
  }, 120_000)

  it('counts the quota across instances: with a limit of 10 the 11th request gets 429 whichever instance it reaches', async () => {
    const [a, b] = await Promise.all([
      instance(['--scheduleit-rate-limit', '10']),
      instance(['--scheduleit-rate-limit', '10']),
    ])
    await fetch(`${a.url}/__mock/scheduleit/reset`, { method: 'POST' })
    const statuses: number[] = []
    for (let i = 0; i < 10; i++)
      statuses.push((await fetch(`${(i % 2 ? b : a).url}/api/events?limit=1`, { headers: AUTH })).status)
    expect(statuses).toEqual(Array(10).fill(200))
    for (const server of [a, b]) {
      const refused = await fetch(`${server.url}/api/events?limit=1`, { headers: AUTH })
      expect(refused.status).toBe(429)
      expect(await refused.json()).toMatchObject({ status_code: '429' })
    }
    // A reset through one is a new epoch: the windows start again on both.
    await fetch(`${b.url}/__mock/scheduleit/reset`, { method: 'POST' })
    expect((await fetch(`${a.url}/api/events?limit=1`, { headers: AUTH })).status).toBe(200)
  }, 60_000)

  it('shares a named session (X-Mock-Session) across instances, apart from the default one', async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    const session = `job-${Date.now()}`
    const response = await fetch(`${a.url}/api/events`, {
      method: 'POST',
      headers: { ...AUTH, 'x-mock-session': session, 'content-type': 'application/x-www-form-urlencoded' },
      body: `${new URLSearchParams({ title: 'in a session', date_start: '2024-06-03 09:30' })}&`,
    })
    expect(response.status).toBe(200)
    const { id } = (await response.json()) as { id: string }
    const inSession = await fetch(`${b.url}/api/events/${id}?fields=id,title`, {
      headers: { ...AUTH, 'x-mock-session': session },
    })
    expect(inSession.status).toBe(200)
    expect(JSON.stringify(await inSession.json())).toContain('in a session')
    const outside = await fetch(`${b.url}/api/events?search_title=in%20a%20session&fields=id`, { headers: AUTH })
    expect(JSON.stringify(await outside.json())).not.toContain('in a session')
  }, 60_000)

  it("lists every instance's exchanges in the request log, whichever instance is asked", async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    const marker = `log-${Date.now()}`
    await fetch(`${a.url}/api/events?search_title=${marker}-a`, { headers: AUTH })
    await fetch(`${b.url}/api/events?search_title=${marker}-b`, { headers: AUTH })
    // The entries are appended after the responses: wait until both are there.
    let queries: string[] = []
    for (let i = 0; i < 50 && queries.length < 2; i++) {
      const response = await fetch(`${b.url}/__mock/scheduleit/requests?operation=listEvents&limit=100`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { shared: boolean; requests: { query: string; instance: string }[] }
      expect(body.shared).toBe(true)
      queries = body.requests.filter((r) => r.query.includes(marker)).map((r) => `${r.query}@${r.instance}`)
      if (queries.length < 2) await new Promise((r) => setTimeout(r, 50))
    }
    expect(queries).toHaveLength(2)
    expect(queries[0]).toContain(`${marker}-a`)
    expect(queries[1]).toContain(`${marker}-b`)
    // Two instances, two marks.
    expect(new Set(queries.map((q) => q.split('@')[1])).size).toBe(2)
  }, 60_000)

  it('shows the conduct findings made on one instance through the other', async () => {
    const [a, b] = await Promise.all([
      instance(['--scheduleit-rate-limit', '3']),
      instance(['--scheduleit-rate-limit', '3']),
    ])
    await fetch(`${a.url}/__mock/scheduleit/reset`, { method: 'POST' })
    const statuses: number[] = []
    // The quota of 3, a 429, then again at once: ScheduleIt asks a client to wait a minute after a 429.
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${a.url}/api/groups?fields=id`, { headers: AUTH })).status)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    let findings: { rule: string; client: string; instance: string }[] = []
    for (let i = 0; i < 50 && findings.length < 3; i++) {
      const response = await fetch(`${b.url}/__mock/scheduleit/conduct`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as { shared: boolean; findings: typeof findings }
      expect(body.shared).toBe(true)
      findings = body.findings
      if (findings.length < 3) await new Promise((r) => setTimeout(r, 50))
    }
    // Polling the whole data set again (two rules) and sending again at once after the 429, all on A.
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'poll-changed-records-only',
      'poll-every-20-minutes',
      'wait-after-429',
    ])
    expect(findings.every((f) => f.client === 'login:12345_demo' && f.instance === findings[0]?.instance)).toBe(true)
    // A reset through B clears them for every instance.
    await fetch(`${b.url}/__mock/scheduleit/reset`, { method: 'POST' })
    const after = (await (await fetch(`${a.url}/__mock/scheduleit/conduct`)).json()) as { findings: unknown[] }
    expect(after.findings).toEqual([])
  }, 60_000)

  it('loses nothing when an instance is killed with SIGKILL after a 2xx', async () => {
    const [a, b] = await Promise.all([instance(), instance()])
    const created = await create(a.url, 'answered, then killed')
    expect(created.status).toBe(200)
    await a.kill()
    expect(await read(b.url, created.id)).toEqual({ status: 200, title: 'answered, then killed' })
    const again = await instance()
    expect(await read(again.url, created.id)).toEqual({ status: 200, title: 'answered, then killed' })
  }, 60_000)
})

describe('serve --store: start-up errors', () => {
  it('exits 2 with one line naming the URL and what to check when Redis cannot be reached', async () => {
    const { code, stderr } = await runServe([...NO_CHAOS, '--store', 'redis://127.0.0.1:1/0'])
    expect(code).toBe(2)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error: Cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0 .*check that redis-server is running/,
    )
  }, 30_000)

  it('refuses a URL that is not a Redis one, and --store with --state, in one line each', async () => {
    const bad = await runServe([...NO_CHAOS, '--store', 'http://localhost:6379'])
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toMatch(
      /^error: --store "http:\/\/localhost:6379" is not a Redis URL: pass --store redis:\/\//,
    )
    const both = await runServe([...NO_CHAOS, '--store', 'redis://127.0.0.1:1/0', '--state', 'x.json'])
    expect(both.code).toBe(2)
    expect(both.stderr.trim()).toBe(
      'error: --state and --store cannot be combined: the Redis store already keeps every session; pass one of them',
    )
  }, 30_000)
})
