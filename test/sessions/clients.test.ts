/**
 * The session reaches every way of talking to the mock: MSW handlers (`createHandlers({ session })`, a mock's
 * `sessionHandlers`), the typed clients' `session` option (token requests included) and the contract runner's
 * `--session`.
 */
import { fileURLToPath } from 'node:url'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalog } from '../../mocks/catalog.ts'
import { createHandlers, createMock } from '../../mocks/scheduleit/entry.ts'
import { createClient as createSdClient } from '../../mocks/screendragon/entry.ts'
import { SCREENDRAGON_DEFAULTS as SD } from '../../mocks/screendragon/index.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { parseContractArgs } from '../../src/contract/cli.ts'
import { createContractClient } from '../../src/contract/client.ts'

const SI_BASE = 'https://www.scheduleit.co.uk'
const SI_AUTH = { authorization: basicAuthorization('12345_demo', 'secret') }

async function addEvent(base: string, title: string): Promise<number> {
  const response = await fetch(`${base}/api/events`, {
    method: 'POST',
    headers: { ...SI_AUTH, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ title, owner: '100', date_start: '2030-06-03 09:00', date_end: '2030-06-03 10:00' }),
  })
  expect(response.status).toBe(200)
  return Number(((await response.json()) as { id: string }).id)
}

describe('MSW handlers', () => {
  it('answer in the session given, each with its own records, over one engine', async () => {
    const mock = createMock()
    const base = `${mock.engine.plugin.document.servers?.[0]?.url ?? SI_BASE}`.replace(/\/+$/, '')
    const server = setupServer(...mock.sessionHandlers('test-a'))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const first = await addEvent(base, 'in test-a')
      server.resetHandlers(...mock.handlers)
      // The default session continues from the seed: the same id again, a different record.
      expect(await addEvent(base, 'in default')).toBe(first)
      const inA = JSON.parse(String(mock.engine.control('GET', 'requests', 'session=test-a').body)) as {
        requests: unknown[]
      }
      expect(inA.requests).toHaveLength(1)
      expect(mock.engine.log).toHaveLength(1)
      expect(mock.engine.sessions().map((s) => s.name)).toEqual(['default', 'test-a'])
    } finally {
      server.close()
    }
  })

  it('createHandlers({ session }) refuses a bad name at once', () => {
    expect(() => createHandlers({ session: 'no spaces' })).toThrow(/createHandlers: The session name "no spaces"/)
    expect(createHandlers({ session: 'job-1' }).length).toBeGreaterThan(0)
  })
})

describe('over HTTP', () => {
  let started: StartedServer
  beforeAll(async () => {
    started = (await serve(catalog, ['--port', '0', '--quiet', '--chaos', '0'], {}, () => {})) as StartedServer
  })
  afterAll(() => started.close())

  it('keeps sessions per API on a multi-API serve: the header creates a session of the API it is sent to only', async () => {
    const base = `${started.url}/scheduleit`
    const response = await fetch(`${base}/api/events/1000`, { headers: { ...SI_AUTH, 'x-mock-session': 'only-si' } })
    expect(response.status).toBe(200)
    const names = async (api: string) =>
      (
        (await (await fetch(`${started.url}/__mock/${api}/sessions`)).json()) as { sessions: { name: string }[] }
      ).sessions.map((s) => s.name)
    expect(await names('scheduleit')).toContain('only-si')
    expect(await names('proworkflow')).not.toContain('only-si')
    // POST /__mock/reset with the header resets that session in every API.
    const reset = (await (
      await fetch(`${started.url}/__mock/reset`, { method: 'POST', headers: { 'x-mock-session': 'only-si' } })
    ).json()) as { reset: { api: string; session?: string }[] }
    expect(reset.reset.every((r) => r.session === 'only-si')).toBe(true)
  })

  it("the typed client's session carries its token requests and calls: the token is the session's own", async () => {
    const base = `${started.url}/screendragon`
    const sd = createSdClient({
      baseUrl: base,
      session: 'client-job',
      auth: { type: 'client_credentials', clientId: SD.clientId, clientSecret: SD.clientSecret },
    })
    const { response } = await sd.GET('/api/resource', { params: { query: { user: 456 } } })
    expect(response.status).toBe(200)
    const tokenCall = JSON.parse(
      String(
        (await fetch(`${started.url}/__mock/screendragon/requests?session=client-job`).then((r) => r.text())) ?? '',
      ),
    ) as { requests: { path: string }[] }
    expect(tokenCall.requests.map((r) => r.path)).toEqual(['/oauth/token', '/api/resource'])
    const inDefault = (await (await fetch(`${started.url}/__mock/screendragon/requests`)).json()) as {
      requests: unknown[]
    }
    expect(inDefault.requests).toHaveLength(0)
  })

  it('a contract run with --session sends every request in that session (the built bin)', async () => {
    const { execFile } = await import('node:child_process')
    const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url))
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^(RESOURCE_GURU|PROWORKFLOW|SCHEDULEIT|SCREENDRAGON|CONTRACT)_/.test(k),
      ),
    )
    const before = ((await (await fetch(`${started.url}/__mock/scheduleit/requests`)).json()) as { last: number }).last
    const code = await new Promise<number>((resolve) =>
      execFile(
        process.execPath,
        [
          bin,
          'contract',
          '--api',
          'scheduleit',
          '--base-url',
          `${started.url}/scheduleit`,
          '--session',
          'contract-job',
          '--operation',
          'getEvent',
        ],
        { env, timeout: 120_000 },
        (error) => resolve(error ? Number(error.code ?? 1) : 0),
      ),
    )
    expect(code).toBe(0)
    const inJob = (await (await fetch(`${started.url}/__mock/scheduleit/requests?session=contract-job`)).json()) as {
      requests: { operationId?: string }[]
    }
    expect(inJob.requests.some((r) => r.operationId === 'getEvent')).toBe(true)
    const inDefault = (await (await fetch(`${started.url}/__mock/scheduleit/requests`)).json()) as { last: number }
    expect(inDefault.last).toBe(before)
  })

  it('the contract client sends --session on every request, and the CLI checks the name', async () => {
    expect(
      parseContractArgs(['--api', 'scheduleit', '--base-url', 'http://x', '--session', 'ci-42'], ['scheduleit'])
        .session,
    ).toBe('ci-42')
    expect(() =>
      parseContractArgs(['--api', 'scheduleit', '--base-url', 'http://x', '--session', 'a b'], ['scheduleit']),
    ).toThrow(/--session: The session name "a b" is not valid/)
    const client = createContractClient({ baseUrl: `${started.url}/scheduleit`, session: 'ci-42' })
    const response = await client.send({ method: 'GET', path: '/api/events/1000', headers: SI_AUTH })
    expect(response.status).toBe(200)
    const log = (await (await fetch(`${started.url}/__mock/scheduleit/requests?session=ci-42`)).json()) as {
      requests: { path: string }[]
    }
    expect(log.requests.map((r) => r.path)).toEqual(['/api/events/1000'])
  })
})
