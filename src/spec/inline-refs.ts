/**
 * A schema with its local `$ref`s replaced by the schemas they point at, so ajv compiles one function instead of a
 * call per reference. That matters when every error is wanted (`allErrors`): after each call to a referenced
 * schema's function, ajv's generated code appends that call's errors with `vErrors = vErrors.concat(ref.errors)`, a
 * copy of every error so far, so a list of n items that each break a rule costs O(n²) (a 30 KB list of 10,000 `{}`
 * items, each missing 11 required properties, took 14 s). Inlined, each error is pushed once: linear.
 *
 * A reference to a schema that is being inlined already (a recursive schema) stays a `$ref`, as does everything when
 * the result would grow past `MAX_INLINED_NODES` (a schema that references large schemas many times over): the caller
 * then compiles the original.
 */
import { deref, type OpenApiDocument } from './openapi.ts'

/** Past this many objects and arrays, inlining is given up (the schema is compiled with its references). */
export const MAX_INLINED_NODES = 100_000

/** Keywords whose values are data, not schemas: never walked (an example may hold a `$ref` key of its own). */
const DATA_KEYWORDS = new Set(['example', 'examples', 'enum', 'const', 'default'])

/** Keywords that only describe: a `$ref` with nothing else beside them is replaced by its target outright. */
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
])

class TooLarge extends Error {}

/** `schema` with every local, non-recursive `$ref` inlined; `undefined` when the result would be too large. */
export function inlineRefs(schema: unknown, doc: OpenApiDocument): unknown {
  let nodes = 0
  const walk = (node: unknown, inlining: readonly string[]): unknown => {
    if (node === null || typeof node !== 'object') return node
    if (++nodes > MAX_INLINED_NODES) throw new TooLarge()
    if (Array.isArray(node)) return node.map((item) => walk(item, inlining))
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref') continue
      out[key] = DATA_KEYWORDS.has(key) || key.startsWith('x-') ? value : walk(value, inlining)
    }
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref !== 'string' || !ref.startsWith('#/') || inlining.includes(ref))
      return ref === undefined ? out : { $ref: ref, ...out }
    const target = walk(deref(doc, { $ref: ref }), [...inlining, ref])
    // Beside a `$ref`, other keywords apply too (JSON Schema 2020-12 §8.2.3.1): keep them, the target under allOf.
    if (Object.keys(out).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-'))) return target
    return { ...out, allOf: [...((out.allOf as unknown[] | undefined) ?? []), target] }
  }
  try {
    return walk(schema, [])
  } catch (error) {
    if (error instanceof TooLarge) return undefined
    throw error
  }
}
