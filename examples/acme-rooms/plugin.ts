/**
 * ACME Rooms: a plug-in for an API of your own (openapi.yaml here), written the way a user of the package writes one:
 * everything comes from the public entry point `scheduling-api-mocks`. examples/README.md walks through it.
 *
 * The engine does what the spec says (routing, Basic auth, parameter and body validation, `Prefer`, rate headers);
 * this file supplies what only the API's behaviour can: options, seeded state, one handler per operation, how a
 * credential is checked, the rate limit, and the error body.
 */
import {
  defineApi,
  defineHandlers,
  defineOptions,
  empty,
  fixedWindow,
  json,
  MockError,
  type OpenApiDocument,
  type StateContext,
} from 'scheduling-api-mocks'
// The spec as JSON (see examples/README.md for the command): importable without a file system, so the same plug-in
// also runs under MSW in a browser.
import spec from './openapi.gen.json' with { type: 'json' }
// Types generated from the spec by openapi-typescript.
import type { components, operations } from './openapi.gen.ts'

export type { components, operations }
export type Room = components['schemas']['Room']
export type Booking = components['schemas']['Booking']
type ErrorBody = components['schemas']['Error']

export const ID = 'acme-rooms'

// ── 1. Options: parsed and checked by the engine; the handlers get them typed ─────────────────────────────────

export const ACME_ROOMS_OPTIONS = defineOptions(ID, {
  username: { type: 'string', default: 'demo', description: 'the username the mock accepts (HTTP Basic)' },
  password: { type: 'string', default: 'demo-password', description: 'the password of that user' },
  rateLimit: { type: 'integer', default: 60, min: 0, description: 'requests per minute per user (0: no limit)' },
  rooms: { type: 'integer', default: 6, min: 1, max: 50, description: 'how many rooms to seed' },
})

/** `{ readonly username: string; readonly password: string; readonly rateLimit: number; readonly rooms: number }` */
export type AcmeRoomsOptions = typeof ACME_ROOMS_OPTIONS.defaults

// ── 2. State: built from the seeded faker, rebuilt on every reset ─────────────────────────────────────────────

export interface AcmeRoomsState {
  /** username → password. A verifier sees the state but not the options, so the accounts live here. */
  users: Map<string, string>
  rooms: Map<number, Room>
  bookings: Map<number, Booking>
  nextBookingId: number
}

const EQUIPMENT: Room['equipment'] = ['screen', 'whiteboard', 'video-conferencing']
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** ISO 8601 without milliseconds: `2030-06-05T09:00:00Z`. */
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

function createState({ faker, clock, options }: StateContext<AcmeRoomsOptions>): AcmeRoomsState {
  const rooms = new Map<number, Room>()
  const names = faker.helpers.uniqueArray(() => faker.science.chemicalElement().name, options.rooms)
  names.forEach((name, i) => {
    const id = i + 1
    rooms.set(id, {
      id,
      name,
      floor: faker.number.int({ min: 0, max: 5 }),
      capacity: faker.number.int({ min: 2, max: 20 }),
      equipment: faker.helpers.arrayElements(EQUIPMENT),
    })
  })
  // Up to two one-hour meetings per room tomorrow (by the engine's clock, so a test's manual clock moves them too).
  const tomorrow = Math.floor(clock.now() / DAY_MS) * DAY_MS + DAY_MS
  const seeded: Booking[] = []
  for (const room of rooms.values()) {
    for (const hour of faker.helpers.arrayElements([9, 10, 11, 14, 15, 16], { min: 0, max: 2 })) {
      seeded.push({
        id: 0,
        roomId: room.id,
        title: `${faker.company.buzzVerb()} ${faker.company.buzzNoun()}`,
        organiser: faker.internet.username(),
        start: iso(tomorrow + hour * HOUR_MS),
        end: iso(tomorrow + (hour + 1) * HOUR_MS),
      })
    }
  }
  const bookings = new Map<number, Booking>()
  for (const booking of seeded.sort(byStart)) {
    booking.id = bookings.size + 1
    bookings.set(booking.id, booking)
  }
  return {
    users: new Map([[options.username, options.password]]),
    rooms,
    bookings,
    nextBookingId: bookings.size + 1,
  }
}

const byStart = (a: Booking, b: Booking) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id

// ── 3. Handlers: one per operationId, typed from the spec ─────────────────────────────────────────────────────

function requireRoom(state: AcmeRoomsState, id: number): Room {
  const room = state.rooms.get(id)
  if (!room) throw new MockError('not_found', `Room ${id} was not found`)
  return room
}

function requireBooking(state: AcmeRoomsState, id: number): Booking {
  const booking = state.bookings.get(id)
  if (!booking) throw new MockError('not_found', `Booking ${id} was not found`)
  return booking
}

