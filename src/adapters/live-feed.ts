/**
 * `GET /__mock/<api>/events`: a server-sent-events stream that tells an open inspector when something changed (an
 * exchange, a reset, a cleared log), so it refetches what it shows without polling. Each event carries only the id of
 * the latest exchange; the page reads the details from the JSON endpoints, with its filters.
 *
 * Cheap under load: an engine calls its watchers only while a stream is open, and a stream sends at most one event
 * per `intervalMs` however many exchanges happen in between. Streams end when the server closes.
 */
import type { ServerResponse } from 'node:http'
import type { Engine } from '../core/engine.ts'

export const FEED_INTERVAL_MS = 250
const HEARTBEAT_MS = 20_000

export interface LiveFeeds {
  /** `session`: whose request log the events' `last` is (the default session's when none). */
  open(engine: Engine, res: ServerResponse, session?: string): void
  /** Ends every open stream (on server close: an open stream would otherwise hold the shutdown for its grace time). */
  closeAll(): void
}

export function createLiveFeeds(intervalMs = FEED_INTERVAL_MS): LiveFeeds {
  const open = new Set<ServerResponse>()
  return {
    open(engine, res, session) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      let timer: ReturnType<typeof setTimeout> | undefined
      const send = () => {
        timer = undefined
        const last = session === undefined ? engine.lastExchangeId : engine.lastExchangeIdIn(session)
        res.write(`event: change\ndata: ${JSON.stringify({ api: engine.id, last })}\n\n`)
      }
      res.write(`retry: 2000\n\n`)
      send()
      const stop = engine.watch(() => {
        timer ??= setTimeout(send, intervalMs)
      })
      // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
      heartbeat.unref()
      open.add(res)
      res.on('close', () => {
        stop()
        clearTimeout(timer)
        clearInterval(heartbeat)
        open.delete(res)
      })
    },
    closeAll() {
      for (const res of open) res.end()
    },
  }
}
