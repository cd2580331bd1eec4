/**
 * Start-up and idle memory for `npm run bench` (see bench/README.md): time from spawning a server to the first 200 on
 * every API it serves, and its RSS shortly after, for our server serving all four APIs, our server with
 * `--api resource-guru` alone, and a bare node:http server (bench/bare-server.mjs) spawned the same way.
 */
import { writeFileSync } from 'node:fs'
import { HOST, basic, fetchRaw, headerPairs, median, sleep, type RawResponse } from './http.ts'
import { cpuSeconds, freePort, memory, spawnChild, stopChild, type Child, type Memory } from './proc.ts'

export interface Probe {
  api: string
  path: string
  headers: Record<string, string>
}

/** One authenticated GET per API, as served together by `serve` (each under /<api id>). */
export const ALL_FOUR: Probe[] = [
  {
    api: 'resource-guru',
    path: '/resource-guru/v1/example-corp/resources',
    headers: { authorization: basic('user@example.com', 'secret') },
  },
  {
    api: 'proworkflow',
    path: '/proworkflow/contacts',
    headers: { authorization: basic('demo@example.com', 'secret'), apikey: '11111-22222-33333-44444-55555' },
  },
  { api: 'scheduleit', path: '/scheduleit/api/groups', headers: { authorization: basic('12345_demo', 'secret') } },
  {
    api: 'screendragon',
    path: '/screendragon/api/resource?user=456',
    headers: { authorization: basic('apikey', 'the_api_key') },
  },
]
/** `serve --api resource-guru` serves it at the root. */
export const RG_ALONE: Probe[] = [
  {
    api: 'resource-guru',
    path: '/v1/example-corp/resources',
    headers: { authorization: basic('user@example.com', 'secret') },
  },
]

export type StartupKind = 'ours-all' | 'ours-rg' | 'bare'

export const STARTUP_LABEL: Record<StartupKind, string> = {
  'ours-all': 'ours, 4 APIs',
  'ours-rg': 'ours, resource-guru',
  bare: 'bare node:http',
}

export interface StartupRun {
  kind: StartupKind
  round: number
  /** The first round is a discarded warm-up (page cache, fixture capture for the bare server). */
  warmup: boolean
  pid: number
  command: string
  /** Spawn to the end of the last first-200 (every probe polled in parallel). */
  readyMs: number
  perApiMs: Record<string, number>
  /** CPU time (user + system) the server had used at that point: unlike readyMs, hardly affected by other load. */
  cpuMs: number
  /** Read `idleWaitMs` after `readyMs`. */
  idle: Memory
}

export interface StartupSummary {
  rounds: number
  idleWaitMs: number
  runs: StartupRun[]
  median: Record<StartupKind, { readyMs: number; cpuMs: number; idleRssMB: number }>
}

interface Options {
  root: string
  rounds: number
  idleWaitMs: number
  timeoutMs: number
  fixturesFile: string
  onSpawn(pid: number): void
}

function command(kind: StartupKind, port: number, fixturesFile: string): string[] {
  if (kind === 'bare') return ['bench/bare-server.mjs', fixturesFile, String(port)]
  const args = ['dist/bin.js', 'serve', '--port', String(port), '--host', HOST, '--quiet', '--chaos', '0']
  return kind === 'ours-rg' ? [...args, '--api', 'resource-guru'] : args
}

/**
 * Polls one probe until it answers 200: on a refused connection it retries at the server's next output line (its
 * "listening" line) or after 5 ms, whichever comes first, so the poll adds at most a few ms and hardly any CPU.
 */
