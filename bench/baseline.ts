/**
 * `npm run bench -- --baseline <ref>`: the server as it was at another commit, built beside the current one, so that
 * a change's before and after are measured in one run (the machine's load drifts too much between runs to compare
 * two runs' req/s). The commit's files come from `git archive` (no worktree is registered, nothing in the checkout
 * changes); it uses this checkout's node_modules, so a baseline whose dependencies differ may fail to build — the error
 * says so.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

export interface Baseline {
  /** The folder holding the baseline's files and its built dist/. */
  root: string
  commit: string
  subject: string
  buildMs: number
}

function run(command: string, args: string[], cwd: string, what: string, input?: Buffer): Buffer {
  const r = spawnSync(command, args, { cwd, input, maxBuffer: 1 << 30, timeout: 120_000 })
  if (r.status !== 0)
    throw new Error(
      `${what} failed (${r.error?.message ?? `exit code ${r.status}`}): ${r.stderr.toString().trim().slice(0, 2000)}`,
    )
  return r.stdout
}

/** Extracts `ref` of the repository at `repoRoot` into `dir` and builds its dist/ (`node scripts/build.mjs --js`). */
export function buildBaseline(repoRoot: string, ref: string, dir: string): Baseline {
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], repoRoot, `git rev-parse ${ref}`)
    .toString()
    .trim()
  const subject = run('git', ['log', '-1', '--format=%s', commit], repoRoot, 'git log').toString().trim()
  mkdirSync(dir, { recursive: true })
  const archive = run('git', ['archive', '--format=tar', commit], repoRoot, `git archive ${ref}`)
  run('tar', ['-x', '-f', '-'], dir, 'tar -x', archive)
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const t0 = performance.now()
  run(
    process.execPath,
    ['scripts/build.mjs', '--js'],
    dir,
    `building the baseline ${ref} (with this checkout's node_modules: did its dependencies differ?)`,
  )
  return { root: dir, commit, subject, buildMs: performance.now() - t0 }
}
