/**
 * `npm run bench`: start-up, idle memory, throughput, latency and the request log's cost of our mock server, against
 * Prism and a bare node:http ceiling. See bench/README.md. Options: --duration <s> (10) --connections <n> (50)
 * --warmup <s> (3) --startup-runs <n> (5) --json <file> --prism-log <level> (error). Builds dist/ first
 * (`node scripts/build.mjs --js`) so it measures the current code. Everything listens on 127.0.0.1 only; every child
 * process is killed at the end. `--baseline <git ref>` also builds that commit in a temporary folder and measures it
 * interleaved with ours, so a change's before and after come from one run on the same machine state.
 */
import autocannon, { type Result } from 'autocannon'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { HOST, fetchRaw, headerPairs, headerValue, median, sleep } from './http.ts'
import {
  cpuSeconds,
  freePort,
  killAllSync,
  leftovers,
  memory,
  spawnChild,
  stopAll,
  stopChild,
  type Child,
  type Memory,
} from './proc.ts'
import { buildBaseline } from './baseline.ts'
import { type RedisServer, startRedisServer } from '../test/support/redis-server.ts'
import { STARTUP_LABEL, measureStartup, type StartupSummary } from './startup.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ENDPOINTS = ['/v1/example-corp/bookings', '/v1/example-corp/resources'] as const
const TARGETS = {
  vsPrism: 5,
  vsBare: 0.5,
  p99VsBare: 2,
  logVsQuiet: 0.9,
  logVsBare: 0.5,
  logP99VsBare: 2,
  redisVsBare: 0.25,
  startupVsBare: 5,
  idleRssMB: 100,
}
const IDLE_WAIT_MS = 1500
const STARTUP_TIMEOUT_MS = 30_000
/** Headers node:http adds by itself to every response: not part of the replayed fixture. */
const AUTO_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

const USAGE = `Usage: npm run bench -- [--duration <s>] [--connections <n>] [--warmup <s>] [--startup-runs <n>] [--baseline <git ref>] [--json <file>] [--prism-log <level>]

  --duration <s>      measured run per server and endpoint (default 10)
  --connections <n>   concurrent keep-alive connections (default 50)
  --warmup <s>        unmeasured load before each measured run (default 3)
  --startup-runs <n>  measured start-ups of each server, alternating (default 5; plus one discarded warm-up round)
  --baseline <ref>    also build that commit (e.g. main, HEAD~3, a tag) in a temporary folder and measure its
                      server interleaved with ours: the before and after of a change from one run
  --json <file>       also write the results as JSON
  --prism-log <level> Prism's -v level (default error: its per-request info logging halves its throughput)`

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'startup-runs': { type: 'string', default: '5' },
    json: { type: 'string' },
    baseline: { type: 'string' },
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
const STARTUP_RUNS = Math.round(positive('startup-runs', flags['startup-runs'], 1, 50))
const PRISM_LOG = flags['prism-log']
const BASELINE_REF = flags.baseline

/**
 * `ours` runs with --quiet, `ours+log` the same server with its default request log on (stdout drained by us);
 * `baseline` is ours (--quiet) built from `--baseline <ref>`.
 */
type ServerName = 'ours' | 'ours+log' | 'ours+redis' | 'baseline' | 'prism' | 'bare'

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
  /** Server CPU time (user + system) per completed request of the measured run. */
  cpuUsPerRequest: number
  memory: Memory
  /** Lines the server wrote to stdout during warm-up + measured run (the request log; 0 with --quiet). */
  logLines: number
  logBytes: number
  /** The measured runs this row combines (two halves for ours, ours+log and baseline, see measure()). */
  slices: { reqPerSec: number; requests: number; p50: number; p99: number }[]
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
/** The redis-server `ours+redis` keeps its state in (started by the bench, like the tests' harness). */
let redis: RedisServer | undefined
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
// Hard bound on the whole run: builds (60 s each) + start-up rounds (3 servers × 10 s each) + 4 servers (5 with a
// baseline) × (start ≤ 60 s + 2 × (warm-up + run + slack)).
const builds = BASELINE_REF ? 2 : 1
const budgetMs = (60 * builds + (STARTUP_RUNS + 1) * 3 * 10 + (3 + builds) * (70 + 2 * (WARMUP + DURATION + 15))) * 1000
setTimeout(() => {
  console.error(`error: the benchmark exceeded its ${Math.round(budgetMs / 1000)} s budget; stopping.`)
  void stopAll().finally(() => process.exit(1))
}, budgetMs).unref()