async function firstOk(
  child: Child,
  port: number,
  probe: Probe,
  t0: number,
  deadline: number,
): Promise<{ ms: number; response: RawResponse }> {
  let last = 'no answer'
  let exited = false
  void child.exited.then(() => (exited = true))
  while (!exited && performance.now() < deadline) {
    try {
      const response = await fetchRaw(port, probe.path, {
        headers: probe.headers,
        timeoutMs: Math.max(1, deadline - performance.now()),
      })
      const ms = performance.now() - t0
      if (response.status === 200) return { ms, response }
      last = `${response.status}: ${response.body.toString().slice(0, 200)}`
      await sleep(5)
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
      await child.nextOutput(5)
    }
  }
  throw new Error(
    `${child.name}: GET ${probe.path} gave no 200 (last: ${last})${exited ? ' — the server exited' : ''}. Output:\n${child.output()}`,
  )
}

async function startOnce(
  kind: StartupKind,
  round: number,
  options: Options,
): Promise<{ run: StartupRun; responses: Map<Probe, RawResponse> }> {
  const port = await freePort()
  const args = command(kind, port, options.fixturesFile)
  const probes = kind === 'ours-rg' ? RG_ALONE : ALL_FOUR
  const t0 = performance.now()
  const child = spawnChild(kind, process.execPath, args, { cwd: options.root })
  options.onSpawn(child.pid)
  try {
    const answers = await Promise.all(probes.map((p) => firstOk(child, port, p, t0, t0 + options.timeoutMs)))
    const readyMs = Math.max(...answers.map((a) => a.ms))
    const cpuMs = cpuSeconds(child.pid) * 1000
    await sleep(options.idleWaitMs)
    const run: StartupRun = {
      kind,
      round,
      warmup: round === 0,
      pid: child.pid,
      command: `node ${args.join(' ')}`,
      readyMs,
      perApiMs: Object.fromEntries(probes.map((p, i) => [p.api, answers[i]?.ms ?? NaN])),
      cpuMs,
      idle: memory(child.pid),
    }
    return { run, responses: new Map(probes.map((p, i) => [p, answers[i]?.response as RawResponse])) }
  } finally {
    await stopChild(child)
  }
}

/** Headers node:http adds by itself to every response: not part of the replayed fixture. */
const AUTO_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

/**
 * One discarded warm-up round, then `rounds` rounds, each starting the three servers one after the other (the order
 * reversed every other round). The bare server replays the four responses our server gave in the warm-up round.
 */
export async function measureStartup(options: Options): Promise<StartupSummary> {
  const runs: StartupRun[] = []
  const order: StartupKind[] = ['ours-all', 'bare', 'ours-rg']
  for (let round = 0; round <= options.rounds; round++) {
    const kinds = round % 2 === 1 ? [...order].reverse() : order
    const line: string[] = []
    for (const kind of kinds) {
      const { run, responses } = await startOnce(kind, round, options)
      if (round === 0 && kind === 'ours-all') {
        const fixtures = Object.fromEntries(
          [...responses].map(([probe, r]) => [
            probe.path,
            {
              status: r.status,
              headers: headerPairs(r.rawHeaders).filter(([k]) => !AUTO_HEADERS.has(k.toLowerCase())),
              body: r.body.toString('base64'),
            },
          ]),
        )
        writeFileSync(options.fixturesFile, JSON.stringify(fixtures))
      }
      runs.push(run)
      line.push(`${STARTUP_LABEL[kind]} ${run.readyMs.toFixed(0)} ms / ${run.idle.rssMB.toFixed(0)} MB`)
    }
    console.log(`  ${round === 0 ? 'warm-up (discarded)' : `round ${round}`}: ${line.join(' · ')}`)
  }
  const measured = runs.filter((r) => !r.warmup)
  const med = (kind: StartupKind) => {
    const of = measured.filter((r) => r.kind === kind)
    return {
      readyMs: median(of.map((r) => r.readyMs)),
      cpuMs: median(of.map((r) => r.cpuMs)),
      idleRssMB: median(of.map((r) => r.idle.rssMB)),
    }
  }
  return {
    rounds: options.rounds,
    idleWaitMs: options.idleWaitMs,
    runs,
    median: { 'ours-all': med('ours-all'), 'ours-rg': med('ours-rg'), bare: med('bare') },
  }
}
