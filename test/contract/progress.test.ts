/**
 * The progress line of a long contract run: rewritten in place on a terminal, and on anything else (a CI log) one line
 * every interval, so a short run prints none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createProgressReporter } from '../../src/contract/report/progress.ts'

const module = (tests: number) => ({ children: { allTests: () => Array.from({ length: tests }) } })
const result = (state: string) => ({ result: () => ({ state }) })

describe('createProgressReporter', () => {
  afterEach(() => void vi.useRealTimers())

  it('rewrites one line on a terminal and clears it at the end', () => {
    let now = 0
    const out: string[] = []
    const progress = createProgressReporter({ write: (t) => out.push(t), tty: true, now: () => now })
    progress.onTestModuleCollected(module(3))
    now = 1_000
    progress.onTestCaseResult(result('passed'))
    now = 2_000
    progress.onTestCaseResult(result('failed'))
    progress.onTestRunEnd()
    expect(out).toEqual([
      '\r\x1b[2K  … 0/3 checks (0 s)',
      '\r\x1b[2K  … 1/3 checks (1 s)',
      '\r\x1b[2K  … 2/3 checks, 1 failed (2 s)',
      '\r\x1b[2K',
    ])
  })

  it('writes a line per interval elsewhere, and nothing in a short run', () => {
    vi.useFakeTimers()
    const out: string[] = []
    const short = createProgressReporter({ write: (t) => out.push(t), tty: false, intervalMs: 15_000 })
    short.onTestModuleCollected(module(2))
    short.onTestCaseResult(result('passed'))
    vi.advanceTimersByTime(14_000)
    short.onTestRunEnd()
    vi.advanceTimersByTime(60_000)
    expect(out).toEqual([])

    const long = createProgressReporter({ write: (t) => out.push(t), tty: false, intervalMs: 15_000, now: Date.now })
    long.onTestModuleCollected(module(2))
    long.onTestCaseResult(result('passed'))
    vi.advanceTimersByTime(31_000)
    long.onTestRunEnd()
    expect(out).toEqual(['  … 1/2 checks (15 s)\n', '  … 1/2 checks (30 s)\n'])
  })
})
