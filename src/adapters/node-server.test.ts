/** The node:http adapter's streamed bodies: back-pressure without leaking listeners, and a client that hangs up. */
import { afterEach, describe, expect, it } from 'vitest'
import type { Engine } from '../core/engine.ts'
import type { MockResponse } from '../core/types.ts'
import { createMockServer, listen } from './node-server.ts'

/** An engine stand-in whose every answer is the given streamed response. */
function streamingEngine(respond: () => MockResponse): Engine {
  return { id: 'stream', title: 'Stream', maxBodyBytes: 1024, operations: [], handle: respond } as unknown as Engine
}

async function* chunks(
  count: number,
  size: number,
  produced: { n: number; finished?: () => void },
): AsyncGenerator<string> {
  const chunk = 'x'.repeat(size)
  try {
    for (let i = 0; i < count; i++) {
      produced.n++
      yield chunk
    }
  } finally {
    produced.finished?.()
  }
}

describe('node-server streamed bodies', () => {
  const warnings: Error[] = []
  const onWarning = (w: Error) => void warnings.push(w)
  let close: (() => Promise<void>) | undefined
  afterEach(async () => {
    process.off('warning', onWarning)
    await close?.()
  })

  async function start(respond: () => MockResponse): Promise<string> {
    const server = createMockServer([{ prefix: '', engine: streamingEngine(respond) }])
    const url = await listen(server, 0)
    close = () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    return url
  }

  it('writes many chunks past the socket buffer with back-pressure and no listener build-up', async () => {
    process.on('warning', onWarning)
    const produced = { n: 0 }
    const url = await start(() => ({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: chunks(200, 64 * 1024, produced),
    }))
    const response = await fetch(url)
    const reader = response.body!.getReader()
    let bytes = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.length
      await new Promise((r) => setImmediate(r)) // a slow reader, so the server has to wait for 'drain'
    }
    expect(bytes).toBe(200 * 64 * 1024)
    expect(produced.n).toBe(200)
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
  })

  it('stops producing chunks (and closes the producer) when the client hangs up', async () => {
    let finished!: () => void
    const closed = new Promise<void>((resolve) => (finished = resolve))
    const produced = { n: 0, finished }
    const url = await start(() => ({ status: 200, headers: {}, body: chunks(10_000, 64 * 1024, produced) }))
    const controller = new AbortController()
    const response = await fetch(url, { signal: controller.signal })
    await response.body!.getReader().read()
    controller.abort()
    await closed
    expect(produced.n).toBeLessThan(10_000)
  })
})
