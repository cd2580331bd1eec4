/**
 * Child-process plumbing for the benchmark: spawn servers in their own process group, remember them, and kill them
 * (group first, then the PID) at the end, on SIGINT/SIGTERM and on any error. Plus /proc readers for RSS and CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

export interface Child {
  name: string
  pid: number
  proc: ChildProcess
  /** The last ~8 KB of stdout+stderr, for error messages. */
  output(): string
  /** Bytes and lines ('\n') read from stdout so far (every byte is drained, whether kept or not). */
  stdoutBytes(): number
  stdoutLines(): number
  /** Resolves at the next chunk of output (or exit), or after `timeoutMs`, whichever comes first. */
  nextOutput(timeoutMs: number): Promise<void>
  exited: Promise<number | null>
  /** Resolves when `pattern` appears in the output; rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>
}

const children = new Set<Child>()

export function spawnChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Child {
  const proc = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (proc.pid === undefined) throw new Error(`could not start ${name}: ${command} ${args.join(' ')}`)
  let out = ''
  let outBytes = 0
  let outLines = 0
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    // Only the tail is kept: a request log can send megabytes, and decoding all of it would load the bench process.
    out = (out + (chunk.length > 8192 ? chunk.subarray(-8192) : chunk).toString('utf8')).slice(-8192)
    for (const l of listeners) l()
  }
  // Always drain the pipes: a full pipe would block the server's writes (stdout to a pipe is synchronous in Node).
  proc.stdout?.on('data', (chunk: Buffer) => {
    outBytes += chunk.length
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++
    onData(chunk)
  })
  proc.stderr?.on('data', onData)
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  const child: Child = {
    name,
    pid: proc.pid,
    proc,
    output: () => out,
    stdoutBytes: () => outBytes,
    stdoutLines: () => outLines,
    exited,
    nextOutput(timeoutMs) {
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          listeners.delete(done)
          resolve()
        }
        const timer = setTimeout(done, timeoutMs)
        listeners.add(done)
        void exited.then(done)
      })
    },
    waitFor(pattern, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const done = (error?: Error) => {
          clearTimeout(timer)
          listeners.delete(check)
          if (error) reject(error)
          else resolve()
        }
        const check = () => {
          if (pattern.test(out)) done()
        }
        const timer = setTimeout(
          () => done(new Error(`${name}: no ${pattern} in its output after ${timeoutMs} ms. Output:\n${out}`)),
          timeoutMs,
        )
        listeners.add(check)
        void exited.then((code) => done(new Error(`${name} exited (code ${code}) before ${pattern}. Output:\n${out}`)))
        check()
      })
    },
  }
  children.add(child)
  void exited.then(() => children.delete(child))
  return child
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function signal(child: Child, sig: NodeJS.Signals): void {
  for (const target of [-child.pid, child.pid]) {
    try {
      process.kill(target, sig)
    } catch {
      // already gone
    }
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process (and its group) is gone. */
export async function stopChild(child: Child, graceMs = 3000): Promise<void> {
  signal(child, 'SIGTERM')
  const killed = await Promise.race([
    child.exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), graceMs)),
  ])
  if (!killed || groupAlive(child.pid)) signal(child, 'SIGKILL')
  await child.exited
  children.delete(child)
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)))
}

/** Synchronous last resort (process 'exit'). */
export function killAllSync(): void {
  for (const child of children) signal(child, 'SIGKILL')
}

/** PIDs (or process groups) of children started by this run that still exist. */
export function leftovers(pids: number[]): number[] {
  return pids.filter((pid) => alive(pid) || groupAlive(pid))
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

export interface Memory {
  rssMB: number
  hwmMB: number
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 }
}

const CLK_TCK = 100 // Linux user-space HZ; `getconf CLK_TCK` is 100 on every mainstream kernel config

/** User+system CPU time of a process so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields from #3 (state) on
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK // utime (#14), stime (#15)
}
