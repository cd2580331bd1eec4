/**
 * Every example request the vendor docs show (`shared/vendor-docs/`), translated to an HTTP request, with the answer
 * the doc documents. The test (`doc-examples.test.ts`) sends each to both targets; `known-failing.ts` lists those the
 * mock does not answer as documented yet, each with its cause.
 *
 * How a doc example becomes a case:
 * - Its name is `<doc file>:<line> <what the doc calls it>` (000 ScheduleIt, 001 + 004 Resource Guru, 002
 *   ProWorkflow, 003 Screendragon).
 * - Method, path, query, body fields and encoding are the doc's: form-encoded where the doc posts form data (the
 *   ScheduleIt PHP samples are sent byte for byte as they build the body, trailing `&` and unencoded spaces included),
 *   JSON where the doc shows JSON (the ProWorkflow samples are sent as the doc prints them, so `100.00` stays `100.00`
 *   and the two malformed samples stay malformed; only the no-break spaces the HTML capture indents them with are
 *   sent as plain spaces, as JSON allows no other whitespace).
 * - The doc's credentials are replaced by the mock's demo credentials in the same scheme (see `support.ts`):
 *   Resource Guru's account placeholder `example-account-id` and `:subdomain` become `example-corp`, and the doc's
 *   OAuth client and redirect placeholders become the demo client and `https://localhost/oauth/callback`.
 * - Dates in the past that the vendor refuses (Screendragon bookings) move to the same weekday of 2031, after the
 *   suites' fixed "now" (5 June 2030); dates the vendor accepts in the past stay as written. A date that must be a
 *   day of the record the example names (Resource Guru's Delete and Split booking, Split downtime) moves to a day of
 *   that seeded record, said so in the case's `note`.
 * - What the capture lost is recovered and said so in the case's `note`: Resource Guru's methods and paths (from the
 *   spec, by operation name), its request samples' collapsed arrays and objects (from the spec's example of the same
 *   field), ScheduleIt's stripped example URLs (the spec's / inventory's reconstruction), ProWorkflow's paths and the
 *   record ids in them (the spec's path-parameter examples).
 * - A request sample the doc renders empty (`{}`) though it marks fields required (Resource Guru's Create webhook and
 *   Send test payload) is completed with exactly those required fields, valued as the spec's example, and said so.
 * - The documented answer is the doc's: its status where it gives one, else the operation's documented 2xx in the
 *   spec (001 and 002 lost every status code); and the key facts of the body the doc shows (members of the response
 *   sample, values the doc states). Nothing else is checked. The two ProWorkflow samples that are not JSON (doc bugs)
 *   are documented-broken: their answer is the API's 400 error envelope naming the JSON problem (`pwMalformed`), and
 *   each has a repaired twin that must succeed.
 *
 * What counts as a doc example:
 * - 000, 003, 004: every request the text shows (code snippets, sample requests, literal URLs, the prose examples
 *   whose URLs the capture stripped).
 * - 001 (a rendered OpenAPI reference): the authentication examples (JSON, Ruby, Python, Bash), the two literal URLs,
 *   and each of the 91 operations called with the doc's examples: path parameters' `Example:` values, every query
 *   parameter `Example:` the operation shows, and its request sample.
 * - 002 (a parameter reference): every sample POST/PUT body (each variant), each operation whose REQUIRED parameters
 *   the doc gives examples for and no sample body, the Login call with the doc's Account URL, and the literal paging
 *   example `pagenumber=2&pagesize=10` of every list that shows it. Optional parameters' examples are single values,
 *   not requests; `spec-examples.test.ts` sends the spec's copies of them.
 * - Not cases of their own: the ScheduleIt parameter lists (000 lines 76-101, 285-293); "point it to" the root
 *   (000 line 10: the request of 000:23) and "Create a new event by posting to…" (000 line 171: the URL of the 000:180
 *   sample); the Resource Guru token response (001 line 114, an answer) and webhook payload example (sent by Resource
 *   Guru, not to it); the OAuth authorize URLs printed alone (step one of the flows below).
 */
import type { ApiId } from '../../mocks/index.ts'
import type { DocRequest, DocStep, Expectation } from './support.ts'

export interface DocExample {
  /** `<doc file>:<line> <what the doc calls it>`: its key in `DOC_KNOWN_FAILING`. */
  name: string
  api: ApiId
  /** The spec operation the (last) request is, where it is one. */
  operationId?: string
  /** The doc's request, after any request it needs first (a token, an authorization code), each with its answer. */
  steps: readonly DocStep[]
  /** How the doc's example was translated: what was recovered, replaced, moved or is ambiguous. */
  note?: string
}

function example(
  name: string,
  api: ApiId,
  operationId: string | undefined,
  request: DocRequest,
  expect: Expectation,
  note?: string,
): DocExample {
  return {
    name,
    api,
    ...(operationId ? { operationId } : {}),
    steps: [{ ...request, expect }],
    ...(note ? { note } : {}),
  }
}

/** A JSON body exactly as the doc prints it. */
function jsonText(body: string): { body: string; contentType: string } {
  return { body, contentType: 'application/json' }
}

const RG_BASIC_EXPLORATION =
  'HTTP Basic with the demo login (the doc: "credentials provided through the HTTP Basic Authorization header… for exploration")'

// ---------------------------------------------------------------------------------------------------------------
// ScheduleIt: 000_513448b3f11b5f62.txt

const si = (name: string, operationId: string, request: DocRequest, expect: Expectation, note?: string) =>
  example(name, 'scheduleit', operationId, request, expect, note)

/** The list envelope `_embedded.<data set>._embedded.data` (inventory §5, from public clients). */
const siList = (set: 'events' | 'resources' | 'groups'): Expectation => ({
  status: 200,
  body: 'object',
  match: { _embedded: { [set]: { _embedded: { data: [] } } } },
})
const siOne = (set: 'events' | 'resources' | 'groups', id: string): Expectation => ({
  status: 200,
  body: 'object',
  match: { _embedded: { [set]: { _embedded: { data: [{ id }] } } } },
})
const STRIPPED = 'the capture stripped the example URL; reconstructed as in the spec (specs/scheduleit/NOTES.md)'

/** The Add a new Event sample's body exactly as its PHP builds it: values as written, dates through urlencode(). */
const SI_EVENT_BODY =
  'title=the title&owner=220&date_start=2016-09-29+09%3A00%3A00&date_end=2016-09-29+17%3A00%3A00&notes=the notes' +
  '&custom1=custom 1&custom2=custom 2&custom3=custom 3&custom4=custom 4&custom7=custom 7&custom8=custom 8' +
  '&custom9=custom 9&starticon=1&color_text=#66FF66&color_back=#FFFFFF&priority=7&completed=75&'
const SI_RESOURCE_BODY =
  'name=the resource name&owner=10,456,789&email=&color_back=#A9f5A9&color_text=#66FF66&color_event_back=#FF0000' +
  '&data1=Manager&data2=&data3=&data4=&data5=&data6=&data7=&data8=&data9=&data10=&skills=123,456,678&geonav=&'
const SI_GROUP_BODY =
  'name=the group name&color_back=#66FF66&positionv=5&min_resources=0&max_resources=0&hide_from_main=0&hide_from_event=0&'
const PHP_FORM =
  'the PHP builds the body by hand ($key=$value&, values unencoded but the dates, the rtrim() result dropped so the trailing & stays) and CURLOPT_POSTFIELDS sends it form-encoded'

