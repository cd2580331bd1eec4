/**
 * Starts `prism mock <spec>` on a free port for a stateless contract run, and waits for its "Prism is listening" line
 * rather than a fixed time (start-up is ≈ 3 s for ~100 operations, far more for deep `$ref` graphs; see
 * shared/research/prism-compat.md §7).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { ProvidedTarget } from './suite.ts'

export interface StartPrismOptions {
  spec: string
  /** Default: a free port. */
  port?: number
  /** How long to wait for the listening line (default 60 s). */
  timeoutMs?: number
  /** The prism executable (default node_modules/.bin/prism of this project). */
  bin?: string
}

export const DEFAULT_PRISM_BIN = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url))

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
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

/**
 * @example
 * const prism = await startPrism({ spec: 'specs/acme/openapi.yaml' })
 * // … prism.baseUrl …
 * await prism.close()
 */
export async function startPrism(options: StartPrismOptions): Promise<ProvidedTarget & { close(): Promise<void> }> {
  const bin = options.bin ?? DEFAULT_PRISM_BIN
  if (!existsSync(bin))
    throw new Error(`Prism is not installed at ${bin}: run npm install (it is a devDependency, @stoplight/prism-cli)`)
  const port = options.port ?? (await freePort())
  const timeoutMs = options.timeoutMs ?? 60_000
  // Spawned directly (not through npx) so the pid is Prism's own and kill() stops it.
  const child = spawn(bin, ['mock', options.spec, '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `Prism did not print "Prism is listening" within ${timeoutMs / 1000} s. Its output:\n${output.slice(-2000)}`,
            ),
          ),
        timeoutMs,
      )
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Prism is listening')) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`Prism exited (code ${code}) before listening. Its output:\n${output.slice(-2000)}`))
      })
    })
  } catch (error) {
    await close()
    throw error
  }
  // Keep draining its per-request log (unread) so the pipe never fills up.
  child.stdout.removeAllListeners('data')
  child.stderr.removeAllListeners('data')
  child.stdout.resume()
  child.stderr.resume()
  return { baseUrl: `http://127.0.0.1:${port}`, kind: 'prism', close }
}
