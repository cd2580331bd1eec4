/** What the stages learn about one exchange as it goes, for the response stage and the log (even after an error). */
import type { Operation } from '../../spec/openapi.ts'
import type { Principal } from '../plugin.ts'

export interface Trace {
  op?: Operation
  principal?: Principal
  /** The key the request was counted and tracked under. */
  client?: string
  /** Rate-limit headers every response to this request carries, refusals included. */
  rateHeaders?: Record<string, string>
}
