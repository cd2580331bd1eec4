/**
 * Sessions (`X-Mock-Session`) through the public surface: a real server on port 0 with the tiny API (its mechanisms:
 * a fixed-window limit, conduct rules) and a manual clock for the idle expiry, and a vendor served by `serve`.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../src/adapters/start-server.ts'
import { waitForRetryAfter } from '../../src/conduct/rules.ts'
import { manualClock } from '../../src/core/clock.ts'
import type { EngineOptions } from '../../src/core/engine.ts'
import { fixedWindow, TINY_AUTH, tinyApi, type TinyOptions } from '../support/tiny-api.ts'

let running: RunningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

async function tiny(options: TinyOptions = {}, engine: Omit<EngineOptions, 'options'> = {}, extra = {}) {
  running = await startServer({ apis: [{ ...tinyApi(options), ...extra }], port: 0, root: true, engine })
  const url = running.url
  const send = (path: string, session?: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { ...TINY_AUTH, ...(session ? { 'x-mock-session': session } : {}), ...(init.headers ?? {}) },
    })
  const create = (name: string, session?: string) =>
    send('/items', session, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    })
  const control = async (method: string, path: string, session?: string) => {
    const response = await fetch(`${url}/__mock/tiny/${path}`, {
      method,
      headers: session ? { 'x-mock-session': session } : {},
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  return { url, send, create, control, engine: running.engines[0] }
}

const names = async (response: Response) => ((await response.json()) as { name: string }[]).map((i) => i.name)

describe('sessions', () => {
  it('give each X-Mock-Session its own records and id counters; no header is the default session', async () => {
    const t = await tiny()
    expect((await (await t.create('in a', 'job-a')).json()).id).toBe(2)
    expect((await (await t.create('again in a', 'job-a')).json()).id).toBe(3)
    expect((await (await t.create('in b', 'job-b')).json()).id).toBe(2)
    expect(await names(await t.send('/items', 'job-a'))).toEqual(['first', 'in a', 'again in a'])
    expect(await names(await t.send('/items', 'job-b'))).toEqual(['first', 'in b'])
    // The default session saw none of it, and "default" by name is the same session.
    expect(await names(await t.send('/items'))).toEqual(['first'])
    await t.create('in default')
    expect(await names(await t.send('/items', 'default'))).toEqual(['first', 'in default'])
    expect(await names(await t.send('/items', 'job-b'))).toEqual(['first', 'in b'])
  })

  it('keep rate-limit windows per session: one exhausted, another still gets 200', async () => {
    // A fresh policy per session, as the vendors' `rateLimits` build them.
    const t = await tiny({}, {}, { rateLimits: () => [fixedWindow({ limit: 2, windowMs: 3_600_000 })] })
    expect((await t.send('/items/1', 'a')).status).toBe(200)
    expect((await t.send('/items/1', 'a')).status).toBe(200)
    expect((await t.send('/items/1', 'a')).status).toBe(429)
    expect((await t.send('/items/1', 'b')).status).toBe(200)
    expect((await t.send('/items/1')).status).toBe(200)
    const limits = await t.control('GET', 'rate-limits?session=a')
    expect(JSON.stringify(limits.body)).toContain('key:k1')
  })

  it('keep the request log and conduct findings per session (control endpoints take the header or ?session=)', async () => {
    const clock = manualClock(0)
    const t = await tiny(
      {
        limit: fixedWindow({ limit: 1, windowMs: 3_600_000 }),
        rules: [waitForRetryAfter({ description: 'wait after a 429', fallbackMs: 60_000 })],
      },
      { clock },
    )
    await t.send('/items/1', 'noisy')
    expect((await t.send('/items/1', 'noisy')).status).toBe(429)
    clock.advance(1000)
    await t.send('/items/1', 'noisy') // 1 s after a 429: a finding
    await t.send('/items', 'quiet')

    const noisy = await t.control('GET', 'requests', 'noisy')
    expect((noisy.body.requests as unknown[]).length).toBe(3)
    const quiet = await t.control('GET', 'requests?session=quiet')
    expect((quiet.body.requests as { path: string }[]).map((r) => r.path)).toEqual(['/items'])
    expect(((await t.control('GET', 'requests')).body.requests as unknown[]).length).toBe(0)

    expect(((await t.control('GET', 'conduct?session=noisy')).body.findings as unknown[]).length).toBe(1)
    expect(((await t.control('GET', 'conduct', 'quiet')).body.findings as unknown[]).length).toBe(0)
    expect(t.engine?.conductFindings).toEqual([])
  })

  it('lists, resets and deletes sessions, and creates one with its own seed', async () => {
    const disposed: string[] = []
    const t = await tiny(
      {},
      {},
      {
        dispose: (state: { items: { all(): { name: string }[] } }) =>
          disposed.push(
            state.items
              .all()
              .map((i) => i.name)
              .join(),
          ),
      },
    )
    await t.create('x', 'ci-1')
    const created = await t.control('POST', 'sessions?name=ci-2&seed=7')
    expect(created.status).toBe(200)
    expect(created.body.session).toMatchObject({ name: 'ci-2', seed: 7 })

    const listed = await t.control('GET', 'sessions')
    const sessions = listed.body.sessions as { name: string; seed: number; requests: number; records: unknown }[]
    expect(sessions.map((s) => [s.name, s.seed, s.requests])).toEqual([
      ['default', 1, 0],
      ['ci-1', 1, 1],
      ['ci-2', 7, 0],
    ])
    expect(sessions[1]?.records).toEqual({ items: 2 })
    expect(listed.body).toMatchObject({ maxSessions: 100, ttlSeconds: 3600 })

    expect((await t.control('POST', 'sessions/ci-1/reset')).status).toBe(200)
    expect(await names(await t.send('/items', 'ci-1'))).toEqual(['first'])
    expect(disposed).toEqual(['first,x'])
    // The session's own reset endpoint works too, named by the header.
    await t.create('y', 'ci-1')
    expect((await t.control('POST', 'reset', 'ci-1')).body).toMatchObject({ session: 'ci-1', reset: true })
    expect(await names(await t.send('/items', 'ci-1'))).toEqual(['first'])

    expect((await t.control('DELETE', 'sessions/ci-2')).body).toMatchObject({ deleted: true })
    expect((await t.control('DELETE', 'sessions/ci-2')).status).toBe(404)
    expect((await t.control('POST', 'sessions/nope/reset')).status).toBe(404)
    const refused = await t.control('DELETE', 'sessions/default')
    expect(refused.status).toBe(400)
    expect(refused.body.error).toContain('cannot be deleted')
    expect(((await t.control('GET', 'sessions')).body.sessions as { name: string }[]).map((s) => s.name)).toEqual([
      'default',
      'ci-1',
    ])
  })

  it('drops the least recently used session past --max-sessions, disposing of its state', async () => {
    const disposed: number[] = []
    const t = await tiny(
      {},
      { sessions: { maxSessions: 2 } },
      { dispose: (state: { items: { size: number } }) => disposed.push(state.items.size) },
    )
    await t.create('a1', 'a')
    await t.send('/items', 'b')
    await t.send('/items', 'a') // a is now the most recently used
    await t.send('/items', 'c') // b goes
    expect(disposed).toEqual([1])
    const listed = (await t.control('GET', 'sessions')).body.sessions as { name: string }[]
    expect(listed.map((s) => s.name)).toEqual(['default', 'a', 'c'])
    expect(await names(await t.send('/items', 'a'))).toEqual(['first', 'a1'])
  })

  it('drops a session unused for the TTL, and starts a new one from the seed under that name', async () => {
    const clock = manualClock(0)
    const t = await tiny({}, { clock, sessions: { ttlMs: 60_000 } })
    await t.create('kept', 'old')
    clock.advance(59_000)
    expect(await names(await t.send('/items', 'old'))).toEqual(['first', 'kept'])
    clock.advance(60_000)
    expect(((await t.control('GET', 'sessions')).body.sessions as unknown[]).length).toBe(1)
    expect(await names(await t.send('/items', 'old'))).toEqual(['first'])
    // The default session never expires.
    await t.create('stays')
    clock.advance(10 * 60_000)
    expect(await names(await t.send('/items'))).toEqual(['first', 'stays'])
  })

  it('refuses a bad session name with a 400 in the API shape (requests) or JSON (control plane)', async () => {
    const t = await tiny()
    for (const bad of ['has space', 'a/b', '-leading', 'x'.repeat(65), 'ünïcode']) {
      const response = await fetch(`${t.url}/items`, {
        headers: {
          ...TINY_AUTH,
          'x-mock-session': encodeURIComponent(bad) === bad ? bad : bad.replace(/[^\x20-\x7e]/g, '?'),
        },
      })
      expect(response.status, bad).toBe(400)
      expect(((await response.json()) as { error: string }).error).toContain('is not valid')
    }
    const control = await t.control('GET', `state?session=${encodeURIComponent('a b')}`)
    expect(control.status).toBe(400)
    expect(control.body.error).toContain('is not valid')
    expect((await t.control('POST', 'sessions?name=%2Fetc')).status).toBe(400)
    expect((await t.control('POST', 'sessions')).status).toBe(400)
    expect(((await t.control('GET', 'sessions')).body.sessions as unknown[]).length).toBe(1)
  })
})
