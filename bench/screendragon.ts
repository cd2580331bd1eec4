/**
 * `npm run bench:screendragon`: Screendragon's daily resourcing at the documented maximum of 1,048,500 rows, streamed
 * by our mock (`node dist/bin.js serve --api screendragon --screendragon-daily-resourcing-rows 1048500`, built first with
 * `node scripts/build.mjs --js` so the run measures the current code) against the naive way — every row an object in
 * one array, one `JSON.stringify`, one write (bench/screendragon-naive.ts, run from source with tsx: same engine and
 * data).
 *
 * For each: time to first byte, total time, throughput (MB/s), and the server's RSS idle and at its peak during the
 * response (VmHWM after resetting it through /proc/<pid>/clear_refs, and sampled VmRSS). Targets for the streamed
 * response: first byte < 50 ms, peak RSS growth < 100 MB over the idle server. Everything listens on 127.0.0.1; each
 * server is started fresh and killed at the end (also on errors, Ctrl-C and the time budget).
 *
 * Options: --rows <n> (1048500) --budget <s> (600) --json <file> --only streamed|naive
 */
import { spawnSync } from 'node:child_process'
import { request } from 'node:http'
import { readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { freePort, killAllSync, memory, spawnChild, stopAll, stopChild, type Child } from './proc.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HOST = '127.0.0.1'
const PATH = '/api/resource/DailyResourcing?includeGuestUsers=true'
const AUTH = `Basic ${Buffer.from('bench:the_api_key').toString('base64')}`
const TARGETS = { firstByteMs: 50, rssGrowthMB: 100 }
const MAX_ROWS = 1_048_500

const USAGE = `Usage: npm run bench:screendragon -- [--rows <n>] [--budget <s>] [--json <file>] [--only streamed|naive]

  --rows <n>     rows of daily resourcing the servers seed (default 1048500, the documented maximum)
  --budget <s>   time limit for the whole run; every server is killed when it runs out (default 600)
  --json <file>  also write the results as JSON
  --only <name>  run one server: streamed (ours) or naive`

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: String(MAX_ROWS) },
    budget: { type: 'string', default: '600' },
    json: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
})
if (flags.help) {
  console.log(USAGE)
  process.exit(0)
}
const ROWS = Number(flags.rows)
const BUDGET_S = Number(flags.budget)
if (!Number.isInteger(ROWS) || ROWS < 1 || ROWS > 5_000_000 || !(BUDGET_S > 0)) {
  console.error(
    `error: --rows must be a whole number from 1 to 5000000 and --budget a positive number of seconds\n\n${USAGE}`,
  )
  process.exit(2)
}
if (flags.only !== undefined && flags.only !== 'streamed' && flags.only !== 'naive') {
  console.error(`error: --only must be streamed or naive\n\n${USAGE}`)
  process.exit(2)
}

type Name = 'streamed' | 'naive'

interface Result {
  server: Name
  rows: number
  bytes: number
  /** From sending the request to the response headers, and to the first body byte. */
  headersMs: number
  firstByteMs: number
  totalMs: number
  mbPerSec: number
  idleRssMB: number
  peakRssMB: number
  growthMB: number
  startupMs: number
}

