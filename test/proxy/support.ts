/**
 * Helpers for the proxy tests: a raw HTTP client (fetch would decompress bodies and fold headers, hiding exactly what
 * the proxy must not change) and upstreams built on node:http that record what they received and sent.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { listen } from '../../src/adapters/node-server.ts'
import type { ProxyReport } from '../../src/proxy/report.ts'

export const BASIC = `Basic ${btoa('user@example.com:secret')}`

export interface RawResponse {
  status: number
  statusMessage: string
  /** As received, in order: `[name, value, …]`. */
  rawHeaders: string[]
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface RawRequest {
  method?: string
  /** An object, or raw headers `[name, value, …]` to send repeats and exact spellings. */
  headers?: Record<string, string> | string[]
  body?: string | Buffer
}

/** One request over node:http, answered with the exact status line, header list and body bytes. */
export function send(url: string, init: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // node:http takes raw headers here too, but then adds no Host of its own.
    const raw = Array.isArray(init.headers)
    const headers = (raw ? ['Host', new URL(url).host, ...(init.headers as string[])] : init.headers) as
      | Record<string, string>
      | undefined
    const req = request(url, { method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          statusMessage: res.statusMessage ?? '',
          rawHeaders: res.rawHeaders,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Raw headers without the hop-by-hop ones (which each connection sets for itself) and `Date`. */
export function endToEndHeaders(raw: string[]): string[][] {
  const pairs: string[][] = []
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string])
  return pairs.filter(
    ([name]) => !['connection', 'keep-alive', 'transfer-encoding', 'date'].includes(name!.toLowerCase()),
  )
}

export interface Exchange {
  method: string
  url: string
  rawHeaders: string[]
  body: Buffer
  /** What the upstream answered, as it sent it. */
  response?: { status: number; headers: Record<string, string>; body: Buffer }
}

/** What a test upstream does with a response from the mock before sending it on. */
export type Mutation = (response: { status: number; headers: Record<string, string>; body: Buffer }) => void

/**
 * An upstream that forwards to `target` (our mock) and applies `mutation` (if any) to what comes back, recording
 * every exchange: the request as it arrived, the response as it left.
 */
export async function mutatingUpstream(target: string): Promise<{
  url: string
  exchanges: Exchange[]
  mutation: Mutation | undefined
  close(): Promise<void>
}> {
  const state = {
    exchanges: [] as Exchange[],
    mutation: undefined as Mutation | undefined,
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const exchange: Exchange = { method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders, body }
      state.exchanges.push(exchange)
      const headers = { ...req.headers } as Record<string, string>
      delete headers.host
      const out = request(`${target}${req.url}`, { method: req.method, headers }, (answer) => {
        const parts: Buffer[] = []
        answer.on('data', (c: Buffer) => parts.push(c))
        answer.on('end', () => {
          const response = {
            status: answer.statusCode ?? 500,
            headers: Object.fromEntries(
              Object.entries(answer.headers).filter(([n]) => !['connection', 'keep-alive', 'date'].includes(n)),
            ) as Record<string, string>,
            body: Buffer.concat(parts),
          }
          state.mutation?.(response)
          response.headers['content-length'] = String(response.body.length)
          exchange.response = response
          res.writeHead(response.status, response.headers)
          res.end(response.body)
        })
      })
      out.end(body)
    })
  })
  const url = await listen(server, 0)
  return {
    url,
    get exchanges() {
      return state.exchanges
    },
    get mutation() {
      return state.mutation
    },
    set mutation(m) {
      state.mutation = m
    },
    close: () => closeServer(server),
  }
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void

const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../schemas/proxy-report.schema.json', import.meta.url)), 'utf8'),
) as object

/** The problems of a report by the published JSON Schema (empty when it conforms). */
export function schemaProblems(report: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  const validate = ajv.compile(SCHEMA)
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

/** Every violation of a report, flattened with its operation, for `toContainEqual` assertions. */
export function violationsOf(report: ProxyReport) {
  return report.operations.flatMap((op) =>
    op.violations.map((v) => ({ operationId: op.operationId, kind: v.kind, rule: v.rule, path: v.path })),
  )
}
