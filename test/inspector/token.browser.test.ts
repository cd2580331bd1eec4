/**
 * The inspector when the control plane needs a token (`serve --control-token`, and always beyond loopback), in a real
 * browser (Chromium, headless) against a real server on port 0: without a token the page says what to do; the token
 * in the URL's fragment (as serve prints the inspector's address) opens it and leaves the address bar; a wrong token
 * is refused with a message saying so, and the right one typed into the prompt then opens the page.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { catalog } from '../../mocks/catalog.ts'
import { launchBrowser, SCREENSHOTS, type TestBrowser } from '../support/browser.ts'
import { ensureInspectorBuilt } from '../support/inspector.ts'

const TOKEN = 'inspector-test-token-5b1e'

describe('the inspector with a control token', () => {
  let started: StartedServer
  let url: string
  let chrome: TestBrowser

  beforeAll(async () => {
    ensureInspectorBuilt()
    started = (await serve(
      catalog,
      ['--port', '0', '--quiet', '--api', 'scheduleit', '--control-token', TOKEN],
      {},
      () => {},
    )) as StartedServer
    url = started.url
    chrome = await launchBrowser()
  })
  afterAll(async () => {
    await chrome?.close()
    await started?.close()
  })

  // Each case in a new tab: the page keeps the token in the tab's sessionStorage.
  async function openTab(address: string): Promise<Page> {
    const page = await chrome.page()
    await page.goto(address)
    return page
  }
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
  const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText)
  const prompt = (page: Page) => page.waitForSelector('form.token input[name="token"]')
  const opened = (page: Page) => page.waitForSelector('[data-view="requests"]')

  it('the control plane refuses requests without the token (what the page meets)', async () => {
    const response = await fetch(`${url}/__mock/apis`)
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: string }).error).toMatch(/control token is missing or wrong/)
    expect((await fetch(`${url}/__mock/apis`, { headers: { 'x-mock-control-token': TOKEN } })).status).toBe(200)
  })

  it('without a token, asks for it and says where to find it', async () => {
    const page = await openTab(`${url}/__mock/`)
    await prompt(page)
    const shown = await text(page, 'form.token')
    expect(shown).toContain("This mock's control plane needs a token.")
    expect(shown).toContain('Paste the control token serve printed at start-up')
    expect(await page.$('form.token [role="alert"]')).toBeNull()
    await page.screenshot({ path: `${SCREENSHOTS}token-prompt.png` })
    await page.close()
  })

  it('with the token in the fragment, opens the inspector and takes the token out of the address', async () => {
    const page = await openTab(`${url}/__mock/#token=${TOKEN}`)
    await opened(page)
    expect(await text(page, 'header')).toContain('ScheduleIt')
    expect(await page.evaluate(() => location.href)).not.toContain(TOKEN)
    await page.close()
  })

  it('refuses a wrong token with a message saying so, then opens with the right one typed in', async () => {
    const page = await openTab(`${url}/__mock/#token=not-the-token`)
    await page.waitForSelector('form.token [role="alert"]')
    expect(await text(page, 'form.token [role="alert"]')).toBe(
      'The mock refused that token: it is not the control token this mock was started with. Check for a typo or a token from an earlier run.',
    )
    await page.screenshot({ path: `${SCREENSHOTS}token-refused.png` })
    await page.type('form.token input[name="token"]', TOKEN)
    await page.click('form.token button[type="submit"]')
    await opened(page)
    expect(await text(page, 'header')).toContain('ScheduleIt')
    await page.close()
  })

  it('raised no script error on the way (the refusals are answers, not failures)', () => {
    // The 403s themselves show as failed resource loads, which the browser support leaves out; anything else counts.
    expect(chrome.problems).toEqual([])
  })
})
