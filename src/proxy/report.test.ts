import { describe, expect, it } from 'vitest'
import type { Issue } from './issues.ts'
import { DriftReport, MAX_UNKNOWN_PATHS, MAX_VIOLATIONS_PER_OPERATION, type ExchangeRecord } from './report.ts'

const record = (over: Partial<ExchangeRecord>): ExchangeRecord => ({
  at: '2026-01-01T00:00:00.000Z',
  method: 'GET',
  target: '/items',
  status: 200,
  operationId: 'listItems',
  path: '/items',
  ms: 1,
  issues: [],
  notValidated: [],
  ...over,
})

describe('DriftReport', () => {
  it('stays bounded however many paths outside the spec a client walks', () => {
    const report = new DriftReport({ api: { id: 'x', title: 'X', operations: 1 }, upstream: 'http://x' })
    const unknown: Issue = { kind: 'request', rule: 'unknown-operation', path: 'path', message: 'no operation' }
    for (let i = 0; i < MAX_UNKNOWN_PATHS + 50; i++)
      report.add(record({ operationId: undefined, path: `/items/${i}/x`, target: `/items/${i}/x`, issues: [unknown] }))
    const json = report.toJSON()
    expect(json.operations).toHaveLength(MAX_UNKNOWN_PATHS + 1)
    expect(json.operations.find((op) => op.method === '*')).toMatchObject({
      path: '(other paths outside the spec)',
      exchanges: 50,
    })
    expect(json.totals).toMatchObject({ exchanges: MAX_UNKNOWN_PATHS + 50, unknownOperations: MAX_UNKNOWN_PATHS + 50 })
  })

  it('lists a bounded number of distinct violations per operation and counts the rest', () => {
    const report = new DriftReport({ api: { id: 'x', title: 'X', operations: 1 }, upstream: 'http://x' })
    const issues: Issue[] = Array.from({ length: MAX_VIOLATIONS_PER_OPERATION + 7 }, (_, i) => ({
      kind: 'response',
      rule: 'required',
      path: `body.field${i}`,
      message: 'is required but missing',
    }))
    report.add(record({ issues }))
    const [op] = report.toJSON().operations
    expect(op?.violations).toHaveLength(MAX_VIOLATIONS_PER_OPERATION)
    expect(op?.violationsNotListed).toBe(7)
  })
})
