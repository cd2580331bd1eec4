/**
 * What the client tells about itself: every wait (so none is a silent stall), every retry, every refusal and every
 * token it fetches. Dispatched on a platform `EventTarget` (Node and browsers alike); `on()` gives typed listeners.
 */

export interface WaitEvent {
  type: 'wait'
  /** The duty that makes the client wait (its id, as in the mock's conduct findings). */
  rule: string
  ms: number
  /** Epoch milliseconds the wait ends at, on the client's clock. */
  until: number
  /** Method and path of the request that waits. */
  request: string
}

export interface RetryEvent {
  type: 'retry'
  rule: string
  /** The status that is being retried. */
  status: number
  request: string
}

export interface RefuseEvent {
  type: 'refuse'
  rule: string
  request: string
  message: string
  /** Epoch milliseconds from when the request may be sent, or `undefined` when it must change instead. */
  retryAt: number | undefined
}

export interface TokenEvent {
  type: 'token'
  /** The OAuth2 grant that fetched it (`password`, `refresh_token`, `client_credentials`). */
  grant: string
}

export type ClientEvent = WaitEvent | RetryEvent | RefuseEvent | TokenEvent
export type ClientEventType = ClientEvent['type']
export type ClientEventOf<T extends ClientEventType> = Extract<ClientEvent, { type: T }>

class DetailEvent extends Event {
  readonly detail: ClientEvent
  constructor(detail: ClientEvent) {
    super(detail.type)
    this.detail = detail
  }
}

export interface ClientEvents {
  /** Calls `listener` for each event of `type`; returns the function that stops it. */
  on<T extends ClientEventType>(type: T, listener: (event: ClientEventOf<T>) => void): () => void
  emit(event: ClientEvent): void
}

export function createClientEvents(): ClientEvents {
  const target = new EventTarget()
  return {
    on(type, listener) {
      const handler = (event: Event) => listener((event as DetailEvent).detail as ClientEventOf<typeof type>)
      target.addEventListener(type, handler)
      return () => target.removeEventListener(type, handler)
    },
    emit(event) {
      target.dispatchEvent(new DetailEvent(event))
    },
  }
}
