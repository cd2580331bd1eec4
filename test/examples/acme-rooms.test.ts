/**
 * The "Mock your own API" example (examples/acme-rooms/) as a user runs it: through the package's public entry point
 * only, over HTTP (`startServer`) and in-process (MSW `setupServer`). Importing the plug-in here also type-checks it
 * under `npm run typecheck`; `npx tsc -p examples` checks the rest of examples/.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { setupServer } from 'msw/node'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import {
  ConfigError,
  createHandlers,
  createMock,
  empty,
  handlerGroup,
  defineHandlers,
  manualClock,
  startServer,
  type Engine,
  type HandlerMap,
} from 'scheduling-api-mocks'
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  acmeRooms,
  type AcmeRoomsOptions,
  type AcmeRoomsState,
  type Booking,
  type operations,
  type Room,
} from '../../examples/acme-rooms/plugin.ts'

/** The spec's server: where MSW answers by default. */
const SPEC_URL = 'https://rooms.acme.example/v1'
const AUTH = { authorization: `Basic ${btoa('demo:demo-password')}` }
/** Wednesday 5 June 2030, 10:00:15 UTC: 15 s into a rate-limit minute. The seeded bookings are on the next day. */
const NOW = Date.UTC(2030, 5, 5, 10, 0, 15)
const TOMORROW = '2030-06-06'

type Kind = 'http' | 'msw'

interface Target {
  base: string
  engine: Engine
  clock: ReturnType<typeof manualClock>
}

/** One MSW server for the file; each MSW target adds its handlers to it (`server.use`), and they go after the test. */
const msw = setupServer()

/** A fresh mock (its own state and counters) for one test, closed when the test ends. */
async function open(kind: Kind, options: Record<string, unknown> = {}): Promise<Target> {
  const clock = manualClock(NOW)
  if (kind === 'http') {
    const server = await startServer({
      apis: [acmeRooms],
      port: 0,
      engine: { clock, validateResponses: true },
      options: { [acmeRooms.id]: options },
    })
    onTestFinished(() => server.close())
    return { base: `${server.url}${server.prefixes[acmeRooms.id]}`, engine: server.engines[0]!, clock }
  }
  const mock = createMock(acmeRooms, { clock, validateResponses: true, options })
  msw.use(...mock.handlers)
  onTestFinished(() => msw.resetHandlers())
  return { base: SPEC_URL, engine: mock.engine, clock }
}

interface Reply {
  status: number
  headers: Headers
  body: unknown
}

