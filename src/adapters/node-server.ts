/**
 * The node:http adapter: serves one or more engines on one port, each under a path prefix (`/<api id>/...`) or
 * one at the root. It converts `IncomingMessage` straight into the engine's plain request object — no fetch
 * `Request`/`Response` on the hot path (README "Decisions") — and writes streamed bodies with back-pressure.
 */
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { allowedHostnames, hostnameOf, refuseControl, type ControlGuard } from './control-guard.ts'
import { ASSETS_SEGMENT, inspectorAsset } from './inspector-assets.ts'
import { createLiveFeeds } from './live-feed.ts'
import { CONTROL_USAGE } from '../core/control-plane.ts'
import type { ControlRequest, Engine } from '../core/engine.ts'
import { SESSION_HEADER } from '../core/session.ts'
import { clip, MockError } from '../core/errors.ts'
import { isStreamBody, type MockRequest, type MockResponse } from '../core/types.ts'

export interface Mount {
  /** `''` for the root, else `/<api id>`. */
  prefix: string
  engine: Engine
}

export interface MockServerOptions {
  /** CORS headers on every vendor response and answers to preflight requests (default true). Never on `/__mock/`. */
  cors?: boolean
  /**
   * The URL clients reach the mock at, when it is not the address it listens on (a proxy, a container port). Records'
   * `url` fields and `Location` headers are built from it; otherwise from the `Host` header when that names this
   * mock, else from the listening address.
   */
  publicUrl?: string
  /** When set, every `/__mock/` request must carry it (`x-mock-control-token: <token>` or `Authorization: Bearer`). */
  controlToken?: string
}

export const CONTROL_PREFIX = '/__mock'

/** Largest control request body (a snapshot to restore): 64 MiB, far above any seeded state with its changes. */
const CONTROL_BODY_LIMIT = 64 * 1024 * 1024

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-expose-headers': '*',
}
const CORS_ENTRIES = Object.entries(CORS_HEADERS)

/**
 * A preflight's answer names the request headers it asked for: browsers do not let the `*` wildcard cover
 * `Authorization`, and every vendor here needs it.
 */
function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const asked = req.headers['access-control-request-headers']
  return {
    ...(asked ? { 'access-control-allow-headers': asked } : {}),
    'access-control-max-age': '600',
    vary: 'Access-Control-Request-Headers',
  }
}

