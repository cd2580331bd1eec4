/**
 * The drift report endpoints under /__proxy/: JSON (by default, or by name) that conforms to the published schema,
 * one self-contained HTML page (for a browser's Accept, or by name), clearing, and refusal of other sites' pages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startProxy, startServer, type RunningProxy, type RunningServer } from '../../mocks/node.ts'
import type { ProxyReport } from '../../src/proxy/report.ts'
import { BASIC, schemaProblems, send } from './support.ts'

let mock: RunningServer
let proxy: RunningProxy
beforeAll(async () => {
  mock = await startServer({ apis: ['resource-guru'], port: 0 })
  proxy = await startProxy({ api: 'resource-guru', upstream: `${mock.url}/resource-guru`, port: 0 })
  await send(`${proxy.url}/v1/example-corp/clients`, { headers: { authorization: BASIC } })
  await send(`${proxy.url}/v1/example-corp/clients?limit=-1&access_token=hunter2`, {
    headers: { authorization: BASIC },
  })
  // Traffic is quoted in the page (here, as the excerpt of a body that lacks a name): text, never markup.
  await send(`${proxy.url}/v1/example-corp/clients`, {
    method: 'POST',
    headers: { authorization: BASIC, 'content-type': 'application/json' },
    body: JSON.stringify({ notes: '<img src=x onerror=alert(1)>' }),
  })
  await send(`${proxy.url}/v1/example-corp/nowhere`, { headers: { authorization: BASIC } })
  await proxy.settled()
})
afterAll(async () => {
  await proxy.close()
  await mock.close()
})

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

it('serves the report as JSON that conforms to the published schema, credentials redacted', async () => {
  for (const [path, accept] of [
    ['/__proxy/report', undefined],
    ['/__proxy/report', 'application/json'],
    ['/__proxy/report', '*/*'],
    ['/__proxy/report.json', BROWSER_ACCEPT],
  ] as const) {
    const answer = await send(`${proxy.url}${path}`, { headers: accept ? { accept } : {} })
    expect(answer.status, `${path} ${accept}`).toBe(200)
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
    const report = JSON.parse(answer.body.toString()) as ProxyReport
    expect(schemaProblems(report)).toEqual([])
    expect(report.totals).toMatchObject({ exchanges: 4, exchangesWithViolations: 3, unknownOperations: 1 })
    expect(answer.body.toString()).not.toContain('hunter2')
    expect(answer.body.toString()).toContain('access_token=[redacted]')
  }
})

it('serves it as one self-contained HTML page to a browser, the traffic escaped', async () => {
  for (const [path, accept] of [
    ['/__proxy/report', BROWSER_ACCEPT],
    ['/__proxy/report.html', undefined],
  ] as const) {
    const answer = await send(`${proxy.url}${path}`, { headers: accept ? { accept } : {} })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    const html = answer.body.toString()
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('listClients')
    expect(html).toContain('query.limit')
    // Offline: nothing to fetch, nothing to run.
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b|<[^>]+\s(src|href)=|@import|url\(/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('hunter2')
  }
})

it('refuses a page of another site, says what is there, and starts again on DELETE', async () => {
  const crossSite = await send(`${proxy.url}/__proxy/report.json`, { headers: { origin: 'https://evil.example' } })
  expect(crossSite.status).toBe(403)
  expect(crossSite.body.toString()).toContain('cross-origin requests may not drive the control plane')

  const unknown = await send(`${proxy.url}/__proxy/nothing`)
  expect(unknown.status).toBe(404)
  expect(JSON.parse(unknown.body.toString())).toMatchObject({
    available: expect.arrayContaining(['GET /__proxy/report.json', 'DELETE /__proxy/report']),
  })

  expect((await send(`${proxy.url}/__proxy/report`, { method: 'DELETE' })).status).toBe(204)
  const report = JSON.parse((await send(`${proxy.url}/__proxy/report.json`)).body.toString()) as ProxyReport
  expect(report.totals.exchanges).toBe(0)
  expect(report.operations).toEqual([])
})
