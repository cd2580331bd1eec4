/**
 * The inspector in a real browser (Chromium, headless) against a real server on port 0: requests made with fetch
 * appear on the page without a reload, with their details and credentials redacted; a reset from the page resets the
 * state; a response forced from the page is what the next request gets; conduct findings, rate limits, the state and
 * the reference show. Each view is saved as a screenshot under reports/inspector/.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'
import { launchBrowser, SCREENSHOTS, type TestBrowser } from '../support/browser.ts'
import { ensureInspectorBuilt } from '../support/inspector.ts'

const RG = { authorization: `Basic ${btoa('user@example.com:secret')}` }
const RG_BASE = '/resource-guru/v1/example-corp'

describe('the inspector in a browser', () => {
  let started: StartedServer
  let url: string
  let chrome: TestBrowser
  let page: Page

  beforeAll(async () => {
    ensureInspectorBuilt()
    // A small body cap, so the 49 KB bookings list shows as cut.
    started = (await serve(
      catalog,
      ['--port', '0', '--quiet', '--chaos', '0', '--log-body-bytes', '4096'],
      {},
      () => {},
    )) as StartedServer
    url = started.url
    chrome = await launchBrowser()
    page = await chrome.page()
  })
  afterAll(async () => {
    await chrome?.close()
    await started?.close()
  })

  /** Opens a view and waits until the page says it hears changes live. */
  async function open(api: string, view: string): Promise<void> {
    await page.goto(`${url}/__mock/#/${api}/${view}`)
    await page.waitForSelector(`[data-view="${view}"]`)
    await page.waitForFunction(() => document.querySelector('[data-testid="live-mode"]')?.textContent?.includes('live'))
  }

  const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}${name}.png` })
  // The text as a person sees it (table cells apart, hidden elements left out): what the page shows, not its DOM.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
  const text = (selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText)

  it('shows new requests without a reload, with method, path, status, operation, client and duration', async () => {
    await open('resource-guru', 'requests')
    await fetch(`${url}${RG_BASE}/resources`, { headers: RG })
    await fetch(`${url}${RG_BASE}/bookings`, { headers: RG })
    await fetch(`${url}${RG_BASE}/clients?access_token=tok-12345`, {
      method: 'POST',
      headers: { ...RG, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Ltd', password: 'hunter2-secret' }),
    })
    await fetch(`${url}${RG_BASE}/no-such-thing`, { headers: RG })
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('table.log tbody tr')].some((tr) => tr.textContent?.includes('no-such-thing')),
      { timeout: 10_000 },
    )
    const rows = await page.$$eval('table.log tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    )
    // Newest first: # time method path status operation client ms.
    expect(rows.map((r) => [r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['GET', `/v1/example-corp/no-such-thing`, '404', '—', '—'],
      ['POST', '/v1/example-corp/clients?access_token=[redacted]', '201', 'createClient', 'user:1'],
      ['GET', '/v1/example-corp/bookings', '200', 'listBookings', 'user:1'],
      ['GET', '/v1/example-corp/resources', '200', 'listResources', 'user:1'],
    ])
    for (const row of rows) expect(Number(row[7])).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(rows)).not.toContain('tok-12345')
  })

  it('shows an exchange with its headers and bodies, credentials redacted and a large body cut with its size', async () => {
    await page.click('table.log tbody tr:nth-child(2)') // the POST
    await page.waitForSelector('[data-testid="request-body"]')
    const detail = await text('[data-testid="exchange-detail"]')
    expect(detail).toContain('authorization')
    expect(detail).toContain('Basic [redacted]')
    expect(detail).toContain('"password": "[redacted]"')
    expect(detail).toContain('"name": "Acme Ltd"')
    expect(detail).not.toContain('hunter2')
    expect(detail).not.toContain('tok-12345')
    expect(detail).not.toContain(btoa('user@example.com:secret'))
    expect(await text('[data-testid="response-body"]')).toContain('"name": "Acme Ltd"')
    await shot('requests-detail')

    await page.click('table.log tbody tr:nth-child(3)') // the bookings list, over the 4 KB cap
    await page.waitForSelector('[data-testid="response-truncated"]')
    expect(await text('[data-testid="response-truncated"]')).toMatch(/the first 4\.0 KB of \d+\.\d KB are kept/)
    await shot('requests')
  })

  it('filters by status class, operation and client', async () => {
    await page.select('select[name="status"]', '4xx')
    await page.waitForFunction(() => document.querySelectorAll('table.log tbody tr').length === 1)
    expect(await text('table.log tbody')).toContain('404')
    await page.select('select[name="status"]', '')
    await page.select('select[name="operation"]', 'listBookings')
    await page.waitForFunction(() => document.querySelectorAll('table.log tbody tr').length === 1)
    expect(await text('table.log tbody')).toContain('listBookings')
    await page.select('select[name="operation"]', '')
    await page.type('input[name="client"]', 'user:1')
    await page.$eval('input[name="client"]', (e) => e.dispatchEvent(new Event('change')))
    await page.waitForFunction(() => document.querySelectorAll('table.log tbody tr').length === 3)
    // A new exchange that matches still arrives live; one that does not, does not.
    await fetch(`${url}${RG_BASE}/projects`, { headers: RG })
    await fetch(`${url}${RG_BASE}/projects`)
    await page.waitForFunction(() => document.querySelectorAll('table.log tbody tr').length === 4)
    expect(await text('table.log tbody tr:first-child')).toContain('listProjects')
  })

  it('resets the state to the seed from the Controls view', async () => {
    const clients = async () =>
      (
        (await (await fetch(`${url}/__mock/resource-guru/collections`)).json()) as {
          collections: { name: string; count: number }[]
        }
      ).collections.find((c) => c.name === 'accounts.example-corp.clients')?.count
    await fetch(`${url}${RG_BASE}/clients`, {
      method: 'POST',
      headers: { ...RG, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Another' }),
    })
    const grown = (await clients()) as number // the seed's clients, Acme Ltd (first test) and Another

    await open('resource-guru', 'state')
    await page.waitForSelector('li[data-name="accounts.example-corp.clients"]')
    expect(await text('li[data-name="accounts.example-corp.clients"] .count')).toBe(String(grown))
    await page.click('li[data-name="accounts.example-corp.clients"] button')
    await page.waitForSelector('[data-testid="records"]')
    expect(await text('[data-testid="records"]')).toContain('Another')
    expect(await text('[data-testid="seed"]')).toContain('Seed in use: 1')
    await shot('state')

    await open('resource-guru', 'controls')
    await page.click('[data-action="reset"]')
    await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('Reset resource-guru'))
    expect(await clients()).toBe(grown - 2)
    await open('resource-guru', 'state')
    await page.waitForFunction(
      (n) => document.querySelector('li[data-name="accounts.example-corp.clients"] .count')?.textContent === n,
      {},
      String(grown - 2),
    )
    await open('resource-guru', 'controls')
  })

  it('forces the next response from the Controls view, and the next request gets it, once', async () => {
    await page.waitForFunction(() => document.querySelectorAll('select[name="operation"] option').length > 10)
    await page.select('select[name="operation"]', 'listResources')
    await page.select('select[name="code"]', '429')
    await page.click('[data-action="force"]')
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="forced-queue"]')?.textContent?.includes('429 for listResources'),
    )
    await shot('controls')
    expect((await fetch(`${url}${RG_BASE}/clients`, { headers: RG })).status).toBe(200) // another operation: untouched
    expect((await fetch(`${url}${RG_BASE}/resources`, { headers: RG })).status).toBe(429)
    expect((await fetch(`${url}${RG_BASE}/resources`, { headers: RG })).status).toBe(200)
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="forced-queue"]')?.textContent?.includes('Nothing queued'),
    )
  })

  it('shows rate-limit windows per client', async () => {
    await open('resource-guru', 'rate-limits')
    await page.waitForSelector('[data-testid="rate-limit-clients"]')
    const row = await text('[data-testid="rate-limit-clients"] tbody tr')
    expect(row).toMatch(/user:1\s+\d+\s+\d+ of 200\s+\d\d:\d\d:\d\d/)
    await shot('rate-limits')
  })

  it('shows conduct findings, with the rule, the request and when the client may send again', async () => {
    await open('scheduleit', 'conduct')
    const wrong = { authorization: `Basic ${btoa('12345_demo:wrong')}` }
    await fetch(`${url}/scheduleit/api/groups`, { headers: wrong })
    await fetch(`${url}/scheduleit/api/groups?search_title=x`, { headers: wrong })
    await page.waitForSelector('[data-testid="conduct-findings"]', { timeout: 10_000 })
    const findings = await text('[data-testid="conduct-findings"]')
    expect(findings).toContain('wait-after-400-403')
    expect(findings).toContain('GET /api/groups?search_title=x')
    const clients = await text('[data-testid="conduct-clients"]')
    expect(clients).toMatch(/login:12345_demo\s+\d+\s+.*wait-after-400-403.*\s+in 60 min/)
    await shot('conduct')
  })

  it("renders the API's reference from its spec, with servers pointing at the mock, loading nothing from elsewhere", async () => {
    await open('screendragon', 'docs')
    const frame = await (await page.waitForSelector('iframe.docs'))?.contentFrame()
    await frame?.waitForSelector('.opblock', { timeout: 20_000 })
    const servers = await frame?.$eval('.servers select', (e) => (e as HTMLSelectElement).value)
    expect(servers).toBe(`${url}/screendragon`)
    expect(await frame?.$$eval('.opblock', (ops) => ops.length)).toBeGreaterThanOrEqual(5)
    await shot('docs')
    const elsewhere = chrome.requested.filter((u) => !u.startsWith(url) && !/^(data|blob):/.test(u))
    expect(elsewhere).toEqual([])
  })

  it('shows the session picked in its address: its own request log, live, and the picker lists the sessions', async () => {
    const inSession = { ...RG, 'x-mock-session': 'ci-9' }
    await fetch(`${url}${RG_BASE}/projects`, { headers: inSession })
    await page.goto(`${url}/__mock/?session=ci-9#/resource-guru/requests`)
    await page.waitForSelector('[data-view="requests"]')
    await page.waitForFunction(() => document.querySelector('[data-testid="live-mode"]')?.textContent?.includes('live'))
    await page.waitForFunction(() => document.querySelectorAll('table.log tbody tr').length === 1)
    // A request in another session does not show; the next one in this session does, without a reload.
    await fetch(`${url}${RG_BASE}/resources`, { headers: RG })
    await fetch(`${url}${RG_BASE}/downtimes`, { headers: inSession })
    await page.waitForFunction(
      () => [...document.querySelectorAll('table.log tbody tr')].some((tr) => tr.textContent?.includes('downtimes')),
      { timeout: 10_000 },
    )
    const paths = await page.$$eval('table.log tbody tr', (trs) =>
      trs.map((tr) => tr.querySelectorAll('td')[3]?.textContent),
    )
    expect(paths).toEqual(['/v1/example-corp/downtimes', '/v1/example-corp/projects'])
    const picker = await page.$eval('[data-testid="session"]', (select) => ({
      options: [...(select as HTMLSelectElement).options].map((o) => o.value),
      value: (select as HTMLSelectElement).value,
    }))
    expect(picker).toEqual({ options: ['default', 'ci-9'], value: 'ci-9' })
    await shot('session')
  })

  it('raised no script error and no content-security-policy refusal', () => {
    expect(chrome.problems).toEqual([])
  })
})