/** Creates (but does not start) an HTTP server for the mounts. */
export function createMockServer(mounts: Mount[], options: MockServerOptions = {}): Server {
  const cors = options.cors ?? true
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)
  const publicUrl = options.publicUrl?.replace(/\/+$/, '')
  // Known once the server listens: the names that reach it, and its own origin for when Host cannot be trusted.
  let guard: ControlGuard | undefined
  let ownOrigin: string | undefined
  const bound = () => {
    if (!guard) {
      const address = server.address() as AddressInfo | null
      const host = address?.address ?? '127.0.0.1'
      guard = {
        hostnames: allowedHostnames(host, publicUrl ? [new URL(publicUrl).hostname.replace(/^\[|\]$/g, '')] : []),
        token: options.controlToken,
      }
      const shown =
        host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1'
          ? 'localhost'
          : host.includes(':')
            ? `[${host}]`
            : host
      ownOrigin = `http://${shown}:${address?.port ?? 80}`
    }
    return guard
  }
  /** Where this request reached us, for URLs we hand out: never an unchecked Host header. */
  const originOf = (req: IncomingMessage): string => {
    if (publicUrl) return publicUrl
    const host = req.headers.host
    if (host && bound().hostnames.has(hostnameOf(host)) && /^[\w.:[\]-]+$/.test(host)) return `http://${host}`
    return ownOrigin as string
  }
  const feeds = createLiveFeeds()
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Only a bug in this adapter gets here; answer rather than leave the client hanging.
      if (!res.headersSent)
        send(
          res,
          {
            status: 500,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ error: String(error) }),
          },
          cors,
        )
      else res.destroy()
    })
  })
  // Requests Node's parser rejects (unknown methods, broken framing) get a 4xx instead of a dropped socket: in the
  // vendor's error shape when the request line shows which API it was for.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    if (!socket.writable) return
    const requestLine = error.rawPacket?.toString('latin1').split('\r\n', 1)[0] ?? ''
    const [method = '', target = ''] = requestLine.split(' ')
    const path = target.split('?', 1)[0] ?? ''
    const mount = sorted.find((m) => m.prefix === '' || path === m.prefix || path.startsWith(`${m.prefix}/`))
    const unknownMethod = error.code === 'HPE_INVALID_METHOD'
    // Node refuses headers over its limit (16 KB by default) before routing; 431 is what a real front server answers.
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
    const refusal = unknownMethod
      ? new MockError('method_not_allowed', `Unknown HTTP method "${clip(method, 100)}"`, {
          status: 405,
          path: clip(path, 300),
        })
      : tooLarge
        ? new MockError('headers_too_large', 'The request headers are too large: send at most 16 KB of headers')
        : new MockError('malformed_body', `Malformed HTTP request (${error.code ?? error.message})`)
    const response: MockResponse = mount
      ? mount.engine.renderError(refusal)
      : jsonResponse(refusal.status, { error: refusal.message })
    const body = typeof response.body === 'string' || response.body instanceof Uint8Array ? response.body : ''
    const head = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`]
    for (const [name, value] of Object.entries(response.headers)) head.push(`${name}: ${value}`)
    head.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', '')
    socket.end(Buffer.concat([Buffer.from(head.join('\r\n'), 'latin1'), Buffer.from(body)]))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const path = q === -1 ? url : url.slice(0, q)
    const rawQuery = q === -1 ? '' : url.slice(q + 1)
    const method = req.method ?? 'GET'
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      const rest = path.slice(CONTROL_PREFIX.length + 1)
      const asset = method === 'GET' && (rest === '' || rest.startsWith(`${ASSETS_SEGMENT}/`))
      // No CORS here, preflights included: a browser then refuses to let another site's page read or send to it.
      const refused = refuseControl(req.headers, bound(), { requireToken: !asset })
      if (refused) send(res, jsonResponse(403, { error: `Forbidden: ${refused}` }), false)
      else if (path === CONTROL_PREFIX && method === 'GET')
        send(res, { status: 308, headers: { location: `${CONTROL_PREFIX}/` }, body: undefined }, false)
      else if (asset) send(res, inspectorAsset(rest.slice(ASSETS_SEGMENT.length + 1)) ?? notFound(path), false)
      else if (method === 'GET' && rest.endsWith('/events') && mountOf(rest.slice(0, -'/events'.length)))
        feeds.open(
          (mountOf(rest.slice(0, -'/events'.length)) as Mount).engine,
          res,
          new URLSearchParams(rawQuery).get('session') ?? (req.headers[SESSION_HEADER] as string | undefined),
        )
      else {
        // Only a PUT or POST carries a body here (a snapshot to restore); the rest answer without reading one.
        const body =
          (method === 'PUT' || method === 'POST') && req.headers['content-length'] !== '0'
            ? await readBody(req, CONTROL_BODY_LIMIT)
            : undefined
        if (body && body.length > CONTROL_BODY_LIMIT)
          send(
            res,
            jsonResponse(413, { error: `A control request body may be at most ${CONTROL_BODY_LIMIT} bytes` }),
            false,
          )
        else {
          const session = req.headers[SESSION_HEADER] as string | undefined
          const text = body ? Buffer.from(body).toString('utf8') : undefined
          send(res, await control(method, rest, rawQuery, originOf(req), { session, body: text }), false)
        }
      }
      return
    }
    if (cors && method === 'OPTIONS' && req.headers['access-control-request-method']) {
      send(res, { status: 204, headers: preflightHeaders(req), body: undefined }, cors)
      return
    }
    const mount = sorted.find((m) => m.prefix === '' || path === m.prefix || path.startsWith(`${m.prefix}/`))
    if (!mount) {
      send(res, index(path), cors)
      return
    }
    // Node's parser knows whether a body follows; skipping the stream for bodiless requests saves a promise per GET.
    const hasBody =
      req.headers['content-length'] !== undefined
        ? req.headers['content-length'] !== '0'
        : req.headers['transfer-encoding'] !== undefined
    const body = hasBody ? await readBody(req, mount.engine.maxBodyBytes) : undefined
    const request: MockRequest = {
      method,
      path: path.slice(mount.prefix.length) || '/',
      rawQuery,
      // Node already lower-cases names and joins repeated headers (all but set-cookie, which requests do not carry).
      headers: req.headers as Record<string, string | undefined>,
      body,
      remoteAddress: req.socket.remoteAddress,
    }
    let response = mount.engine.handle(request, `${originOf(req)}${mount.prefix}`)
    // Awaited only when a handler answered with a promise: an in-memory exchange costs no extra turn of the loop.
    if (response instanceof Promise) response = await response
    if (body && body.length > mount.engine.maxBodyBytes) res.setHeader('connection', 'close')
    await write(res, response, cors)
  }

  const mountOf = (id: string): Mount | undefined => sorted.find((m) => m.engine.id === id)
  const notFound = (path: string) => jsonResponse(404, { error: `Nothing is served at ${clip(path, 300)}` })

  async function control(
    method: string,
    rest: string,
    rawQuery: string,
    origin: string,
    request: ControlRequest,
  ): Promise<MockResponse> {
    const [first = '', ...others] = rest.split('/')
    const target = sorted.find((m) => m.engine.id === first)
    const action = others.join('/')
    if (target && method === 'GET' && (action === 'openapi.json' || action === 'openapi.yaml'))
      return publishedSpec(target, action, origin)
    if (target) {
      const shared = target.engine.sharedControl
      return shared
        ? shared(method, action, rawQuery, request)
        : target.engine.control(method, action, rawQuery, request)
    }
    if (first === 'apis' && method === 'GET' && others.length === 0) {
      return jsonResponse(200, {
        apis: mounts.map((m) => ({
          id: m.engine.id,
          title: m.engine.title,
          baseUrl: `${origin}${m.prefix}`,
          operations: m.engine.operations.length,
          seed: m.engine.seed,
        })),
      })
    }
    if (first === 'reset' && method === 'POST') {
      const results = await Promise.all(
        sorted.map(async (m) => {
          const shared = m.engine.sharedControl
          const response = shared
            ? await shared(method, 'reset', rawQuery, request)
            : m.engine.control(method, 'reset', rawQuery, request)
          return JSON.parse(String(response.body)) as unknown
        }),
      )
      return jsonResponse(200, { reset: results })
    }
    return jsonResponse(404, {
      error: `Unknown control request ${method} ${CONTROL_PREFIX}/${rest}`,
      available: [
        `GET ${CONTROL_PREFIX}/ (the inspector)`,
        `GET ${CONTROL_PREFIX}/apis`,
        `POST ${CONTROL_PREFIX}/reset`,
        ...sorted.flatMap((m) => [
          `GET ${CONTROL_PREFIX}/${m.engine.id}/openapi.json|yaml`,
          `GET ${CONTROL_PREFIX}/${m.engine.id}/events (server-sent events)`,
          ...CONTROL_USAGE.map((usage) => usage.replace(' ', ` ${CONTROL_PREFIX}/${m.engine.id}/`)),
        ]),
      ],
    })
  }

  /**
   * The API's spec with `servers` pointing at this mock, so Swagger UI, Postman or openapi-typescript can import it.
   * Turning a large spec into YAML takes half a second, so everything but the `servers` line is rendered once.
   */
  const specYaml = new Map<Mount, string>()
  async function publishedSpec(
    mount: Mount,
    file: 'openapi.json' | 'openapi.yaml',
    origin: string,
  ): Promise<MockResponse> {
    const { openapi, info, servers: _vendorServers, ...rest } = mount.engine.plugin.document
    const servers = [{ url: `${origin}${mount.prefix}`, description: 'This mock (scheduling-api-mocks)' }]
    if (file === 'openapi.json') return jsonResponse(200, { openapi, info, servers, ...rest })
    // yaml is loaded on the first request for it, not at start-up.
    const { stringify: toYaml } = await import('yaml')
    let body = specYaml.get(mount)
    if (body === undefined) {
      body = toYaml(rest, { aliasDuplicateObjects: false, lineWidth: 0 })
      specYaml.set(mount, body)
    }
    return {
      status: 200,
      headers: { 'content-type': 'application/yaml; charset=utf-8' },
      body: toYaml({ openapi, info, servers }, { lineWidth: 0 }) + body,
    }
  }

  function index(path: string): MockResponse {
    return jsonResponse(path === '/' ? 200 : 404, {
      ...(path === '/' ? {} : { error: `Nothing is served at ${clip(path, 300)}` }),
      apis: sorted.map((m) => ({
        id: m.engine.id,
        title: m.engine.title,
        prefix: m.prefix || '/',
        operations: m.engine.operations.length,
      })),
      control: CONTROL_PREFIX,
    })
  }

  // Open event streams never fall idle: end them when the server is asked to close, or a shutdown would wait for them
  // for its whole grace period (`close` is where both `startServer` and the bin's signal handler begin).
  const close = server.close.bind(server)
  server.close = (callback?: (error?: Error) => void) => {
    feeds.closeAll()
    return close(callback)
  }

  return server
}

/** Starts a server and resolves with its base URL (`port: 0` picks a free port). */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host
  return `http://${shownHost}:${address.port}`
}