export const SCHEDULEIT_EXAMPLES: DocExample[] = [
  si(
    '000:23 Basic auth with CURLOPT_USERPWD',
    'getApiRoot',
    { method: 'GET', url: '/api/' },
    { status: 200, body: 'object', keys: ['_links'] },
    `curl_init('') lost its URL: the API root https://www.scheduleit.com/api/ (inventory §1); CURLOPT_USERPWD is HTTP Basic with the demo login`,
  ),
  si(
    '000:27 Basic auth with an explicit Authorization header',
    'getApiRoot',
    { method: 'GET', url: '/api/', auth: 'none', headers: { Authorization: 'Basic MTIzNDVfZGVtbzpzZWNyZXQ=' } },
    { status: 200, body: 'object', keys: ['_links'] },
    "the URL is the API root (lost, inventory §1); the header is 'Authorization:Basic '.base64_encode('12345_demo:secret')",
  ),
  si(
    '000:38 Retrieving user information',
    'getApiRoot',
    { method: 'GET', url: '/api/' },
    { status: 200, body: 'object', keys: ['_links'] },
    "curl_init('') lost its URL; the text goes on to the root path, so the API root",
  ),
  si(
    '000:48 /api/data set name: a summary of the top 10 records',
    'listEvents',
    { method: 'GET', url: '/api/events' },
    siList('events'),
    'the data set events',
  ),
  si(
    '000:56 Get the ID and Name fields from all your Groups',
    'listGroups',
    { method: 'GET', url: '/api/groups?fields=id,name' },
    siList('groups'),
    STRIPPED,
  ),
  si(
    '000:59 Get the id, name and email addresses from all your Resources',
    'listResources',
    { method: 'GET', url: '/api/resources?fields=id,name,email' },
    siList('resources'),
    STRIPPED,
  ),
  si(
    '000:62 Get the ID, Start and Title from all your Events within the default date range',
    'listEvents',
    { method: 'GET', url: '/api/events?fields=id,date_start,title' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:67 Get ALL fields from Event where the Event ID is 1234',
    'getEvent',
    { method: 'GET', url: '/api/events/1234' },
    siOne('events', '1234'),
    STRIPPED,
  ),
  si(
    '000:70 Get the title of your Events where the Event ID is 123456',
    'getEvent',
    { method: 'GET', url: '/api/events/123456?fields=title' },
    { status: 200, body: 'object', at: '_embedded.events._embedded.data', keys: ['title'] },
    `${STRIPPED}; \`fields=title\` returns the title only, so the answer is checked for it, not for the id`,
  ),
  si(
    '000:103 Get any Events linked to a resource with the ID 123',
    'listEvents',
    { method: 'GET', url: '/api/events?search_owner=123' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:103 Get any Events linked to a resource with the ID 123 OR 456',
    'listEvents',
    { method: 'GET', url: '/api/events?search_owner=123,456' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:103 Get any Events linked to a resource with the ID 123 AND 456',
    'listEvents',
    { method: 'GET', url: '/api/events?search_owner=123%2B456' },
    siList('events'),
    `${STRIPPED}: AND is + (sent as %2B), inferred`,
  ),
  si(
    '000:103 Get any Events linked to NOT 123 AND NOT 456',
    'listEvents',
    { method: 'GET', url: '/api/events?search_owner=!123,!456' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:109 Get Events for 2018',
    'listEvents',
    { method: 'GET', url: '/api/events?date_range_from=2018-01-01&date_range_to=2018-12-31' },
    siList('events'),
    STRIPPED,
  ),
  si(
    "000:112 Get Events where the start date is from 2016-01-01 and the title contains 'test'",
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_start=>2016-01-01&search_title=test' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:115 Get Groups where the ID is greater than 10 but less than 200',
    'listGroups',
    { method: 'GET', url: '/api/groups?search_id=>10,<200' },
    siList('groups'),
    STRIPPED,
  ),
  si(
    '000:128 /api/events?search_date_modified=>2022-01-01 (after date)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=>2022-01-01' },
    siList('events'),
  ),
  si(
    '000:130 /api/resources?search_date_modified=>2022-01-01 (after date)',
    'listResources',
    { method: 'GET', url: '/api/resources?search_date_modified=>2022-01-01' },
    siList('resources'),
  ),
  si(
    '000:132 /api/groups?search_date_modified=>2022-01-01 (after date)',
    'listGroups',
    { method: 'GET', url: '/api/groups?search_date_modified=>2022-01-01' },
    siList('groups'),
  ),
  si(
    '000:136 ?search_date_modified=2022-01-01 (on date)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=2022-01-01' },
    siList('events'),
    'on the events data set, the first of the three the doc polls',
  ),
  si(
    '000:138 ?search_date_modified=>2022-01-01 (after date)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=>2022-01-01' },
    siList('events'),
    'on the events data set, the first of the three the doc polls',
  ),
  si(
    '000:140 ?search_date_modified=>2022-01-01 14:00 (after date and time)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=>2022-01-01 14:00' },
    siList('events'),
    'on the events data set, the first of the three the doc polls; the space is sent as %20',
  ),
  si(
    '000:142 ?search_date_modified=<2022-01-01 (before date)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=<2022-01-01' },
    siList('events'),
    'on the events data set, the first of the three the doc polls',
  ),
  si(
    '000:144 ?search_date_modified=!2022-01-01 (not on date)',
    'listEvents',
    { method: 'GET', url: '/api/events?search_date_modified=!2022-01-01' },
    siList('events'),
    'on the events data set, the first of the three the doc polls',
  ),
  si(
    '000:150 Get the Name of your Groups and sort by the Name then descending by ID',
    'listGroups',
    { method: 'GET', url: '/api/groups?fields=name&sort=name,-id' },
    siList('groups'),
    STRIPPED,
  ),
  si(
    '000:153 Get the ID of the last modified Event',
    'listEvents',
    { method: 'GET', url: '/api/events?fields=id&sort=-date_modified&limit=1' },
    siList('events'),
    STRIPPED,
  ),
  si(
    '000:160 Get the Name of the first 5 records from your Groups',
    'listGroups',
    { method: 'GET', url: '/api/groups?fields=name&limit=5' },
    siList('groups'),
    STRIPPED,
  ),
  si(
    '000:163 Get the Name and the first 500 records from your Resources',
    'listResources',
    { method: 'GET', url: '/api/resources?fields=name&limit=500' },
    siList('resources'),
    STRIPPED,
  ),
  si(
    '000:174 Create a new group by posting to /api/groups',
    'createGroup',
    { method: 'POST', url: '/api/groups', form: SI_GROUP_BODY },
    { status: 200, body: 'object', match: { name: 'the group name' } },
    `${STRIPPED}; the body is the doc's Add a new Group sample (line 239)`,
  ),
  si(
    '000:177 Update an existing event with the ID of 1234',
    'updateEvent',
    { method: 'POST', url: '/api/events/1234', form: 'title=the title' },
    { status: 200, body: 'object', match: { id: '1234', title: 'the title' } },
    `${STRIPPED}; the doc shows no body: the title field of its Add a new Event sample`,
  ),
  si(
    '000:180 Add a new Event',
    'createEvent',
    { method: 'POST', url: '/api/events', form: SI_EVENT_BODY },
    {
      status: 200,
      body: 'object',
      match: {
        title: 'the title',
        owner: ',220,',
        date_start: '2016-09-29 09:00:00',
        date_end: '2016-09-29 17:00:00',
        completed: '75',
      },
    },
    `the URL is POST /api/events (line 171, stripped); ${PHP_FORM}; ScheduleIt takes dates in the past, so 2016 stays`,
  ),
  si(
    '000:209 Add a new Resource',
    'createResource',
    { method: 'POST', url: '/api/resources', form: SI_RESOURCE_BODY },
    { status: 200, body: 'object', match: { name: 'the resource name', owner: ',10,456,789,', data1: 'Manager' } },
    `the URL is POST /api/resources (stripped); ${PHP_FORM}`,
  ),
  si(
    '000:239 Add a new Group',
    'createGroup',
    { method: 'POST', url: '/api/groups', form: SI_GROUP_BODY },
    { status: 200, body: 'object', match: { name: 'the group name', positionv: '5' } },
    `the URL is POST /api/groups (stripped); ${PHP_FORM}`,
  ),
  si(
    '000:263 DELETE /api/data set name/record id',
    'deleteEvent',
    { method: 'DELETE', url: '/api/events/1234' },
    { status: 200, body: 'object' },
    "curl_init('accountnum_loginname:password@') lost host and path: the doc's example event 1234; credentials in the URL reach the server as HTTP Basic; CURLOPT_POSTFIELDS with no value sends no body",
  ),
  si(
    '000:275 Query the custom fields: &search_custom1=ABC',
    'listEvents',
    { method: 'GET', url: '/api/events?search_custom1=ABC' },
    siList('events'),
    'the vendor\'s reply: "include in your query &search_custom1=ABC", on the events data set (custom fields are event fields)',
  ),
]

// ---------------------------------------------------------------------------------------------------------------
// Screendragon: 003_b8d4c3d01755d7e4.txt (Authorization: Bearer {token} — a token of the demo client)

const sd = (name: string, operationId: string, request: DocRequest, expect: Expectation, note?: string) =>
  example(name, 'screendragon', operationId, request, expect, note)

const SD_AMEND_BODY = {
  user: 'john.doe',
  resourceEvent: 'event123',
  startTime: '2031-09-24T09:00:00.000000+01:00',
  endTime: '2031-09-24T17:00:00.000000+01:00',
  identifierType: 'username',
  eventIdentifierType: 'name',
  comment: 'Updated booking',
  hoursPerDay: 8,
  timesheet: true,
}
const SD_AMEND_NOTE =
  'the sample\'s path /ai/resource/booking/123 is a typo for /api/; it sends no Authorization header though the endpoint "requires authorization": the demo token; 2025-09-24 (past) moved to Wednesday 2031-09-24'

export const SCREENDRAGON_EXAMPLES: DocExample[] = [
  sd(
    '003:28 Fetch list of Resources: sample request',
    'listResourceBookings',
    { method: 'GET', url: '/api/resource?startDate=2025-09-01&endDate=2025-09-30&project=123&user=456' },
    {
      status: 200,
      body: 'non-empty-array',
      some: {
        project: 123,
        title: 'Project Title',
        item: 'Task Name',
        user: { userID: 456, email: 'jdoe@example.com' },
        start: '2025-09-01T00:00:00Z',
        end: '2025-09-05T00:00:00Z',
        hrs: 40,
        bookingID: 789,
        taskID: 321,
      },
    },
    'a list is not refused for past dates, so September 2025 stays; the answer is the sample response (the doc spells UserName, FirstName, LastName; the spec userName…, so only userID and email are checked)',
  ),
  sd(
    '003:95 Add a new Resource Booking: sample request',
    'addResourceBooking',
    {
      method: 'POST',
      url: '/api/resource/booking?retrospectiveBooking=false',
      json: {
        user: 'jdoe@example.com',
        resourceEvent: 'Project Alpha',
        startTime: '2031-09-25T09:00:00.000000+00:00',
        endTime: '2031-09-25T17:00:00.000000+00:00',
        hoursPerDay: 8,
        comment: 'Booking for project kickoff',
        taskID: 0,
        identifierType: 'email',
        eventIdentifierType: 'name',
        timesheet: true,
      },
    },
    { status: 200, body: 'object', keys: ['taskID', 'bookingID'] },
    'retrospectiveBooking=false refuses the past: 2025-09-25 moved to Thursday 2031-09-25',
  ),
  sd(
    '003:158 Amend a Resource Booking: sample request (PUT)',
    'amendResourceBooking',
    { method: 'PUT', url: '/api/resource/booking/123?retrospectiveBooking=false', json: SD_AMEND_BODY },
    { status: 200, body: 'object', match: { taskID: 123 }, keys: ['bookingID'] },
    `the sample says PUT, the endpoint heading (line 118) POST; ${SD_AMEND_NOTE}`,
  ),
  sd(
    "003:118 Amend a Resource Booking: the endpoint heading's POST with the sample body",
    'amendResourceBookingViaPost',
    { method: 'POST', url: '/api/resource/booking/123?retrospectiveBooking=false', json: SD_AMEND_BODY },
    { status: 200, body: 'object', match: { taskID: 123 }, keys: ['bookingID'] },
    `the endpoint heading says POST /api/resource/booking/{taskId}, the sample PUT; ${SD_AMEND_NOTE}`,
  ),
  sd(
    '003:205 Delete a Resource Booking: sample request',
    'deleteResourceBooking',
    {
      method: 'DELETE',
      url: '/api/resource/booking?id=12345&identifierType=project&hasCutOff=true&cutOffDate=2025-09-01',
    },
    { status: 200 },
    'the doc shows only an error sample (404 {"error": "No such booking exists."}); the spec documents 200 for a deletion. The cut-off date is a filter, not a booking date, so it stays',
  ),
  sd(
    '003:230 Retrieve daily Resourcing: sample request',
    'getDailyResourcing',
    {
      method: 'GET',
      url: '/api/resource/DailyResourcing?includeGuestUsers=true&customFields=[{"label":"Department","guid":"abc-123"},{"label":"Location","guid":"def-456"}]',
    },
    {
      status: 200,
      body: 'object',
      at: 'dataInfo.Tables',
      keys: [
        'project id#',
        'USER id#',
        'FULL NAME',
        'resourced role',
        'task id#',
        'task NAME',
        'hours resourced',
        'cost resourced',
        'date resourced',
        'resourceitemid',
        'deleted',
        'datetimestamp',
      ],
      some: {
        'project id#': 101,
        'USER id#': 2001,
        'FULL NAME': 'Jane Doe',
        'resourced role': 'Developer',
        'task id#': 301,
        'task NAME': 'Build API',
        'date resourced': '2025-09-24',
      },
    },
    'the sample continues the query on a second line: joined; the JSON in customFields is percent-encoded by the URL. The answer is the sample row (Jane Doe, 2001, Build API on 2025-09-24)',
  ),
]

