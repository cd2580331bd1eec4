/**
 * The control plane of one engine: the requests under `/__mock/<api>/` that inspect and steer the mock (state and
 * its collections, reset, the request log, conduct findings, rate limits, chaos, forced responses). The inspector
 * page uses exactly these, so a script can do whatever the page does. A table of actions by method and name, so
 * `available` in the 404 lists exactly what is served. The adapters guard who may reach it
 * (src/adapters/control-guard.ts).
 */
import { emptyConductReport, parseConductPage, type ConductTracker } from '../conduct/tracker.ts'
import { parseQuery } from '../http/query.ts'
import type { RateLimitPolicy } from '../rate-limit/policies.ts'
import type { Operation } from '../spec/openapi.ts'
import type { Clock } from './clock.ts'
import { clip } from './errors.ts'
import type { ExchangeFilter, ExchangeLog } from './exchange-log.ts'
import type { ForcedResponses } from './forced-responses.ts'
import { json } from './responses.ts'
import { collectionPage, DEFAULT_PAGE_SIZE, listCollections, MAX_PAGE_SIZE } from './state-browser.ts'
import type { SessionInfo } from './session.ts'
import type { MockResponse, Query } from './types.ts'

/** The engine's sessions, as the control plane steers them. */
export interface SessionControl {
  maxSessions: number
  ttlMs: number
  list(): SessionInfo[]
  /** Creates the session from the seed, or starts an existing one over from it. Throws on a bad name. */
  create(name: string, seed?: number): void
  /** Rebuilds an existing session's state (false when there is none). */
  reset(name: string, seed?: number): boolean
  delete(name: string): boolean
}

export interface ControlTarget {
  api: string
  /** The named session the request acts on (`X-Mock-Session` or `?session=`); absent for `default`. */
  session?: string
  clock: Clock
  log: ExchangeLog
  conduct: ConductTracker | undefined
  seed(): number
  inspect(): unknown
  reset(seed?: number): void
  /** The spec's operations (for forced responses and the inspector's forms). */
  operations?: readonly Operation[]
  forced?: ForcedResponses
  /** The live state, walked for its collections. */
  state?(): unknown
  /** The rate-limit policies in force. */
  policies?(): readonly RateLimitPolicy[]
  chaos?(): number
  setChaos?(probability: number): void
  /** Tells the live feed that something changed (a reset, a cleared log). */
  changed?(): void
  sessions?: SessionControl
  /** The session's whole state as a snapshot document. */
  snapshot?(): unknown
  /** Restores a snapshot document into the session; throws (a `SnapshotError`) saying what was expected. */
  restore?(document: unknown): void
}

interface Action {
  method: string
  /** The first segment after `/__mock/<api>/`. */
  name: string
  /** How the action is listed, e.g. `POST reset[?seed=N]`. */
  usage: string
  /** Whether it takes a further path segment (`requests/<id>`); without, it answers only its bare name. */
  sub?: 'optional' | 'required'
  run(target: ControlTarget, query: Query, rest: string, body: string | undefined): MockResponse
}

/** Clients listed per rate-limit policy. */
const RATE_LIMIT_CLIENTS = 200

const first = (query: Query, name: string): string | undefined => query[name]?.[0]

/** A whole number ≥ `min` from the query, its default, or what is wrong with it. */
function wholeNumber(query: Query, name: string, fallback: number, min = 0): number | string {
  const raw = first(query, name)
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  return /^\d+$/.test(raw) && Number.isSafeInteger(value) && value >= min
    ? value
    : `${name} must be a whole number >= ${min}, got "${clip(raw, 40)}"`
}

/** `status=4xx,500&operation=…&client=…&method=…&since=<id>&limit=N` → a filter, or what is wrong. */
export function parseFilter(query: Query): ExchangeFilter | string {
  const filter: ExchangeFilter = {}
  const statuses = (query.status ?? []).flatMap((s) => s.split(',')).filter(Boolean)
  const bad = statuses.find((s) => !/^([1-5]xx|[1-5]\d\d)$/i.test(s.trim()))
  if (bad !== undefined) return `status must be a class such as 4xx or a code such as 404, got "${clip(bad, 40)}"`
  if (statuses.length) filter.status = statuses
  const operation = first(query, 'operation')
  if (operation) filter.operation = operation
  const client = first(query, 'client')
  if (client) filter.client = client
  const method = first(query, 'method')
  if (method) filter.method = method
  const since = wholeNumber(query, 'since', -1)
  if (typeof since === 'string') return since
  if (since >= 0) filter.since = since
  const limit = wholeNumber(query, 'limit', -1, 1)
  if (typeof limit === 'string') return limit
  if (limit >= 1) filter.limit = limit
  return filter
}

