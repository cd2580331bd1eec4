/**
 * Screendragon's client duties, declared once: the mock's rate limit and conduct rule (index.ts) and the client's
 * middleware (client.ts) are both built from this.
 */
import type { ClientDuties } from '../../src/conduct/duties.ts'

const HOUR = 3_600_000

export const SCREENDRAGON_DUTIES = {
  quota: {
    id: 'rate-limit',
    // Vendor "API Usage Guidelines" (inv §1, §4): "Standard Limit: 1,000 requests per hour per client", then 429.
    description: 'At most 1,000 requests per hour per client (API Usage Guidelines)',
    limit: 1000,
    windowMs: HOUR,
    // No rate headers are documented; Retry-After on the 429 is the mock's (inferred, NOTES.md).
    headers: { retryAfter: 'Retry-After' },
  },
  waits: [
    {
      id: 'wait-retry-after',
      // "Avoid polling or excessive retries"; "Attempting to bypass … rate limits" is prohibited (API Usage Guidelines).
      description:
        'After a 429, wait until the hourly window ends (Retry-After) before sending again (API Usage Guidelines)',
      after: [429],
      waitMs: HOUR,
      waitHeader: 'Retry-After',
      honour: 'retry',
    },
  ],
} as const satisfies ClientDuties