// ---------------------------------------------------------------------------------------------------------------
// Resource Guru: 001_b5542e6f2d3aea03.txt (current reference) and 004_16de667752f08f42.txt (legacy Resources page)

const rg = (name: string, operationId: string | undefined, request: DocRequest, expect: Expectation, note?: string) =>
  example(name, 'resource-guru', operationId, request, expect, note)

const TOKEN: Expectation = {
  status: 200,
  body: 'object',
  keys: ['access_token', 'refresh_token', 'token_type', 'expires_in'],
  match: { token_type: 'bearer', expires_in: 604800 },
}
const CALLBACK = 'https://localhost/oauth/callback'
const PASSWORD_GRANT = {
  grant_type: 'password',
  username: 'user@example.com',
  password: 'secret',
  client_id: 'the_client_id',
  client_secret: 'the_client_secret',
}
/** The first step of the authorization-code flow: the browser visits the authorize URL and comes back with a code. */
const authorize = (url: string): DocStep => ({
  method: 'GET',
  url,
  auth: 'none',
  expect: { status: 302, headers: { location: `${CALLBACK}?code=` } },
  capture: { code: 'location.code' },
})
const bearerGet = (url: string, token = 'token'): DocStep => ({
  method: 'GET',
  url,
  auth: 'none',
  headers: { Authorization: `Bearer {{${token}}}` },
  expect: { status: 200, body: 'array' },
})
/**
 * The documented required parameters of Create webhook (001 4923-4956), for the doc's empty samples: the doc gives no
 * values, so these are the spec's request example's.
 */
const RG_WEBHOOK = {
  name: 'Bookings feed',
  payload_url: 'https://example.com/hooks/resource-guru',
  events: ['bookings', 'downtimes'],
  secret: 'a-long-random-secret',
  send_secret_header: true,
  paused: false,
}
const RG_COMPLETED =
  "completed with exactly the documented required parameters, valued as the spec's request example (the doc gives no values)"
/** Where a sample's date names no day of the seeded record: the record, for the note that moves the date into it. */
const RG_SEED_BOOKING =
  "seed booking 1 spans 2030-06-25..26 at the suites' clock (5 June 2030), and a date outside a booking is refused (422)"
const OAUTH_PLACEHOLDERS = `the doc's APPLICATION_CLIENT_ID / APPLICATION_SECRET / REDIRECT_URI are the demo client and ${CALLBACK}`

/** A booking (001 "Create booking", "Get booking", "Update booking"): the keys of the vendor's sample responses. */
const RG_BOOKING_KEYS = [
  'id',
  'resource_id',
  'resource_ids',
  'booker',
  'start_date',
  'end_date',
  'duration',
  'start_time',
  'durations',
  'details',
  'notes',
  'billable',
  'project_id',
  'client_id',
  'refreshable',
  'created_at',
  'updated_at',
  'last_updated_by',
  'rrule',
  'group_id',
  'sequence_no',
  'timezone',
  'tentative',
  'approval_state',
  'aggregated_approval_state',
]
/** A client (001 "Create client", "Get client", "Update client"): the keys of the vendor's sample responses. */
const RG_CLIENT_KEYS = [
  'id',
  'archived',
  'color',
  'name',
  'notes',
  'creator_id',
  'created_at',
  'updated_at',
  'last_updated_by',
  'deleted',
  'deleted_at',
]
/** A custom field (001 "Create custom field", "Get …", "Update …"): the keys of the vendor's sample responses. */
const RG_CUSTOM_FIELD_KEYS = [
  'id',
  'label',
  'required',
  'type',
  'entity_types',
  'resource_type_ids',
  'default',
  'icon',
  'created_at',
  'updated_at',
]
/** A custom field option (001 "Create custom field option", "Get …", "Update …"): its samples' keys. */
const RG_CUSTOM_FIELD_OPTION_KEYS = ['id', 'custom_field_id', 'value', 'created_at', 'updated_at']
/** A downtime (001 "Create downtime", "Get downtime", "Update downtime"): the keys of the vendor's sample responses. */
const RG_DOWNTIME_KEYS = [
  'id',
  'details',
  'from',
  'to',
  'start_time',
  'end_time',
  'timezone',
  'downtime_type_id',
  'booker_id',
  'creator_id',
  'resource_ids',
  'account_id',
  'created_at',
  'updated_at',
  'last_updated_by',
  'leave',
  'state',
  'deleted',
]
/** A report of unassigned bookings (001 "Get report of bookings with no clients", "… with no project"): its sample's keys. */
const RG_AVAILABILITY_KEYS = ['resources', 'scheduled', 'waiting_list', 'tentative']
/** A calendar (001 "Get calendar", "Update calendar"): the keys of the vendor's sample responses. */
const RG_CALENDAR_KEYS = [
  'id',
  'calendar_account_name',
  'connection_status',
  'api',
  'incoming_calendars',
  'outgoing_calendar_state',
]

