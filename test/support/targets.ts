/**
 * One test suite, two targets: the node:http server on port 0, and the MSW handlers called through msw's
 * `getResponse` (no server, no global patching). Both run the same engine, so both must give the same answers.
 */
import type { Server } from 'node:http'
import { getResponse } from 'msw'
import { afterAll, beforeAll, beforeEach, expect } from 'vitest'
import { createMockServer, listen } from '../../src/adapters/node-server.ts'
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.ts'
import { createEngineHandlers } from '../../src/adapters/msw.ts'
import { getPlugin, type ApiId } from '../../mocks/index.ts'

export type TargetKind = 'http' | 'msw'
export const TARGETS: TargetKind[] = ['http', 'msw']

export interface Target {
  kind: TargetKind
  /** Base URL of the API (what the vendor calls its base URL). */
  base: string
  engine: Engine
  fetch(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

/** Defaults for tests: responses validated against the spec, fixed seed. */
export const TEST_ENGINE_OPTIONS: EngineOptions = { seed: 1, validateResponses: true }

/**
 * `MOCK_TEST_STORE=redis npx vitest run test/<api>` runs a vendor's HTTP suites against the Redis store (issue 15
 * part 4): each HTTP target gets a real redis-server of its own and an engine with `store` set; MSW stays in memory.
 */
export const TEST_STORE = process.env.MOCK_TEST_STORE === 'redis'

async function redisStore(api: ApiId, seed: number) {
  const { startRedisServer } = await import('./redis-server.ts')
  const { connectRedis, createRedisEngineStore } = await import('../../src/store/redis/index.ts')
  const redis = await startRedisServer()
  const connection = await connectRedis(redis.url)
  return {
    store: createRedisEngineStore(connection, { api, seed }),
    close: async () => {
      await connection.close()
      await redis.stop()
    },
  }
}

export async function createTarget(kind: TargetKind, api: ApiId, options: EngineOptions = {}): Promise<Target> {
  const shared = kind === 'http' && TEST_STORE ? await redisStore(api, options.seed ?? 1) : undefined
  const engine = createEngine(getPlugin(api), {
    ...TEST_ENGINE_OPTIONS,
    ...options,
    ...(shared ? { store: shared.store } : {}),
  })
  if (kind === 'http') {
    const server: Server = createMockServer([{ prefix: `/${api}`, engine }])
    const url = await listen(server, 0)
    const base = `${url}/${api}`
    return {
      kind,
      base,
      engine,
      fetch: (path, init) => fetch(`${base}${path}`, init),
      close: async () => {
        await new Promise<void>((resolve) => {
          server.closeAllConnections()
          server.close(() => resolve())
        })
        await shared?.close()
      },
    }
  }
  const base = 'https://mock.test/api'
  const handlers = createEngineHandlers(engine, { baseUrl: base })
  return {
    kind,
    base,
    engine,
    async fetch(path, init) {
      const response = await getResponse(handlers, new Request(`${base}${path}`, init))
      if (!response) throw new Error(`No MSW handler answered ${init?.method ?? 'GET'} ${path}`)
      return response
    },
    close: async () => {},
  }
}

/**
 * The usual suite wiring in one call: a target for the suite, a reset to the seed before each test, and at the end
 * no response that broke the spec. Returns a stand-in that forwards to the suite's target.
 */
export function useTarget(kind: TargetKind, api: ApiId, options: EngineOptions = {}): Target {
  let current: Target | undefined
  const target = (): Target => {
    if (!current) throw new Error('useTarget: the target is created in beforeAll; use it inside tests or hooks')
    return current
  }
  beforeAll(async () => {
    current = await createTarget(kind, api, options)
  })
  beforeEach(async () => {
    const engine = target().engine
    // With a store, the reset goes through it (a new epoch), as `POST /__mock/<api>/reset` does.
    if (engine.sharedControl) await engine.sharedControl('POST', 'reset', '', {})
    else engine.reset()
  })
  afterAll(async () => {
    const t = target()
    await t.close()
    expect(t.engine.violations).toEqual([])
  })
  return {
    kind,
    get base() {
      return target().base
    },
    get engine() {
      return target().engine
    },
    fetch: (path, init) => target().fetch(path, init),
    close: () => target().close(),
  }
}
