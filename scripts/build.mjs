#!/usr/bin/env node
/**
 * Builds the package into dist/: ESM JavaScript bundled by esbuild (one file per entry point, shared code in chunks,
 * each vendor's spec in its own chunk) and .d.ts files from tsc. `--js` skips the declarations (what `npm start`
 * needs; tsc takes ~10 s, esbuild well under one).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const jsOnly = process.argv.includes('--js')
const APIS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']

const entryPoints = {
  index: 'src/index.ts',
  msw: 'mocks/index.ts',
  node: 'mocks/node.ts',
  contract: 'contracts/index.ts',
  bin: 'mocks/bin.ts',
  ...Object.fromEntries(APIS.map((api) => [api, `mocks/${api}/entry.ts`])),
  ...Object.fromEntries(APIS.map((api) => [`contracts/${api}.contract`, `contracts/${api}/${api}.contract.ts`])),
}

/**
 * Specs ship as `JSON.parse('…')` rather than object literals: V8 scans a string literal far faster than it parses the
 * same data as JavaScript, which took a tenth of the start-up with all four specs.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')))
      return { contents: `export default JSON.parse(${JSON.stringify(text)})`, loader: 'js' }
    })
  },
}

for (const name of readdirSync(root).includes('dist') ? readdirSync(dist) : []) {
  if (!(jsOnly && name === 'types')) rmSync(join(dist, name), { recursive: true, force: true })
}

await build({
  absWorkingDir: root,
  entryPoints,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies and peers (msw, vitest) stay imports, so users get one copy of each.
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  plugins: [jsonAsParse],
  logLevel: 'warning',
})

if (!jsOnly) {
  rmSync(join(dist, 'types'), { recursive: true, force: true })
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  })
  // tsc keeps the sources' `.ts` import specifiers in declarations; consumers resolve `.js` to the `.d.ts` beside it.
  const fix = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) fix(path)
      else if (entry.name.endsWith('.d.ts')) {
        const text = readFileSync(path, 'utf8')
        const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2')
        if (fixed !== text) writeFileSync(path, fixed)
      }
    }
  }
  fix(join(dist, 'types'))
}
