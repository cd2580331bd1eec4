/**
 * The proxy validates from a bounded copy of each body: the bytes stream through untouched while the first `limit`
 * of them are kept. A body past the limit is not kept at all (half a JSON document cannot be validated), only counted,
 * so memory per exchange never exceeds the limit however large the body.
 */
import { Transform, type TransformCallback } from 'node:stream'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export class BoundedCopy extends Transform {
  readonly limit: number
  /** Every byte that went through. */
  size = 0
  #chunks: Buffer[] = []
  #overflow = false

  constructor(limit: number) {
    super()
    this.limit = limit
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length
    if (!this.#overflow) {
      if (this.size > this.limit) {
        this.#overflow = true
        this.#chunks = []
      } else this.#chunks.push(chunk)
    }
    callback(null, chunk)
  }

  /** The whole body, or `undefined` when it was larger than the limit. */
  bytes(): Buffer | undefined {
    if (this.#overflow) return undefined
    return this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks)
  }
}

/** A body ready to check, one the proxy cannot check (too large, an unknown coding), or a broken encoding. */
export type Body =
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'not-validated'; reason: string }
  | { kind: 'malformed'; reason: string }

const tooLarge = (copy: BoundedCopy): Body => ({
  kind: 'not-validated',
  reason: `the body (${copy.size} bytes) is larger than the validation limit of ${copy.limit} bytes`,
})

const DECODERS: Record<string, (bytes: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
}

/**
 * The body as the spec describes it: `Content-Encoding` undone (gzip, deflate, br), within the same limit, so a small
 * compressed body that inflates past it is "too large" too rather than a memory spike.
 */
export function decodedBody(copy: BoundedCopy, contentEncoding: string | undefined): Body {
  const bytes = copy.bytes()
  if (!bytes) return tooLarge(copy)
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity')
  let out = bytes
  // Codings are listed in the order they were applied: undo them last first.
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding]
    if (!decode)
      return { kind: 'not-validated', reason: `its Content-Encoding "${coding}" is not one the proxy undoes` }
    try {
      out = decode(out, { maxOutputLength: copy.limit })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        return {
          kind: 'not-validated',
          reason: `the body (${copy.size} bytes ${coding}) inflates past the validation limit of ${copy.limit} bytes`,
        }
      return { kind: 'malformed', reason: `is not valid ${coding} (${(error as Error).message})` }
    }
  }
  return { kind: 'bytes', bytes: out }
}
