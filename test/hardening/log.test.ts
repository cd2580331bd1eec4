/**
 * Logs a client cannot forge or flood: everything a client puts into a conduct finding (its login, the request, the
 * message) is escaped and cut, and one client breaking the same rule again and again is one finding with a repeat
 * count, logged once per window. `escapeForLog` is exported for the request log lines as well.
 */
import { describe, expect, it } from 'vitest'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import type { ConductFinding } from '../../src/conduct/tracker.ts'
import { escapeForLog, LOG_VALUE_MAX_LENGTH } from '../../src/core/log-safe.ts'
import { serve } from '../../src/cli/serve.ts'
import { catalog as registry } from '../../mocks/catalog.ts'
import { BASE, conductReport, longLogin, request, SI_EVENT, scheduleitEngine } from './floods.ts'
import { atOnce } from '../support/at-once.ts'

// Anything a terminal or a line-based log reader would act on.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

describe('escapeForLog', () => {
  it.each([
    [
      'CR and LF (forged lines)',
      'login:a\r\n2024-01-01T00:00:00.000Z misconduct by login:admin',
      'login:a\\r\\n2024-01-01T00:00:00.000Z misconduct by login:admin',
    ],
    ['ESC sequences (terminal control)', 'x\u001b[2J\u001b]0;pwned\u0007', 'x\\x1b[2J\\x1b]0;pwned\\x07'],
    ['NUL, TAB, DEL', 'a\u0000b\tc\u007f', 'a\\x00b\\tc\\x7f'],
    ['C1 controls (8-bit CSI, NEL)', 'a\u009b31mb\u0085c', 'a\\x9b31mb\\x85c'],
    [
      'Unicode line separators and bidi overrides',
      'a\u2028b\u2029c\u202edcba\u2066',
      'a\\u{2028}b\\u{2029}c\\u{202e}dcba\\u{2066}',
    ],
    ['a backslash, so an escape in the output is never typed text', 'a\\nb', 'a\\\\nb'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeForLog(input)).toBe(expected)
    expect(escapeForLog(input)).not.toMatch(CONTROL)
  })

  it('returns plain short text as it is', () => {
    const text = 'GET /api/events?fields=id,title&search_date_modified=%3E2024-05-30 — ünïcödé ✓ 😀'
    expect(escapeForLog(text)).toBe(text)
  })

  it('cuts long text, saying how much was dropped, without splitting a character or an escape', () => {
    const long = 'x'.repeat(10_000)
    expect(escapeForLog(long)).toBe(`${'x'.repeat(LOG_VALUE_MAX_LENGTH)}…[+${10_000 - LOG_VALUE_MAX_LENGTH} chars]`)
    expect(escapeForLog('ab😀cd', 3)).toBe('ab…[+4 chars]')
    expect(escapeForLog('ab\u001bcd', 4)).toBe('ab…[+3 chars]')
    expect(escapeForLog(`${'\n'.repeat(5_000)}`, 100).length).toBeLessThanOrEqual(100 + 20)
  })

  it('escapes non-strings too', () => {
    expect(escapeForLog(42)).toBe('42')
    expect(escapeForLog(new Error('a\nb'))).toBe('Error: a\\nb')
  })
})

describe('conduct findings are safe to log', () => {
  it('escapes and bounds the client key, the request and the message of every finding', () => {
    const lines: string[] = []
    const o = scheduleitEngine({ conduct: { onFinding: (f) => lines.push(cliLine(f)) } })
    // A Basic user name ends at its first colon, so the forged line has none.
    const evil = `12345_eve\r\nFORGED misconduct by login.12345_demo [forged]\u001b[2J\u0007${'A'.repeat(8192)}`
    const headers = { authorization: basicAuthorization(evil, 'wrong') }
    atOnce(o.engine.handle(request('GET', SI_EVENT, headers), BASE))
    atOnce(o.engine.handle(request('GET', `${SI_EVENT}`, headers, { rawQuery: `x=${'%0D%0A'.repeat(2000)}` }), BASE))
    expect(lines).toHaveLength(1)
    const [line] = lines as [string]
    expect(line).not.toMatch(CONTROL)
    expect(line.length).toBeLessThan(1200)
    expect(line).toContain(
      'misconduct by login:12345_eve\\r\\nFORGED misconduct by login.12345_demo [forged]\\x1b[2J\\x07AAA',
    )
    const [finding] = o.engine.conductFindings as [ConductFinding]
    expect(finding.client).toMatch(/AAA…#[0-9a-z]+$/) // the 8 KB rest kept as a hash
    expect(finding.client.length).toBeLessThanOrEqual(200)
    for (const field of [finding.client, finding.message, finding.request]) expect(field).not.toMatch(CONTROL)
    expect(finding.request).toMatch(/…\[\+\d+ chars\]$/)
  })

  it('logs 20,000 repeats of one bad 8 KB login once per rule and window, with a repeat count', () => {
    let lines = 0
    let bytes = 0
    const o = scheduleitEngine({
      conduct: {
        onFinding: (f) => {
          lines++
          bytes += Buffer.byteLength(`${cliLine(f)}\n`)
        },
      },
    })
    const headers = { authorization: basicAuthorization(longLogin(1, 8192), 'wrong') }
    for (let i = 0; i < 20_000; i++) {
      atOnce(o.engine.handle(request('GET', SI_EVENT, headers), BASE))
      o.clock.advance(5) // 20,000 requests in 100 s: two 60-second windows
    }
    // Two rules broken (wait an hour after a 403; stop after 3 errors), each logged once per window.
    expect(lines).toBe(4)
    // Old code: 39,996 lines, 318 MB.
    expect(bytes).toBeLessThan(8 * 1024)
    const report = conductReport(o.engine).body
    expect(report.totals?.breaches).toBe(19_999 + 19_997)
    expect(report.findings.map((f) => [f.rule, f.repeats])).toEqual([
      ['wait-after-400-403', 11_999], // requests 1-12,000 (the first got the 403)
      ['stop-after-3-errors', 11_999], // requests 3-12,002
      ['wait-after-400-403', 7_998], // a new window from 60 s on
      ['stop-after-3-errors', 7_996],
    ])
    // 20,000 exchanges take a few seconds alone; on a machine shared with other test files, several times that.
  }, 120_000)

  it('prints findings through npm start without control characters (node server, port 0)', async () => {
    const lines: string[] = []
    const started = await serve(registry, ['--port', '0', '--quiet', '--api', 'scheduleit', '--chaos', '0'], {}, (l) =>
      lines.push(l),
    )
    try {
      const headers = {
        authorization: basicAuthorization(`12345_x\r\nFAKE LINE\u001b[31m${'y'.repeat(4000)}`, 'wrong'),
      }
      for (let i = 0; i < 50; i++)
        expect((await fetch(`${started?.url}/api/events/1000`, { headers })).status).toBe(403)
      const findings = lines.filter((l) => l.includes(' misconduct by '))
      expect(findings).toHaveLength(2) // two rules, each once however often it is broken within the minute
      for (const line of findings) {
        expect(line).not.toMatch(CONTROL)
        expect(line.length).toBeLessThan(1200)
        expect(line).toContain('misconduct by login:12345_x\\r\\nFAKE LINE\\x1b[31myyy')
      }
    } finally {
      await started?.close()
    }
  })
})

/** The line `npm start` prints for a finding (src/cli/serve.ts). */
function cliLine(f: ConductFinding): string {
  return `${f.at} misconduct by ${f.client} [${f.rule}] ${f.message} — ${f.request}`
}
