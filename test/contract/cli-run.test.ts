/**
 * The `contract` command end to end, through the built bin (dist/bin.js, `npm run build`) against real servers on
 * port 0: the table by operation, a failure in a few lines naming the rule and the JSON path (behind a proxy that
 * breaks one field of the mock's answer), each systemic failure ending the run at once with one message, the reports
 * (JSON against its schema, JUnit well-formed, HTML self-contained), the filters, and every API in one run.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPlugin } from '../../mocks/index.ts'
import { startServer } from '../../mocks/node.ts'
import { listOperations } from '../../src/spec/openapi.ts'
import type { ContractReport } from '../../src/contract/report/model.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIN = join(ROOT, 'dist/bin.js')
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schemas/contract-report.schema.json'), 'utf8')) as object
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void

interface BinResult {
  code: number
  stdout: string
  stderr: string
  ms: number
}

/** The real bin, with a clean contract environment (no credentials from the developer's shell). */
function runBin(args: string[], env: Record<string, string> = {}): Promise<BinResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(RESOURCE_GURU|PROWORKFLOW|SCHEDULEIT|SCREENDRAGON|CONTRACT)_/.test(k),
    ),
  )
  const started = performance.now()
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'contract', ...args],
      { env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: performance.now() - started }),
    )
  })
}

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`)
    }),
  )
const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

interface Proxy {
  url: string
  /** Requests forwarded to an API (control-plane requests, such as target detection, not counted). */
  count(): number
  close(): Promise<void>
}

/** A node:http proxy to `target` that may rewrite a JSON answer (a deliberately broken upstream). */
async function startProxy(target: string, mutate?: (path: string, body: unknown) => unknown): Promise<Proxy> {
  let count = 0
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/__mock/')) count++
    const upstream = httpRequest(
      `${target}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('end', () => {
          let body = Buffer.concat(chunks)
          const path = (req.url ?? '').split('?')[0] ?? ''
          if (mutate && answer.headers['content-type']?.includes('json') && body.length) {
            body = Buffer.from(JSON.stringify(mutate(path, JSON.parse(body.toString('utf8')))))
          }
          const headers = { ...answer.headers, 'content-length': String(body.length) }
          delete headers['transfer-encoding']
          res.writeHead(answer.statusCode ?? 502, headers).end(body)
        })
      },
    )
    req.pipe(upstream)
  })
  const url = await listen(server)
  return { url, count: () => count, close: () => close(server) }
}

let mock: Awaited<ReturnType<typeof startServer>>
let reports: string

beforeAll(async () => {
  // Every API as `serve` mounts them (/<id>); no webhook deliveries (the sandbox has no DNS) and no random 429.
  mock = await startServer({
    apis: ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon'],
    port: 0,
    options: { 'resource-guru': { webhooks: 'off' }, scheduleit: { chaos: 0 } },
  })
  reports = mkdtempSync(join(tmpdir(), 'contract-reports-'))
})

afterAll(async () => {
  await mock.close()
  rmSync(reports, { recursive: true, force: true })
})

const reset = () => fetch(`${mock.url}/__mock/reset`, { method: 'POST' })

