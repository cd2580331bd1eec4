import { rgHandlers } from '../common.ts'
import { availabilityHandlers } from './availability.ts'
import { calendarHandlers } from './calendars.ts'
import { customFieldHandlers } from './custom-fields.ts'
import { downtimeHandlers } from './downtimes.ts'
import { webhookHandlers } from './webhooks.ts'

/** Custom fields, downtimes, webhooks, calendars, custom availability, overtime. */
export const configHandlers = rgHandlers({
  ...customFieldHandlers,
  ...downtimeHandlers,
  ...webhookHandlers,
  ...calendarHandlers,
  ...availabilityHandlers,
})
