/**
 * One declaration per vendor feeds the mock and the client (mocks/<api>/duties.ts): these tests keep it in line with
 * the spec and with the mock, so neither side can drift from the other or from the spec.
 */
import { describe, expect, it } from 'vitest'
import { getPlugin, type registry } from '../../mocks/index.ts'
import { PROWORKFLOW_BASE_URL } from '../../mocks/proworkflow/client.ts'
import { PROWORKFLOW_DUTIES } from '../../mocks/proworkflow/duties.ts'
import { RESOURCE_GURU_BASE_URL } from '../../mocks/resource-guru/client.ts'
import { RESOURCE_GURU_DUTIES } from '../../mocks/resource-guru/duties.ts'
import { SCHEDULEIT_BASE_URL } from '../../mocks/scheduleit/client.ts'
import { LIST_OPERATIONS } from '../../mocks/scheduleit/data-sets.ts'
import { SCHEDULEIT_DUTIES } from '../../mocks/scheduleit/duties.ts'
import { SCREENDRAGON_BASE_URL } from '../../mocks/screendragon/client.ts'
import { SCREENDRAGON_DUTIES } from '../../mocks/screendragon/duties.ts'
import type { ClientDuties } from '../../src/conduct/duties.ts'
import { createEngine } from '../../src/core/engine.ts'
import { listOperations } from '../../src/spec/openapi.ts'

const VENDORS = [
  ['resource-guru', RESOURCE_GURU_DUTIES, RESOURCE_GURU_BASE_URL],
  ['proworkflow', PROWORKFLOW_DUTIES, PROWORKFLOW_BASE_URL],
  ['scheduleit', SCHEDULEIT_DUTIES, SCHEDULEIT_BASE_URL],
  ['screendragon', SCREENDRAGON_DUTIES, SCREENDRAGON_BASE_URL],
] as const satisfies readonly (readonly [keyof typeof registry, ClientDuties, string])[]

describe.each(VENDORS)('%s duties', (api, duties, baseUrl) => {
  const plugin = getPlugin(api)

  it("default the client to the spec's first server", () => {
    expect(plugin.document.servers?.[0]?.url).toBe(baseUrl)
  })

  it("are the mock's conduct rules, one per duty besides the quota", () => {
    const ids = [
      ...(duties.waits ?? []).map((w) => w.id),
      ...('stopAfterErrors' in duties ? [duties.stopAfterErrors.id] : []),
      ...('polling' in duties ? [duties.polling.interval.id, duties.polling.filter.id] : []),
    ]
    expect(plugin.conductRules?.(plugin.options!.defaults as never).map((r) => r.id)).toEqual(ids)
  })

  it("give the mock's default quota, and the limit it sends", () => {
    if (!('quota' in duties)) return
    const engine = createEngine(plugin)
    expect(engine.options.rateLimit).toBe(duties.quota.limit)
    const limit = (duties.quota.headers as { limit?: string }).limit
    if (limit)
      expect(plugin.rateLimits?.(engine.options as never, () => 0)[0]?.check('k', 0).headers[limit]).toBe(
        String(duties.quota.limit),
      )
  })
})

describe('ScheduleIt polling duties', () => {
  const operations = listOperations(getPlugin('scheduleit').document)

  it("name each data set's list operation by the spec's path, as the mock's data sets do", () => {
    for (const set of SCHEDULEIT_DUTIES.polling.dataSets) {
      const op = operations.find((o) => o.operationId === set.operationId)
      expect(op && [op.method, op.path]).toEqual(['GET', set.path])
      expect(LIST_OPERATIONS[set.operationId]?.name).toBe(set.name)
    }
    expect(SCHEDULEIT_DUTIES.polling.dataSets.map((s) => s.operationId).sort()).toEqual(
      Object.keys(LIST_OPERATIONS).sort(),
    )
  })

  it('count as whole reads only parameters the lists declare', () => {
    const declared = new Set(
      operations
        .filter((o) => o.operationId in LIST_OPERATIONS)
        .flatMap((o) => o.parameters.filter((p) => p.in === 'query').map((p) => p.name)),
    )
    for (const name of SCHEDULEIT_DUTIES.polling.wholeReadParameters) expect(declared, name).toContain(name)
    expect(declared).toContain(SCHEDULEIT_DUTIES.polling.filter.parameter)
  })
})
