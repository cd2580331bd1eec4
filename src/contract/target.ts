/**
 * What the suite runs against, and the settings that come from the CLI. The CLI runs vitest in worker processes, so
 * settings travel as environment variables (`CONTRACT_*`); `readSettings` is the one place that parses them.
 */

export type ContractMode = 'stateful' | 'stateless'

/**
 * - `local`: our mock, started in-process by the suite on port 0 (what `npm test` does);
 * - `mock`: our mock at a URL (recognised by its `/__mock/<api>/state` control endpoint);
 * - `prism`: `prism mock` on the same spec (recognised by its problem+json 404);
 * - `remote`: anything else, i.e. the live vendor API: read-only unless `--write`, never anything that spends the quota
 *   unless `--allow-429`.
 */
export type TargetKind = 'local' | 'mock' | 'prism' | 'remote'

export interface ContractSettings {
  /** `undefined`: the suite starts the API's local mock itself. */
  baseUrl: string | undefined
  /** `undefined`: stateless against Prism, stateful elsewhere. */
  mode: ContractMode | undefined
  /** Run the 429 contract against whatever the target is (it spends the quota). */
  allow429: boolean
  /** Allow requests that create, change or delete records on a remote API. */
  write: boolean
  /**
   * The negative checks generated from the spec: `undefined` (default) runs them against our mock and Prism only,
   * `true` against any target (`--negative`), `false` nowhere (`--no-negative`).
   */
  negative?: boolean | undefined
  /** Our mock's session to run in (`X-Mock-Session` on every request); none: the default session. */
  session?: string
}

/** Which operations a run checks (`--operation`, `--tag`, `--exclude-operation`); empty lists select everything. */
export interface ContractSelection {
  operations: readonly string[]
  tags: readonly string[]
  excludeOperations: readonly string[]
}

export const SELECT_ALL: ContractSelection = { operations: [], tags: [], excludeOperations: [] }

/** Whether a run with this selection checks an operation (by its id and its spec tags). */
export function selects(selection: ContractSelection, operationId: string, tags: readonly string[] = []): boolean {
  if (selection.excludeOperations.includes(operationId)) return false
  if (!selection.operations.length && !selection.tags.length) return true
  return selection.operations.includes(operationId) || tags.some((tag) => selection.tags.includes(tag))
}

/**
 * What the CLI hands the test workers through vitest's `provide`/`inject` (one run may check several APIs, each at
 * its own base URL). A suite run by plain vitest (`npm test`) gets none and reads the `CONTRACT_*` variables.
 */
export interface ProvidedContractRun {
  settings: Record<string, ContractSettings>
  selection: ContractSelection
}

/** The `provide` key of `ProvidedContractRun`. */
export const PROVIDE_KEY = 'schedulingApiMocksContract'

export const SETTINGS_ENV = {
  baseUrl: 'CONTRACT_BASE_URL',
  mode: 'CONTRACT_MODE',
  allow429: 'CONTRACT_ALLOW_429',
  write: 'CONTRACT_WRITE',
  negative: 'CONTRACT_NEGATIVE',
  session: 'CONTRACT_SESSION',
} as const satisfies Record<keyof ContractSettings, string>

const truthy = (value: string | undefined): boolean =>
  value !== undefined && ['1', 'true', 'yes'].includes(value.toLowerCase())

/** `1`/`true`/`yes` → true, `0`/`false`/`no` → false, unset or empty → `undefined` (the target decides). */
function tristate(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined
  if (truthy(value)) return true
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false
  throw new Error(`${name} must be 1 or 0 (or empty: the target decides), got "${value}"`)
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ContractSettings {
  const mode = env[SETTINGS_ENV.mode]
  if (mode !== undefined && mode !== '' && mode !== 'stateful' && mode !== 'stateless') {
    throw new Error(`${SETTINGS_ENV.mode} must be "stateful" or "stateless", got "${mode}"`)
  }
  return {
    baseUrl: env[SETTINGS_ENV.baseUrl] || undefined,
    mode: mode ? mode : undefined,
    allow429: truthy(env[SETTINGS_ENV.allow429]),
    write: truthy(env[SETTINGS_ENV.write]),
    negative: tristate(SETTINGS_ENV.negative, env[SETTINGS_ENV.negative]),
    ...(env[SETTINGS_ENV.session] ? { session: env[SETTINGS_ENV.session] } : {}),
  }
}

/** The environment variables that carry these settings to the vitest workers. */
export function settingsEnv(settings: ContractSettings): Record<string, string> {
  return {
    [SETTINGS_ENV.baseUrl]: settings.baseUrl ?? '',
    [SETTINGS_ENV.mode]: settings.mode ?? '',
    [SETTINGS_ENV.allow429]: settings.allow429 ? '1' : '',
    [SETTINGS_ENV.write]: settings.write ? '1' : '',
    [SETTINGS_ENV.negative]: settings.negative === undefined ? '' : settings.negative ? '1' : '0',
    [SETTINGS_ENV.session]: settings.session ?? '',
  }
}

export interface TargetInfo {
  baseUrl: string
  kind: TargetKind
  mode: ContractMode
  /** Requests that create, change or delete records this run made may be sent. */
  writes: boolean
}

export const isMock = (kind: TargetKind): boolean => kind !== 'remote'

export const TARGET_LABELS: Record<TargetKind, string> = {
  local: 'our mock, started in-process on port 0',
  mock: 'our mock server',
  prism: 'Prism (prism mock) on the same spec',
  remote: 'a remote API (treated as the live vendor API)',
}

/**
 * Tells our mock and Prism from anything else with one unauthenticated GET of our mock's control endpoint, which
 * the live API answers with a plain 404.
 */
export async function detectTarget(
  baseUrl: string,
  api: string,
  fetchFn: typeof fetch = fetch,
): Promise<Exclude<TargetKind, 'local'>> {
  const url = new URL(`/__mock/${api}/state`, baseUrl)
  let response: Response
  try {
    response = await fetchFn(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    throw new Error(
      `Cannot reach ${baseUrl} (${cause?.code ?? cause?.message ?? (error as Error).message}): is the server running, and is the URL right?`,
    )
  }
  const text = await response.text()
  if (response.status === 200 && text.includes(`"api":"${api}"`)) return 'mock'
  if (response.status === 404 && text.includes('stoplight.io/prism')) return 'prism'
  return 'remote'
}

/** A server the suite started and must stop. */
export interface StartedTarget {
  baseUrl: string
  close(): Promise<void>
}

/** What a plan's `startLocal` gives: the main target and, for the 429 contract, one started with a low limit. */
export interface LocalTargets {
  main: StartedTarget
  rateLimited?: StartedTarget & { limit: number }
}

/** Our mock runs the 429 contract by itself only when started with a limit this low (it spends the whole quota). */
export const LOW_RATE_LIMIT = 100
