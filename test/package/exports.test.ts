/**
 * The public surface changes only on purpose: the export names of every entry point (as built into dist/, what the
 * package ships) and the bin's help texts are snapshots. An intended change updates them with `vitest -u`.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  version: string
  exports: Record<string, string | { types: string; default: string }>
}
const BIN = `${ROOT}dist/bin.js`

describe('entry points', () => {
  const code = Object.entries(pkg.exports).filter(
    (e): e is [string, { types: string; default: string }] => typeof e[1] === 'object',
  )

  it('are built (npm run build)', () => {
    for (const [, target] of code) {
      expect(existsSync(`${ROOT}${target.default}`), target.default).toBe(true)
      expect(existsSync(`${ROOT}${target.types}`), target.types).toBe(true)
    }
  })

  it.each(code.map(([name, target]) => [name, target.default]))(
    '%s exports the documented names',
    async (_name, file) => {
      const module = (await import(`${ROOT}${file}`)) as Record<string, unknown>
      expect(Object.keys(module).sort()).toMatchSnapshot()
    },
  )

  it('publish each spec as YAML and JSON', () => {
    for (const [name, target] of Object.entries(pkg.exports).filter(([n]) => /openapi\.(yaml|json)$/.test(n))) {
      expect(existsSync(`${ROOT}${target as string}`), `${name} → ${target as string}`).toBe(true)
    }
  })
})

describe('the bin', () => {
  it.each([[['--help']], [['serve', '--help']], [['contract', '--help']], [['proxy', '--help']]])(
    '%j prints its usage',
    async (args) => {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args])
      expect(stderr).toBe('')
      expect(stdout).toMatchSnapshot()
    },
  )

  it('prints the package version', async () => {
    expect((await run(process.execPath, [BIN, '--version'])).stdout.trim()).toBe(pkg.version)
  })

  // Each user error: one line on stderr saying what to pass instead, exit 2, no stack trace.
  it.each([
    [['--port', '70000'], 'error: --port must be a whole number from 0 to 65535, got "70000"'],
    [['--rate-limit', '-3'], 'error: --rate-limit must be a whole number of at least 0, got "-3"'],
    [
      ['--host', 'no-such-host.invalid', '--port', '0'],
      'error: cannot listen on host "no-such-host.invalid" (ENOTFOUND): pass an address of this machine with --host, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).',
    ],
    [['--quiet=maybe'], 'error: --quiet is a switch and takes no value: pass --quiet alone'],
    [['--seed', '1.5'], 'error: --seed must be a whole number, got "1.5"'],
    [['--chaos', '2'], 'error: --chaos must be a number from 0 to 1, got "2"'],
    [
      ['--api', 'nope'],
      'error: Unknown API "nope": choose one of resource-guru, proworkflow, scheduleit, screendragon',
    ],
    [['--frobnicate'], 'error: Unknown option --frobnicate (see --help)'],
    [
      ['--resource-guru-rate-limit', 'lots'],
      'error: --resource-guru-rate-limit must be a whole number of at least 0, got "lots"',
    ],
    [['deploy'], 'error: Unknown command "deploy": use serve, contract or proxy (see scheduling-api-mocks --help)'],
    [
      ['contract', '--api', 'screendragon', '--base-url', 'localhost:4010'],
      'error: --base-url "localhost:4010" has no scheme: write it as http://localhost:4010 (or https://)',
    ],
    [
      ['contract', '--base-url', 'http://x'],
      'error: Missing --api <id>: choose one of proworkflow, resource-guru, scheduleit, screendragon, or all',
    ],
    [
      ['proxy', '--upstream', 'http://x'],
      'error: Missing --api <id>: choose one of resource-guru, proworkflow, scheduleit, screendragon',
    ],
    [
      ['proxy', '--api', 'scheduleit'],
      "error: Missing --upstream <url>: where to forward, e.g. http://localhost:4010/scheduleit (serve) or the vendor's API URL",
    ],
    [
      ['proxy', '--api', 'scheduleit', '--upstream', 'localhost:4010'],
      'error: --upstream "localhost:4010" has no scheme: write it as http://localhost:4010 (or https://)',
    ],
    [
      ['proxy', '--api', 'scheduleit', '--upstream', 'http://x', '--max-validate-bytes', 'lots'],
      'error: --max-validate-bytes must be a whole number of at least 0, got "lots"',
    ],
  ])('%j → one line and exit 2', async (args, line) => {
    const result = await run(process.execPath, [BIN, ...args], { timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(result.stderr).toBe(`${line}\n`)
    expect(result.code).toBe(2)
  })

  it('refuses a bad PORT from the environment, naming the variable', async () => {
    const result = await run(process.execPath, [BIN], { env: { ...process.env, PORT: '-1' }, timeout: 20_000 }).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect((result as { stderr: string }).stderr).toBe('error: PORT must be a whole number from 0 to 65535, got "-1"\n')
  })
})
