/**
 * A real Redis for the Redis store's tests: Debian's `redis-server` binary on a free port of 127.0.0.1, in a temp dir of
 * its own (one per test file). It keeps an append-only file (`--appendonly yes`) and no RDB snapshots (`--save ""`), so
 * `restart()` — also after `kill()` — brings back every write Redis acknowledged: Redis writes the AOF buffer to the
 * file before it sends the replies, and a killed process leaves what it wrote in the OS page cache.
 *
 * The binary is required, not optional: CI installs it (`.ci/run`), so a missing binary fails the tests with what to
 * install rather than skipping them.
 *
 * @example
 * const redis = await startRedisServer()
 * afterAll(() => redis.stop())
 * // … new Redis(redis.url) …
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RedisServer {
  /** `redis://127.0.0.1:<port>/0` */
  readonly url: string
  readonly port: number
  readonly dir: string
  /** Shuts Redis down (SIGTERM, then SIGKILL after 5 s) and removes its dir. Safe to call twice. */
  stop(): Promise<void>
  /** SIGKILL: Redis dies at once, as in a crash; the dir stays for `restart()`. */
  kill(): Promise<void>
  /** Starts Redis again on the same port and dir (stopping it first if it runs) and waits until it answers PING. */
  restart(): Promise<void>
}

const live = new Set<ChildProcess>()
let exitHookInstalled = false

/** No Redis outlives its test process, even when a test file fails before its `afterAll`. */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL')
  })
}

function assertBinary(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed: run `apt-get install -y redis-server` (Debian). The Redis store tests run against a real Redis; .ci/run installs it in CI.',
    )
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** One PING over a raw socket: true on `+PONG` (not `-LOADING`, which a restarted Redis answers while it reads its AOF). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    let reply = ''
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      reply += chunk.toString()
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'))
    })
  })
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

function spawnRedis(port: number, dir: string): { child: ChildProcess; output: () => string } {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  live.add(child)
  child.once('exit', () => live.delete(child))
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => output }
}

/** Waits until the Redis on `port` answers PING, or fails with its output if it exited or took longer than 10 s. */
async function waitReady(port: number, started: { child: ChildProcess; output: () => string }): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(`redis-server on port ${port} exited (${started.child.exitCode}):\n${started.output()}`)
    }
    if (await ping(port)) return
    await new Promise((r) => setTimeout(r, 20))
  }
  started.child.kill('SIGKILL')
  throw new Error(`redis-server on port ${port} did not answer PING within 10 s:\n${started.output()}`)
}

/** Starts a Redis of its own for one test file (see the module comment). */
export async function startRedisServer(): Promise<RedisServer> {
  assertBinary()
  installExitHook()
  const dir = mkdtempSync(join(tmpdir(), 'sam-redis-'))
  // A port found free can be taken before Redis binds it (other test files run beside this one): try another.
  let port = 0
  let current: { child: ChildProcess; output: () => string } | undefined
  for (let attempt = 0; ; attempt++) {
    port = await freePort()
    current = spawnRedis(port, dir)
    try {
      await waitReady(port, current)
      break
    } catch (error) {
      if (attempt >= 2) {
        rmSync(dir, { recursive: true, force: true })
        throw error
      }
    }
  }
  let started = current
  let removed = false

  const halt = async (signal: NodeJS.Signals) => {
    const child = started.child
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(signal)
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL')
      await waitForExit(child, 5_000)
    }
  }

  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    dir,
    async stop() {
      await halt('SIGTERM')
      if (!removed) rmSync(dir, { recursive: true, force: true })
      removed = true
    },
    kill: () => halt('SIGKILL'),
    async restart() {
      await halt('SIGTERM')
      started = spawnRedis(port, dir)
      await waitReady(port, started)
    },
  }
}