// ── Safety: every child dies with us ───────────────────────────────────────────────────────────────────────────
process.on('exit', killAllSync)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers`)
    void stopAll().then(() => process.exit(130))
  })
}
const budget = setTimeout(() => {
  console.error(`error: the run took longer than its budget of ${BUDGET_S} s; stopping the servers`)
  void stopAll().then(() => process.exit(1))
}, BUDGET_S * 1000)
budget.unref()

// ── Measuring ──────────────────────────────────────────────────────────────────────────────────────────────────

/** Resets the process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0); false where that is not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

/** A small authenticated request, to warm the server up (JIT, caches) before the idle reading. */
function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, headers: { authorization: AUTH } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Fetches the daily resourcing response, counting bytes and rows as they arrive (nothing is kept). */
function fetchDaily(
  port: number,
  timeoutMs: number,
): Promise<{
  status: number
  headersMs: number
  firstByteMs: number
  totalMs: number
  bytes: number
  rows: number
  shape: string | undefined
}> {
  return new Promise((resolve, reject) => {
    const marker = Buffer.from('{"project id#":')
    const started = performance.now()
    let headersMs = 0
    let firstByteMs = 0
    let bytes = 0
    let rows = 0
    let head = ''
    let tail = Buffer.alloc(0)
    const req = request({ host: HOST, port, path: PATH, headers: { authorization: AUTH } }, (res) => {
      headersMs = performance.now() - started
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - started
        bytes += chunk.length
        if (head.length < 64) head += chunk.subarray(0, 64).toString('latin1')
        // Count row starts, including one split across two chunks.
        const joined = tail.length ? Buffer.concat([tail, chunk]) : chunk
        for (let i = joined.indexOf(marker); i !== -1; i = joined.indexOf(marker, i + 1)) rows++
        // Keep less than a marker: a row start split across chunks is found next time, none is counted twice.
        tail = Buffer.from(joined.subarray(Math.max(0, joined.length - (marker.length - 1))))
      })
      res.on('end', () => {
        const shape =
          head.startsWith('{"dataInfo":{"Tables":[') && tail.toString('latin1').endsWith(']}}')
            ? undefined
            : `unexpected body: starts ${JSON.stringify(head.slice(0, 40))}, ends ${JSON.stringify(tail.toString('latin1'))}`
        resolve({
          status: res.statusCode ?? 0,
          headersMs,
          firstByteMs,
          totalMs: performance.now() - started,
          bytes,
          rows,
          shape,
        })
      })
      res.on('error', reject)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no complete response within ${timeoutMs / 1000} s`)))
    req.on('error', reject)
    req.end()
  })
}

async function measure(name: Name): Promise<Result> {
  const port = await freePort()
  const args =
    name === 'streamed'
      ? [
          'dist/bin.js',
          'serve',
          '--api',
          'screendragon',
          '--host',
          HOST,
          '--port',
          String(port),
          '--quiet',
          '--rate-limit',
          '1000000000',
          '--screendragon-daily-resourcing-rows',
          String(ROWS),
        ]
      : ['--import', 'tsx', 'bench/screendragon-naive.ts', '--port', String(port), '--rows', String(ROWS)]
  const started = performance.now()
  // node itself (not npx or tsx's wrapper), so the PID is the server's and its RSS is the server's.
  const child: Child = spawnChild(name, process.execPath, args, { cwd: ROOT })
  try {
    await child.waitFor(/listening on/i, 180_000)
    const startupMs = performance.now() - started
    for (let i = 0; i < 5; i++) {
      const status = await get(port, '/api/resource?user=456')
      if (status !== 200) throw new Error(`${name}: the warm-up request answered ${status}`)
    }
    await new Promise((r) => setTimeout(r, 500)) // let the warm-up's garbage settle before the idle reading
    const idleRssMB = memory(child.pid).rssMB
    const peakReset = resetPeak(child.pid)
    let sampled = idleRssMB
    const sampler = setInterval(() => {
      try {
        sampled = Math.max(sampled, memory(child.pid).rssMB)
      } catch {
        // the process is gone; the request will fail and say so
      }
    }, 10)
    let response: Awaited<ReturnType<typeof fetchDaily>>
    try {
      response = await fetchDaily(port, 300_000)
    } finally {
      clearInterval(sampler)
    }
    const after = memory(child.pid)
    const peakRssMB = Math.max(sampled, after.rssMB, peakReset ? after.hwmMB : 0)
    if (response.status !== 200) throw new Error(`${name}: daily resourcing answered ${response.status}`)
    if (response.shape) throw new Error(`${name}: ${response.shape}`)
    const expected = Math.min(ROWS, MAX_ROWS)
    if (response.rows !== expected) throw new Error(`${name}: ${response.rows} rows, expected ${expected}`)
    return {
      server: name,
      rows: response.rows,
      bytes: response.bytes,
      headersMs: response.headersMs,
      firstByteMs: response.firstByteMs,
      totalMs: response.totalMs,
      mbPerSec: response.bytes / 1e6 / (response.totalMs / 1000),
      idleRssMB,
      peakRssMB,
      growthMB: peakRssMB - idleRssMB,
      startupMs,
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- ${name} output ---\n${child.output().slice(-2000)}`)
  } finally {
    await stopChild(child)
  }
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────────────────────────

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`)
const mb = (n: number) => `${n.toFixed(0)} MB`
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU'
  } catch {
    return 'unknown CPU'
  }
})()

