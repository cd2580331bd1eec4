/**
 * Daily resourcing (003 lines 211-256): a row per booking per working day with hours and cost, guests on request,
 * custom-field columns, "No data.", and the streamed body — parsed and checked against the spec's schema, because
 * the engine's response validation skips streamed bodies.
 */
import { Faker, base, en } from '@faker-js/faker'
import { describe, expect, it } from 'vitest'
import { manualClock } from '../../src/core/clock.ts'
import { listOperations } from '../../src/spec/openapi.ts'
import { SpecValidator } from '../../src/spec/validator.ts'
import { screendragon } from '../../mocks/screendragon/index.ts'
import { dailyResourcingChunks, MAX_DAILY_ROWS } from '../../mocks/screendragon/handlers/daily-resourcing.ts'
import { createTarget, TARGETS, useTarget, type Target } from '../support/targets.ts'
import { add, atToday, booking, daily, DEFAULTS, DEMO, errorOf, MESSAGES, send, TODAY, type Row } from './support.ts'

const validator = new SpecValidator(screendragon.document)
const operation = (id: string) => listOperations(screendragon.document).find((op) => op.operationId === id)!

/** Reads a response body chunk by chunk, as a client of the stream would. */
async function readChunks(response: Response): Promise<{ text: string; chunks: number }> {
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let chunks = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks++
    text += decoder.decode(value, { stream: true })
  }
  return { text: text + decoder.decode(), chunks }
}

