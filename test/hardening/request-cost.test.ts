/**
 * A request within the body limit is answered, or refused in the vendor's shape, at a cost that grows linearly with
 * its size, and it does not hold up the requests that arrive meanwhile. Each hostile body is sent through the real
 * node:http server on port 0 and through the MSW handlers.
 *
 * Times are compared as ratios to an untouched small request measured in the same test, never as wall-clock bounds:
 * the machine is shared and its speed varies several-fold from run to run. The allowed ratio grows with the body:
 * one small request per KiB sent (`allowedRatio`), at least 20×. That is the claim itself, a cost linear in the size
 * of the body, and it cannot be tighter for the largest bodies: refusing 1 MiB of `{}` items cannot cost less than
 * receiving and `JSON.parse`-ing 350,000 objects, which alone takes 60-100 ms here, 50-250× a small request (more
 * through MSW, whose small requests are cheaper), against the 1,024× allowed. The quadratic validation this guards
 * against took 2,000-10,000× a small request at 128 KiB (128× allowed) and minutes at 1 MiB. Bodies grow in steps
 * (16 KiB, 128 KiB, then just under 1 MiB), so code with a superlinear cost fails at an early step instead of
 * freezing the test run for minutes on the last one. A light request sent while the heavy one is processed waits at
 * most for its synchronous part, so it gets the same allowance. Noise only ever adds time, so a heavy request that
 * misses its allowance by less than 10× is sent again, up to three times in all, and the best attempt counts; one
 * that misses by more is no noise and fails at once (another attempt would only freeze the run again).
 */
import { describe, expect, it } from 'vitest'
import { MAX_DETAILS, MockError } from '../../src/core/errors.ts'
import { DEFAULT_MAX_BODY_BYTES } from '../../src/core/engine.ts'
import { MAX_FORM_FIELDS, MAX_JSON_DEPTH } from '../../src/http/body.ts'
import { AUTH as PW_AUTH } from '../proworkflow/support.ts'
import { AUTH as SI_AUTH, NO_CHAOS } from '../scheduleit/support.ts'
import { ACCOUNT, JSON_HEADERS as RG_JSON } from '../support/resource-guru.ts'
import { TARGETS, useTarget } from '../support/targets.ts'

/** How many small requests one request carrying `bytes` may cost: one per KiB, at least 20. */
const allowedRatio = (bytes: number): number => Math.max(20, bytes / 1024)
/** Any error body, whatever was sent: 10 details of at most 1 KB each, plus the envelope, with room to spare. */
const MAX_ERROR_BYTES = 16 * 1024

const PW_JSON = { ...PW_AUTH, 'content-type': 'application/json' }
const SI_FORM = { ...SI_AUTH, 'content-type': 'application/x-www-form-urlencoded' }

interface Timed {
  status: number
  text: string
  bytes: number
  ms: number
}