const handlers = defineHandlers<operations, AcmeRoomsState, AcmeRoomsOptions>()({
  // ctx.query.minCapacity: number | undefined (validated and coerced from the query string by the engine)
  listRooms: (ctx) => {
    const min = ctx.query.minCapacity ?? 1
    const rooms = [...ctx.state.rooms.values()].filter((room) => room.capacity >= min)
    return ctx.json(200, rooms)
  },

  // ctx.params.roomId: number
  getRoom: (ctx) => ctx.json(200, requireRoom(ctx.state, ctx.params.roomId)),

  listBookings: (ctx) => {
    const { roomId } = ctx.query
    const bookings = [...ctx.state.bookings.values()].filter((b) => roomId === undefined || b.roomId === roomId)
    return ctx.json(200, bookings.sort(byStart))
  },

  // ctx.body: NewBooking, already checked against the schema (a bad body never gets here: the engine answers 422).
  // What the schema cannot say (the room exists, end after start, no overlap) is the handler's to check.
  createBooking: (ctx) => {
    const { roomId, title, start, end } = ctx.body
    if (!ctx.state.rooms.has(roomId))
      throw new MockError('invalid_body', `Room ${roomId} does not exist`, { parameter: 'body.roomId' })
    const from = Date.parse(start)
    const to = Date.parse(end)
    if (to <= from) throw new MockError('invalid_body', 'end must be after start', { parameter: 'body.end' })
    const clash = [...ctx.state.bookings.values()].find(
      (b) => b.roomId === roomId && Date.parse(b.start) < to && from < Date.parse(b.end),
    )
    if (clash)
      throw new MockError(
        'conflict',
        `Room ${roomId} is already booked from ${clash.start} to ${clash.end} (booking ${clash.id})`,
      )
    const booking: Booking = {
      id: ctx.state.nextBookingId++,
      roomId,
      title,
      organiser: ctx.principal?.key ?? '',
      start,
      end,
    }
    ctx.state.bookings.set(booking.id, booking)
    // ctx.json checks the body against the documented 201 response (and 201 against the documented statuses).
    return ctx.json(201, booking, { location: `${ctx.baseUrl}/bookings/${booking.id}` })
  },

  getBooking: (ctx) => ctx.json(200, requireBooking(ctx.state, ctx.params.bookingId)),

  deleteBooking: (ctx) => {
    const { id } = requireBooking(ctx.state, ctx.params.bookingId)
    ctx.state.bookings.delete(id)
    return empty(204)
  },
})

// ── 4. The plug-in ───────────────────────────────────────────────────────────────────────────────────────────

export const acmeRooms = defineApi<AcmeRoomsState, AcmeRoomsOptions>({
  id: ID,
  title: 'ACME Rooms API',
  // A JSON import's types are wider than OpenApiDocument's (`type: string` where it wants `'http' | 'apiKey' | …`).
  document: spec as OpenApiDocument,
  options: ACME_ROOMS_OPTIONS,
  createState,
  inspect: (state) => ({ rooms: [...state.rooms.values()], bookings: [...state.bookings.values()] }),
  handlers,

  // One verifier per security scheme of the spec (components.securitySchemes.basic). The engine reads the
  // Authorization header; this decides whether the user and password are good. The principal's key is who the
  // rate limit counts against.
  verify: {
    basic: (credential, ctx) =>
      credential.kind === 'basic' && ctx.state.users.get(credential.username) === credential.password
        ? { key: credential.username }
        : undefined,
  },

  // Every error, the engine's (401, 400, 422, 429, 404 of no route…) and the handlers' MockErrors, in ACME's shape.
  errorResponse(error) {
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details.length ? { details: error.details } : {}),
      },
    }
    const headers: Record<string, string> =
      error.code === 'unauthorized' ? { 'www-authenticate': 'Basic realm="ACME Rooms"' } : {}
    return json(error.status, body, headers)
  },

  // N requests per user per minute (clock-aligned windows); 0 turns the limit off.
  rateLimits: (options) =>
    options.rateLimit === 0
      ? []
      : [
          fixedWindow({
            limit: options.rateLimit,
            windowMs: 60_000,
            headers: { limit: 'RateLimit-Limit', remaining: 'RateLimit-Remaining', retryAfter: 'Retry-After' },
            message: `The limit is ${options.rateLimit} requests per minute.`,
          }),
        ],

  banner: (baseUrl, options) => [
    `User: ${options.username} / ${options.password}   Rate limit: ${options.rateLimit ? `${options.rateLimit} requests per minute` : 'off'}`,
    `Try: curl -u ${options.username}:${options.password} ${baseUrl}/rooms`,
  ],
})
