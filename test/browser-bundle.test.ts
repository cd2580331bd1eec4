/**
 * The handlers must also work with MSW's `setupWorker` in a browser, so the MSW entry (`mocks/index.ts`) and each
 * vendor's entry must bundle for the browser platform: no Node built-ins (fs, crypto, Buffer) on those paths. A
 * bundle of one vendor's entry holds that vendor's spec only, and a bundle of its client-only entry (`<api>/client`)
 * holds none of the mock: no msw, faker, ajv or spec, only the client and the vendor's duties.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const APIS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon']

async function bundle(entry: string, { msw = true } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
    metafile: true,
  })
  expect(result.errors).toEqual([])
  const inputs = Object.keys(result.metafile.inputs)
  expect(inputs.filter((f) => f.startsWith('node:') || /^(fs|crypto|path|url|http)$/.test(f))).toEqual([])
  expect(inputs.some((f) => f.includes('msw'))).toBe(msw)
  return { inputs, gzip: gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length }
}

describe('browser bundle', () => {
  it('bundles the all-vendor MSW entry for the browser without Node built-ins', async () => {
    const { inputs } = await bundle('mocks/index.ts')
    for (const api of APIS) expect(inputs).toContain(`specs/${api}/openapi.gen.json`)
  }, 60_000)

  it.each(APIS)(
    'bundles the %s entry with its own spec only, smaller than all four',
    async (api) => {
      const one = await bundle(`mocks/${api}/entry.ts`)
      expect(one.inputs.filter((f) => f.startsWith('specs/'))).toEqual([`specs/${api}/openapi.gen.json`])
      expect(one.inputs.filter((f) => f.startsWith('mocks/') && !f.startsWith(`mocks/${api}/`))).toEqual([])
      const all = await bundle('mocks/index.ts')
      expect(one.gzip).toBeLessThan(all.gzip)
    },
    60_000,
  )

  it.each(APIS)('bundles the %s client-only entry with none of the mock', async (api) => {
    const { inputs } = await bundle(`mocks/${api}/client-entry.ts`, { msw: false })
    const packages = new Set(inputs.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? []))
    expect([...packages].sort()).toEqual(['openapi-fetch', 'p-limit', 'yocto-queue'])
    expect(inputs.filter((f) => f.startsWith('specs/'))).toEqual([])
    expect(inputs.filter((f) => f.startsWith('mocks/')).sort()).toEqual(
      [`mocks/${api}/client-entry.ts`, `mocks/${api}/client.ts`, `mocks/${api}/duties.ts`].sort(),
    )
  })
})
