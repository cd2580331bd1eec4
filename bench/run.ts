/**
 * `npm run bench`: throughput, latency and memory of our mock server against Prism and a bare node:http ceiling.
 * See bench/README.md. Options: --duration <s> (10) --connections <n> (50) --warmup <s> (3) --json <file>
 * --prism-log <level> (error). Everything listens on 127.0.0.1 only; every child process is killed at the end.
 */
import autocannon, { type Result } from 'autocannon'
import { request } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { cpuSeconds, freePort, killAllSync, leftovers, memory, spawnChild, stopAll, stopChild, type Child, type Memory } from './proc.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HOST = '127.0.0.1'
const ENDPOINTS = ['/v1/example-corp/bookings', '/v1/example-corp/resources'] as const
const TARGETS = { vsPrism: 5, vsBare: 0.5, p99VsBare: 2 }
/** Headers node:http adds by itself to every response: not part of the replayed fixture. */
const AUTO_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

const USAGE = `Usage: npm run bench -- [--duration <s>] [--connections <n>] [--warmup <s>] [--json <file>] [--prism-log <level>]

  --duration <s>      measured run per server and endpoint (default 10)
  --connections <n>   concurrent keep-alive connections (default 50)
  --warmup <s>        unmeasured load before each measured run (default 3)
  --json <file>       also write the results as JSON
  --prism-log <level> Prism's -v level (default error: its per-request info logging halves its throughput)`

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    json: { type: 'string' },
    'prism-log': { type: 'string', default: 'error' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
})
if (flags.help) {
  console.log(USAGE)
  process.exit(0)
}
function positive(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`error: --${name} must be a number from ${min} to ${max} (got "${raw}")\n\n${USAGE}`)
    process.exit(2)
  }
  return n
}
const DURATION = positive('duration', flags.duration, 1, 300)
const CONNECTIONS = Math.round(positive('connections', flags.connections, 1, 1000))
const WARMUP = positive('warmup', flags.warmup, 0, 60)
const PRISM_LOG = flags['prism-log']

type ServerName = 'ours' | 'prism' | 'bare'

interface Measurement {
  server: ServerName
  endpoint: string
  bodyBytes: number
  reqPerSec: number
  requests: number
  p50: number
  p99: number
  errors: number
  timeouts: number
  non2xx: number
  statusCodes: Record<string, number>
  warmup: { requests: number; non2xx: number; errors: number; statusCodes: Record<string, number> }
  cpuPercent: number
  memory: Memory
}

interface ServerInfo {
  server: ServerName
  command: string
  pid: number
  startupMs: number
  readyVia: string
  idle: Memory
}

interface Fixture {
  status: number
  headers: [string, string][]
  body: string // base64
}

// ---- cleanup: every child dies at the end, on Ctrl-C and on errors ------------------------------------------------

const startedPids: number[] = []
let tempDir: string | undefined
process.on('exit', () => {
  killAllSync()
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
})
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping the servers…`)
    void stopAll().finally(() => process.exit(130))
  })
}
// Hard bound on the whole run: 3 servers × (start ≤ 60 s + 2 × (warm-up + run + slack)).
const budgetMs = 3 * (70 + 2 * (WARMUP + DURATION + 15)) * 1000
setTimeout(() => {
  console.error(`error: the benchmark exceeded its ${Math.round(budgetMs / 1000)} s budget; stopping.`)
  void stopAll().finally(() => process.exit(1))
}, budgetMs).unref()

// ---- HTTP helpers -------------------------------------------------------------------------------------------------

interface RawResponse {
  status: number
  rawHeaders: string[]
  body: Buffer
}

function fetchRaw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: HOST, port, path, method: options.method ?? 'GET', headers: { ...options.headers, connection: 'close' }, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${path}`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

function headerPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string])
  return pairs
}

function headerValue(raw: string[], name: string): string | undefined {
  return headerPairs(raw).find(([k]) => k.toLowerCase() === name)?.[1]
}

