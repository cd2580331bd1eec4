/**
 * The validating proxy: a node:http server that forwards every request to the upstream and streams the answer back,
 * unchanged (status, reason phrase, headers but the hop-by-hop ones, body bytes), while a bounded copy of each body
 * is checked against the spec once the exchange is over. It never retries, never answers for the upstream, and only
 * speaks for itself when the upstream cannot be reached (502) or does not answer in time (504) and under `/__proxy/` (the drift report).
 */
import {
  Agent as HttpAgent,
  type ClientRequest,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { pipeline } from 'node:stream'
import { allowedHostnames, refuseControl, type ControlGuard } from '../adapters/control-guard.ts'
import { redactRequestLine } from '../core/redact.ts'
import type { OpenApiDocument, Operation } from '../spec/openapi.ts'
import { BoundedCopy, decodedBody, type Body } from './capture.ts'
import { createExchangeChecker, type NotValidated } from './check.ts'
import { endToEnd, headerRecord, upstreamRequestHeaders } from './headers.ts'
import type { Issue } from './issues.ts'
import { DriftReport, type ExchangeRecord } from './report.ts'
import { reportHtml } from './report-html.ts'

/** The proxy's own paths; everything else is forwarded. */
export const PROXY_PREFIX = '/__proxy'
/** Our mock's control plane: forwarded like the rest, but not an API call, so neither checked nor reported. */
const MOCK_CONTROL_PREFIX = '/__mock/'

export const DEFAULT_MAX_VALIDATE_BYTES = 1024 * 1024
/** The status recorded for a client that left before any answer (nginx's convention; nothing is sent). */
export const CLIENT_CLOSED = 499
export const DEFAULT_TIMEOUT_MS = 30_000

export interface ProxyOptions {
  api: { id: string; title: string; document: OpenApiDocument }
  /** Where to forward: an http(s) URL, with or without a path prefix (`http://localhost:4010/acme`). */
  upstream: string
  /** Bodies larger than this (after `Content-Encoding` is undone) stream through unchecked (default 1 MiB). */
  maxValidateBytes?: number
  /**
   * How long the upstream may stay silent, in ms (default 30 s): before its response starts, the client gets a 504;
   * once the body is under way, the connection is cut, as the upstream's would have been.
   */
  timeoutMs?: number
  /** Called once per exchange, checked (the CLI prints it). */
  onExchange?(record: ExchangeRecord): void
}

export interface ProxyServer {
  server: Server
  report: DriftReport
  /** Resolves once every exchange under way has been checked and added to the report (before writing it out). */
  settled(): Promise<void>
}

class UpstreamTimeout extends Error {
  override name = 'UpstreamTimeout'
}

/** What went wrong reaching the upstream, in words a user acts on. */
function failureText(error: NodeJS.ErrnoException, upstream: string, timeoutMs: number): string {
  if (error instanceof UpstreamTimeout) return `the upstream ${upstream} sent nothing for ${timeoutMs} ms`
  const what: Record<string, string> = {
    ECONNREFUSED: 'refused the connection: is it running, on that port?',
    ENOTFOUND: 'has a host name that does not resolve',
    EAI_AGAIN: 'has a host name that could not be resolved right now',
    ECONNRESET: 'closed the connection without answering',
    EHOSTUNREACH: 'is unreachable from here',
    ETIMEDOUT: 'did not accept the connection in time',
  }
  const text = (error.code && what[error.code]) ?? `could not be reached (${error.message})`
  return `the upstream ${upstream} ${text}${error.code ? ` (${error.code})` : ''}`
}

export function createProxyServer(options: ProxyOptions): ProxyServer {
  const upstream = new URL(options.upstream)
  const upstreamBase = upstream.pathname.replace(/\/+$/, '')
  const secure = upstream.protocol === 'https:'
  const send = secure ? httpsRequest : httpRequest
  // Our own agent, so closing the proxy also closes its kept-alive upstream connections.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  const maxValidateBytes = options.maxValidateBytes ?? DEFAULT_MAX_VALIDATE_BYTES
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const checker = createExchangeChecker(options.api.document)
  const report = new DriftReport({
    api: { id: options.api.id, title: options.api.title, operations: checker.operations.length },
    upstream: options.upstream,
  })
  let guard: ControlGuard | undefined
  const pending = new Set<Promise<void>>()

  const server = createServer((req, res) => {
    // A response carries only the headers the upstream sent: no Date of our own.
    res.sendDate = false
    const url = req.url ?? '/'
    // An absolute-form target (a client configured to use us as an HTTP proxy) is forwarded by its path.
    const target = /^https?:\/\//i.test(url) ? url.slice(url.indexOf('/', url.indexOf('//') + 2)) || '/' : url
    const q = target.indexOf('?')
    const path = q === -1 ? target : target.slice(0, q)
    if (path === PROXY_PREFIX || path.startsWith(`${PROXY_PREFIX}/`)) return answerReport(req, res, path)
    forward(req, res, target, path, q === -1 ? '' : target.slice(q + 1))
  })
  server.on('close', () => agent.destroy())

  function forward(req: IncomingMessage, res: ServerResponse, target: string, path: string, rawQuery: string) {
    const started = performance.now()
    const at = new Date().toISOString()
    const method = req.method ?? 'GET'
    const checked =
      !path.startsWith(MOCK_CONTROL_PREFIX) && !(method === 'OPTIONS' && req.headers['access-control-request-method'])
    const requestCopy = new BoundedCopy(maxValidateBytes)
    const responseCopy = new BoundedCopy(maxValidateBytes)
    let status = 502
    let responseHeaders: Record<string, string> = {}
    // Who broke the exchange off first, if anyone: the upstream (reported) or the client (nothing to report).
    let upstreamFailure: string | undefined
    let clientLeft = false
    const upstreamBroke = (why: string) => {
      if (!clientLeft) upstreamFailure ??= why
    }
    const midBody = (error: Error) =>
      `the upstream stopped sending the body after ${responseCopy.size} bytes (${error.message})`

    // RFC 9110 §15.6.3 / §15.6.5: 502 when the upstream's answer is missing or unusable, 504 when it did not come in time.
    const gatewayError = (why: string, code: 502 | 504 = 502) => {
      status = code
      const text = `${code} ${code === 504 ? 'Gateway Timeout' : 'Bad Gateway'}: ${why}. (scheduling-api-mocks proxy)\n`
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
      res.end(text)
    }
    const badGateway = (why: string) => gatewayError(why, 502)
    let outgoing: ClientRequest
    try {
      outgoing = send(`${upstream.origin}${upstreamBase}${target}`, {
        method,
        // Node takes raw headers (name, value, …) here as it gives them: order, spelling and repeats are kept.
        headers: upstreamRequestHeaders(req.rawHeaders, upstream.host) as unknown as Record<string, string>,
        agent,
        timeout: timeoutMs,
      })
    } catch (error) {
      // A target Node's server accepted but its client refuses to send (e.g. characters it wants escaped).
      badGateway(`the request cannot be forwarded as it is (${(error as Error).message})`)
      req.resume()
      return
    }
    outgoing.on('timeout', () => outgoing.destroy(new UpstreamTimeout(`nothing for ${timeoutMs} ms`)))
    req.pipe(requestCopy).pipe(outgoing)
    res.on('close', () => {
      if (res.writableFinished || upstreamFailure) return
      clientLeft = true
      if (!res.headersSent) status = CLIENT_CLOSED
      outgoing.destroy() // the client went away: so does the upstream exchange
    })
    const requestRead = new Promise<boolean>((resolve) => {
      requestCopy.on('finish', () => resolve(true))
      req.on('close', () => {
        if (!req.complete) resolve(false)
      })
    })

    const responded = new Promise<void>((resolve) => {
      outgoing.on('response', (incoming) => {
        status = incoming.statusCode ?? 502
        responseHeaders = headerRecord(incoming.rawHeaders)
        incoming.on('aborted', () => upstreamBroke(midBody(new Error('aborted'))))
        incoming.on('error', (error) => upstreamBroke(midBody(error)))
        try {
          res.writeHead(status, incoming.statusMessage, endToEnd(incoming.rawHeaders))
        } catch (error) {
          // Node's client read a head its server refuses to write: say so rather than pass on something else.
          incoming.destroy()
          upstreamBroke(`the upstream's response head cannot be passed on as it is (${(error as Error).message})`)
          badGateway(upstreamFailure as string)
          return resolve()
        }
        pipeline(incoming, responseCopy, res, () => resolve())
      })
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (clientLeft || upstreamFailure) return resolve()
        if (res.headersSent) {
          upstreamBroke(midBody(error))
          res.destroy() // the status is out: cutting the connection is how the client learns, as without us
          return resolve()
        }
        upstreamBroke(failureText(error, options.upstream, timeoutMs))
        gatewayError(upstreamFailure as string, error instanceof UpstreamTimeout ? 504 : 502)
        // Whatever the client still sends goes nowhere: drain it, still through the copy, so the exchange completes.
        requestCopy.unpipe(outgoing)
        requestCopy.resume()
        resolve()
      })
    })

    // The exchange's time is the client's: until the response ended, not including the checks that follow.
    const ended = responded.then(() => Math.round(performance.now() - started))
    const done = Promise.all([ended, requestRead])
      .then(([ms, requestComplete]) => {
        if (!checked) return
        const issues: Issue[] = []
        const notValidated: NotValidated[] = []
        const requestHeaders = headerRecord(req.rawHeaders)
        const requestBody: Body = requestComplete
          ? decodedBody(requestCopy, requestHeaders['content-encoding'])
          : { kind: 'not-validated', reason: 'the client did not send the whole body' }
        const verdict = checker.request(method, path, rawQuery, requestHeaders, requestBody)
        issues.push(...verdict.issues)
        notValidated.push(...verdict.notValidated)
        if (upstreamFailure)
          issues.push({ kind: 'response', rule: 'upstream-error', path: 'upstream', message: upstreamFailure })
        else if (clientLeft)
          notValidated.push({ kind: 'response', reason: 'the client closed the connection before the response ended' })
        else if (verdict.op) {
          const body = decodedBody(responseCopy, responseHeaders['content-encoding'])
          const result = checker.response(verdict.op, method, status, responseHeaders, body)
          issues.push(...result.issues)
          notValidated.push(...result.notValidated)
        }
        const record = exchangeRecord(verdict.op, { at, method, path, rawQuery, status, ms, issues, notValidated })
        report.add(record)
        options.onExchange?.(record)
      })
      .catch((error: unknown) => {
        // Only a bug in the checks gets here: the traffic has gone through; say so rather than crash the proxy.
        process.emitWarning(`the proxy could not check ${method} ${path}: ${(error as Error).stack ?? String(error)}`)
      })
    pending.add(done)
    void done.finally(() => pending.delete(done))
  }

  function answerReport(req: IncomingMessage, res: ServerResponse, path: string) {
    // The report quotes the traffic: only this machine's own pages and tools may read it (see control-guard.ts).
    guard ??= { hostnames: allowedHostnames((server.address() as AddressInfo | null)?.address ?? '127.0.0.1') }
    const refused = refuseControl(req.headers, guard)
    const reply = (status: number, type: string, body: string) => {
      res.writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    }
    if (refused) return reply(403, 'text/plain', `Forbidden: ${refused}\n`)
    const method = req.method ?? 'GET'
    const name = path.slice(PROXY_PREFIX.length)
    if (name === '/report' && method === 'DELETE') {
      report.clear()
      res.writeHead(204)
      return res.end()
    }
    if ((method === 'GET' || method === 'HEAD') && ['/report', '/report.json', '/report.html'].includes(name)) {
      const html = name === '/report.html' || (name === '/report' && prefersHtml(req.headers.accept))
      if (html) return reply(200, 'text/html', reportHtml(report.toJSON()))
      return reply(200, 'application/json', `${JSON.stringify(report.toJSON(), null, 2)}\n`)
    }
    return reply(
      404,
      'application/json',
      `${JSON.stringify({
        error: `Nothing at ${method} ${path.slice(0, 200)}`,
        available: [
          `GET ${PROXY_PREFIX}/report (JSON, or HTML for Accept: text/html)`,
          `GET ${PROXY_PREFIX}/report.json`,
          `GET ${PROXY_PREFIX}/report.html`,
          `DELETE ${PROXY_PREFIX}/report`,
        ],
      })}\n`,
    )
  }

  return {
    server,
    report,
    settled: async () => {
      while (pending.size) await Promise.allSettled([...pending])
    },
  }
}

