/**
 * Serve-wide flags that options of several plug-ins can share (`--rate-limit`, `--chaos`): an option that takes part
 * names one of these as its `shared` in `defineOptions`, so the flag and its help text are the same for every API.
 */
export const RATE_LIMIT_FLAG = {
  flag: 'rate-limit',
  description: "requests per window for every API that has a rate limit (an API's own flag wins)",
} as const

export const CHAOS_FLAG = {
  flag: 'chaos',
  description: 'probability (0-1) of a random 429 for every API that sends them on purpose (0 turns them off)',
} as const
