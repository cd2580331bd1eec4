/** What the client throws instead of sending a request that would break one of the vendor's client duties. */

export interface ClientDutyErrorOptions {
  /** The duty's id (as in the mock's conduct findings). */
  rule: string
  /** The duty in the vendor's words. */
  description: string
  /** Method and path of the request that was not sent. */
  request: string
  /** Why it was not sent now. */
  reason: string
  /** From when it may be sent; `undefined` when waiting does not help (change the request instead). */
  retryAt: number | undefined
}

/**
 * A request the client refused to send: the vendor's duties forbid it now (e.g. a vendor that holds a login for an hour
 * after a 400 or 403) or at all (a repeated whole read without the changed-since filter). Nothing reached the API.
 */
export class ClientDutyError extends Error {
  override readonly name = 'ClientDutyError'
  readonly rule: string
  readonly description: string
  readonly request: string
  /** When the request may be sent again, or `undefined` when it must change instead. */
  readonly retryAt: Date | undefined

  constructor(options: ClientDutyErrorOptions) {
    const when =
      options.retryAt === undefined
        ? 'waiting will not help: change the request'
        : `it may be sent from ${new Date(options.retryAt).toISOString()}`
    super(`Not sent: ${options.request}: ${options.reason}; ${when} (duty ${options.rule})`)
    this.rule = options.rule
    this.description = options.description
    this.request = options.request
    this.retryAt = options.retryAt === undefined ? undefined : new Date(options.retryAt)
  }
}