describe.each(TARGETS)('Screendragon daily resourcing (%s)', (kind) => {
  const t = useTarget(kind, 'screendragon', atToday())
  const rowsOf = (rows: Row[], bookingID: number) => rows.filter((r) => r.resourceitemid === bookingID)

  it('gives a row per working day of a booking, with the user, role, task, hours and cost', async () => {
    // Jane Doe, Developer at 80 an hour (003 lines 238-245), Thursday 6 to Monday 10 March 2031, 6 hours a day.
    const created = await add(
      t,
      booking({
        user: String(DEMO.janeId),
        hoursPerDay: 6,
        startTime: '2031-03-06T09:00:00Z',
        endTime: '2031-03-10T17:00:00Z',
      }),
    )
    const rows = rowsOf(await daily(t), created.bookingID)
    expect(rows.map((r) => r['date resourced'])).toEqual(['2031-03-06', '2031-03-07', '2031-03-10'])
    expect(rows[0]).toEqual({
      'project id#': DEMO.projectId,
      'USER id#': DEMO.janeId,
      'FULL NAME': 'Jane Doe',
      'resourced role': 'Developer',
      'task id#': created.taskID,
      'task NAME': DEMO.eventName,
      'hours resourced': 6,
      'cost resourced': 480,
      'date resourced': '2031-03-06',
      resourceitemid: created.bookingID,
      deleted: 0,
      datetimestamp: '2030-06-05T10:00:00',
    })
  })

  it('writes hours and cost with two decimals, as the sample does (8.00, 640.00)', async () => {
    await add(t, booking({ user: String(DEMO.partTimeUserId) })) // 3.75 hours at 70
    const response = await send(t, 'GET', '/api/resource/DailyResourcing')
    const text = await response.text()
    expect(text).toMatch(
      /"USER id#":456,"FULL NAME":"John Doe","resourced role":"Developer","task id#":302,"task NAME":"Project Alpha","hours resourced":8\.00,"cost resourced":640\.00,/,
    )
    expect(text).toContain(`"USER id#":${DEMO.partTimeUserId},`)
    expect(text).toMatch(
      /"resourced role":"Designer","task id#":\d+,"task NAME":"Project Alpha","hours resourced":3\.75,"cost resourced":262\.50,"date resourced":"2031-03-03"/,
    )
  })

  it('follows an amendment and forgets a deleted booking', async () => {
    const created = await add(t)
    expect(rowsOf(await daily(t), created.bookingID)).toHaveLength(5)
    await send(
      t,
      'PUT',
      `/api/resource/booking/${created.taskID}`,
      booking({ endTime: '2031-03-04T17:00:00Z', hoursPerDay: 2 }),
    )
    const amended = rowsOf(await daily(t), created.bookingID)
    expect(amended.map((r) => [r['date resourced'], r['hours resourced'], r['cost resourced']])).toEqual([
      ['2031-03-03', 2, 160],
      ['2031-03-04', 2, 160],
    ])
    await send(t, 'DELETE', `/api/resource/booking?id=${created.bookingID}`)
    expect(rowsOf(await daily(t), created.bookingID)).toEqual([])
  })

  it("includes guest users' rows only with includeGuestUsers=true", async () => {
    const created = await add(t, booking({ user: String(DEMO.guestUserId) }))
    expect(rowsOf(await daily(t, ''), created.bookingID)).toEqual([])
    expect(rowsOf(await daily(t, 'includeGuestUsers=false'), created.bookingID)).toEqual([])
    expect(rowsOf(await daily(t, 'includeGuestUsers=true'), created.bookingID)).toHaveLength(5)
    expect(rowsOf(await daily(t, 'includeGuestUsers=True'), created.bookingID)).toHaveLength(5)
    const all = await daily(t, 'includeGuestUsers=true')
    const members = await daily(t, '')
    expect(all.length).toBeGreaterThan(members.length)
  })

  it("adds a column per requested custom field with the user's value, null when unknown", async () => {
    const fields = encodeURIComponent(
      '[{"label":"Department","guid":"abc-123"},{"label":"Location","guid":"def-456"},{"label":"Cost centre","guid":"none"}]',
    )
    const rows = await daily(t, `includeGuestUsers=true&customFields=${fields}`)
    const john = rows.find((r) => r['USER id#'] === DEMO.userId)!
    expect(typeof john.Department).toBe('string')
    expect(typeof john.Location).toBe('string')
    expect(john['Cost centre']).toBeNull()
    expect(Object.keys(john).slice(-3)).toEqual(['Department', 'Location', 'Cost centre'])
  })

  it.each([
    [
      'not JSON',
      '[{label',
      'customFields must be a JSON array of {"label": "...", "guid": "..."} objects: the value is not JSON',
    ],
    [
      'not an array',
      '{"label":"Department"}',
      'customFields must be a JSON array of {"label": "...", "guid": "..."} objects',
    ],
    [
      'an item without a label',
      '[{"guid":"abc-123"}]',
      'customFields must be a JSON array of {"label": "...", "guid": "..."} objects: item 0 is not',
    ],
    [
      'a label that is a column already',
      '[{"label":"deleted","guid":"abc-123"}]',
      'customFields label "deleted" is already a column of the response: choose another label',
    ],
  ])('refuses customFields that are %s with 400 saying so', async (_name, value, message) => {
    expect(
      await errorOf(await send(t, 'GET', `/api/resource/DailyResourcing?customFields=${encodeURIComponent(value)}`)),
    ).toEqual({ status: 400, error: message })
  })

  it('answers 400 "No data." when there is no row, never an empty table', async () => {
    for (const id of [101, 102, 103, 104, 105, 106, 107, 108, 123, 12345])
      await send(t, 'DELETE', `/api/resource/booking?id=${id}&identifierType=project`)
    expect(await errorOf(await send(t, 'GET', '/api/resource/DailyResourcing?includeGuestUsers=true'))).toEqual({
      status: 400,
      error: MESSAGES.noData,
    })
    // Only a guest's booking: nothing without includeGuestUsers.
    await add(t, booking({ user: String(DEMO.guestUserId) }))
    expect(await errorOf(await send(t, 'GET', '/api/resource/DailyResourcing'))).toEqual({
      status: 400,
      error: MESSAGES.noData,
    })
    expect((await send(t, 'GET', '/api/resource/DailyResourcing?includeGuestUsers=true')).status).toBe(200)
  })
})