async function call(
  t: Target,
  method: string,
  path: string,
  { body, headers = AUTH }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const response = await fetch(`${t.base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}

/** ACME's error shape, `{"error": {"code", "message", "details"?}}`, and nothing else. */
function expectAcmeError(reply: Reply, status: number, code: string, message: string | RegExp): void {
  expect(reply.status).toBe(status)
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/)
  expect(Object.keys(reply.body as object)).toEqual(['error'])
  const { error } = reply.body as { error: { code: string; message: string; details?: string[] } }
  expect(error.code).toBe(code)
  expect(error.message).toMatch(message)
  expect(Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k))).toEqual([])
}

const newBooking = (overrides: Record<string, unknown> = {}) => ({
  roomId: 1,
  title: 'Quarterly review',
  start: `${TOMORROW}T07:00:00Z`,
  end: `${TOMORROW}T08:30:00Z`,
  ...overrides,
})

describe.each<Kind>(['http', 'msw'])('ACME Rooms example through the public entry point (%s)', (kind) => {
  beforeAll(() => {
    if (kind === 'msw') msw.listen({ onUnhandledRequest: 'error' })
  })
  afterAll(() => {
    if (kind === 'msw') msw.close()
  })
  let target: Target | undefined
  // Every response of every test was checked against openapi.yaml (validateResponses): the example keeps its spec.
  afterEach(() => {
    if (target) expect(target.engine.violations).toEqual([])
    target = undefined
  })

  it('lists the seeded rooms and bookings, filtered by the typed query parameters', async () => {
    const t = (target = await open(kind))
    const rooms = await call(t, 'GET', '/rooms')
    expect(rooms.status).toBe(200)
    expect(rooms.headers.get('ratelimit-limit')).toBe('60')
    const list = rooms.body as Room[]
    expect(list.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]) // the `rooms` option's default
    expect(new Set(list.map((r) => r.name)).size).toBe(6)
    const big = (await call(t, 'GET', '/rooms?minCapacity=10')).body as Room[]
    expect(big.length).toBeGreaterThan(0)
    expect(big.length).toBeLessThan(6)
    expect(big).toEqual(list.filter((r) => r.capacity >= 10))

    const bookings = (await call(t, 'GET', '/bookings')).body as Booking[]
    expect(bookings.length).toBeGreaterThan(0)
    expect(bookings.every((b) => b.start.startsWith(TOMORROW))).toBe(true)
    expect(bookings.map((b) => b.start)).toEqual(bookings.map((b) => b.start).sort())
    const roomId = bookings[0]!.roomId
    expect((await call(t, 'GET', `/bookings?roomId=${roomId}`)).body).toEqual(
      bookings.filter((b) => b.roomId === roomId),
    )
    // Same seed, same data: a second mock seeds the very same rooms.
    const again = await open(kind)
    expect(((await call(again, 'GET', '/rooms')).body as Room[]).map((r) => r.name)).toEqual(list.map((r) => r.name))
  })

  it('seeds as many rooms as the `rooms` option says', async () => {
    const t = (target = await open(kind, { rooms: 3 }))
    expect(((await call(t, 'GET', '/rooms')).body as Room[]).map((r) => r.id)).toEqual([1, 2, 3])
    expectAcmeError(await call(t, 'GET', '/rooms/4'), 404, 'not_found', 'Room 4 was not found')
  })

  it('creates a booking (201, Location) that reads back, lists, and deletes', async () => {
    const t = (target = await open(kind))
    const created = await call(t, 'POST', '/bookings', { body: newBooking() })
    expect(created.status).toBe(201)
    const booking = created.body as Booking
    expect(booking).toEqual({ id: expect.any(Number), organiser: 'demo', ...newBooking() })
    expect(created.headers.get('location')).toBe(`${t.base}/bookings/${booking.id}`)

    expect((await call(t, 'GET', `/bookings/${booking.id}`)).body).toEqual(booking)
    const ofRoom = (await call(t, 'GET', '/bookings?roomId=1')).body as Booking[]
    expect(ofRoom[0]).toEqual(booking) // the earliest of the room's bookings

    expect((await call(t, 'DELETE', `/bookings/${booking.id}`)).status).toBe(204)
    expectAcmeError(
      await call(t, 'GET', `/bookings/${booking.id}`),
      404,
      'not_found',
      `Booking ${booking.id} was not found`,
    )
  })

  it('refuses what the schema cannot say in the handler: an unknown room, end before start, a clash', async () => {
    const t = (target = await open(kind))
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ roomId: 99 }) }),
      422,
      'invalid_body',
      'Room 99 does not exist',
    )
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ end: `${TOMORROW}T06:00:00Z` }) }),
      422,
      'invalid_body',
      'end must be after start',
    )
    const first = (await call(t, 'POST', '/bookings', { body: newBooking() })).body as Booking
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ start: `${TOMORROW}T08:00:00Z` }) }),
      409,
      'conflict',
      `Room 1 is already booked from ${first.start} to ${first.end} (booking ${first.id})`,
    )
  })

  it('answers 401 in the error shape, with WWW-Authenticate, without credentials or with wrong ones', async () => {
    const t = (target = await open(kind))
    const none = await call(t, 'GET', '/rooms', { headers: {} })
    expectAcmeError(none, 401, 'unauthorized', /no credentials were sent/)
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="ACME Rooms"')
    const wrong = await call(t, 'GET', '/rooms', { headers: { authorization: `Basic ${btoa('demo:guess')}` } })
    expectAcmeError(wrong, 401, 'unauthorized', /credentials are invalid/)
    const stranger = { authorization: `Basic ${btoa('mallory:demo-password')}` }
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking(), headers: stranger }),
      401,
      'unauthorized',
      /invalid/,
    )
    // Other credentials through the options.
    const u = await open(kind, { username: 'ada', password: 's3cret' })
    expect((await call(u, 'GET', '/rooms', { headers: { authorization: `Basic ${btoa('ada:s3cret')}` } })).status).toBe(
      200,
    )
    expect((await call(u, 'GET', '/rooms')).status).toBe(401)
  })

  it('answers invalid requests from the spec alone (422 body, 400 parameters or JSON) in the error shape', async () => {
    const t = (target = await open(kind))
    const { title: _, ...untitled } = newBooking()
    expectAcmeError(await call(t, 'POST', '/bookings', { body: untitled }), 422, 'invalid_body', /title/)
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ roomId: 'one' }) }),
      422,
      'invalid_body',
      /roomId/,
    )
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ colour: 'blue' }) }),
      422,
      'invalid_body',
      /colour/,
    )
    expectAcmeError(
      await call(t, 'POST', '/bookings', { body: newBooking({ start: 'tomorrow' }) }),
      422,
      'invalid_body',
      /start/,
    )
    expectAcmeError(await call(t, 'POST', '/bookings', { body: '{"roomId": 1,' }), 400, 'malformed_body', /JSON/)
    expectAcmeError(await call(t, 'GET', '/rooms?minCapacity=0'), 400, 'invalid_parameters', /minCapacity/)
    expectAcmeError(await call(t, 'GET', '/bookings/first'), 400, 'invalid_parameters', /bookingId/)
    expectAcmeError(await call(t, 'GET', '/floors'), 404, 'no_route', /GET \/floors/)
    // Nothing was booked by the refused requests.
    expect(
      ((await call(t, 'GET', '/bookings?roomId=1')).body as Booking[]).some((b) => b.title === 'Quarterly review'),
    ).toBe(false)
  })

  it('answers 429 with RateLimit-* and Retry-After once a user has sent the minute’s requests', async () => {
    const t = (target = await open(kind, { rateLimit: 3 }))
    for (const remaining of ['2', '1', '0']) {
      const ok = await call(t, 'GET', '/rooms')
      expect(ok.status).toBe(200)
      expect(ok.headers.get('ratelimit-remaining')).toBe(remaining)
    }
    const limited = await call(t, 'POST', '/bookings', { body: newBooking() }) // every operation counts
    expectAcmeError(limited, 429, 'rate_limited', 'The limit is 3 requests per minute.')
    expect(limited.headers.get('retry-after')).toBe('45') // the minute began 15 s before NOW
    expect(limited.headers.get('ratelimit-limit')).toBe('3')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    t.clock.advance(45_000)
    expect((await call(t, 'GET', '/rooms')).status).toBe(200)
    // rateLimit 0 turns it off.
    const unlimited = await open(kind, { rateLimit: 0 })
    for (let i = 0; i < 5; i++)
      expect((await call(unlimited, 'GET', '/rooms')).headers.has('ratelimit-limit')).toBe(false)
  })
})

describe('ACME Rooms example: configuration and plug-in mistakes', () => {
  it('refuses an unknown option or a bad value with a ConfigError that names the options', async () => {
    expect(() => createHandlers(acmeRooms, { options: { ratelimit: 5 } })).toThrow(ConfigError)
    expect(() => createHandlers(acmeRooms, { options: { ratelimit: 5 } })).toThrow(
      'acme-rooms: unknown option "ratelimit"; the options are username, password, rateLimit, rooms',
    )
    await expect(
      startServer({ apis: [acmeRooms], port: 0, options: { 'acme-rooms': { colour: 'red' } } }),
    ).rejects.toThrow('acme-rooms: unknown option "colour"')
    expect(() => createHandlers(acmeRooms, { options: { rateLimit: -1 } })).toThrow(
      'acme-rooms option "rateLimit" must be a whole number of at least 0, got -1',
    )
    expect(() => createHandlers(acmeRooms, { options: { rooms: '500' } })).toThrow(
      'acme-rooms option "rooms" must be a whole number from 1 to 50, got "500"',
    )
    // Text (from an environment variable) is parsed by the declaration's type.
    expect(createMock(acmeRooms, { options: { rateLimit: '5' } }).engine.options.rateLimit).toBe(5)
  })

  it('reports a handler missing at run time (a plug-in written in JavaScript) with missingHandlers() and a 501', async () => {
    const { deleteBooking: _, ...rest } = acmeRooms.handlers
    const partial = { ...acmeRooms, handlers: rest }
    const server = await startServer({ apis: [partial], port: 0 })
    onTestFinished(() => server.close())
    expect(server.engines[0]!.missingHandlers()).toEqual(['deleteBooking'])
    const base = `${server.url}/acme-rooms`
    const reply = await fetch(`${base}/bookings/1`, { method: 'DELETE', headers: AUTH })
    expect(reply.status).toBe(501)
    expect(await reply.json()).toEqual({
      error: { code: 'internal', message: 'acme-rooms: no handler for operation deleteBooking' },
    })
    expect((await fetch(`${base}/bookings/1`, { headers: AUTH })).status).toBe(200)
  })

  it('refuses, at start, a security scheme without a verifier with a ConfigError that says what to add', async () => {
    const unverified = { ...acmeRooms, verify: {} }
    expect(() => createHandlers(unverified)).toThrow(ConfigError)
    expect(() => createHandlers(unverified)).toThrow(
      'acme-rooms: security scheme "basic" has no verifier: add verify: { "basic": (credential, ctx) => principal | undefined } to the plug-in',
    )
    await expect(startServer({ apis: [unverified], port: 0 })).rejects.toThrow('has no verifier')
  })

  it('keeps a misspelled operationId, an undocumented status and a wrong response field compile errors', () => {
    // Each handler typed from its operation in openapi.gen.ts (a complete, correct set).
    const correct = handlerGroup<operations, AcmeRoomsState, AcmeRoomsOptions>()({
      listRooms: (ctx) => ctx.json(200, [...ctx.state.rooms.values()]),
      getRoom: (ctx) => ctx.json(200, ctx.state.rooms.get(ctx.params.roomId)!),
      listBookings: (ctx) => ctx.json(200, []),
      createBooking: (ctx) => ctx.json(201, { id: 1, organiser: 'demo', ...ctx.body }),
      getBooking: (ctx) => ctx.json(200, ctx.state.bookings.get(ctx.params.bookingId)!),
      deleteBooking: () => empty(204),
    })
    const typed = defineHandlers<operations, AcmeRoomsState, AcmeRoomsOptions>()
    const { listRooms, ...others } = correct
    const misspelled: HandlerMap<AcmeRoomsState, AcmeRoomsOptions> = typed({
      ...others,
      // @ts-expect-error: 'listRoom' is not an operationId of openapi.yaml ('listRooms' is missing)
      listRoom: listRooms,
    })
    typed({
      ...correct,
      // @ts-expect-error: Room has `capacity`, not `seats`
      getRoom: (ctx) => ctx.json(200, { id: 1, name: 'Argon', floor: 2, seats: 8, equipment: [] }),
    })
    typed({
      ...correct,
      // @ts-expect-error: 418 is not a documented status of getRoom
      getRoom: (ctx) => ctx.json(418, ctx.state.rooms.get(1)!),
    })
    typed({
      ...correct,
      // @ts-expect-error: the path parameter is `roomId`
      getRoom: (ctx) => ctx.json(200, ctx.state.rooms.get(ctx.params.id)!),
    })
    // What the compile error prevents: written in JavaScript, the same mistake leaves listRooms without a handler.
    expect(createMock({ ...acmeRooms, handlers: misspelled }).engine.missingHandlers()).toEqual(['listRooms'])
  })
})

describe('ACME Rooms example: files', () => {
  const dir = new URL('../../examples/acme-rooms/', import.meta.url)

  it('serves with examples/acme-rooms/serve.ts and prints where', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('serve.ts', dir))], {
      env: { ...process.env, PORT: '0', ACME_ROOMS_RATE_LIMIT: '7' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    onTestFinished(() => {
      if (child.exitCode === null) child.kill()
    })
    let out = ''
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const found = /ACME Rooms API — \d+ operations at (http:\/\/\S+)/.exec(out)
        if (found && out.includes('Try:')) resolve(found[1]!)
      })
      child.stderr.on('data', (chunk: Buffer) => {
        out += chunk.toString()
      })
      void exited.then((code) => reject(new Error(`serve.ts exited with ${code}: ${out}`)))
    })
    expect(out).toContain('Rate limit: 7 requests per minute')
    const rooms = await fetch(`${base}/rooms`, { headers: AUTH })
    expect(rooms.status).toBe(200)
    expect(rooms.headers.get('ratelimit-limit')).toBe('7')
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })

  it('works in a test with createHandlers and setupServer, as examples/README.md shows', async () => {
    const server = setupServer(...createHandlers(acmeRooms))
    server.listen({ onUnhandledRequest: 'error' })
    onTestFinished(() => server.close())
    const response = await fetch('https://rooms.acme.example/v1/rooms', { headers: AUTH })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Room[]).length).toBe(6)
  })

  it('has generated files up to date with openapi.yaml', async () => {
    const yaml = new URL('openapi.yaml', dir)
    const types = COMMENT_HEADER + astToString(await openapiTS(yaml, { exportType: true, emptyObjectsUnknown: true }))
    expect(readFileSync(new URL('openapi.gen.ts', dir), 'utf8'), 'regenerate openapi.gen.ts (examples/README.md)').toBe(
      types,
    )
    const json = `${JSON.stringify(parseYaml(readFileSync(yaml, 'utf8')), null, 1)}\n`
    expect(readFileSync(new URL('openapi.gen.json', dir), 'utf8'), 'regenerate openapi.gen.json').toBe(json)
  })
})