export const RESOURCE_GURU_EXAMPLES: DocExample[] = [
  rg(
    '001:26 Making a Basic Request: https://api.resourceguruapp.com/v1/example-corp/resources',
    'listResources',
    { method: 'GET', url: '/v1/example-corp/resources' },
    { status: 200, body: 'non-empty-array' },
    RG_BASIC_EXPLORATION,
  ),
  rg(
    '001:73 GET https://api.resourceguruapp.com/v1/me',
    'getMyUserSummary',
    { method: 'GET', url: '/v1/me' },
    { status: 200, body: 'object' },
    RG_BASIC_EXPLORATION,
  ),
  rg(
    '001:103 Quick start: the password grant, the JSON shown',
    'createToken',
    { method: 'POST', url: '/oauth/token', auth: 'none', json: PASSWORD_GRANT },
    TOKEN,
    "the doc's own login and client are the mock's demo ones",
  ),
  {
    name: '001:124 Quick start in Ruby: client.password.get_token, then token.get("/v1/example-corp/resources")',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        form: PASSWORD_GRANT,
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: 'intridea/oauth2 1.x: a form-encoded POST with the client id and secret in the body (its default auth_scheme :request_body)',
  },
  {
    name: '001:124 Quick start in Ruby with oauth2 >= 2.0: the client authenticates with HTTP Basic',
    api: 'resource-guru',
    operationId: 'createToken',
    steps: [
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        headers: { Authorization: 'Basic dGhlX2NsaWVudF9pZDp0aGVfY2xpZW50X3NlY3JldA==' },
        form: { grant_type: 'password', username: 'user@example.com', password: 'secret' },
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: "intridea/oauth2 2.x, the gem's current major, defaults to auth_scheme :basic_auth: the client id and secret go in an HTTP Basic header (RFC 6749 §2.3.1), not in the body",
  },
  {
    name: '001:133 Auth code flow in Ruby: authorize_url, auth_code.get_token(code), access_token.get("/v1/example-corp/resources")',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      authorize(
        `/oauth/authorize?client_id=the_client_id&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code`,
      ),
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        form: {
          client_id: 'the_client_id',
          client_secret: 'the_client_secret',
          code: '{{code}}',
          grant_type: 'authorization_code',
          redirect_uri: CALLBACK,
        },
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: `${OAUTH_PLACEHOLDERS}; the user's approval in the browser is the authorize redirect; oauth2 1.x sends the client in the body`,
  },
  {
    name: '001:157 Connect with a known token: OAuth2::AccessToken.new(client, oauth_token).get("/v1/example-corp/resources")',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        json: PASSWORD_GRANT,
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: 'the known token (ENV["OAUTH_TOKEN"]) is one from the password grant',
  },
  {
    name: '001:173 Refresh: access_token.refresh, then new_access_token.get("/v1/example-corp/bookings"); the old token expires at once',
    api: 'resource-guru',
    operationId: 'listBookings',
    steps: [
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        json: PASSWORD_GRANT,
        expect: TOKEN,
        capture: { token: 'body.access_token', refresh: 'body.refresh_token' },
      },
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        form: {
          grant_type: 'refresh_token',
          refresh_token: '{{refresh}}',
          client_id: 'the_client_id',
          client_secret: 'the_client_secret',
        },
        expect: TOKEN,
        capture: { fresh: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/bookings', 'fresh'),
      {
        method: 'GET',
        url: '/v1/example-corp/bookings',
        auth: 'none',
        headers: { Authorization: 'Bearer {{token}}' },
        expect: { status: 401 },
      },
    ],
    note: 'the tokens saved earlier come from the password grant; the last step checks "The old access token will be expired immediately"',
  },
  {
    name: '001:190 Examples, Python 3: authorize, requests.post(token_url, urlencode(parameters)), then GET /v1/example-account-id/resources',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      authorize(`/oauth/authorize?client_id=the_client_id&redirect_uri=${CALLBACK}&response_type=code`),
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        raw: {
          body: `client_id=the_client_id&client_secret=the_client_secret&code={{code}}&grant_type=authorization_code&redirect_uri=${encodeURIComponent(CALLBACK)}`,
        },
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: `${OAUTH_PLACEHOLDERS}; example-account-id is example-corp. The authorize URL is built with % formatting (redirect_uri not encoded). requests.post with a str body sends it WITHOUT a Content-Type header (Rack, under the vendor's Rails, reads such a POST as a form)`,
  },
  {
    name: '001:222 Examples, Bash: curl --data grant_type=authorization_code --data-urlencode …, then curl -H "Authorization: Bearer $token" $resources_url',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      authorize(`/oauth/authorize?client_id=the_client_id&redirect_uri=${CALLBACK}&response_type=code`),
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        form: `grant_type=authorization_code&client_id=the_client_id&client_secret=the_client_secret&code={{code}}&redirect_uri=${encodeURIComponent(CALLBACK)}`,
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: `${OAUTH_PLACEHOLDERS}; example-account-id is example-corp; curl --data sends Content-Type application/x-www-form-urlencoded`,
  },
  {
    name: '001:244 Examples, Ruby: authorize_url, auth_code.get_token(code), access_token.get("/v1/example-account-id/resources")',
    api: 'resource-guru',
    operationId: 'listResources',
    steps: [
      authorize(
        `/oauth/authorize?client_id=the_client_id&redirect_uri=${encodeURIComponent(CALLBACK)}&response_type=code`,
      ),
      {
        method: 'POST',
        url: '/oauth/token',
        auth: 'none',
        form: {
          client_id: 'the_client_id',
          client_secret: 'the_client_secret',
          code: '{{code}}',
          grant_type: 'authorization_code',
          redirect_uri: CALLBACK,
        },
        expect: TOKEN,
        capture: { token: 'body.access_token' },
      },
      bearerGet('/v1/example-corp/resources'),
    ],
    note: `${OAUTH_PLACEHOLDERS}; example-account-id is example-corp; oauth2 1.x sends the client in the body`,
  },
  // 004: the legacy GitHub page for Resources (:subdomain is example-corp)
  rg(
    '004:16 GET /v1/:subdomain/resources returns an Array of Active Resources',
    'listResources',
    { method: 'GET', url: '/v1/example-corp/resources' },
    {
      status: 200,
      body: 'non-empty-array',
      keys: ['id', 'color', 'name', 'updated_at', 'url', 'resource_type', 'timezone'],
    },
    RG_BASIC_EXPLORATION,
  ),
  rg(
    '004:17 GET /v1/:subdomain/resources/archived returns an Array of Archived Resources',
    'listArchivedResources',
    { method: 'GET', url: '/v1/example-corp/resources/archived' },
    { status: 200, body: 'array' },
    RG_BASIC_EXPLORATION,
  ),
  rg(
    '004:24 GET /v1/example-corp/resources?limit=30&offset=30 (the next 30 Resources)',
    'listResources',
    { method: 'GET', url: '/v1/example-corp/resources?limit=30&offset=30' },
    { status: 200, body: 'array' },
    'the capture lost the example URL; restored from the page it is a copy of (resourceguru/api-docs endpoints/resources.md at 2861942)',
  ),
  rg(
    '004:75 GET /v1/:subdomain/resource/1 returns the specified Resource',
    'getResource',
    { method: 'GET', url: '/v1/example-corp/resources/1' },
    {
      status: 200,
      body: 'object',
      keys: [
        'id',
        'archived',
        'bookable',
        'available_periods',
        'color',
        'email',
        'image',
        'job_title',
        'name',
        'notes',
        'updated_at',
        'account',
        'resource_type',
        'selected_custom_field_options',
        'timezone',
      ],
    },
    'the doc\'s "resource/1" is a typo for resources/1 (its own Update and Delete lines, and 001)',
  ),
  rg(
    '004:126 POST /v1/:subdomain/resources {"name": "Resource Name"}',
    'createResource',
    { method: 'POST', url: '/v1/example-corp/resources', json: { name: 'Resource Name' } },
    {
      status: 201,
      body: 'object',
      match: { name: 'Resource Name' },
      headers: { location: '/v1/example-corp/resources/' },
    },
    '"This will return 201 Created, with the location of the new Resource in the Location header along with the current JSON representation"',
  ),
  rg(
    '004:133 PUT /v1/:subdomain/resources/1',
    'updateResource',
    { method: 'PUT', url: '/v1/example-corp/resources/1', json: {} },
    { status: 200, body: 'object', match: { id: 1 } },
    'the doc shows no parameters for the update: an empty JSON object',
  ),
  rg(
    '004:137 DELETE /v1/:subdomain/resources/1',
    'deleteResource',
    { method: 'DELETE', url: '/v1/example-corp/resources/1' },
    { status: 204, body: 'empty' },
    '"return 204 No Content if that was successful"',
  ),
  // 001: each operation with the doc's examples (method and path from the spec: the capture lost them)
  rg('001:444 Get account', 'getAccount', { method: 'GET', url: '/v1/accounts/1' }, { status: 200, body: 'object' }),
  rg(
    '001:464 Update account',
    'updateAccount',
    {
      method: 'PUT',
      url: '/v1/accounts/1',
      json: { booking_approvals: true, default_booking_approver_ids: [1], apply_to_all_resources: true },
    },
    { status: 200, body: 'object' },
    "collapsed in the capture, filled from the spec's example: default_booking_approver_ids",
  ),
  rg('001:517 List accounts', 'listAccounts', { method: 'GET', url: '/v1/accounts' }, { status: 200, body: 'array' }),
  rg(
    '001:536 List booking activities',
    'listBookingActivities',
    { method: 'GET', url: '/v1/example-corp/bookings/1/activities' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:570 List bookings',
    'listBookings',
    {
      method: 'GET',
      url: '/v1/example-corp/bookings?start_date=2020-01-01&end_date=2021-12-31&approval_states=approved&approval_states=declined&calendar=1&resource_ids=42&resource_ids=50&booker_id=me&waiting=1&include_archived_resources=1&include_deleted_resources=1&include_non_bookable_resources=1&group_id=1&limit=50&offset=10',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:681 Create booking',
    'createBooking',
    {
      method: 'POST',
      url: '/v1/example-corp/bookings',
      json: {
        resource_id: 1,
        resource_ids: [1],
        start_date: '2020-12-31',
        end_date: '2020-12-31',
        duration: 60,
        start_time: 540,
        details: '',
        booker_id: 1,
        billable: false,
        project_id: 1,
        client_id: 1,
        allow_waiting: false,
        allow_overtime: false,
        rrule: { weekly: { interval: 1, weekday: 4, ends: { type: 'count', count: 1 } } },
        timezone: null,
        tentative: true,
        clash_resolution: 'add_to_waiting_list',
      },
    },
    {
      status: 201,
      body: 'object',
      keys: RG_BOOKING_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: resource_ids, rrule",
  ),
  rg(
    '001:857 Get booking',
    'getBooking',
    { method: 'GET', url: '/v1/example-corp/bookings/1' },
    {
      status: 200,
      body: 'object',
      keys: RG_BOOKING_KEYS,
    },
  ),
  rg(
    '001:916 Update booking',
    'updateBooking',
    {
      method: 'PUT',
      url: '/v1/example-corp/bookings/1',
      json: {
        resource_id: 1,
        resource_ids: [1],
        start_date: '2020-12-31',
        end_date: '2020-12-31',
        duration: 60,
        start_time: 540,
        details: 'string',
        booker_id: 1,
        billable: true,
        project_id: 1,
        client_id: 1,
        allow_waiting: false,
        allow_overtime: false,
        rrule: { weekly: { interval: 1, weekday: 4, ends: { type: 'count', count: 1 } } },
        timezone: null,
        tentative: true,
        clash_resolution: 'add_to_waiting_list',
      },
    },
    {
      status: 200,
      body: 'object',
      keys: RG_BOOKING_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: resource_ids, rrule",
  ),
  rg(
    '001:1098 Delete booking',
    'deleteBooking',
    { method: 'DELETE', url: '/v1/example-corp/bookings/1', json: { date: '2030-06-26', remove_for_all: true } },
    { status: 204, body: 'empty' },
    `${RG_SEED_BOOKING}: the sample's date 2020-12-31 is moved to 2030-06-26, the booking's last day`,
  ),
  rg(
    '001:1158 Split booking',
    'splitBooking',
    { method: 'POST', url: '/v1/example-corp/bookings/1/split', json: { date: '2030-06-26' } },
    { status: 200, body: 'array', match: [{ id: 1, end_date: '2030-06-25' }, { start_date: '2030-06-26' }] },
    `${RG_SEED_BOOKING}: the sample's date 2020-12-31 is moved to 2030-06-26, its second day ("The second half of the split will begin on this date")`,
  ),
  rg(
    '001:1206 List client bookings',
    'listClientBookings',
    {
      method: 'GET',
      url: '/v1/example-corp/clients/1/bookings?start_date=2020-01-01&end_date=2021-12-31&limit=50&offset=10',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1263 List project bookings',
    'listProjectBookings',
    {
      method: 'GET',
      url: '/v1/example-corp/projects/1/bookings?start_date=2020-01-01&end_date=2021-12-31&limit=50&offset=10',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1320 List resource bookings',
    'listResourceBookings',
    {
      method: 'GET',
      url: '/v1/example-corp/resources/1/bookings?approval_states=approved&approval_states=declined&start_date=2020-01-01&end_date=2021-12-31&limit=50&offset=10',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1384 Approve/Decline a booking',
    'resolveBooking',
    {
      method: 'POST',
      url: '/v1/example-corp/bookings/1/resolve',
      json: { resolution: 'approved', resource_ids: [1], reason: 'string' },
    },
    { status: 204, body: 'empty' },
    "collapsed in the capture, filled from the spec's example: resource_ids",
  ),
  rg(
    '001:1447 Remind approvers',
    'remindBookingApprovers',
    { method: 'POST', url: '/v1/example-corp/bookings/1/remind', json: {} },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:1495 List active clients',
    'listClients',
    { method: 'GET', url: '/v1/example-corp/clients?limit=50&offset=10' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1547 Create client',
    'createClient',
    {
      method: 'POST',
      url: '/v1/example-corp/clients',
      json: { color: 'c0ffee', name: 'string', notes: 'string', archived: false },
    },
    {
      status: 201,
      body: 'object',
      keys: RG_CLIENT_KEYS,
    },
  ),
  rg(
    '001:1616 List archived clients',
    'listArchivedClients',
    { method: 'GET', url: '/v1/example-corp/clients/archived?limit=50&offset=10' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1654 Get client',
    'getClient',
    { method: 'GET', url: '/v1/example-corp/clients/1' },
    {
      status: 200,
      body: 'object',
      keys: RG_CLIENT_KEYS,
    },
  ),
  rg(
    '001:1693 Update client',
    'updateClient',
    {
      method: 'PUT',
      url: '/v1/example-corp/clients/1',
      json: { color: 'c0ffee', name: 'string', notes: 'string', archived: true },
    },
    {
      status: 200,
      body: 'object',
      keys: RG_CLIENT_KEYS,
    },
  ),
  rg(
    '001:1767 Delete client',
    'deleteClient',
    { method: 'DELETE', url: '/v1/example-corp/clients/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:1801 List custom availability',
    'listCustomAvailability',
    {
      method: 'GET',
      url: '/v1/example-corp/custom_available_periods?resource_ids[]=42&resource_ids[]=50&start_date=2020-12-31&end_date=2020-12-31',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1843 Set custom availability',
    'setCustomAvailability',
    {
      method: 'POST',
      url: '/v1/example-corp/custom_available_periods',
      json: {
        custom_available_periods: {
          resource_instance_id: 1,
          dates: ['2020-12-31'],
          available_periods: [{ start_time: 540, end_time: 1020 }],
        },
        allow_waiting: false,
        delete_invalid_bookings: false,
      },
    },
    { status: 200, body: 'object', keys: ['errors', 'custom_available_periods'] },
    "collapsed in the capture, filled from the spec's example: custom_available_periods",
  ),
  rg(
    '001:1896 Reset custom availability',
    'resetCustomAvailability',
    {
      method: 'DELETE',
      url: '/v1/example-corp/custom_available_periods',
      json: { resource_instance_id: 1, dates: ['2020-12-31'], allow_waiting: false, delete_invalid_bookings: false },
    },
    { status: 204, body: 'empty' },
    "collapsed in the capture, filled from the spec's example: dates",
  ),
  rg(
    '001:1964 List custom fields',
    'listCustomFields',
    { method: 'GET', url: '/v1/example-corp/custom_fields' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:1987 Create custom field',
    'createCustomField',
    {
      method: 'POST',
      url: '/v1/example-corp/custom_fields',
      json: {
        label: 'string',
        required: true,
        type: 'single_select',
        entity_types: ['resource'],
        resource_type_ids: [1],
        icon: 'percent',
        custom_field_options: ['Option A', 'Option B'],
      },
    },
    {
      status: 201,
      body: 'object',
      keys: RG_CUSTOM_FIELD_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: entity_types, resource_type_ids, custom_field_options",
  ),
  rg(
    '001:2081 Get custom field',
    'getCustomField',
    { method: 'GET', url: '/v1/example-corp/custom_fields/1' },
    {
      status: 200,
      body: 'object',
      keys: RG_CUSTOM_FIELD_KEYS,
    },
  ),
  rg(
    '001:2121 Update custom field',
    'updateCustomField',
    {
      method: 'PUT',
      url: '/v1/example-corp/custom_fields/1',
      json: { label: 'string', required: true, entity_types: ['resource'], resource_type_ids: [1], icon: 'percent' },
    },
    {
      status: 200,
      body: 'object',
      keys: RG_CUSTOM_FIELD_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: entity_types, resource_type_ids",
  ),
  rg(
    '001:2206 Delete custom field',
    'deleteCustomField',
    { method: 'DELETE', url: '/v1/example-corp/custom_fields/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:2236 List custom field options',
    'listCustomFieldOptions',
    { method: 'GET', url: '/v1/example-corp/custom_field_options?custom_field_id=42' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:2266 Create custom field option',
    'createCustomFieldOption',
    { method: 'POST', url: '/v1/example-corp/custom_field_options', json: { custom_field_id: 1, value: 'string' } },
    { status: 201, body: 'object', keys: RG_CUSTOM_FIELD_OPTION_KEYS },
  ),
  rg(
    '001:2317 Get custom field option',
    'getCustomFieldOption',
    { method: 'GET', url: '/v1/example-corp/custom_field_options/1' },
    { status: 200, body: 'object', keys: RG_CUSTOM_FIELD_OPTION_KEYS },
  ),
  rg(
    '001:2350 Update custom field option',
    'updateCustomFieldOption',
    { method: 'PUT', url: '/v1/example-corp/custom_field_options/1', json: { value: 'string' } },
    { status: 200, body: 'object', keys: RG_CUSTOM_FIELD_OPTION_KEYS },
  ),
  rg(
    '001:2400 Delete custom field option',
    'deleteCustomFieldOption',
    { method: 'DELETE', url: '/v1/example-corp/custom_field_options/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:2434 List downtimes',
    'listDowntimes',
    {
      method: 'GET',
      url: '/v1/example-corp/downtimes?resource_ids=42&booker_id=42&from=2020-01-01&to=2020-01-01&include_archived_resources=0&include_deleted_resources=0&limit=50&offset=10',
    },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:2512 Create downtime',
    'createDowntime',
    {
      method: 'POST',
      url: '/v1/example-corp/downtimes',
      json: {
        delete_invalid_bookings: false,
        block_by_clashes: false,
        from: '2020-12-31',
        to: '2020-12-31',
        start_time: 540,
        end_time: 600,
        timezone: 'UTC',
        downtime_type_id: 1,
        details: null,
        booker_id: 1,
        creator_id: 1,
        resource_ids: [1],
        allow_waiting: true,
        clash_resolution: 'add_to_waiting_list',
      },
    },
    {
      status: 201,
      body: 'object',
      keys: RG_DOWNTIME_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: resource_ids",
  ),
  rg(
    '001:2661 List downtime clashes',
    'listDowntimeClashes',
    {
      method: 'POST',
      url: '/v1/example-corp/downtimes/clashes',
      json: {
        from: '2020-12-31',
        to: '2020-12-31',
        start_time: 540,
        end_time: 600,
        resource_ids: [1],
        timezone: 'UTC',
      },
    },
    { status: 200, body: 'array' },
    "collapsed in the capture, filled from the spec's example: resource_ids",
  ),
  rg(
    '001:2738 Get downtime',
    'getDowntime',
    { method: 'GET', url: '/v1/example-corp/downtimes/1' },
    {
      status: 200,
      body: 'object',
      keys: RG_DOWNTIME_KEYS,
    },
  ),
  rg(
    '001:2785 Update downtime',
    'updateDowntime',
    {
      method: 'PUT',
      url: '/v1/example-corp/downtimes/1',
      json: {
        delete_invalid_bookings: false,
        block_by_clashes: false,
        from: '2020-12-31',
        to: '2020-12-31',
        start_time: 540,
        end_time: 600,
        timezone: 'UTC',
        downtime_type_id: 1,
        details: 'string',
        booker_id: 1,
        resource_ids: [1],
        allow_waiting: true,
        clash_resolution: 'add_to_waiting_list',
      },
    },
    {
      status: 200,
      body: 'object',
      keys: RG_DOWNTIME_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: resource_ids",
  ),
  rg(
    '001:2928 Delete downtime',
    'deleteDowntime',
    { method: 'DELETE', url: '/v1/example-corp/downtimes/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:2958 Split downtime',
    'splitDowntime',
    { method: 'POST', url: '/v1/example-corp/downtimes/1/split', json: { date: '2030-06-07', resource_id: 1 } },
    {
      status: 200,
      body: 'array',
      match: [
        { id: 1, to: '2030-06-06' },
        { from: '2030-06-07', to: '2030-06-09' },
      ],
    },
    "seed downtime 1 is resource 1's Training (splittable: not Holiday/Vacation) from 2030-06-06 to 2030-06-09 at the suites' clock: the sample's date 2020-12-31, which no seeded downtime spans, is moved to 2030-06-07 (\"The split will occur at midnight at the start of this date\")",
  ),
  rg(
    '001:3014 List downtime types',
    'listDowntimeTypes',
    { method: 'GET', url: '/v1/example-corp/downtime_types' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:3041 Set overtime',
    'setOvertime',
    { method: 'POST', url: '/v1/example-corp/overtimes', json: { resource_id: 1, date: '2020-12-31', duration: 60 } },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:3100 List active projects',
    'listProjects',
    { method: 'GET', url: '/v1/example-corp/projects?limit=50&offset=10' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:3152 Create project',
    'createProject',
    {
      method: 'POST',
      url: '/v1/example-corp/projects',
      json: {
        color: 'c0ffee',
        name: 'string',
        project_code: 'WX13',
        client_id: 1,
        notes: 'string',
        default_billable: true,
        archived: false,
      },
    },
    { status: 201, body: 'object' },
  ),
  rg(
    '001:3228 List archived projects',
    'listArchivedProjects',
    { method: 'GET', url: '/v1/example-corp/projects/archived?limit=50&offset=10' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:3266 Get project',
    'getProject',
    { method: 'GET', url: '/v1/example-corp/projects/1' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:3293 Update project',
    'updateProject',
    {
      method: 'PUT',
      url: '/v1/example-corp/projects/1',
      json: {
        color: 'c0ffee',
        name: 'string',
        project_code: 'WX13',
        client_id: 1,
        notes: 'string',
        default_billable: true,
        archived: true,
      },
    },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:3374 Delete project',
    'deleteProject',
    { method: 'DELETE', url: '/v1/example-corp/projects/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:3408 Get report of projects',
    'getProjectsReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/projects?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:3443 Get report of a project',
    'getProjectReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/projects/1?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object' },
    "the doc gives no example for {id}: 1, the spec's example",
  ),
  rg(
    '001:3483 Get report of clients',
    'getClientsReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/clients?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:3518 Get report of a client',
    'getClientReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/clients/1?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object' },
    "the doc gives no example for {id}: 1, the spec's example",
  ),
  rg(
    '001:3558 Get report of resources',
    'getResourcesReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/resources?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: ['availability', 'booked', 'resources', 'unbooked', 'utilization', 'waiting_list'],
    },
  ),
  rg(
    '001:3601 Get report of a resource',
    'getResourceReportV1',
    { method: 'GET', url: '/v1/example-corp/reports/resources/1?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: [
        'availability',
        'booked',
        'clients',
        'custom_fields',
        'downtime_types',
        'earliest_available_period',
        'id',
        'job_title',
        'name',
        'other_downtime',
        'other_downtime_days',
        'personal_vacation_downtime',
        'personal_vacation_downtime_days',
        'projects',
        'public_holiday_downtime',
        'public_holiday_downtime_days',
        'resource_type',
        'sick_downtime',
        'sick_downtime_days',
        'total_vacation_downtime',
        'total_vacation_downtime_days',
        'unbooked',
        'utilization',
        'waiting_list',
      ],
    },
  ),
  rg(
    '001:3675 Get report of resources',
    'getResourcesReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/resources?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: [
        'approvals',
        'availability',
        'downtime',
        'overtime',
        'resources',
        'scheduled',
        'unscheduled',
        'tentative',
        'utilization',
        'waiting_list',
      ],
    },
  ),
  rg(
    '001:3731 Get report of a resource',
    'getResourceReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/resources/1?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: [
        'id',
        'name',
        'color',
        'job_title',
        'reported_date_range',
        'resource_type',
        'approvals',
        'scheduled',
        'waiting_list',
        'tentative',
        'availability',
        'custom_fields',
        'downtime',
        'overtime',
        'unscheduled',
        'utilization',
        'clients',
        'clients_unassigned',
        'downtime_types',
        'projects',
        'projects_unassigned',
      ],
    },
  ),
  rg(
    '001:3812 Get report of clients',
    'getClientsReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/clients?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: ['clients', 'unassigned', 'approvals', 'scheduled', 'waiting_list', 'tentative'],
    },
  ),
  rg(
    '001:3860 Get report of a client',
    'getClientReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/clients/1?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: ['color', 'id', 'name', 'approvals', 'scheduled', 'waiting_list', 'tentative', 'resources'],
    },
  ),
  rg(
    '001:3916 Get report of bookings with no clients',
    'getUnassignedClientsReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/clients/unassigned?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object', keys: RG_AVAILABILITY_KEYS },
  ),
  rg(
    '001:3960 Get report of projects',
    'getProjectsReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/projects?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: ['projects', 'unassigned', 'approvals', 'scheduled', 'waiting_list', 'tentative'],
    },
  ),
  rg(
    '001:4008 Get report of a project',
    'getProjectReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/projects/1?start_date=2020-12-31&end_date=2020-12-31' },
    {
      status: 200,
      body: 'object',
      keys: [
        'client',
        'color',
        'id',
        'name',
        'project_code',
        'approvals',
        'scheduled',
        'waiting_list',
        'tentative',
        'resources',
      ],
    },
  ),
  rg(
    '001:4067 Get report of bookings with no project',
    'getUnassignedProjectsReportV2',
    { method: 'GET', url: '/v2/example-corp/reports/projects/unassigned?start_date=2020-12-31&end_date=2020-12-31' },
    { status: 200, body: 'object', keys: RG_AVAILABILITY_KEYS },
  ),
  rg(
    '001:4115 List active resources',
    'listResources',
    { method: 'GET', url: '/v1/example-corp/resources?limit=50&offset=10&ids=1' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4170 Create resource',
    'createResource',
    {
      method: 'POST',
      url: '/v1/example-corp/resources',
      json: {
        color: 'c0ffee',
        name: 'John Doe',
        timezone: 'UTC',
        job_title: 'General Manager',
        phone: 'string',
        bookable: true,
        notes: 'string',
        first_name: 'string',
        last_name: 'string',
        capacity: '42',
        registration_number: 'string',
        custom_field_option_ids: [1],
        invite: 'true',
        email: 'email@resourceguruapp.com',
        resource_type_id: 1,
        booking_approver_ids: [1],
      },
    },
    { status: 201, body: 'object' },
    "collapsed in the capture, filled from the spec's example: custom_field_option_ids, booking_approver_ids",
  ),
  rg(
    '001:4298 List archived resources',
    'listArchivedResources',
    { method: 'GET', url: '/v1/example-corp/resources/archived?limit=50&offset=10&ids=1' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4353 Get resource',
    'getResource',
    { method: 'GET', url: '/v1/example-corp/resources/1' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:4380 Update resource',
    'updateResource',
    {
      method: 'PUT',
      url: '/v1/example-corp/resources/1',
      json: {
        archived: true,
        color: 'c0ffee',
        name: 'John Doe',
        timezone: 'UTC',
        job_title: 'General Manager',
        phone: 'string',
        bookable: true,
        notes: 'string',
        first_name: 'string',
        last_name: 'string',
        capacity: '42',
        registration_number: 'string',
        custom_field_option_ids: [1],
        booking_approver_ids: [1],
        replacement_approver_user_id: 1,
      },
    },
    { status: 200, body: 'object' },
    "collapsed in the capture, filled from the spec's example: custom_field_option_ids, booking_approver_ids",
  ),
  rg(
    '001:4510 Delete resource',
    'deleteResource',
    { method: 'DELETE', url: '/v1/example-corp/resources/1', json: { replacement_approver_user_id: 1 } },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:4557 Update availability or timezone',
    'updateResourceAvailability',
    {
      method: 'POST',
      url: '/v1/example-corp/resources/1/availability',
      json: {
        date: '2020-12-31',
        timezone: 'UTC',
        delete_invalid_bookings: false,
        allow_waiting: true,
        available_periods: [
          { week_day: 1, start_time: 540, end_time: 1020 },
          { week_day: 2, start_time: 540, end_time: 1020 },
        ],
      },
    },
    { status: 201, body: 'object', keys: ['clashes', 'allowClashResolution'] },
    "collapsed in the capture, filled from the spec's example: available_periods",
  ),
  rg(
    '001:4634 List resource types',
    'listResourceTypes',
    { method: 'GET', url: '/v1/example-corp/resource_types' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4657 Get resource type',
    'getResourceType',
    { method: 'GET', url: '/v1/example-corp/resource_types/1' },
    {
      status: 200,
      body: 'object',
      keys: ['id', 'human', 'name', 'created_at', 'updated_at', 'custom_attributes', 'custom_fields'],
    },
  ),
  rg(
    '001:4698 List active users',
    'listUsers',
    { method: 'GET', url: '/v1/example-corp/users?limit=50&offset=10' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4733 List users',
    'listAllUsers',
    { method: 'GET', url: '/v1/example-corp/users/all' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4753 Get my user summary',
    'getMyUserSummary',
    { method: 'GET', url: '/v1/me' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:4765 Get my user details',
    'getMyUserDetails',
    { method: 'GET', url: '/v1/example-corp/users/me' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:4785 Get user',
    'getUser',
    { method: 'GET', url: '/v1/example-corp/users/1' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:4887 List webhooks',
    'listWebhooks',
    { method: 'GET', url: '/v1/example-corp/webhooks' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:4907 Create webhook',
    'createWebhook',
    { method: 'POST', url: '/v1/example-corp/webhooks', json: RG_WEBHOOK },
    {
      status: 201,
      body: 'object',
      match: { name: RG_WEBHOOK.name, payload_url: RG_WEBHOOK.payload_url, events: RG_WEBHOOK.events, paused: false },
      headers: { location: '/v1/example-corp/webhooks/' },
    },
    `the doc's request sample is {} though it marks name, payload_url, events, secret, send_secret_header and paused required (a doc gap): ${RG_COMPLETED}`,
  ),
  rg(
    '001:4974 Send test payload',
    'sendWebhookTestPayload',
    { method: 'POST', url: '/v1/example-corp/webhooks/test', json: { payload_url: RG_WEBHOOK.payload_url } },
    { status: 200 },
    `the doc's request sample is {} though it marks payload_url (a URI) required (a doc gap): ${RG_COMPLETED}`,
  ),
  rg(
    '001:5011 Get webhook',
    'getWebhook',
    { method: 'GET', url: '/v1/example-corp/webhooks/1' },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:5038 Update webhook',
    'updateWebhook',
    { method: 'PUT', url: '/v1/example-corp/webhooks/1', json: {} },
    { status: 200, body: 'object' },
  ),
  rg(
    '001:5112 Delete webhook',
    'deleteWebhook',
    { method: 'DELETE', url: '/v1/example-corp/webhooks/1' },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:5142 Test webhook',
    'testWebhook',
    { method: 'POST', url: '/v1/example-corp/webhooks/1/test' },
    { status: 200, body: 'string' },
  ),
  rg(
    '001:5169 Get webhook payloads',
    'listWebhookPayloads',
    { method: 'GET', url: '/v1/example-corp/webhooks/1/queue?offset=10&limit=50' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:5216 Re-send webhook payload',
    'resendWebhookPayload',
    { method: 'POST', url: '/v1/example-corp/webhooks/1/resend', json: { id: 1 } },
    { status: 204, body: 'empty' },
  ),
  rg(
    '001:5268 List calendars',
    'listCalendars',
    { method: 'GET', url: '/v1/example-corp/calendars' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:5291 List external events',
    'listExternalEvents',
    { method: 'GET', url: '/v1/example-corp/external_events?start_date=2020-01-01&end_date=2021-12-31' },
    { status: 200, body: 'array' },
  ),
  rg(
    '001:5324 Get calendar',
    'getCalendar',
    { method: 'GET', url: '/v1/example-corp/calendars/1' },
    {
      status: 200,
      body: 'object',
      keys: RG_CALENDAR_KEYS,
    },
  ),
  rg(
    '001:5359 Update calendar',
    'updateCalendar',
    {
      method: 'PUT',
      url: '/v1/example-corp/calendars/1',
      json: { incoming_calendar_subscriptions: [{ calendar_id: 1, sync: true }] },
    },
    {
      status: 200,
      body: 'object',
      keys: RG_CALENDAR_KEYS,
    },
    "collapsed in the capture, filled from the spec's example: incoming_calendar_subscriptions",
  ),
  rg(
    '001:5422 Delete calendar',
    'deleteCalendar',
    { method: 'DELETE', url: '/v1/example-corp/calendars/1' },
    { status: 204, body: 'empty' },
  ),
]

// ---------------------------------------------------------------------------------------------------------------
// ProWorkflow: 002_fabeebaa898b59fe.txt (API key header + HTTP Basic; record ids in paths: the spec's examples)

const pw = (name: string, operationId: string, request: DocRequest, status: number, note?: string) =>
  example(name, 'proworkflow', operationId, request, { status, body: 'object', match: { status: 'Success' } }, note)
/**
 * A sample the doc prints as invalid JSON (a doc bug), sent verbatim: the documented answer to a body that is not
 * JSON is ProWorkflow's 400 error envelope, its detail naming the JSON problem (the parser's text, matched by `detail`).
 */
const pwMalformed = (name: string, operationId: string, request: DocRequest, detail: RegExp, note: string) =>
  example(
    name,
    'proworkflow',
    operationId,
    request,
    { status: 400, body: 'object', match: { status: 'Error', details: [detail] } },
    note,
  )
const page = (name: string, operationId: string, url: string) =>
  example(
    name,
    'proworkflow',
    operationId,
    { method: 'GET', url },
    { status: 200, body: 'object', match: { status: 'Success' } },
  )

export const PROWORKFLOW_EXAMPLES: DocExample[] = [
  // Every "Show Sample POST/PUT data" body, each variant
  pw(
    '002:151 Add a Company/Companies (Single Company)',
    'addCompanies',
    {
      method: 'POST',
      url: '/companies',
      raw: jsonText(`{
   "name":"ABC Ltd",
   "type":"client"
}`),
    },
    201,
  ),
  pw(
    '002:157 Add a Company/Companies (Multiple Companies)',
    'addCompanies',
    {
      method: 'POST',
      url: '/companies',
      raw: jsonText(`[
   {
      "name":"ABC Ltd",
      "type":"client"
   },
   {
      "name":"DEF Co",
      "type":"client"
   },
   {
      "name":"GHI Inc",
      "type":"contractor"
   }
]`),
    },
    201,
  ),
  pw(
    '002:322 Edit a Company',
    'editCompany',
    {
      method: 'PUT',
      url: '/companies/1',
      raw: jsonText(`{
   "name":"ABC Ltd",
   "code":"ABC"
}`),
    },
    200,
  ),
  pw(
    '002:550 Add a Contact/s to a Company (Single Contact)',
    'addCompanyContacts',
    {
      method: 'POST',
      url: '/companies/1/contacts',
      raw: jsonText(`{
   "firstname":"Adam",
   "lastname":"West"
}`),
    },
    201,
  ),
  pw(
    '002:556 Add a Contact/s to a Company (Multiple Contacts)',
    'addCompanyContacts',
    {
      method: 'POST',
      url: '/companies/1/contacts',
      raw: jsonText(`[
   {
      "firstname":"Adam",
      "lastname":"West"
   },
   {
      "firstname":"Bob",
      "lastname":"East"
   },
   {
      "firstname":"Charles",
      "lastname":"South"
   }
]`),
    },
    201,
  ),
  pw(
    '002:940 Add a Note to a Company',
    'addCompanyNote',
    {
      method: 'POST',
      url: '/companies/1/notes',
      raw: jsonText(`{
   "content":"Example Content"
}`),
    },
    201,
  ),
  pw(
    '002:1339 Add a Project (for a Company)',
    'addCompanyProject',
    {
      method: 'POST',
      url: '/companies/1/projects',
      raw: jsonText(`{
   "title":"Sample Project",
   "number":"auto",
   "description":"Sample Project Description",
   "managerid":"me",
   "staff":"2,3,5",
   "clients":"6,7",
   "contractors":"9,10",
   "priority":2,
   "startdate":"2014-04-18",
   "duedate":"2014-04-28",
   "customfields":[
      {
         "id":1,
         "value":"Europe"
      },
      {
         "id":2,
         "value":"Industrial"
      }
   ]
}`),
    },
    201,
  ),
  pw(
    '002:2882 Add a Contact/s (Single Contact)',
    'addContacts',
    {
      method: 'POST',
      url: '/contacts',
      raw: jsonText(`{
   "firstname":"Adam",
   "lastname":"West",
   "type":"client",
   "companyid":1
}`),
    },
    201,
  ),
  pw(
    '002:2890 Add a Contact/s (Multiple Contacts)',
    'addContacts',
    {
      method: 'POST',
      url: '/contacts',
      raw: jsonText(`[
   {
      "firstname":"Adam",
      "lastname":"West",
      "type":"client",
      "companyid":1
   },
   {
      "firstname":"Bob",
      "lastname":"East",
      "type":"client",
      "companyid":2
   },
   {
      "firstname":"Charles",
      "lastname":"South",
      "type":"contractor",
      "companyid":3
   }
]`),
    },
    201,
  ),
  pw(
    '002:3132 Edit a Contact',
    'editContact',
    {
      method: 'PUT',
      url: '/contacts/5',
      raw: jsonText(`{
   "firstname":"Adam",
   "lastname":"West"
}`),
    },
    200,
  ),
  pw(
    "002:3364 Update a Contact's Location",
    'updateContactLocationViaPost',
    {
      method: 'POST',
      url: '/contacts/5/location',
      raw: jsonText(`{
   "latitude":43.689060,
   "longitude":-20.182721
}`),
    },
    200,
    'the doc labels this sample "Sample POST data"; the third-party catalog has PUT (the next case): the spec takes both',
  ),
  pw(
    "002:3364 Update a Contact's Location (as PUT)",
    'updateContactLocation',
    {
      method: 'PUT',
      url: '/contacts/5/location',
      raw: jsonText(`{
   "latitude":43.689060,
   "longitude":-20.182721
}`),
    },
    200,
    'the same sample with the spec\'s method, PUT; the doc says "Sample POST data"',
  ),
  pw(
    '002:3453 Add a Note to a Contact',
    'addContactNote',
    {
      method: 'POST',
      url: '/contacts/5/notes',
      raw: jsonText(`{
   "content":"Example Content"
}`),
    },
    201,
  ),
  pw(
    '002:3880 Add a Project (for a Contact)',
    'addContactProject',
    {
      method: 'POST',
      url: '/contacts/5/projects',
      raw: jsonText(`{
   "title":"Sample Project",
   "number":"auto",
   "description":"Sample Project Description",
   "managerid":"me",
   "staff":"2,3,5",
   "clients":"6,7",
   "contractors":"9,10",
   "priority":2,
   "startdate":"2014-04-18",
   "duedate":"2014-04-28",
   "customfields":
   [
      {
         "id":1,
         "value":"Europe"
      },
      {
         "id":2,
         "value":"Industrial"
      }
   ]
}`),
    },
    201,
  ),
  pw(
    '002:5047 Request Access to ProWorkflow',
    'requestAccess',
    {
      method: 'POST',
      url: '/contacts/requestaccess',
      raw: jsonText(`{
   "firstname":"Adam",
   "lastname":"West",
   "email":"noreply@proworkflow.com",
   "type":"client",
   "companyname":"ABC"
}`),
    },
    201,
  ),
  pw(
    '002:5362 Add an Event',
    'addEvent',
    {
      method: 'POST',
      url: '/events',
      raw: jsonText(`{
   "contacts":"1,2",
   "title":"New Event",
   "description":"Event Description",
   "starttime":"2014-03-20T13:00",
   "endtime":"2014-03-20T14:00"
}`),
    },
    201,
  ),
  pw(
    '002:5449 Edit an Event',
    'editEvent',
    {
      method: 'PUT',
      url: '/events/8',
      raw: jsonText(`{
   "contacts":"1,2",
   "title":"New Event",
   "description":"Event Description",
   "starttime":"2014-03-20T13:00",
   "endtime":"2014-03-20T14:00"
}`),
    },
    200,
  ),
  pw(
    '002:5625 Add an Expense',
    'addExpense',
    {
      method: 'POST',
      url: '/expenses',
      raw: jsonText(`{
   "projectid":1,
   "name":"New Expense",
   "description":"Event Description",
   "date":"2014-03-28",
   "cost":100.00
}`),
    },
    201,
  ),
  // A doc bug: the sample is not JSON (a comma is missing after "cost":100.00). The mock parses strictly, as a strict
  // parser such as PHP's json_decode does (it returns null on it): 400 in the error envelope, naming the problem.
  pwMalformed(
    '002:5718 Edit an Expense (verbatim)',
    'editExpense',
    {
      method: 'PUT',
      url: '/expenses/5',
      raw: jsonText(`{
   "date":"2014-03-28",
   "cost":100.00
   "invoiced":true
}`),
    },
    /^The request body is not valid JSON: Expected ',' or '}' after property value in JSON at position 46\b/,
    'sent verbatim: the doc\'s sample is not valid JSON (a comma is missing after "cost":100.00), a doc bug; the case after it sends the sample repaired',
  ),
  pw(
    '002:5718 Edit an Expense (JSON repaired)',
    'editExpense',
    {
      method: 'PUT',
      url: '/expenses/5',
      raw: jsonText(`{
   "date":"2014-03-28",
   "cost":100.00,
   "invoiced":true
}`),
    },
    200,
    'the missing comma after "cost":100.00 added: the doc\'s sample as meant',
  ),
  pw(
    '002:5884 Add a File',
    'addFile',
    {
      method: 'POST',
      url: '/files',
      raw: jsonText(`{
   "projectid":1,
   "name":"filename.txt",
   "content":"U29tZSB0ZXh0"
}`),
    },
    201,
  ),
  pw(
    '002:6047 Add a Custom Folder',
    'addFolder',
    {
      method: 'POST',
      url: '/files/folders',
      raw: jsonText(`{
   "projectid":1,
   "name":"New Folder",
   "contacts":"1,2,3"
}`),
    },
    201,
  ),
  pw(
    '002:6349 Add an Invoice',
    'addInvoice',
    {
      method: 'POST',
      url: '/invoices',
      raw: jsonText(`{
   "title":"New Invoice",
   "number":"auto",
   "description":"Invoice Description",
   "contactid":1,
   "projectid":2,
   "lines":
   [
      {
         "type":"heading",
         "name":"Redesign Work"
      },
      {
         "type":"lineitem",
         "name":"Line Item 1",
         "quantity":1,
         "rate":100.00,
         "taxable":true
      },
      {
         "type":"taskrate",
         "name":"Task Rate",
         "time":60,
         "rate":100.00,
         "taxable":false
      },
      {
         "type":"staffrate",
         "name":"Alex Trip",
         "time":60,
         "rate":100.00,
         "taxable":false
      }
   ]
}`),
    },
    201,
  ),
  // A doc bug: the sample is not JSON (a trailing comma follows the last member): 400, naming the problem, as above.
  pwMalformed(
    '002:6601 Edit an Invoice (verbatim)',
    'editInvoice',
    {
      method: 'PUT',
      url: '/invoices/7',
      raw: jsonText(`{
   "status":"paid",
   "discountvalue":100,
   "discountdescription":"Discount Description",
}`),
    },
    /^The request body is not valid JSON: Expected double-quoted property name in JSON at position 95\b/,
    "sent verbatim: the doc's sample is not valid JSON (a trailing comma follows the last member), a doc bug; the case after it sends the sample repaired",
  ),
  pw(
    '002:6601 Edit an Invoice (JSON repaired)',
    'editInvoice',
    {
      method: 'PUT',
      url: '/invoices/7',
      raw: jsonText(`{
   "status":"paid",
   "discountvalue":100,
   "discountdescription":"Discount Description"
}`),
    },
    200,
    "the trailing comma removed: the doc's sample as meant",
  ),
  pw(
    '002:6800 Add Line/s to an Invoice (Single Line Item)',
    'addInvoiceLines',
    {
      method: 'POST',
      url: '/invoices/7/lines',
      raw: jsonText(`{
   "type":"lineitem",
   "name":"Line Item 1",
   "description":"Line Item 1 Description",
   "quantity":1,
   "rate":100.00,
   "taxable":true
}`),
    },
    201,
  ),
  pw(
    '002:6810 Add Line/s to an Invoice (Multiple Line Items)',
    'addInvoiceLines',
    {
      method: 'POST',
      url: '/invoices/7/lines',
      raw: jsonText(`[
   {
      "type":"heading",
      "name":"Redesign Work"
   },
   {
      "type":"lineitem",
      "name":"Line Item 1",
      "quantity":1,
      "rate":100.00,
      "taxable":true
   },
   {
      "type":"taskrate",
      "name":"Task Rate",
      "time":60,
      "rate":100.00,
      "taxable":false
   },
   {
      "type":"staffrate",
      "name":"Alex Trip",
      "time":60,
      "rate":100.00,
      "taxable":false
   }
]`),
    },
    201,
  ),
  pw(
    '002:6934 Edit a Line in an Invoice',
    'editInvoiceLine',
    {
      method: 'PUT',
      url: '/invoices/7/lines/2',
      raw: jsonText(`{
   "rate":100.00,
   "taxable":false
}`),
    },
    200,
  ),
  pw(
    '002:6987 Mark an Invoice as Paid',
    'markInvoicePaid',
    {
      method: 'PUT',
      url: '/invoices/7/markaspaid',
      raw: jsonText(`{
   "paiddate":"2014-04-28"
}`),
    },
    200,
  ),
  pw(
    '002:7266 Edit Contact Information',
    'editMe',
    {
      method: 'PUT',
      url: '/me',
      raw: jsonText(`{
   "firstname":"Adam",
   "lastname":"West"
}`),
    },
    200,
  ),
  pw(
    '002:7478 Add a Message',
    'addMessage',
    {
      method: 'POST',
      url: '/messages',
      raw: jsonText(`{
   "contacts":"1,2",
   "projectid":1,
   "title":"New Message",
   "content":"Message Content",
   "fileid":"15"
}`),
    },
    201,
  ),
  pw(
    '002:7734 Add a Note',
    'addNote',
    {
      method: 'POST',
      url: '/notes',
      raw: jsonText(`{
   "title":"New Note",
   "content":"Note Description",
   "categoryid":1,
   "contacts":"1,2,3"
}`),
    },
    201,
  ),
  pw(
    '002:7813 Edit a Note',
    'editNote',
    {
      method: 'PUT',
      url: '/notes/4',
      raw: jsonText(`{
   "title":"New Note",
   "content":"Note Description"
}`),
    },
    200,
  ),
  pw(
    '002:8060 Add a Project Request',
    'addProjectRequest',
    {
      method: 'POST',
      url: '/projectrequests',
      raw: jsonText(`{
   "title":"Sample Request",
   "description":"Sample Request Description",
   "contactid":1,
   "startdate":"2014-04-18",
   "duedate":"2014-04-28",
   "customfields":
   [
      {
         "id":1,
         "value":"Europe"
      },
      {
         "id":2,
         "value":"Industrial"
      }
   ]
}`),
    },
    201,
  ),
  // Operations without a sample body whose REQUIRED parameters the doc gives examples for
  pw(
    '002:1791 Add/Remove Tags for a Company: tagid 1,2,3',
    'changeCompanyTags',
    { method: 'PUT', url: '/companies/1/tags', json: { tagid: '1,2,3' } },
    200,
  ),
  pw(
    '002:2134 View Time Tracked (Company): trackedfrom/trackedto 2014-01-18',
    'listCompanyTime',
    { method: 'GET', url: '/companies/1/time?trackedfrom=2014-01-18&trackedto=2014-01-18' },
    200,
    'the doc titles the Company call "View Time Tracked by a Contact"',
  ),
  pw(
    '002:2134 View Time Tracked (Company): trackedfrom=-3w, trackedto=+1m',
    'listCompanyTime',
    { method: 'GET', url: '/companies/1/time?trackedfrom=-3w&trackedto=%2B1m' },
    200,
    'the relative-date examples; + sent as %2B',
  ),
  pw(
    '002:3313 Add/Remove Staff Contact to/from a Group: groupid 1,2,3',
    'changeContactGroups',
    { method: 'PUT', url: '/contacts/5/groups', json: { groupid: '1,2,3' } },
    200,
  ),
  pw(
    '002:3526 Check Permission: permissionsetting view',
    'checkContactPermission',
    { method: 'GET', url: '/contacts/5/permissions/1?permissionsetting=view' },
    200,
    'the doc lists view, add, edit, delete without an example: the first',
  ),
  pw(
    '002:4072 Add/Remove Roles for a Staff Contact: roleid 1,2,3',
    'changeContactRoles',
    { method: 'PUT', url: '/contacts/5/roles', json: { roleid: '1,2,3' } },
    200,
  ),
  pw(
    '002:4159 Add/Remove Tags for a Contact: tagid 1,2,3',
    'changeContactTags',
    { method: 'PUT', url: '/contacts/5/tags', json: { tagid: '1,2,3' } },
    200,
  ),
  pw(
    '002:4505 View Time Tracked by a Contact: trackedfrom/trackedto 2014-01-18',
    'listContactTime',
    { method: 'GET', url: '/contacts/5/time?trackedfrom=2014-01-18&trackedto=2014-01-18' },
    200,
  ),
  pw(
    '002:4505 View Time Tracked by a Contact: trackedfrom=-3w, trackedto=+1m',
    'listContactTime',
    { method: 'GET', url: '/contacts/5/time?trackedfrom=-3w&trackedto=%2B1m' },
    200,
    'the relative-date examples; + sent as %2B',
  ),
  pw(
    '002:4983 Request Password Reset: email noreply@proworkflow.com',
    'requestPasswordReset',
    { method: 'GET', url: '/contacts/forgotpassword?email=noreply@proworkflow.com' },
    200,
    'the doc: "If no matching address is found, this will return a 404"; its own example address should match',
  ),
  example(
    '002:7222 Login Call with the Account URL, to get the API key (Basic only)',
    'proworkflow',
    'login',
    {
      method: 'GET',
      url: '/login?url=https://proworkflow6.net/ABCInc',
      auth: 'none',
      headers: { Authorization: 'Basic ZGVtb0BleGFtcGxlLmNvbTpzZWNyZXQ=' },
    },
    { status: 200, body: 'object', match: { status: 'Success' }, keys: ['apikey'] },
    '"If you don\'t know your API key then you can use this call to return it by providing your Account URL (as well as using a Basic Authorization header)": the doc\'s example URL, the demo login, no API key',
  ),
  // The literal paging example of every list that shows it
  page(
    '002:126 View Companies: pagenumber=2&pagesize=10 (return Companies 11-20)',
    'listCompanies',
    '/companies?pagenumber=2&pagesize=10',
  ),
  page(
    '002:525 View Contacts for a Company: pagenumber=2&pagesize=10 (return Contacts 11-20)',
    'listCompanyContacts',
    '/companies/1/contacts?pagenumber=2&pagesize=10',
  ),
  page(
    '002:876 View Invoices for a Company: pagenumber=2&pagesize=10 (return Invoices 11-20)',
    'listCompanyInvoices',
    '/companies/1/invoices?pagenumber=2&pagesize=10',
  ),
  page(
    '002:917 View Notes for a Company: pagenumber=2&pagesize=10 (return Notes 11-20)',
    'listCompanyNotes',
    '/companies/1/notes?pagenumber=2&pagesize=10',
  ),
  page(
    '002:1312 View Projects for a Company: pagenumber=2&pagesize=10 (return Projects 11-20)',
    'listCompanyProjects',
    '/companies/1/projects?pagenumber=2&pagesize=10',
  ),
  page(
    '002:1707 View Quotes for a Company: pagenumber=2&pagesize=10 (return Quotes 11-20)',
    'listCompanyQuotes',
    '/companies/1/quotes?pagenumber=2&pagesize=10',
  ),
  page(
    '002:1765 Company Summary: pagenumber=2&pagesize=10 (return rows 11-20)',
    'getCompanySummary',
    '/companies/1/summary?pagenumber=2&pagesize=10',
  ),
  page(
    '002:2109 View Tasks for a Company: pagenumber=2&pagesize=10 (return Tasks 11-20)',
    'listCompanyTasks',
    '/companies/1/tasks?pagenumber=2&pagesize=10',
  ),
  page(
    '002:2462 View Client Companies: pagenumber=2&pagesize=10 (return Companies 11-20)',
    'listClientCompanies',
    '/companies/client?pagenumber=2&pagesize=10',
  ),
  page(
    '002:2585 View Contractor Companies: pagenumber=2&pagesize=10 (return Companies 11-20)',
    'listContractorCompanies',
    '/companies/contractor?pagenumber=2&pagesize=10',
  ),
  page(
    '002:2708 View Staff Companies: pagenumber=2&pagesize=10 (return Companies 11-20)',
    'listStaffCompanies',
    '/companies/staff?pagenumber=2&pagesize=10',
  ),
  page(
    '002:2857 View Contacts: pagenumber=2&pagesize=10 (return Contacts 11-20)',
    'listContacts',
    '/contacts?pagenumber=2&pagesize=10',
  ),
  page(
    '002:3430 View Notes for a Contact: pagenumber=2&pagesize=10 (return Notes 11-20)',
    'listContactNotes',
    '/contacts/5/notes?pagenumber=2&pagesize=10',
  ),
  page(
    '002:3853 View Projects for a Contact: pagenumber=2&pagesize=10 (return Projects 11-20)',
    'listContactProjects',
    '/contacts/5/projects?pagenumber=2&pagesize=10',
  ),
  page(
    '002:4133 Contact Summary: pagenumber=2&pagesize=10 (return rows 11-20)',
    'getContactSummary',
    '/contacts/5/summary?pagenumber=2&pagesize=10',
  ),
  page(
    '002:4480 View Tasks for a Contact: pagenumber=2&pagesize=10 (return Tasks 11-20)',
    'listContactTasks',
    '/contacts/5/tasks?pagenumber=2&pagesize=10',
  ),
  page(
    '002:4835 View Client Contacts: pagenumber=2&pagesize=10 (return Contacts 11-20)',
    'listClientContacts',
    '/contacts/client?pagenumber=2&pagesize=10',
  ),
  page(
    '002:4964 View Contractor Contacts: pagenumber=2&pagesize=10 (return Contacts 11-20)',
    'listContractorContacts',
    '/contacts/contractor?pagenumber=2&pagesize=10',
  ),
  page(
    '002:5205 View Staff Contacts: pagenumber=2&pagesize=10 (return Contacts 11-20)',
    'listStaffContacts',
    '/contacts/staff?pagenumber=2&pagesize=10',
  ),
  page(
    '002:5339 View Events: pagenumber=2&pagesize=10 (return Events 11-20)',
    'listEvents',
    '/events?pagenumber=2&pagesize=10',
  ),
  page(
    '002:5600 View Expenses: pagenumber=2&pagesize=10 (return Expenses 11-20)',
    'listExpenses',
    '/expenses?pagenumber=2&pagesize=10',
  ),
  page(
    '002:5856 View Files: pagenumber=2&pagesize=10 (return Files 11-20)',
    'listFiles',
    '/files?pagenumber=2&pagesize=10',
  ),
  page(
    '002:6023 View Custom Folders: pagenumber=2&pagesize=10 (return Folders 11-20)',
    'listFolders',
    '/files/folders?pagenumber=2&pagesize=10',
  ),
  page(
    '002:6322 View Invoices/Totals: pagenumber=2&pagesize=10 (return Invoices 11-20)',
    'listInvoices',
    '/invoices?pagenumber=2&pagesize=10',
  ),
  page(
    '002:7200 View Overdue Invoices: pagenumber=2&pagesize=10 (return Invoices 11-20)',
    'listOverdueInvoices',
    '/invoices/overdue?pagenumber=2&pagesize=10',
  ),
  page(
    '002:7452 View Messages: pagenumber=2&pagesize=10 (return Messages 11-20)',
    'listMessages',
    '/messages?pagenumber=2&pagesize=10',
  ),
  page(
    '002:7710 View Notes: pagenumber=2&pagesize=10 (return Notes 11-20)',
    'listNotes',
    '/notes?pagenumber=2&pagesize=10',
  ),
  page(
    '002:8033 View Project Requests: pagenumber=2&pagesize=10 (return Requests 11-20)',
    'listProjectRequests',
    '/projectrequests?pagenumber=2&pagesize=10',
  ),
]

export const DOC_EXAMPLES: DocExample[] = [
  ...RESOURCE_GURU_EXAMPLES,
  ...PROWORKFLOW_EXAMPLES,
  ...SCHEDULEIT_EXAMPLES,
  ...SCREENDRAGON_EXAMPLES,
]
