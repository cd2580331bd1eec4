/**
 * The run's filters (`--operation`, `--tag`, `--exclude-operation`) checked against the specs before anything is
 * sent: an id or tag no selected API has is a usage error that names the close matches, or the valid values when
 * there are few, so a typo costs one line and not a run that checks nothing.
 */
import { UsageError } from '../cli/args.ts'
import type { Operation } from '../spec/openapi.ts'
import { selects, type ContractSelection } from './target.ts'

/** Levenshtein distance, case-insensitive: how many single-character edits turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    for (let j = 1; j <= t.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution))
    }
    previous = current
  }
  return previous[t.length] ?? 0
}

/** The candidates closest to `word` (a third of its length in edits at most, or containing it), best first. */
export function closeMatches(word: string, candidates: readonly string[], max = 3): string[] {
  const lower = word.toLowerCase()
  const limit = Math.max(2, Math.floor(word.length / 3))
  return candidates
    .map((c) => ({ c, d: c.toLowerCase().includes(lower) ? 0.5 : editDistance(word, c) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map(({ c }) => c)
}

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ')

function unknownValue(kind: string, flag: string, value: string, valid: readonly string[], where: string): UsageError {
  const close = closeMatches(value, valid)
  const hint = close.length
    ? `did you mean ${close.join(' or ')}?`
    : valid.length <= 20
      ? `choose one of ${quoted(valid)}`
      : `see the spec's ${kind === 'tag' ? 'tags' : 'operationIds'} (${valid.length} of them)`
  return new UsageError(`Unknown ${kind} "${value}" for ${flag} in ${where}: ${hint}`)
}

/**
 * Checks the selection against every selected API's operations; returns the operations each API will check (an API
 * the filters leave nothing of is left out, unless that would leave nothing at all, which is a usage error).
 */
export function applySelection(
  selection: ContractSelection,
  operationsByApi: ReadonlyMap<string, readonly Operation[]>,
): Map<string, Operation[]> {
  const all = [...operationsByApi.values()].flat()
  const where = [...operationsByApi.keys()].join(', ')
  const ids = [...new Set(all.map((op) => op.operationId))]
  const tags = [...new Set(all.flatMap((op) => op.object.tags ?? []))].sort()
  for (const [flag, values] of [
    ['--operation', selection.operations],
    ['--exclude-operation', selection.excludeOperations],
  ] as const)
    for (const id of values) if (!ids.includes(id)) throw unknownValue('operation', flag, id, ids, where)
  for (const tag of selection.tags) if (!tags.includes(tag)) throw unknownValue('tag', '--tag', tag, tags, where)
  const selected = new Map<string, Operation[]>()
  for (const [api, operations] of operationsByApi) {
    const chosen = operations.filter((op) => selects(selection, op.operationId, op.object.tags))
    if (chosen.length) selected.set(api, chosen)
  }
  if (!selected.size)
    throw new UsageError(
      `The filters leave no operation to check in ${where}: drop an --exclude-operation, or select with --operation or --tag`,
    )
  return selected
}
