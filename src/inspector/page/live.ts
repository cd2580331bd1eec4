/**
 * Hears when something changed on the mock: the server-sent-events stream `GET /__mock/<api>/events`, read through
 * `fetch` rather than `EventSource` so the control token can go in a header. When the stream cannot be had it falls
 * back to polling the request log's latest id every 2 s, and says which it is doing.
 */
import { CONTROL_BASE, get, headers } from './api.ts'

export type LiveMode = 'live' | 'polling' | 'offline'

const POLL_MS = 2000
const RETRY_MS = 2000

export interface Live {
  stop(): void
}

export function listen(api: string, onChange: (last: number) => void, onMode: (mode: LiveMode) => void): Live {
  const controller = new AbortController()
  let stopped = false
  let pollTimer: ReturnType<typeof setTimeout> | undefined

  async function stream(): Promise<void> {
    const response = await fetch(`${CONTROL_BASE}/${api}/events`, {
      headers: headers(),
      signal: controller.signal,
      cache: 'no-store',
    })
    if (!response.ok || !response.body) throw new Error(`events: ${response.status}`)
    onMode('live')
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value
      let end = buffer.indexOf('\n\n')
      while (end !== -1) {
        const event = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = event
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n')
        if (data) onChange((JSON.parse(data) as { last: number }).last)
        end = buffer.indexOf('\n\n')
      }
    }
  }

  async function poll(): Promise<void> {
    if (stopped) return
    try {
      const { last } = await get<{ last: number }>(`${api}/requests?limit=1`, controller.signal)
      onMode('polling')
      onChange(last)
    } catch {
      if (!stopped) onMode('offline')
    }
    pollTimer = setTimeout(poll, POLL_MS)
  }

  async function run(): Promise<void> {
    let failures = 0
    while (!stopped) {
      try {
        await stream()
        failures = 0
      } catch {
        failures++
      }
      if (stopped) return
      // A stream that keeps failing (a proxy that buffers, an old browser): poll instead.
      if (failures >= 2) return void poll()
      onMode('offline')
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    }
  }

  void run()
  return {
    stop() {
      stopped = true
      controller.abort()
      clearTimeout(pollTimer)
    },
  }
}
