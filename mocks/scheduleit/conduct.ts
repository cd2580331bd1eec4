/**
 * ScheduleIt's client duties (000 line 15 "Mandatory requirement for API access - Error checking", 000 lines
 * 118-124 "Polling", and the live vendor page's reply-code policy quoted in inventory §1), one conduct rule per row
 * of the duties table (inventory §6-7). The engine records every breach (GET /__mock/scheduleit/conduct, the server
 * log) and, with `--block-misconduct`, blocks the client the way the vendor threatens: "Failure to do so could
 * results in your API access being blocked, or your account being put on hold" (000 line 15).
 */
import {
  minPollInterval,
  requireFilterWhenPolling,
  stopAfterConsecutiveErrors,
  waitAfterStatus,
} from '../../src/conduct/rules.ts'
import type { ConductRequest, ConductRule } from '../../src/conduct/tracker.ts'
import { LIST_OPERATIONS } from './data-sets.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Parameters that do not narrow a list to some records: such a list reads the whole data set. */
const WHOLE_READ_PARAMETERS = new Set(['fields', 'sort', 'limit', 'search_date_modified', 'search_workspace'])

/**
 * The data set a request reads whole — a list with no search filter other than `search_date_modified` — else
 * `undefined`. "Polling for all records should never be used" (000 line 122).
 */
export function wholeDataSet(request: ConductRequest): string | undefined {
  const set = request.op ? LIST_OPERATIONS[request.op.operationId] : undefined
  if (!set) return undefined
  return Object.keys(request.query).every((key) => WHOLE_READ_PARAMETERS.has(key)) ? set.name : undefined
}

export function conductRules(): ConductRule[] {
  return [
    waitAfterStatus({
      id: 'wait-after-429',
      description:
        'After a 429 ("Wait 1 Minute"), wait 1 minute before sending again: "Your script must wait 1 minute before trying again" (000 line 15)',
      statuses: (status) => status === 429,
      waitMs: MINUTE,
    }),
    waitAfterStatus({
      id: 'wait-after-400-403',
      description:
        'After a 400 or 403 (access denied), stop, or wait one hour: "400 or 403 = Login or security issue. Stop posting or wait one hour before posting again" (vendor page, inventory §1)',
      statuses: (status) => status === 400 || status === 403,
      waitMs: HOUR,
    }),
    waitAfterStatus({
      id: 'wait-after-other-error',
      description:
        'After any other non-200 reply, wait 1 minute: "429 or any other = Wait one minute before posting again" (vendor page, inventory §1); "Other error codes may also be returned and your script must track them" (000 line 15)',
      statuses: (status) => status >= 300 && status !== 400 && status !== 403 && status !== 429,
      waitMs: MINUTE,
    }),
    stopAfterConsecutiveErrors({
      id: 'stop-after-3-errors',
      description:
        'After 3 errors (non-200 replies) in a row, stop sending: "3 errors (non 200 codes) in a row should also cause your script to stop posting or wait" (vendor page, inventory §1; the wait is cut off there, an hour is inferred); "If constant errors are returned your script must stop sending requests until the issue is resolved" (000 line 15)',
      count: 3,
      waitMs: HOUR,
    }),
    minPollInterval({
      id: 'poll-every-20-minutes',
      description:
        'Poll a whole data set at most every 20 minutes, and never repeat requests for the same data set: "ensure your polling time is no more than every 20 minutes" (000 lines 122-124)',
      intervalMs: 20 * MINUTE,
      pollKey: wholeDataSet,
    }),
    requireFilterWhenPolling({
      id: 'poll-changed-records-only',
      description:
        'Poll only for records changed since the last poll, with search_date_modified: "Polling for all records should never be used … Use search_date_modified to find changed events since your last check" (000 lines 122-124); the first read of a data set is a load, not a poll',
      parameter: 'search_date_modified',
      allowFirstRead: true,
      pollKey: wholeDataSet,
    }),
  ]
}
