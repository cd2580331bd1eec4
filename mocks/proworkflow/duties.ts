/**
 * ProWorkflow's client duties, declared once: the mock's rate limit and conduct rule (index.ts) and the client's
 * middleware (client.ts) are both built from this.
 */
import type { ClientDuties } from '../../src/conduct/duties.ts'

/** The window of the rate limit (C, inv §3: "500 requests per 30 seconds per API key"). */
export const RATE_WINDOW_SECONDS = 30

export const PROWORKFLOW_DUTIES = {
  quota: {
    id: 'rate-limit',
    description: 'At most 500 requests per 30 seconds per API key (C, inv §3)',
    limit: 500,
    windowMs: RATE_WINDOW_SECONDS * 1000,
    // C (inv §3): x-ratelimit-limit/-remaining/-reset (seconds) on every response; no Retry-After.
    headers: { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset' },
  },
  waits: [
    {
      id: 'wait-ratelimit-reset',
      // C (inv §3): "No Retry-After is documented; clients sleep for x-ratelimit-reset." Sending again inside the
      // window only spends the quota the 429 said is gone (inferred as a duty, NOTES.md).
      description:
        'After a 429, wait the seconds x-ratelimit-reset gives (the rest of the 30 s window) before sending again (C, inv §3)',
      after: [429],
      waitMs: RATE_WINDOW_SECONDS * 1000,
      waitHeader: 'x-ratelimit-reset',
      honour: 'retry',
    },
  ],
} as const satisfies ClientDuties