async function timed(send: () => Promise<Response>): Promise<Timed> {
  const started = performance.now()
  const response = await send()
  const text = await response.text()
  return { status: response.status, text, bytes: Buffer.byteLength(text), ms: performance.now() - started }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

/** The median time of a few small requests, after one to warm up (the first compiles the operation's validators). */
async function baseline(send: () => Promise<Response>): Promise<number> {
  await timed(send)
  const times: number[] = []
  for (let i = 0; i < 5; i++) times.push((await timed(send)).ms)
  return median(times)
}

/**
 * Sends the heavy request and, until it is answered, light requests one after the other: one is always in flight, so
 * one of them waits out whatever the heavy request blocks. Resolves with the heavy answer and every light one.
 */
async function underLoad(
  heavy: () => Promise<Response>,
  light: () => Promise<Response>,
): Promise<{ heavy: Timed; lights: Timed[] }> {
  let done = false
  const lights: Timed[] = []
  const heavyAnswer = timed(heavy).finally(() => {
    done = true
  })
  const pacer = (async () => {
    do lights.push(await timed(light))
    while (!done)
  })()
  const [answer] = await Promise.all([heavyAnswer, pacer])
  return { heavy: answer, lights }
}

/** `[{},{},…]` of about `bytes` bytes. */
const emptyItems = (bytes: number): string =>
  `[${Array(Math.floor((bytes - 1) / 3))
    .fill('{}')
    .join(',')}]`

type Loaded = { heavy: Timed; lights: Timed[] }

const slowest = (result: Loaded): number => Math.max(result.heavy.ms, ...result.lights.map((l) => l.ms))

/**
 * Runs `attempt` (a heavy request under light load) and checks it against the small-request baseline: the best of up
 * to three attempts when the first ones miss narrowly (see the top of the file). Returns the attempt that counted.
 */
async function expectCheap(
  label: string,
  small: number,
  bodyBytes: number,
  attempt: () => Promise<Loaded>,
): Promise<Loaded> {
  const allowed = allowedRatio(bodyBytes)
  let best: Loaded | undefined
  for (let i = 0; i < 3; i++) {
    const result = await attempt()
    if (!best || slowest(result) < slowest(best)) best = result
    const ratio = slowest(result) / small
    if (ratio <= allowed || ratio > 10 * allowed) break
  }
  const result = best as Loaded
  const slowestLight = Math.max(...result.lights.map((l) => l.ms))
  const figures = `${label}: heavy ${result.heavy.ms.toFixed(1)} ms (${(result.heavy.ms / small).toFixed(0)}×), slowest concurrent light request ${slowestLight.toFixed(1)} ms (${result.lights.length} sent), small request ${small.toFixed(2)} ms, ${allowed.toFixed(0)}× allowed, error body ${result.heavy.bytes} B`
  if (process.env.REQUEST_COST_FIGURES) console.log(figures)
  expect(result.heavy.ms / small, figures).toBeLessThanOrEqual(allowed)
  expect(slowestLight / small, figures).toBeLessThanOrEqual(allowed)
  for (const light of result.lights) expect(light.status, figures).toBe(200)
  expect(result.heavy.bytes, figures).toBeLessThan(MAX_ERROR_BYTES)
  return result
}

const STEPS = [16 * 1024, 128 * 1024, DEFAULT_MAX_BODY_BYTES - 16]

describe.each(TARGETS)('request cost (%s)', (kind) => {
  describe('ProWorkflow bulk adds', () => {
    const t = useTarget(kind, 'proworkflow', { options: { rateLimit: 1_000_000 } })
    const light = () => t.fetch('/companies/1', { headers: PW_AUTH })

    it.each(['/companies', '/contacts', '/companies/1/contacts'])(
      'refuses an array of {} items up to 1 MiB on POST %s quickly, in the error envelope',
      async (path) => {
        const post = (body: string) => () => t.fetch(path, { method: 'POST', headers: PW_JSON, body })
        const small = await baseline(post('[{}]'))
        for (const size of STEPS) {
          const body = emptyItems(size)
          expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES)
          const result = await expectCheap(`POST ${path} with ${body.length} bytes`, small, body.length, () =>
            underLoad(post(body), light),
          )
          expect(result.heavy.status).toBe(400)
          const error = JSON.parse(result.heavy.text) as { status: string; details: string[] }
          expect(error.status).toBe('Error')
          expect(error.details.length).toBeGreaterThan(0)
          expect(error.details.length).toBeLessThanOrEqual(MAX_DETAILS + 1)
        }
      },
    )

    it('refuses more than 5,000 items in one batch, and still takes 5,000 valid ones', async () => {
      const company = { name: 'Batch Ltd', type: 'client' }
      const tooMany = await t.fetch('/companies', {
        method: 'POST',
        headers: PW_JSON,
        body: JSON.stringify(Array(5001).fill(company)),
      })
      expect(tooMany.status).toBe(400)
      expect(((await tooMany.json()) as { details: string[] }).details).toContain(
        'body must NOT have more than 5000 items',
      )
      const most = await t.fetch('/companies', {
        method: 'POST',
        headers: PW_JSON,
        body: JSON.stringify(Array(5000).fill(company)),
      })
      expect(most.status).toBe(201)
      expect(((await most.json()) as { details: unknown[] }).details).toHaveLength(5000)
    })

    it(`refuses JSON nested 100,000 levels deep as a 400 in the error envelope, and takes ${MAX_JSON_DEPTH} levels`, async () => {
      const post = (body: string) => () => t.fetch('/companies', { method: 'POST', headers: PW_JSON, body })
      const small = await baseline(post('[{}]'))
      for (const [open, close] of [
        ['[', ']'],
        ['{"a":', '}'],
      ] as const) {
        const depth = 100_000
        const body = `${open.repeat(depth)}1${close.repeat(depth)}`
        const result = await expectCheap(`${depth} levels of ${open}`, small, body.length, () =>
          underLoad(post(body), light),
        )
        expect(result.heavy.status).toBe(400)
        expect(JSON.parse(result.heavy.text)).toEqual({
          status: 'Error',
          details: [`The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels, the limit`],
        })
      }
      // At the limit the body is read as usual: a company whose unknown member nests that deep is added.
      const extra = `${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}`
      const atLimit = await t.fetch('/companies', {
        method: 'POST',
        headers: PW_JSON,
        body: `{"name":"Deep Ltd","type":"client","extra":${extra}}`,
      })
      expect(atLimit.status).toBe(201)
    })
  })

  describe('ScheduleIt form bodies', () => {
    const t = useTarget(kind, 'scheduleit', NO_CHAOS)
    const light = () => t.fetch('/api/', { headers: SI_AUTH })
    const post = (body: string) => () => t.fetch('/api/events', { method: 'POST', headers: SI_FORM, body })

    it('refuses 100,000 fields quickly with a short 400 in the vendor shape', async () => {
      const small = await baseline(post('title=&'))
      const body = Array.from({ length: 100_000 }, (_, i) => `f${i}=v`).join('&')
      expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES)
      const result = await expectCheap('100,000 form fields', small, body.length, () => underLoad(post(body), light))
      expect(result.heavy.status).toBe(400)
      expect(JSON.parse(result.heavy.text)).toEqual({
        status: 'Bad Request',
        status_code: '400',
        message: `The form body has 100000 fields; the limit is ${MAX_FORM_FIELDS}`,
      })
    })

    it(`takes ${MAX_FORM_FIELDS} fields (and reports the first problem), refuses one more`, async () => {
      const fields = (n: number) => ['title=Cost', ...Array.from({ length: n - 1 }, (_, i) => `f${i}=v`)].join('&')
      const atLimit = await timed(post(fields(MAX_FORM_FIELDS)))
      expect(atLimit.status).toBe(400)
      expect(JSON.parse(atLimit.text)).toEqual({
        status: 'Bad Request',
        status_code: '400',
        message: 'body has an unknown property "f0"',
      })
      const over = await timed(post(fields(MAX_FORM_FIELDS + 1)))
      expect(JSON.parse(over.text)).toMatchObject({
        status_code: '400',
        message: `The form body has ${MAX_FORM_FIELDS + 1} fields; the limit is ${MAX_FORM_FIELDS}`,
      })
    })

    it('cuts a long field name echoed in an error, with a marker', async () => {
      const name = 'x'.repeat(900_000)
      const reply = await timed(post(`title=Cost&${name}=1`))
      expect(reply.status).toBe(400)
      expect(reply.bytes).toBeLessThan(MAX_ERROR_BYTES)
      const { message } = JSON.parse(reply.text) as { message: string }
      expect(message).toMatch(/^body has an unknown property "x+… \(\d+ more characters cut\)$/)
    })
  })

  describe('Resource Guru JSON bodies', () => {
    const t = useTarget(kind, 'resource-guru', { options: { rateLimit: 1_000_000 } })

    it('refuses JSON nested 100,000 levels deep with a 400 in the vendor shape', async () => {
      const reply = await timed(() =>
        t.fetch(`${ACCOUNT}/clients`, {
          method: 'POST',
          headers: RG_JSON,
          body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        }),
      )
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.text)).toEqual({
        errors: [`The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels, the limit`],
      })
    })
  })
})

