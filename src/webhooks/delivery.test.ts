/**
 * The delivery queue against a real receiver (node:http on 127.0.0.1, the real fetch): statuses, the retry schedule
 * (walked by hand with the manual scheduler, and once in real time), the caps, `sendNow`, `cancel` and `close`.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../core/errors.ts'
import {
  createDeliveryQueue,
  type Delivery,
  type DeliveryQueue,
  type DeliveryQueueOptions,
  type DeliveryState,
  type DeliveryStatus,
} from './delivery.ts'
import { manualScheduler } from './scheduler.ts'
import { hang, ok, startReceiver, statuses, type Receiver, warmUpFetch } from './test-receiver.ts'

const headers = { 'content-type': 'application/json', 'user-agent': 'Example/Webhooks', 'x-example-signature': 'f00d' }

function delivery(id: number, url: string, extra: Partial<Delivery<number>> = {}): Delivery<number> {
  return { id, url, headers, body: JSON.stringify({ id, payload: { action: 'create' } }), ...extra }
}

/** Every `onStatus` call, and a way to wait for a given one. */
function statusLog() {
  const events: { id: number; state: DeliveryState }[] = []
  const listeners = new Set<() => void>()
  const nth = (id: number, status: DeliveryStatus, n: number) =>
    events.filter((e) => e.id === id && e.state.status === status)[n - 1]?.state
  return {
    events,
    of: (id: number) => events.filter((e) => e.id === id).map((e) => e.state),
    onStatus(id: number, state: DeliveryState) {
      events.push({ id, state })
      for (const listener of [...listeners]) listener()
    },
    /** The `n`-th (1-based) status `status` of delivery `id`, already reported or still to come. */
    until(id: number, status: DeliveryStatus, n = 1, timeoutMs = 5_000): Promise<DeliveryState> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const state = nth(id, status, n)
          if (!state) return
          listeners.delete(check)
          clearTimeout(timer)
          resolve(state)
        }
        const timer = setTimeout(() => {
          listeners.delete(check)
          reject(new Error(`no ${status} #${n} for ${id} within ${timeoutMs} ms`))
        }, timeoutMs)
        listeners.add(check)
        check()
      })
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('createDeliveryQueue', () => {
  beforeAll(warmUpFetch)
  let receiver: Receiver | undefined
  let queue: DeliveryQueue<number> | undefined
  afterEach(async () => {
    await queue?.close()
    await receiver?.close()
    queue = receiver = undefined
  })

  function makeQueue(options: DeliveryQueueOptions<number> = {}) {
    const log = statusLog()
    queue = createDeliveryQueue<number>({ onStatus: log.onStatus, ...options })
    return { queue, log }
  }

  it('delivers on the first try: pending at once, then delivered, with the exact body and headers', async () => {
    receiver = await startReceiver(ok)
    const { queue, log } = makeQueue()
    const sent = delivery(1, receiver.url)
    expect(queue.enqueue(sent)).toEqual({ status: 'pending', attempts: 0 })
    // The first status is reported from enqueue itself, before any attempt.
    expect(log.of(1)).toEqual([{ status: 'pending', attempts: 0 }])
    const done = await log.until(1, 'delivered')
    expect(done).toEqual({ status: 'delivered', attempts: 1, lastStatus: 200, lastAttemptAt: expect.any(Number) })
    expect(receiver.requests).toHaveLength(1)
    expect(receiver.requests[0]).toMatchObject({ method: 'POST', path: '/hook', body: sent.body, headers })
    // Delivered deliveries are forgotten: the vendor's record is what remains.
    expect(queue.size).toBe(0)
    expect(queue.has(1)).toBe(false)
  })

  it('retries with exponential backoff up to the ceiling, walked with the manual scheduler', async () => {
    receiver = await startReceiver(statuses(500))
    const scheduler = manualScheduler()
    const { queue, log } = makeQueue({
      scheduler,
      firstRetryMs: 2_000,
      backoffFactor: 2,
      maxRetryDelayMs: 5_000,
      maxAttempts: 5,
    })
    queue.enqueue(delivery(1, receiver.url))
    // Even the first attempt waits for a timer: nothing is sent on the enqueuing call's stack.
    expect(queue.inFlight).toBe(0)
    expect(scheduler.pending()).toEqual([scheduler.now()])
    scheduler.advance(0)
    expect(queue.inFlight).toBe(1)

    const delays: number[] = []
    for (let attempt = 1; attempt < 5; attempt++) {
      const state = await log.until(1, 'failing', attempt)
      expect(state).toMatchObject({ status: 'failing', attempts: attempt, lastStatus: 500 })
      const delay = state.nextAttemptAt! - scheduler.now()
      delays.push(delay)
      expect(scheduler.pending()).toEqual([state.nextAttemptAt])
      // Not a millisecond early...
      scheduler.advance(delay - 1)
      expect(queue.inFlight).toBe(0)
      // ...and on time.
      scheduler.advance(1)
      expect(queue.inFlight).toBe(1)
    }
    expect(delays).toEqual([2_000, 4_000, 5_000, 5_000])
    const failed = await log.until(1, 'failed')
    expect(failed).toEqual({ status: 'failed', attempts: 5, lastStatus: 500, lastAttemptAt: scheduler.now() })
    expect(receiver.requests).toHaveLength(5)
    expect(scheduler.pending()).toEqual([])
    expect(queue.size).toBe(0)
    expect(log.of(1).map((s) => s.status)).toEqual(['pending', 'failing', 'failing', 'failing', 'failing', 'failed'])
  })

  it('retries in real time: 500, then 200 after the first retry delay', async () => {
    receiver = await startReceiver(statuses(500, 200))
    const { queue, log } = makeQueue({ firstRetryMs: 20 })
    queue.enqueue(delivery(1, receiver.url))
    const failing = await log.until(1, 'failing')
    expect(failing).toMatchObject({ attempts: 1, lastStatus: 500 })
    expect(failing.nextAttemptAt! - failing.lastAttemptAt!).toBeGreaterThanOrEqual(20)
    expect(await log.until(1, 'delivered')).toMatchObject({ attempts: 2, lastStatus: 200 })
    const [first, second] = receiver.requests
    // Timers may fire a millisecond early by performance.now's reckoning; the retry was not immediate.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(18)
    expect(second!.body).toBe(first!.body)
  })

  it('fails after maxAttempts, reporting the last answer', async () => {
    receiver = await startReceiver(statuses(503))
    const { queue, log } = makeQueue({ firstRetryMs: 5, maxAttempts: 3 })
    queue.enqueue(delivery(1, receiver.url))
    expect(await log.until(1, 'failed')).toMatchObject({ status: 'failed', attempts: 3, lastStatus: 503 })
    expect(receiver.requests).toHaveLength(3)
    expect(queue.size).toBe(0)
  })

  it('takes a per-delivery maxAttempts (a one-off test payload is tried once)', async () => {
    receiver = await startReceiver(statuses(500))
    const { queue, log } = makeQueue({ firstRetryMs: 5 })
    queue.enqueue(delivery(1, receiver.url, { maxAttempts: 1 }))
    expect(await log.until(1, 'failed')).toMatchObject({ attempts: 1, lastStatus: 500 })
    expect(() => queue.enqueue(delivery(2, receiver!.url, { maxAttempts: 0 }))).toThrow(ConfigError)
  })

  it('never blocks enqueue on a hanging receiver, and times each attempt out', async () => {
    receiver = await startReceiver(hang)
    const { queue, log } = makeQueue({ timeoutMs: 150, firstRetryMs: 60_000 })
    queue.enqueue(delivery(1, receiver.url))
    await receiver.waitFor(1)
    expect(queue.inFlight).toBe(1)
    // While that attempt hangs, enqueuing returns at once, synchronously, with a plain state (not a promise).
    const started = performance.now()
    const state = queue.enqueue(delivery(2, receiver.url))
    // Microseconds in truth; the bound leaves room for a busy runner descheduling the test.
    expect(performance.now() - started).toBeLessThan(50)
    expect(state).toEqual({ status: 'pending', attempts: 0 })
    const failing = await log.until(1, 'failing')
    expect(failing).toMatchObject({ attempts: 1, lastError: 'no answer within 150 ms' })
    expect(failing.lastStatus).toBeUndefined()
    expect(await log.until(2, 'failing')).toMatchObject({ attempts: 1, lastError: 'no answer within 150 ms' })
    // Both hung connections were closed by the timeout, not left open.
    await expect.poll(() => receiver?.open).toBe(0)
  })

  it('drops the oldest deliveries when the queue is full, reporting each as failed with the reason', async () => {
    receiver = await startReceiver(ok)
    // The manual scheduler is never advanced: nothing is sent, everything stays queued.
    const { queue, log } = makeQueue({ scheduler: manualScheduler(), maxQueued: 3 })
    for (const id of [1, 2, 3]) queue.enqueue(delivery(id, receiver.url))
    expect(queue.size).toBe(3)
    expect(queue.enqueue(delivery(4, receiver.url)).status).toBe('pending')
    expect(queue.size).toBe(3)
    expect(log.of(1).at(-1)).toEqual({
      status: 'failed',
      attempts: 0,
      lastError: 'dropped: the delivery queue was full (3 deliveries, 33554432 bytes)',
    })
    expect([1, 2, 3, 4].map((id) => queue.has(id))).toEqual([false, true, true, true])
    expect(queue.get(2)).toEqual({ status: 'pending', attempts: 0 })
  })

  it('also bounds the bytes held, dropping as many old deliveries as the new one needs', async () => {
    const { queue, log } = makeQueue({
      scheduler: manualScheduler(),
      maxBodyBytes: 1_000,
      maxHeaderBytes: 1_000,
      maxQueuedBytes: 2_500,
    })
    const url = 'http://127.0.0.1:9/hook'
    const body = (n: number) => 'x'.repeat(n)
    queue.enqueue({ id: 1, url, headers: {}, body: body(800) })
    queue.enqueue({ id: 2, url, headers: {}, body: body(800) })
    queue.enqueue({ id: 3, url, headers: {}, body: body(800) })
    // Each weighs its body plus its 23-character URL: 3 × 823 held; 1,023 more need two of them gone.
    queue.enqueue({ id: 4, url, headers: {}, body: body(1_000) })
    expect([1, 2, 3, 4].map((id) => queue.has(id))).toEqual([false, false, true, true])
    expect(log.of(2).at(-1)?.lastError).toMatch(/^dropped: the delivery queue was full/)
  })

  it('refuses a new delivery when the queue is full of deliveries in flight', async () => {
    receiver = await startReceiver(hang)
    const { queue } = makeQueue({ maxQueued: 1, maxConcurrent: 1, timeoutMs: 5_000 })
    queue.enqueue(delivery(1, receiver.url))
    await receiver.waitFor(1)
    expect(queue.enqueue(delivery(2, receiver.url))).toEqual({
      status: 'failed',
      attempts: 0,
      lastError: 'the delivery queue is full (1 deliveries, 33554432 bytes) of deliveries in flight',
    })
    expect(queue.has(1)).toBe(true)
  })

  it('keeps at most maxConcurrent attempts in flight; the others wait their turn', async () => {
    const held: ServerResponse[] = []
    receiver = await startReceiver((_req, res) => void held.push(res))
    const { queue, log } = makeQueue({ maxConcurrent: 2 })
    for (const id of [1, 2, 3, 4, 5]) queue.enqueue(delivery(id, receiver.url))
    await receiver.waitFor(2)
    await sleep(100)
    expect(receiver.requests).toHaveLength(2)
    expect(queue.inFlight).toBe(2)
    expect(queue.size).toBe(5)
    // Release the held ones and answer the rest at once: all five arrive, never more than two at a time.
    receiver.answer = ok
    for (const res of held) res.writeHead(200).end()
    await Promise.all([1, 2, 3, 4, 5].map((id) => log.until(id, 'delivered')))
    expect(receiver.requests).toHaveLength(5)
    expect(receiver.maxOpen).toBe(2)
    // Oldest first.
    expect(receiver.requests.map((r) => (JSON.parse(r.body) as { id: number }).id)).toEqual([1, 2, 3, 4, 5])
  })

  it('sendNow attempts a failing delivery at once, ignoring its schedule, and resolves with the outcome', async () => {
    receiver = await startReceiver(statuses(500, 200))
    const scheduler = manualScheduler()
    const { queue, log } = makeQueue({ scheduler, firstRetryMs: 60_000 })
    queue.enqueue(delivery(1, receiver.url))
    scheduler.advance(0)
    await log.until(1, 'failing')
    expect(scheduler.pending()).toEqual([scheduler.now() + 60_000])
    const state = await queue.sendNow(1)
    expect(state).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 200 })
    // The retry timer it replaced is gone.
    expect(scheduler.pending()).toEqual([])
    expect(await queue.sendNow(1)).toBeUndefined()
    expect(await queue.sendNow(99)).toBeUndefined()
  })

  it('sendNow goes ahead of deliveries already waiting for a slot, and joins an attempt in flight', async () => {
    const held: ServerResponse[] = []
    receiver = await startReceiver((_req, res) => void held.push(res))
    const { queue, log } = makeQueue({ maxConcurrent: 1 })
    for (const id of [1, 2, 3]) queue.enqueue(delivery(id, receiver.url))
    await receiver.waitFor(1)
    const joined = queue.sendNow(1)
    const jumped = queue.sendNow(3)
    receiver.answer = ok
    held[0]!.writeHead(200).end()
    expect(await joined).toMatchObject({ status: 'delivered', attempts: 1 })
    expect(await jumped).toMatchObject({ status: 'delivered', attempts: 1 })
    await log.until(2, 'delivered')
    expect(receiver.requests.map((r) => (JSON.parse(r.body) as { id: number }).id)).toEqual([1, 3, 2])
  })

  it('cancel forgets a delivery, aborting its attempt in flight, and reports nothing more', async () => {
    receiver = await startReceiver(hang)
    const { queue, log } = makeQueue({ timeoutMs: 10_000 })
    queue.enqueue(delivery(1, receiver.url))
    await receiver.waitFor(1)
    expect(queue.cancel(1)).toBe(true)
    expect(queue.cancel(1)).toBe(false)
    await expect.poll(() => queue.inFlight).toBe(0)
    await expect.poll(() => receiver?.open).toBe(0)
    expect(log.of(1)).toEqual([{ status: 'pending', attempts: 0 }])
    // The id is free again: a re-send enqueues it anew.
    receiver.answer = ok
    queue.enqueue(delivery(1, receiver.url))
    expect(await log.until(1, 'delivered')).toMatchObject({ attempts: 1 })
  })

  it('refuses to enqueue an id that is already queued', async () => {
    const { queue } = makeQueue({ scheduler: manualScheduler() })
    queue.enqueue(delivery(1, 'http://127.0.0.1:9/hook'))
    expect(() => queue.enqueue(delivery(1, 'http://127.0.0.1:9/hook'))).toThrow(/already queued: use sendNow/)
  })

  it.each([
    ['ftp://example.test/hook', 'only http: and https: URLs are delivered to, not ftp:'],
    ['file:///etc/passwd', 'only http: and https: URLs are delivered to, not file:'],
    ['not a url', 'not a valid absolute URL: not a url'],
  ])('refuses %j at enqueue: failed with the reason, nothing queued or sent', (url, reason) => {
    const scheduler = manualScheduler()
    const { queue, log } = makeQueue({ scheduler })
    const refused = { status: 'failed', attempts: 0, lastError: reason }
    expect(queue.enqueue(delivery(1, url))).toEqual(refused)
    expect(log.of(1)).toEqual([refused])
    expect(queue.size).toBe(0)
    expect(scheduler.pending()).toEqual([])
  })

  it('refuses a body over maxBodyBytes at enqueue', () => {
    const { queue } = makeQueue({ maxBodyBytes: 10 })
    expect(queue.enqueue({ id: 1, url: 'http://127.0.0.1:9/', headers: {}, body: '12345678901' })).toEqual({
      status: 'failed',
      attempts: 0,
      lastError: 'the body is more than the 10 bytes allowed',
    })
  })

  it('with enabled: false, reports disabled and sends nothing', async () => {
    receiver = await startReceiver(ok)
    const { queue, log } = makeQueue({ enabled: false })
    expect(queue.enabled).toBe(false)
    expect(queue.enqueue(delivery(1, receiver.url))).toEqual({ status: 'disabled', attempts: 0 })
    expect(log.of(1)).toEqual([{ status: 'disabled', attempts: 0 }])
    expect(queue.size).toBe(0)
    expect(await queue.sendNow(1)).toBeUndefined()
    await sleep(100)
    expect(receiver.requests).toHaveLength(0)
  })

  it('close() clears retry timers, aborts attempts in flight, and refuses later deliveries', async () => {
    receiver = await startReceiver(hang)
    const scheduler = manualScheduler()
    const { queue, log } = makeQueue({ scheduler, timeoutMs: 60_000 })
    queue.enqueue(delivery(1, receiver.url))
    queue.enqueue(delivery(2, receiver.url))
    scheduler.advance(0)
    await receiver.waitFor(2)
    queue.enqueue(delivery(3, receiver.url))
    expect(scheduler.pending()).toHaveLength(1)
    const waiting = queue.sendNow(1)
    const started = performance.now()
    await queue.close()
    // Far sooner than the minute-long attempt timeout: the attempts were aborted.
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(scheduler.pending()).toEqual([])
    expect(queue.size).toBe(0)
    expect(queue.inFlight).toBe(0)
    await expect.poll(() => receiver?.open).toBe(0)
    expect(await waiting).toEqual({ status: 'pending', attempts: 0 })
    // No status for what close() dropped; the records keep their last one.
    expect(log.events.map((e) => e.state.status)).toEqual(['pending', 'pending', 'pending'])
    expect(queue.enqueue(delivery(4, receiver.url))).toEqual({
      status: 'failed',
      attempts: 0,
      lastError: 'the delivery queue is closed',
    })
    await expect(queue.close()).resolves.toBeUndefined()
  })

  it('reports a throwing onStatus to onError and carries on', async () => {
    receiver = await startReceiver(ok)
    const errors: unknown[] = []
    const seen: DeliveryStatus[] = []
    queue = createDeliveryQueue<number>({
      onStatus: (_id, state) => {
        seen.push(state.status)
        throw new Error(`boom ${state.status}`)
      },
      onError: (error) => errors.push(error),
    })
    queue.enqueue(delivery(1, receiver.url))
    await expect.poll(() => seen).toEqual(['pending', 'delivered'])
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom pending', 'boom delivered'])
  })

  it.each([
    [{ timeoutMs: 0 }, 'timeoutMs must be a finite number > 0, got 0'],
    [{ maxAttempts: 1.5 }, 'maxAttempts must be a whole number >= 1, got 1.5'],
    [{ maxConcurrent: 0 }, 'maxConcurrent must be a whole number >= 1, got 0'],
    [{ backoffFactor: 0.5 }, 'backoffFactor must be a finite number >= 1, got 0.5'],
    [{ firstRetryMs: -1 }, 'firstRetryMs must be a finite number >= 0, got -1'],
    [{ maxQueuedBytes: 10 }, 'maxQueuedBytes must be >= maxBodyBytes + maxHeaderBytes, got 10'],
  ])('refuses options %j', (options, message) => {
    expect(() => createDeliveryQueue(options)).toThrow(new ConfigError(`webhook delivery: ${message}`))
  })
})

