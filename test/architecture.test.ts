/** Keeps the layout honest: the engine names no vendor, and every API id lines up across specs/, mocks/, contracts/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registry } from '../mocks/index.ts'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const VENDOR_WORDS = /resource.?guru|proworkflow|schedule.?it|screendragon/i

describe('architecture', () => {
  it('keeps src/ free of vendor names and of imports from mocks/ or specs/', () => {
    const offenders = files('src')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8')
        const problems: string[] = []
        if (VENDOR_WORDS.test(text)) problems.push(`${f} names a vendor`)
        if (/from '\.\.\/(\.\.\/)*(mocks|specs|contracts)\//.test(text)) problems.push(`${f} imports vendor code`)
        return problems
      })
    expect(offenders).toEqual([])
  })

  it('has a spec, notes and generated types for every registered mock', () => {
    for (const id of Object.keys(registry)) {
      expect(existsSync(join('specs', id, 'openapi.yaml')), `specs/${id}/openapi.yaml`).toBe(true)
      expect(existsSync(join('specs', id, 'NOTES.md')), `specs/${id}/NOTES.md`).toBe(true)
      expect(existsSync(join('specs', id, 'openapi.gen.ts')), `specs/${id}/openapi.gen.ts`).toBe(true)
      expect(existsSync(join('mocks', id)), `mocks/${id}`).toBe(true)
    }
  })

  it('gives every operation of every spec a handler', () => {
    for (const plugin of Object.values(registry)) {
      const ids = Object.values(plugin.document.paths).flatMap((item) =>
        Object.values(item as Record<string, { operationId?: string }>).flatMap((op) =>
          op && typeof op === 'object' && op.operationId ? [op.operationId] : [],
        ),
      )
      expect(
        ids.filter((id) => !plugin.handlers[id]),
        plugin.id,
      ).toEqual([])
    }
  })
})
