/**
 * `npm run bench:contract`: how long the contract checks of all four APIs take against our local mock, run as one
 * process (`contract --api all --base-url <server>`) and as four (`contract --api <id> --base-url <server>/<id>`, one
 * after the other, as before `--api all` existed). Each is timed from spawning the real bin to its exit, several
 * rounds, alternating which goes first; the medians and their ratio are reported (the machine is shared: compare the
 * ratio, not absolute figures across runs).
 *
 * The mock is `node dist/bin.js serve` (built first with `node scripts/build.mjs --js`, so the run measures the
 * current code) with `--chaos 0` (no random 429 to wait a minute after) and `--resource-guru-webhooks off` (no
 * deliveries to the seeded receivers' hosts), reset before every measured run. Every run must pass (exit 0), or the
 * bench says which failed and exits 1.
 *
 * Options: --rounds <n> (3) · --baseline-bin <path> (time the four processes with another build's bin, e.g. main's)
 * · --json <file> · --budget <s> (900)
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { median } from './http.ts'
import { freePort, killAllSync, spawnChild, stopAll, stopChild } from './proc.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = `${ROOT}dist/bin.js`
const HOST = '127.0.0.1'
const APIS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon'] as const
const TARGET_MS = 15_000

const USAGE = `Usage: npm run bench:contract -- [--rounds <n>] [--baseline-bin <path>] [--json <file>] [--budget <s>]

  --rounds <n>           measured rounds, each timing one --api all run and four single-API runs (default 3)
  --baseline-bin <path>  time the four single-API runs with this bin instead (e.g. a build of main)
  --json <file>          also write every run as JSON
  --budget <s>           time limit for the whole bench; every child is killed when it runs out (default 900)`

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    'baseline-bin': { type: 'string' },
    json: { type: 'string' },
    budget: { type: 'string', default: '900' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
})
if (flags.help) {
  console.log(USAGE)
  process.exit(0)
}
const ROUNDS = Number(flags.rounds)
const BUDGET_S = Number(flags.budget)
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || !(BUDGET_S > 0)) {
  console.error(`error: --rounds must be a whole number of at least 1 and --budget a positive number\n\n${USAGE}`)
  process.exit(2)
}
const BASELINE_BIN = flags['baseline-bin'] ?? BIN

// ── Safety: every child dies with us ───────────────────────────────────────────────────────────────────────────
process.on('exit', killAllSync)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the children`)
    void stopAll().then(() => process.exit(130))
  })
}
setTimeout(() => {
  console.error(`error: the bench took longer than its budget of ${BUDGET_S} s; stopping the children`)
  void stopAll().then(() => process.exit(1))
}, BUDGET_S * 1000).unref()

function fail(message: string): never {
  console.error(`error: ${message}`)
  killAllSync()
  process.exit(1)
}

/** Spawns the bin's `contract` command and resolves with its wall time, spawn → exit; a non-zero exit fails the bench. */
async function timeContract(bin: string, args: string[]): Promise<number> {
  const started = performance.now()
  const child = spawnChild('contract', process.execPath, [bin, 'contract', ...args], {
    cwd: ROOT,
    // No credentials from the shell: the demo logins of the mock.
    env: Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^(RESOURCE_GURU|PROWORKFLOW|SCHEDULEIT|SCREENDRAGON|CONTRACT)_/.test(k),
      ),
    ),
  })
  const code = await child.exited
  const ms = performance.now() - started
  if (code !== 0) fail(`contract ${args.join(' ')} exited ${code}:\n${child.output()}`)
  return ms
}

async function reset(base: string): Promise<void> {
  const res = await fetch(`${base}/__mock/reset`, { method: 'POST' })
  if (!res.ok) fail(`POST ${base}/__mock/reset answered ${res.status}`)
}

interface Round {
  round: number
  order: 'all first' | 'four first'
  allMs: number
  fourMs: number
  perApiMs: Record<string, number>
  load: number[]
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--js'], { cwd: ROOT, encoding: 'utf8' })
  if (build.status !== 0) fail(`node scripts/build.mjs --js failed:\n${build.stdout}${build.stderr}`)

  const port = await freePort()
  const base = `http://${HOST}:${port}`
  const server = spawnChild(
    'serve',
    process.execPath,
    [
      BIN,
      'serve',
      '--port',
      String(port),
      '--host',
      HOST,
      '--quiet',
      '--chaos',
      '0',
      '--resource-guru-webhooks',
      'off',
    ],
    { cwd: ROOT },
  )
  await server.waitFor(/listening on/, 30_000)

  const all = async () => {
    await reset(base)
    return timeContract(BIN, ['--api', 'all', '--base-url', base])
  }
  const four = async () => {
    const perApi: Record<string, number> = {}
    for (const api of APIS) {
      await reset(base)
      perApi[api] = await timeContract(BASELINE_BIN, ['--api', api, '--base-url', `${base}/${api}`])
    }
    return perApi
  }

  console.log(`Warm-up round (discarded): page cache, first compilation of each file.`)
  await all()
  await four()

  const rounds: Round[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    const allFirst = round % 2 === 1
    let allMs = 0
    let perApiMs: Record<string, number> = {}
    if (allFirst) {
      allMs = await all()
      perApiMs = await four()
    } else {
      perApiMs = await four()
      allMs = await all()
    }
    const fourMs = Object.values(perApiMs).reduce((a, b) => a + b, 0)
    const r: Round = { round, order: allFirst ? 'all first' : 'four first', allMs, fourMs, perApiMs, load: loadavg() }
    rounds.push(r)
    console.log(
      `  round ${round} (${r.order}): --api all ${fmt(allMs)} s; four processes ${fmt(fourMs)} s (${APIS.map((a) => `${a} ${fmt(perApiMs[a] ?? 0)}`).join(', ')}); load ${r.load.map((l) => l.toFixed(1)).join(' ')}`,
    )
  }
  await stopChild(server)

  const allMedian = median(rounds.map((r) => r.allMs))
  const fourMedian = median(rounds.map((r) => r.fourMs))
  console.log('')
  console.log(`Contract checks of all four APIs against the local mock (median of ${ROUNDS}, spawn → exit):`)
  console.log(`  one process, --api all:        ${fmt(allMedian)} s   (target < ${TARGET_MS / 1000} s)`)
  console.log(
    `  four processes, one per API:   ${fmt(fourMedian)} s${BASELINE_BIN === BIN ? '' : ` (${BASELINE_BIN})`}`,
  )
  console.log(`  ratio one / four:              ${(allMedian / fourMedian).toFixed(2)}`)
  console.log(
    `  load average at the end:       ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (${cores()} cores)`,
  )
  if (flags.json)
    writeFileSync(
      flags.json,
      `${JSON.stringify({ rounds, allMedianMs: allMedian, fourMedianMs: fourMedian, baselineBin: BASELINE_BIN }, null, 2)}\n`,
    )
}

const fmt = (ms: number): string => (ms / 1000).toFixed(1)
const cores = (): number => availableParallelism()

main().catch((error: Error) => fail(error.stack ?? error.message))