describe('the process is not kept alive', () => {
  let receiver: Receiver | undefined
  let dir: string | undefined
  afterEach(async () => {
    await receiver?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
    receiver = dir = undefined
  })

  /**
   * Runs a child Node process that enqueues one delivery to `url` and then does nothing else (or closes the queue);
   * returns its output lines and exit code. Only the queue's own timers and sockets could keep it running.
   */
  async function runChild(url: string, mode: 'idle' | 'close'): Promise<{ code: number | null; lines: string[] }> {
    dir = mkdtempSync(join(tmpdir(), 'webhook-delivery-'))
    const script = join(dir, 'child.ts')
    writeFileSync(
      script,
      `import { createDeliveryQueue } from ${JSON.stringify(new URL('./delivery.ts', import.meta.url).href)}
const say = (what: string) => console.log(JSON.stringify({ what, at: Date.now() }))
// A retry ten minutes away and an attempt timeout of two minutes: only unref'd timers and close() can let this exit soon.
const queue = createDeliveryQueue({ timeoutMs: 120_000, firstRetryMs: 600_000, onStatus: (_id, s) => say(s.status) })
queue.enqueue({ id: 1, url: ${JSON.stringify(url)}, headers: { 'content-type': 'application/json' }, body: '{}' })
if (${JSON.stringify(mode)} === 'close') {
  // unref'd: this timer must not be what keeps the process up; the hanging attempt does, until close() ends it.
  setTimeout(() => {
    say('closing:' + queue.inFlight)
    void queue.close().then(() => say('closed'))
  }, 500).unref()
}
process.on('exit', () => say('exit'))
`,
    )
    // tsx (a dev dependency) is resolved from the working directory: the repository's root.
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    return { code, lines: out.trim().split('\n') }
  }

  const events = (lines: string[]) => lines.map((l) => JSON.parse(l) as { what: string; at: number })

  it('exits on its own with a retry pending', async () => {
    receiver = await startReceiver(statuses(500))
    const { code, lines } = await runChild(receiver.url, 'idle')
    expect(code).toBe(0)
    const seen = events(lines)
    expect(seen.map((e) => e.what)).toEqual(['pending', 'failing', 'exit'])
    // Right after the failure (a second, usually; the bound allows a busy runner), not after the ten-minute retry.
    expect(seen[2]!.at - seen[1]!.at).toBeLessThan(20_000)
    expect(receiver.requests).toHaveLength(1)
  }, 60_000)

  it('exits once close() aborts an attempt that would otherwise hang for two minutes', async () => {
    receiver = await startReceiver(hang)
    const { code, lines } = await runChild(receiver.url, 'close')
    expect(code).toBe(0)
    const seen = events(lines)
    expect(seen.map((e) => e.what)).toEqual(['pending', 'closing:1', 'closed', 'exit'])
    // Right after close(), not at the two-minute attempt timeout.
    expect(seen[3]!.at - seen[1]!.at).toBeLessThan(20_000)
    await expect.poll(() => receiver?.open).toBe(0)
  }, 60_000)
})