describe.each(TARGETS)('Screendragon daily resourcing at a few thousand rows (%s)', (kind) => {
  let target: Target
  const rows = 3_000

  it('seeds exactly dailyResourcingRows rows and streams them in several chunks, as JSON that matches the spec', async () => {
    target = await createTarget(kind, 'screendragon', atToday({ options: { dailyResourcingRows: rows } }))
    try {
      const response = await send(target, 'GET', '/api/resource/DailyResourcing?includeGuestUsers=true')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(response.headers.get('content-length')).toBeNull() // streamed, not sent in one piece
      const { text, chunks } = await readChunks(response)
      expect(chunks).toBeGreaterThan(1)
      const body = JSON.parse(text) as { dataInfo: { Tables: Row[] } }
      expect(body.dataInfo.Tables).toHaveLength(rows)
      expect(validator.response(operation('getDailyResourcing'), 200, 'application/json', body)).toEqual([])
      // Dates are working days, and each booking's rows are consecutive and in date order.
      const weekdays = new Set(
        body.dataInfo.Tables.map((r) => new Date(`${r['date resourced']}T00:00:00Z`).getUTCDay()),
      )
      expect([...weekdays].every((d) => d >= 1 && d <= 5)).toBe(true)
      const state = (await (await send(target, 'GET', `/api/resource?user=0`)).json()) as { hrs: number }[]
      expect(state.length).toBeGreaterThan(100)
    } finally {
      await target.close()
    }
    expect(target.engine.violations).toEqual([])
  })

  it('streams a long list of bookings too, past listStreamThreshold, as JSON that matches the spec', async () => {
    target = await createTarget(
      kind,
      'screendragon',
      atToday({ options: { dailyResourcingRows: rows, listStreamThreshold: 10 } }),
    )
    try {
      const response = await send(target, 'GET', '/api/resource')
      expect(response.headers.get('content-length')).toBeNull()
      const { text, chunks } = await readChunks(response)
      expect(chunks).toBeGreaterThan(1)
      const listed = JSON.parse(text) as unknown[]
      expect(listed.length).toBeGreaterThan(100)
      expect(validator.response(operation('listResourceBookings'), 200, 'application/json', listed)).toEqual([])
      const small = await send(target, 'GET', `/api/resource?user=${DEMO.userId}&project=${DEMO.projectId}`)
      expect(small.status).toBe(200) // ten or fewer: sent in one piece, and validated by the engine
      if (kind === 'http') expect(small.headers.get('content-length')).not.toBeNull()
    } finally {
      await target.close()
    }
    expect(target.engine.violations).toEqual([])
  })
})

describe('daily resourcing chunks (the generator)', () => {
  const state = () => {
    const faker = new Faker({ locale: [en, base] })
    faker.seed(1)
    return screendragon.createState({
      seed: 1,
      faker,
      clock: manualClock(TODAY),
      options: { ...DEFAULTS, dailyResourcingRows: 500 },
    })
  }
  const read = async (chunks: AsyncIterable<Uint8Array>) => {
    const parts: Uint8Array[] = []
    for await (const chunk of chunks) parts.push(chunk)
    return {
      parts,
      rows: (JSON.parse(new TextDecoder().decode(Buffer.concat(parts))) as { dataInfo: { Tables: Row[] } }).dataInfo
        .Tables,
    }
  }

  it('stops at the documented maximum of 1,048,500 rows (here a lower cap, the same code path)', async () => {
    expect(MAX_DAILY_ROWS).toBe(1_048_500)
    const s = state()
    expect((await read(dailyResourcingChunks(s, s.bookings.all(), { guests: true, fields: [] }))).rows).toHaveLength(
      500,
    )
    expect(
      (await read(dailyResourcingChunks(s, s.bookings.all(), { guests: true, fields: [], max: 123 }))).rows,
    ).toHaveLength(123)
  })

  it('fills chunks of about chunkBytes, splitting only between rows, and renders lazily', async () => {
    const s = state()
    const { parts, rows } = await read(
      dailyResourcingChunks(s, s.bookings.all(), { guests: true, fields: [], chunkBytes: 4096 }),
    )
    expect(parts.length).toBeGreaterThan(10)
    expect(parts.slice(0, -1).every((p) => p.length <= 4096 && p.length > 3000)).toBe(true)
    expect(rows).toHaveLength(500)
    const chunks = dailyResourcingChunks(s, s.bookings.all(), { guests: true, fields: [], chunkBytes: 4096 })
    const first = await chunks.next()
    expect(new TextDecoder().decode(first.value as Uint8Array)).toMatch(
      /^\{"dataInfo":\{"Tables":\[\{"project id#":123,"USER id#":457,/,
    )
    await chunks.return(undefined)
  })
})
