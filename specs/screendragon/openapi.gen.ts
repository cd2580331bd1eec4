/**
 * Generated from specs/screendragon/openapi.yaml by openapi-typescript (npm run gen:types).
 * Do not edit by hand: change the spec and regenerate. CI fails when this file is stale.
 */

export type paths = {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token (client credentials)
         * @description OAuth 2.0 client-credentials grant: `grant_type=client_credentials&client_id=…&client_secret=…`, form-encoded
         *     (vendor "API Authentication" article). The token is then sent as `Authorization: Bearer <access_token>`.
         *     The response and error bodies follow RFC 6749 §5.1/§5.2 (inferred: the vendor shows neither). The
         *     authorization-code grant is documented too, but its authorization URL is per customer, so only
         *     `client_credentials` is issued here (others → 400 `unsupported_grant_type`).
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch list of Resources
         * @description Returns the resource bookings for users and projects, filtered by date range, project ID and user ID (the
         *     filters combine; `0` means all). With a date range, only bookings starting on or after `startDate` and ending on
         *     or before `endDate` are shown. No matching booking → 400 "No data." (never an empty array).
         *
         *     The user object follows the Help page's `ViewUserDTO` (camelCase `userName`, `firstName`, `lastName`, plus
         *     `customFields`); the article's sample shows `UserName`/`FirstName`/`LastName` (see NOTES.md).
         */
        get: operations["listResourceBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resource/booking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a new Resource Booking
         * @description Creates a booking for a user against a resource event: the user is resolved by `identifierType` (userid,
         *     username or email), the event by `eventIdentifierType` (its i_node or its name). Rules, each a 400:
         *     `taskID > 0` or a booking of the same user and event overlapping the period → "Cannot add duplicate booking.";
         *     an unknown user → "No such user exists."; a user without a current role (or inactive) → "Specified user has no
         *     current role."; an unknown event → "No such event exists."; an end before the start → "Invalid date range.";
         *     a start date before today without `retrospectiveBooking=true` → "Cannot create bookings in the past.".
         *     Time-zone offsets in the times are honoured (stored in UTC). `hoursPerDay` is capped by the user's available
         *     hours × FTE (and defaults to it); a booking with no working day or no hours → "No Data.". An unparseable body
         *     → "Unable to parse booking details.".
         */
        post: operations["addResourceBooking"];
        /**
         * Delete a Resource Booking
         * @description Deletes by `identifierType`: `booking` (the default) → the booking with that id (its i_node); `task` → the
         *     bookings of that task; `project` → the bookings of that project, and with `hasCutOff=true` and a valid
         *     `cutOffDate` only from that date on (a booking running across it ends the day before; inferred). Nothing with
         *     that id → 404 "No such booking exists."; a project whose bookings all end before the cut-off → 400 "No data."
         *     (inferred). 200 with no body (Help page).
         */
        delete: operations["deleteResourceBooking"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resource/booking/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the task (booking) to amend.
                 * @example 321
                 */
                taskId: number;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Amend a Resource Booking
         * @description Amends the booking of a task with the same body and rules as Add (the body's `taskID` is ignored: the path
         *     governs). An unknown task → 400 "Invalid task id supplied.". Time-zone offsets are honoured; `hoursPerDay`
         *     defaults to the user's available hours per day and is capped by available hours × FTE. The method is PUT per
         *     the vendor's Help page (`PUT api/resource/booking/{taskId}`); the article's heading says POST, which is also
         *     accepted (`amendResourceBookingViaPost`).
         */
        put: operations["amendResourceBooking"];
        /**
         * Amend a Resource Booking (POST, as the article's heading writes it)
         * @deprecated
         * @description The same as `PUT` on this path. The article's heading reads `POST /api/resource/booking/{taskId}` while its
         *     sample request and the vendor's Help page use PUT; whether the live API also routes POST is not documented, so
         *     accepting it is an inference (NOTES.md). Prefer PUT.
         */
        post: operations["amendResourceBookingViaPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resource/DailyResourcing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve daily Resourcing
         * @description One row per booking per working day (Monday–Friday): user, project, task, hours and cost resourced. Guest
         *     users' rows only with `includeGuestUsers=true`. `customFields` (a JSON array of `{"label", "guid"}`) adds one
         *     column per label with the user's value (inferred shape). At most 1,048,500 rows. No row → 400 "No data.".
         *     The row keys are the vendor's, verbatim (spaces, `#`, mixed case); decimals are written with two places as
         *     in the sample (`8.00`).
         */
        get: operations["getDailyResourcing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description The vendor's error body.
         * @example {
         *       "error": "No data."
         *     }
         */
        Error: {
            error: string;
        };
        TokenRequest: {
            /**
             * @description `client_credentials`.
             * @example client_credentials
             */
            grant_type: string;
            client_id?: string;
            client_secret?: string;
            /** @description Authorization-code grant only (not issued by the mock). */
            code?: string;
            /** @description Authorization-code grant only (not issued by the mock). */
            redirect_uri?: string;
        };
        Token: {
            access_token: string;
            /** @enum {string} */
            token_type: "bearer";
            /** @description Seconds until the token expires (the vendor does not document the lifetime; inferred). */
            expires_in: number;
        };
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type";
            error_description?: string;
        };
        /** @description A date (YYYY-MM-DD), or a date-time with an optional offset. */
        DateOrDateTime: string;
        /**
         * @description The booked user (Help page `ViewUserDTO`, camelCase). The article's sample writes `UserName`, `FirstName` and
         *     `LastName`; clients should read the keys case-insensitively.
         */
        ViewUser: {
            /** Format: int32 */
            userID: number;
            userName: string;
            firstName: string;
            lastName: string;
            email: string;
            /** @description The user's custom fields (Help page; `type` and `dataType` values inferred). */
            customFields?: {
                values: string[];
                guid: string;
                type?: string;
                dataType?: string;
            }[];
        };
        /** @description A booking as listed (Help page `ResourceSummary`). */
        ResourceSummary: {
            /**
             * Format: int32
             * @description Project ID.
             */
            project: number;
            /** @description Project title. */
            title: string;
            /** @description The task (event) name; empty for a general project booking (Help page). */
            item: string;
            user: components["schemas"]["ViewUser"];
            /** @description Start, UTC (`YYYY-MM-DDTHH:MM:SSZ`). */
            start: string;
            /** @description End, UTC (`YYYY-MM-DDTHH:MM:SSZ`). */
            end: string;
            /** @description Total hours booked (hours per day × working days, rounded; integer per the Help page). */
            hrs: number;
            /** Format: int32 */
            bookingID: number;
            /** Format: int32 */
            taskID: number;
        };
        /**
         * @description A booking to add or amend (Help page `Booking`). Unknown properties are ignored. A body that does not parse, or
         *     a property of the wrong type, is refused with "Unable to parse booking details.".
         */
        Booking: {
            /** @description The user's ID, username or email, as `identifierType` says. */
            user: string | number;
            /** @description The event's i_node, or its name (item), as `eventIdentifierType` says. */
            resourceEvent: string | number;
            /** @description ISO 8601; an offset is honoured (e.g. 2025-09-25T09:00:00.000000+00:00), none means UTC. */
            startTime: string;
            /** @description ISO 8601, as startTime. */
            endTime: string;
            /** @description Hours per day; capped by the user's available hours × FTE, which is also the default. */
            hoursPerDay?: number;
            comment?: string | null;
            /**
             * Format: int32
             * @description Must be 0 (or absent) for a new booking; greater than 0 is refused as a duplicate. Ignored on amend.
             */
            taskID?: number;
            /**
             * @default userid
             * @enum {string}
             */
            identifierType: "userid" | "username" | "email";
            /**
             * @default i_node
             * @enum {string}
             */
            eventIdentifierType: "i_node" | "name";
            /** @description Marks the booking as a timesheet booking. */
            timesheet?: boolean;
        };
        BookingCTO: {
            /** Format: int32 */
            taskID: number;
            /** Format: int32 */
            bookingID: number;
        };
        /** @description One booking on one day. Custom-field columns (one per requested label) are added to the documented keys. */
        DailyResourcingRow: {
            "project id#": number;
            "USER id#": number;
            "FULL NAME": string;
            "resourced role": string;
            "task id#": number;
            "task NAME": string;
            "hours resourced": number;
            "cost resourced": number;
            /** Format: date */
            "date resourced": string;
            /** @description The booking's ID (inferred). */
            resourceitemid: number;
            /** @enum {integer} */
            deleted: 0 | 1;
            /** @description When the booking was last saved (local time, no offset, as in the sample). */
            datetimestamp: string;
        } & {
            [key: string]: string | null;
        };
        DailyResourcing: {
            dataInfo: {
                Tables: components["schemas"]["DailyResourcingRow"][];
            };
        };
    };
    responses: {
        /**
         * @description No credentials, or a bad or expired token or API key. The status and message are inferred (ASP.NET Web API's
         *     "Authorization has been denied for this request."), in the vendor's error shape.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Authorization has been denied for this request."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 1,000 requests in the hour by this client (vendor "API Usage Guidelines"); body and header inferred. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too Many Requests: the limit is 1000 requests per hour per client."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not of a media type the operation reads (inferred). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Content-Type \"text/plain\" is not supported here: send application/json"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is larger than the mock's limit (1 MiB by default), or a form body has more than 1,000 fields (inferred). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "The request body is 2097152 bytes; the limit is 1048576"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The booking was amended. */
        Amended: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "taskID": 123,
                 *       "bookingID": 456
                 *     }
                 */
                "application/json": components["schemas"]["BookingCTO"];
            };
        };
        /** @description The amendment was refused; the message says why. */
        AmendRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Allows booking in the past if set to true (default false, Help page).
         * @example false
         */
        retrospectiveBooking: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds until the hourly window ends (inferred; the vendor documents no rate-limit headers).
         * @example 3600
         */
        "Retry-After": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "client_credentials",
                 *       "client_id": "the_client_id",
                 *       "client_secret": "the_client_secret"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description An access token (no refresh token for this grant). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "the_access_token",
                     *       "token_type": "bearer",
                     *       "expires_in": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description A missing parameter, an unknown client or wrong secret, or an unsupported grant (RFC 6749 §5.2; inferred). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listResourceBookings: {
        parameters: {
            query?: {
                /**
                 * @description Show bookings starting from this date (YYYY-MM-DD; a date-time is accepted too).
                 * @example 2025-09-01
                 */
                startDate?: components["schemas"]["DateOrDateTime"];
                /**
                 * @description Show bookings ending by this date (YYYY-MM-DD; a date-time is accepted too).
                 * @example 2025-09-30
                 */
                endDate?: components["schemas"]["DateOrDateTime"];
                /**
                 * @description Filter by project ID. Use 0 to include all projects.
                 * @example 123
                 */
                project?: number;
                /**
                 * @description Filter by user ID. Use 0 to include all users.
                 * @example 456
                 */
                user?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching bookings (never empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "project": 123,
                     *         "title": "Project Title",
                     *         "item": "Task Name",
                     *         "user": {
                     *           "userID": 456,
                     *           "userName": "jdoe",
                     *           "firstName": "John",
                     *           "lastName": "Doe",
                     *           "email": "jdoe@example.com",
                     *           "customFields": []
                     *         },
                     *         "start": "2025-09-01T00:00:00Z",
                     *         "end": "2025-09-05T00:00:00Z",
                     *         "hrs": 40,
                     *         "bookingID": 789,
                     *         "taskID": 321
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ResourceSummary"][];
                };
            };
            /** @description No booking matches the filters ("No data."), or a parameter is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addResourceBooking: {
        parameters: {
            query?: {
                /**
                 * @description Allows booking in the past if set to true (default false, Help page).
                 * @example false
                 */
                retrospectiveBooking?: components["parameters"]["retrospectiveBooking"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": "jdoe@example.com",
                 *       "resourceEvent": "Project Alpha",
                 *       "startTime": "2031-09-25T09:00:00.000000+00:00",
                 *       "endTime": "2031-09-25T17:00:00.000000+00:00",
                 *       "hoursPerDay": 8,
                 *       "comment": "Booking for project kickoff",
                 *       "taskID": 0,
                 *       "identifierType": "email",
                 *       "eventIdentifierType": "name",
                 *       "timesheet": true
                 *     }
                 */
                "application/json": components["schemas"]["Booking"];
            };
        };
        responses: {
            /** @description The booking was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "taskID": 321,
                     *       "bookingID": 789
                     *     }
                     */
                    "application/json": components["schemas"]["BookingCTO"];
                };
            };
            /** @description The booking was refused; the message says why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteResourceBooking: {
        parameters: {
            query: {
                /**
                 * @description The unique identifier of the booking, project, or task to delete.
                 * @example 789
                 */
                id: number;
                /** @description Type of identifier: "booking", "project", or "task" (default "booking", Help page). */
                identifierType?: "booking" | "project" | "task";
                /** @description Apply a cut-off date (used only for projects). */
                hasCutOff?: boolean;
                /**
                 * @description The cut-off date, YYYY-MM-DD (used only when identifierType=project and hasCutOff=true; an invalid one applies no cut-off).
                 * @example 2025-09-01
                 */
                cutOffDate?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The booking(s) were deleted. No body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing to delete after the project's cut-off date ("No data."), or a malformed parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No booking, task or project with that id has any booking. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "No such booking exists."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    amendResourceBooking: {
        parameters: {
            query?: {
                /**
                 * @description Allows booking in the past if set to true (default false, Help page).
                 * @example false
                 */
                retrospectiveBooking?: components["parameters"]["retrospectiveBooking"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the task (booking) to amend.
                 * @example 321
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": "jdoe",
                 *       "resourceEvent": "Project Alpha",
                 *       "startTime": "2031-09-24T09:00:00.000000+01:00",
                 *       "endTime": "2031-09-24T17:00:00.000000+01:00",
                 *       "identifierType": "username",
                 *       "eventIdentifierType": "name",
                 *       "comment": "Updated booking",
                 *       "hoursPerDay": 8,
                 *       "timesheet": true
                 *     }
                 */
                "application/json": components["schemas"]["Booking"];
            };
        };
        responses: {
            200: components["responses"]["Amended"];
            400: components["responses"]["AmendRefused"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    amendResourceBookingViaPost: {
        parameters: {
            query?: {
                /**
                 * @description Allows booking in the past if set to true (default false, Help page).
                 * @example false
                 */
                retrospectiveBooking?: components["parameters"]["retrospectiveBooking"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the task (booking) to amend.
                 * @example 321
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": "jdoe",
                 *       "resourceEvent": "Project Alpha",
                 *       "startTime": "2031-09-24T09:00:00.000000+01:00",
                 *       "endTime": "2031-09-24T17:00:00.000000+01:00",
                 *       "identifierType": "username",
                 *       "eventIdentifierType": "name",
                 *       "comment": "Updated booking",
                 *       "hoursPerDay": 8,
                 *       "timesheet": true
                 *     }
                 */
                "application/json": components["schemas"]["Booking"];
            };
        };
        responses: {
            200: components["responses"]["Amended"];
            400: components["responses"]["AmendRefused"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDailyResourcing: {
        parameters: {
            query?: {
                /**
                 * @description Include guest users' rows when "true" (typed String by the vendor).
                 * @example true
                 */
                includeGuestUsers?: string;
                /**
                 * @description JSON string: the custom metadata fields to join, e.g. [{"label":"Department","guid":"abc-123"}].
                 * @example [{"label":"Department","guid":"abc-123"},{"label":"Location","guid":"def-456"}]
                 */
                customFields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The daily resourcing rows (streamed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dataInfo": {
                     *         "Tables": [
                     *           {
                     *             "project id#": 101,
                     *             "USER id#": 2001,
                     *             "FULL NAME": "Jane Doe",
                     *             "resourced role": "Developer",
                     *             "task id#": 301,
                     *             "task NAME": "Build API",
                     *             "hours resourced": 8,
                     *             "cost resourced": 640,
                     *             "date resourced": "2025-09-24",
                     *             "resourceitemid": 501,
                     *             "deleted": 0,
                     *             "datetimestamp": "2025-09-24T10:00:00"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DailyResourcing"];
                };
            };
            /** @description No row to return ("No data."), or `customFields` is not a JSON array of label/guid objects. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
