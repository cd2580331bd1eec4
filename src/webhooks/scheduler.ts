/**
 * The time source and timers of the webhook delivery queue. Injected so tests can walk a retry schedule (2 s, 4 s,
 * 8 s, ... up to an hour) by hand instead of sleeping through it. No Node built-ins: the vendor handlers that enqueue
 * deliveries are also bundled for the browser (MSW), so this module must bundle there too.
 */

/** An opaque handle returned by `setTimer`, only ever passed back to `clearTimer`. */
export type TimerHandle = unknown

export interface Scheduler {
  /** Milliseconds since the epoch. */
  now(): number
  /** Runs `fn` once after `ms` milliseconds. The timer must not keep the process alive (see `systemScheduler`). */
  setTimer(fn: () => void, ms: number): TimerHandle
  clearTimer(handle: TimerHandle): void
}

/**
 * Real time and real timers. Each timer is `unref()`ed where the runtime has it (Node), because a retry due in an hour
 * must never keep a test run or a CLI process alive after everything else is done; browsers have no such notion.
 */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const handle = setTimeout(fn, ms)
    ;(handle as { unref?: () => void }).unref?.()
    return handle
  },
  clearTimer(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
}

/** A scheduler whose time only moves when a test says so. */
export interface ManualScheduler extends Scheduler {
  /** Moves time forward by `ms`, running every timer that falls due on the way, in due order (ties: creation order). */
  advance(ms: number): void
  /** The due times of the timers still set, earliest first; lets a test read a retry schedule without running it. */
  pending(): number[]
}

/**
 * A scheduler for tests. @example const s = manualScheduler(); queue = createDeliveryQueue({ scheduler: s, ... });
 * s.advance(0) // runs the first attempt, which was set for "now"
 */
export function manualScheduler(start = Date.UTC(2024, 0, 1)): ManualScheduler {
  let current = start
  let sequence = 0
  const timers = new Map<number, { due: number; seq: number; fn: () => void }>()
  const ordered = () => [...timers.entries()].sort(([, a], [, b]) => a.due - b.due || a.seq - b.seq)
  return {
    now: () => current,
    setTimer(fn, ms) {
      const seq = ++sequence
      timers.set(seq, { due: current + Math.max(0, ms), seq, fn })
      return seq
    },
    clearTimer(handle) {
      timers.delete(handle as number)
    },
    advance(ms) {
      const target = current + ms
      // Timers set by a running timer are picked up too, when they fall due before the target.
      for (;;) {
        const next = ordered()[0]
        if (!next || next[1].due > target) break
        timers.delete(next[0])
        current = Math.max(current, next[1].due)
        next[1].fn()
      }
      current = target
    },
    pending: () => ordered().map(([, t]) => t.due),
  }
}
