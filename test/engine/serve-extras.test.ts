/**
 * What a user meets in the first hour of `serve`: preflights that allow `Authorization`, each spec published by the
 * running mock, only the served APIs loaded, and a request log that does not cost a write per request.
 */
import { Writable } from 'node:stream'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { ApiEntry } from '../../src/core/plugin.ts'
import { createLineWriter } from '../../src/cli/log-writer.ts'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'

describe('a served mock', () => {
  let started: StartedServer
  beforeAll(async () => {
    started = (await serve(catalog, ['--port', '0', '--quiet'], {}, () => {})) as StartedServer
  })
  afterAll(() => started.close())
  // The server runs in this test's own process, and parsing a whole spec's YAML blocks it for seconds on a loaded
  // machine: the next fetch would then reuse a keep-alive socket whose idle timeout is overdue on both sides, and the
  // server closes it under the request (ECONNRESET, seen in CI). A turn through the timers first lets both retire it.
  beforeEach(() => new Promise<void>((resolve) => setTimeout(resolve, 20)))

  it('answers a preflight with the request headers it asked for (browsers do not let * cover Authorization)', async () => {
    const response = await fetch(`${started.url}/resource-guru/v1/example-corp/resources`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, content-type, x-custom',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-custom')
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
  })

  it.each(['resource-guru', 'proworkflow', 'scheduleit', 'screendragon'])(
    'publishes the %s spec as JSON and YAML with servers pointing at the mock',
    async (api) => {
      const json = (await (await fetch(`${started.url}/__mock/${api}/openapi.json`)).json()) as {
        openapi: string
        servers: { url: string }[]
        paths: object
      }
      expect(json.openapi).toMatch(/^3\.1/)
      expect(json.servers).toEqual([{ url: `${started.url}/${api}`, description: 'This mock (scheduling-api-mocks)' }])
      const yamlResponse = await fetch(`${started.url}/__mock/${api}/openapi.yaml`)
      expect(yamlResponse.headers.get('content-type')).toBe('application/yaml; charset=utf-8')
      expect(parseYaml(await yamlResponse.text())).toEqual(json)
    },
  )
})

describe('serve --api', () => {
  it('loads only the API it serves', async () => {
    const loaded: string[] = []
    const watched = Object.fromEntries(
      Object.entries(catalog).map(([id, entry]): [string, ApiEntry] => [
        id,
        {
          ...entry,
          load: () => {
            loaded.push(id)
            return entry.load()
          },
        },
      ]),
    )
    const started = await serve(watched, ['--port', '0', '--quiet', '--api', 'screendragon'], {}, () => {})
    await started?.close()
    expect(loaded).toEqual(['screendragon'])
  })
})

describe('the request log writer', () => {
  it('writes lines in batches, in order, and everything on flush', async () => {
    const writes: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString())
        done()
      },
    })
    const writer = createLineWriter(sink)
    for (let i = 0; i < 1000; i++) writer.write(`line ${i}`)
    expect(writes).toEqual([]) // nothing written synchronously per line
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(writes.length).toBe(1)
    writer.write('last')
    writer.flush()
    expect(writes.join('').split('\n').filter(Boolean)).toEqual([
      ...Array.from({ length: 1000 }, (_, i) => `line ${i}`),
      'last',
    ])
  })

  it('writes at once when 64 KB are waiting, so a burst never holds much in memory', () => {
    const writes: string[] = []
    const sink = {
      write: (text: string) => {
        writes.push(text)
        return true
      },
    }
    const writer = createLineWriter(sink as unknown as Writable)
    for (let i = 0; i < 2000; i++) writer.write('x'.repeat(100))
    expect(writes.length).toBeGreaterThanOrEqual(3)
    writer.flush()
  })
})

describe('the request log writer on a file descriptor', () => {
  it('writes every line, in order, off the event loop, and drains before exit', async () => {
    const { mkdtempSync, openSync, readFileSync, closeSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const file = join(mkdtempSync(join(tmpdir(), 'log-writer-')), 'log.txt')
    const fd = openSync(file, 'w')
    const writer = createLineWriter(fd)
    for (let i = 0; i < 20_000; i++) writer.write(`line ${i} ${'x'.repeat(20)}`)
    await writer.drain()
    closeSync(fd)
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
    expect(lines).toHaveLength(20_000)
    expect(lines.every((line, i) => line.startsWith(`line ${i} `))).toBe(true)
  })
})