/** HTML when the client ranks `text/html` above JSON, as a browser does; JSON otherwise (curl, fetch). */
function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false
  const quality = (type: string): number => {
    let best = -1
    for (const part of accept.split(',')) {
      const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
      if (range !== type && range !== `${type.split('/')[0]}/*` && range !== '*/*') continue
      const q = params.find((p) => p.startsWith('q='))
      const value = q ? Number(q.slice(2)) : 1
      // A more specific range wins over a wildcard; among equals, the higher quality.
      const specificity = range === type ? 2 : range === '*/*' ? 0 : 1
      best = Math.max(best, specificity * 10 + value)
    }
    return best
  }
  const html = quality('text/html')
  return html >= 20 && html > quality('application/json')
}

function exchangeRecord(
  op: Operation | undefined,
  e: {
    at: string
    method: string
    path: string
    rawQuery: string
    status: number
    ms: number
    issues: Issue[]
    notValidated: NotValidated[]
  },
): ExchangeRecord {
  return {
    at: e.at,
    method: e.method,
    target: redactRequestLine(`${e.path}${e.rawQuery ? `?${e.rawQuery}` : ''}`),
    status: e.status,
    operationId: op?.operationId,
    path: op?.path ?? e.path,
    ms: e.ms,
    issues: e.issues,
    notValidated: e.notValidated,
  }
}
