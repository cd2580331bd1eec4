/**
 * Stage 1, route: finds the operation for a method and path, with its raw path parameters. Unknown paths, wrong
 * methods and undecodable paths become `MockError`s the vendor renders.
 */
import { MockError } from '../errors.ts'
import type { Operation } from '../../spec/openapi.ts'
import { Router } from '../../spec/router.ts'

export interface Route {
  op: Operation
  /** Path parameters as sent (percent-decoded, not yet validated). */
  params: Record<string, string>
}

export type RouteStage = (method: string, path: string) => Route

export function createRouteStage(operations: readonly Operation[]): RouteStage {
  const router = new Router<Operation>()
  for (const op of operations) router.add(op.method, op.path, op)
  return (method, path) => {
    const route = router.match(method, path)
    if (route.kind === 'no_route') throw new MockError('no_route', `No operation matches ${method} ${path}`, { path })
    if (route.kind === 'bad_path') throw new MockError('invalid_parameters', `Invalid path: ${route.reason}`)
    if (route.kind === 'method_not_allowed') {
      const allow = route.allow.join(', ')
      throw new MockError('method_not_allowed', `${method} is not allowed on ${path}: use ${allow}`, {
        path,
        headers: { allow },
      })
    }
    return { op: route.value, params: route.params }
  }
}
