/**
 * What a contract run says before it sends anything, per API: the target it recognised, the mode, where the
 * credentials come from, whether it will write, whether the 429 contract runs, and the client duties it keeps.
 */
import type { ContractPlan } from './plan.ts'
import { isMock, LOW_RATE_LIMIT, TARGET_LABELS, type ContractMode, type TargetKind } from './target.ts'

export interface BannerInput {
  plan: ContractPlan
  baseUrl: string
  kind: Exclude<TargetKind, 'local'>
  mode: ContractMode
  /** Whether the mode was chosen (`--mode`) rather than defaulted for the target. */
  modeGiven: boolean
  credentials: string
  write: boolean
  allow429: boolean
  /** `--negative` / `--no-negative`, or neither (`undefined`). */
  negative?: boolean | undefined
  /** The operations the run checks, when filters left out some. */
  selected: number
  total: number
}

function rateLimitLine({ plan, kind, allow429 }: BannerInput): string {
  if (kind === 'prism') return 'Prism has no quota: the 429 contract is checked with Prefer: code=429 (stateless mode)'
  if (kind === 'remote' && plan.rateLimit?.notOnRemote)
    return `never against the live API: ${plan.rateLimit.notOnRemote}`
  if (allow429) return 'runs (--allow-429): sends requests until the quota is spent'
  if (kind === 'mock' && plan.rateLimit && !plan.rateLimit.limitHeader)
    return `skipped (the API sends no quota header; pass --allow-429 to probe up to ${plan.rateLimit.documentedLimit} requests for a 429)`
  if (kind === 'mock')
    return `runs if the mock's limit is ${LOW_RATE_LIMIT} or less (start it with --rate-limit 20), else skipped`
  return 'skipped (pass --allow-429: it spends the whole quota)'
}

function negativeLine({ kind, negative, write }: BannerInput): string {
  if (negative === false) return 'off (--no-negative)'
  if (isMock(kind))
    return `run (${kind === 'prism' ? 'Prism' : 'our mock'}): one invalid request per fault derived from the spec`
  if (!negative) return 'skipped (pass --negative: one invalid request per fault derived from the spec)'
  return write
    ? 'run (--negative), invalid writes too (--write)'
    : 'run (--negative) for reads; invalid writes need --write'
}

export function bannerLines(input: BannerInput): string[] {
  const { plan, kind, mode } = input
  const writes = isMock(kind)
    ? `allowed (${TARGET_LABELS[kind]})`
    : input.write
      ? 'allowed (--write): the run creates, changes and deletes its own records'
      : "read-only (pass --write to create, change and delete the run's own records)"
  const operations =
    input.selected === input.total ? `${input.total} operations` : `${input.selected} of ${input.total} operations`
  const lines = [
    `Contract suite: ${plan.api} (${operations})`,
    `  target:      ${input.baseUrl} — ${TARGET_LABELS[kind]}`,
    `  mode:        ${mode}${input.modeGiven ? '' : ' (default for this target)'}`,
    `  credentials: ${input.credentials}`,
    `  writes:      ${writes}`,
    `  429 check:   ${rateLimitLine(input)}`,
    `  negative:    ${negativeLine(input)}`,
  ]
  if (kind === 'prism' && mode === 'stateful')
    lines.push(
      '  note:        Prism keeps no state, so stateful checks will fail there; --mode stateless is meant for it',
    )
  lines.push('  requests are never retried; when the quota runs out the run waits for the next window')
  const duties = [
    ...(plan.rateLimit?.random
      ? [`wait ${plan.rateLimit.windowSeconds} s after a 429 (the API sends them at random)`]
      : []),
    ...(plan.duties?.all ?? []).map((d) => d.reason),
    ...(isMock(kind) ? [] : (plan.duties?.remote ?? []).map((d) => d.reason)),
  ]
  if (duties.length) lines.push(`  client duties kept: ${duties.join('; ')}`)
  if (!isMock(kind) && plan.skipErrorChecksOnRemote)
    lines.push(`  error checks: not sent (${plan.skipErrorChecksOnRemote})`)
  return lines
}
