/**
 * Hardening, the control plane: only its owner may drive `/__mock/`. Before these fixes any web page could reset the
 * mock or read its request log (which carried `apikey=…`): `/__mock/*` answered `Access-Control-Allow-Origin: *` and
 * any preflight, did not check `Host` (DNS rebinding), and `--host 0.0.0.0` exposed it with no warning. Records' `url`
 * and `Location` copied the `Host` header unchecked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'
import { request } from 'node:http'

const RG_AUTH = { authorization: `Basic ${btoa('user@example.com:secret')}` }
const PWF = { authorization: `Basic ${btoa('demo@example.com:secret')}` }

/** A raw request, so that Host and Origin can be set as a browser or an attacker would. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const target = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('the control plane on loopback', () => {
  let started: StartedServer
  let origin: string
  beforeAll(async () => {
    started = (await serve(catalog, ['--port', '0', '--quiet', '--chaos', '0'], {}, () => {})) as StartedServer
    origin = started.url
  })
  afterAll(() => started.close())

  it('answers its owner (curl, a same-origin page) without CORS headers', async () => {
    const plain = await raw(`${origin}/__mock/resource-guru/state`)
    expect(plain.status).toBe(200)
    expect(plain.headers['access-control-allow-origin']).toBeUndefined()
    const sameOrigin = await raw(`${origin}/__mock/resource-guru/state`, {
      headers: { origin, 'sec-fetch-site': 'same-origin' },
    })
    expect(sameOrigin.status).toBe(200)
  })

  it.each([
    [
      'a page on another site (Origin)',
      { origin: 'https://evil.example' },
      /cross-origin requests may not drive the control plane/,
    ],
    [
      'a cross-site fetch (Sec-Fetch-Site)',
      { 'sec-fetch-site': 'cross-site' },
      /cross-site requests may not drive the control plane/,
    ],
    ['a sandboxed page (Origin: null)', { origin: 'null' }, /opaque origin/],
    ['DNS rebinding (Host of another name)', { host: 'evil.example:4010' }, /is not an address of this mock/],
  ])('refuses %s with a clear 403 and no CORS headers', async (_what, headers, message) => {
    for (const [method, path] of [
      ['POST', '/__mock/reset'],
      ['GET', '/__mock/proworkflow/requests'],
      ['OPTIONS', '/__mock/reset'],
    ] as const) {
      const response = await raw(`${origin}${path}`, {
        method,
        headers: { ...headers, 'access-control-request-method': 'POST' },
      })
      expect(response.status, `${method} ${path}`).toBe(403)
      expect((JSON.parse(response.body) as { error: string }).error).toMatch(message)
      expect(response.headers['access-control-allow-origin']).toBeUndefined()
    }
  })

  it('keeps CORS on the vendor paths', async () => {
    const response = await raw(`${origin}/resource-guru/v1/example-corp/resources`, {
      headers: { ...RG_AUTH, origin: 'http://localhost:5173' },
    })
    expect(response.status).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBe('*')
  })

  it('redacts credentials in the request log', async () => {
    await raw(`${origin}/proworkflow/contacts?apikey=11111-22222-33333-44444-55555&fields=name`, { headers: PWF })
    const log = (
      JSON.parse((await raw(`${origin}/__mock/proworkflow/requests`)).body) as { requests: { query: string }[] }
    ).requests
    const text = JSON.stringify(log)
    expect(text).not.toContain('11111-22222-33333-44444-55555')
    expect(log.at(-1)?.query).toBe('apikey=[redacted]&fields=name')
  })

  it("builds Location and records' url from its own address, not from an unchecked Host header", async () => {
    const created = await raw(`${origin}/resource-guru/v1/example-corp/clients`, {
      method: 'POST',
      headers: { ...RG_AUTH, host: 'evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Acme' }),
    })
    expect(created.status).toBe(201)
    expect(created.headers.location).toMatch(new RegExp(`^${origin}/resource-guru/v1/example-corp/clients/\\d+$`))
    expect((JSON.parse(created.body) as { url: string }).url).toMatch(new RegExp(`^${origin}/`))
    expect(created.body).not.toContain('evil.example')
  })
})

describe('the control plane with a token (as beyond loopback)', () => {
  let started: StartedServer
  const lines: string[] = []
  beforeAll(async () => {
    started = (await serve(
      catalog,
      [
        '--port',
        '0',
        '--quiet',
        '--api',
        'screendragon',
        '--control-token',
        's3cret',
        '--public-url',
        'http://mock.test:8080/',
      ],
      {},
      (l) => lines.push(l),
    )) as StartedServer
  })
  afterAll(() => started.close())

  it('refuses control requests without the token, and answers with it', async () => {
    const base = `http://127.0.0.1:${(started.server.address() as { port: number }).port}`
    const without = await raw(`${base}/__mock/screendragon/state`)
    expect(without.status).toBe(403)
    expect((JSON.parse(without.body) as { error: string }).error).toMatch(
      /control token is missing or wrong: send it as "x-mock-control-token: <token>"/,
    )
    expect(
      (await raw(`${base}/__mock/screendragon/state`, { headers: { 'x-mock-control-token': 'wrong' } })).status,
    ).toBe(403)
    expect(
      (await raw(`${base}/__mock/screendragon/state`, { headers: { 'x-mock-control-token': 's3cret' } })).status,
    ).toBe(200)
    expect(
      (await raw(`${base}/__mock/screendragon/state`, { headers: { authorization: 'Bearer s3cret' } })).status,
    ).toBe(200)
    // The public URL's host is one of the mock's names.
    expect(
      (
        await raw(`${base}/__mock/screendragon/state`, {
          headers: { host: 'mock.test:8080', 'x-mock-control-token': 's3cret' },
        })
      ).status,
    ).toBe(200)
  })

  it('prints the public URL and shows how to send the token', () => {
    expect(lines[0]).toBe('Mock APIs listening on http://mock.test:8080 (seed 1)')
    expect(lines.join('\n')).toContain(`with the header "x-mock-control-token: s3cret"`)
  })
})

describe('--host beyond loopback', () => {
  it('warns, generates a control token and prints it', async () => {
    const lines: string[] = []
    const started = (await serve(
      catalog,
      ['--port', '0', '--quiet', '--api', 'scheduleit', '--host', '0.0.0.0'],
      {},
      (l) => lines.push(l),
    )) as StartedServer
    try {
      const text = lines.join('\n')
      expect(text).toMatch(
        /warning: --host 0\.0\.0\.0 makes the mocks reachable from other machines at every address of this machine/,
      )
      const token = /needs a token there: "([\w-]+)" \(generated/.exec(text)?.[1]
      expect(token).toBeTruthy()
      const port = (started.server.address() as { port: number }).port
      expect((await raw(`http://127.0.0.1:${port}/__mock/scheduleit/state`)).status).toBe(403)
      expect(
        (
          await raw(`http://127.0.0.1:${port}/__mock/scheduleit/state`, {
            headers: { 'x-mock-control-token': token as string },
          })
        ).status,
      ).toBe(200)
    } finally {
      await started.close()
    }
  })
})
