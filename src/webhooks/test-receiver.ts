/**
 * A real webhook receiver for the tests of this folder: a `node:http` server on 127.0.0.1 that records each request
 * and answers as the test says (status codes in turn, never, a dropped socket, an endless body, a redirect). The
 * tests send through the real `fetch` to it, so timeouts, resets and redirects are the network's, not a stub's.
 * Test-only: nothing in the package imports it (it uses node:http, and the queue must bundle for the browser).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** `performance.now()` when the request's body had fully arrived. */
  at: number
}

/** Answers the `n`-th request (0-based). May leave `res` unanswered: the server's close ends such requests. */
export type Answer = (req: IncomingMessage, res: ServerResponse, n: number) => void

export interface Receiver {
  /** `http://127.0.0.1:<port>/hook`. */
  url: string
  origin: string
  requests: ReceivedRequest[]
  /** Requests whose connection is still open (answered or not). */
  open: number
  /** Most requests open at once so far. */
  maxOpen: number
  /** How the next requests are answered; replaceable mid-test. */
  answer: Answer
  /** Resolves once `count` requests have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export const ok: Answer = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')

/** Answers with these statuses in turn, then keeps answering with the last one. */
export function statuses(...codes: number[]): Answer {
  return (_req, res, n) => res.writeHead(codes[Math.min(n, codes.length - 1)] ?? 200).end()
}

/** Never answers: the request stays open until the client gives up or the server is closed. */
export const hang: Answer = () => undefined

/** Drops the connection without a byte of answer. */
export const dropSocket: Answer = (req) => req.socket.destroy()

/** Answers 200 with an endless body written as fast as the client reads it; `sent.bytes` counts what went out. */
export function endlessBody(sent: { bytes: number }): Answer {
  const chunk = Buffer.alloc(64 * 1024, 'x')
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    const pump = () => {
      while (!res.destroyed) {
        sent.bytes += chunk.length
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
    }
    pump()
  }
}

/** Redirects to `location` (a path on this receiver, which then answers 200 and records that it was followed). */
export function redirectTo(status: number, location: string): Answer {
  return (req, res) => {
    if (req.url === location) res.writeHead(200).end()
    else res.writeHead(status, { location }).end()
  }
}

export async function startReceiver(answer: Answer = ok): Promise<Receiver> {
  const waiters: { count: number; resolve: () => void }[] = []
  const server = createServer((req, res) => {
    receiver.open++
    receiver.maxOpen = Math.max(receiver.maxOpen, receiver.open)
    res.once('close', () => receiver.open--)
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.once('end', () => {
      const n = receiver.requests.length
      receiver.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      })
      for (const waiter of waiters.filter((w) => receiver.requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve()
      }
      receiver.answer(req, res, n)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const receiver: Receiver = {
    url: `${origin}/hook`,
    origin,
    requests: [],
    open: 0,
    maxOpen: 0,
    answer,
    waitFor(count, timeoutMs = 5_000) {
      if (receiver.requests.length >= count) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver: ${receiver.requests.length} of ${count} requests after ${timeoutMs} ms`)),
          timeoutMs,
        )
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer)
            resolve()
          },
        })
      })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return receiver
}

/**
 * One throwaway request, so the first timed attempt of a test file does not also pay for loading fetch's HTTP stack
 * (hundreds of ms on a cold runner), which would make a short per-attempt timeout fire for the wrong reason.
 */
export async function warmUpFetch(): Promise<void> {
  const receiver = await startReceiver(ok)
  try {
    await (await fetch(receiver.url, { method: 'POST', body: '{}' })).text()
  } finally {
    await receiver.close()
  }
}
