/**
 * The vendor's messages and error body. Every error is `{"error": "<message>"}` (003 lines 49-51, 113-115, 208-210,
 * 253-255). Each message is written as the operation's error table writes it, with exactly one trailing period: the
 * sample bodies all end in one, while the tables drop it three times and add a stray space once (NOTES.md).
 */
import { MockError } from '../../src/core/errors.ts'
import {
  handlerGroup,
  type Handler,
  type HandlerContext,
  type Principal,
  type UntypedOperation,
} from '../../src/core/plugin.ts'
import type { operations } from '../../specs/screendragon/openapi.gen.ts'
import type { SdOptions } from './defaults.ts'
import type { SdState } from './state.ts'

/** The context of any operation (for helpers several handlers share). */
export type Ctx = HandlerContext<SdState, UntypedOperation, SdOptions>

/** The handler of one operation, typed from the spec. */
export type SdHandler<K extends keyof operations> = Handler<SdState, operations[K], SdOptions>

/** Some of the handlers, each typed from its operation (see `defineHandlers` in index.ts for the whole set). */
export const sdHandlers = handlerGroup<operations, SdState, SdOptions>()

export interface SdPrincipal extends Principal {
  /** The OAuth client the token was issued to (`undefined` for the API key). */
  clientId: string | undefined
  configured: boolean
}

export const MESSAGES = {
  /** List (003 lines 21, 51), delete (193), daily resourcing (224, 255), amend (150). */
  noData: 'No data.',
  /** Add only writes it with a capital D (003 line 85). */
  noDataAdd: 'No Data.',
  unparseable: 'Unable to parse booking details.', // 003 lines 77, 143, 176
  duplicate: 'Cannot add duplicate booking.', // 003 line 78
  clientConfiguration: 'Invalid client configuration.', // 003 line 79
  noSuchUser: 'No such user exists.', // 003 lines 80, 145
  noCurrentRole: 'Specified user has no current role.', // 003 lines 81, 146
  noSuchEvent: 'No such event exists.', // 003 lines 82, 147
  dateRange: 'Invalid date range.', // 003 lines 83, 148
  past: 'Cannot create bookings in the past.', // 003 line 84 (149 reads "past ." — a typo, NOTES.md)
  invalidTask: 'Invalid task id supplied.', // 003 line 144
  noSuchBooking: 'No such booking exists.', // 003 lines 192, 210
  /** Inferred: ASP.NET Web API's message for a missing or rejected token, in the vendor's error shape. */
  unauthorized: 'Authorization has been denied for this request.',
} as const

/** A documented refusal: rendered as is, `{"error": message}` with its status (400 unless said otherwise). */
export class VendorError extends MockError {
  constructor(message: string, status = 400) {
    super(status === 404 ? 'not_found' : 'invalid_body', message, { status })
    this.name = 'VendorError'
  }
}

export function refuse(message: string, status = 400): never {
  throw new VendorError(message, status)
}

export const principalOf = (ctx: Ctx): SdPrincipal | undefined => ctx.principal as SdPrincipal | undefined