describe('MockError bounds (the one place every error text passes through)', () => {
  it('keeps 10 details and says how many more there were', () => {
    const error = new MockError('invalid_body', 'first', {
      details: Array.from({ length: 100_000 }, (_, i) => `problem ${i}`),
    })
    expect(error.details).toHaveLength(MAX_DETAILS + 1)
    expect(error.details.slice(0, 2)).toEqual(['problem 0', 'problem 1'])
    expect(error.details.at(-1)).toBe('… and 99990 more')
  })

  it.each([
    ['ASCII', 'a'],
    ['quotes (escaped in JSON)', '"'],
    ['control characters (\\u0001 in JSON)', '\u0001'],
    ['three-byte characters', '€'],
    ['surrogate pairs', '😀'],
  ])('bounds a message of %s, measured as JSON, and never splits a character', (_name, unit) => {
    const error = new MockError('invalid_body', `value ${unit.repeat(200_000)} was rejected`, {
      details: Array(50).fill(unit.repeat(200_000)),
    })
    const body = JSON.stringify({ errors: error.messages, message: error.message })
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_ERROR_BYTES)
    expect(error.message).toMatch(/… \(\d+ more characters cut\)$/)
    expect(error.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('leaves short messages as they are', () => {
    const error = new MockError('not_found', 'Booking 42 was not found', { details: ['a', 'b'] })
    expect(error.message).toBe('Booking 42 was not found')
    expect(error.details).toEqual(['a', 'b'])
  })
})
