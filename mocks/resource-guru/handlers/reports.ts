import type { Handler } from '../../../src/core/plugin.ts'
import type { RgState } from '../state.ts'

/** Reports v1 and v2. */
export const reportHandlers: Record<string, Handler<RgState>> = {}