describe('contract: a readable run', () => {
  it('prints a table by operation (checks run and passed, result, skip notes) and no test-runner output', async () => {
    await reset()
    const { code, stdout, stderr } = await runBin(['--api', 'screendragon', '--base-url', `${mock.url}/screendragon`])
    expect(code, stderr).toBe(0)
    expect(stdout).toMatch(/^screendragon — 7 operations, \d+ checks: \d+ passed, 1 skipped \(\d+\.\d s\)$/m)
    // The negative checks generated from the spec run against our mock by default, and every one passes there.
    expect(stdout).toContain('  negative:    run (our mock): one invalid request per fault derived from the spec')
    expect(stdout).toMatch(/^ {2}of which negative \(from the spec\): (\d+) checks: \1 passed$/m)
    expect(stdout).toMatch(/^ {2}operation +request +run +passed +negative +result$/m)
    expect(stdout).toMatch(/^ {2}addResourceBooking +POST \/api\/resource\/booking +(\d+) +\1 +(\d+)\/\2 +passed$/m)
    expect(stdout).toMatch(/^ {2}listResourceBookings +GET \/api\/resource +\d+ +\d+ +- +passed, 1 skipped \[1\]$/m)
    expect(stdout).toMatch(/^ {2}\[1\] 429 contract: our mock's limit is 1000: start it with --rate-limit 100 or less/m)
    expect(stdout).toMatch(/^Passed: 1 API, 7 operations, \d+ checks: \d+ passed, 1 skipped/m)
    expect(stdout).not.toMatch(/RUN +v\d|Test Files|✓/)
  }, 120_000)

  it('shows a broken field as the request, the status and the rule with its JSON path, in a few lines', async () => {
    await reset()
    // The upstream answers the bookings list with one date in the wrong format.
    const proxy = await startProxy(mock.url, (path, body) => {
      if (path.endsWith('/v1/example-corp/bookings') && Array.isArray(body)) {
        const booking = body[3] as { durations: { date: string }[] }
        booking.durations[0] = { ...booking.durations[0], date: '03/03/2031' } as { date: string }
      }
      return body
    })
    try {
      const { code, stdout } = await runBin([
        '--api',
        'resource-guru',
        '--base-url',
        `${proxy.url}/resource-guru`,
        '--operation',
        'listBookings',
        '--report',
        'json',
        '--report-dir',
        join(reports, 'broken'),
      ])
      expect(code).toBe(1)
      expect(stdout).toMatch(/^ {2}listBookings +GET \/v1\/\{account\}\/bookings +2 +1 +- +FAILED$/m)
      const failure = stdout.slice(stdout.indexOf('  ✗ listBookings'))
      expect(failure.split('\n').slice(0, 3)).toEqual([
        '  ✗ listBookings — happy path (expects 200)',
        expect.stringMatching(
          new RegExp(`^ {4}GET ${proxy.url}/resource-guru/v1/example-corp/bookings\\?limit=50 → 200 \\(\\d+ ms\\)$`),
        ),
        '      body[3].durations[0].date: must match format "date" (got "03/03/2031")',
      ])
      expect(stdout).not.toMatch(/Expected|Received|AssertionError|❯|^\s+\d+\|/m)
      const report = JSON.parse(readFileSync(join(reports, 'broken/contract-report.json'), 'utf8')) as ContractReport
      const check = report.runs[0]?.operations.find((op) => op.operationId === 'listBookings')?.checks[0]
      expect(check?.violations).toEqual([
        { path: 'body[3].durations[0].date', rule: 'must match format "date" (got "03/03/2031")' },
      ])
      expect(check?.request?.url).toBe(`${proxy.url}/resource-guru/v1/example-corp/bookings?limit=50`)
      expect(check?.response?.status).toBe(200)
    } finally {
      await proxy.close()
    }
  }, 120_000)
})

describe('contract: a systemic failure ends the run at once with one message', () => {
  it('a closed port', async () => {
    const server = createServer()
    const url = await listen(server)
    await close(server)
    const { code, stdout, stderr, ms } = await runBin(['--api', 'resource-guru', '--base-url', `${url}/resource-guru`])
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /^error: Cannot reach http:\/\/127\.0\.0\.1:\d+\/resource-guru \(ECONNREFUSED\): is the server running, and is the URL right\?\n$/,
    )
    expect(stdout).not.toMatch(/✗/)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)

  it.each([
    [
      'credentials the mock refuses',
      'resource-guru',
      '/resource-guru',
      { RESOURCE_GURU_USERNAME: 'user@example.com', RESOURCE_GURU_PASSWORD: 'wrong' },
      /^error: resource-guru: the credentials were refused \(Basic as user@example\.com .*; the first 3 requests got 401, e\.g\. GET .*\): check RESOURCE_GURU_USERNAME, RESOURCE_GURU_PASSWORD, RESOURCE_GURU_TOKEN/,
    ],
    [
      'a token grant the mock refuses',
      'screendragon',
      '/screendragon',
      { SCREENDRAGON_CLIENT_ID: 'the_client_id', SCREENDRAGON_CLIENT_SECRET: 'wrong' },
      /^error: screendragon: the credentials were refused \(The client-credentials grant at .* answered 400 .*\): check SCREENDRAGON_CLIENT_ID, SCREENDRAGON_CLIENT_SECRET/,
    ],
    [
      "a base URL missing the API's prefix",
      'resource-guru',
      '',
      {},
      /^error: resource-guru: every request got 404 \(the first 3, e\.g\. GET http:\/\/127\.0\.0\.1:\d+\/v1\/me\): is the base URL's path right\? `\/resource-guru` missing\? \(our mock serves each API under \/<id>: --base-url http:\/\/127\.0\.0\.1:\d+\/resource-guru\)$/,
    ],
  ])(
    '%s',
    async (_name, api, prefix, env, message) => {
      await reset()
      const proxy = await startProxy(mock.url)
      try {
        const { code, stdout, stderr, ms } = await runBin(['--api', api, '--base-url', `${proxy.url}${prefix}`], env)
        expect(code).toBe(1)
        const lines = stderr.trimEnd().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toMatch(message)
        expect(stdout).not.toMatch(/✗|operation +request/)
        // Stopped at once: a few requests, not hundreds.
        expect(proxy.count()).toBeLessThanOrEqual(3)
        expect(ms).toBeLessThan(30_000)
      } finally {
        await proxy.close()
      }
    },
    60_000,
  )
})

describe('contract: reports', () => {
  it('writes JUnit, JSON (valid against its schema) and a self-contained HTML file; --junit still works', async () => {
    await reset()
    const dir = join(reports, 'all-formats')
    const legacy = join(reports, 'legacy-junit.xml')
    const { code, stdout, stderr } = await runBin([
      '--api',
      'screendragon',
      '--base-url',
      `${mock.url}/screendragon`,
      '--report',
      'junit,json',
      '--report',
      'html',
      '--report-dir',
      dir,
      '--junit',
      legacy,
    ])
    expect(code, stderr).toBe(0)
    for (const file of ['junit.xml', 'contract-report.json', 'contract-report.html'])
      expect(stdout).toContain(`report: ${join(dir, file)}`)

    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats(ajv)
    const validate = ajv.compile(SCHEMA)
    const report = JSON.parse(readFileSync(join(dir, 'contract-report.json'), 'utf8')) as ContractReport
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(report).toMatchObject({ schemaVersion: 1, outcome: 'passed', tool: { name: 'scheduling-api-mocks' } })
    const run = report.runs[0]
    expect(run?.operations.map((op) => op.operationId)).toHaveLength(7)
    const happy = run?.operations.find((op) => op.operationId === 'addResourceBooking')?.checks[0]
    expect(happy).toMatchObject({ kind: 'happy-path', outcome: 'passed', request: { method: 'POST' } })
    expect(happy?.response?.status).toBe(Number(happy?.expected))
    // The negative checks are a kind of their own, counted apart, each named by the one fault it sends.
    const negative = run?.operations.flatMap((op) => op.checks.filter((c) => c.kind === 'negative')) ?? []
    expect(negative.length).toBeGreaterThan(20)
    expect(run?.kinds.negative).toEqual({ checks: negative.length, passed: negative.length, failed: 0, skipped: 0 })
    expect(report.kinds.negative).toEqual(run?.kinds.negative)
    const missing = negative.find((c) => c.name.startsWith('addResourceBooking: POST /api/resource/booking → '))
    expect(missing?.name).toMatch(/ → [\d or]+: body\.\w+: missing \(required\)$/)
    expect(missing?.response?.status).toBeGreaterThanOrEqual(400)
    // The token endpoint's answer carries a token: the report keeps it out.
    const token = run?.operations.find((op) => op.operationId === 'createToken')?.checks[0]
    expect(token?.response?.body).toContain('"access_token":"[redacted]"')
    expect(token?.request?.body).toContain('client_secret=[redacted]')

    for (const file of [join(dir, 'junit.xml'), legacy]) {
      const xml = readFileSync(file, 'utf8')
      expect(XMLValidator.validate(xml), file).toBe(true)
      expect(xml).toMatch(
        /<testcase [^>]*name="[^"]*happy paths &gt; addResourceBooking: POST \/api\/resource\/booking → \d{3}"/,
      )
      expect(xml).toMatch(/<testcase [^>]*name="[^"]*negative checks from the spec &gt; addResourceBooking: POST /)
    }

    const html = readFileSync(join(dir, 'contract-report.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i)
    expect(html).not.toMatch(/<script|<link|@import|url\(/i)
    // The verdict first, then the operations with their checks.
    expect(html.indexOf('class="verdict passed"')).toBeGreaterThan(0)
    expect(html.indexOf('class="verdict passed"')).toBeLessThan(html.indexOf('<code>addResourceBooking</code>'))
    expect(html).toContain('Screendragon Resources API')
    expect(html).toContain('<th>Negative</th>')
    expect(html).toContain('<strong>negative (from the spec)</strong>: a request with one fault derived from the spec')
  }, 120_000)
})

describe('contract: filters', () => {
  it('checks only the operations selected by id and tag, less the excluded ones', async () => {
    await reset()
    const { code, stdout, stderr } = await runBin([
      '--api',
      'screendragon',
      '--base-url',
      `${mock.url}/screendragon`,
      '--operation',
      'getDailyResourcing',
      '--tag',
      'OAuth',
      '--exclude-operation',
      'amendResourceBookingViaPost',
    ])
    expect(code, stderr).toBe(0)
    expect(stdout).toContain('Contract suite: screendragon (2 of 7 operations)')
    const rows = stdout.match(/^ {2}(\w+) +(GET|POST|PUT|DELETE) /gm)?.map((row) => row.trim().split(' ')[0])
    expect(rows).toEqual(['createToken', 'getDailyResourcing'])
  }, 120_000)

  it.each([
    [
      ['--operation', 'getDailyResourcin'],
      'error: Unknown operation "getDailyResourcin" for --operation in screendragon: did you mean getDailyResourcing?',
    ],
    [
      ['--exclude-operation', 'nope'],
      'error: Unknown operation "nope" for --exclude-operation in screendragon: choose one of "createToken", "listResourceBookings", "addResourceBooking", "deleteResourceBooking", "amendResourceBooking", "amendResourceBookingViaPost", "getDailyResourcing"',
    ],
    [['--tag', 'oauth'], 'error: Unknown tag "oauth" for --tag in screendragon: did you mean OAuth?'],
    [
      ['--tag', 'Billing'],
      'error: Unknown tag "Billing" for --tag in screendragon: choose one of "OAuth", "Resources"',
    ],
    [['--report', 'pdf'], 'error: Unknown report format "pdf" for --report: choose from junit, json, html'],
  ])(
    '%j → one line and exit 2',
    async (args, line) => {
      const { code, stderr } = await runBin([
        '--api',
        'screendragon',
        '--base-url',
        `${mock.url}/screendragon`,
        ...args,
      ])
      expect(stderr).toBe(`${line}\n`)
      expect(code).toBe(2)
    },
    60_000,
  )
})

describe('contract: webhook tests without DNS', () => {
  it("deliver to the run's own receiver, so they pass against a mock that really delivers", async () => {
    // As `serve` runs it: deliveries on. The seeded webhooks point at example.com, which this machine may not resolve.
    const delivering = await startServer({
      apis: ['resource-guru'],
      port: 0,
      options: { 'resource-guru': { webhooks: 'on' } },
    })
    try {
      const { code, stdout, stderr } = await runBin([
        '--api',
        'resource-guru',
        '--base-url',
        `${delivering.url}/resource-guru`,
        '--operation',
        'testWebhook',
        '--operation',
        'sendWebhookTestPayload',
        '--no-negative',
      ])
      expect(code, `${stdout}\n${stderr}`).toBe(0)
      expect(stdout).toMatch(
        /^ {2}sendWebhookTestPayload +POST \/v1\/\{account\}\/webhooks\/test +\d+ +\d+ +- +passed, 2 skipped \[1\]$/m,
      )
      expect(stdout).toMatch(
        /^ {2}testWebhook +POST \/v1\/\{account\}\/webhooks\/\{id\}\/test +\d+ +\d+ +- +passed, 2 skipped \[1\]$/m,
      )
    } finally {
      await delivering.close()
    }
  }, 120_000)
})

describe('contract: --api all', () => {
  it('runs every API in one process against one server, each under /<id>', async () => {
    await reset()
    const { code, stdout, stderr } = await runBin(['--api', 'all', '--base-url', mock.url])
    expect(code, `${stdout}\n${stderr}`).toBe(0)
    let total = 0
    for (const api of ['proworkflow', 'resource-guru', 'scheduleit', 'screendragon'] as const) {
      const operations = listOperations(getPlugin(api).document).length
      total += operations
      expect(stdout).toContain(`  target:      ${mock.url}/${api} — our mock server`)
      expect(stdout).toMatch(new RegExp(`^${api} — ${operations} operations, \\d+ checks: \\d+ passed`, 'm'))
    }
    expect(stdout).toMatch(new RegExp(`^Passed: 4 APIs, ${total} operations, \\d+ checks: \\d+ passed`, 'm'))
  }, 240_000)
})
