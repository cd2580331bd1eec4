/**
 * `serve --state <file>` with the built bin: the state outlives the process. A record created before a `kill -9` is
 * back after a restart once the debounce interval has passed, named sessions included; SIGTERM writes the file at
 * once; a file that is not a state file stops the bin with one line.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { SCHEDULEIT_DEFAULTS as SI } from '../../mocks/scheduleit/index.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'mock-state-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const AUTH = { authorization: basicAuthorization(`${SI.accountNumber}_${SI.loginName}`, SI.password) }

interface Bin {
  child: ChildProcess
  url: string
  exited: Promise<number | null>
}

async function start(args: string[]): Promise<Bin> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--api', 'scheduleit', '--port', '0', '--quiet', '--chaos', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString()
      const found = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (found) resolve(found)
    })
    void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)))
  })
  return { child, url, exited }
}

async function createEvent(url: string, title: string, session?: string): Promise<string> {
  const response = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: {
      ...AUTH,
      'content-type': 'application/x-www-form-urlencoded',
      ...(session ? { 'x-mock-session': session } : {}),
    },
    body: new URLSearchParams({ title, owner: '100', date_start: '2030-06-03 09:00', date_end: '2030-06-03 10:00' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { id: string }).id
}

async function eventStatus(url: string, id: string, session?: string): Promise<number> {
  const response = await fetch(`${url}/api/events/${id}`, {
    headers: { ...AUTH, ...(session ? { 'x-mock-session': session } : {}) },
  })
  await response.arrayBuffer()
  return response.status
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('serve --state', () => {
  it('keeps the records of every session across a kill -9 and a restart, once the debounce has passed', async () => {
    const file = join(dir, 'killed.json')
    const first = await start(['--state', file, '--state-debounce', '200'])
    const kept = await createEvent(first.url, 'kept')
    const named = await createEvent(first.url, 'in ci-7', 'ci-7')
    await until(() => existsSync(file) && readFileSync(file, 'utf8').includes('in ci-7'))
    first.child.kill('SIGKILL')
    await first.exited

    const second = await start(['--state', file])
    try {
      expect(await eventStatus(second.url, kept)).toBe(200)
      expect(await eventStatus(second.url, named, 'ci-7')).toBe(200)
      // Each session's own records and id counter: the default never saw ci-7's event, and counts on from its own.
      expect(await createEvent(second.url, 'next')).toBe(String(Number(kept) + 1))
      const sessions = (await (await fetch(`${second.url}/__mock/scheduleit/sessions`)).json()) as {
        sessions: { name: string }[]
      }
      expect(sessions.sessions.map((s) => s.name)).toEqual(['default', 'ci-7'])
    } finally {
      second.child.kill('SIGKILL')
      await second.exited
    }
  })

  it('writes the file at once on SIGTERM, long before the debounce interval', async () => {
    const file = join(dir, 'terminated.json')
    const bin = await start(['--state', file, '--state-debounce', '600000'])
    const id = await createEvent(bin.url, 'saved on exit')
    expect(existsSync(file)).toBe(false)
    bin.child.kill('SIGTERM')
    expect(await bin.exited).toBe(0)
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; snapshots: { api: string }[] }
    expect(saved.format).toBe('scheduling-api-mocks.state')
    expect(saved.snapshots.map((s) => s.api)).toEqual(['scheduleit'])

    const again = await start(['--state', file])
    try {
      expect(await eventStatus(again.url, id)).toBe(200)
    } finally {
      again.child.kill('SIGKILL')
      await again.exited
    }
  })

  it('stops with one line when the file is not a state file, or not JSON', async () => {
    for (const [name, content, message] of [
      [
        'broken.json',
        '{"format":',
        /^error: --state \S+broken\.json: cannot read it \(.+\); fix it, or pass another file\n$/,
      ],
      [
        'other.json',
        '{"hello":1}',
        /^error: --state \S+other\.json: not a state file of scheduling-api-mocks \(expected "format": "scheduling-api-mocks\.state"\); pass another file\n$/,
      ],
    ] as const) {
      const file = join(dir, name)
      writeFileSync(file, content)
      const child = spawn(process.execPath, [BIN, 'serve', '--api', 'scheduleit', '--port', '0', '--state', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(code, stderr).toBe(2)
      expect(stderr).toMatch(message)
      // The file is left as it was.
      expect(readFileSync(file, 'utf8')).toBe(content)
    }
  })
})
