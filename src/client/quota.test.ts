/** The client's quota on its own: a clock in milliseconds, responses' headers, no network. */
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../core/errors.ts'
import { QuotaBudget } from './quota.ts'

const quota = (headers?: { remaining?: string; reset?: string }) => ({
  id: 'q',
  description: 'd',
  limit: 3,
  windowMs: 1000,
  headers,
})

describe('QuotaBudget', () => {
  it('lets `limit` requests go in any window, then waits for the oldest to leave it', () => {
    const budget = new QuotaBudget(quota())
    for (const at of [0, 100, 200]) {
      expect(budget.wait(at)).toBe(0)
      budget.spend(at)
    }
    expect(budget.wait(300)).toBe(700)
    expect(budget.wait(1000)).toBe(0)
    budget.spend(1000)
    expect(budget.wait(1000)).toBe(100)
  })

  it("takes the vendor's own count: at 0 nothing goes until its reset", () => {
    const budget = new QuotaBudget(quota({ remaining: 'x-remaining', reset: 'x-reset' }))
    budget.observe(new Headers({ 'x-remaining': '0', 'x-reset': '5' }), 0)
    expect(budget.wait(0)).toBe(5000)
    budget.observe(new Headers({ 'x-remaining': '1', 'x-reset': '5' }), 10)
    expect(budget.wait(10)).toBe(0)
    budget.spend(10) // the one the vendor said was left
    expect(budget.wait(10)).toBe(5000)
  })

  it('without a reset header, waits a whole window after the vendor says none are left', () => {
    const budget = new QuotaBudget(quota({ remaining: 'x-remaining' }))
    budget.observe(new Headers({ 'x-remaining': '0' }), 50)
    expect(budget.wait(50)).toBe(1000)
  })

  it('takes a lower limit for a mock started with one, and refuses a limit it cannot keep', () => {
    const budget = new QuotaBudget(quota(), { limit: 1 })
    budget.spend(0)
    expect(budget.wait(0)).toBe(1000)
    expect(() => new QuotaBudget(quota(), { limit: 0 })).toThrow(ConfigError)
  })
})
