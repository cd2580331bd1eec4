/**
 * Snapshots through the public surface, for every vendor on one `serve` (port 0): change records through HTTP, take
 * `GET /__mock/<api>/snapshot`, reset, `PUT` it back: the records are back, the id counters continue where they were,
 * and tokens issued before still work. Then the checks on a document that is not a snapshot of this API and version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalog } from '../../mocks/catalog.ts'
import { RESOURCE_GURU_DEFAULTS } from '../../mocks/resource-guru/index.ts'
import { SCHEDULEIT_DEFAULTS } from '../../mocks/scheduleit/index.ts'
import { PROWORKFLOW_DEFAULTS } from '../../mocks/proworkflow/index.ts'
import { SCREENDRAGON_DEFAULTS } from '../../mocks/screendragon/index.ts'
import { basicAuthorization } from '../../src/auth/credentials.ts'
import { serve, type StartedServer } from '../../src/cli/serve.ts'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/store/snapshot.ts'

let started: StartedServer
let url: string
beforeAll(async () => {
  started = (await serve(catalog, ['--port', '0', '--quiet', '--chaos', '0'], {}, () => {})) as StartedServer
  url = started.url
})
afterAll(() => started.close())

interface Vendor {
  /** Creates a record through the vendor API and returns its id. */
  create(base: string, name: string): Promise<number>
  /** Issues a token and returns headers that use it, or undefined for an API without tokens. */
  token?(base: string): Promise<Record<string, string>>
  /** A request that needs those headers. */
  authorized?(base: string, headers: Record<string, string>): Promise<number>
}

