/**
 * A line writer for the request log. A synchronous `console.log` per request (stdout to a file or pipe is synchronous
 * in Node) cost up to half the server's throughput; lines are instead gathered and written every 20 ms, or as soon as
 * 64 KB are waiting, so a busy server makes a few large writes a second instead of thousands of small ones.
 *
 * Given a file descriptor (the bin passes stdout's), the writes go through `fs.write` on libuv's thread pool, so a slow
 * reader at the other end of a pipe (`| tee`, a CI log collector) never stalls the event loop; one write is in flight
 * at a time, which keeps the lines in order.
 */
import { write as writeFd, writeSync } from 'node:fs'
import type { Writable } from 'node:stream'

export interface LineWriter {
  write(line: string): void
  /** Writes whatever is waiting now, synchronously (for exit paths and tests). */
  flush(): void
  /** Resolves once everything written so far has reached the descriptor or stream. */
  drain(): Promise<void>
}

const FLUSH_BYTES = 64 * 1024
/** How long a line may wait for others to join it: short for a person watching, long for a server under load. */
const FLUSH_MS = 20

export function createLineWriter(target: Pick<Writable, 'write'> | number): LineWriter {
  let pending: string[] = []
  let size = 0
  let scheduled = false
  let inFlight: Promise<void> | undefined

  const take = (): string | undefined => {
    if (pending.length === 0) return undefined
    const text = `${pending.join('\n')}\n`
    pending = []
    size = 0
    return text
  }

  const send = (): void => {
    scheduled = false
    if (typeof target !== 'number') {
      const text = take()
      if (text !== undefined) target.write(text)
      return
    }
    if (inFlight) return // the write under way sends the rest when it completes
    const text = take()
    if (text === undefined) return
    inFlight = new Promise<void>((resolve) => {
      const buffer = Buffer.from(text)
      const next = (offset: number) => {
        writeFd(target, buffer, offset, buffer.length - offset, null, (error, written) => {
          if (error?.code === 'EAGAIN')
            setTimeout(() => next(offset), 1) // a non-blocking pipe is full: try again
          else if (!error && offset + written < buffer.length) next(offset + written)
          else {
            // A closed stdout (EPIPE) loses the log but must not take the server down.
            inFlight = undefined
            resolve()
            if (pending.length) send()
          }
        })
      }
      next(0)
    })
  }

  return {
    write(line) {
      pending.push(line)
      size += line.length
      if (size >= FLUSH_BYTES) send()
      else if (!scheduled) {
        scheduled = true
        setTimeout(send, FLUSH_MS)
      }
    },
    flush() {
      const text = take()
      if (text === undefined) return
      if (typeof target !== 'number') target.write(text)
      else {
        try {
          writeSync(target, text)
        } catch {
          // stdout is gone: nothing left to tell
        }
      }
    },
    async drain() {
      while (inFlight || pending.length) {
        if (!inFlight) send()
        await inFlight
      }
    },
  }
}
