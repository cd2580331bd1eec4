/**
 * Streams a large JSON array without building it: rows are produced lazily and written in chunks of many rows, so a
 * long response starts at once and holds only a chunk in memory (the adapters write each chunk with back-pressure).
 * One row per write would be far too slow; one write of everything is what streaming avoids.
 */

/** About 64 K characters per chunk: few enough writes, little memory. */
export const CHUNK_CHARS = 64 * 1024

/**
 * `open`, then the rows separated by commas, then `close`, as chunks of at least `chunkChars` characters.
 *
 * @example streamJson(200, jsonChunks('{"items":[', rows(), ']}'))
 */
export async function* jsonChunks(
  open: string,
  rows: Iterable<string>,
  close: string,
  chunkChars = CHUNK_CHARS,
): AsyncGenerator<string> {
  let chunk = open
  let first = true
  for (const row of rows) {
    chunk += first ? row : `,${row}`
    first = false
    if (chunk.length >= chunkChars) {
      yield chunk
      chunk = ''
    }
  }
  yield chunk + close
}
