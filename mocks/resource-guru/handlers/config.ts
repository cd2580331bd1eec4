import type { Handler } from '../../../src/core/plugin.ts'
import type { RgState } from '../state.ts'

/** Custom fields, downtimes, webhooks, calendars, custom availability, overtime. */
export const configHandlers: Record<string, Handler<RgState>> = {}
