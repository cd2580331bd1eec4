/**
 * A vitest reporter for the contract CLI: it prints nothing per test (the CLI prints the summary at the end), only a
 * progress line on long runs. On a terminal the line is rewritten in place; elsewhere (CI logs) a line is written
 * every `intervalMs`, so a short run prints none and a long one shows it is alive without a line per check.
 */

interface Counted {
  children: { allTests(): Iterable<unknown> }
}

interface Finished {
  result(): { state: string }
}

export interface ProgressOptions {
  /** Writes raw text (no newline added). */
  write(text: string): void
  /** Rewrite one line in place (a TTY), or write a line every `intervalMs`. */
  tty: boolean
  intervalMs?: number
  now?: () => number
}

/** Structurally a vitest `Reporter` (the package's types do not depend on vitest's). */
export interface ProgressReporter {
  onTestModuleCollected(module: Counted): void
  onTestCaseResult(test: Finished): void
  onUserConsoleLog(log: { content: string; type: 'stdout' | 'stderr' }): void
  onTestRunEnd(): void
}

export const PROGRESS_INTERVAL_MS = 15_000

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now
  const started = now()
  let total = 0
  let done = 0
  let failed = 0
  let lastDraw = Number.NEGATIVE_INFINITY
  let shown = false
  const text = () =>
    `  … ${done}/${total} checks${failed ? `, ${failed} failed` : ''} (${Math.round((now() - started) / 1000)} s)`
  const timer = options.tty
    ? undefined
    : setInterval(() => options.write(`${text()}\n`), options.intervalMs ?? PROGRESS_INTERVAL_MS)
  timer?.unref()
  const draw = (force = false) => {
    if (!options.tty || (!force && now() - lastDraw < 100)) return
    lastDraw = now()
    shown = true
    options.write(`\r\x1b[2K${text()}`)
  }
  const clear = () => {
    if (shown) options.write('\r\x1b[2K')
    shown = false
  }
  return {
    onTestModuleCollected(module) {
      for (const _ of module.children.allTests()) total++
      draw()
    },
    onTestCaseResult(test) {
      done++
      if (test.result().state === 'failed') failed++
      draw()
    },
    // What a check's code logs (pacing waits, teardown notes) still reaches the user, on its own line.
    onUserConsoleLog(log) {
      clear()
      options.write(log.content.endsWith('\n') ? log.content : `${log.content}\n`)
      draw(true)
    },
    onTestRunEnd() {
      if (timer) clearInterval(timer)
      clear()
    },
  }
}
