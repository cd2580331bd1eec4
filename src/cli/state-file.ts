/**
 * `serve --state <file>`: every API's sessions in one JSON file, loaded at start and written back after changes
 * (at most once per debounce interval) and on exit. Writes go to a temporary file renamed over the old one, so a crash
 * mid-write leaves the previous file whole; a crash loses at most the changes of the last interval.
 *
 * The file is `{ format, version, savedAt, snapshots: [...] }`, one snapshot (the `GET /__mock/<api>/snapshot`
 * document) per session of each API, the named sessions included. Snapshots of APIs this run does not serve are kept
 * and written back unchanged, so `serve --api x --state all.json` does not lose the others.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { Engine } from '../core/engine.ts'
import type { Snapshot } from '../store/snapshot.ts'
import { UsageError } from './args.ts'

export const STATE_FILE_FORMAT = 'scheduling-api-mocks.state'
export const STATE_FILE_VERSION = 1
export const DEFAULT_STATE_DEBOUNCE_MS = 1000

interface StateFile {
  format: typeof STATE_FILE_FORMAT
  version: number
  savedAt: string
  snapshots: unknown[]
}

export interface StateStore {
  /** Writes the file now (on exit, and at the end of each debounce interval). */
  save(): void
  /** Stops watching the engines and cancels a pending write. */
  stop(): void
}

const apiOf = (snapshot: unknown): unknown => (snapshot as { api?: unknown } | null)?.api

/**
 * Loads the file into the engines (when it exists), then watches them and writes it back. Throws a `UsageError`
 * (one line: the file and what is wrong) when it cannot be read or holds something other than a state file.
 */
export function openStateFile(path: string, engines: readonly Engine[], debounceMs: number): StateStore {
  const kept: unknown[] = []
  if (existsSync(path)) {
    let document: unknown
    try {
      document = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new UsageError(
        `--state ${path}: cannot read it (${error instanceof Error ? error.message : String(error)}); fix it, or pass another file`,
      )
    }
    const file = document as Partial<StateFile> | null
    if (file?.format !== STATE_FILE_FORMAT)
      throw new UsageError(
        `--state ${path}: not a state file of scheduling-api-mocks (expected "format": "${STATE_FILE_FORMAT}"); pass another file`,
      )
    if (file.version !== STATE_FILE_VERSION)
      throw new UsageError(
        `--state ${path}: state file version ${String(file.version)}, this build reads version ${STATE_FILE_VERSION}`,
      )
    if (!Array.isArray(file.snapshots)) throw new UsageError(`--state ${path}: it has no "snapshots" list`)
    for (const snapshot of file.snapshots) {
      const engine = engines.find((e) => e.id === apiOf(snapshot))
      if (!engine) {
        kept.push(snapshot)
        continue
      }
      const session = (snapshot as { session?: unknown }).session
      try {
        engine.restore(snapshot, typeof session === 'string' ? session : undefined)
      } catch (error) {
        throw new UsageError(
          `--state ${path}: ${engine.id} ${typeof session === 'string' ? `session "${session}"` : ''}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    clearTimeout(timer)
    timer = undefined
    const snapshots: Snapshot[] = engines.flatMap((engine) =>
      engine.sessions().map((session) => engine.snapshot(session.name)),
    )
    const file: StateFile = {
      format: STATE_FILE_FORMAT,
      version: STATE_FILE_VERSION,
      savedAt: new Date().toISOString(),
      snapshots: [...snapshots, ...kept],
    }
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(file))
    renameSync(temporary, path)
  }
  // Not reset by each change: under steady traffic the file is still written once per interval.
  const schedule = () => {
    timer ??= setTimeout(() => {
      try {
        save()
      } catch (error) {
        console.error(
          `error: --state ${path}: cannot write it: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }, debounceMs)
    timer.unref?.()
  }
  const unwatch = engines.map((engine) => engine.watch(schedule))
  return {
    save,
    stop() {
      clearTimeout(timer)
      timer = undefined
      for (const stop of unwatch) stop()
    },
  }
}
