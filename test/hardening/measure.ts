/**
 * Prints heap and RSS growth for each flood of floods.ts, the conduct report's size with 20,000 clients and the log
 * bytes of 20,000 repeats of one bad 8 KB login. Not a test (figures vary by machine); for before/after comparisons:
 *
 *   node --expose-gc --import tsx test/hardening/measure.ts [flood…]
 */
import { basicAuthorization } from '../../src/auth/credentials.ts'
import type { ConductFinding } from '../../src/conduct/tracker.ts'
import {
  BASE,
  conductReport,
  floodAccessTokens,
  floodAuthorizationCodes,
  floodFailedLogins,
  floodPasswordGrants,
  longLogin,
  type Observed,
  request,
  resourceGuruEngine,
  SI_EVENT,
  scheduleitEngine,
  screendragonEngine,
  type TokenTable,
} from './floods.ts'

const gc = (globalThis as { gc?: () => void }).gc
const MB = 1024 * 1024

function memory(): { heap: number; rss: number } {
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return { heap: m.heapUsed, rss: m.rss }
}

const kept: unknown[] = []

function measure(
  name: string,
  setup: () => Observed<unknown>,
  flood: (o: Observed<unknown>) => void,
  tables: (o: Observed<unknown>) => unknown,
): void {
  const o = setup()
  const before = memory()
  const started = performance.now()
  flood(o)
  const ms = performance.now() - started
  const after = memory()
  kept.push(o) // keep the engine alive through the second measurement
  console.log(
    JSON.stringify({
      flood: name,
      heapMB: [+(before.heap / MB).toFixed(1), +(after.heap / MB).toFixed(1)],
      heapGrowthMB: +((after.heap - before.heap) / MB).toFixed(1),
      rssGrowthMB: +((after.rss - before.rss) / MB).toFixed(1),
      seconds: +(ms / 1000).toFixed(1),
      tables: tables(o),
    }),
  )
}

const tokens = (o: Observed<unknown>) =>
  (o.state() as { tokens: TokenTable }).tokens.sizes?.() ?? 'no sizes() (older code)'
const conductTotals = (o: Observed<unknown>) => {
  const { body } = conductReport(o.engine, 'limit=0')
  return body.totals ?? { clientsInReport: body.clients.length, findings: body.findings.length }
}

const floods: Record<string, () => void> = {
  'failed-logins': () =>
    measure(
      '100,000 distinct failed 1 KB ScheduleIt logins (conduct histories)',
      () => scheduleitEngine(),
      (o) => floodFailedLogins(o, 100_000, 1024),
      conductTotals,
    ),
  blocked: () =>
    measure(
      '50,000 distinct 1 KB logins × 2 with --block-misconduct (blocked clients)',
      () => scheduleitEngine({ conduct: { block: true } }),
      (o) => floodFailedLogins(o, 50_000, 1024, 2),
      conductTotals,
    ),
  'rate-limit': () =>
    measure(
      '100,000 distinct 1 KB logins under a per-login quota (rate-limit counters)',
      () => scheduleitEngine({ options: { rateLimit: 1000 } }),
      (o) => floodFailedLogins(o, 100_000, 1024),
      (o) => ({
        counters: o.policies().map((p) => (p as { size?: () => number }).size?.() ?? 'no size() (older code)'),
      }),
    ),
  'access-tokens': () =>
    measure(
      '200,000 Screendragon client-credentials tokens',
      () => screendragonEngine(),
      (o) => void floodAccessTokens(o, 200_000),
      tokens,
    ),
  codes: () =>
    measure(
      '200,000 anonymous Resource Guru authorize calls (codes)',
      () => resourceGuruEngine(),
      (o) => floodAuthorizationCodes(o, 200_000),
      tokens,
    ),
  'refresh-tokens': () =>
    measure(
      '50,000 Resource Guru password grants over 50 days (access + refresh tokens)',
      () => resourceGuruEngine(),
      (o) => floodPasswordGrants(o, 50_000),
      tokens,
    ),
  report: () => {
    const o = scheduleitEngine()
    floodFailedLogins(o, 20_000, 400, 2)
    const page = conductReport(o.engine)
    const all = conductReport(o.engine, 'limit=100000')
    console.log(
      JSON.stringify({
        flood: 'conduct report with 20,000 clients (400-char logins, 2 requests each)',
        defaultPageBytes: page.bytes,
        largestPageBytes: all.bytes,
        totals: page.body.totals ?? { clientsInReport: page.body.clients.length },
      }),
    )
  },
  'log-bytes': () => {
    let lines = 0
    let bytes = 0
    // The CLI's line for a finding (src/cli/serve.ts).
    const print = (f: ConductFinding) => {
      lines++
      bytes += Buffer.byteLength(`${f.at} misconduct by ${f.client} [${f.rule}] ${f.message} — ${f.request}\n`)
    }
    const o = scheduleitEngine({ conduct: { onFinding: print } })
    const headers = { authorization: basicAuthorization(longLogin(1, 8192), 'wrong') }
    for (let i = 0; i < 20_000; i++) {
      o.engine.handle(request('GET', SI_EVENT, headers), BASE)
      o.clock.advance(5) // 20,000 requests in 100 s, as a tight retry loop would send them
    }
    console.log(
      JSON.stringify({
        flood: '20,000 repeats of one bad 8 KB login (conduct log)',
        lines,
        bytes,
        MB: +(bytes / MB).toFixed(1),
      }),
    )
  },
}

if (!gc) console.log('(run with node --expose-gc for heap figures after a full GC)')
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(floods)) {
  const run = floods[name]
  if (!run) throw new Error(`unknown flood "${name}": ${Object.keys(floods).join(', ')}`)
  run()
  kept.length = 0
}
