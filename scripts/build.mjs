#!/usr/bin/env node
/**
 * Builds the package into dist/: ESM JavaScript bundled by esbuild (one file per entry point, shared code in chunks,
 * each vendor's spec in its own chunk), the inspector page (dist/inspector/, see buildInspector) and .d.ts files from
 * tsc. `--js` skips the declarations (what `npm start` needs; tsc takes ~10 s, esbuild well under one).
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const jsOnly = process.argv.includes('--js')
/** Only the inspector page (the browser tests build it when dist/ has none), leaving the rest of dist/ as it is. */
const inspectorOnly = process.argv.includes('--inspector')
const APIS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']

const entryPoints = {
  index: 'src/index.ts',
  msw: 'mocks/index.ts',
  node: 'mocks/node.ts',
  contract: 'contracts/index.ts',
  bin: 'mocks/bin.ts',
  ...Object.fromEntries(APIS.map((api) => [api, `mocks/${api}/entry.ts`])),
  // The typed client alone (`<api>/client`): its own entry, so importing it loads none of the mock.
  ...Object.fromEntries(APIS.map((api) => [`${api}/client`, `mocks/${api}/client-entry.ts`])),
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

if (inspectorOnly) {
  await buildInspector()
  process.exit(0)
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

/**
 * The inspector served at /__mock/: its page script bundled for browsers, its HTML and CSS copied, and Swagger UI's
 * prebuilt bundle (a devDependency: the package ships these two files, not the dependency) for the Docs view. No CDN:
 * the page works offline and its CSP allows this origin only.
 */
async function buildInspector() {
  const out = join(dist, 'inspector')
  mkdirSync(out, { recursive: true })
  await build({
    absWorkingDir: root,
    entryPoints: { app: 'src/inspector/page/main.ts', docs: 'src/inspector/page/docs.ts' },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  for (const file of readdirSync(join(root, 'src/inspector/static'))) {
    copyFileSync(join(root, 'src/inspector/static', file), join(out, file))
  }
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
  for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) copyFileSync(join(swagger, file), join(out, file))
  copyFileSync(join(swagger, 'LICENSE'), join(out, 'swagger-ui.LICENSE.txt'))
}
await buildInspector()

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
