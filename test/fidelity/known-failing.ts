/**
 * The cases that do not answer as documented yet, each with its cause in one line. Both fidelity suites run these
 * with `it.fails`: the suite stays green while they fail, and turns red the moment one passes — then delete its line
 * here (FAILURES.md groups the same list by cause, with what the mock answered).
 *
 * A key is a case name; `<name> [http]` or `<name> [msw]` marks a case failing on one target only.
 */

/** doc-examples.test.ts: case name (see doc-examples.ts) → cause. */
export const DOC_KNOWN_FAILING: Record<string, string> = {
  // None: every doc example of the four APIs answers as documented.
}

/** spec-examples.test.ts: `<api> <operationId>` → cause. */
export const SPEC_KNOWN_FAILING: Record<string, string> = {
  // None: every operation answers its documented 2xx to its spec examples.
}

/** The cause of a case's known failure on a target, if it is known to fail there. */
export function knownFailure(table: Record<string, string>, name: string, kind: string): string | undefined {
  return table[name] ?? table[`${name} [${kind}]`]
}
