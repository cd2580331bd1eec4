/**
 * ioredis is loaded only when a Redis store is used: `npm start`, MSW and every other entry point must not load it at
 * import time. Bundled as scripts/build.mjs bundles the package (dependencies external, shared code split into
 * chunks), no entry point reaches ioredis through static imports; the Redis store (`src/store/redis/index.ts`) reaches it
 * through a dynamic `import()` only.
 */
import { build, type Metafile } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const APIS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']
const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  msw: 'mocks/index.ts',
  node: 'mocks/node.ts',
  contract: 'contracts/index.ts',
  bin: 'mocks/bin.ts',
  ...Object.fromEntries(APIS.map((api) => [api, `mocks/${api}/entry.ts`])),
  // The Redis store's building blocks, as the engine and the CLI will load them.
  'redis-store': 'src/store/redis/index.ts',
}

async function metafile(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: 'out',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.json': 'json' },
  })
  return result.metafile
}

/** The external packages an output loads at import time: its static imports, followed through the shared chunks. */
function staticExternals(meta: Metafile, output: string): { statics: Set<string>; dynamics: Set<string> } {
  const statics = new Set<string>()
  const dynamics = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const edge of meta.outputs[file]?.imports ?? []) {
      if (edge.kind === 'dynamic-import') {
        if (edge.external) dynamics.add(edge.path)
        continue
      }
      if (edge.external) statics.add(edge.path)
      else visit(edge.path)
    }
  }
  visit(output)
  return { statics, dynamics }
}

describe('ioredis', () => {
  it('is never loaded at import time by an entry point, and only by a dynamic import in the Redis store', async () => {
    const meta = await metafile()
    // Code split off behind a dynamic import is an entry of its own in the metafile: keep the package's entries only.
    const sources = new Set(Object.values(ENTRIES))
    const outputs = Object.entries(meta.outputs).filter(([, o]) => o.entryPoint && sources.has(o.entryPoint))
    expect(outputs.map(([, o]) => o.entryPoint).sort()).toEqual([...sources].sort())
    for (const [file, output] of outputs) {
      const { statics, dynamics } = staticExternals(meta, file)
      expect(
        [...statics].filter((p) => p.startsWith('ioredis')),
        output.entryPoint,
      ).toEqual([])
      if (output.entryPoint === ENTRIES['redis-store']) expect([...dynamics]).toContain('ioredis')
    }
  }, 60_000)
})
