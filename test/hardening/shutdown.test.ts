/**
 * Hardening, graceful shutdown: before, SIGTERM cut a streamed response mid-body (ECONNRESET). Now the bin stops
 * accepting connections, lets the responses under way finish, and exits 0.
 */
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))
const ROWS = 200_000

it('finishes a streamed response under way on SIGTERM, refuses new connections, then exits 0', async () => {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      '--api',
      'screendragon',
      '--port',
      '0',
      '--quiet',
      '--screendragon-daily-resourcing-rows',
      String(ROWS),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString()
      const found = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (found) resolve(found)
    })
    void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)))
  })
  const { port } = new URL(url)
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/resource/DailyResourcing',
        headers: { authorization: `Basic ${btoa('apikey:the_api_key')}` },
      },
      (res) => {
        expect(res.statusCode).toBe(200)
        const chunks: Buffer[] = []
        let signalled = false
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          if (!signalled) {
            // The first bytes are here, the rest is still to come: stop now.
            signalled = true
            res.pause()
            child.kill('SIGTERM')
            setTimeout(() => res.resume(), 300)
          }
        })
        res.on('end', () => resolve(Buffer.concat(chunks).toString()))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end()
  })
  // The whole body arrived: it parses, with every seeded row (the count the option asks for, give or take a day's rows).
  const rows = (JSON.parse(body) as { dataInfo: { Tables: unknown[] } }).dataInfo.Tables
  expect(rows.length).toBeGreaterThan(ROWS * 0.9)
  expect(await exited).toBe(0)
  expect(output).toMatch(/SIGTERM: no new connections; finishing the responses under way/)
  await expect(fetch(`http://127.0.0.1:${port}/api/resource?user=456`)).rejects.toThrow()
}, 60_000)