/** Waits for a line in the output, or (if `pollPath`) for any HTTP answer, whichever comes first. */
async function waitReady(child: Child, port: number, pattern: RegExp, timeoutMs: number, pollPath?: string): Promise<string> {
  let settled = false
  const viaLine = child.waitFor(pattern, timeoutMs).then(() => `"${pattern.source}" line`)
  if (!pollPath) return viaLine
  const viaPoll = (async () => {
    const deadline = Date.now() + timeoutMs
    while (!settled && Date.now() < deadline) {
      try {
        const r = await fetchRaw(port, pollPath)
        return `first HTTP answer (${r.status} on GET ${pollPath})`
      } catch {
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    return new Promise<string>(() => {}) // let the line (or its timeout) decide
  })()
  try {
    return await Promise.race([viaLine, viaPoll])
  } finally {
    settled = true
    viaLine.catch(() => {})
  }
}

// ---- load ---------------------------------------------------------------------------------------------------------

function statusCounts(r: Result): Record<string, number> {
  return Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]))
}

async function load(port: number, path: string, token: string, seconds: number): Promise<Result> {
  return await autocannon({
    url: `http://${HOST}:${port}${path}`,
    headers: { authorization: `Bearer ${token}` },
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
  })
}

async function measure(server: ServerName, child: Child, port: number, path: string, token: string, bodyBytes: number): Promise<Measurement> {
  process.stdout.write(`  ${server.padEnd(5)} ${path}: warm-up ${WARMUP} s… `)
  const warm = WARMUP > 0 ? await load(port, path, token, WARMUP) : undefined
  process.stdout.write(`measuring ${DURATION} s… `)
  const cpuBefore = cpuSeconds(child.pid)
  const t0 = process.hrtime.bigint()
  const r = await load(port, path, token, DURATION)
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9
  const cpuPercent = ((cpuSeconds(child.pid) - cpuBefore) / elapsed) * 100
  const mem = memory(child.pid)
  console.log(`${Math.round(r.requests.average)} req/s`)
  return {
    server,
    endpoint: path,
    bodyBytes,
    reqPerSec: r.requests.average,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: statusCounts(r),
    warmup: warm
      ? { requests: warm.requests.total, non2xx: warm.non2xx, errors: warm.errors + warm.timeouts, statusCodes: statusCounts(warm) }
      : { requests: 0, non2xx: 0, errors: 0, statusCodes: {} },
    cpuPercent,
    memory: mem,
  }
}

// ---- the three servers --------------------------------------------------------------------------------------------