console.log(`Screendragon daily resourcing: ${ROWS.toLocaleString('en')} seeded rows, GET ${PATH} on ${HOST}`)
if (flags.only !== 'naive') {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--js'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (built.status !== 0) {
    console.error(
      `error: node scripts/build.mjs --js failed (${built.error?.message ?? `exit code ${built.status}`}):\n${built.stdout}${built.stderr}`,
    )
    process.exit(1)
  }
  console.log('built dist/ with node scripts/build.mjs --js')
}
console.log(
  `node ${process.version} · ${cpuModel} · load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)
const results: Result[] = []
let failed = false
for (const name of (flags.only ? [flags.only] : ['streamed', 'naive']) as Name[]) {
  process.stdout.write(`  ${name}: starting… `)
  try {
    const result = await measure(name)
    results.push(result)
    console.log(`done (server start-up ${ms(result.startupMs)})`)
  } catch (error) {
    failed = true
    console.log('FAILED')
    console.error(`error: ${(error as Error).message}`)
  }
}

if (results.length) {
  console.log('')
  console.log('server     rows        body       headers   first byte  total     throughput  RSS idle → peak (growth)')
  for (const r of results) {
    console.log(
      `${r.server.padEnd(10)} ${r.rows.toLocaleString('en').padEnd(11)} ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB  ${ms(r.headersMs).padStart(8)}  ${ms(r.firstByteMs).padStart(9)}  ${ms(r.totalMs).padStart(8)}  ${`${r.mbPerSec.toFixed(0)} MB/s`.padStart(10)}  ${mb(r.idleRssMB)} → ${mb(r.peakRssMB)} (+${mb(r.growthMB)})`,
    )
  }
  const streamed = results.find((r) => r.server === 'streamed')
  const naive = results.find((r) => r.server === 'naive')
  if (streamed && naive) {
    console.log('')
    console.log(
      `naive / streamed: first byte ${(naive.firstByteMs / streamed.firstByteMs).toFixed(0)}×, total ${(naive.totalMs / streamed.totalMs).toFixed(2)}×, throughput ${(streamed.mbPerSec / naive.mbPerSec).toFixed(2)}× lower, peak RSS growth ${(naive.growthMB / Math.max(1, streamed.growthMB)).toFixed(1)}×`,
    )
  }
  if (streamed) {
    const ttfbOk = streamed.firstByteMs < TARGETS.firstByteMs
    const rssOk = streamed.growthMB < TARGETS.rssGrowthMB
    console.log(
      `targets (streamed): first byte < ${TARGETS.firstByteMs} ms ${ttfbOk ? 'met' : 'MISSED'} · peak RSS growth < ${TARGETS.rssGrowthMB} MB ${rssOk ? 'met' : 'MISSED'}`,
    )
    if (!ttfbOk || !rssOk) failed = true
  }
  if (flags.json) {
    writeFileSync(
      flags.json,
      `${JSON.stringify({ rows: ROWS, path: PATH, node: process.version, cpu: cpuModel, results, targets: TARGETS }, null, 2)}\n`,
    )
    console.log(`wrote ${flags.json}`)
  }
}
await stopAll()
process.exit(failed ? 1 : 0)
