/**
 * Outgoing webhooks for vendor plug-ins: a bounded background delivery queue (`createDeliveryQueue`), the single
 * attempt it is built on (`sendOnce`), its retry schedule (`backoffDelay`) and the schedulers it runs on.
 */
export {
  createDeliveryQueue,
  DELIVERY_DEFAULTS,
  type Delivery,
  type DeliveryId,
  type DeliveryQueue,
  type DeliveryQueueOptions,
  type DeliveryState,
  type DeliveryStatus,
} from './delivery.ts'
export { backoffDelay, type BackoffOptions } from './backoff.ts'
export {
  manualScheduler,
  systemScheduler,
  type ManualScheduler,
  type Scheduler,
  type TimerHandle,
} from './scheduler.ts'
export {
  describeError,
  refuseReason,
  sendOnce,
  type AttemptOptions,
  type AttemptOutcome,
  type RequestLimits,
  type WebhookRequest,
} from './send.ts'
