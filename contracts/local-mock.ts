/**
 * Starts one of our mocks in-process on a free port for a contract run that was given no base URL (as in `npm test`).
 * Imported lazily by the plans, so a run against a remote base URL never loads the mocks.
 */
import type { Server } from 'node:http'
import type { ApiId } from '../mocks/index.ts'

export interface LocalMock {
  baseUrl: string
  close(): Promise<void>
}

/** Serves `api` under `/<api>` on 127.0.0.1:0 with the given vendor options and seed 1. */
export async function startLocalMock(api: ApiId, options: Record<string, unknown>): Promise<LocalMock> {
  const [{ createEngine }, { createMockServer, listen }, { getPlugin }] = await Promise.all([
    import('../src/core/engine.ts'),
    import('../src/adapters/node-server.ts'),
    import('../mocks/index.ts'),
  ])
  const engine = createEngine(getPlugin(api), { seed: 1, options })
  const server: Server = createMockServer([{ prefix: `/${api}`, engine }])
  const url = await listen(server, 0)
  return {
    baseUrl: `${url}/${api}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