async function startServer(server: ServerName, fixturesFile: string | undefined): Promise<{ child: Child; port: number; info: ServerInfo }> {
  const port = await freePort()
  let command: string
  let args: string[]
  let pattern: RegExp
  let timeoutMs = 30_000
  let pollPath: string | undefined
  const env = { ...process.env }
  if (server === 'ours') {
    command = process.execPath
    args = ['--import', 'tsx', 'mocks/serve.ts', '--api', 'resource-guru', '--host', HOST, '--port', String(port), '--rate-limit', '1000000000', '--quiet']
    pattern = /listening on/
  } else if (server === 'prism') {
    command = join(ROOT, 'node_modules/.bin/prism')
    args = ['mock', 'specs/resource-guru/openapi.yaml', '-h', HOST, '-p', String(port), '-v', PRISM_LOG, '--no-multiprocess']
    delete env.NODE_ENV // NODE_ENV=production would fork a second process
    pattern = /listening/
    timeoutMs = 60_000
    pollPath = '/' // below "info" Prism never prints its "listening" line: then the first HTTP answer means ready
  } else {
    command = process.execPath
    args = ['bench/bare-server.mjs', fixturesFile as string, String(port)]
    pattern = /listening on/
  }
  const shown = `${command === process.execPath ? 'node' : 'node_modules/.bin/prism'} ${args.join(' ')}`
  const t0 = Date.now()
  const child = spawnChild(server, command, args, { cwd: ROOT, env })
  startedPids.push(child.pid)
  try {
    const readyVia = await waitReady(child, port, pattern, timeoutMs, pollPath)
    const info: ServerInfo = { server, command: shown, pid: child.pid, startupMs: Date.now() - t0, readyVia, idle: memory(child.pid) }
    console.log(`\n${server}: ${shown}\n  pid ${child.pid}, ready in ${info.startupMs} ms (via ${readyVia}), idle RSS ${info.idle.rssMB.toFixed(0)} MB`)
    return { child, port, info }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}

function fail(message: string): never {
  throw new Error(message)
}

async function getToken(port: number): Promise<string> {
  const form = 'grant_type=password&username=user%40example.com&password=secret&client_id=the_client_id&client_secret=the_client_secret'
  const r = await fetchRaw(port, '/oauth/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(form.length) }, body: form })
  if (r.status !== 200) fail(`POST /oauth/token answered ${r.status}: ${r.body.toString()}`)
  const token = (JSON.parse(r.body.toString()) as { access_token?: unknown }).access_token
  if (typeof token !== 'string') fail(`POST /oauth/token gave no access_token: ${r.body.toString()}`)
  return token
}

/** Checks that auth and the rate limiter are really on in our server. */
async function sanity(port: number, token: string): Promise<string[]> {
  const problems: string[] = []
  const anon = await fetchRaw(port, ENDPOINTS[0])
  if (anon.status !== 401) problems.push(`without credentials ${ENDPOINTS[0]} answered ${anon.status}, not 401: is auth on?`)
  const authed = await fetchRaw(port, ENDPOINTS[0], { headers: { authorization: `Bearer ${token}` } })
  if (headerValue(authed.rawHeaders, 'x-ratelimit-limit') !== '1000000000') problems.push('no "X-RateLimit-Limit: 1000000000" header: is the rate limiter on, with the raised limit?')
  return problems
}

// ---- main ---------------------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—')
const ms = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

async function main(): Promise<number> {
  console.log(`Bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per server × endpoint; Node ${process.version}, ${cpus().length} CPUs (shared by servers and autocannon).`)
  const load0 = loadavg()[0] ?? 0
  if (load0 > 1) console.log(`warning: 1-min load average is ${load0.toFixed(2)} before the run: other processes may compete for the CPUs; numbers will be noisy.`)
  tempDir = mkdtempSync(join(tmpdir(), 'mock-bench-'))
  const fixturesFile = join(tempDir, 'fixtures.json')
  const servers: ServerInfo[] = []
  const results: Measurement[] = []
  const problems: string[] = []
  let token = ''
  const fixtures: Record<string, Fixture> = {}

  for (const server of ['ours', 'prism', 'bare'] as const) {
    const { child, port, info } = await startServer(server, fixturesFile)
    servers.push(info)
    try {
      if (server === 'ours') {
        token = await getToken(port)
        for (const p of await sanity(port, token)) problems.push(`ours: ${p}`)
      }
      const bodyBytes: Record<string, number> = {}
      for (const path of ENDPOINTS) {
        const r = await fetchRaw(port, path, { headers: { authorization: `Bearer ${token}` } })
        bodyBytes[path] = r.body.length
        if (r.status < 200 || r.status > 299) {
          const problem = `${server}: GET ${path} answered ${r.status} before the load: ${r.body.toString().slice(0, 300)}`
          if (server === 'ours') fail(`!!!!!!!! INVALID RUN, stopped before any load: ${problem}`)
          problems.push(problem)
        }
        if (server === 'ours') {
          fixtures[path] = { status: r.status, headers: headerPairs(r.rawHeaders).filter(([k]) => !AUTO_HEADERS.has(k.toLowerCase())), body: r.body.toString('base64') }
        } else if (server === 'bare') {
          const want = fixtures[path] as Fixture
          const got = headerPairs(r.rawHeaders).filter(([k]) => !AUTO_HEADERS.has(k.toLowerCase()))
          if (r.status !== want.status || r.body.toString('base64') !== want.body || JSON.stringify(got) !== JSON.stringify(want.headers)) problems.push(`bare: GET ${path} does not replay our server's response exactly`)
        }
      }
      if (server === 'ours') {
        writeFileSync(fixturesFile, JSON.stringify(fixtures))
        console.log(`  token from POST /oauth/token; captured ${ENDPOINTS.map((p) => `${p} (${bodyBytes[p]} B)`).join(', ')} for the bare server`)
      }
      for (const path of ENDPOINTS) results.push(await measure(server, child, port, path, token, bodyBytes[path] ?? 0))
    } finally {
      await stopChild(child)
    }
  }

  // ---- report -----------------------------------------------------------------------------------------------------
  for (const m of results) {
    const bad = m.errors + m.timeouts + m.non2xx + m.warmup.non2xx + m.warmup.errors
    if (bad > 0) {
      const codes = JSON.stringify({ measured: m.statusCodes, warmup: m.warmup.statusCodes })
      problems.push(`${m.server} ${m.endpoint}: ${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts (warm-up: ${m.warmup.non2xx} non-2xx, ${m.warmup.errors} errors); status codes ${codes}`)
    }
    if (m.requests === 0) problems.push(`${m.server} ${m.endpoint}: no request completed`)
  }
  const oursInvalid = problems.some((p) => p.startsWith('ours'))

  const header = ['server', 'endpoint', 'body B', 'req/s', 'p50 ms', 'p99 ms', 'err', 'non-2xx', 'CPU %', 'RSS after MB', 'peak MB']
  const rows = results.map((m) => [
    m.server,
    m.endpoint,
    String(m.bodyBytes),
    fmt(m.reqPerSec),
    ms(m.p50),
    ms(m.p99),
    String(m.errors + m.timeouts),
    String(m.non2xx),
    fmt(m.cpuPercent),
    fmt(m.memory.rssMB),
    fmt(m.memory.hwmMB),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  console.log(`\nResults (Prism run with -v ${PRISM_LOG}; peak = VmHWM since the process started)\n`)
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))

  const ratios = ENDPOINTS.map((endpoint) => {
    const get = (s: ServerName) => results.find((m) => m.server === s && m.endpoint === endpoint)
    const ours = get('ours')
    const prism = get('prism')
    const bare = get('bare')
    const vsPrism = ours && prism ? ours.reqPerSec / prism.reqPerSec : NaN
    const vsBare = ours && bare ? ours.reqPerSec / bare.reqPerSec : NaN
    const p99VsBare = ours && bare ? ours.p99 / Math.max(bare.p99, 1) : NaN
    return {
      endpoint,
      vsPrism: { value: vsPrism, target: `>= ${TARGETS.vsPrism}`, met: vsPrism >= TARGETS.vsPrism },
      vsBare: { value: vsBare, target: `>= ${TARGETS.vsBare}`, met: vsBare >= TARGETS.vsBare },
      p99VsBare: { value: p99VsBare, target: `<= ${TARGETS.p99VsBare}`, met: p99VsBare <= TARGETS.p99VsBare },
    }
  })
  const mark = (r: { value: number; target: string; met: boolean }) => `${fmt(r.value, 2)} (target ${r.target}: ${r.met ? 'met' : 'NOT met'})`
  console.log(`\nRatios (within this run)${oursInvalid ? ' — INVALID RUN, see below' : ''}`)
  for (const r of ratios) {
    console.log(`  ${r.endpoint}`)
    console.log(`    ours/Prism req/s  ${mark(r.vsPrism)}`)
    console.log(`    ours/bare  req/s  ${mark(r.vsBare)}`)
    console.log(`    ours/bare  p99    ${mark(r.p99VsBare)}   (bare p99 floored at 1 ms)`)
  }

  if (problems.length) {
    const banner = oursInvalid ? '!!!!!!!! INVALID RUN: our server answered errors or non-2xx — the numbers above do not measure the happy path !!!!!!!!' : '!!! WARNING: problems in the comparison servers' 
    console.error(`\n${banner}`)
    for (const p of problems) console.error(`  - ${p}`)
  } else {
    console.log('\nAll responses in every warm-up and measured run were 2xx; no errors or timeouts.')
  }

  console.log(`Load average (1 min) at start ${load0.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)} (this run alone accounts for about 2).`)
  const left = leftovers(startedPids)
  console.log(left.length ? `LEFTOVER PROCESSES: ${left.join(', ')}` : `All ${startedPids.length} server processes stopped (pids ${startedPids.join(', ')}).`)

  if (flags.json) {
    const file = resolve(process.cwd(), flags.json)
    writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          cpus: cpus().length,
          loadAverageAtStart: load0,
          options: { duration: DURATION, connections: CONNECTIONS, warmup: WARMUP, prismLog: PRISM_LOG },
          servers,
          results,
          ratios,
          valid: problems.length === 0,
          problems,
        },
        null,
        2,
      ) + '\n',
    )
    console.log(`Wrote ${file}`)
  }
  return problems.length || left.length ? 1 : 0
}

main()
  .then(async (code) => {
    await stopAll()
    process.exitCode = code
  })
  .catch(async (error: unknown) => {
    console.error(`\nerror: ${error instanceof Error ? error.message : String(error)}`)
    await stopAll()
    process.exitCode = 1
  })
