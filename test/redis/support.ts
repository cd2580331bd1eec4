/** Set-up shared by the Redis building-block tests: one real redis-server per test file, two connections to it. */
import { afterAll, beforeAll } from 'vitest'
import { connectRedis, type RedisConnection } from '../../src/store/redis/connection.ts'
import { type RedisServer, startRedisServer } from '../support/redis-server.ts'

export interface TwoInstances {
  redis: RedisServer
  /** Two connections stand for two mock instances sharing one Redis. */
  a: RedisConnection
  b: RedisConnection
}

/** Starts a redis-server and connects twice before the file's tests (`ready` gets them); closes all after them. */
export function useTwoConnections(ready: (instances: TwoInstances) => void): void {
  let redis: RedisServer | undefined
  let a: RedisConnection | undefined
  let b: RedisConnection | undefined
  beforeAll(async () => {
    redis = await startRedisServer()
    a = await connectRedis(redis.url)
    b = await connectRedis(redis.url)
    ready({ redis, a, b })
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await redis?.stop()
  })
}
