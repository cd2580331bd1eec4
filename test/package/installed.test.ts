/**
 * The package as a user meets it: `npm pack`, install the tarball into an empty project (with msw, vitest and
 * TypeScript from the registry, as a user would), then use the bin, the entry points and the types from there —
 * plain node, no tsx, no vitest transform.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const version = (name: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

let dir: string
let project: string
let tarball: string
let packed: { files: { path: string }[]; size: number; unpackedSize: number; entryCount: number }
const children: ChildProcess[] = []

/** Starts the installed bin and resolves with the URL its banner prints. */
function startBin(args: string[]): Promise<{ url: string; output: () => string; child: ChildProcess }> {
  const child = spawn(join(project, 'node_modules/.bin/scheduling-api-mocks'), args, {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner after 20 s:\n${out}`)), 20_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ url, output: () => out, child })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`the bin exited (${code}):\n${out}`)))
  })
}

const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
})

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sam-package-'))
  // --ignore-scripts: `npm test` has built dist/ already, and the `prepack` rebuild would pull dist/ from under the
  // test files running beside this one.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  })
  packed = (
    JSON.parse(stdout.slice(stdout.indexOf('['))) as (typeof packed & { filename: string })[]
  )[0] as typeof packed & { filename: string }
  tarball = join(dir, (packed as unknown as { filename: string }).filename)
  project = join(dir, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }))
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarball,
      `msw@${version('msw')}`,
      `vitest@${version('vitest')}`,
      `typescript@${version('typescript')}`,
      `@types/node@${version('@types/node')}`,
    ],
    { cwd: project, maxBuffer: 64 * 1024 * 1024 },
  )
}, 300_000)

afterAll(() => {
  for (const child of children) child.kill()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the packed package', () => {
  it('ships the built code, the specs, the report schemas and the README only', () => {
    const paths = packed.files.map((f) => f.path)
    expect(paths).toContain('dist/bin.js')
    expect(paths).toContain('dist/types/src/index.d.ts')
    expect(paths).toContain('README.md')
    expect(paths).toContain('schemas/proxy-report.schema.json')
    expect(paths).toContain('schemas/contract-report.schema.json')
    for (const api of ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']) {
      expect(paths).toContain(`specs/${api}/openapi.yaml`)
      expect(paths).toContain(`specs/${api}/openapi.gen.json`)
    }
    const unexpected = paths.filter(
      (p) =>
        !/^(dist\/|specs\/[^/]+\/openapi\.(yaml|gen\.json)$|schemas\/[\w-]+\.schema\.json$|README\.md$|package\.json$)/.test(
          p,
        ),
    )
    expect(unexpected).toEqual([])
    expect(paths.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([])
  })

  it('serves every API with `npx scheduling-api-mocks serve --port 0`', async () => {
    const { url, child } = await startBin(['serve', '--port', '0', '--quiet'])
    const checks: [string, Record<string, string>][] = [
      ['/resource-guru/v1/example-corp/resources', basic('user@example.com', 'secret')],
      ['/proworkflow/contacts', { ...basic('demo@example.com', 'secret'), apikey: '11111-22222-33333-44444-55555' }],
      ['/scheduleit/api/groups', basic('12345_demo', 'secret')],
      ['/screendragon/api/resource?user=456', basic('apikey', 'the_api_key')],
    ]
    for (const [path, headers] of checks) {
      const response = await fetch(`${url}${path}`, { headers })
      // ScheduleIt answers a random 2% with 429 under serve, as the vendor does; anything else is a failure.
      expect([200, ...(path.startsWith('/scheduleit') ? [429] : [])], path).toContain(response.status)
    }
    // The typed client from the package's client-only entry, pointed at the served mock: the OAuth2 password grant,
    // then a typed call. Run under resolve hooks that refuse the mock's dependencies: the client must load none.
    writeFileSync(
      join(project, 'client.mjs'),
      `import { createClient } from 'scheduling-api-mocks/resource-guru/client'
const rg = createClient({
  baseUrl: process.argv[2] + '/resource-guru',
  auth: { type: 'oauth2', clientId: 'the_client_id', clientSecret: 'the_client_secret', username: 'user@example.com', password: 'secret' },
})
const tokens = []
rg.on('token', (event) => tokens.push(event.grant))
const { data, response } = await rg.GET('/v1/me')
console.log(response.status, data.email, tokens.join())
`,
    )
    writeFileSync(
      join(project, 'no-mock-hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (/^(msw|@faker-js\\/|ajv|yaml)/.test(specifier)) throw new Error('the client-only entry loaded ' + specifier)
  return next(specifier, context)
}
`,
    )
    writeFileSync(
      join(project, 'no-mock.mjs'),
      `import { register } from 'node:module'
register('./no-mock-hooks.mjs', import.meta.url)
`,
    )
    const client = await run(process.execPath, ['--import', './no-mock.mjs', 'client.mjs', url], { cwd: project })
    expect(client.stdout.trim()).toBe('200 user@example.com password')
    const spec = (await (await fetch(`${url}/__mock/screendragon/openapi.json`)).json()) as {
      servers: { url: string }[]
    }
    expect(spec.servers[0]?.url).toBe(`${url}/screendragon`)
    child.kill()
  })

  it('serves the inspector from the installed package, and prints its URL', async () => {
    const { url, child, output } = await startBin(['serve', '--port', '0', '--quiet', '--api', 'scheduleit'])
    const page = await fetch(`${url}/__mock/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('_inspector/app.js')
    for (const file of ['app.js', 'app.css', 'docs.html', 'docs.js', 'swagger-ui-bundle.js', 'swagger-ui.css'])
      expect((await fetch(`${url}/__mock/_inspector/${file}`)).status, file).toBe(200)
    expect(output()).toContain(`Inspector: ${url}/__mock/`)
    child.kill()
  })

  it('runs an entry point under plain node with msw setupServer (ESM), and under require (CJS)', async () => {
    writeFileSync(
      join(project, 'msw.mjs'),
      `import { setupServer } from 'msw/node'
import { createHandlers } from 'scheduling-api-mocks/resource-guru'
const server = setupServer(...createHandlers())
server.listen({ onUnhandledRequest: 'error' })
const response = await fetch('https://api.resourceguruapp.com/v1/example-corp/resources', { headers: { authorization: 'Basic ' + btoa('user@example.com:secret') } })
console.log(response.status, (await response.json()).length > 0)
server.close()
`,
    )
    const esm = await run(process.execPath, ['msw.mjs'], { cwd: project })
    expect(esm.stdout.trim()).toBe('200 true')
    writeFileSync(
      join(project, 'require.cjs'),
      `const { createMock } = require('scheduling-api-mocks/screendragon')
const engine = require('scheduling-api-mocks')
const reportSchema = require('scheduling-api-mocks/proxy-report.schema.json')
const { startProxy } = require('scheduling-api-mocks/node')
console.log(typeof createMock, typeof engine.defineApi, createMock().engine.operations.length, reportSchema.properties.reportVersion.const, typeof startProxy)
`,
    )
    const cjs = await run(process.execPath, ['require.cjs'], { cwd: project })
    expect(cjs.stdout.trim()).toBe('function function 7 1 function')
  })

  it('serves a plug-in of your own, as the README shows ("Mock your own API")', async () => {
    writeFileSync(
      join(project, 'own-api.mjs'),
      `import { defineApi, json, startServer, createHandlers } from 'scheduling-api-mocks'
import { setupServer } from 'msw/node'
const mySpec = {
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1' },
  servers: [{ url: 'https://tiny.example' }],
  paths: { '/items': { get: { operationId: 'listItems', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array' } } } } } } } },
}
const tiny = defineApi({
  id: 'tiny',
  title: 'Tiny API',
  document: mySpec,
  defaults: {},
  createState: () => ({ items: [{ id: 1 }] }),
  inspect: (state) => ({ items: state.items.length }),
  handlers: { listItems: (ctx) => json(200, ctx.state.items) },
  verify: {},
  errorResponse: (error) => json(error.status, { error: error.messages[0] }),
  banner: (base) => ['Try: curl ' + base + '/items'],
})
const server = await startServer({ apis: [tiny], port: 0 })
const viaHttp = await fetch(server.url + '/tiny/items')
const missing = await fetch(server.url + '/tiny/nothing')
await server.close()
const msw = setupServer(...createHandlers(tiny))
msw.listen()
const viaMsw = await fetch('https://tiny.example/items')
msw.close()
console.log(viaHttp.status, JSON.stringify(await viaHttp.json()), missing.status, JSON.stringify(await missing.json()), viaMsw.status)
`,
    )
    const { stdout } = await run(process.execPath, ['own-api.mjs'], { cwd: project })
    expect(stdout.trim()).toBe('200 [{"id":1}] 404 {"error":"No operation matches GET /nothing"} 200')
  })

  it('type-checks user files that import the entry points and the generated types (nodenext and bundler)', async () => {
    // A browser test (no Node types): one vendor's entry and the MSW entry.
    writeFileSync(
      join(project, 'browser.ts'),
      `import type { components, paths } from 'scheduling-api-mocks/resource-guru'
import { createHandlers as rgHandlers, createMock, defaults } from 'scheduling-api-mocks/resource-guru'
import { ClientDutyError, createClient } from 'scheduling-api-mocks/scheduleit'
import { createHandlers } from 'scheduling-api-mocks/msw'
import { createClient as createPwfClient, type paths as PwfPaths } from 'scheduling-api-mocks/proworkflow/client'

type Booking = components['schemas']['Booking']
type ListBookings = paths['/v1/{account}/bookings']['get']
const booking: Pick<Booking, 'id'> = { id: 1 }
const account: string = defaults.account
const mock = createMock({ seed: 2 })
const handlers = [...rgHandlers(), ...createHandlers(['scheduleit', 'screendragon'])]
// A typed call: the path, its query and the answer are checked against the spec's types.
const si = createClient({ auth: { username: '12345_demo', password: 'secret' }, duties: { 'poll-every-20-minutes': false } })
const events = si.GET('/api/events', { params: { query: { fields: 'id,title', search_date_modified: '>2024-01-01' } } })
  .then(({ data }) => data?._embedded)
  .catch((error: unknown) => (error instanceof ClientDutyError ? error.retryAt : undefined))
// The client-only entry: the same typed client, without the mock.
const pwf = createPwfClient({ auth: { apiKey: 'k', username: 'u', password: 'p' }, baseUrl: 'http://localhost:4010/proworkflow' })
const contacts = pwf.GET('/contacts').then(({ data, response }) => (data ? response.status : 0))
type ListContacts = PwfPaths['/contacts']['get']
export { account, booking, contacts, events, handlers, mock }
export type { ListBookings, ListContacts }
`,
    )
    // A Node script: the engine (it includes the node:http server), the vendors' server and the contract runner.
    writeFileSync(
      join(project, 'node.ts'),
      `import { defineApi, type HandlerContext } from 'scheduling-api-mocks'
import { startServer } from 'scheduling-api-mocks/node'
import { runContract, type ContractReport } from 'scheduling-api-mocks/contract'
const server = await startServer({ apis: ['screendragon'], port: 0 })
const code: number = await runContract({ api: 'screendragon', baseUrl: server.url + '/screendragon' })
// Several APIs on one server, filtered, with reports (the options are typed: a wrong format is a compile error).
const filtered: number = await runContract({
  api: ['screendragon', 'scheduleit'],
  baseUrl: server.url,
  tags: ['OAuth'],
  excludeOperations: ['createToken'],
  reports: ['json', 'html'],
  reportDir: 'reports',
  progress: false,
})
await server.close()
const outcome: ContractReport['outcome'] = 'passed'
export { code, defineApi, filtered, outcome }
export type { HandlerContext }
`,
    )
    // msw's own declarations need the DOM library, in Node projects too (msw documents it).
    const configs = [
      {
        name: 'browser-nodenext',
        files: ['browser.ts'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        types: [] as string[],
        lib: ['ES2022', 'DOM'],
      },
      {
        name: 'browser-bundler',
        files: ['browser.ts'],
        module: 'esnext',
        moduleResolution: 'bundler',
        types: [],
        lib: ['ES2022', 'DOM'],
      },
      {
        name: 'node-nodenext',
        files: ['node.ts'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        types: ['node'],
        lib: ['ES2022', 'DOM'],
      },
    ]
    for (const { name, files, ...options } of configs) {
      writeFileSync(
        join(project, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: { strict: true, noEmit: true, target: 'ES2022', skipLibCheck: false, ...options },
          files,
        }),
      )
      const result = await run(
        process.execPath,
        [join(project, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`],
        { cwd: project },
      ).catch((error: { stdout: string }) => error)
      expect((result as { stdout: string }).stdout, name).toBe('')
    }
  }, 300_000) // three full type checks (skipLibCheck off) of about 30 s each on 2 cores, more under load

  it('prints `contract --help`, and one line saying to install vitest, in a project without vitest', async () => {
    // vitest is an optional peer, needed only to run the checks: resolve hooks refuse it, as if it were not installed.
    writeFileSync(
      join(project, 'no-vitest-hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (/^vitest(\\/|$)/.test(specifier)) {
    const error = new Error('Cannot find package ' + specifier)
    error.code = 'ERR_MODULE_NOT_FOUND'
    throw error
  }
  return next(specifier, context)
}
`,
    )
    writeFileSync(
      join(project, 'no-vitest.mjs'),
      `import { register } from 'node:module'
register('./no-vitest-hooks.mjs', import.meta.url)
`,
    )
    const bin = join(project, 'node_modules/scheduling-api-mocks/dist/bin.js')
    const help = await run(process.execPath, ['--import', './no-vitest.mjs', bin, 'contract', '--help'], {
      cwd: project,
    })
    expect(help.stdout).toContain('--base-url')
    const refused = await run(
      process.execPath,
      ['--import', './no-vitest.mjs', bin, 'contract', '--api', 'screendragon', '--base-url', 'http://127.0.0.1:9'],
      { cwd: project },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error)
    const { code, stderr } = refused as { code?: number; stdout: string; stderr: string }
    expect(code).toBe(2)
    expect(stderr.trim()).toBe('error: the contract checks run on vitest, which is not installed here: npm i -D vitest')
  })

  it('passes `npx scheduling-api-mocks contract --api screendragon` against the installed server', async () => {
    const { url, child } = await startBin(['serve', '--port', '0', '--quiet', '--api', 'screendragon'])
    const result = await run(
      join(project, 'node_modules/.bin/scheduling-api-mocks'),
      ['contract', '--api', 'screendragon', '--base-url', url],
      { cwd: project, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error)
    const { code = 0, stdout, stderr } = result as { code?: number; stdout: string; stderr: string }
    expect(code, `${stdout}\n${stderr}`).toBe(0)
    expect(stdout).toMatch(/^Passed: 1 API, 7 operations, \d+ checks: \d+ passed/m)
    child.kill()
  }, 180_000)
})