function jsonResponse(status: number, value: unknown): MockResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) }
}

/** Reads the body, but stops buffering past the limit (the engine answers 413 from the length it reports). */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    let overflow = false
    req.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length > limit) overflow = true
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (length === 0) resolve(undefined)
      else if (overflow)
        resolve(new Uint8Array(length)) // only the size matters now: 413
      else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks))
    })
    req.on('error', reject)
  })
}

function send(res: ServerResponse, response: MockResponse, cors: boolean): void {
  // The engine hands over a fresh headers object per response, so it can be completed in place (no copy per request).
  const headers = response.headers
  if (cors) for (const [name, value] of CORS_ENTRIES) if (!(name in headers)) headers[name] = value
  const body = response.body as string | Uint8Array | undefined
  if (body !== undefined)
    headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length)
  else if (response.status !== 204 && response.status !== 304) headers['content-length'] = '0'
  res.writeHead(response.status, headers)
  res.end(body)
}

async function write(res: ServerResponse, response: MockResponse, cors: boolean): Promise<void> {
  if (!isStreamBody(response.body)) {
    send(res, response, cors)
    return
  }
  res.writeHead(response.status, cors ? { ...CORS_HEADERS, ...response.headers } : response.headers)
  for await (const chunk of response.body) {
    if (res.destroyed) return
    if (!res.write(chunk)) await drained(res)
  }
  res.end()
}

/**
 * Resolves on 'drain' or 'close', whichever comes first, and removes both listeners: a large body waits thousands of
 * times, and listeners left behind would pile up on the response.
 */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}
