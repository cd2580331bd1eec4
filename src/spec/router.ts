/**
 * A segment trie over the spec's path templates. Static segments win over `{param}` segments (OpenAPI 3.1 §4.8.8:
 * "concrete paths are matched before templated paths"), and trailing slashes are significant, as in Prism, so
 * `/api/` and `/api` are different paths.
 */
import { ConfigError } from '../core/errors.ts'
export interface RouteMatch<T> {
  kind: 'match'
  value: T
  params: Record<string, string>
}

export type RouteResult<T> =
  | RouteMatch<T>
  | { kind: 'no_route' }
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'bad_path'; reason: string }

interface Node<T> {
  statics: Map<string, Node<T>>
  param: { name: string; node: Node<T> } | undefined
  methods: Map<string, T>
}

const newNode = <T>(): Node<T> => ({ statics: new Map(), param: undefined, methods: new Map() })

export class Router<T> {
  readonly #root: Node<T> = newNode()

  /** Registers `value` for `method` on a template such as `/v1/{account}/bookings/{id}`. */
  add(method: string, template: string, value: T): void {
    let node = this.#root
    for (const segment of splitPath(template)) {
      const param = /^\{([^}]+)\}$/.exec(segment)
      if (param) {
        const name = param[1] as string
        if (node.param && node.param.name !== name) {
          throw new ConfigError(
            `Path ${template}: parameter {${name}} clashes with {${node.param.name}} at the same position; use one name for both`,
          )
        }
        node.param ??= { name, node: newNode() }
        node = node.param.node
      } else {
        let next = node.statics.get(segment)
        if (!next) node.statics.set(segment, (next = newNode()))
        node = next
      }
    }
    if (node.methods.has(method))
      throw new ConfigError(`${method} ${template} is registered twice: give each method and path one operation`)
    node.methods.set(method, value)
  }

  match(method: string, path: string): RouteResult<T> {
    const params: Record<string, string> = {}
    const node = this.#walk(this.#root, splitPath(path), 0, params)
    if (!node) return { kind: 'no_route' }
    const value = node.methods.get(method)
    if (value === undefined) return { kind: 'method_not_allowed', allow: [...node.methods.keys()] }
    for (const [name, raw] of Object.entries(params)) {
      try {
        params[name] = decodeURIComponent(raw)
      } catch {
        return { kind: 'bad_path', reason: `path segment "${raw}" is not valid percent-encoding` }
      }
    }
    return { kind: 'match', value, params }
  }

  #walk(node: Node<T>, segments: string[], index: number, params: Record<string, string>): Node<T> | undefined {
    if (index === segments.length) return node.methods.size ? node : undefined
    const segment = segments[index] as string
    const exact = node.statics.get(segment)
    if (exact) {
      const found = this.#walk(exact, segments, index + 1, params)
      if (found) return found
    }
    if (node.param && segment !== '') {
      const found = this.#walk(node.param.node, segments, index + 1, params)
      if (found) {
        params[node.param.name] = segment
        return found
      }
    }
    return undefined
  }
}

function splitPath(path: string): string[] {
  return path === '/' ? [''] : (path.charCodeAt(0) === 47 ? path.slice(1) : path).split('/')
}
