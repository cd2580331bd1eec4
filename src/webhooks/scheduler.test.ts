/** The schedulers the delivery queue runs on. */
import { describe, expect, it } from 'vitest'
import { manualScheduler, systemScheduler } from './scheduler.ts'

describe('manualScheduler', () => {
  it('runs timers only when time is advanced past them, in due order, ties in creation order', () => {
    const s = manualScheduler(1_000)
    const ran: string[] = []
    s.setTimer(() => ran.push('b@20'), 20)
    s.setTimer(() => ran.push('a@10'), 10)
    s.setTimer(() => ran.push('c@20'), 20)
    const cleared = s.setTimer(() => ran.push('never'), 5)
    s.clearTimer(cleared)
    expect(s.pending()).toEqual([1_010, 1_020, 1_020])
    s.advance(9)
    expect(ran).toEqual([])
    s.advance(11)
    expect(ran).toEqual(['a@10', 'b@20', 'c@20'])
    expect(s.now()).toBe(1_020)
  })

  it('runs timers set by a running timer when they fall due within the same advance, at their own time', () => {
    const s = manualScheduler(0)
    const ran: number[] = []
    s.setTimer(() => {
      ran.push(s.now())
      s.setTimer(() => ran.push(s.now()), 5)
      s.setTimer(() => ran.push(s.now()), 500)
    }, 10)
    s.advance(100)
    expect(ran).toEqual([10, 15])
    expect(s.now()).toBe(100)
    expect(s.pending()).toEqual([510])
  })

  it('runs a 0 ms timer on advance(0), not when it is set', () => {
    const s = manualScheduler(0)
    let ran = false
    s.setTimer(() => (ran = true), 0)
    expect(ran).toBe(false)
    s.advance(0)
    expect(ran).toBe(true)
  })
})

describe('systemScheduler', () => {
  it('unrefs its timers, so a pending retry never keeps the process alive', () => {
    const handle = systemScheduler.setTimer(() => undefined, 60_000) as NodeJS.Timeout
    expect(handle.hasRef()).toBe(false)
    systemScheduler.clearTimer(handle)
  })

  it('fires its timers in real time', async () => {
    const fired = await new Promise<number>((resolve) => {
      const started = Date.now()
      systemScheduler.setTimer(() => resolve(Date.now() - started), 10)
    })
    expect(fired).toBeGreaterThanOrEqual(9)
  })
})
