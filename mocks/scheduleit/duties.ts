/**
 * ScheduleIt's client duties (000 line 15 "Mandatory requirement for API access - Error checking", 000 lines 118-124
 * "Polling", and the live vendor page's reply-code policy quoted in inventory §1), one duty per row of the duties
 * table (inventory §6-7), declared once: the mock's conduct rules (conduct.ts) and the client's middleware
 * (client.ts) are both built from this. ScheduleIt documents no quota, so there is none here.
 */
import type { ClientDuties } from '../../src/conduct/duties.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

export const SCHEDULEIT_DUTIES = {
  waits: [
    {
      id: 'wait-after-429',
      description:
        'After a 429 ("Wait 1 Minute"), wait 1 minute before sending again: "Your script must wait 1 minute before trying again" (000 line 15)',
      after: [429],
      waitMs: MINUTE,
      honour: 'retry',
    },
    {
      id: 'wait-after-400-403',
      description:
        'After a 400 or 403 (access denied), stop, or wait one hour: "400 or 403 = Login or security issue. Stop posting or wait one hour before posting again" (vendor page, inventory §1)',
      after: [400, 403],
      waitMs: HOUR,
      honour: 'hold',
    },
    {
      id: 'wait-after-other-error',
      description:
        'After any other non-200 reply, wait 1 minute: "429 or any other = Wait one minute before posting again" (vendor page, inventory §1); "Other error codes may also be returned and your script must track them" (000 line 15)',
      after: { atLeast: 300, except: [400, 403, 429] },
      waitMs: MINUTE,
      honour: 'pause',
    },
  ],
  stopAfterErrors: {
    id: 'stop-after-3-errors',
    description:
      'After 3 errors (non-200 replies) in a row, stop sending: "3 errors (non 200 codes) in a row should also cause your script to stop posting or wait" (vendor page, inventory §1; the wait is cut off there, an hour is inferred); "If constant errors are returned your script must stop sending requests until the issue is resolved" (000 line 15)',
    count: 3,
    waitMs: HOUR,
  },
  polling: {
    interval: {
      id: 'poll-every-20-minutes',
      description:
        'Poll a whole data set at most every 20 minutes, and never repeat requests for the same data set: "ensure your polling time is no more than every 20 minutes" (000 lines 122-124)',
      intervalMs: 20 * MINUTE,
    },
    filter: {
      id: 'poll-changed-records-only',
      description:
        'Poll only for records changed since the last poll, with search_date_modified: "Polling for all records should never be used … Use search_date_modified to find changed events since your last check" (000 lines 122-124); the first read of a data set is a load, not a poll',
      parameter: 'search_date_modified',
      allowFirstRead: true,
    },
    // "Polling for all records should never be used" (000 line 122): a list is a whole read unless a search narrows it.
    dataSets: [
      { name: 'events', operationId: 'listEvents', path: '/api/events' },
      { name: 'resources', operationId: 'listResources', path: '/api/resources' },
      { name: 'groups', operationId: 'listGroups', path: '/api/groups' },
      { name: 'labels', operationId: 'listLabels', path: '/api/labels' },
    ],
    wholeReadParameters: ['fields', 'sort', 'limit', 'search_date_modified', 'search_workspace'],
  },
} as const satisfies ClientDuties
