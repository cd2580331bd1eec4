/**
 * A plug-in in-process: an engine plus MSW handlers over it. Browser-safe (no Node built-ins on this path), so the
 * vendor entry points build on it for `setupWorker` as well as `setupServer`.
 */
import type { HttpHandler } from 'msw'
import { createEngineHandlers, type HandlersOptions } from './adapters/msw.ts'
import { createEngine, type Engine, type EngineOptions } from './core/engine.ts'
import type { ApiPlugin } from './core/plugin.ts'

export interface CreateMockOptions extends EngineOptions, HandlersOptions {}

export interface Mock {
  engine: Engine
  handlers: HttpHandler[]
  /**
   * MSW handlers over the same engine in another session (`X-Mock-Session`): its own records, tokens and rate-limit
   * windows, e.g. one per test running concurrently.
   */
  sessionHandlers(session: string): HttpHandler[]
}

/** An engine for a plug-in plus MSW handlers over it (call `mock.engine.reset()` between tests). */
export function createMock<S, Opt extends object>(plugin: ApiPlugin<S, Opt>, options: CreateMockOptions = {}): Mock {
  const engine = createEngine(plugin, options)
  return {
    engine,
    sessionHandlers: (session) => createEngineHandlers(engine, { baseUrl: options.baseUrl, session }),
    handlers: createEngineHandlers(engine, { baseUrl: options.baseUrl, session: options.session }),
  }
}

/** MSW handlers for a plug-in, for `setupServer(...)` or `setupWorker(...)`. */
export function createHandlers<S, Opt extends object>(
  plugin: ApiPlugin<S, Opt>,
  options: CreateMockOptions = {},
): HttpHandler[] {
  return createMock(plugin, options).handlers
}

/** `createMock` and `createHandlers` bound to one plug-in: what a vendor's entry point exports. */
export interface PluginMocks {
  /** An engine plus MSW handlers (use `mock.engine.reset()` between tests). */
  createMock(options?: CreateMockOptions): Mock
  /** MSW handlers for `setupServer(...)` or `setupWorker(...)`. */
  createHandlers(options?: CreateMockOptions): HttpHandler[]
}

export function bindPlugin<S, Opt extends object>(plugin: ApiPlugin<S, Opt>): PluginMocks {
  return {
    createMock: (options = {}) => createMock(plugin, options),
    createHandlers: (options = {}) => createHandlers(plugin, options),
  }
}
