/**
 * The inspector's static files (`GET /__mock/` and `/__mock/_inspector/<file>`): built by scripts/build.mjs into
 * `dist/inspector/` and shipped in the package, so the page works offline and from an installed package. They are
 * found next to the running code (dist/ when bundled, the repository's dist/ when run from source), read once, and
 * served with a content security policy that lets them load nothing from elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MockResponse } from '../core/types.ts'

/** The path segment under `/__mock/` the files are served at (not a valid API id, so it cannot shadow one). */
export const ASSETS_SEGMENT = '_inspector'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/**
 * What the pages may do: scripts, styles, images and requests of this origin only; no framing by another site
 * (clickjacking the controls). The reference page (docs.html) runs the bundled renderer, which builds its search
 * index in a blob worker and injects its styles.
 */
const CSP = {
  page: "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  docs: "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
}

let directory: string | null | undefined
const cache = new Map<string, Buffer>()

/** The built inspector's folder: `<dir>/inspector` or `<dir>/dist/inspector` above this module, or `null`. */
export function inspectorDirectory(): string | null {
  if (directory !== undefined) return directory
  directory = null
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 5; up++) {
    for (const candidate of [join(dir, 'inspector'), join(dir, 'dist', 'inspector')]) {
      if (existsSync(join(candidate, 'app.js'))) return (directory = candidate)
    }
    dir = dirname(dir)
  }
  return directory
}

/** A file of the inspector as a response, or `undefined` when there is no such file. */
export function inspectorAsset(file: string): MockResponse | undefined {
  const name = file === '' ? 'index.html' : file
  const extension = /\.[a-z]+$/.exec(name)?.[0] ?? ''
  // Only plain file names of the folder: no paths, no dot files.
  if (!/^[\w-][\w.-]*$/.test(name) || !TYPES[extension]) return undefined
  const dir = inspectorDirectory()
  if (!dir) {
    return name === 'index.html'
      ? {
          status: 503,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: 'The inspector is not built: run `npm run build` (the package ships it built).\n',
        }
      : undefined
  }
  let body = cache.get(name)
  if (body === undefined) {
    const path = join(dir, name)
    if (!existsSync(path)) return undefined
    body = readFileSync(path)
    cache.set(name, body)
  }
  const headers: Record<string, string> = {
    'content-type': TYPES[extension] as string,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  }
  if (extension === '.html') headers['content-security-policy'] = name === 'docs.html' ? CSP.docs : CSP.page
  return { status: 200, headers, body }
}
