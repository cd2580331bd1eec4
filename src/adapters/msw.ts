/**
 * The MSW adapter: the same engine as request handlers for `setupServer` (Node) and `setupWorker` (browser).
 *
 * @example
 * import { setupServer } from 'msw/node'
 * const server = setupServer(...createEngineHandlers(createEngine(plugin)))
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Engine } from '../core/engine.ts'
import { ConfigError } from '../core/errors.ts'
import { SESSION_HEADER, sessionNameProblem } from '../core/session.ts'
import { isStreamBody, type MockRequest } from '../core/types.ts'

export interface HandlersOptions {
  /** The base URL requests are sent to (default: the spec's first server, i.e. the vendor's real URL). */
  baseUrl?: string
  /**
   * The engine session these handlers answer in (as if every request sent `X-Mock-Session: <name>`; a request that
   * sends the header itself keeps its own). Handlers of one engine with different sessions keep separate records.
   */
  session?: string
}

/** MSW handlers that answer every request under the base URL through the engine. */
export function createEngineHandlers(engine: Engine, options: HandlersOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? engine.plugin.document.servers?.[0]?.url ?? 'http://localhost').replace(
    /\/+$/,
    '',
  )
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  const session = options.session
  const problem = session === undefined ? undefined : sessionNameProblem(session)
  if (problem) throw new ConfigError(`createHandlers: ${problem}`)
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const headers: Record<string, string> = {}
      if (session !== undefined) headers[SESSION_HEADER] = session
      request.headers.forEach((value, name) => {
        headers[name] = value
      })
      const bytes = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined
      const mockRequest: MockRequest = {
        method: request.method.toUpperCase(),
        path: url.pathname.slice(basePath.length) || '/',
        rawQuery: url.search.replace(/^\?/, ''),
        headers,
        body: bytes?.length ? bytes : undefined,
      }
      const response = await engine.handle(mockRequest, baseUrl)
      const body = response.body
      const init = { status: response.status, headers: response.headers }
      if (isStreamBody(body)) {
        const iterator = body[Symbol.asyncIterator]()
        const encoder = new TextEncoder()
        const stream = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const next = await iterator.next()
            if (next.done) controller.close()
            else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value)
          },
          async cancel() {
            await iterator.return?.()
          },
        })
        return new HttpResponse(stream, init)
      }
      return new HttpResponse(body === undefined ? null : typeof body === 'string' ? body : new Uint8Array(body), init)
    }),
  ]
}
