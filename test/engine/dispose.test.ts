/**
 * A plug-in's `dispose(state)`: the engine calls it with the old state on every reset (before building the new one),
 * and once from `engine.close()`; `startServer`'s `close` closes every engine. This is how a state's background work
 * (a webhook delivery queue) is stopped instead of outliving its records.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startServer } from '../../src/adapters/start-server.ts'
import { createEngine } from '../../src/core/engine.ts'
import { defineApi } from '../../src/core/plugin.ts'
import { tinyApi } from '../support/tiny-api.ts'

type TinyState = ReturnType<ReturnType<typeof tinyApi>['createState']>

/** The tiny API with a `dispose` that records which state it was given, resolving after a tick. */
function disposable() {
  const disposed: TinyState[] = []
  const created: TinyState[] = []
  const base = tinyApi()
  const plugin = defineApi({
    ...base,
    createState(ctx) {
      const state = base.createState(ctx)
      created.push(state)
      return state
    },
    dispose: (state) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          disposed.push(state)
          resolve()
        }, 5),
      ),
  })
  return { plugin, created, disposed }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('plug-in dispose', () => {
  it('is called with the old state on reset, and once by close (idempotent)', async () => {
    const { plugin, created, disposed } = disposable()
    const engine = createEngine(plugin)
    expect(created).toHaveLength(1)
    engine.reset()
    expect(created).toHaveLength(2)
    await engine.close()
    await engine.close()
    expect(disposed).toEqual([created[0], created[1]])
  })

  it('reports a failing dispose instead of throwing it at the caller', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const plugin = defineApi({
      ...tinyApi(),
      dispose: () => {
        throw new Error('boom')
      },
    })
    const engine = createEngine(plugin)
    expect(() => engine.reset()).not.toThrow()
    await expect(engine.close()).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledTimes(2)
    expect(String(error.mock.calls[0]?.[0])).toContain('tiny: disposing of the state failed')
  })

  it("is called for every engine by startServer's close", async () => {
    const { plugin, created, disposed } = disposable()
    const running = await startServer({ apis: [plugin], port: 0 })
    await running.close()
    expect(disposed).toEqual([created[0]])
  })
})
