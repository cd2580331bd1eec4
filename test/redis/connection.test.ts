/** The store URL, the start-up connection and its error, against Debian's redis-server (test/support/redis-server.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/core/errors.ts'
import { connectRedis, isUnavailableError, parseStoreUrl } from '../../src/store/redis/connection.ts'
import { type RedisServer, startRedisServer } from '../support/redis-server.ts'

describe('parseStoreUrl', () => {
  it.each([
    [
      'redis://localhost:6379/0',
      { host: 'localhost', port: 6379, db: 0, tls: false, display: 'redis://localhost:6379/0' },
    ],
    ['redis://127.0.0.1', { host: '127.0.0.1', port: 6379, db: 0, tls: false, display: 'redis://127.0.0.1/0' }],
    [
      'rediss://app:s%40cret@cache.internal:6380/3',
      {
        host: 'cache.internal',
        port: 6380,
        db: 3,
        tls: true,
        username: 'app',
        password: 's@cret',
        display: 'rediss://app:***@cache.internal:6380/3',
      },
    ],
    [
      'redis://:pw@[::1]:7000/1',
      { host: '::1', port: 7000, db: 1, tls: false, password: 'pw', display: 'redis://:***@[::1]:7000/1' },
    ],
  ])('reads %s', (raw, want) => {
    expect(parseStoreUrl(raw)).toEqual(want)
  })

  it.each([
    ['localhost:6379', 'is not a Redis URL'],
    ['memory', 'is not a URL'],
    ['http://localhost:6379/0', 'is not a Redis URL'],
    ['redis://localhost:6379/zero', 'the database must be a number'],
    ['redis://localhost:6379/0?timeout=1', 'takes no query'],
  ])('refuses %s with one line saying what to pass', (raw, why) => {
    let error: unknown
    try {
      parseStoreUrl(raw)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).toContain(why)
    expect(message).toContain('--store redis://localhost:6379/0')
    expect(message).not.toContain('\n')
  })

  it('never shows a password, even in a URL it refuses', () => {
    expect(() => parseStoreUrl('http://user:hunter2@host/0')).toThrow(/user:\*\*\*@host/)
    expect(() => parseStoreUrl('http://user:hunter2@host/0')).not.toThrow(/hunter2/)
  })
})

describe('connectRedis', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedisServer()
  })
  afterAll(() => redis?.stop())

  it('connects, runs commands and closes', async () => {
    const connection = await connectRedis(redis.url)
    expect(connection.availability()).toBe('ready')
    expect(await connection.run((c) => c.ping())).toBe('PONG')
    await connection.close()
    expect(connection.availability()).toBe('closed')
    await expect(connection.run((c) => c.ping())).rejects.toMatchObject({ code: 'unavailable', status: 503 })
  })

  it('fails at start with the URL (password redacted) and what to check when nothing listens there', async () => {
    // The port of a server that was stopped: nothing listens on it.
    const gone = await startRedisServer()
    await gone.stop()
    const started = Date.now()
    const error = await connectRedis(`redis://:topsecret@127.0.0.1:${gone.port}/0`, { connectTimeoutMs: 1500 }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).toContain(`redis://:***@127.0.0.1:${gone.port}/0`)
    expect(message).not.toContain('topsecret')
    expect(message).toContain('ECONNREFUSED')
    expect(message).toContain('check that redis-server is running')
    expect(message).toContain(`redis-cli -h 127.0.0.1 -p ${gone.port} ping`)
    expect(message).not.toContain('\n')
    // It gave up at the start-up timeout, not later (and stopped retrying: the test process would not exit otherwise).
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('lets Redis errors about a bad command through, unchanged', async () => {
    const connection = await connectRedis(redis.url)
    try {
      await connection.run((c) => c.set('sam:test:string', 'x'))
      const error = await connection.run((c) => c.hget('sam:test:string', 'f')).catch((e: unknown) => e)
      expect((error as Error).message).toMatch(/^WRONGTYPE/)
      expect(isUnavailableError(error)).toBe(false)
      // A bug in the caller's code is not disguised as a 503 either.
      await expect(
        connection.run(async () => {
          throw new TypeError('x is not a function')
        }),
      ).rejects.toBeInstanceOf(TypeError)
    } finally {
      await connection.close()
    }
  })
})