// ---- HTTP helpers -------------------------------------------------------------------------------------------------

/** Waits for a line in the output, or (if `pollPath`) for any HTTP answer, whichever comes first. */
async function waitReady(
  child: Child,
  port: number,
  pattern: RegExp,
  timeoutMs: number,
  pollPath?: string,
): Promise<string> {
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
        await sleep(250)
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

/** A server under load: its process, port and token. */
interface Loaded {
  server: ServerName
  child: Child
  port: number
  token: string
  bodyBytes: number
}

interface Slice {
  result: Result
  elapsed: number
  cpuUsed: number
  memory: Memory
}

async function slice(t: Loaded, path: string, seconds: number): Promise<Slice> {
  const cpuBefore = cpuSeconds(t.child.pid)
  const t0 = process.hrtime.bigint()
  const result = await load(t.port, path, t.token, seconds)
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9
  return { result, elapsed, cpuUsed: cpuSeconds(t.child.pid) - cpuBefore, memory: memory(t.child.pid) }
}

function mergeCounts(results: Result[]): Record<string, number> {
  const merged: Record<string, number> = {}
  for (const r of results)
    for (const [code, n] of Object.entries(statusCounts(r))) merged[code] = (merged[code] ?? 0) + n
  return merged
}

/**
 * Loads each server with a warm-up, then the measured run. With one server: one run of DURATION s. With several (ours
 * quiet, with its log, and the baseline): ABBA (or ABCCBA), two runs of DURATION/2 s each, mirrored, so that a drift
 * in the machine's load hits all alike; their req/s is the mean of the two halves, p50/p99 the request-weighted mean
 * of the halves'.
 */
async function measure(targets: Loaded[], path: string): Promise<Measurement[]> {
  const pair = targets.length > 1
  const counters = targets.map((t) => ({ lines: t.child.stdoutLines(), bytes: t.child.stdoutBytes() }))
  const warm: (Result | undefined)[] = []
  for (const t of targets) {
    process.stdout.write(`  ${t.server.padEnd(8)} ${path}: warm-up ${WARMUP} s\n`)
    warm.push(WARMUP > 0 ? await load(t.port, path, t.token, WARMUP) : undefined)
  }
  const forward = targets.map((_, i) => i)
  const order = pair ? [...forward, ...forward.reverse()] : [0]
  const seconds = pair ? DURATION / 2 : DURATION
  const slices: Slice[][] = targets.map(() => [])
  for (const i of order) {
    const t = targets[i] as Loaded
    process.stdout.write(`  ${t.server.padEnd(8)} ${path}: measuring ${seconds} s… `)
    const sl = await slice(t, path, seconds)
    slices[i]?.push(sl)
    console.log(`${Math.round(sl.result.requests.average)} req/s`)
  }
  await sleep(200) // the request log is written once per event-loop turn: let the last batch arrive
  return targets.map((t, i) => {
    const own = slices[i] as Slice[]
    const rs = own.map((x) => x.result)
    const requests = rs.reduce((a, r) => a + r.requests.total, 0)
    const weighted = (f: (r: Result) => number) =>
      rs.reduce((a, r) => a + f(r) * r.requests.total, 0) / Math.max(requests, 1)
    const cpuUsed = own.reduce((a, x) => a + x.cpuUsed, 0)
    const elapsed = own.reduce((a, x) => a + x.elapsed, 0)
    const w = warm[i]
    const logLines = t.child.stdoutLines() - (counters[i]?.lines ?? 0)
    const logBytes = t.child.stdoutBytes() - (counters[i]?.bytes ?? 0)
    if (logLines > 0)
      console.log(
        `  ${t.server.padEnd(8)} ${path}: ${logLines} log lines (${(logBytes / 1e6).toFixed(1)} MB) drained from its stdout`,
      )
    return {
      server: t.server,
      endpoint: path,
      bodyBytes: t.bodyBytes,
      reqPerSec: rs.reduce((a, r) => a + r.requests.average, 0) / rs.length,
      requests,
      p50: rs.length === 1 ? (rs[0] as Result).latency.p50 : weighted((r) => r.latency.p50),
      p99: rs.length === 1 ? (rs[0] as Result).latency.p99 : weighted((r) => r.latency.p99),
      errors: rs.reduce((a, r) => a + r.errors, 0),
      timeouts: rs.reduce((a, r) => a + r.timeouts, 0),
      non2xx: rs.reduce((a, r) => a + r.non2xx, 0),
      statusCodes: mergeCounts(rs),
      warmup: w
        ? { requests: w.requests.total, non2xx: w.non2xx, errors: w.errors + w.timeouts, statusCodes: statusCounts(w) }
        : { requests: 0, non2xx: 0, errors: 0, statusCodes: {} },
      cpuPercent: (cpuUsed / elapsed) * 100,
      cpuUsPerRequest: (cpuUsed * 1e6) / requests,
      memory: (own.at(-1) as Slice).memory,
      logLines,
      logBytes,
      slices: rs.map((r) => ({
        reqPerSec: r.requests.average,
        requests: r.requests.total,
        p50: r.latency.p50,
        p99: r.latency.p99,
      })),
    }
  })
}

// ---- the servers under load ---------------------------------------------------------------------------------------

async function startServer(
  server: ServerName,
  fixturesFile: string | undefined,
  baselineRoot?: string,
): Promise<{ child: Child; port: number; info: ServerInfo }> {
  const port = await freePort()
  let command: string
  let args: string[]
  let pattern: RegExp
  let timeoutMs = 30_000
  let pollPath: string | undefined
  const env = { ...process.env }
  let cwd = ROOT
  if (server === 'ours' || server === 'ours+log' || server === 'ours+redis' || server === 'baseline') {
    command = process.execPath
    if (server === 'baseline') cwd = baselineRoot ?? fail('no baseline was built')
    args = [
      'dist/bin.js',
      'serve',
      '--api',
      'resource-guru',
      '--host',
      HOST,
      '--port',
      String(port),
      '--rate-limit',
      '1000000000',
    ]
    if (server !== 'ours+log') args.push('--quiet')
    if (server === 'ours+redis') args.push('--store', redis?.url ?? fail('no redis-server was started'))
    pattern = /listening on/
  } else if (server === 'prism') {
    command = join(ROOT, 'node_modules/.bin/prism')
    args = [
      'mock',
      'specs/resource-guru/openapi.yaml',
      '-h',
      HOST,
      '-p',
      String(port),
      '-v',
      PRISM_LOG,
      '--no-multiprocess',
    ]
    delete env.NODE_ENV // NODE_ENV=production would fork a second process
    pattern = /listening/
    timeoutMs = 60_000
    pollPath = '/' // below "info" Prism never prints its "listening" line: then the first HTTP answer means ready
  } else {
    command = process.execPath
    args = ['bench/bare-server.mjs', fixturesFile as string, String(port)]
    pattern = /listening on/
  }
  const where = cwd === ROOT ? '' : `(in ${cwd}) `
  const shown = `${where}${command === process.execPath ? 'node' : 'node_modules/.bin/prism'} ${args.join(' ')}`
  const t0 = Date.now()
  const child = spawnChild(server, command, args, { cwd, env })
  startedPids.push(child.pid)
  try {
    const readyVia = await waitReady(child, port, pattern, timeoutMs, pollPath)
    const info: ServerInfo = {
      server,
      command: shown,
      pid: child.pid,
      startupMs: Date.now() - t0,
      readyVia,
      idle: memory(child.pid),
    }
    console.log(
      `${server}: ${shown}\n  pid ${child.pid}, ready in ${info.startupMs} ms (via ${readyVia}), idle RSS ${info.idle.rssMB.toFixed(0)} MB`,
    )
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
  const form =
    'grant_type=password&username=user%40example.com&password=secret&client_id=the_client_id&client_secret=the_client_secret'
  const r = await fetchRaw(port, '/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(form.length) },
    body: form,
  })
  if (r.status !== 200) fail(`POST /oauth/token answered ${r.status}: ${r.body.toString()}`)
  const token = (JSON.parse(r.body.toString()) as { access_token?: unknown }).access_token
  if (typeof token !== 'string') fail(`POST /oauth/token gave no access_token: ${r.body.toString()}`)
  return token
}

/** Checks that auth and the rate limiter are really on in our server. */
async function sanity(port: number, token: string): Promise<string[]> {
  const problems: string[] = []
  const anon = await fetchRaw(port, ENDPOINTS[0])
  if (anon.status !== 401)
    problems.push(`without credentials ${ENDPOINTS[0]} answered ${anon.status}, not 401: is auth on?`)
  const authed = await fetchRaw(port, ENDPOINTS[0], { headers: { authorization: `Bearer ${token}` } })
  if (headerValue(authed.rawHeaders, 'x-ratelimit-limit') !== '1000000000')
    problems.push('no "X-RateLimit-Limit: 1000000000" header: is the rate limiter on, with the raised limit?')
  return problems
}

// ---- main ---------------------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—')
const ms = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** `node scripts/build.mjs --js`, so the bench always measures the current code. */
function build(): number {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--js'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  if (r.status !== 0)
    fail(`node scripts/build.mjs --js failed (${r.error?.message ?? `exit code ${r.status}`}):\n${r.stdout}${r.stderr}`)
  return performance.now() - t0
}

interface Target {
  value: number
  target: string
  met: boolean
}
const atLeast = (value: number, min: number): Target => ({ value, target: `>= ${min}`, met: value >= min })
const atMost = (value: number, max: number): Target => ({ value, target: `<= ${max}`, met: value <= max })
const below = (value: number, max: number): Target => ({ value, target: `< ${max}`, met: value < max })

async function main(): Promise<number> {
  console.log(
    `Bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per server × endpoint, ${STARTUP_RUNS} start-ups per server; Node ${process.version}, ${cpus().length} CPUs (shared by servers and autocannon).`,
  )
  const load0 = loadavg()[0] ?? 0
  if (load0 > 1)
    console.log(
      `warning: 1-min load average is ${load0.toFixed(2)} before the run: other processes may compete for the CPUs; numbers will be noisy.`,
    )
  const buildMs = build()
  console.log(`Built dist/ with node scripts/build.mjs --js in ${fmt(buildMs)} ms.`)
  tempDir = mkdtempSync(join(tmpdir(), 'mock-bench-'))
  const baseline = BASELINE_REF ? buildBaseline(ROOT, BASELINE_REF, join(tempDir, 'baseline')) : undefined
  if (baseline)
    console.log(
      `Built the baseline ${BASELINE_REF} (${baseline.commit.slice(0, 12)} ${baseline.subject}) in ${baseline.root} in ${fmt(baseline.buildMs)} ms.`,
    )
  const fixturesFile = join(tempDir, 'fixtures.json')
  const servers: ServerInfo[] = []
  const results: Measurement[] = []
  const problems: string[] = []
  const fixtures: Record<string, Fixture> = {}

  // ---- start-up and idle memory -----------------------------------------------------------------------------------
  console.log(
    `\nStart-up: spawn → first 200 on every API served, then RSS ${IDLE_WAIT_MS / 1000} s later (1 warm-up round + ${STARTUP_RUNS}, order reversed every other round)`,
  )
  const startup: StartupSummary = await measureStartup({
    root: ROOT,
    rounds: STARTUP_RUNS,
    idleWaitMs: IDLE_WAIT_MS,
    timeoutMs: STARTUP_TIMEOUT_MS,
    fixturesFile: join(tempDir, 'startup-fixtures.json'),
    onSpawn: (pid) => startedPids.push(pid),
  })

  // ---- throughput: ours quiet and with its request log (both up, measured back to back), then Prism, then bare ----
  console.log('\nThroughput')
  const tokens: Partial<Record<ServerName, string>> = {}
  const ourBodies: Record<string, Buffer> = {}
  /** One authenticated GET per endpoint before the load: status check, body size, fixtures for the bare server. */
  const prepare = async (server: ServerName, port: number, token: string): Promise<Record<string, number>> => {
    const bodyBytes: Record<string, number> = {}
    for (const path of ENDPOINTS) {
      const r = await fetchRaw(port, path, { headers: { authorization: `Bearer ${token}` } })
      bodyBytes[path] = r.body.length
      if (r.status < 200 || r.status > 299) {
        const problem = `${server}: GET ${path} answered ${r.status} before the load: ${r.body.toString().slice(0, 300)}`
        if (server.startsWith('ours')) fail(`!!!!!!!! INVALID RUN, stopped before any load: ${problem}`)
        problems.push(problem)
      }
      if (server === 'ours') {
        fixtures[path] = {
          status: r.status,
          headers: headerPairs(r.rawHeaders).filter(([k]) => !AUTO_HEADERS.has(k.toLowerCase())),
          body: r.body.toString('base64'),
        }
        ourBodies[path] = r.body
      } else if (server === 'baseline') {
        // The baseline may answer other data (the change under test may alter it): shown in the table, not a problem.
      } else if (server === 'ours+log') {
        // Same data; only the seeded timestamps (relative to the start time) may differ, never the length.
        if (ourBodies[path]?.length !== r.body.length)
          problems.push(
            `ours+log: GET ${path} answers ${r.body.length} B, ours (--quiet) ${ourBodies[path]?.length} B: not the same data`,
          )
      } else if (server === 'bare') {
        const want = fixtures[path] as Fixture
        const got = headerPairs(r.rawHeaders).filter(([k]) => !AUTO_HEADERS.has(k.toLowerCase()))
        if (
          r.status !== want.status ||
          r.body.toString('base64') !== want.body ||
          JSON.stringify(got) !== JSON.stringify(want.headers)
        )
          problems.push(`bare: GET ${path} does not replay our server's response exactly`)
      }
    }
    return bodyBytes
  }

  // Ours quiet, with its log and the baseline are all up (an idle one costs nothing) and measured ABBA per endpoint.
  const ours: { server: ServerName; child: Child; port: number; token: string; bodyBytes: Record<string, number> }[] =
    []
  try {
    const oursServers: ServerName[] = baseline
      ? ['ours', 'ours+log', 'ours+redis', 'baseline']
      : ['ours', 'ours+log', 'ours+redis']
    redis = await startRedisServer()
    console.log(`ours+redis keeps its state in a redis-server of its own at ${redis.url}`)
    for (const server of oursServers) {
      const { child, port, info } = await startServer(server, undefined, baseline?.root)
      servers.push(info)
      const entry = { server, child, port, token: '', bodyBytes: {} as Record<string, number> }
      ours.push(entry) // before anything can throw, so that `finally` stops it
      entry.token = tokens[server] = await getToken(port)
      for (const p of await sanity(port, entry.token)) problems.push(`${server}: ${p}`)
      entry.bodyBytes = await prepare(server, port, entry.token)
    }
    writeFileSync(fixturesFile, JSON.stringify(fixtures))
    console.log(
      `  tokens from POST /oauth/token; captured ${ENDPOINTS.map((p) => `${p} (${ourBodies[p]?.length} B)`).join(', ')} for the bare server`,
    )
    for (const [i, path] of ENDPOINTS.entries()) {
      // A = quiet on the first endpoint, with-log on the second, so neither always goes first.
      const pair = (i % 2 === 0 ? ours : [...ours].reverse()).map((o) => ({ ...o, bodyBytes: o.bodyBytes[path] ?? 0 }))
      const measured = await measure(pair, path)
      const rank = (m: Measurement) => oursServers.indexOf(m.server)
      results.push(...measured.sort((a, b) => rank(a) - rank(b)))
    }
  } finally {
    for (const o of ours) await stopChild(o.child)
    await redis?.stop()
  }

  for (const server of ['prism', 'bare'] as const) {
    const { child, port, info } = await startServer(server, fixturesFile)
    servers.push(info)
    try {
      const bodyBytes = await prepare(server, port, tokens.ours as string)
      for (const path of ENDPOINTS)
        results.push(
          ...(await measure(
            [{ server, child, port, token: tokens.ours as string, bodyBytes: bodyBytes[path] ?? 0 }],
            path,
          )),
        )
    } finally {
      await stopChild(child)
    }
  }

  // ---- report -----------------------------------------------------------------------------------------------------
  for (const m of results) {
    const bad = m.errors + m.timeouts + m.non2xx + m.warmup.non2xx + m.warmup.errors
    if (bad > 0) {
      const codes = JSON.stringify({ measured: m.statusCodes, warmup: m.warmup.statusCodes })
      problems.push(
        `${m.server} ${m.endpoint}: ${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts (warm-up: ${m.warmup.non2xx} non-2xx, ${m.warmup.errors} errors); status codes ${codes}`,
      )
    }
    if (m.requests === 0) problems.push(`${m.server} ${m.endpoint}: no request completed`)
    if (m.server === 'ours+log' && m.logLines < m.requests + m.warmup.requests) {
      problems.push(
        `ours+log ${m.endpoint}: ${m.logLines} log lines for ${m.requests + m.warmup.requests} requests: is the request log on?`,
      )
    }
  }
  const oursInvalid = problems.some((p) => p.startsWith('ours'))

  const header = [
    'server',
    'endpoint',
    'body B',
    'req/s',
    'p50 ms',
    'p99 ms',
    'err',
    'non-2xx',
    'CPU %',
    'CPU µs/req',
    'RSS after MB',
    'peak MB',
    'log MB',
  ]
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
    fmt(m.cpuUsPerRequest),
    fmt(m.memory.rssMB),
    fmt(m.memory.hwmMB),
    fmt(m.logBytes / 1e6, 1),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  console.log(
    `\nResults (Prism run with -v ${PRISM_LOG}; peak = VmHWM since the process started; log MB = request log drained from stdout, warm-up + run)\n`,
  )
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))

  const ratios = ENDPOINTS.map((endpoint) => {
    const get = (s: ServerName) => results.find((m) => m.server === s && m.endpoint === endpoint)
    const quiet = get('ours')
    const logged = get('ours+log')
    const onRedis = get('ours+redis')
    const base = get('baseline')
    const prism = get('prism')
    const bare = get('bare')
    const rate = (a: Measurement | undefined, b: Measurement | undefined) => (a && b ? a.reqPerSec / b.reqPerSec : NaN)
    const p99 = (a: Measurement | undefined) => (a && bare ? a.p99 / Math.max(bare.p99, 1) : NaN)
    return {
      endpoint,
      vsPrism: atLeast(rate(quiet, prism), TARGETS.vsPrism),
      vsBare: atLeast(rate(quiet, bare), TARGETS.vsBare),
      p99VsBare: atMost(p99(quiet), TARGETS.p99VsBare),
      logVsQuiet: atLeast(rate(logged, quiet), TARGETS.logVsQuiet),
      logVsBare: atLeast(rate(logged, bare), TARGETS.logVsBare),
      logP99VsBare: atMost(p99(logged), TARGETS.logP99VsBare),
      redisVsBare: atLeast(rate(onRedis, bare), TARGETS.redisVsBare),
      /** The Redis store against in memory, and its p99 against bare (no targets). */
      redisVsQuiet: rate(onRedis, quiet),
      redisP99VsBare: p99(onRedis),
      /** Server CPU per request, with-log/quiet: less sensitive to the machine's load than req/s (no target). */
      logCpuVsQuiet: logged && quiet ? logged.cpuUsPerRequest / quiet.cpuUsPerRequest : NaN,
      /** With --baseline: the change's effect, ours/baseline (req/s, and server CPU per request, lower is better). */
      baseline: base
        ? {
            reqPerSec: rate(quiet, base),
            cpuPerRequest: quiet ? quiet.cpuUsPerRequest / base.cpuUsPerRequest : NaN,
            p99: quiet ? quiet.p99 / Math.max(base.p99, 1) : NaN,
            baselineVsBare: rate(base, bare),
            baselineVsPrism: rate(base, prism),
          }
        : undefined,
    }
  })
  const med = startup.median
  const startupTargets = {
    readyVsBare: atMost(med['ours-all'].readyMs / med.bare.readyMs, TARGETS.startupVsBare),
    idleRssAllMB: below(med['ours-all'].idleRssMB, TARGETS.idleRssMB),
  }
  const mark = (r: Target) => `${fmt(r.value, 2)} (target ${r.target}: ${r.met ? 'met' : 'NOT met'})`

  console.log(
    `\nStart-up (median of ${STARTUP_RUNS}; spawn → first 200 on every API served; RSS ${IDLE_WAIT_MS / 1000} s after)`,
  )
  for (const kind of ['ours-all', 'ours-rg', 'bare'] as const) {
    const runs = startup.runs.filter((r) => r.kind === kind && !r.warmup)
    console.log(
      `  ${STARTUP_LABEL[kind].padEnd(20)} ${fmt(med[kind].readyMs).padStart(5)} ms  (runs: ${runs.map((r) => fmt(r.readyMs)).join(', ')})   CPU used by then ${fmt(med[kind].cpuMs)} ms   idle RSS ${fmt(med[kind].idleRssMB)} MB`,
    )
  }
  const perApi = Object.keys(startup.runs.find((r) => r.kind === 'ours-all')?.perApiMs ?? {})
  console.log(
    `  ours, 4 APIs, first 200 per API (median): ${perApi.map((api) => `${api} ${fmt(median(startup.runs.filter((r) => r.kind === 'ours-all' && !r.warmup).map((r) => r.perApiMs[api] ?? NaN)))} ms`).join(', ')}`,
  )
  console.log(`  ours (4 APIs)/bare start-up  ${mark(startupTargets.readyVsBare)}`)
  console.log(
    `  ours (4 APIs)/bare CPU used by then  ${fmt(med['ours-all'].cpuMs / med.bare.cpuMs, 2)} (no target; 10 ms resolution, hardly affected by other load)`,
  )
  console.log(`  idle RSS, 4 APIs, MB         ${mark(startupTargets.idleRssAllMB)}`)
  console.log(`  idle RSS, resource-guru, MB  ${fmt(med['ours-rg'].idleRssMB, 2)} (no target)`)

  console.log(`\nRatios (within this run)${oursInvalid ? ' — INVALID RUN, see below' : ''}`)
  for (const r of ratios) {
    console.log(`  ${r.endpoint}`)
    console.log(`    ours/Prism       req/s  ${mark(r.vsPrism)}`)
    console.log(`    ours/bare        req/s  ${mark(r.vsBare)}`)
    console.log(`    ours/bare        p99    ${mark(r.p99VsBare)}   (bare p99 floored at 1 ms)`)
    console.log(`    with-log/quiet   req/s  ${mark(r.logVsQuiet)}`)
    console.log(`    with-log/bare    req/s  ${mark(r.logVsBare)}`)
    console.log(`    with-log/bare    p99    ${mark(r.logP99VsBare)}`)
    console.log(`    with-log/quiet   server CPU µs per request ${fmt(r.logCpuVsQuiet, 2)} (no target)`)
    console.log(`    on-Redis/bare    req/s  ${mark(r.redisVsBare)}`)
    console.log(
      `    on-Redis/quiet   req/s  ${fmt(r.redisVsQuiet, 2)}   on-Redis/bare p99 ${fmt(r.redisP99VsBare, 2)} (no targets)`,
    )
    if (r.baseline) {
      const b = r.baseline
      console.log(
        `    baseline/bare    req/s  ${fmt(b.baselineVsBare, 2)}   baseline/Prism req/s  ${fmt(b.baselineVsPrism, 2)}`,
      )
      console.log(`    ours/baseline    req/s  ${fmt(b.reqPerSec, 2)}   (the change's effect: 1 = none, < 1 slower)`)
      console.log(`    ours/baseline    server CPU µs per request ${fmt(b.cpuPerRequest, 2)}   p99 ${fmt(b.p99, 2)}`)
    }
  }

  if (problems.length) {
    const banner = oursInvalid
      ? '!!!!!!!! INVALID RUN: our server answered errors or non-2xx (or logged nothing) — the numbers above do not measure the happy path !!!!!!!!'
      : '!!! WARNING: problems in the comparison servers'
    console.error(`\n${banner}`)
    for (const p of problems) console.error(`  - ${p}`)
  } else {
    console.log(
      '\nAll responses in every warm-up and measured run were 2xx; no errors or timeouts; the request log had a line for every request.',
    )
  }

  console.log(
    `Load average (1 min) at start ${load0.toFixed(2)}, at end ${(loadavg()[0] ?? 0).toFixed(2)} (this run alone accounts for about 2).`,
  )
  const left = leftovers(startedPids)
  console.log(
    left.length ? `LEFTOVER PROCESSES: ${left.join(', ')}` : `All ${startedPids.length} server processes stopped.`,
  )

  if (flags.json) {
    const file = resolve(process.cwd(), flags.json)
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          node: process.version,
          cpus: cpus().length,
          loadAverageAtStart: load0,
          options: {
            duration: DURATION,
            connections: CONNECTIONS,
            warmup: WARMUP,
            startupRuns: STARTUP_RUNS,
            prismLog: PRISM_LOG,
            baseline: baseline ? { ref: BASELINE_REF, commit: baseline.commit, subject: baseline.subject } : null,
          },
          buildMs,
          startup: { ...startup, targets: startupTargets },
          servers,
          results,
          ratios,
          valid: problems.length === 0,
          problems,
        },
        null,
        2,
      )}\n`,
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
