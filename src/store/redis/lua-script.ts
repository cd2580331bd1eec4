/**
 * A Lua script run by its SHA1 (EVALSHA), falling back to the full text (EVAL) when Redis does not know it yet — after
 * a Redis restart its script cache is empty. EVAL also caches the script, so the next EVALSHA finds it. A script runs
 * atomically: no other command of any client runs in between.
 */
import { createHash } from 'node:crypto'
import type { ChainableCommander, Redis } from 'ioredis'

type Arg = string | number

export class LuaScript {
  readonly source: string
  readonly sha: string

  /** @example new LuaScript('return redis.call("GET", KEYS[1])') */
  constructor(source: string) {
    this.source = source
    this.sha = createHash('sha1').update(source).digest('hex')
  }

  /** Runs the script in one round trip (two the first time after a Redis restart). */
  async run(client: Redis, keys: readonly string[], args: readonly Arg[] = []): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args)
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error
      return client.eval(this.source, keys.length, ...keys, ...args)
    }
  }

  /** Queues the script on a pipeline or MULTI by its SHA1: call `load` on the client first (once per Redis start). */
  queue(pipeline: ChainableCommander, keys: readonly string[], args: readonly Arg[] = []): ChainableCommander {
    return pipeline.evalsha(this.sha, keys.length, ...keys, ...args)
  }

  /** Loads the script into Redis's cache (SCRIPT LOAD), so that `queue` finds it. */
  async load(client: Redis): Promise<void> {
    await client.script('LOAD', this.source)
  }
}
