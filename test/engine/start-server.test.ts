/** `startServer` with a user's own plug-ins: the mistakes it catches before serving, and what verifiers are given. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startServer, type RunningServer } from '../../src/adapters/start-server.ts'
import { ConfigError } from '../../src/core/errors.ts'
import { defineOptions } from '../../src/core/options.ts'
import { defineApi } from '../../src/core/plugin.ts'
import { TINY_AUTH, tinyApi } from '../support/tiny-api.ts'

let running: RunningServer | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
  vi.restoreAllMocks()
})

describe('startServer', () => {
  it('refuses options for an API it does not serve, naming the ones it does', async () => {
    await expect(startServer({ apis: [tinyApi()], port: 0, options: { tiyn: { x: 1 } } })).rejects.toThrow(
      new ConfigError('startServer: options are given for "tiyn", which is not served; the APIs served are tiny'),
    )
  })

  it('warns when a plug-in has no handler for an operation (those answer 501)', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    const plugin = tinyApi()
    const { getItem: _left, ...handlers } = plugin.handlers
    running = await startServer({ apis: [{ ...plugin, handlers }], port: 0 })
    expect(warn).toHaveBeenCalledWith('tiny: no handler for getItem (these operations answer 501)', {
      code: 'SCHEDULING_API_MOCKS_MISSING_HANDLERS',
    })
    expect((await fetch(`${running.url}/tiny/items/1`, { headers: TINY_AUTH })).status).toBe(501)
  })

  it("gives verifiers the plug-in's parsed options (credentials set by option, not copied into the state)", async () => {
    const base = tinyApi()
    const plugin = defineApi({
      ...base,
      options: defineOptions('tiny', {
        password: { type: 'string', default: 'p', description: 'the Basic password' },
      }),
      verify: {
        key: base.verify.key as NonNullable<(typeof base.verify)['key']>,
        basic: (c, ctx) =>
          c.kind === 'basic' && c.username === 'u' && c.password === ctx.options.password
            ? { key: 'user:u' }
            : undefined,
      },
    })
    running = await startServer({ apis: [plugin], port: 0, options: { tiny: { password: 'changed' } } })
    const as = (password: string) =>
      fetch(`${running?.url}/tiny/items`, {
        headers: { apikey: 'k1', authorization: `Basic ${btoa(`u:${password}`)}` },
      }).then((r) => r.status)
    expect(await as('p')).toBe(401)
    expect(await as('changed')).toBe(200)
  })
})
