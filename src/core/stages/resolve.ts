/**
 * Stage 6, resolve: a `Prefer` header picks a documented example; otherwise the plug-in's rules common to many
 * operations (`beforeHandle`) and then the operation's handler answer. A handler may answer at once or with a promise.
 */
import type { Operation } from '../../spec/openapi.ts'
import { MockError } from '../errors.ts'
import type { AnyApiPlugin, HandlerContext } from '../plugin.ts'
import { parsePrefer, preferredResponse } from '../prefer.ts'
import type { MockResponse } from '../types.ts'

/** A `Prefer`-chosen response for the operation, or `undefined` when the request states no preference. */
export function preferred(op: Operation, header: string | undefined): MockResponse | undefined {
  const preference = parsePrefer(header)
  return preference ? preferredResponse(op, preference) : undefined
}

export type ResolveStage = (ctx: HandlerContext<unknown>) => MockResponse | Promise<MockResponse>

export function createResolveStage(plugin: AnyApiPlugin): ResolveStage {
  return (ctx) => {
    const early = plugin.beforeHandle?.(ctx)
    if (early) return early
    const handler = plugin.handlers[ctx.op.operationId]
    if (!handler)
      throw new MockError('internal', `${plugin.id}: no handler for operation ${ctx.op.operationId}`, { status: 501 })
    return handler(ctx)
  }
}
