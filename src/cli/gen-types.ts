/**
 * `npm run gen:types` writes, for every `specs/<api>/openapi.yaml`:
 * - `openapi.gen.ts`: TypeScript types (openapi-typescript);
 * - `openapi.gen.json`: the same document as JSON, which the mocks import, so they load without a file system (the
 *   MSW handlers also run in browsers under `setupWorker`).
 * `npm run check:types` (`--check`) fails when any generated file differs from what the spec gives now. Each file is
 * compared separately: openapi-typescript's own --check stops at the first API.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse as parseYaml } from 'yaml'

const HEADER = (api: string) =>
  `/**\n * Generated from specs/${api}/openapi.yaml by openapi-typescript (npm run gen:types).\n * Do not edit by hand: change the spec and regenerate. CI fails when this file is stale.\n */\n\n`

export async function generate(specsDir: string, api: string): Promise<string> {
  const file = join(specsDir, api, 'openapi.yaml')
  const ast = await openapiTS(new URL(`file://${join(process.cwd(), file)}`), {
    alphabetize: false,
    exportType: true,
    emptyObjectsUnknown: true,
  })
  return HEADER(api) + astToString(ast)
}

async function run(check: boolean): Promise<number> {
  const specsDir = 'specs'
  const apis = readdirSync(specsDir).filter((d) => existsSync(join(specsDir, d, 'openapi.yaml')))
  let stale = 0
  const outputs: [string, () => Promise<string>][] = apis.flatMap((api): [string, () => Promise<string>][] => [
    [join(specsDir, api, 'openapi.gen.ts'), () => generate(specsDir, api)],
    [
      join(specsDir, api, 'openapi.gen.json'),
      async () => `${JSON.stringify(parseYaml(readFileSync(join(specsDir, api, 'openapi.yaml'), 'utf8')), null, 1)}\n`,
    ],
  ])
  for (const [out, make] of outputs) {
    const text = await make()
    const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined
    if (check) {
      if (current !== text) {
        stale++
        console.error(`${out} is stale: run npm run gen:types and commit the result`)
      } else console.log(`${out} is up to date`)
    } else if (current !== text) {
      writeFileSync(out, text)
      console.log(`wrote ${out}`)
    } else console.log(`${out} unchanged`)
  }
  return stale ? 1 : 0
}

process.exitCode = await run(process.argv.includes('--check'))
