/**
 * The Redis store's building blocks, for the engine and the CLI to load with `import()` when `--store redis://…` is
 * given (so the in-memory default never loads this folder or ioredis). See README.md here for the design.
 */
export {
  type Availability,
  connectRedis,
  isUnavailableError,
  parseStoreUrl,
  type RedisConnection,
  type RedisConnectionOptions,
  type StoreUrl,
  unavailable,
} from './connection.ts'
export { apiKeys, KEY_PREFIX, type SessionKeys, type SessionRef, sessionKeys } from './keys.ts'
export { type BoundedLists, createBoundedLists, createIdCounter, type IdCounter, type ListOptions } from './lists.ts'
export { LuaScript } from './lua-script.ts'
export { type CheckedWindow, createRequestChecker, type RequestCheck, type RequestChecker } from './request-check.ts'
export {
  createSessionStateStore,
  type SessionStateOptions,
  type SessionStateStore,
  type StateDocument,
} from './session-state.ts'
export {
  createSessionRegistry,
  type SessionInfo,
  type SessionRegistry,
  type SessionRegistryOptions,
} from './sessions.ts'
export { createRedisEngineStore, type RedisEngineStoreOptions } from './shared-engine.ts'
