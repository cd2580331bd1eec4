/**
 * A line writer for the request log. A synchronous `console.log` per request (stdout to a file or pipe is synchronous
 * in Node) cost up to half the server's throughput; lines are instead gathered and written once per event-loop turn,
 * or as soon as 64 KB are waiting, so a busy server makes a few large writes instead of thousands of small ones.
 */
import type { Writable } from 'node:stream'

export interface LineWriter {
  write(line: string): void
  /** Writes whatever is waiting now (call before exiting). */
  flush(): void
}

const FLUSH_BYTES = 64 * 1024

export function createLineWriter(stream: Pick<Writable, 'write'>): LineWriter {
  let pending: string[] = []
  let size = 0
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending.length === 0) return
    const text = `${pending.join('\n')}\n`
    pending = []
    size = 0
    stream.write(text)
  }
  return {
    write(line) {
      pending.push(line)
      size += line.length
      if (size >= FLUSH_BYTES) flush()
      else if (!scheduled) {
        scheduled = true
        setImmediate(flush)
      }
    },
    flush,
  }
}
