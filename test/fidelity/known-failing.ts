/**
 * The cases that do not answer as documented yet, each with its cause in one line. Both fidelity suites run these
 * with `it.fails`: the suite stays green while they fail, and turns red the moment one passes — then delete its line
 * here (FAILURES.md groups the same list by cause, with what the mock answered).
 *
 * A key is a case name; `<name> [http]` or `<name> [msw]` marks a case failing on one target only.
 */

/** doc-examples.test.ts: case name (see doc-examples.ts) → cause. */
export const DOC_KNOWN_FAILING: Record<string, string> = {
  // Resource Guru
  '001:124 Quick start in Ruby with oauth2 >= 2.0: the client authenticates with HTTP Basic':
    '401 invalid_client: /oauth/token takes the client id and secret only in the body, not as HTTP Basic (RFC 6749 §2.3.1, the oauth2 gem >= 2 default)',
  '001:190 Examples, Python 3: authorize, requests.post(token_url, urlencode(parameters)), then GET /v1/example-account-id/resources':
    "415: a form body POSTed without Content-Type (what requests.post sends for a str body) is refused; Rack, under the vendor's Rails, reads it as a form",
  '004:126 POST /v1/:subdomain/resources {"name": "Resource Name"}':
    '422 "resource_type_id is required": the legacy example creates with a name only; 001 makes resource_type_id required (with it: 201 and Location)',
  '001:1098 Delete booking':
    "422: seed booking 1 spans 2030-06-25..26, so the sample's date 2020-12-31 is not a day of it",
  '001:1158 Split booking':
    '422: seed booking 1 spans 2030-06-25..26; the sample splits on 2020-12-31, which must be after its first day and not after its last',
  '001:2958 Split downtime':
    '422: seed downtime 1 is a Holiday (not splittable), and spans 2030-06-06..09, not 2020-12-31',
  '001:4907 Create webhook':
    '422 "name is required": the doc\'s request sample is {} (the capture shows no fields though name, payload_url, events… are required): a doc gap',
  '001:4974 Send test payload': '422 "payload_url is required": the doc\'s request sample is {}: a doc gap',
}

/** spec-examples.test.ts: `<api> <operationId>` → cause. */
export const SPEC_KNOWN_FAILING: Record<string, string> = {
  // Resource Guru
  'resource-guru deleteBooking':
    "422: seed booking 1 spans 2030-06-25..26; the example's date 2020-12-31 is not a day of it",
  'resource-guru splitBooking': '422: seed booking 1 spans 2030-06-25..26; the example splits on 2020-12-31',
  'resource-guru splitDowntime':
    '422: seed downtime 1 is a Holiday (not splittable) and spans 2030-06-06..09, not 2020-12-31',
}

/** The cause of a case's known failure on a target, if it is known to fail there. */
export function knownFailure(table: Record<string, string>, name: string, kind: string): string | undefined {
  return table[name] ?? table[`${name} [${kind}]`]
}
