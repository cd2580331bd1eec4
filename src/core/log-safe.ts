/**
 * Text a client chose (a login, a path, a query) on its way into a log line. Printed raw, a CR/LF forges whole log
 * lines, an ESC sequence rewrites the operator's terminal, and an 8 KB login repeated 20,000 times writes hundreds of
 * megabytes; escaped and cut, none of that gets through.
 */

/** Default longest escaped value in a log line, in characters (the cut-off marker comes on top). */
export const LOG_VALUE_MAX_LENGTH = 300

// Backslash too, so that an escape sequence in the output always means an escaped character, never a typed one.
// C0 controls, DEL, C1 controls, the Unicode line/paragraph separators, and the bidirectional overrides and isolates
// (they reorder what a terminal shows: "Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's whole job
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

const NAMED: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r', 92: '\\\\' }

/**
 * `value` made safe for one log line: control characters escaped (`\n`, `\r`, `\t`, `\\`, `\x1b`, `\u{2028}` …) and,
 * past `maxLength` characters of output, cut with a marker saying how many input characters were dropped. The result
 * is at most `maxLength` characters plus the marker (about 20). Plain short text comes back unchanged, without copying.
 *
 * @example escapeForLog('login:a\r\n2024-01-01 forged line') // 'login:a\\r\\n2024-01-01 forged line'
 */
export function escapeForLog(value: unknown, maxLength: number = LOG_VALUE_MAX_LENGTH): string {
  const text = typeof value === 'string' ? value : String(value)
  if (text.length <= maxLength && !UNSAFE.test(text)) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    let piece: string
    let width = 1
    if (code < 0x20 || code === 0x5c || (code >= 0x7f && code <= 0x9f)) {
      piece = NAMED[code] ?? `\\x${code.toString(16).padStart(2, '0')}`
    } else if (
      code === 0x2028 ||
      code === 0x2029 ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    ) {
      piece = `\\u{${code.toString(16)}}`
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // Keep a surrogate pair whole, so a cut never leaves half a character.
      piece = text.slice(i, i + 2)
      width = 2
    } else {
      piece = text[i] as string
    }
    if (out.length + piece.length > maxLength) break
    out += piece
    i += width
  }
  if (i < text.length) out += `…[+${text.length - i} chars]`
  return out
}
