/**
 * ScheduleIt's client duties as the mock's conduct rules. The engine records every breach (GET
 * /__mock/scheduleit/conduct, the server log) and, with `--block-misconduct`, blocks the client the way the vendor
 * threatens: "Failure to do so could results in your API access being blocked, or your account being put on hold"
 * (000 line 15). The duties themselves are declared in duties.ts, which the client middleware reads too.
 */
import { conductRulesFor } from '../../src/conduct/duties.ts'
import type { ConductRule } from '../../src/conduct/tracker.ts'
import { SCHEDULEIT_DUTIES } from './duties.ts'

export function conductRules(): ConductRule[] {
  return conductRulesFor(SCHEDULEIT_DUTIES)
}
