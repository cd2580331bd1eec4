import type { Handler } from '../../../src/core/plugin.ts'
import type { RgState } from '../state.ts'
import { availabilityHandlers } from './availability.ts'
import { calendarHandlers } from './calendars.ts'
import { customFieldHandlers } from './custom-fields.ts'
import { downtimeHandlers } from './downtimes.ts'
import { webhookHandlers } from './webhooks.ts'

/** Custom fields, downtimes, webhooks, calendars, custom availability, overtime. */
export const configHandlers: Record<string, Handler<RgState>> = {
  ...customFieldHandlers,
  ...downtimeHandlers,
  ...webhookHandlers,
  ...calendarHandlers,
  ...availabilityHandlers,
}
