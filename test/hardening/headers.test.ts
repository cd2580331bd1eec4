/**
 * Hardening, oversized headers: a 100 KB header used to get a 400 ("Malformed HTTP request"); it is a 431, in each
 * API's error shape, and the server goes on answering.
 */
import { request } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'

let started: StartedServer
beforeAll(async () => {
  started = (await serve(catalog, ['--port', '0', '--quiet', '--chaos', '0'], {}, () => {})) as StartedServer
})
afterAll(() => started.close())

function send(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { port } = new URL(started.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

it.each([
  [
    '/resource-guru/v1/example-corp/resources',
    (b: unknown) => expect(b).toEqual({ errors: ['The request headers are too large: send at most 16 KB of headers'] }),
  ],
  [
    '/proworkflow/contacts',
    (b: unknown) =>
      expect(b).toEqual({
        status: 'Error',
        details: ['The request headers are too large: send at most 16 KB of headers'],
      }),
  ],
  [
    '/scheduleit/api/events',
    (b: unknown) => expect(b).toMatchObject({ status: 'Request Header Fields Too Large', status_code: '431' }),
  ],
  [
    '/screendragon/api/resource',
    (b: unknown) => expect(b).toEqual({ error: 'The request headers are too large: send at most 16 KB of headers' }),
  ],
])("%s: a 100 KB header gets 431 in the API's error shape", async (path, check) => {
  const response = await send(path, { 'x-padding': 'x'.repeat(100 * 1024) })
  expect(response.status).toBe(431)
  check(JSON.parse(response.body))
  expect((await send('/', {})).status).toBe(200)
})
