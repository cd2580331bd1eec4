/**
 * `scheduling-api-mocks proxy` as users run it: the built bin, spawned, in front of our mock. It prints each exchange
 * and its violations as they happen, and on SIGTERM writes the report (JSON and HTML) and says where, then exits 0.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../mocks/node.ts'
import type { ProxyReport } from '../../src/proxy/report.ts'
import { BASIC, schemaProblems, send } from './support.ts'

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))

let mock: RunningServer
let dir: string
beforeAll(async () => {
  mock = await startServer({ apis: ['resource-guru'], port: 0 })
  dir = mkdtempSync(join(tmpdir(), 'proxy-report-'))
})
afterAll(async () => {
  await mock.close()
  rmSync(dir, { recursive: true, force: true })
})

it('prints violations as they happen, and writes the report on SIGTERM', async () => {
  const reportDir = join(dir, 'reports')
  const child = spawn(
    process.execPath,
    [
      BIN,
      'proxy',
      '--api',
      'resource-guru',
      '--upstream',
      `${mock.url}/resource-guru`,
      '--port',
      '0',
      '--report-dir',
      reportDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const found = pattern.exec(output)
        if (found) {
          child.stdout.off('data', check)
          resolve(found)
        }
      }
      child.stdout.on('data', check)
      check()
      void exited.then((code) => reject(new Error(`exited ${code} before printing ${pattern}: ${output}`)))
    })

  const url = (await waitFor(/listening on (http:\/\/\S+)[\s\S]*on exit \(Ctrl-C\)\n/))[1] as string
  expect(output).toContain(`forwarding to ${mock.url}/resource-guru, unchanged`)
  expect(output).toContain(`drift report: ${url}/__proxy/report (.json, .html); written to ${reportDir} on exit`)

  expect((await send(`${url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })).status).toBe(200)
  const invalid = await send(`${url}/v1/example-corp/clients`, {
    method: 'POST',
    headers: { authorization: BASIC, 'content-type': 'application/json' },
    body: '{"name":42}',
  })
  expect(invalid.status).toBe(422)
  await waitFor(
    /POST \/v1\/example-corp\/clients → 422 createClient \(\d+ ms\): 1 violation\n {2}request body\.name: must be string \(found 42\)\n/,
  )
  expect(output).toMatch(/\d\d:\d\d:\d\d\.\d{3} GET \/v1\/example-corp\/clients → 200 listClients \(\d+ ms\)\n/)

  child.kill('SIGTERM')
  const [, json, html] = (await waitFor(
    /Drift report written to (\S+\.json) and (\S+\.html): 2 exchanges, 1 with violations \(1 distinct\)\./,
  )) as unknown as string[]
  expect(await exited).toBe(0)
  expect(json?.startsWith(join(reportDir, 'proxy-resource-guru-'))).toBe(true)
  expect(existsSync(html as string)).toBe(true)
  const report = JSON.parse(readFileSync(json as string, 'utf8')) as ProxyReport
  expect(schemaProblems(report)).toEqual([])
  expect(report.operations.find((op) => op.operationId === 'createClient')?.violations[0]).toMatchObject({
    kind: 'request',
    rule: 'type',
    path: 'body.name',
    message: 'must be string',
    examples: [{ request: 'POST /v1/example-corp/clients', status: 422, path: 'body.name', excerpt: '42' }],
  })
  expect(readFileSync(html as string, 'utf8')).toContain('createClient')
}, 30_000)