/** `?seed=N` → N, `undefined` when absent, or what is wrong with it. */
function seedOf(query: Query): number | undefined | { problem: string } {
  const requested = query.seed?.[0]
  if (requested === undefined) return undefined
  const seed = Number(requested)
  return requested !== '' && Number.isSafeInteger(seed)
    ? seed
    : { problem: `seed must be a whole number, got "${clip(requested, 100)}"` }
}

/** The session name of `sessions/<name>[/reset]`, decoded. */
const sessionPath = (rest: string): { name: string; tail: string } => {
  const slash = rest.indexOf('/')
  return slash === -1
    ? { name: safeDecode(rest), tail: '' }
    : { name: safeDecode(rest.slice(0, slash)), tail: rest.slice(slash + 1) }
}

/** `{ session }` in answers about a named session; nothing for `default`, whose answers are as before sessions. */
const named = (t: ControlTarget) => (t.session ? { session: t.session } : {})

const isTrue = (value: string | undefined) => value !== undefined && value !== '0' && value !== 'false'

const ACTIONS: readonly Action[] = [
  {
    method: 'GET',
    name: 'state',
    usage: 'GET state',
    run: (t) => json(200, { api: t.api, ...named(t), seed: t.seed(), state: t.inspect() }),
  },
  {
    method: 'POST',
    name: 'reset',
    usage: 'POST reset[?seed=N]',
    run(t, query) {
      const seed = seedOf(query)
      if (typeof seed === 'object') return json(400, { error: seed.problem })
      t.reset(seed)
      t.changed?.()
      return json(200, { api: t.api, ...named(t), seed: t.seed(), reset: true })
    },
  },
  {
    method: 'GET',
    name: 'requests',
    usage: 'GET requests[?status=4xx,500&operation=…&client=…&method=…&since=<id>&limit=N&details=1]',
    run(t, query) {
      const filter = parseFilter(query)
      if (typeof filter === 'string') return json(400, { error: filter })
      const entries = t.log.select(filter)
      const requests = isTrue(first(query, 'details')) ? entries.map((e) => t.log.details(e.id) ?? e) : entries
      return json(200, { api: t.api, last: t.log.lastId, requests })
    },
  },
  {
    method: 'GET',
    name: 'requests',
    sub: 'required',
    usage: 'GET requests/<id>',
    run(t, _query, rest) {
      const id = Number(rest)
      const found = /^\d+$/.test(rest) ? t.log.details(id) : undefined
      if (!found)
        return json(404, { error: `No exchange ${clip(rest, 40)} in the log (it keeps the latest ones only)` })
      return json(200, { api: t.api, ...found })
    },
  },
  {
    method: 'DELETE',
    name: 'requests',
    usage: 'DELETE requests',
    run(t) {
      t.log.clear()
      t.changed?.()
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
      t.changed?.()
      return json(200, { api: t.api, cleared: true })
    },
  },
  {
    method: 'GET',
    name: 'collections',
    usage: 'GET collections',
    run: (t) => json(200, { api: t.api, seed: t.seed(), collections: listCollections(t.state?.()) }),
  },
  {
    method: 'GET',
    name: 'collections',
    sub: 'required',
    usage: `GET collections/<name>[?offset=N&limit=N (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})]`,
    run(t, query, rest) {
      const offset = wholeNumber(query, 'offset', 0)
      if (typeof offset === 'string') return json(400, { error: offset })
      const limit = wholeNumber(query, 'limit', DEFAULT_PAGE_SIZE, 1)
      if (typeof limit === 'string') return json(400, { error: limit })
      const name = safeDecode(rest)
      const page = collectionPage(t.state?.(), name, offset, Math.min(limit, MAX_PAGE_SIZE))
      if (!page)
        return json(404, {
          error: `No collection "${clip(name, 100)}"`,
          collections: listCollections(t.state?.()).map((c) => c.name),
        })
      return json(200, { api: t.api, seed: t.seed(), ...page })
    },
  },
  {
    method: 'GET',
    name: 'rate-limits',
    usage: 'GET rate-limits',
    run(t) {
      const now = t.clock.now()
      const policies = (t.policies?.() ?? []).map(
        (p) => p.snapshot?.(now, RATE_LIMIT_CLIENTS) ?? { name: p.name, kind: 'other', clients: [], totalClients: 0 },
      )
      return json(200, { api: t.api, now: new Date(now).toISOString(), policies })
    },
  },
  {
    // Lets a tool that sends many requests on purpose (the contract run's negative checks) start a fresh window
    // rather than wait a vendor's minute or hour for one: the quota is the mock's to lift.
    method: 'DELETE',
    name: 'rate-limits',
    usage: 'DELETE rate-limits',
    run(t) {
      for (const policy of t.policies?.() ?? []) policy.reset()
      t.changed?.()
      return json(200, { api: t.api, cleared: true })
    },
  },
  {
    method: 'GET',
    name: 'chaos',
    usage: 'GET chaos',
    run: (t) => json(200, { api: t.api, probability: t.chaos?.() ?? 0 }),
  },
  {
    method: 'PUT',
    name: 'chaos',
    usage: 'PUT chaos?probability=P (0 to 1)',
    run(t, query) {
      const raw = first(query, 'probability') ?? ''
      const probability = Number(raw)
      if (raw === '' || !(probability >= 0 && probability <= 1))
        return json(400, { error: `probability must be a number from 0 to 1, got "${clip(raw, 40)}"` })
      if (!t.setChaos) return json(404, { error: 'This mock has no chaos setting' })
      t.setChaos(probability)
      t.changed?.()
      return json(200, { api: t.api, probability: t.chaos?.() ?? probability })
    },
  },
  {
    method: 'GET',
    name: 'force',
    usage: 'GET force',
    run: (t) => json(200, { api: t.api, queued: t.forced?.list() ?? [] }),
  },
  {
    method: 'POST',
    name: 'force',
    usage: 'POST force?code=NNN[&example=name][&operation=operationId][&count=N]',
    run(t, query) {
      if (!t.forced) return json(404, { error: 'This mock cannot force responses' })
      const count = wholeNumber(query, 'count', 1, 1)
      if (typeof count === 'string') return json(400, { error: count })
      const problem = t.forced.add(
        {
          ...(first(query, 'code') ? { code: first(query, 'code') } : {}),
          ...(first(query, 'example') ? { example: first(query, 'example') } : {}),
          ...(first(query, 'operation') ? { operation: first(query, 'operation') } : {}),
          remaining: count,
        },
        t.operations ?? [],
      )
      if (problem) return json(400, { error: problem })
      t.changed?.()
      return json(200, { api: t.api, queued: t.forced.list() })
    },
  },
  {
    method: 'DELETE',
    name: 'force',
    usage: 'DELETE force',
    run(t) {
      t.forced?.clear()
      t.changed?.()
      return json(200, { api: t.api, cleared: true })
    },
  },
  {
    method: 'GET',
    name: 'snapshot',
    usage: 'GET snapshot',
    run(t) {
      if (!t.snapshot) return json(404, { error: 'This mock cannot take snapshots' })
      try {
        return json(200, t.snapshot())
      } catch (error) {
        return json(500, {
          error: `The state cannot be saved: ${error instanceof Error ? error.message : String(error)}`,
        })
      }
    },
  },
  {
    method: 'PUT',
    name: 'snapshot',
    usage: 'PUT snapshot (body: a snapshot of this API)',
    run(t, _query, _rest, body) {
      if (!t.restore) return json(404, { error: 'This mock cannot restore snapshots' })
      if (!body) return json(400, { error: 'Send the snapshot as the JSON body (as GET snapshot returns it)' })
      let document: unknown
      try {
        document = JSON.parse(body)
      } catch (error) {
        return json(400, {
          error: `The body is not JSON: ${clip(error instanceof Error ? error.message : String(error), 200)}`,
        })
      }
      try {
        t.restore(document)
      } catch (error) {
        return json(400, { error: error instanceof Error ? error.message : String(error) })
      }
      t.changed?.()
      return json(200, { api: t.api, ...named(t), seed: t.seed(), restored: true })
    },
  },
  {
    method: 'GET',
    name: 'sessions',
    usage: 'GET sessions',
    run(t) {
      if (!t.sessions) return json(404, { error: 'This mock has no sessions' })
      return json(200, {
        api: t.api,
        maxSessions: t.sessions.maxSessions,
        ttlSeconds: Math.round(t.sessions.ttlMs / 1000),
        sessions: t.sessions.list(),
      })
    },
  },
  {
    method: 'POST',
    name: 'sessions',
    usage: 'POST sessions?name=<name>[&seed=N]',
    run(t, query) {
      if (!t.sessions) return json(404, { error: 'This mock has no sessions' })
      const name = first(query, 'name')
      if (!name) return json(400, { error: 'name is required: POST sessions?name=<name>[&seed=N]' })
      const seed = seedOf(query)
      if (typeof seed === 'object') return json(400, { error: seed.problem })
      try {
        t.sessions.create(name, seed)
      } catch (error) {
        return json(400, { error: error instanceof Error ? error.message : String(error) })
      }
      t.changed?.()
      return json(200, { api: t.api, session: t.sessions.list().find((s) => s.name === name) })
    },
  },
  {
    method: 'POST',
    name: 'sessions',
    sub: 'required',
    usage: 'POST sessions/<name>/reset[?seed=N]',
    run(t, query, rest) {
      if (!t.sessions) return json(404, { error: 'This mock has no sessions' })
      const { name, tail } = sessionPath(rest)
      if (tail !== 'reset')
        return json(404, {
          error: `Unknown control request POST sessions/${clip(rest, 100)}: use sessions/<name>/reset`,
        })
      const seed = seedOf(query)
      if (typeof seed === 'object') return json(400, { error: seed.problem })
      if (!t.sessions.reset(name, seed)) return json(404, { error: `No session "${clip(name, 80)}"` })
      t.changed?.()
      return json(200, { api: t.api, session: name, reset: true })
    },
  },
  {
    method: 'DELETE',
    name: 'sessions',
    sub: 'required',
    usage: 'DELETE sessions/<name>',
    run(t, _query, rest) {
      if (!t.sessions) return json(404, { error: 'This mock has no sessions' })
      const { name } = sessionPath(rest)
      if (name === 'default')
        return json(400, {
          error: 'The default session cannot be deleted: reset it with POST reset (or POST sessions/default/reset)',
        })
      if (!t.sessions.delete(name)) return json(404, { error: `No session "${clip(name, 80)}"` })
      t.changed?.()
      return json(200, { api: t.api, session: name, deleted: true })
    },
  },
  {
    method: 'GET',
    name: 'operations',
    usage: 'GET operations',
    run: (t) =>
      json(200, {
        api: t.api,
        operations: (t.operations ?? []).map((op) => ({
          operationId: op.operationId,
          method: op.method.toUpperCase(),
          path: op.path,
          summary: op.object.summary ?? null,
          responses: Object.entries(op.responses)
            .filter(([code]) => /^\d{3}$/.test(code))
            .map(([code, response]) => ({
              code,
              examples: Object.values(response.content ?? {}).flatMap((media) => Object.keys(media.examples ?? {})),
            })),
        })),
      }),
  },
]

/** Every control request an engine answers, as listed in a 404 (`GET state`, `POST reset[?seed=N]`, …). */
export const CONTROL_USAGE: readonly string[] = ACTIONS.map((a) => a.usage)

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Answers one control request; `action` is the path after `/__mock/<api>/` (e.g. `requests/12`). */
export function control(
  target: ControlTarget,
  method: string,
  action: string,
  rawQuery: string,
  body?: string,
): MockResponse {
  const slash = action.indexOf('/')
  const name = slash === -1 ? action : action.slice(0, slash)
  const rest = slash === -1 ? '' : action.slice(slash + 1)
  const found = ACTIONS.find(
    (a) => a.method === method && a.name === name && (a.sub === 'required' ? rest !== '' : rest === ''),
  )
  if (found) return found.run(target, parseQuery(rawQuery), rest, body)
  return json(404, {
    error: `Unknown control request ${method} ${clip(action, 200)}`,
    available: CONTROL_USAGE,
  })
}
