/**
 * The negative checks end to end, through the contract runner (`runContractCli`, as the bin runs it) on the tiny
 * spec's plan (fixtures/tiny-*.ts) against a deliberately permissive server, which accepts whatever it is sent: every
 * negative check fails, saying which invalid request was accepted. The same server without our mock's control
 * endpoint is a remote API, where the negative checks are skipped unless --negative, and a mutated write still needs
 * --write.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckReport, ContractReport } from '../../src/contract/report/model.ts'

const RUN = fileURLToPath(new URL('fixtures/tiny-run.ts', import.meta.url))

interface Seen {
  method: string
  url: string
  body: string
}

/** Answers every request of the tiny spec with success, however invalid; poses as our mock when `asMock`. */
function permissiveServer(asMock: boolean): { server: Server; seen: Seen[] } {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const url = req.url ?? ''
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value))
      if (url.startsWith('/__mock/')) return asMock ? json(200, { api: 'tiny' }) : json(404, { errors: ['no'] })
      seen.push({ method: req.method ?? '', url, body })
      if (req.method === 'GET' && (url === '/things' || url.startsWith('/things?')))
        return json(200, [{ id: 7, name: 'seven' }])
      if (req.method === 'POST' && url === '/things') return json(201, { id: 8, name: 'x' }, { location: '/things/8' })
      if (req.method === 'GET' && url.startsWith('/things/'))
        return json(200, { id: 7, name: 'seven' }, { 'x-ratelimit-limit': '100' })
      if (req.method === 'PUT' && url.startsWith('/things/')) return json(200, { id: 8, name: 'changed' })
      if (url === '/ping') return res.writeHead(204).end()
      json(404, { errors: ['no route'] })
    })
  })
  return { server, seen }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CONTRACT_')))
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', RUN, '--api', 'tiny', ...args],
      { env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  )
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'negative-run-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const negativeChecks = (report: ContractReport): CheckReport[] =>
  report.runs.flatMap((r) => r.operations.flatMap((o) => o.checks.filter((c) => c.kind === 'negative')))

describe('negative checks against a server that accepts invalid requests', () => {
  it('fail, each naming the invalid request that was accepted, in the table, the failures and the JSON', async () => {
    const { server, seen } = permissiveServer(true)
    const url = await listen(server)
    try {
      const reportDir = join(dir, 'permissive')
      const { code, stdout } = await run(['--base-url', url, '--report', 'json', '--report-dir', reportDir])
      expect(code).toBe(1)
      expect(stdout).toContain('  negative:    run (our mock): one invalid request per fault derived from the spec')
      expect(stdout).toMatch(/^ {2}of which negative \(from the spec\): 9 checks: 0 passed, 9 failed$/m)
      expect(stdout).toMatch(/^ {2}operation +request +run +passed +negative +result$/m)
      expect(stdout).toMatch(/^ {2}createThing +POST \/things +4 +1 +0\/2 +FAILED, 1 skipped \[1\]$/m)
      expect(stdout).toMatch(/^ {2}ping +GET \/ping +1 +1 +- +passed$/m)
      expect(stdout).toContain(
        '      status: the API accepted an invalid request: body.name: missing (required) (expected 422)',
      )
      // Each variant went out with its one fault, from the happy path's request.
      expect(seen).toContainEqual({ method: 'POST', url: '/things', body: '{}' })
      expect(seen).toContainEqual({ method: 'POST', url: '/things', body: '{"name":12345}' })
      expect(seen).toContainEqual({ method: 'GET', url: '/things', body: '' })
      expect(seen).toContainEqual({ method: 'PUT', url: '/things/0', body: '{"name":"changed"}' })
      const report = JSON.parse(readFileSync(join(reportDir, 'contract-report.json'), 'utf8')) as ContractReport
      expect(report.kinds.negative).toEqual({ checks: 9, passed: 0, failed: 9, skipped: 0 })
      expect(report.runs[0]?.kinds.negative).toEqual({ checks: 9, passed: 0, failed: 9, skipped: 0 })
      const check = negativeChecks(report).find((c) => c.name.endsWith('query.since: missing (required)'))
      expect(check).toMatchObject({
        name: 'listThings: GET /things → 4xx: query.since: missing (required)',
        expected: '4xx',
        outcome: 'failed',
        violations: [
          {
            path: 'status',
            rule: 'the API accepted an invalid request: query.since: missing (required) (expected 4xx)',
          },
        ],
      })
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 120_000)

  it('are left out with --no-negative', async () => {
    const { server, seen } = permissiveServer(true)
    const url = await listen(server)
    try {
      const { stdout } = await run(['--base-url', url, '--no-negative'])
      expect(stdout).toContain('  negative:    off (--no-negative)')
      expect(stdout).toMatch(/negative \(from the spec\): negative checks are off \(--no-negative\)/)
      expect(seen.some((r) => r.body.includes('12345') || r.url.includes('not-a-integer'))).toBe(false)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 120_000)
})

describe('negative checks against a remote API', () => {
  const invalid = (seen: Seen[]) =>
    seen.filter(
      (r) =>
        r.body === '{}' ||
        r.body.includes('12345') ||
        r.body.includes('not-a-integer') ||
        /\/things\/(0|not-a-integer)\b/.test(r.url) ||
        (r.method === 'GET' && r.url === '/things'),
    )

  it('are skipped without --negative, with the reason naming the flag, and send nothing invalid', async () => {
    const { server, seen } = permissiveServer(false)
    const url = await listen(server)
    try {
      const { stdout } = await run(['--base-url', url])
      expect(stdout).toContain(
        '  negative:    skipped (pass --negative: one invalid request per fault derived from the spec)',
      )
      expect(stdout).toMatch(/^ {2}of which negative \(from the spec\): 9 checks: 0 passed, 9 skipped$/m)
      expect(stdout).toMatch(
        /negative \(from the spec\): negative checks send many invalid requests: pass --negative to send them to a remote API/,
      )
      expect(invalid(seen)).toEqual([])
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 120_000)

  it('with --negative send the invalid reads only; the invalid writes still need --write', async () => {
    const { server, seen } = permissiveServer(false)
    const url = await listen(server)
    try {
      const reportDir = join(dir, 'remote')
      const { stdout } = await run(['--base-url', url, '--negative', '--report', 'json', '--report-dir', reportDir])
      expect(stdout).toContain('  negative:    run (--negative) for reads; invalid writes need --write')
      expect(invalid(seen).map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /things',
        'GET /things/not-a-integer',
        'GET /things/0',
      ])
      const report = JSON.parse(readFileSync(join(reportDir, 'contract-report.json'), 'utf8')) as ContractReport
      const writes = negativeChecks(report).filter((c) => /^(createThing|updateThing):/.test(c.name))
      expect(writes).toHaveLength(6)
      for (const check of writes)
        expect(check).toMatchObject({
          outcome: 'skipped',
          skipReason: 'sends a write: pass --write to allow writes on a remote API',
        })

      seen.length = 0
      const withWrite = await run(['--base-url', url, '--negative', '--write'])
      expect(withWrite.stdout).toContain('  negative:    run (--negative), invalid writes too (--write)')
      // The six invalid writes, and the invalid-body check's `{}`, which is gated the same way.
      expect(invalid(seen).filter((r) => r.method !== 'GET')).toHaveLength(7)
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }, 180_000)
})