async function ok(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text()
  if (response.status >= 300) throw new Error(`${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as Record<string, unknown>
}

const RG = RESOURCE_GURU_DEFAULTS
const SI = SCHEDULEIT_DEFAULTS
const PW = PROWORKFLOW_DEFAULTS
const SD = SCREENDRAGON_DEFAULTS
/** A weekday of March 2031 per booking (the 3rd is a Monday), so no two bookings overlap. */
let bookings = 0
const day = (_name: string) => String(3 + (bookings++ % 5)).padStart(2, '0')
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

const VENDORS: Record<string, Vendor> = {
  'resource-guru': {
    async create(base, name) {
      const body = await ok(
        await fetch(`${base}/v1/${RG.account}/clients`, {
          method: 'POST',
          headers: { authorization: basicAuthorization(RG.username, RG.password), 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        }),
      )
      return body.id as number
    },
    async token(base) {
      const body = await ok(
        await fetch(`${base}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form({
            grant_type: 'password',
            username: RG.username,
            password: RG.password,
            client_id: RG.clientId,
            client_secret: RG.clientSecret,
          }),
        }),
      )
      return { authorization: `Bearer ${body.access_token}` }
    },
    authorized: async (base, headers) => (await fetch(`${base}/v1/me`, { headers })).status,
  },
  proworkflow: {
    async create(base, name) {
      const body = await ok(
        await fetch(`${base}/companies`, {
          method: 'POST',
          headers: {
            apikey: PW.apiKey,
            authorization: basicAuthorization(PW.username, PW.password),
            'content-type': 'application/json',
          },
          body: JSON.stringify({ name, type: 'client' }),
        }),
      )
      return (body.details as { id: number }[])[0]?.id as number
    },
  },
  scheduleit: {
    async create(base, name) {
      const body = await ok(
        await fetch(`${base}/api/events`, {
          method: 'POST',
          headers: {
            authorization: basicAuthorization(`${SI.accountNumber}_${SI.loginName}`, SI.password),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: form({ title: name, owner: '100', date_start: '2030-06-03 09:00', date_end: '2030-06-03 10:00' }),
        }),
      )
      return Number(body.id)
    },
  },
  screendragon: {
    async create(base, name) {
      const date = `2031-03-${day(name)}`
      const body = await ok(
        await fetch(`${base}/api/resource/booking`, {
          method: 'POST',
          headers: { authorization: basicAuthorization('apikey', SD.apiKey), 'content-type': 'application/json' },
          body: JSON.stringify({
            user: '456',
            resourceEvent: '5001',
            startTime: `${date}T09:00:00Z`,
            endTime: `${date}T17:00:00Z`,
            comment: name,
          }),
        }),
      )
      return body.bookingID as number
    },
    async token(base) {
      const body = await ok(
        await fetch(`${base}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form({ grant_type: 'client_credentials', client_id: SD.clientId, client_secret: SD.clientSecret }),
        }),
      )
      return { authorization: `Bearer ${body.access_token}` }
    },
    authorized: async (base, headers) => (await fetch(`${base}/api/resource?userID=456`, { headers })).status,
  },
}

const control = (api: string, path: string, init?: RequestInit) => fetch(`${url}/__mock/${api}/${path}`, init)
const counts = async (api: string, session?: string) =>
  (
    (await ok(await control(api, `collections${session ? `?session=${session}` : ''}`))) as {
      collections: { name: string; count: number }[]
    }
  ).collections

describe.each(Object.keys(VENDORS))('a %s snapshot', (api) => {
  const vendor = VENDORS[api] as Vendor
  const base = () => `${url}/${api}`

  it('restores the records, the id counters and the tokens after a reset', async () => {
    await ok(await control(api, 'reset', { method: 'POST' }))
    const seeded = await counts(api)
    const headers = await vendor.token?.(base())
    const first = await vendor.create(base(), 'kept one')
    const changed = await counts(api)
    expect(changed).not.toEqual(seeded)

    const snapshot = await ok(await control(api, 'snapshot'))
    expect(snapshot).toMatchObject({
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      api,
      session: 'default',
      seed: 1,
    })
    // It is plain JSON: it survives a round trip through text unchanged.
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot)

    await ok(await control(api, 'reset', { method: 'POST' }))
    expect(await counts(api)).toEqual(seeded)
    if (headers && vendor.authorized) expect(await vendor.authorized(base(), headers)).toBe(401)

    const restored = await control(api, 'snapshot', { method: 'PUT', body: JSON.stringify(snapshot) })
    expect(restored.status).toBe(200)
    expect(await restored.json()).toMatchObject({ api, restored: true })
    expect(await counts(api)).toEqual(changed)
    expect(await vendor.create(base(), 'the next one')).toBe(first + 1)
    if (headers && vendor.authorized) expect(await vendor.authorized(base(), headers)).toBe(200)
  })

  it('restores a snapshot of the default session into a named one, leaving the default as it is', async () => {
    await ok(await control(api, 'reset', { method: 'POST' }))
    await vendor.create(base(), 'in default')
    const changed = await counts(api)
    const snapshot = await (await control(api, 'snapshot')).text()
    await ok(await control(api, 'reset', { method: 'POST' }))
    const seeded = await counts(api)
    await ok(await control(api, 'snapshot?session=copy', { method: 'PUT', body: snapshot }))
    expect(await counts(api, 'copy')).toEqual(changed)
    expect(await counts(api)).toEqual(seeded)
    const named = (await ok(await control(api, 'snapshot', { headers: { 'x-mock-session': 'copy' } }))) as {
      session: string
    }
    expect(named.session).toBe('copy')
    await ok(await control(api, 'sessions/copy', { method: 'DELETE' }))
  })
})

describe('PUT snapshot', () => {
  const put = async (api: string, body: string) => {
    const response = await control(api, 'snapshot', { method: 'PUT', body })
    return { status: response.status, error: ((await response.json()) as { error?: string }).error ?? '' }
  }
  let good: Record<string, unknown>
  beforeAll(async () => {
    good = await ok(await control('scheduleit', 'snapshot'))
  })

  it('refuses a document that is not a snapshot, saying what was expected', async () => {
    expect(await put('scheduleit', '{"format":"something-else","version":1}')).toEqual({
      status: 400,
      error: `Not a snapshot: "format" is "something-else", expected "${SNAPSHOT_FORMAT}" (take one with GET /__mock/<api>/snapshot)`,
    })
    expect((await put('scheduleit', '[1,2]')).error).toContain('must be a JSON object')
    expect((await put('scheduleit', 'not json')).error).toMatch(/^The body is not JSON/)
    expect((await put('scheduleit', '')).error).toContain('Send the snapshot as the JSON body')
  })

  it('refuses a newer or an older version, naming both versions', async () => {
    expect(await put('scheduleit', JSON.stringify({ ...good, version: SNAPSHOT_VERSION + 1 }))).toEqual({
      status: 400,
      error: `The snapshot is version ${SNAPSHOT_VERSION + 1}, newer than this build reads (version ${SNAPSHOT_VERSION}): upgrade scheduling-api-mocks to restore it`,
    })
    expect(await put('scheduleit', JSON.stringify({ ...good, version: 0 }))).toEqual({
      status: 400,
      error: `The snapshot is version 0, older than this build reads (version ${SNAPSHOT_VERSION}), and cannot be migrated: take a new snapshot with this version`,
    })
  })

  it("refuses another API's snapshot, and broken data, leaving the state as it was", async () => {
    expect(await put('proworkflow', JSON.stringify(good))).toEqual({
      status: 400,
      error: 'The snapshot is of API "scheduleit", not "proworkflow": restore it into that API',
    })
    const before = await counts('scheduleit')
    const broken = structuredClone(good) as { state: { events: { records: unknown } } }
    broken.state.events.records = 'nope'
    expect(await put('scheduleit', JSON.stringify(broken))).toEqual({
      status: 400,
      error: 'state.events.records must be an array',
    })
    expect(await counts('scheduleit')).toEqual(before)
  })
})

describe('the snapshot codec', () => {
  it('round-trips maps, sets, dates, nested data and a record with a "$type" field of its own', async () => {
    const { createEngine } = await import('../../src/core/engine.ts')
    const { TINY_AUTH, tinyApi } = await import('../support/tiny-api.ts')
    const { Collection } = await import('../../src/store/collection.ts')
    const tiny = tinyApi()
    interface Rich {
      items: InstanceType<typeof Collection<{ id: number; name: string; $type?: string }>>
      tags: Set<string>
      byKey: Map<number, { note: string; at: Date }>
      meta: { $type: string; nested: { list: number[] } }
      clock: { now(): number }
    }
    const plugin = {
      ...tiny,
      createState: (): Rich => {
        const items = new Collection<{ id: number; name: string; $type?: string }>({ label: 'Item' })
        items.insert({ name: 'first' })
        items.insert({ name: 'dollar', $type: 'collection' })
        return {
          items,
          tags: new Set(['a']),
          byKey: new Map([[1, { note: 'one', at: new Date(0) }]]),
          meta: { $type: 'not a container', nested: { list: [1] } },
          clock: { now: () => 0 },
        }
      },
      snapshotFields: ['items', 'tags', 'byKey', 'meta'] as const,
    }
    const engine = createEngine(plugin as unknown as typeof tiny)
    const state = JSON.parse(String(engine.control('GET', 'snapshot', '').body)) as { state: unknown }
    expect(Object.keys(state.state as object)).toEqual(['items', 'tags', 'byKey', 'meta'])
    // Change every kind of data in a copy of the snapshot, restore it into another session and compare.
    const snapshot = engine.snapshot()
    const changed = structuredClone(snapshot) as unknown as {
      state: {
        items: { records: { id: number; name: string; $type?: string }[]; nextId: number }
        tags: { values: string[] }
        byKey: { entries: [number, unknown][] }
        meta: { $type: string; value: { $type: string; nested: { list: number[] } } }
      }
    }
    // The record's own "$type" is escaped, so it cannot pass for a container.
    expect(changed.state.items.records[1]).toEqual({
      $type: 'object',
      value: { id: 2, name: 'dollar', $type: 'collection' },
    })
    changed.state.items.records.push({ id: 7, name: 'seventh' })
    changed.state.items.nextId = 9
    changed.state.tags.values.push('b')
    changed.state.byKey.entries.push([2, { note: 'two', at: { $type: 'date', value: '2030-01-01T00:00:00.000Z' } }])
    changed.state.meta.value.nested.list.push(2)
    engine.restore(changed, 'copy')
    const back = engine.snapshot('copy')
    expect(back.state).toEqual(changed.state)
    expect(engine.snapshot().state).toEqual(snapshot.state)
    const copied = JSON.parse(String(engine.control('GET', 'collections/items', 'session=copy').body)) as {
      records: unknown[]
    }
    expect(copied.records).toEqual([
      { id: 1, name: 'first' },
      { id: 2, name: 'dollar', $type: 'collection' },
      { id: 7, name: 'seventh' },
    ])
    // The restored collection hands out the next id after the snapshot's counter.
    const response = await engine.handle(
      {
        method: 'POST',
        path: '/items',
        rawQuery: '',
        headers: { ...TINY_AUTH, 'content-type': 'application/json', 'x-mock-session': 'copy' },
        body: new TextEncoder().encode('{"name":"next"}'),
      },
      'http://x',
    )
    expect(JSON.parse(String(response.body))).toEqual({ id: 9, name: 'next' })
  })
})
