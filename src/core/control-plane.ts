/**
 * The control plane of one engine: the requests under `/__mock/<api>/` that inspect and steer the mock (state, reset,
 * the request log, conduct findings). A table of actions by method and name, so `available` in the 404 lists exactly
 * what is served. The adapters guard who may reach it (src/adapters/control-guard.ts).
 */
import { emptyConductReport, parseConductPage, type ConductTracker } from '../conduct/tracker.ts'
import { parseQuery } from '../http/query.ts'
import type { Clock } from './clock.ts'
import { clip } from './errors.ts'
import type { ExchangeLog } from './exchange-log.ts'
import { json } from './responses.ts'
import type { MockResponse } from './types.ts'

export interface ControlTarget {
  api: string
  clock: Clock
  log: ExchangeLog
  conduct: ConductTracker | undefined
  seed(): number
  inspect(): unknown
  reset(seed?: number): void
}

interface Action {
  method: string
  name: string
  /** How the action is listed, e.g. `POST reset[?seed=N]`. */
  usage: string
  run(target: ControlTarget, query: Record<string, string[]>): MockResponse
}

const ACTIONS: readonly Action[] = [
  {
    method: 'GET',
    name: 'state',
    usage: 'GET state',
    run: (t) => json(200, { api: t.api, seed: t.seed(), state: t.inspect() }),
  },
  {
    method: 'POST',
    name: 'reset',
    usage: 'POST reset[?seed=N]',
    run(t, query) {
      const requested = query.seed?.[0]
      const seed = requested === undefined ? undefined : Number(requested)
      if (seed !== undefined && !Number.isSafeInteger(seed))
        return json(400, { error: `seed must be a whole number, got "${clip(requested ?? '', 100)}"` })
      t.reset(seed)
      return json(200, { api: t.api, seed: t.seed(), reset: true })
    },
  },
  {
    method: 'GET',
    name: 'requests',
    usage: 'GET requests',
    run: (t) => json(200, { api: t.api, requests: t.log.entries() }),
  },
  {
    method: 'DELETE',
    name: 'requests',
    usage: 'DELETE requests',
    run(t) {
      t.log.clear()
      return json(200, { api: t.api, cleared: true })
    },
  },
  {
    method: 'GET',
    name: 'conduct',
    usage: 'GET conduct[?limit=N&offset=N]',
    run(t, query) {
      const page = parseConductPage(query)
      if (typeof page === 'string') return json(400, { error: page })
      return json(200, {
        api: t.api,
        ...(t.conduct ? t.conduct.report(t.clock.now(), page) : emptyConductReport(page)),
      })
    },
  },
  {
    method: 'DELETE',
    name: 'conduct',
    usage: 'DELETE conduct',
    run(t) {
      t.conduct?.clear()
      return json(200, { api: t.api, cleared: true })
    },
  },
]

/** Answers one control request. */
export function control(target: ControlTarget, method: string, name: string, rawQuery: string): MockResponse {
  const action = ACTIONS.find((a) => a.method === method && a.name === name)
  if (action) return action.run(target, parseQuery(rawQuery))
  return json(404, {
    error: `Unknown control request ${method} ${name}`,
    available: ACTIONS.map((a) => a.usage),
  })
}
