/** The redis-server harness itself: it says what to install when the binary is missing, and leaves nothing behind. */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { connectRedis } from '../../src/store/redis/connection.ts'
import { startRedisServer } from '../support/redis-server.ts'

describe('the redis-server harness', () => {
  it('fails, saying what to install, when redis-server is not on PATH', async () => {
    const path = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await expect(startRedisServer()).rejects.toThrow(/apt-get install -y redis-server/)
    } finally {
      process.env.PATH = path
    }
  })

  it('keeps acknowledged writes across kill() and restart(), and stop() removes the server and its dir', async () => {
    const redis = await startRedisServer()
    try {
      const before = await connectRedis(redis.url)
      await before.run((c) => c.set('sam:harness', 'kept'))
      await before.close()
      await redis.kill()
      await redis.restart()
      const after = await connectRedis(redis.url)
      expect(await after.run((c) => c.get('sam:harness'))).toBe('kept')
      await after.close()
    } finally {
      await redis.stop()
    }
    expect(existsSync(redis.dir)).toBe(false)
    await expect(connectRedis(redis.url, { connectTimeoutMs: 500 })).rejects.toThrow(/Cannot reach Redis/)
  })
})
