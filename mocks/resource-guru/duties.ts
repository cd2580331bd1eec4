/**
 * Resource Guru's client duties, declared once: the mock's rate limit and conduct rule (index.ts) and the client's
 * middleware (client.ts) are both built from this.
 */
import type { ClientDuties } from '../../src/conduct/duties.ts'

export const RESOURCE_GURU_DUTIES = {
  quota: {
    id: 'rate-limit',
    // 001 "Request Limits": "Each registered application is allowed up to 200 requests per minute."
    description: 'At most 200 requests per minute per registered application (001 "Request Limits")',
    limit: 200,
    windowMs: 60_000,
    // 001 "Rate Limiting Headers": Retry-After, X-RateLimit-Remaining, X-RateLimit-Limit (no reset header).
    headers: { limit: 'X-RateLimit-Limit', remaining: 'X-RateLimit-Remaining', retryAfter: 'Retry-After' },
  },
  waits: [
    {
      id: 'wait-retry-after',
      // 001 "Rate Limiting Headers": "Retry-After: how many seconds you should wait before sending another request if
      // the rate limit has been exceeded". Without the header, the rest of the minute (inferred).
      description: 'After a 429, wait the seconds Retry-After gives before sending again (001 "Rate Limiting Headers")',
      after: [429],
      waitMs: 60_000,
      waitHeader: 'Retry-After',
      honour: 'retry',
    },
  ],
} as const satisfies ClientDuties
