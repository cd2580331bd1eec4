/** Small HTTP helpers shared by the benchmarks: one request on its own connection, raw headers and body back. */
import { request } from 'node:http'

export const HOST = '127.0.0.1'

export interface RawResponse {
  status: number
  rawHeaders: string[]
  body: Buffer
}

export function fetchRaw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        path,
        method: options.method ?? 'GET',
        headers: { ...options.headers, connection: 'close' },
        timeout: options.timeoutMs ?? 10_000,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timeout: ${path}`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

export function headerPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string])
  return pairs
}

export function headerValue(raw: string[], name: string): string | undefined {
  return headerPairs(raw).find(([k]) => k.toLowerCase() === name)?.[1]
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export function median(values: number[]): number {
  if (values.length === 0) return NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
