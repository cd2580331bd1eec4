/**
 * `scheduling-api-mocks`: the vendor-neutral engine. Define a plug-in for any OpenAPI 3.1 spec with `defineApi`, then
 * serve it with `startServer` or run it inside your tests with `createHandlers` / `createMock` (MSW).
 *
 * The package's vendor mocks have their own entry points (one per API, `/msw`, `/node`) and the contract runner is
 * `scheduling-api-mocks/contract`.
 */
// Plug-in contract
export {
  defineApi,
  defineHandlers,
  handlerGroup,
  type AnyApiPlugin,
  type ApiEntry,
  type ApiPlugin,
  type Handler,
  type HandlerContext,
  type HandlerMap,
  type OperationTypes,
  type PathParams,
  type Principal,
  type QueryParams,
  type RequestBody,
  type ResponseBodyOf,
  type ResponseStatus,
  type StateContext,
  type TypedHandlers,
  type VerifyContext,
} from './core/plugin.ts'
export {
  defineOptions,
  type OptionDeclaration,
  type OptionDeclarations,
  type OptionSchema,
  type OptionValues,
} from './core/options.ts'
export { CHAOS_FLAG, RATE_LIMIT_FLAG } from './core/shared-flags.ts'
export type { MockRequest, MockResponse, Query, ResponseBody } from './core/types.ts'
export { ConfigError, MockError, type MockErrorCode, type MockErrorOptions } from './core/errors.ts'
export { empty, json, rawJson, redirect, streamJson } from './core/responses.ts'
export { jsonChunks } from './core/json-chunks.ts'
export { oauthError } from './auth/oauth-error.ts'
export { manualClock, systemClock, type Clock } from './core/clock.ts'
export type { Credential } from './auth/credentials.ts'
export {
  fixedWindow,
  randomRejection,
  type FixedWindowOptions,
  type RandomRejectionOptions,
  type RateDecision,
  type RateLimitPolicy,
} from './rate-limit/policies.ts'
export {
  minPollInterval,
  requireFilterWhenPolling,
  stopAfterConsecutiveErrors,
  waitAfterStatus,
  waitForRetryAfter,
} from './conduct/rules.ts'
export type { ConductFinding, ConductRule } from './conduct/tracker.ts'
// Client duties declared once as data: the mock's conduct rules and rate limit, and the client middleware, from one
// declaration
export {
  conductRulesFor,
  quotaPolicy,
  type ClientDuties,
  type DutyId,
  type Honour,
  type PollingDuty,
  type QuotaDuty,
  type StatusSet,
  type StopDuty,
  type WaitDuty,
} from './conduct/duties.ts'
// Typed clients that keep a vendor's duties (each vendor entry's `createClient` is one of these)
export {
  createTypedClient,
  type ClientConfig,
  type DutifulClient,
  type TypedClientOptions,
  type VendorClientOptions,
} from './client/create-client.ts'
export {
  createDutyFetch,
  type DutyFetch,
  type DutyFetchOptions,
  type DutyOptions,
  type FetchLike,
  type Sleep,
} from './client/duty-fetch.ts'
export {
  basicAuth,
  headerAuth,
  oauth2Auth,
  TokenRequestError,
  type Authenticator,
  type OAuth2Options,
  type PrimaryGrant,
  type TokenSet,
} from './client/auth.ts'
export { ClientDutyError } from './client/errors.ts'
export type { ClientEvent, ClientEventType, RefuseEvent, RetryEvent, TokenEvent, WaitEvent } from './client/events.ts'
export type { OpenApiDocument, Operation } from './spec/openapi.ts'
// Outgoing webhooks: a bounded background delivery queue for a plug-in's state (close it in the plug-in's `dispose`)
export {
  backoffDelay,
  createDeliveryQueue,
  DELIVERY_DEFAULTS,
  manualScheduler,
  systemScheduler,
  type BackoffOptions,
  type Delivery,
  type DeliveryId,
  type DeliveryQueue,
  type DeliveryQueueOptions,
  type DeliveryState,
  type DeliveryStatus,
  type ManualScheduler,
  type Scheduler,
  type TimerHandle,
  type WebhookRequest,
} from './webhooks/index.ts'

// Running a plug-in
export {
  createEngine,
  type ControlRequest,
  type Engine,
  type EngineOptions,
  type ExchangeLogEntry,
} from './core/engine.ts'
// Sessions (X-Mock-Session) and snapshots (GET/PUT /__mock/<api>/snapshot, serve --state)
export {
  DEFAULT_SESSION,
  SESSION_DEFAULTS,
  SESSION_HEADER,
  type SessionInfo,
  type SessionLimits,
} from './core/session.ts'
export { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotError, type Snapshot } from './store/snapshot.ts'
export { startServer, type RunningServer, type StartServerOptions } from './adapters/start-server.ts'
export type { HandlersOptions } from './adapters/msw.ts'

export { createHandlers, createMock, type CreateMockOptions, type Mock } from './mock.ts'
