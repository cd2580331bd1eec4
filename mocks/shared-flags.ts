/**
 * The serve-wide flags several vendors' options share (`--rate-limit`, `--chaos`): each option that takes part names
 * one of these in its declaration, so the CLI's flag and help text are the same for all of them.
 */
export const RATE_LIMIT_FLAG = {
  flag: 'rate-limit',
  description: "requests per window for every API that has a rate limit (an API's own flag wins)",
} as const

export const CHAOS_FLAG = {
  flag: 'chaos',
  description: 'probability (0-1) of a random 429 for every API that sends them on purpose (0 turns them off)',
} as const
