/** Loads a spec file (Node only; the mocks import the generated JSON copy instead, so they also run in browsers). */
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import type { OpenApiDocument } from './openapi.ts'

/** Reads and parses a YAML or JSON OpenAPI document. */
export function loadDocument(file: string): OpenApiDocument {
  const doc = parseYaml(readFileSync(file, 'utf8')) as OpenApiDocument
  if (!doc || typeof doc !== 'object' || !doc.openapi || !doc.paths) {
    throw new Error(`${file} is not an OpenAPI document: it needs "openapi" and "paths" at the top level`)
  }
  return doc
}
