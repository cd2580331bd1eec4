/** The inspector's built page: the tests that load it build it first when dist/ has none (`npm test` builds it). */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export function ensureInspectorBuilt(): void {
  if (existsSync(`${ROOT}dist/inspector/app.js`)) return
  execFileSync(process.execPath, [`${ROOT}scripts/build.mjs`, '--inspector'], { cwd: ROOT, stdio: 'inherit' })
}
