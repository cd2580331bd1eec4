/**
 * `createHandlers(...)` must also work with MSW's `setupWorker` in a browser, so `mocks/index.ts` and everything it
 * imports must bundle for the browser platform: no Node built-ins (fs, crypto, Buffer) anywhere on that path.
 */
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

describe('browser bundle', () => {
  it('bundles mocks/index.ts for the browser without Node built-ins', async () => {
    const result = await build({
      entryPoints: ['mocks/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    })
    expect(result.errors).toEqual([])
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((f) => f.startsWith('node:') || /^(fs|crypto|path|url|http)$/.test(f))).toEqual([])
    expect(inputs.some((f) => f.includes('msw'))).toBe(true)
  }, 60_000)
})
