/**
 * A real browser for the inspector's tests: Debian's Chromium (`apt-get install chromium`; .ci/run installs it),
 * driven by puppeteer-core, headless, with a fresh profile and everything that would reach the network off (the
 * machine has none). `CHROMIUM_PATH` points elsewhere (e.g. a local Chrome).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Where the screenshots go (git-ignored; CI keeps them as artefacts). */
export const SCREENSHOTS = fileURLToPath(new URL('../../reports/inspector/', import.meta.url))

export interface TestBrowser {
  browser: Browser
  /** A new page whose console errors, page errors and CSP refusals are collected in `problems`. */
  page(): Promise<Page>
  /** Every URL a page asked for. */
  requested: string[]
  problems: string[]
  close(): Promise<void>
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`,
    )
  const profile = mkdtempSync(join(tmpdir(), 'inspector-chromium-'))
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  })
  mkdirSync(SCREENSHOTS, { recursive: true })
  const requested: string[] = []
  const problems: string[] = []
  return {
    browser,
    requested,
    problems,
    async page() {
      const page = await browser.newPage()
      await page.setViewport({ width: 1400, height: 900 })
      page.on('request', (r) => requested.push(r.url()))
      page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`))
      page.on('console', (m) => {
        if (m.type() === 'error' && !/net::ERR_ABORTED|Failed to load resource/.test(m.text()))
          problems.push(`console: ${m.text()}`)
      })
      return page
    },
    async close() {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
