/**
 * Generated from specs/resource-guru/openapi.yaml by openapi-typescript (npm run gen:types).
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
         * Retrieve tokens
         * @description The OAuth2 token endpoint ("must be requested with an HTTP POST request"). Supports the password grant
         *     ("Quick start using user's login credentials"), the authorization-code grant and the refresh-token grant.
         *     The vendor's Python example sends the fields form-encoded and its bash example uses `curl --data`; the password
         *     grant sample is shown as JSON, so both encodings are accepted. The Python example's `requests.post(token_url,
         *     urlencode(parameters))` sends the form with no `Content-Type` header: such a POST is read as a form, as Rack reads one
         *     (inferred: the API names timezones as Rails does, 001 "Timezones", so a Rails/Rack server is assumed).
         *     The client authenticates with `client_id` and `client_secret` in the body (the vendor's samples) or with HTTP Basic,
         *     `Authorization: Basic base64(client_id:client_secret)` (RFC 6749 §2.3.1, which an authorization server must support;
         *     the default of the oauth2 gem the vendor's Ruby samples use, from its version 2). A body that names the client is used
         *     even when an `Authorization` header is also sent, e.g. the user's Basic login the API takes elsewhere (inferred).
         *     Access tokens expire after 7 days (`expires_in: 604800`); refreshing expires the old access token immediately.
         *     Limits: at most 20 tokens per minute and 1,000 per day per user.
         *     The error body (RFC 6749 §5.2 `error` / `error_description`) is inferred: the vendor does not document it.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request authorization
         * @description Start of the authorization-code flow ("must be requested with an HTTP GET request"). After the user approves,
         *     the browser is redirected to `redirect_uri?code=<code>` (plus `state` when one was sent). Any redirect URI must
         *     be HTTPS unless it points at localhost. The mock approves at once as the demo user (it has no login page); an
         *     unknown client or an unacceptable redirect URI gets a 400 (inferred).
         */
        get: operations["authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Returns an array of active accounts and suspended accounts.
         *
         *     Not prefixed with the Account URL ID.
         */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /**
         * Get account
         * @description Returns details for the specific account by its unique identifier.
         */
        get: operations["getAccount"];
        /**
         * Update account
         * @description Returns updated account.
         *
         *     Provenance: Method PUT (by analogy with the other updates) and path (from Get account) are inferred; the vendor reference lost the method and path and no public source confirms them.
         *
         *     With `booking_approvals` on, new bookings on a resource with approvers are `pending` (see Create booking). `apply_to_all_resources` makes the default approvers every resource's approvers; resources created later get them too (inferred). The settings do not appear in the account body (its documented fields have none).
         */
        put: operations["updateAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/bookings/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List booking activities
         * @description Search activities for a specific booking.
         *
         *     Provenance: method and path are third-party only (MindCloud universal-api-reference); the vendor reference lost them.
         */
        get: operations["listBookingActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings
         * @description Returns the bookings of the account (the vendor gives no operation prose). `limit` has no default: all matching bookings are returned unless a limit is given.
         */
        get: operations["listBookings"];
        put?: never;
        /**
         * Create booking
         * @description Creates a booking (the vendor gives no operation prose; the request body is "The information for the new booking."). Answers 201 Created with a Location header (legacy docs).
         *
         *     A booking clashes when on any of its days it needs more of a resource's time than is left: working hours (custom availability replaces them on its dates), less time off, plus overtime, less the time other bookings take (tentative, waiting-list and declined bookings take none). Only a clash brings `clash_resolution` (or the deprecated `allow_waiting` / `allow_overtime`) into play: the waiting list, overtime added, or availability increased. Tentative bookings never clash. A clash without a resolution, or one the resolution cannot take (a day cannot hold more than 24 hours of bookings), is refused with 400 and the clash body; the status and body are inferred (001 documents none for bookings; it is what 001 documents for a downtime with `block_by_clashes`). With the approval workflow on (Update account), a booking on a resource with approvers is created `pending` unless its booker is one of them (inferred).
         */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /**
         * Get booking
         * @description Returns a specific booking by its unique identifier.
         */
        get: operations["getBooking"];
        /**
         * Update booking
         * @description Update a specific booking by its unique identifier.
         *
         *     A change of resources, dates, duration, start time or `tentative` (or a `clash_resolution` sent) checks the booking against the availability again, as Create booking does (the booking's own time is not counted against it): a clash without a resolution is refused with 400 and the clash body (inferred), and a booking on the waiting list that still clashes stays there (inferred).
         */
        put: operations["updateBooking"];
        post?: never;
        /**
         * Delete booking
         * @description Delete a specific booking by its unique identifier.
         *
         *     The JSON body is optional: `date` deletes a single date, `remove_for_all` deletes that date for all resources on the booking.
         *
         *     The example's date is 2030-06-26 where the vendor sample has 2020-12-31: a day of the mock's seeded booking 1 (seeded on 2030-06-25 to 2030-06-26 whatever the clock), so the example request deletes a day of a booking that has it.
         */
        delete: operations["deleteBooking"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/bookings/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split booking
         * @description Split a specific booking on a given date.
         *
         *     Provenance: method and path are third-party only (MindCloud universal-api-reference); the vendor reference lost them. The 200 status is inferred (the sample is an array of bookings).
         *
         *     The example's date is 2030-06-26 where the vendor sample has 2020-12-31: the second day of the mock's seeded booking 1 (seeded on 2030-06-25 to 2030-06-26 whatever the clock), so the example request splits a booking that spans it.
         */
        post: operations["splitBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/clients/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client bookings
         * @description Search bookings for a specific client.
         */
        get: operations["listClientBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/projects/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List project bookings
         * @description Search bookings for a specific project.
         */
        get: operations["listProjectBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resources/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource bookings
         * @description Search bookings for a specific resource.
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
    "/v1/{account}/bookings/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve/Decline a booking
         * @description Approve or decline a booking for the given resources.
         *
         *     Provenance: method and path are third-party only (MindCloud universal-api-reference); the vendor reference lost them. The 204 status is inferred (only an error sample is rendered).
         */
        post: operations["resolveBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/bookings/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind approvers
         * @description Remind approvers that booking is in pending approval
         *
         *     Provenance: method and path are third-party only (MindCloud universal-api-reference); the vendor reference lost them. The 204 status is inferred (only an error sample is rendered).
         */
        post: operations["remindBookingApprovers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/overtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set overtime
         * @description Set the overtime for a resource on a specified date
         *
         *     Provenance: Method POST, path (collection name from the Resource JSON key `overtimes`) and the 204 status (only an error sample is rendered) are inferred; the vendor reference lost the method and path and no public source confirms them.
         */
        post: operations["setOvertime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/custom_available_periods": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /**
         * List custom availability
         * @description Get custom availability for all resources or a subset of resources.
         *
         *     Provenance: Path (from the body/response key `custom_available_periods`) and the item fields are inferred; the vendor reference lost the method and path and no public source confirms them.
         */
        get: operations["listCustomAvailability"];
        put?: never;
        /**
         * Set custom availability
         * @description Set custom availability for a resource
         *
         *     Provenance: Method POST, path and the 200 status are inferred; the vendor reference lost the method and path and no public source confirms them.
         */
        post: operations["setCustomAvailability"];
        /**
         * Reset custom availability
         * @description Resets the custom availability for a resource on the specified date range.
         *
         *     Provenance: Method DELETE (alternative: POST …/custom_available_periods/reset), path and the 204/400 statuses are inferred; the vendor reference lost the method and path and no public source confirms them. The vendor sample `{clashes, allowClashResolution}` is taken as the 400 clash body, as in the legacy availability endpoint.
         */
        delete: operations["resetCustomAvailability"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active clients
         * @description Returns an array of active clients.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create client
         * @description Create a new client
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/clients/archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List archived clients
         * @description Returns an array of archived clients
         */
        get: operations["listArchivedClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get client
         * @description Returns a specific client
         */
        get: operations["getClient"];
        /**
         * Update client
         * @description Update a client
         */
        put: operations["updateClient"];
        post?: never;
        /**
         * Delete client
         * @description Delete a client
         */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active projects
         * @description Returns an array of active projects.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create project
         * @description Create a new project.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/projects/archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List archived projects
         * @description Returns an array of archived projects.
         */
        get: operations["listArchivedProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project
         * @description Returns a specific project.
         */
        get: operations["getProject"];
        /**
         * Update project
         * @description Update a project.
         */
        put: operations["updateProject"];
        post?: never;
        /**
         * Delete project
         * @description Delete a project.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active resources
         * @description Returns an array of active resources
         */
        get: operations["listResources"];
        put?: never;
        /**
         * Create resource
         * @description Create a new resource. The availability will be created with the default availability settings set within the app
         */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resources/archived": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List archived resources
         * @description Returns an array of archived resources
         */
        get: operations["listArchivedResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get resource
         * @description Returns details of a specific resource
         */
        get: operations["getResource"];
        /**
         * Update resource
         * @description Update a resource
         */
        put: operations["updateResource"];
        post?: never;
        /**
         * Delete resource
         * @description Delete a resource. Any future bookings where the resource is the booker will be transferred to the authenticated user. And any future bookings where the resource has been booked as the resource will be deleted.
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resources/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update availability or timezone
         * @description Update availability or timezone
         *
         *     Legacy docs (inventory §6): 201 when the change is applied; 400 with the clash payload when bookings clash and
         *     no clash option (`delete_invalid_bookings` / `allow_waiting`) was chosen.
         */
        post: operations["updateResourceAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resource_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource types
         * @description Returns an array of resource types
         */
        get: operations["listResourceTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/resource_types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get resource type
         * @description Returns a specific resource type
         */
        get: operations["getResourceType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active users
         * @description Returns all active users for this account.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/users/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Returns information about all active and deleted users for the account.
         *
         *     Inferred: the path `/v1/{account}/users/all` is a guess (no public source); the vendor reference needs a second
         *     list endpoint for active + deleted users, and it takes no limit/offset.
         */
        get: operations["listAllUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my user summary
         * @description Returns a summary about the currently authenticated user.
         *
         *     This path has no Account URL ID prefix (001: "GET https://api.resourceguruapp.com/v1/me").
         */
        get: operations["getMyUserSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my user details
         * @description Returns information about the currently authenticated user in the context of an account.
         */
        get: operations["getMyUserDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user
         * @description Returns information about the specified user.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields
         * @description Returns an array of custom fields.
         *
         *     Method and path come from a third-party catalogue only (MindCloud universal-api-reference); the vendor reference lost them.
         */
        get: operations["listCustomFields"];
        put?: never;
        /**
         * Create custom field
         * @description Creates a new custom field.
         *
         *     Method and path come from a third-party catalogue only (MindCloud universal-api-reference); the vendor reference lost them.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom field
         * @description Returns a specific custom field.
         *
         *     Method and path come from a third-party catalogue only (MindCloud universal-api-reference); the vendor reference lost them.
         */
        get: operations["getCustomField"];
        /**
         * Update custom field
         * @description Updates a specific custom field.
         *
         *     Method and path come from a third-party catalogue only (MindCloud universal-api-reference); the vendor reference lost them.
         */
        put: operations["updateCustomField"];
        post?: never;
        /**
         * Delete custom field
         * @description Delete a custom field.
         *
         *     Method and path come from a third-party catalogue only (MindCloud universal-api-reference); the vendor reference lost them. The 204 success code is inferred (only the error body is rendered).
         */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/custom_field_options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom field options
         * @description Returns an array of custom field options.
         *
         *     Method and path are inferred (no public source): top-level `custom_field_options` collection implied by the `custom_field_id` filter and body field; methods by the vendor conventions (GET/POST/PUT/DELETE).
         */
        get: operations["listCustomFieldOptions"];
        put?: never;
        /**
         * Create custom field option
         * @description Creates a new custom field option.
         *
         *     Method and path are inferred (no public source): top-level `custom_field_options` collection implied by the `custom_field_id` filter and body field; methods by the vendor conventions (GET/POST/PUT/DELETE).
         */
        post: operations["createCustomFieldOption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/custom_field_options/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom field option
         * @description Returns a specific custom field option.
         *
         *     Method and path are inferred (no public source): top-level `custom_field_options` collection implied by the `custom_field_id` filter and body field; methods by the vendor conventions (GET/POST/PUT/DELETE).
         */
        get: operations["getCustomFieldOption"];
        /**
         * Update custom field option
         * @description Updates a specific custom field option.
         *
         *     Method and path are inferred (no public source): top-level `custom_field_options` collection implied by the `custom_field_id` filter and body field; methods by the vendor conventions (GET/POST/PUT/DELETE).
         */
        put: operations["updateCustomFieldOption"];
        post?: never;
        /**
         * Delete custom field option
         * @description Delete a custom field option.
         *
         *     Method and path are inferred (no public source): top-level `custom_field_options` collection implied by the `custom_field_id` filter and body field; methods by the vendor conventions (GET/POST/PUT/DELETE). The 204 success code is inferred (only the error body is rendered).
         */
        delete: operations["deleteCustomFieldOption"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/downtimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List downtimes
         * @description Search for downtime events.
         */
        get: operations["listDowntimes"];
        put?: never;
        /**
         * Create downtime
         * @description Create a new downtime event.
         *
         *     Clash options: `clash_resolution` (`add_to_waiting_list` | `delete`) replaces the deprecated `allow_waiting` (default true) and `delete_invalid_bookings` (default false); with `block_by_clashes: true` the request fails with 400 and the clash body. The 201 success code is inferred.
         */
        post: operations["createDowntime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/downtimes/clashes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List downtime clashes
         * @description Gets a list of clashing booking durations for resources in a time range. This can be used to determine whether creating a downtime will result in changes to schedule bookings.
         *
         *     Method and path are inferred (no public source): the operation takes a JSON body, so POST to a `clashes` sub-collection of downtimes is assumed; the item fields are inferred too.
         */
        post: operations["listDowntimeClashes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/downtimes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get downtime
         * @description Get a downtime event by its unique identifier.
         */
        get: operations["getDowntime"];
        /**
         * Update downtime
         * @description Update a downtime event.
         *
         *     Clash options as for Create downtime: `block_by_clashes: true` makes the request fail with 400 and the clash body when bookings clash.
         */
        put: operations["updateDowntime"];
        post?: never;
        /**
         * Delete downtime
         * @description Delete a downtime event.
         */
        delete: operations["deleteDowntime"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/downtimes/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split downtime
         * @description Splits a downtime event (not a valid operation for Holiday/Vacation).
         *
         *     Method and path are inferred (no public source): `POST .../downtimes/{id}/split` by analogy with Split booking (`POST .../bookings/{id}/split`). The 200 success code is inferred.
         *
         *     The example's date is 2030-06-07 where the vendor sample has 2020-12-31: a day after the first of the mock's seeded downtime 1 (Training, seeded on 2030-06-06 to 2030-06-09 whatever the clock), so the example request splits a downtime that can be split.
         */
        post: operations["splitDowntime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/downtime_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List downtime types
         * @description Retrieve the list of downtime event types.
         */
        get: operations["listDowntimeTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Returns a list of webhooks configured for this account
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create webhook
         * @description Create a new webhook
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send test payload
         * @description Sends a test payload to the specified URL and responds with the status code of the request
         *
         *     Method and path are inferred (no public source): `POST .../webhooks/test` (a test without a webhook id). The only rendered sample is `{"errors": [ … ]}`, so every answer carries that object. Inferred: 200 with an empty `errors` when the URL answered 2xx; 422 when it answered another status (named in `errors`); 500 when there were problems connecting to it (timeout, refused connection, not an http(s) URL), as for Test webhook. The test payload is not signed (no webhook, so no secret).
         */
        post: operations["sendWebhookTestPayload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get webhook
         * @description Retrieves a single webhook
         */
        get: operations["getWebhook"];
        /**
         * Update webhook
         * @description Updates a webhook
         */
        put: operations["updateWebhook"];
        post?: never;
        /**
         * Delete webhook
         * @description Deletes a webhook
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test webhook
         * @description Tests a webhook and returns the status, or a 500 if there are problems connecting to the URL
         *
         *     The body is a bare JSON string such as `"status: 200"` (the payload URL's status code); the legacy docs say the response mirrors the status code of the target URL. The test payload is sent once (not retried) with the webhook's headers and signature; its body is not documented (the mock sends `{"id": 0, "timestamp": <now>, "payload": {"action": "test", "type": "test"}}`, inferred).
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks/{id}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get webhook payloads
         * @description Payloads are created for webhooks once any interaction with the application takes place. All payloads are created immediately once an action is performed for webhooks that are subscribed to that action.
         */
        get: operations["listWebhookPayloads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/webhooks/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send webhook payload
         * @description Will attempt to resend a previously sent payload to a webhook
         *
         *     Method and path are inferred (no public source): `POST .../webhooks/{id}/resend` (alternative: `POST .../webhooks/{id}/queue`). The 204 success code is inferred (only the error body is rendered).
         */
        post: operations["resendWebhookPayload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calendars
         * @description Lists all calendar subscriptions linked to your Resource Guru account
         *
         *     Method and path are inferred (no public source): `calendars` collection with `{id}` members, by the vendor conventions (PUT for updates).
         */
        get: operations["listCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/external_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List external events
         * @description Lists external events that have been synchronised from calendar subscriptions
         *
         *     Method and path are inferred (no public source): `GET .../external_events` (alternative `.../calendars/external_events`). The item fields are not documented.
         */
        get: operations["listExternalEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get calendar
         * @description Returns a specific calendar by its unique identifier.
         *
         *     Method and path are inferred (no public source): `calendars` collection with `{id}` members, by the vendor conventions (PUT for updates).
         */
        get: operations["getCalendar"];
        /**
         * Update calendar
         * @description Update a specific calendar by its unique identifier.
         *
         *     Method and path are inferred (no public source): `calendars` collection with `{id}` members, by the vendor conventions (PUT for updates).
         */
        put: operations["updateCalendar"];
        post?: never;
        /**
         * Delete calendar
         * @description Disconnects and deletes a specific calendar by its unique identifier.
         *
         *     Method and path are inferred (no public source): `calendars` collection with `{id}` members, by the vendor conventions (PUT for updates). The 204 success code is inferred (only the error body is rendered).
         */
        delete: operations["deleteCalendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of projects
         * @deprecated
         * @description Gets a report for all projects in the date range.
         */
        get: operations["getProjectsReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a project
         * @deprecated
         * @description Gets a report for the specified project in the date range.
         */
        get: operations["getProjectReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of clients
         * @deprecated
         * @description Gets a report for all clients in the date range.
         */
        get: operations["getClientsReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a client
         * @deprecated
         * @description Gets a report for the specified client in the date range.
         */
        get: operations["getClientReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of resources
         * @deprecated
         * @description Gets a report for all resources in the date range.
         */
        get: operations["getResourcesReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{account}/reports/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a resource
         * @deprecated
         * @description Gets a report for a specific resource in the date range.
         */
        get: operations["getResourceReportV1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of resources
         * @description Gets a report for all resources in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getResourcesReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a resource
         * @description Gets a report for a single resource in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getResourceReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of clients
         * @description Gets a report for all clients in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getClientsReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a client
         * @description Gets a report for a single client in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getClientReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/clients/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of bookings with no clients
         * @description Gets a report on bookings not assigned to a client in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`). The `unassigned` segment is also a guess (v1 used `/reports/clients/0`).
         */
        get: operations["getUnassignedClientsReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of projects
         * @description Gets a report for all projects in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getProjectsReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of a project
         * @description Gets a report for a single project in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`).
         */
        get: operations["getProjectReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{account}/reports/projects/unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get report of bookings with no project
         * @description Gets a report on bookings not assigned to a project in the date range.
         *
         *     Path inferred (low confidence): no public source gives the v2 report paths; the `/v2/` version segment is a guess (it could be `/v1/{account}/reports/v2/...`). The `unassigned` segment is also a guess (v1 used `/reports/projects/0`).
         */
        get: operations["getUnassignedProjectsReportV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    webhookPayload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook payload (sent by Resource Guru)
         * @description What Resource Guru POSTs to a webhook's `payload_url` when a subscribed event happens (001 "Webhooks",
         *     "Payload format"), one payload per change, as soon as the change is made; each payload is also listed in the
         *     webhook's queue (`GET /v1/{account}/webhooks/{id}/queue`) with its delivery status. A payload is tried up to
         *     100 times before it is marked failed (001 4830); the spacing of the attempts is not documented.
         */
        post: operations["receiveWebhookPayload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description The error envelope. The vendor's samples show `{"errors": [ … ]}` with the items collapsed; the items being
         *     human-readable strings is inferred (see NOTES.md).
         */
        Errors: {
            errors: string[];
        };
        /** @example 1 */
        EntityId: number;
        /**
         * Format: date
         * @example 2020-12-31
         */
        IsoDate: string;
        /**
         * Format: date-time
         * @description ISO 8601 date-time, e.g. `2020-12-31T14:29:29.000Z`.
         * @example 2020-12-31T14:29:29.000Z
         */
        DateTime: string;
        /** @example #c0ffee */
        Color: string;
        /** @enum {string} */
        Flag: "0" | "1";
        /** @description Fields of a token request. Which are needed depends on `grant_type`; the token endpoint checks them and answers in the OAuth2 error shape. */
        OAuthTokenRequest: {
            /** @enum {string} */
            grant_type?: "password" | "authorization_code" | "refresh_token";
            username?: string;
            password?: string;
            client_id?: string;
            client_secret?: string;
            code?: string;
            redirect_uri?: string;
            refresh_token?: string;
        };
        OAuthToken: {
            access_token: string;
            refresh_token?: string;
            /** @example bearer */
            token_type: string;
            /** @example 604800 */
            expires_in: number;
            created_at?: number;
        };
        OAuthError: {
            error: string;
            error_description?: string;
        };
        /** @description An account. The vendor reference renders the Get/Update samples as `{}` and the List item as `{ }`; the fields below come from the legacy docs (inventory §9): the list item has id, name, subdomain, rootdomain, url, created_at, updated_at; Get has id, name, subdomain, updated_at, owner. */
        Account: {
            id: components["schemas"]["EntityId"];
            /** @example Example Corp */
            name: string;
            /**
             * @description The Account URL ID used as the `{account}` path prefix.
             * @example example-corp
             */
            subdomain: string;
            /**
             * @description List item only (legacy).
             * @example resourceguruapp.com
             */
            rootdomain?: string;
            /** @description API URL of the account (legacy list item). */
            url?: string;
            created_at?: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"];
            /** @description The account owner (legacy Get account only). */
            owner?: {
                name?: string;
                email?: string;
                /** @description Avatar URL. */
                image?: string | null;
                /** @description The owner's timezone (type not documented: a name string, or the legacy {name, offset} object). */
                timezone?: unknown;
            };
        };
        /** @description Update account with given data. */
        AccountUpdate: {
            /** @description Enable/Disable Approval Workflow */
            booking_approvals: boolean;
            /** @description Array of user ids for the default booking approvers. */
            default_booking_approver_ids: number[];
            /** @description Set default approvers on all resources. */
            apply_to_all_resources: boolean;
        };
        /** @description One entry of a booking's activity log. The vendor sample collapses the item to `{ }`, so every property below is inferred (none required). */
        Activity: {
            id?: components["schemas"]["EntityId"];
            /** @description What happened (inferred), e.g. `create`, `update`. */
            action?: string;
            /** @description Who did it (inferred). */
            user?: {
                id?: number;
                name?: string;
            } | null;
            /** @description Changed attributes (inferred). */
            changes?: Record<string, unknown>;
            created_at?: components["schemas"]["DateTime"];
        };
        /**
         * @description A recurrence rule defines a rule or repeating pattern for recurring events. The vendor renders it as "(Weekly Recurrence (object or null)) or (Monthly Recurrence (object or null)) or (Yearly Recurrence (object or null))" without the inner fields; the keyed shape `{"weekly": {"interval": 1, "weekday": 6, "ends": {"type": "count", "count": 1}}}` comes from a public Pipedream prop (inventory §9). Inner fields are therefore loosely typed.
         * @example {
         *       "weekly": {
         *         "interval": 1,
         *         "weekday": 4,
         *         "ends": {
         *           "type": "count",
         *           "count": 1
         *         }
         *       }
         *     }
         */
        Recurrence: {
            weekly?: {
                interval?: number;
                /** @description Day of week, 0 = Sunday … 6 = Saturday. */
                weekday?: number;
                ends?: {
                    /** @example count */
                    type?: string;
                    count?: number;
                };
            };
            monthly?: {
                interval?: number;
                ends?: {
                    /** @example count */
                    type?: string;
                    count?: number;
                };
            };
            yearly?: {
                interval?: number;
                ends?: {
                    /** @example count */
                    type?: string;
                    count?: number;
                };
            };
        } | null;
        /** @description A booking (response of Create/Get/Update booking; items of the List operations and of Split booking). */
        Booking: {
            id: components["schemas"]["EntityId"];
            /** @description The booked resource. */
            resource_id: number;
            /** @description All booked resources (multi-resource bookings). */
            resource_ids: number[];
            /** @description The user who made the booking. Inner fields from the legacy docs: {id, color, email, name}. */
            booker: {
                id: number;
                name?: string;
                email?: string;
                color?: string | null;
            };
            start_date: components["schemas"]["IsoDate"];
            end_date: components["schemas"]["IsoDate"];
            /** @description The length of each booking in minutes. */
            duration: number;
            /** @description A time represented by the number of minutes elapsed since midnight. */
            start_time: number | null;
            /** @description One entry per booked day. Item fields from the legacy docs. */
            durations: {
                /** Format: date */
                date: string;
                /** @description Minutes. */
                duration: number;
                /** @deprecated */
                start_time?: number | null;
                /** @deprecated */
                end_time?: number | null;
                /** @description Whether this day is on the waiting list. */
                waiting?: boolean;
            }[];
            /** @description Extra details for the booking. */
            details: string;
            /** @description Deprecated in favour of `details` (legacy). */
            notes: string | null;
            billable: boolean;
            /** @description Unique identifier of the Project this Booking is for. */
            project_id: number | null;
            /** @description Unique identifier of the Client this Booking is for. */
            client_id: number | null;
            /** @description Booking has changed recently (legacy). */
            refreshable: boolean;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description User id of the last editor. */
            last_updated_by: number | null;
            rrule: components["schemas"]["Recurrence"];
            /** @description The recurring group this booking belongs to (null for one-off bookings is inferred). */
            group_id: number | null;
            sequence_no: number;
            /** @description Booking timezone, or null for each resource's own timezone. */
            timezone: string | null;
            /** @description Tentative bookings do not take up availability. */
            tentative: boolean;
            /** @description Approval state (contents not rendered by the vendor; `state` is inferred from the `approval_states` filter enum pending|approved|declined). */
            approval_state: {
                /** @example approved */
                state?: string;
            };
            /** @description Approval state aggregated over all booked resources (contents not rendered; `state` inferred). */
            aggregated_approval_state: {
                /** @example approved */
                state?: string;
            };
        };
        /** @description The information for the new booking. Supply either `resource_id` or `resource_ids`. */
        BookingCreate: {
            /** @description The unique identifier of the booked resource. Must supply either this or resource_ids */
            resource_id?: number;
            /** @description The unique identifier of all booked resources. Must supply either this or resource_id */
            resource_ids?: number[];
            /** @description First date of the booking. */
            start_date: components["schemas"]["IsoDate"];
            /** @description Last date of the booking. */
            end_date: components["schemas"]["IsoDate"];
            /** @description The length of each booking in minutes */
            duration: number;
            /** @description A time represented by the number of minutes elapsed since midnight */
            start_time?: number | null;
            /**
             * @description Extra details for the booking.
             * @default
             */
            details: string;
            /** @description The unique identifier of the user that this event is booked by, defaults to the authenticated User. */
            booker_id?: number;
            /**
             * @description Indicates whether this booking is billable or non-billable. If null, it defaults to the assigned project's billable setting, or false if no project is assigned.
             * @default false
             */
            billable: boolean;
            /**
             * @description Unique identifier of the Project this Booking is for. (Can be null)
             * @default null
             */
            project_id: number | null;
            /**
             * @description Unique identifier of the Client this Booking is for. (Can be null)
             * @default null
             */
            client_id: number | null;
            /**
             * @deprecated
             * @description If set to true, this booking will be added to the waiting list if there is insufficient availability. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            allow_waiting: boolean;
            /**
             * @deprecated
             * @description If set to true, this booking will add additional overtime to the resource if there is insufficient availability. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            allow_overtime: boolean;
            /** @description A recurrence rule defines a rule or repeating pattern for recurring events */
            rrule?: components["schemas"]["Recurrence"];
            /**
             * @description Specified timezone for the booking, or null/empty string for the local resource's timezones. Values are Rails ActiveSupport time-zone names (e.g. `UTC`, `London`, `Pacific Time (US & Canada)`), not IANA ids.
             * @default null
             * @example null
             */
            timezone: string | null;
            /** @description When true this is a tentative booking. Tentative bookings do not take up availability. */
            tentative?: boolean;
            /**
             * @description How to resolve the booking clash if present. The option add_to_waiting_list moves the clashing booking to the waiting list. The option book_with_overtime adds additional overtime to the resource and increases availability to accommodate the booking. The option increase_availability only increases availability and does not add overtime to the resource.
             * @enum {string}
             */
            clash_resolution?: "add_to_waiting_list" | "book_with_overtime" | "increase_availability";
        } | unknown | unknown;
        /** @description The information to update in the existing booking. */
        BookingUpdate: {
            /** @description The unique identifier of the booked resource. */
            resource_id?: number;
            /** @description All booked resources. */
            resource_ids?: number[];
            /** @description First date of the booking. */
            start_date?: components["schemas"]["IsoDate"];
            /** @description Last date of the booking. */
            end_date?: components["schemas"]["IsoDate"];
            /** @description The length of each booking in minutes */
            duration?: number;
            /** @description A time represented by the number of minutes elapsed since midnight */
            start_time?: number | null;
            /** @description Extra details for the booking. */
            details?: string;
            /** @description The unique identifier of the user who booked the resource. */
            booker_id?: number;
            /** @description If true, then the booking is billable. */
            billable?: boolean;
            /** @description Unique identifier of the Project this Booking is for. (Can be null) */
            project_id?: number | null;
            /** @description Unique identifier of the Client this Booking is for. (Can be null) */
            client_id?: number | null;
            /**
             * @deprecated
             * @description If set to true, this booking will be added to the waiting list if there is insufficient availability. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            allow_waiting: boolean;
            /**
             * @deprecated
             * @description If set to true, this booking will add additional overtime to the resource if there is insufficient availability. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            allow_overtime: boolean;
            /** @description A recurrence rule defines a rule or repeating pattern for recurring events */
            rrule?: components["schemas"]["Recurrence"];
            /**
             * @description Specified timezone for the booking, or null/empty string for the local resource's timezones. Values are Rails ActiveSupport time-zone names (e.g. `UTC`, `London`, `Pacific Time (US & Canada)`), not IANA ids.
             * @default null
             * @example null
             */
            timezone: string | null;
            /** @description When true this is a tentative booking. Tentative bookings do not take up availability. */
            tentative?: boolean;
            /**
             * @description How to resolve the booking clash if present. The option add_to_waiting_list moves the clashing booking to the waiting list. The option book_with_overtime adds additional overtime to the resource and increases availability to accommodate the booking. The option increase_availability only increases availability and does not add overtime to the resource.
             * @enum {string}
             */
            clash_resolution?: "add_to_waiting_list" | "book_with_overtime" | "increase_availability";
        };
        /** @description Optional body (the vendor text reads "The information to update in the existing booking", copied from Update). */
        BookingDelete: {
            /** @description The date to delete */
            date?: components["schemas"]["IsoDate"];
            /** @description Delete the date for all resources on the booking */
            remove_for_all?: boolean;
        };
        /** @description The information for splitting a booking */
        BookingSplit: {
            /** @description The date to split the booking on. The second half of the split will begin on this date. */
            date: components["schemas"]["IsoDate"];
        };
        /** @description The resolution information to update for given resources */
        BookingResolve: {
            /**
             * @description Chosen resolution.
             * @enum {string}
             */
            resolution: "approved" | "declined";
            /** @description Entity ids for which to apply given resolution. */
            resource_ids: number[];
            /** @description Decline reason. */
            reason?: string | null;
        };
        /** @description Resources ids for which to remind their approvers. The vendor renders an unnamed `object` ("Remind approvers that booking is in pending status.") with the sample `{}`; the `resource_ids` property is inferred from that wording. */
        BookingRemind: {
            /** @description Inferred: resources whose approvers to remind. */
            resource_ids?: number[];
        };
        /**
         * @description Clash body: the clashing booking durations plus whether the clash may be resolved. Items are collapsed in the vendor samples; their fields are inferred from "a list of clashing booking durations" (List downtime clashes) and the booking `durations` items.
         * @example {
         *       "clashes": [
         *         {
         *           "booking_id": 1,
         *           "resource_id": 1,
         *           "date": "2020-12-31",
         *           "start_time": 540,
         *           "end_time": 600,
         *           "duration": 60,
         *           "waiting": false
         *         }
         *       ],
         *       "allowClashResolution": true
         *     }
         */
        Clashes: {
            clashes: {
                booking_id?: number;
                resource_id?: number;
                /** Format: date */
                date?: string;
                start_time?: number | null;
                end_time?: number | null;
                duration?: number;
                waiting?: boolean;
            }[];
            allowClashResolution: boolean;
        };
        /** @description The information for the overtime */
        OvertimeCreate: {
            /** @description The unique identifier of the resource this overtime record is for */
            resource_id: number;
            /** @description The date that this overtime is recorded for */
            date: components["schemas"]["IsoDate"];
            /** @description The duration of overtime */
            duration: number;
        };
        /** @description A custom availability period (an exception to a resource's normal availability). The vendor collapses the item to `{ }`; all properties are inferred (resource_instance_id and dates from the Reset body, times in minutes since midnight as everywhere else), none required. */
        CustomAvailablePeriod: {
            id?: components["schemas"]["EntityId"];
            /** @description The resource this custom availability period is for. */
            resource_instance_id?: number;
            /** Format: date */
            date?: string;
            /** @description Minutes since midnight. */
            start_time?: number;
            /** @description Minutes since midnight. */
            end_time?: number;
        };
        /** @description An object containing the information needed to create the custom availability. */
        CustomAvailablePeriodSet: {
            /** @description The custom availability to set. The name was lost in the render (taken from the request sample) and the inner fields are not rendered; resource_instance_id, dates and available_periods are inferred from the Reset body and from Update availability. */
            custom_available_periods: {
                resource_instance_id?: number;
                dates?: string[];
                available_periods?: {
                    /** @description Minutes since midnight. */
                    start_time?: number;
                    /** @description Minutes since midnight. */
                    end_time?: number;
                }[];
            };
            /**
             * @description Whether we should move any bookings that no longer fit the resource due to the change to availability to the waiting list
             * @default false
             */
            allow_waiting: boolean;
            /**
             * @description Whether we should delete any bookings that no longer fit the resource due to the change to availability
             * @default false
             */
            delete_invalid_bookings: boolean;
        };
        /** @description Result of Set custom availability. Note `errors` is an object here, not the usual string array. */
        CustomAvailablePeriodSetResult: {
            /** @description Per-item errors (empty on success; inner shape not rendered). */
            errors: Record<string, unknown>;
            custom_available_periods: components["schemas"]["CustomAvailablePeriod"][];
        };
        /** @description The resource and date range that we want to reset to normal availability, along with the update strategy to use for any bookings that are no longer valid due to the change of availability. */
        CustomAvailablePeriodReset: {
            /** @description The unique identifier of the resource this custom availability period is for */
            resource_instance_id: number;
            /** @description The dates that we want to remove custom availability for */
            dates: string[];
            /**
             * @description Whether we should move any bookings that no longer fit the resource due to the change to availability to the waiting list
             * @default false
             */
            allow_waiting: boolean;
            /**
             * @description Whether we should delete any bookings that no longer fit the resource due to the change to availability
             * @default false
             */
            delete_invalid_bookings: boolean;
        };
        /**
         * @description A client (001 response sample of Create/Get/Update client). `url` comes from the legacy list items
         *     (inventory §9). `deleted_at` is a date (not a timestamp) and null while the client is not deleted.
         */
        Client: {
            id: components["schemas"]["EntityId"];
            archived: boolean;
            /**
             * @description A color encoded in a hex triplet; responses include the `#`.
             * @example #c0ffee
             */
            color: string | null;
            name: string;
            notes: string | null;
            creator_id: components["schemas"]["EntityId"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            last_updated_by: components["schemas"]["EntityId"];
            deleted: boolean;
            /**
             * Format: date
             * @example 2020-12-31
             */
            deleted_at: string | null;
            /** @description URL of the client (legacy list items). */
            url?: string;
        };
        /** @description The information for the new client */
        ClientCreate: {
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The client name. */
            name: string;
            /** @description Notes on the client. */
            notes?: string | null;
            /**
             * @description If true, marks the client as archived.
             * @default false
             */
            archived: boolean;
        };
        /** @description The information to update in the existing client */
        ClientUpdate: {
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The client name. */
            name?: string;
            /** @description Notes on the client. */
            notes?: string | null;
            /** @description Omit to make no change. If true, marks the client as archived. If false, marks the client as unarchived. */
            archived?: boolean;
        };
        /**
         * @description A project. 001 leaves every project response sample empty; fields come from the legacy project objects
         *     (inventory §9). List items carry `creator_id`, `url`, `account_id` and `client_id`; Get carries nested
         *     `account` and `client` (client left out when there is none) - 001 notes `client_id` is "Returned by create but
         *     not by get". `archived`, `created_at`, `last_updated_by`, `deleted` and `deleted_at` are inferred by analogy with
         *     Client.
         */
        Project: {
            id: components["schemas"]["EntityId"];
            archived?: boolean;
            creator_id?: components["schemas"]["EntityId"];
            /** @example #c0ffee */
            color: string | null;
            name: string;
            project_code: string | null;
            notes: string | null;
            default_billable: boolean;
            created_at?: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            last_updated_by?: components["schemas"]["EntityId"];
            deleted?: boolean;
            /** Format: date */
            deleted_at?: string | null;
            url?: string;
            account_id?: components["schemas"]["EntityId"];
            /** @description Returned by create (and in list items) but not by get. */
            client_id?: number | null;
            account?: {
                id: components["schemas"]["EntityId"];
                name: string;
                url?: string;
            };
            /** @description Left out when the project has no client. */
            client?: {
                id: components["schemas"]["EntityId"];
                name: string;
                url?: string;
            };
        };
        /** @description The information for the new project. */
        ProjectCreate: {
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The project name. */
            name: string;
            /** @description The project code. */
            project_code?: string;
            /** @description The unique identifier of the client. */
            client_id?: number | null;
            /** @description Notes on the project. */
            notes?: string;
            /** @description If true then bookings for this project will default to billable. Otherwise bookings will default to non-billable. */
            default_billable?: boolean;
            /**
             * @description If true, marks the project as archived.
             * @default false
             */
            archived: boolean;
        };
        /** @description The information to update in the existing project */
        ProjectUpdate: {
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The project name. */
            name?: string;
            /** @description The project code. */
            project_code?: string;
            /** @description The unique identifier of the client. */
            client_id?: number | null;
            /** @description Notes on the project. */
            notes?: string;
            /** @description If true then bookings for this project will default to billable. Otherwise bookings will default to non-billable. */
            default_billable?: boolean;
            /** @description Omit to make no change. If true, marks the project as archived. If false, marks the project as unarchived. */
            archived?: boolean;
        };
        /**
         * @description A resource. 001 leaves every resource response sample empty. Fields come from 004 (list item: id, color, name,
         *     updated_at, url, resource_type, timezone; Get: plus archived, bookable, available_periods, email, image,
         *     job_title, notes, account, selected_custom_field_options) and the legacy docs (phone). Fields marked
         *     "third-party" come from the public Go client listed in inventory §9 (probably the `detail=1` extras).
         *     `timezone` in responses is an object `{name, offset}` (004), although requests send a plain string.
         */
        Resource: {
            id: components["schemas"]["EntityId"];
            /** @description If true, then this Resource is archived. */
            archived?: boolean;
            /** @description If true, then this Resource is bookable. */
            bookable?: boolean;
            /** @description Third-party (Go client) - whether the resource is a person. */
            human?: boolean;
            /** @description Weekly availability periods. */
            available_periods?: {
                /** @description Day of week, 0 = Sunday .. 6 = Saturday. */
                week_day: number;
                /** @description Minutes since midnight. */
                start_time: number;
                /** @description Minutes since midnight. */
                end_time: number;
                valid_from?: components["schemas"]["IsoDate"];
                /** Format: date */
                valid_until?: string | null;
            }[];
            /** @description Third-party (Go client); included when show_availability=1. Item shape not documented. */
            custom_available_periods?: Record<string, unknown>[];
            /**
             * @description Color used to highlight this Resource.
             * @example #CCFF00
             */
            color: string | null;
            /** @description Email address for this Resource. Only applicable to Resources linked to User Accounts. */
            email?: string | null;
            /** @description The phone number of this resource (human resources only). */
            phone?: string | null;
            /** @description Image of this Resource (URL). */
            image?: string | null;
            /** @description Job title on this Resource. Only applicable to Resources linked to User Accounts. */
            job_title?: string | null;
            /** @description Name of this Resource. */
            name: string;
            /** @description Notes about this Resource. */
            notes?: string | null;
            created_at?: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description Third-party (Go client) - id of the user who last updated the resource. */
            last_updated_by?: number | null;
            /** @description URL to view a Resource. */
            url?: string;
            account?: {
                id?: components["schemas"]["EntityId"];
                name?: string;
                url?: string;
            };
            /** @description Resource Type information. */
            resource_type: {
                id: components["schemas"]["EntityId"];
                name: string;
                /** @description URL shortcut to view this Resource Type. */
                url?: string;
            };
            /** @description Only the custom field options that have a value. */
            selected_custom_field_options?: {
                id: components["schemas"]["EntityId"];
                value: string;
            }[];
            /** @description Timezone this Resource uses. */
            timezone: {
                /** @description Name of this Timezone (Rails ActiveSupport name, e.g. London). */
                name: string;
                /** @description Offset in minutes from UTC (004). Inferred: the zone's real offset, summer time included, at the time the resource got its timezone (a name from 001's list, whose "(GMT±hh:mm)" labels are standard offsets and partly out of date). */
                offset?: number;
            };
            /** @description Third-party (Go client). The ids of the clients of the bookings on this resource (inferred from the name). */
            booked_client_ids?: number[];
            /** @description Third-party (Go client). The ids of the projects of the bookings on this resource (inferred from the name). */
            booked_project_ids?: number[];
            /** @description Third-party (Go client). */
            vacation_allowance?: number | null;
            /** @description Third-party (Go client). Item shape not documented. */
            overtimes?: Record<string, unknown>[];
            /** @description Third-party (Go client), e.g. `{phone}`. */
            custom_attributes?: Record<string, unknown>;
        };
        /**
         * @description The information for the new resource.
         *
         *     001 marks `resource_type_id` required; the legacy Resources page (004, "Create a Resource") creates a resource from
         *     `{"name": "Resource Name"}` alone. Both are accepted: without `resource_type_id` the resource is of the account's
         *     human resource type (inferred, after 001's own default for custom fields' `resource_type_ids`, "If not set, this
         *     will default to the human resource type"; see NOTES.md).
         */
        ResourceCreate: {
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The name of this resource. For humans, use first and last name instead. Required for other types of resources */
            name?: string;
            /** @description A timezone (based off of Ruby on Rails's ActiveSupport::TimeZone key mappings). See Timezones for a list of valid timezones. (Inferred - a name not in that list is refused with 422.) */
            timezone?: string;
            /** @description Job title of this Resource. Only applicable to Resources linked to User Accounts. */
            job_title?: string | null;
            /** @description The phone number of this resource (human resources only). */
            phone?: string | null;
            /** @description Indicates whether this resource is bookable. */
            bookable?: boolean;
            /** @description Notes on the resource. */
            notes?: string;
            /** @description The first name of a human resource */
            first_name?: string;
            /** @description The last name of a human resource */
            last_name?: string;
            /** @description The capacity of a 'Meeting room' resource. */
            capacity?: string | null;
            /** @description The registration number of a 'Vehicle' resource. */
            registration_number?: string | null;
            /** @description The custom fields selected for the resource */
            custom_field_option_ids?: number[];
            /**
             * @description If true and if the resource email is valid, send an invitation email to this resource
             * @enum {string|null}
             */
            invite?: "true" | "false" | null;
            email?: string;
            /** @description The unique identifier of the resource type. Marked required in 001; optional here because 004's legacy example omits it (inferred - when omitted, the account's human resource type). */
            resource_type_id?: number;
            /** @description List of user ids that can approve this resource bookings. */
            booking_approver_ids?: number[];
        };
        /** @description The information to update in the existing resource */
        ResourceUpdate: {
            /** @description If true, then this resource is archived. */
            archived?: boolean;
            /** @description A color encoded in a hex triplet (6 hexadecimal numbers) */
            color?: string | null;
            /** @description The name of this resource. For humans, use first and last name instead. Required for other types of resources */
            name?: string;
            /** @description A timezone (based off of Ruby on Rails's ActiveSupport::TimeZone key mappings). See Timezones for a list of valid timezones. (Inferred - a name not in that list is refused with 422.) */
            timezone?: string;
            /** @description Job title of this Resource. Only applicable to Resources linked to User Accounts. */
            job_title?: string | null;
            /** @description The phone number of this resource (human resources only). */
            phone?: string | null;
            /** @description Indicates whether this resource is bookable. */
            bookable?: boolean;
            /** @description Notes on the resource. */
            notes?: string;
            /** @description The first name of a human resource */
            first_name?: string;
            /** @description The last name of a human resource */
            last_name?: string;
            /** @description The capacity of a 'Meeting room' resource. */
            capacity?: string | null;
            /** @description The registration number of a 'Vehicle' resource. */
            registration_number?: string | null;
            /** @description The custom fields selected for the resource */
            custom_field_option_ids?: number[];
            /** @description List of user ids that can approve this resource bookings. */
            booking_approver_ids?: number[];
            /** @description ID of an active user that will be used for replacement. Mandatory if one of the affected entities is the sole approver of at least one resource */
            replacement_approver_user_id?: number;
        };
        /** @description Optional request body of Delete resource. */
        ResourceDelete: {
            /** @description ID of an active user that will be used for replacement. Mandatory if one of the affected entities is the sole approver of at least one resource */
            replacement_approver_user_id?: number;
        };
        /**
         * @description The new availability information. The vendor's field descriptions were copied from Downtimes ("the start date for
         *     the downtime event", "clash with the downtime"); the legacy docs say to choose only one of
         *     `delete_invalid_bookings` / `allow_waiting`.
         */
        ResourceAvailabilityUpdate: {
            /**
             * Format: date
             * @description The start date for the downtime event. (In context, the date from which the new availability applies.)
             */
            date: string;
            /**
             * @description A timezone (based off of Ruby on Rails's ActiveSupport::TimeZone key mappings). See Timezones for a list of valid timezones.
             * @default null
             */
            timezone: string | null;
            /**
             * @description If true, any bookings that clash with the downtime will be deleted.
             * @default false
             */
            delete_invalid_bookings: boolean;
            /**
             * @deprecated
             * @description If true, move any conflicting bookings to the waiting list. This is the default behaviour unless overridden by block_by_clashes or delete_invalid_bookings.
             * @default true
             */
            allow_waiting: boolean;
            /** @description Represents the periods at which the resource is available */
            available_periods?: {
                /** @description Day of week, 0 = Sunday .. 6 = Saturday. */
                week_day: number;
                /** @description Minutes since midnight. */
                start_time: number;
                /** @description Minutes since midnight. */
                end_time: number;
            }[];
        };
        /**
         * @description A resource type (001 Get resource type sample). Inner shapes of `custom_attributes` and `custom_fields` are
         *     collapsed in 001 and taken from the legacy docs (inventory §9).
         */
        ResourceType: {
            id: components["schemas"]["EntityId"];
            human: boolean;
            name: string;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description Extra attributes of this type, e.g. `phone` (Person), `capacity` (Meeting Room), `registration_number` (Vehicle). */
            custom_attributes: string[];
            custom_fields: {
                id: components["schemas"]["EntityId"];
                name?: string;
                required?: boolean;
                custom_field_options?: {
                    id: components["schemas"]["EntityId"];
                    value: string;
                }[];
            }[];
        };
        /**
         * @description The authenticated user (Get my user summary, `GET /v1/me`). 001's sample is empty (`{}`); fields from the
         *     legacy `me` object (inventory §9). Only id, names and email are required; nullability of the other fields is inferred.
         */
        UserSummary: {
            id: components["schemas"]["EntityId"];
            first_name: string;
            last_name: string;
            email: string;
            /** @description Avatar image URL. */
            image?: string | null;
            /** @description Rails ActiveSupport timezone name (type inferred). */
            timezone?: string | null;
            /** Format: date-time */
            last_login_at?: string | null;
            /** Format: date-time */
            last_logout_at?: string | null;
            /** Format: date-time */
            last_activity_at?: string | null;
            /** @description e.g. `active` (values not documented). */
            activation_state?: string;
            created_at?: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"];
            /** Format: date-time */
            last_product_update_read_at?: string | null;
        };
        /**
         * @description A user in the context of an account (List active users, List users, Get my user details, Get user). 001's
         *     samples are empty; fields from the legacy user object (inventory §9): the `me` fields plus color, permissions,
         *     the *_rights fields and owner. `owner` is documented as boolean but the legacy sample shows the string "true",
         *     so both are accepted.
         */
        User: {
            id: components["schemas"]["EntityId"];
            first_name: string;
            last_name: string;
            email: string;
            /** @description Avatar image URL. */
            image?: string | null;
            /** @description Rails ActiveSupport timezone name (type inferred). */
            timezone?: string | null;
            color?: string | null;
            /**
             * @description Permission level; legacy samples `administrator`, `basic_user` (the prose names Basic User, Manager, Administrator, Custom).
             * @example administrator
             */
            permissions?: string;
            /**
             * @description Legacy samples `manage_all`, `view`.
             * @example manage_all
             */
            booking_rights?: string;
            /** @example manage_all */
            client_rights?: string;
            /** @example manage_all */
            project_rights?: string;
            /** @example manage_all */
            resource_rights?: string;
            /** @example view */
            report_rights?: string;
            /**
             * @description Whether the user owns the account (boolean; the legacy sample sends the string "true").
             * @enum {boolean|string}
             */
            owner?: true | false | "true" | "false";
            /** @description e.g. `active` (values not documented). */
            activation_state?: string;
            /** Format: date-time */
            last_login_at?: string | null;
            /** Format: date-time */
            last_logout_at?: string | null;
            /** Format: date-time */
            last_activity_at?: string | null;
            created_at?: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"];
            /** Format: date-time */
            last_product_update_read_at?: string | null;
        };
        /** @description A custom field that can be applied to resources and/or bookings. */
        CustomField: {
            id: components["schemas"]["EntityId"];
            /** @description The label shown in the UI. This must be unique. */
            label: string;
            /** @description If true, then this custom field is required during creation. (This is a field NAMED `required`, not a required-marker.) */
            required: boolean;
            /**
             * @description The type of the custom field.
             * @enum {string}
             */
            type: "single_select" | "multi_select" | "text";
            /** @description The type of entities which the custom field can be applied to. */
            entity_types: ("resource" | "booking")[];
            /** @description The resource types associated with the custom field. */
            resource_type_ids: components["schemas"]["EntityId"][];
            default: boolean;
            /**
             * @description The name of the icon to display next to the custom field.
             * @enum {string}
             */
            icon: "percent" | "clipboard" | "id";
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        CustomFieldCreate: {
            /** @description The label shown in the UI. This must be unique. */
            label: string;
            /** @description If true, then this custom field is required during creation. (This is a field NAMED `required`, not a required-marker.) */
            required?: boolean;
            /**
             * @description The type of the custom field. Text fields can not be created when this field applies to resources.
             * @default multi_select
             * @enum {string}
             */
            type: "single_select" | "multi_select" | "text";
            /** @description The type of entities which the custom field can be applied to. */
            entity_types?: ("resource" | "booking")[];
            /** @description An array of resource types associated with the custom field if applicable to resources. Set this to an empty array to remove the custom field from all resource types. If not set, this will default to the human resource type. */
            resource_type_ids?: components["schemas"]["EntityId"][];
            /**
             * @description The name of the icon to display next to the custom field.
             * @enum {string}
             */
            icon?: "percent" | "clipboard" | "id";
            /** @description A list of custom field options. This can be provided when the custom field type is single_select or multi_select. */
            custom_field_options?: string[];
        };
        /** @description The type and the options of a custom field are not part of the update body (options have their own operations). */
        CustomFieldUpdate: {
            /** @description The label shown in the UI. This must be unique. */
            label?: string;
            /** @description If true, then this custom field is required during creation. (This is a field NAMED `required`, not a required-marker.) */
            required?: boolean;
            /** @description The type of entities which the custom field can be applied to. */
            entity_types?: ("resource" | "booking")[];
            /** @description An array of resource types associated with the custom field if applicable to resources. Set this to an empty array to remove the custom field from all resource types. */
            resource_type_ids?: components["schemas"]["EntityId"][];
            /**
             * @description The name of the icon to display next to the custom field.
             * @enum {string}
             */
            icon?: "percent" | "clipboard" | "id";
        };
        /** @description One selectable option of a single_select or multi_select custom field. */
        CustomFieldOption: {
            id: components["schemas"]["EntityId"];
            /** @description The unique identifier of the custom field that this option is for. */
            custom_field_id: components["schemas"]["EntityId"];
            /** @description The value for this option. */
            value: string;
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
        };
        CustomFieldOptionCreate: {
            /** @description The unique identifier of the custom field that this option is for. */
            custom_field_id: number;
            /** @description The value for this option. */
            value: string;
        };
        CustomFieldOptionUpdate: {
            /** @description The value for this option. */
            value?: string;
        };
        /** @description A downtime (Time Off) event. */
        Downtime: {
            id: components["schemas"]["EntityId"];
            /** @description Extra details about this downtime event. */
            details: string | null;
            /** @description The start date for the downtime event. */
            from: components["schemas"]["IsoDate"];
            /** @description End date for the downtime event. */
            to: components["schemas"]["IsoDate"];
            /** @description The start time of the downtime event in minutes since midnight. */
            start_time: number;
            /** @description The end time of the downtime event in minutes since midnight. */
            end_time: number;
            /** @description The timezone of the downtime event, or null for the assigned resources' local timezone. */
            timezone: string | null;
            /** @description The unique identifier of the downtime type of this downtime event. */
            downtime_type_id: number | null;
            /** @description The user that this downtime event is booked by. */
            booker_id: components["schemas"]["EntityId"];
            /**
             * @deprecated
             * @description Deprecated: same as booker_id.
             */
            creator_id: components["schemas"]["EntityId"];
            /** @description The resources this downtime event is booked for. */
            resource_ids: components["schemas"]["EntityId"][];
            account_id: components["schemas"]["EntityId"];
            created_at: components["schemas"]["DateTime"];
            updated_at: components["schemas"]["DateTime"];
            /** @description The user who last updated the downtime event. */
            last_updated_by: number;
            leave: string | null;
            /** @description The state of the downtime event (legacy example `Approved`). */
            state: string;
            deleted: boolean;
        };
        DowntimeCreate: {
            /**
             * @deprecated
             * @description If true, any bookings that clash with the downtime will be deleted. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            delete_invalid_bookings: boolean;
            /**
             * @description If true, the operation will fail and the server will respond 400 if any bookings clash with the downtime. If false, clashing bookings will move to the waiting list. Set delete_invalid_bookings: true to delete clashes.
             * @default false
             */
            block_by_clashes: boolean;
            /** @description The start date for the downtime event. */
            from: components["schemas"]["IsoDate"];
            /** @description End date for the downtime event. */
            to: components["schemas"]["IsoDate"];
            /** @description The start time of the downtime event represented by the number of minutes since midnight. */
            start_time: number;
            /** @description The end time of the downtime event represented by the number of minutes since midnight. */
            end_time: number;
            /** @description Specified timezone for the downtime event, or null for the assigned resources' local timezone. A Rails ActiveSupport time-zone name such as `UTC` or `London`. */
            timezone?: string | null;
            /** @description The unique identifier of the downtime type of this downtime event. */
            downtime_type_id?: number | null;
            /**
             * @description Extra details about this downtime event.
             * @default null
             */
            details: string | null;
            /** @description The unique identifier of the user that this downtime event is booked by, defaults to the authenticated User. */
            booker_id?: number;
            /**
             * @deprecated
             * @description Deprecated: use booker_id. The unique identifier of the user that this downtime event is booked by, defaults to the authenticated User.
             */
            creator_id?: number;
            /** @description Unique identifiers of the resources this downtime event is booked for. */
            resource_ids: components["schemas"]["EntityId"][];
            /**
             * @deprecated
             * @description If true, move any conflicting bookings to the waiting list. This is the default behaviour unless overridden by block_by_clashes or delete_invalid_bookings. This will be removed in future versions. Use the clash_resolution field instead.
             * @default true
             */
            allow_waiting: boolean;
            /**
             * @description How to resolve the booking clash if present. The option add_to_waiting_list moves the clashing booking to the waiting list. The option delete deletes the clashing bookings.
             * @enum {string}
             */
            clash_resolution?: "add_to_waiting_list" | "delete";
        };
        DowntimeUpdate: {
            /**
             * @deprecated
             * @description If true, any bookings that clash with the downtime will be deleted. This will be removed in future versions. Use the clash_resolution field instead.
             * @default false
             */
            delete_invalid_bookings: boolean;
            /**
             * @description If true, the operation will fail and the server will respond 400 if any bookings clash with the downtime. If false, clashing bookings will move to the waiting list. Set delete_invalid_bookings: true to delete clashes.
             * @default false
             */
            block_by_clashes: boolean;
            /** @description The start date for the downtime event. */
            from?: components["schemas"]["IsoDate"];
            /** @description End date for the downtime event. */
            to?: components["schemas"]["IsoDate"];
            /** @description The start time of the downtime event represented by the number of minutes since midnight. */
            start_time?: number;
            /** @description The end time of the downtime event represented by the number of minutes since midnight. */
            end_time?: number;
            /** @description Specified timezone for the downtime event, or null for the assigned resources' local timezone. A Rails ActiveSupport time-zone name such as `UTC` or `London`. */
            timezone?: string | null;
            /** @description The unique identifier of the downtime type of this downtime event. */
            downtime_type_id?: number | null;
            /** @description Extra details about this downtime event. */
            details?: string;
            /** @description The unique identifier of the user that this downtime event is booked by. */
            booker_id?: number;
            /** @description Unique identifiers of the resources this downtime event is booked for. */
            resource_ids?: components["schemas"]["EntityId"][];
            /**
             * @deprecated
             * @description If true, move any conflicting bookings to the waiting list. This is the default behaviour unless overridden by block_by_clashes or delete_invalid_bookings. This will be removed in future versions. Use the clash_resolution field instead.
             * @default true
             */
            allow_waiting: boolean;
            /**
             * @description How to resolve the booking clash if present. The option add_to_waiting_list moves the clashing booking to the waiting list. The option delete deletes the clashing bookings.
             * @enum {string}
             */
            clash_resolution?: "add_to_waiting_list" | "delete";
        };
        DowntimeClashSearch: {
            /** @description The start date for the downtime event. */
            from: components["schemas"]["IsoDate"];
            /** @description End date for the downtime event. */
            to: components["schemas"]["IsoDate"];
            /** @description The start time of the downtime event represented by the number of minutes since midnight. */
            start_time: number;
            /** @description The end time of the downtime event represented by the number of minutes since midnight. */
            end_time: number;
            /** @description Unique identifiers of the resources this downtime event is booked for. */
            resource_ids: components["schemas"]["EntityId"][];
            /**
             * @description Specified timezone for the downtime event, or null for the assigned resources' local timezone.
             * @default null
             */
            timezone: string | null;
        };
        /** @description A clashing booking duration. The vendor sample collapses the items (`[ { } ]`); the field set is inferred from the legacy booking `durations[]` item (`date, duration, start_time, end_time, waiting`) plus the booking and resource ids. No field is required. */
        DowntimeClash: {
            booking_id?: components["schemas"]["EntityId"];
            resource_id?: components["schemas"]["EntityId"];
            date?: components["schemas"]["IsoDate"];
            start_time?: number | null;
            end_time?: number | null;
            /** @description Minutes. */
            duration?: number;
            waiting?: boolean;
        };
        DowntimeSplit: {
            /** @description The date to split the downtime on. The split will occur at midnight at the start of this date. */
            date: components["schemas"]["IsoDate"];
            /** @description An optional resource id to determine the date boundary to split on when timezones are involved */
            resource_id?: number;
        };
        /** @description A downtime event type. The vendor sample is collapsed; the fields come from the legacy docs. */
        DowntimeType: {
            id: components["schemas"]["EntityId"];
            name: string;
            account_id?: components["schemas"]["EntityId"];
            created_at?: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"];
            default?: boolean;
        };
        /**
         * @description An event type a webhook can subscribe to. The Webhooks prose also names "Time Off", "Custom fields" and "Custom field options", but the documented enum has only these values (Time Off = `downtimes`).
         * @enum {string}
         */
        WebhookEvent: "bookings" | "downtimes" | "resources" | "projects" | "clients" | "accounts" | "resource_types";
        /** @description A webhook. The vendor samples are empty (`{}`); the fields come from the legacy webhook object. */
        Webhook: {
            id: components["schemas"]["EntityId"];
            name: string;
            payload_url: string;
            account_id?: components["schemas"]["EntityId"];
            /** @description The user who created the webhook (read-only; sending it on update gives 422). */
            user_id?: components["schemas"]["EntityId"];
            /** @description The events sent to this webhook. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description The API URL of this webhook. */
            url?: string;
            created_at?: components["schemas"]["DateTime"];
            updated_at?: components["schemas"]["DateTime"];
            /**
             * @description The latest delivery activity (legacy webhooks docs): ready - no payloads sent yet; success - payloads are being delivered; retrying - a payload is failing and being retried; failed - a failing payload reached the maximum number of attempts.
             * @enum {string}
             */
            status?: "ready" | "success" | "retrying" | "failed";
            paused?: boolean;
        };
        /** @description All six fields are required, as 001 marks them, `secret` included, although its description says "An optional secret" and the intro "you can provide a secret". `secret` has no minimum length, so an empty string is accepted; it is taken to mean "no secret is set" (inferred), and then no `X-ResourceGuru-Key` or `X-ResourceGuru-Signature` header is sent. */
        WebhookCreate: {
            /** @description The name of this webhook for display purposes */
            name: string;
            /** @description The url that we will send relevant events to */
            payload_url: string;
            /** @description The events that will be sent to this webhook */
            events: components["schemas"]["WebhookEvent"][];
            /** @description An optional secret used to create a SH256 HMAC which will be sent along with all webhook payloads for verification */
            secret: string;
            /** @description Whether we send the secret in a header to the payload URL along with our events */
            send_secret_header: boolean;
            /** @description Whether this webhook is paused, preventing delivery of events */
            paused: boolean;
        };
        /** @description Sending `user_id` is rejected with 422 (legacy docs). */
        WebhookUpdate: {
            /** @description The name of this webhook for display purposes */
            name?: string;
            /** @description The url that we will send relevant events to */
            payload_url?: string;
            /** @description The events that will be sent to this webhook */
            events?: components["schemas"]["WebhookEvent"][];
            /** @description An optional secret used to create a SH256 HMAC which will be sent along with all webhook payloads for verification */
            secret?: string;
            /** @description Whether we send the secret in a header to the payload URL along with our events */
            send_secret_header?: boolean;
            /** @description Whether this webhook is paused, preventing delivery of events */
            paused?: boolean;
            /**
             * @description Whether to attempt resending the last payload after updating
             * @default false
             */
            retry_last: boolean;
        };
        WebhookTest: {
            /** Format: uri */
            payload_url: string;
        };
        /**
         * @description A bare JSON string carrying the HTTP status code the payload URL answered with, e.g. `"status: 200"`.
         * @example status: 200
         */
        WebhookTestResult: string;
        /** @description A queued webhook payload (Get webhook payloads). The vendor sample collapses the items; the fields come from the legacy payloads docs. Payloads are kept for 30 days; delivery is tried 100 times before the payload is failed. Statuses (legacy "Payload Statuses"): pending - no attempt has been made to send the payload yet; delivered - the remote server responded with 2XX; failing - the attempt failed (the remote server timed out or responded with non-2XX), another is scheduled at `next_try`; failed - the delivery failed 100 times. */
        WebhookPayload: {
            id: components["schemas"]["EntityId"];
            account_id?: components["schemas"]["EntityId"];
            webhook_id?: components["schemas"]["EntityId"];
            /** @description The body that is (or was) posted to the payload URL. */
            model?: {
                id?: number;
                timestamp?: number;
                payload?: Record<string, unknown>;
            };
            /** @description The user whose change created the payload. */
            user?: {
                id?: components["schemas"]["EntityId"];
                name?: string;
                email?: string;
            };
            /** @description e.g. create, update or delete. */
            action?: string;
            attempts?: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "failing" | "failed";
            /** Format: date-time */
            last_sent_on?: string | null;
            created_at?: components["schemas"]["DateTime"];
            request_headers?: {
                [key: string]: string;
            };
            /** @description The HTTP status code the payload URL answered the last attempt with; null before the first attempt, and when the last attempt got no answer (timeout, refused connection; inferred). */
            response_from_http_client?: number | null;
            /**
             * Format: date-time
             * @description When the next attempt is due; null when none is scheduled (delivered, failed, or the webhook is paused).
             */
            next_try?: string | null;
        };
        /**
         * @description The JSON body Resource Guru POSTs to a webhook's payload URL (not returned by any operation). Headers sent: `User-Agent: ResourceGuru/Webhooks`, `Content-Type: application/json`, and, only if a secret is set, `X-ResourceGuru-Key` (the secret) and `X-ResourceGuru-Signature` = `OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), webhook_secret, request_body)`.
         * @example {
         *       "id": 1,
         *       "timestamp": 1423472753,
         *       "payload": {
         *         "id": 1234,
         *         "archived": false,
         *         "color": null,
         *         "name": "A client",
         *         "notes": "Some notes",
         *         "created_at": "2015-02-04T16:40:23.000Z",
         *         "updated_at": "2015-02-09T09:05:53.581Z",
         *         "action": "create",
         *         "type": "client"
         *       }
         *     }
         */
        WebhookPayloadDelivery: {
            /** @description Each payload has a unique incrementing ID */
            id: number;
            /** @description A UNIX epoch timestamp when the event occurred. */
            timestamp: number;
            /** @description A stripped down version of the entity the payload represents, plus the keys action and type. */
            payload: {
                /** @enum {string} */
                action: "create" | "update" | "delete";
                /** @enum {string} */
                type: "account" | "booking" | "client" | "project" | "resource" | "resource_type" | "downtime";
            } & {
                [key: string]: unknown;
            };
        };
        WebhookPayloadResend: {
            /** @description A unique identifier for an entity. */
            id: number;
        };
        /** @description A calendar subscription (a connected external calendar account). */
        Calendar: {
            id: components["schemas"]["EntityId"];
            calendar_account_name: string;
            /** @description Sample value `success`; the full value set is not rendered. */
            connection_status: string;
            /** @description The calendar provider. Sample value `google`; the full value set is not rendered. */
            api: string;
            /** @description The calendars of this account that can be synced into Resource Guru. Items are collapsed in the vendor sample; their fields are inferred. */
            incoming_calendars: {
                id?: components["schemas"]["EntityId"];
                name?: string;
                sync?: boolean;
            }[];
            /** @description Sample value `paused`; the full value set is not rendered. */
            outgoing_calendar_state: string;
        };
        CalendarUpdate: {
            /** @description The property name is lost in the rendered reference and taken from its request sample. */
            incoming_calendar_subscriptions: {
                /** @description The unique identifier of the calendar. */
                calendar_id: number;
                /** @description Indicates whether this calendar should be synced or not. */
                sync: boolean;
            }[];
        };
        /** @description An event synchronised from a calendar subscription. The vendor sample is an empty array, so no field is documented. */
        ExternalEvent: {
            id?: components["schemas"]["EntityId"];
        };
        /** @description Report for all projects in the date range (v1). The vendor sample is empty (`{}`); fields from the legacy docs (endpoints/reports/projects.md). */
        ReportV1Projects: {
            /** @description Total time booked in minutes. */
            booked: number;
            /** @description Total time on the waiting list in minutes. */
            waiting_list: number;
            /** @description Max usage for the utilization bar. */
            max_usage?: number;
            /** @description Report breakdown per project. */
            projects: {
                /** @description Unique identifier of the project. */
                id: number;
                /** @description Name of this project. */
                name: string;
                /** @description This project's assigned project code. */
                project_code?: string | null;
                /** @description Name of the client this project belongs to. */
                client_name?: string | null;
                /** @description Unique identifier of the client this project belongs to (legacy table says string, sample shows an integer). */
                client_id?: number | string | null;
                color?: components["schemas"]["Color"];
                /** @description Time booked in minutes for this project. */
                booked?: number;
                /** @description Time on the waiting list in minutes for this project. */
                waiting_list?: number;
                /** @description URL shortcut to view this project. */
                url?: string;
            }[];
        };
        /** @description Report for one project, or with id 0 for bookings with no project ("No project assigned") (v1). The vendor sample is empty (`{}`); fields from the legacy docs (endpoints/reports/projects.md). */
        ReportV1Project: {
            /** @description Unique identifier of the project (0 or null for "No project assigned" - inferred). */
            id?: number | null;
            /** @description Name of this project. */
            name: string;
            /** @description The project's project code. */
            project_code?: string | null;
            /** @description Name of the client this project belongs to (empty if none). */
            client_name?: string | null;
            color?: components["schemas"]["Color"];
            /** @description Time booked in minutes for this project. */
            booked: number;
            /** @description Time on the waiting list in minutes for this project. */
            waiting_list: number;
            /** @description URL shortcut to view this project. */
            url?: string | null;
            /** @description Report breakdown per resource. */
            resources: {
                id: components["schemas"]["EntityId"];
                /** @description Name of this resource. */
                name: string;
                /** @description Image of this resource. */
                image?: string | null;
                /** @description Time booked in minutes for this resource. */
                booked?: number;
                /** @description Time unbooked in minutes for this resource (older legacy revision only). */
                unbooked?: number;
                /** @description Availability in minutes for this resource (older legacy revision only). */
                availability?: number;
                /** @description Time on the waiting list in minutes for this resource. */
                waiting_list?: number;
                /** @description Job title of the resource. */
                job_title?: string | null;
                /** @description Resource type name. */
                resource_type?: string;
                /** @description Earliest available period, a display string. */
                earliest_available_period?: string;
                /** @description Utilization ratio between 0 and 1 for this resource. */
                utilization?: number;
                /** @description URL shortcut to view this resource. */
                url?: string;
            }[];
        };
        /** @description Report for all clients in the date range (v1). The vendor sample is empty (`{}`); fields from the legacy docs (endpoints/reports/clients.md). */
        ReportV1Clients: {
            /** @description Total time booked in minutes. */
            booked: number;
            /** @description Total time on the waiting list in minutes. */
            waiting_list: number;
            /** @description Max usage for the utilization bar. */
            max_usage?: number;
            /** @description Report breakdown per client. */
            clients: {
                /** @description Unique identifier of the client. */
                id: number;
                /** @description Name of this client. */
                name: string;
                /** @description Extra details about this client. */
                notes?: string | null;
                color?: components["schemas"]["Color"];
                /** @description Time booked in minutes for this client. */
                booked?: number;
                /** @description Time on the waiting list in minutes for this client. */
                waiting_list?: number;
                /** @description URL shortcut to view this client. */
                url?: string;
            }[];
        };
        /** @description Report for one client, or with id 0 for bookings with no client ("No client assigned") (v1). The vendor sample is empty (`{}`); fields from the legacy docs (endpoints/reports/clients.md). */
        ReportV1Client: {
            /** @description Unique identifier of the client (0 or null for "No client assigned" - inferred). */
            id?: number | null;
            /** @description Name of this client. */
            name: string;
            /** @description Extra details about this client. */
            notes?: string | null;
            color?: components["schemas"]["Color"];
            /** @description Time booked in minutes for this client. */
            booked: number;
            /** @description Time on the waiting list in minutes for this client. */
            waiting_list: number;
            /** @description URL shortcut to view this client. */
            url?: string | null;
            /** @description Report breakdown per resource. */
            resources: {
                id: components["schemas"]["EntityId"];
                /** @description Name of this resource. */
                name: string;
                /** @description Image of this resource. */
                image?: string | null;
                /** @description Time booked in minutes for this resource. */
                booked?: number;
                /** @description Time unbooked in minutes for this resource (older legacy revision only). */
                unbooked?: number;
                /** @description Availability in minutes for this resource (older legacy revision only). */
                availability?: number;
                /** @description Time on the waiting list in minutes for this resource. */
                waiting_list?: number;
                /** @description Job title of the resource. */
                job_title?: string | null;
                /** @description Resource type name. */
                resource_type?: string;
                /** @description Earliest available period, a display string. */
                earliest_available_period?: string;
                /** @description Utilization ratio between 0 and 1 for this resource. */
                utilization?: number;
                /** @description URL shortcut to view this resource. */
                url?: string;
            }[];
        };
        /** @description Report for all resources in the date range (v1). All durations in minutes. */
        ReportV1Resources: {
            /** @description Total availability in minutes (booked + unbooked). */
            availability: number;
            /** @description Total time booked in minutes. */
            booked: number;
            /** @description Report breakdown per resource (item fields from the legacy docs). */
            resources: {
                /** @description Unique identifier of the resource (the legacy sample shows it as a string, the legacy table as an integer). */
                id: number | string;
                /** @description Name of this resource. */
                name: string;
                /** @description Image (avatar URL or path) of this resource. */
                image?: string | null;
                /** @description Time booked in minutes for this resource. */
                booked?: number;
                /** @description Time unbooked in minutes for this resource. */
                unbooked?: number;
                /** @description Availability in minutes for this resource: booked + unbooked. */
                availability?: number;
                /** @description Time on the waiting list in minutes for this resource. */
                waiting_list?: number;
                /** @description Utilization ratio between 0 and 1 for this resource. */
                utilization?: number;
                /** @description URL shortcut to view this resource. */
                url?: string;
                /** @description Resource type name, e.g. "Person". */
                resource_type?: string;
                /** @description Earliest available period, a display string (e.g. "25 Aug 2014 - 31 Aug 2014"), may be empty. */
                earliest_available_period?: string;
                /** @description Job title of the resource. */
                job_title?: string | null;
                /** @description Selected custom field options: an object keyed by custom field id, each value the list of selected option ids (strings), e.g. `{"22": ["33"]}`. The legacy docs show an empty array `[]` when the resource has none. */
                custom_fields?: {
                    [key: string]: string[];
                } | unknown[];
            }[];
            /** @description Total time unbooked in minutes. */
            unbooked: number;
            /** @description Total utilization ratio between 0 and 1. */
            utilization: number;
            /** @description Total time on the waiting list in minutes. */
            waiting_list: number;
        };
        /** @description Report for a single resource in the date range (v1). Durations in minutes, `*_days` in days. */
        ReportV1Resource: {
            /** @description Total availability in minutes (booked + unbooked). */
            availability: number;
            /** @description Total time booked in minutes. */
            booked: number;
            /** @description Report breakdown per client (item fields from the legacy docs; `id` inferred). Bookings without a client appear as "No client assigned". */
            clients: {
                /** @description Client id (inferred; absent or null for "No client assigned"). */
                id?: number | null;
                /** @description Name of the client. */
                name: string;
                color?: components["schemas"]["Color"];
                /** @description Time booked in minutes. */
                booked?: number;
                /** @description Time on the waiting list in minutes. */
                waiting_list?: number;
                /** @description Max usage for the utilization bar. */
                max_usage?: number;
            }[];
            /** @description Selected custom field options keyed by custom field id (shape from the legacy resources report). */
            custom_fields: {
                [key: string]: string[];
            } | unknown[];
            /** @description Downtime per downtime type. Items are collapsed in the vendor sample; their fields are inferred from the `*_downtime` / `*_downtime_days` totals. */
            downtime_types: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the downtime type (inferred). */
                name?: string;
                /** @description Downtime of this type in minutes (inferred). */
                downtime?: number;
                /** @description Downtime of this type in days (inferred). */
                downtime_days?: number;
            }[];
            /** @description Earliest available period, a display string; may be empty. */
            earliest_available_period: string;
            id: components["schemas"]["EntityId"];
            /** @description Resource avatar (legacy docs only). */
            image?: string | null;
            /** @description Job title of the resource. */
            job_title: string | null;
            /** @description Name of the resource. */
            name: string;
            /** @description Other downtime in minutes. */
            other_downtime: number;
            /** @description Other downtime in days. */
            other_downtime_days: number;
            /** @description Personal vacation downtime in minutes. */
            personal_vacation_downtime: number;
            /** @description Personal vacation downtime in days. */
            personal_vacation_downtime_days: number;
            /** @description Report breakdown per project (item fields from the legacy docs; `id` inferred). Bookings without a project appear as "No project assigned". */
            projects: {
                /** @description Project id (inferred; absent or null for "No project assigned"). */
                id?: number | null;
                /** @description Name of the project. */
                name: string;
                /** @description Name of the client, if there is one. */
                client_name?: string | null;
                color?: components["schemas"]["Color"];
                /** @description Time booked in minutes. */
                booked?: number;
                /** @description Time on the waiting list in minutes. */
                waiting_list?: number;
                /** @description Max usage for the utilization bar. */
                max_usage?: number;
            }[];
            /** @description Public holiday downtime in minutes. */
            public_holiday_downtime: number;
            /** @description Public holiday downtime in days. */
            public_holiday_downtime_days: number;
            /** @description Resource type name, e.g. "Person". */
            resource_type: string;
            /** @description Sick downtime in minutes. */
            sick_downtime: number;
            /** @description Sick downtime in days. */
            sick_downtime_days: number;
            /** @description Total vacation downtime in minutes. */
            total_vacation_downtime: number;
            /** @description Total vacation downtime in days. */
            total_vacation_downtime_days: number;
            /** @description Total time unbooked in minutes. */
            unbooked: number;
            /** @description URL shortcut to view this resource (legacy docs only). */
            url?: string;
            /** @description Total utilization ratio between 0 and 1. */
            utilization: number;
            /** @description Total time on the waiting list in minutes. */
            waiting_list: number;
        };
        /** @description A block of time in the v2 reports (scheduled, unscheduled, waiting_list, tentative, availability, downtime, overtime). The vendor reference renders it collapsed (`{ }`); the inner fields (minutes, split by billable / non-billable) are inferred (see notes/reports.md), so none is required and the object stays open. */
        ReportV2Time: {
            /** @description Total minutes (inferred). */
            total?: number;
            /** @description Billable minutes (inferred). */
            billable?: number;
            /** @description Non-billable minutes (inferred). */
            non_billable?: number;
        };
        /** @description Booked time by approval state in the v2 reports. Rendered collapsed (`{ }`) by the vendor; the inner fields (minutes per approval state pending | approved | declined, the Bookings approval_states enum) are inferred. */
        ReportV2Approvals: {
            /** @description Minutes of approved bookings (inferred). */
            approved?: number;
            /** @description Minutes of bookings pending approval (inferred). */
            pending?: number;
            /** @description Minutes of declined bookings (inferred). */
            declined?: number;
        };
        /** @description Utilization ratios in the v2 reports. Rendered collapsed (`{ }`) by the vendor; the inner fields are inferred (v1 gives utilization as a ratio between 0 and 1, e.g. 0.8). */
        ReportV2Utilization: {
            /** @description Scheduled time / availability (inferred). */
            total?: number;
            /** @description Billable scheduled time / availability (inferred). */
            billable?: number;
            /** @description Non-billable scheduled time / availability (inferred). */
            non_billable?: number;
        };
        /** @description Report for all resources in the date range (v2). Every nested object is collapsed in the vendor sample; their contents are inferred. */
        ReportV2Resources: {
            approvals: components["schemas"]["ReportV2Approvals"];
            availability: components["schemas"]["ReportV2Time"];
            downtime: components["schemas"]["ReportV2Time"];
            overtime: components["schemas"]["ReportV2Time"];
            /** @description Report breakdown per resource. */
            resources: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the resource. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Job title of the resource. */
                job_title?: string | null;
                /** @description The resource type (collapsed in the vendor sample; fields inferred from the Resource type entity). */
                resource_type?: {
                    id?: components["schemas"]["EntityId"];
                    /** @description Name of the resource type, e.g. "Person". */
                    name?: string;
                    /** @description Whether the type is human (inferred). */
                    human?: boolean;
                };
                approvals?: components["schemas"]["ReportV2Approvals"];
                availability?: components["schemas"]["ReportV2Time"];
                downtime?: components["schemas"]["ReportV2Time"];
                overtime?: components["schemas"]["ReportV2Time"];
                scheduled?: components["schemas"]["ReportV2Time"];
                unscheduled?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
                utilization?: components["schemas"]["ReportV2Utilization"];
                waiting_list?: components["schemas"]["ReportV2Time"];
            }[];
            scheduled: components["schemas"]["ReportV2Time"];
            unscheduled: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
            utilization: components["schemas"]["ReportV2Utilization"];
            waiting_list: components["schemas"]["ReportV2Time"];
        };
        /** @description Report for a single resource in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Resource: {
            id: components["schemas"]["EntityId"];
            /** @description Name of the resource. */
            name: string;
            color: components["schemas"]["Color"];
            /** @description Job title of the resource. */
            job_title: string | null;
            /** @description The date range the report covers (fields inferred from the start_date / end_date parameters). */
            reported_date_range: {
                start_date?: components["schemas"]["IsoDate"];
                end_date?: components["schemas"]["IsoDate"];
            };
            /** @description The resource type (collapsed in the vendor sample; fields inferred from the Resource type entity). */
            resource_type: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the resource type, e.g. "Person". */
                name?: string;
                /** @description Whether the type is human (inferred). */
                human?: boolean;
            };
            approvals: components["schemas"]["ReportV2Approvals"];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
            availability: components["schemas"]["ReportV2Time"];
            /** @description Custom fields of the resource with the selected options (items collapsed in the vendor sample; fields inferred from the Custom field entities). */
            custom_fields: {
                id?: components["schemas"]["EntityId"];
                /** @description Custom field label (inferred). */
                label?: string;
                /** @description Selected options (inferred). */
                options?: {
                    id?: components["schemas"]["EntityId"];
                    /** @description Option value. */
                    value?: string;
                }[];
            }[];
            downtime: components["schemas"]["ReportV2Time"];
            overtime: components["schemas"]["ReportV2Time"];
            unscheduled: components["schemas"]["ReportV2Time"];
            utilization: components["schemas"]["ReportV2Utilization"];
            /** @description Breakdown per client (items collapsed in the vendor sample; fields inferred). */
            clients: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the client. */
                name?: string;
                color?: components["schemas"]["Color"];
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
            /** @description Bookings of this resource with no client (contents inferred). */
            clients_unassigned: {
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            };
            /** @description Downtime per downtime type (items collapsed in the vendor sample; fields inferred). */
            downtime_types: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the downtime type. */
                name?: string;
                downtime?: components["schemas"]["ReportV2Time"];
            }[];
            /** @description Breakdown per project (items collapsed in the vendor sample; fields inferred). */
            projects: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the project. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Project code. */
                project_code?: string | null;
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
            /** @description Bookings of this resource with no project (contents inferred). */
            projects_unassigned: {
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            };
        };
        /** @description Report for all clients in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Clients: {
            /** @description Breakdown per client. */
            clients: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the client. */
                name?: string;
                color?: components["schemas"]["Color"];
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
            /** @description Bookings with no client. */
            unassigned: {
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            };
            approvals: components["schemas"]["ReportV2Approvals"];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
        };
        /** @description Report for a single client in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Client: {
            color: components["schemas"]["Color"];
            id: components["schemas"]["EntityId"];
            /** @description Name of the client. */
            name: string;
            approvals: components["schemas"]["ReportV2Approvals"];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
            /** @description Breakdown per resource. */
            resources: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the resource. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Job title of the resource. */
                job_title?: string | null;
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
        };
        /** @description Report on bookings not assigned to a client (or to a project) in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Unassigned: {
            /** @description Breakdown per resource. */
            resources: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the resource. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Job title of the resource. */
                job_title?: string | null;
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
        };
        /** @description Report for all projects in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Projects: {
            /** @description Breakdown per project. */
            projects: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the project. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Project code. */
                project_code?: string | null;
                /** @description The client of the project (inferred). */
                client?: {
                    id?: components["schemas"]["EntityId"];
                    /** @description Name of the client. */
                    name?: string;
                } | null;
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
            /** @description Bookings with no project. */
            unassigned: {
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            };
            approvals: components["schemas"]["ReportV2Approvals"];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
        };
        /** @description Report for a single project in the date range (v2). Nested objects are collapsed in the vendor sample; their contents are inferred. */
        ReportV2Project: {
            /** @description The client of the project (collapsed in the vendor sample; fields inferred; null when the project has no client - inferred). */
            client: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the client. */
                name?: string;
                color?: components["schemas"]["Color"];
            } | null;
            color: components["schemas"]["Color"];
            id: components["schemas"]["EntityId"];
            /** @description Name of the project. */
            name: string;
            /** @description Project code, e.g. "WX13". */
            project_code: string | null;
            approvals: components["schemas"]["ReportV2Approvals"];
            scheduled: components["schemas"]["ReportV2Time"];
            waiting_list: components["schemas"]["ReportV2Time"];
            tentative: components["schemas"]["ReportV2Time"];
            /** @description Breakdown per resource. */
            resources: {
                id?: components["schemas"]["EntityId"];
                /** @description Name of the resource. */
                name?: string;
                color?: components["schemas"]["Color"];
                /** @description Job title of the resource. */
                job_title?: string | null;
                approvals?: components["schemas"]["ReportV2Approvals"];
                scheduled?: components["schemas"]["ReportV2Time"];
                waiting_list?: components["schemas"]["ReportV2Time"];
                tentative?: components["schemas"]["ReportV2Time"];
            }[];
        };
    };
    responses: {
        /** @description No Content. */
        NoContent: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Bad Request: malformed parameters or JSON (`Errors`), or the booking clashes with the resource's availability
         *     and no clash resolution was asked for or the one asked for cannot take it (`Clashes`: one item per resource and
         *     day that exceeds the time left; `booking_id` only when an existing booking is moved). Inferred: 001 documents no
         *     booking clash error; 400 with this body is what it documents for a downtime with `block_by_clashes` (001 2539).
         */
        BookingClash: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "clashes": [
                 *         {
                 *           "resource_id": 1,
                 *           "date": "2020-12-31",
                 *           "start_time": 540,
                 *           "end_time": 600,
                 *           "duration": 60,
                 *           "waiting": false
                 *         }
                 *       ],
                 *       "allowClashResolution": true
                 *     }
                 */
                "application/json": components["schemas"]["Errors"] | components["schemas"]["Clashes"];
            };
        };
        /** @description Bad Request. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Invalid JSON in request body"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Unauthorized - missing, invalid or expired credentials. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Unauthorized: missing or invalid access token"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Forbidden - the user does not have rights to this account or action. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Forbidden"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Not Found. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Unprocessable Entity - validation errors. */
        UnprocessableEntity: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "name can't be blank"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /**
         * @description Unsupported Media Type - the body is not `application/json` (inferred: the vendor says "All responses are in
         *     JSON" and documents JSON request bodies, but no status for other content types).
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Content-Type \"text/plain\" is not supported here: send application/json"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Payload Too Large - the body is over the mock's limit (1 MiB by default), or a form body has more than 1,000 fields (inferred, the vendor documents no limit). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "The request body is 2000000 bytes; the limit is 1048576"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
        /** @description Rate Limit Exceeded - more than the per-minute quota of requests. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                /**
                 * @description Always 0 on a 429.
                 * @example 0
                 */
                "X-RateLimit-Remaining"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         "Rate Limit Exceeded"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Errors"];
            };
        };
    };
    parameters: {
        /**
         * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
         * @example example-corp
         */
        account: string;
        /**
         * @description The unique identifier of the entity.
         * @example 1
         */
        id: number;
        /** @description The maximum number of results to return. No default (all results). */
        limit: string;
        /** @description The maximum number of results to return. `0` removes the limit. */
        limit50: string;
        /** @description The number of results to skip over. */
        offset: string;
        /** @description Only return entries on or after this date (YYYY-MM-DD). */
        start_date: string;
        /** @description Only return entries on or before this date (YYYY-MM-DD). */
        end_date: string;
        /**
         * @description Whether to include extra information about the resource.
         *
         *     Inferred: without `detail=1` an item is 004's list item (id, color, name, updated_at, url, resource_type, timezone, plus `custom_available_periods` as `show_availability` says); with it, the whole resource as Get resource answers it.
         */
        ResourceDetail: components["schemas"]["Flag"];
        /**
         * @description Return only the resources specified in this array (repeated bare keys, e.g. `ids=1&ids=2`; the legacy docs used `ids[]`).
         * @example [
         *       1
         *     ]
         */
        ResourceIds: number[];
        /**
         * @description Whether to include custom available periods.
         *
         *     Inferred: this governs `custom_available_periods` only; the weekly `available_periods` come with `detail=1`.
         */
        ResourceShowAvailability: components["schemas"]["Flag"];
        /**
         * @description The beginning of the date range to report on.
         * @example 2020-12-31
         */
        ReportStartDate: string;
        /**
         * @description The end of the date range to report on.
         * @example 2020-12-31
         */
        ReportEndDate: string;
        /**
         * @description The unique identifier of the entity we would like to report on, or 0 for a report on all bookings not associated to an entity.
         * @example 1
         */
        ReportV1EntityId: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The maximum number of requests per minute (normally 200).
         * @example 200
         */
        "X-RateLimit-Limit": number;
        /**
         * @description How many more requests can be made within the current minute.
         * @example 199
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description How many seconds to wait before sending another request.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description URL of the created entity.
         * @example https://api.resourceguruapp.com/v1/example-corp/bookings/1
         */
        Location: string;
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
                 *       "grant_type": "password",
                 *       "username": "user@example.com",
                 *       "password": "secret",
                 *       "client_id": "the_client_id",
                 *       "client_secret": "the_client_secret"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenRequest"];
                /**
                 * @example {
                 *       "grant_type": "password",
                 *       "username": "user@example.com",
                 *       "password": "secret",
                 *       "client_id": "the_client_id",
                 *       "client_secret": "the_client_secret"
                 *     }
                 */
                "application/json": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description The access token (and a refresh token). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "the_oauth_access_token",
                     *       "refresh_token": "the_oauth_refresh_token",
                     *       "token_type": "bearer",
                     *       "expires_in": 604800
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthToken"];
                };
            };
            /** @description The grant is missing, unsupported or invalid (RFC 6749 §5.2; inferred). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_grant",
                     *       "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Client authentication failed (unknown client or wrong secret; RFC 6749 §5.2; inferred). */
            401: {
                headers: {
                    /** @description Sent when the client authenticated with HTTP Basic (RFC 6749 §5.2), e.g. `Basic realm="Resource Guru"` (the realm is inferred). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description More than 20 tokens per minute or 1,000 per day for one user, or the request limit. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "Rate Limit Exceeded"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
        };
    };
    authorize: {
        parameters: {
            query: {
                /** @example the_client_id */
                client_id: string;
                /** @example http://localhost/oauth */
                redirect_uri: string;
                /** @example code */
                response_type: "code";
                /** @description Opaque value returned unchanged in the redirect (RFC 6749 §4.1.1). */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to `redirect_uri` with `code` (and `state`). */
            302: {
                headers: {
                    /**
                     * @description The redirect URI with the authorization code.
                     * @example http://localhost/oauth?code=the_authorization_code
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown client, unsupported response type, or a redirect URI that is not HTTPS or localhost (inferred). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_request",
                     *       "error_description": "The redirect URI must be HTTPS unless it points at localhost."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "subdomain": "example-corp",
                     *         "rootdomain": "resourceguruapp.com",
                     *         "url": "https://api.resourceguruapp.com/v1/accounts/1",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Account"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Example Corp",
                     *       "subdomain": "example-corp",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "owner": {
                     *         "name": "Jane Smith",
                     *         "email": "jane@example.com",
                     *         "image": null,
                     *         "timezone": "London"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description Update account with given data. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "booking_approvals": true,
                 *       "default_booking_approver_ids": [
                 *         1
                 *       ],
                 *       "apply_to_all_resources": true
                 *     }
                 */
                "application/json": components["schemas"]["AccountUpdate"];
            };
        };
        responses: {
            /** @description OK - the updated account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Example Corp",
                     *       "subdomain": "example-corp",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "owner": {
                     *         "name": "Jane Smith",
                     *         "email": "jane@example.com",
                     *         "image": null,
                     *         "timezone": "London"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listBookingActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the activity log (item fields inferred). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "action": "update",
                     *         "user": {
                     *           "id": 1,
                     *           "name": "Jane Smith"
                     *         },
                     *         "changes": {
                     *           "duration": [
                     *             480,
                     *             60
                     *           ]
                     *         },
                     *         "created_at": "2020-12-31T14:29:29.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Activity"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
                /**
                 * @description Include only bookings having one of these states. Repeat the key: `approval_states=approved&approval_states=declined`.
                 * @example [
                 *       "approved",
                 *       "declined"
                 *     ]
                 */
                approval_states?: ("pending" | "approved" | "declined")[];
                /**
                 * @description Include all related days for the booking that match our query.
                 * @example 1
                 */
                calendar?: components["schemas"]["Flag"];
                /**
                 * @description Include bookings only for these specified resources. Set this parameter multiple times to include bookings for more than one resource (`resource_ids=42&resource_ids=50`).
                 * @example [
                 *       "42",
                 *       "50"
                 *     ]
                 */
                resource_ids?: string[];
                /**
                 * @description Only return bookings that were booked by the given User ID. Return only my bookings when using the special value booker_id=me. (The parameter name was lost in the render; taken from the example.)
                 * @example me
                 */
                booker_id?: string;
                /**
                 * @description If set to 1, only bookings that are currently on the waiting list are returned. If set to 0, all bookings are returned.
                 * @example 1
                 */
                waiting?: components["schemas"]["Flag"];
                /**
                 * @description If set to 1, bookings with archived resources will be included. If set to 0, bookings with archived resources are excluded.
                 * @example 1
                 */
                include_archived_resources?: components["schemas"]["Flag"];
                /**
                 * @description If set to 1, bookings with deleted resources will be included. If set to 0, bookings with deleted resources will be excluded.
                 * @example 1
                 */
                include_deleted_resources?: components["schemas"]["Flag"];
                /**
                 * @description If set to 1, bookings for non-bookable resources will be included. If set to 0, bookings for non-bookable resources will be excluded.
                 * @example 1
                 */
                include_non_bookable_resources?: components["schemas"]["Flag"];
                /**
                 * @description Include only bookings that belong to the specified group_id
                 * @example 1
                 */
                group_id?: string;
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2020-12-31",
                     *         "end_date": "2020-12-31",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2020-12-31",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": {
                     *           "weekly": {
                     *             "interval": 1,
                     *             "weekday": 4,
                     *             "ends": {
                     *               "type": "count",
                     *               "count": 1
                     *             }
                     *           }
                     *         },
                     *         "group_id": 1,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       },
                     *       {
                     *         "id": 2,
                     *         "resource_id": 50,
                     *         "resource_ids": [
                     *           50
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2021-01-04",
                     *         "end_date": "2021-01-05",
                     *         "duration": 480,
                     *         "start_time": null,
                     *         "durations": [
                     *           {
                     *             "date": "2021-01-04",
                     *             "duration": 480,
                     *             "start_time": null,
                     *             "end_time": null,
                     *             "waiting": false
                     *           },
                     *           {
                     *             "date": "2021-01-05",
                     *             "duration": 480,
                     *             "start_time": null,
                     *             "end_time": null,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "",
                     *         "notes": "",
                     *         "billable": false,
                     *         "project_id": null,
                     *         "client_id": null,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": null,
                     *         "group_id": null,
                     *         "sequence_no": 0,
                     *         "timezone": null,
                     *         "tentative": false,
                     *         "approval_state": {
                     *           "state": "pending"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "pending"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new booking. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_id": 1,
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "start_date": "2020-12-31",
                 *       "end_date": "2020-12-31",
                 *       "duration": 60,
                 *       "start_time": 540,
                 *       "details": "",
                 *       "booker_id": 1,
                 *       "billable": false,
                 *       "project_id": 1,
                 *       "client_id": 1,
                 *       "allow_waiting": false,
                 *       "allow_overtime": false,
                 *       "rrule": {
                 *         "weekly": {
                 *           "interval": 1,
                 *           "weekday": 4,
                 *           "ends": {
                 *             "type": "count",
                 *             "count": 1
                 *           }
                 *         }
                 *       },
                 *       "timezone": null,
                 *       "tentative": true,
                 *       "clash_resolution": "add_to_waiting_list"
                 *     }
                 */
                "application/json": components["schemas"]["BookingCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "resource_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "booker": {
                     *         "id": 1,
                     *         "name": "Jane Smith",
                     *         "email": "jane@example.com",
                     *         "color": "#c0ffee"
                     *       },
                     *       "start_date": "2020-12-31",
                     *       "end_date": "2020-12-31",
                     *       "duration": 60,
                     *       "start_time": 540,
                     *       "durations": [
                     *         {
                     *           "date": "2020-12-31",
                     *           "duration": 60,
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "details": "string",
                     *       "notes": "string",
                     *       "billable": true,
                     *       "project_id": 1,
                     *       "client_id": 1,
                     *       "refreshable": true,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "rrule": {
                     *         "weekly": {
                     *           "interval": 1,
                     *           "weekday": 4,
                     *           "ends": {
                     *             "type": "count",
                     *             "count": 1
                     *           }
                     *         }
                     *       },
                     *       "group_id": 1,
                     *       "sequence_no": 0,
                     *       "timezone": "UTC",
                     *       "tentative": true,
                     *       "approval_state": {
                     *         "state": "approved"
                     *       },
                     *       "aggregated_approval_state": {
                     *         "state": "approved"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BookingClash"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "resource_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "booker": {
                     *         "id": 1,
                     *         "name": "Jane Smith",
                     *         "email": "jane@example.com",
                     *         "color": "#c0ffee"
                     *       },
                     *       "start_date": "2020-12-31",
                     *       "end_date": "2020-12-31",
                     *       "duration": 60,
                     *       "start_time": 540,
                     *       "durations": [
                     *         {
                     *           "date": "2020-12-31",
                     *           "duration": 60,
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "details": "string",
                     *       "notes": "string",
                     *       "billable": true,
                     *       "project_id": 1,
                     *       "client_id": 1,
                     *       "refreshable": true,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "rrule": {
                     *         "weekly": {
                     *           "interval": 1,
                     *           "weekday": 4,
                     *           "ends": {
                     *             "type": "count",
                     *             "count": 1
                     *           }
                     *         }
                     *       },
                     *       "group_id": 1,
                     *       "sequence_no": 0,
                     *       "timezone": "UTC",
                     *       "tentative": true,
                     *       "approval_state": {
                     *         "state": "approved"
                     *       },
                     *       "aggregated_approval_state": {
                     *         "state": "approved"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateBooking: {
        parameters: {
            query?: {
                /** @description Specify how the operation affects other occurrences of a repeat booking. */
                affects?: "all" | "following" | "single";
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing booking. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_id": 1,
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "start_date": "2020-12-31",
                 *       "end_date": "2020-12-31",
                 *       "duration": 60,
                 *       "start_time": 540,
                 *       "details": "string",
                 *       "booker_id": 1,
                 *       "billable": true,
                 *       "project_id": 1,
                 *       "client_id": 1,
                 *       "allow_waiting": false,
                 *       "allow_overtime": false,
                 *       "rrule": {
                 *         "weekly": {
                 *           "interval": 1,
                 *           "weekday": 4,
                 *           "ends": {
                 *             "type": "count",
                 *             "count": 1
                 *           }
                 *         }
                 *       },
                 *       "timezone": null,
                 *       "tentative": true,
                 *       "clash_resolution": "add_to_waiting_list"
                 *     }
                 */
                "application/json": components["schemas"]["BookingUpdate"];
            };
        };
        responses: {
            /** @description OK - the updated booking. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "resource_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "booker": {
                     *         "id": 1,
                     *         "name": "Jane Smith",
                     *         "email": "jane@example.com",
                     *         "color": "#c0ffee"
                     *       },
                     *       "start_date": "2020-12-31",
                     *       "end_date": "2020-12-31",
                     *       "duration": 60,
                     *       "start_time": 540,
                     *       "durations": [
                     *         {
                     *           "date": "2020-12-31",
                     *           "duration": 60,
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "details": "string",
                     *       "notes": "string",
                     *       "billable": true,
                     *       "project_id": 1,
                     *       "client_id": 1,
                     *       "refreshable": true,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "rrule": {
                     *         "weekly": {
                     *           "interval": 1,
                     *           "weekday": 4,
                     *           "ends": {
                     *             "type": "count",
                     *             "count": 1
                     *           }
                     *         }
                     *       },
                     *       "group_id": 1,
                     *       "sequence_no": 0,
                     *       "timezone": "UTC",
                     *       "tentative": true,
                     *       "approval_state": {
                     *         "state": "approved"
                     *       },
                     *       "aggregated_approval_state": {
                     *         "state": "approved"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BookingClash"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteBooking: {
        parameters: {
            query?: {
                /** @description Specify how the operation affects other occurrences of a repeat booking. */
                affects?: "all" | "following" | "single";
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The date to delete (optional). */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "date": "2030-06-26",
                 *       "remove_for_all": true
                 *     }
                 */
                "application/json": components["schemas"]["BookingDelete"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    splitBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information for splitting a booking */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2030-06-26"
                 *     }
                 */
                "application/json": components["schemas"]["BookingSplit"];
            };
        };
        responses: {
            /** @description OK - the two halves of the split booking. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2030-06-25",
                     *         "end_date": "2030-06-25",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2030-06-25",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": null,
                     *         "group_id": null,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       },
                     *       {
                     *         "id": 3,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2030-06-26",
                     *         "end_date": "2030-06-26",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2030-06-26",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": null,
                     *         "group_id": null,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientBookings: {
        parameters: {
            query?: {
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2020-12-31",
                     *         "end_date": "2020-12-31",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2020-12-31",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": {
                     *           "weekly": {
                     *             "interval": 1,
                     *             "weekday": 4,
                     *             "ends": {
                     *               "type": "count",
                     *               "count": 1
                     *             }
                     *           }
                     *         },
                     *         "group_id": 1,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProjectBookings: {
        parameters: {
            query?: {
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2020-12-31",
                     *         "end_date": "2020-12-31",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2020-12-31",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": {
                     *           "weekly": {
                     *             "interval": 1,
                     *             "weekday": 4,
                     *             "ends": {
                     *               "type": "count",
                     *               "count": 1
                     *             }
                     *           }
                     *         },
                     *         "group_id": 1,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listResourceBookings: {
        parameters: {
            query?: {
                /**
                 * @description Include only bookings having one of these states. Repeat the key: `approval_states=approved&approval_states=declined`.
                 * @example [
                 *       "approved",
                 *       "declined"
                 *     ]
                 */
                approval_states?: ("pending" | "approved" | "declined")[];
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "booker": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com",
                     *           "color": "#c0ffee"
                     *         },
                     *         "start_date": "2020-12-31",
                     *         "end_date": "2020-12-31",
                     *         "duration": 60,
                     *         "start_time": 540,
                     *         "durations": [
                     *           {
                     *             "date": "2020-12-31",
                     *             "duration": 60,
                     *             "start_time": 540,
                     *             "end_time": 600,
                     *             "waiting": false
                     *           }
                     *         ],
                     *         "details": "string",
                     *         "notes": "string",
                     *         "billable": true,
                     *         "project_id": 1,
                     *         "client_id": 1,
                     *         "refreshable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "rrule": {
                     *           "weekly": {
                     *             "interval": 1,
                     *             "weekday": 4,
                     *             "ends": {
                     *               "type": "count",
                     *               "count": 1
                     *             }
                     *           }
                     *         },
                     *         "group_id": 1,
                     *         "sequence_no": 0,
                     *         "timezone": "UTC",
                     *         "tentative": true,
                     *         "approval_state": {
                     *           "state": "approved"
                     *         },
                     *         "aggregated_approval_state": {
                     *           "state": "approved"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resolveBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The resolution information to update for given resources */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "approved",
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "reason": "string"
                 *     }
                 */
                "application/json": components["schemas"]["BookingResolve"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    remindBookingApprovers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description Resources ids for which to remind their approvers */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["BookingRemind"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setOvertime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the overtime */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_id": 1,
                 *       "date": "2020-12-31",
                 *       "duration": 60
                 *     }
                 */
                "application/json": components["schemas"]["OvertimeCreate"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomAvailability: {
        parameters: {
            query?: {
                /**
                 * @description Include custom availability only for these specified resources. Set this parameter multiple times to include custom availability for more than one resource (`resource_ids[]=42&resource_ids[]=50`).
                 * @example [
                 *       "42",
                 *       "50"
                 *     ]
                 */
                "resource_ids[]"?: string[];
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK (item fields inferred). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "resource_instance_id": 1,
                     *         "date": "2020-12-31",
                     *         "start_time": 540,
                     *         "end_time": 1020
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CustomAvailablePeriod"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    setCustomAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description An object containing the information needed to create the custom availability. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "custom_available_periods": {
                 *         "resource_instance_id": 1,
                 *         "dates": [
                 *           "2020-12-31"
                 *         ],
                 *         "available_periods": [
                 *           {
                 *             "start_time": 540,
                 *             "end_time": 1020
                 *           }
                 *         ]
                 *       },
                 *       "allow_waiting": false,
                 *       "delete_invalid_bookings": false
                 *     }
                 */
                "application/json": components["schemas"]["CustomAvailablePeriodSet"];
            };
        };
        responses: {
            /** @description OK - the custom availability periods that were set. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": {},
                     *       "custom_available_periods": [
                     *         {
                     *           "id": 1,
                     *           "resource_instance_id": 1,
                     *           "date": "2020-12-31",
                     *           "start_time": 540,
                     *           "end_time": 1020
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomAvailablePeriodSetResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resetCustomAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The resource and date range that we want to reset to normal availability, along with the update strategy to use for any bookings that are no longer valid due to the change of availability. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_instance_id": 1,
                 *       "dates": [
                 *         "2020-12-31"
                 *       ],
                 *       "allow_waiting": false,
                 *       "delete_invalid_bookings": false
                 *     }
                 */
                "application/json": components["schemas"]["CustomAvailablePeriodReset"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            /** @description Bad Request - bookings clash with the change of availability. Malformed parameters or JSON get the `Errors` body, as every 400 of this API (001 "Response Codes"; spec changed, see NOTES.md). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clashes": [
                     *         {
                     *           "booking_id": 1,
                     *           "resource_id": 1,
                     *           "date": "2020-12-31",
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "duration": 60,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "allowClashResolution": true
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["Clashes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
                /** @description Whether to include archived clients. Limit and offset parameters are ignored when includeArchived is set. */
                includeArchived?: components["schemas"]["Flag"];
                /** @description Whether to include deleted clients. Limit and offset parameters are ignored when includeDeleted is set. */
                includeDeleted?: components["schemas"]["Flag"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of clients. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "archived": false,
                     *         "color": "#c0ffee",
                     *         "name": "Acme Ltd",
                     *         "notes": "Our biggest client.",
                     *         "creator_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "deleted": false,
                     *         "deleted_at": null
                     *       },
                     *       {
                     *         "id": 2,
                     *         "archived": false,
                     *         "color": "#ffcc00",
                     *         "name": "Globex Corporation",
                     *         "notes": null,
                     *         "creator_id": 1,
                     *         "created_at": "2021-01-04T09:15:00.000Z",
                     *         "updated_at": "2021-02-10T16:02:11.000Z",
                     *         "last_updated_by": 2,
                     *         "deleted": false,
                     *         "deleted_at": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Client"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new client */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "c0ffee",
                 *       "name": "string",
                 *       "notes": "string",
                 *       "archived": false
                 *     }
                 */
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description Created - the new client; its URL is in the Location header. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": true,
                     *       "color": "#c0ffee",
                     *       "name": "string",
                     *       "notes": "string",
                     *       "creator_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "deleted": true,
                     *       "deleted_at": "2020-12-31"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listArchivedClients: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of archived clients. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 3,
                     *         "archived": true,
                     *         "color": "#336699",
                     *         "name": "Initech",
                     *         "notes": "Contract ended in 2020.",
                     *         "creator_id": 1,
                     *         "created_at": "2019-03-01T10:00:00.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "deleted": false,
                     *         "deleted_at": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Client"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the client. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": true,
                     *       "color": "#c0ffee",
                     *       "name": "string",
                     *       "notes": "string",
                     *       "creator_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "deleted": true,
                     *       "deleted_at": "2020-12-31"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing client */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "c0ffee",
                 *       "name": "string",
                 *       "notes": "string",
                 *       "archived": true
                 *     }
                 */
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description OK - the updated client. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": true,
                     *       "color": "#c0ffee",
                     *       "name": "string",
                     *       "notes": "string",
                     *       "creator_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "deleted": true,
                     *       "deleted_at": "2020-12-31"
                     *     }
                     */
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
                /** @description Send includeArchived=1 to include archived projects. Limit and offset parameters are ignored when includeArchived is set. */
                includeArchived?: components["schemas"]["Flag"];
                /** @description Send includeDeleted=1 to include deleted projects. Limit and offset parameters are ignored when includeDeleted is set. */
                includeDeleted?: components["schemas"]["Flag"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of projects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "archived": false,
                     *         "creator_id": 1,
                     *         "color": "#c0ffee",
                     *         "name": "Website relaunch",
                     *         "project_code": "WX13",
                     *         "notes": "Phase 2 starts in March.",
                     *         "default_billable": true,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/projects/1",
                     *         "account_id": 1,
                     *         "client_id": 1
                     *       },
                     *       {
                     *         "id": 2,
                     *         "archived": false,
                     *         "creator_id": 2,
                     *         "color": "#ffcc00",
                     *         "name": "Internal training",
                     *         "project_code": null,
                     *         "notes": null,
                     *         "default_billable": false,
                     *         "created_at": "2021-01-04T09:15:00.000Z",
                     *         "updated_at": "2021-01-04T09:15:00.000Z",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/projects/2",
                     *         "account_id": 1,
                     *         "client_id": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Project"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new project. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "c0ffee",
                 *       "name": "string",
                 *       "project_code": "WX13",
                 *       "client_id": 1,
                 *       "notes": "string",
                 *       "default_billable": true,
                 *       "archived": false
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /**
             * @description Created - the new project; its URL is in the Location header. The vendor sample is empty (`{}`); the body
             *     shape is taken from the legacy project object (inventory §9). `client_id` is "returned by create but not by get".
             */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": false,
                     *       "creator_id": 1,
                     *       "color": "#c0ffee",
                     *       "name": "string",
                     *       "project_code": "WX13",
                     *       "notes": "string",
                     *       "default_billable": true,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "account_id": 1,
                     *       "client_id": 1
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listArchivedProjects: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of archived projects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 3,
                     *         "archived": true,
                     *         "creator_id": 1,
                     *         "color": "#336699",
                     *         "name": "Old intranet",
                     *         "project_code": "INT01",
                     *         "notes": "Finished.",
                     *         "default_billable": false,
                     *         "created_at": "2019-03-01T10:00:00.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/projects/3",
                     *         "account_id": 1,
                     *         "client_id": 1
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Project"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK - the project. The vendor sample is empty (`{}`); the body shape is taken from the legacy Get project
             *     object (inventory §9): nested `account` and `client` (left out when there is no client) instead of ids.
             */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": false,
                     *       "color": "#c0ffee",
                     *       "name": "Website relaunch",
                     *       "project_code": "WX13",
                     *       "notes": "Phase 2 starts in March.",
                     *       "default_billable": true,
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "account": {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "url": "https://api.resourceguruapp.com/v1/accounts/1"
                     *       },
                     *       "client": {
                     *         "id": 1,
                     *         "name": "Acme Ltd",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/clients/1"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing project */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "c0ffee",
                 *       "name": "string",
                 *       "project_code": "WX13",
                 *       "client_id": 1,
                 *       "notes": "string",
                 *       "default_billable": true,
                 *       "archived": true
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description OK - the updated project. The vendor sample is empty (`{}`); shape from the legacy project object (inventory §9), as Get project answers it - nested `account` and `client` (left out when there is no client) instead of ids (inferred). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "archived": true,
                     *       "color": "#c0ffee",
                     *       "name": "string",
                     *       "project_code": "WX13",
                     *       "notes": "string",
                     *       "default_billable": true,
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "account": {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "url": "https://api.resourceguruapp.com/v1/accounts/1"
                     *       },
                     *       "client": {
                     *         "id": 1,
                     *         "name": "Acme Ltd",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/clients/1"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listResources: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
                /**
                 * @description Whether to include extra information about the resource.
                 *
                 *     Inferred: without `detail=1` an item is 004's list item (id, color, name, updated_at, url, resource_type, timezone, plus `custom_available_periods` as `show_availability` says); with it, the whole resource as Get resource answers it.
                 */
                detail?: components["parameters"]["ResourceDetail"];
                /**
                 * @description Return only the resources specified in this array (repeated bare keys, e.g. `ids=1&ids=2`; the legacy docs used `ids[]`).
                 * @example [
                 *       1
                 *     ]
                 */
                ids?: components["parameters"]["ResourceIds"];
                /**
                 * @description Whether to include custom available periods.
                 *
                 *     Inferred: this governs `custom_available_periods` only; the weekly `available_periods` come with `detail=1`.
                 */
                show_availability?: components["parameters"]["ResourceShowAvailability"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description OK - an array of resources. The vendor sample is an empty array; the item shape is the legacy list item
             *     from 004 (id, color, name, updated_at, url, resource_type, timezone).
             */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "color": "#CCFF00",
                     *         "name": "Joe Soap",
                     *         "updated_at": "2013-04-30T12:00:00+00:00",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/resources/1",
                     *         "resource_type": {
                     *           "id": 1,
                     *           "name": "Person",
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resource_types/1"
                     *         },
                     *         "timezone": {
                     *           "name": "London",
                     *           "offset": 0
                     *         }
                     *       },
                     *       {
                     *         "id": 2,
                     *         "color": "#FFCC00",
                     *         "name": "Audi S5",
                     *         "updated_at": "2013-04-30T12:00:00+00:00",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/resources/2",
                     *         "resource_type": {
                     *           "id": 3,
                     *           "name": "Vehicle",
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resource_types/3"
                     *         },
                     *         "timezone": {
                     *           "name": "London",
                     *           "offset": 0
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Resource"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new resource */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "c0ffee",
                 *       "name": "John Doe",
                 *       "timezone": "UTC",
                 *       "job_title": "General Manager",
                 *       "phone": "string",
                 *       "bookable": true,
                 *       "notes": "string",
                 *       "first_name": "string",
                 *       "last_name": "string",
                 *       "capacity": "42",
                 *       "registration_number": "string",
                 *       "custom_field_option_ids": [
                 *         1
                 *       ],
                 *       "invite": "true",
                 *       "email": "email@resourceguruapp.com",
                 *       "resource_type_id": 1,
                 *       "booking_approver_ids": [
                 *         1
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /**
             * @description Created - the new resource; its URL is in the Location header (004). The vendor sample is empty (`{}`);
             *     the body shape is the legacy Get resource object (004, inventory §9).
             */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 3,
                     *       "archived": false,
                     *       "bookable": true,
                     *       "available_periods": [
                     *         {
                     *           "week_day": 1,
                     *           "start_time": 540,
                     *           "end_time": 1020,
                     *           "valid_from": "2020-12-31",
                     *           "valid_until": null
                     *         }
                     *       ],
                     *       "color": "#c0ffee",
                     *       "email": "email@resourceguruapp.com",
                     *       "phone": "string",
                     *       "image": "",
                     *       "job_title": "General Manager",
                     *       "name": "John Doe",
                     *       "notes": "string",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "account": {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "url": "https://api.resourceguruapp.com/v1/accounts/1"
                     *       },
                     *       "resource_type": {
                     *         "id": 1,
                     *         "name": "Person",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/resource_types/1"
                     *       },
                     *       "selected_custom_field_options": [
                     *         {
                     *           "id": 1,
                     *           "value": "Projector"
                     *         }
                     *       ],
                     *       "timezone": {
                     *         "name": "UTC",
                     *         "offset": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Unprocessable Entity - validation errors, or the account's plan limit of resources has been reached (legacy docs). */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "You have reached the maximum number of resources for your plan"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listArchivedResources: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
                /**
                 * @description Whether to include extra information about the resource.
                 *
                 *     Inferred: without `detail=1` an item is 004's list item (id, color, name, updated_at, url, resource_type, timezone, plus `custom_available_periods` as `show_availability` says); with it, the whole resource as Get resource answers it.
                 */
                detail?: components["parameters"]["ResourceDetail"];
                /**
                 * @description Return only the resources specified in this array (repeated bare keys, e.g. `ids=1&ids=2`; the legacy docs used `ids[]`).
                 * @example [
                 *       1
                 *     ]
                 */
                ids?: components["parameters"]["ResourceIds"];
                /**
                 * @description Whether to include custom available periods.
                 *
                 *     Inferred: this governs `custom_available_periods` only; the weekly `available_periods` come with `detail=1`.
                 */
                show_availability?: components["parameters"]["ResourceShowAvailability"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of archived resources. The vendor sample is an empty array; item shape from 004. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 4,
                     *         "archived": true,
                     *         "color": "#336699",
                     *         "name": "Meeting Room 2",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/resources/4",
                     *         "resource_type": {
                     *           "id": 2,
                     *           "name": "Meeting Room",
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resource_types/2"
                     *         },
                     *         "timezone": {
                     *           "name": "London",
                     *           "offset": 0
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Resource"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the resource. The vendor sample is empty (`{}`); the body shape is the legacy Get resource object (004). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 2,
                     *       "archived": false,
                     *       "bookable": true,
                     *       "available_periods": [
                     *         {
                     *           "week_day": 0,
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "valid_from": "2013-01-01",
                     *           "valid_until": null
                     *         }
                     *       ],
                     *       "color": "#CCFF00",
                     *       "email": "joe@example.com",
                     *       "image": "",
                     *       "job_title": "Developer",
                     *       "name": "Joe Soap",
                     *       "notes": "Some notes",
                     *       "updated_at": "2013-04-30T12:00:00+00:00",
                     *       "account": {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "url": ""
                     *       },
                     *       "resource_type": {
                     *         "id": 1,
                     *         "name": "Name",
                     *         "url": ""
                     *       },
                     *       "selected_custom_field_options": [
                     *         {
                     *           "id": 1,
                     *           "value": "Projector"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "value": "Whiteboard"
                     *         }
                     *       ],
                     *       "timezone": {
                     *         "name": "London",
                     *         "offset": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing resource */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "archived": true,
                 *       "color": "c0ffee",
                 *       "name": "John Doe",
                 *       "timezone": "UTC",
                 *       "job_title": "General Manager",
                 *       "phone": "string",
                 *       "bookable": true,
                 *       "notes": "string",
                 *       "first_name": "string",
                 *       "last_name": "string",
                 *       "capacity": "42",
                 *       "registration_number": "string",
                 *       "custom_field_option_ids": [
                 *         1
                 *       ],
                 *       "booking_approver_ids": [
                 *         1
                 *       ],
                 *       "replacement_approver_user_id": 1
                 *     }
                 */
                "application/json": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            /** @description OK - the updated resource (004). The vendor sample is empty (`{}`); shape from the legacy Get resource object (004). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 2,
                     *       "archived": true,
                     *       "bookable": true,
                     *       "available_periods": [
                     *         {
                     *           "week_day": 1,
                     *           "start_time": 540,
                     *           "end_time": 1020,
                     *           "valid_from": "2020-12-31",
                     *           "valid_until": null
                     *         }
                     *       ],
                     *       "color": "#c0ffee",
                     *       "email": "email@resourceguruapp.com",
                     *       "phone": "string",
                     *       "image": "",
                     *       "job_title": "General Manager",
                     *       "name": "John Doe",
                     *       "notes": "string",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "account": {
                     *         "id": 1,
                     *         "name": "Example Corp",
                     *         "url": "https://api.resourceguruapp.com/v1/accounts/1"
                     *       },
                     *       "resource_type": {
                     *         "id": 1,
                     *         "name": "Person",
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/resource_types/1"
                     *       },
                     *       "selected_custom_field_options": [
                     *         {
                     *           "id": 1,
                     *           "value": "Projector"
                     *         }
                     *       ],
                     *       "timezone": {
                     *         "name": "UTC",
                     *         "offset": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Resource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description Optional request body */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "replacement_approver_user_id": 1
                 *     }
                 */
                "application/json": components["schemas"]["ResourceDelete"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateResourceAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The new availability information */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2020-12-31",
                 *       "timezone": "UTC",
                 *       "delete_invalid_bookings": false,
                 *       "allow_waiting": true,
                 *       "available_periods": [
                 *         {
                 *           "week_day": 1,
                 *           "start_time": 540,
                 *           "end_time": 1020
                 *         },
                 *         {
                 *           "week_day": 2,
                 *           "start_time": 540,
                 *           "end_time": 1020
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ResourceAvailabilityUpdate"];
            };
        };
        responses: {
            /**
             * @description Created - the availability or timezone change was applied. The body is the clash object shown in the
             *     vendor's response sample; that the sample belongs to the success response is inferred.
             */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clashes": [],
                     *       "allowClashResolution": true
                     *     }
                     */
                    "application/json": components["schemas"]["Clashes"];
                };
            };
            /** @description Bad Request - bookings clash with the new availability and no clash option was chosen (legacy docs); the body lists the clashes. Malformed parameters or JSON get the `Errors` body, as every 400 of this API (001 "Response Codes"; spec changed, see NOTES.md). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clashes": [
                     *         {
                     *           "booking_id": 1,
                     *           "resource_id": 1,
                     *           "date": "2020-12-31",
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "duration": 60,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "allowClashResolution": true
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["Clashes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listResourceTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of resource types (no pagination). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "human": true,
                     *         "name": "Person",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "custom_attributes": [
                     *           "phone"
                     *         ],
                     *         "custom_fields": [
                     *           {
                     *             "id": 1,
                     *             "name": "Skills",
                     *             "required": false,
                     *             "custom_field_options": [
                     *               {
                     *                 "id": 1,
                     *                 "value": "Ruby"
                     *               },
                     *               {
                     *                 "id": 2,
                     *                 "value": "TypeScript"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "id": 2,
                     *         "human": false,
                     *         "name": "Meeting Room",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "custom_attributes": [
                     *           "capacity"
                     *         ],
                     *         "custom_fields": []
                     *       },
                     *       {
                     *         "id": 3,
                     *         "human": false,
                     *         "name": "Vehicle",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "custom_attributes": [
                     *           "registration_number"
                     *         ],
                     *         "custom_fields": []
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ResourceType"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResourceType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the resource type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "human": true,
                     *       "name": "string",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "custom_attributes": [
                     *         "phone"
                     *       ],
                     *       "custom_fields": [
                     *         {
                     *           "id": 1,
                     *           "name": "Skills",
                     *           "required": false,
                     *           "custom_field_options": [
                     *             {
                     *               "id": 1,
                     *               "value": "Ruby"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The maximum number of results to return. `0` removes the limit. */
                limit?: components["parameters"]["limit50"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of users. The vendor sample is `[]`; the item shape is the legacy user object (inventory §9). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "first_name": "Jane",
                     *         "last_name": "Doe",
                     *         "email": "jane@example.com",
                     *         "image": null,
                     *         "timezone": "London",
                     *         "color": "#c0ffee",
                     *         "permissions": "administrator",
                     *         "booking_rights": "manage_all",
                     *         "client_rights": "manage_all",
                     *         "project_rights": "manage_all",
                     *         "resource_rights": "manage_all",
                     *         "report_rights": "manage_all",
                     *         "owner": true,
                     *         "activation_state": "active",
                     *         "last_login_at": "2020-12-31T14:29:29.000Z",
                     *         "last_logout_at": null,
                     *         "last_activity_at": "2020-12-31T15:02:10.000Z",
                     *         "created_at": "2019-01-01T09:00:00.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       },
                     *       {
                     *         "id": 2,
                     *         "first_name": "John",
                     *         "last_name": "Smith",
                     *         "email": "john@example.com",
                     *         "image": null,
                     *         "timezone": "UTC",
                     *         "color": "#ffcc00",
                     *         "permissions": "basic_user",
                     *         "booking_rights": "view",
                     *         "client_rights": "view",
                     *         "project_rights": "view",
                     *         "resource_rights": "view",
                     *         "report_rights": "view",
                     *         "owner": false,
                     *         "activation_state": "active",
                     *         "last_login_at": "2020-12-30T08:00:00.000Z",
                     *         "last_logout_at": "2020-12-30T17:30:00.000Z",
                     *         "last_activity_at": "2020-12-30T17:29:00.000Z",
                     *         "created_at": "2020-06-01T09:00:00.000Z",
                     *         "updated_at": "2020-12-30T17:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["User"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listAllUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - an array of active and deleted users. The vendor sample is `[]`; item shape from the legacy user object (inventory §9). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "first_name": "Jane",
                     *         "last_name": "Doe",
                     *         "email": "jane@example.com",
                     *         "image": null,
                     *         "timezone": "London",
                     *         "color": "#c0ffee",
                     *         "permissions": "administrator",
                     *         "booking_rights": "manage_all",
                     *         "client_rights": "manage_all",
                     *         "project_rights": "manage_all",
                     *         "resource_rights": "manage_all",
                     *         "report_rights": "manage_all",
                     *         "owner": true,
                     *         "activation_state": "active",
                     *         "created_at": "2019-01-01T09:00:00.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       },
                     *       {
                     *         "id": 5,
                     *         "first_name": "Former",
                     *         "last_name": "Employee",
                     *         "email": "former@example.com",
                     *         "image": null,
                     *         "timezone": "London",
                     *         "color": "#336699",
                     *         "permissions": "basic_user",
                     *         "booking_rights": "view",
                     *         "client_rights": "view",
                     *         "project_rights": "view",
                     *         "resource_rights": "view",
                     *         "report_rights": "view",
                     *         "owner": false,
                     *         "activation_state": "pending",
                     *         "created_at": "2019-05-01T09:00:00.000Z",
                     *         "updated_at": "2020-02-01T09:00:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["User"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMyUserSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the authenticated user. The vendor sample is `{}`; the shape is the legacy `me` object (inventory §9). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "email": "jane@example.com",
                     *       "image": null,
                     *       "timezone": "London",
                     *       "last_login_at": "2020-12-31T14:29:29.000Z",
                     *       "last_logout_at": null,
                     *       "last_activity_at": "2020-12-31T15:02:10.000Z",
                     *       "activation_state": "active",
                     *       "created_at": "2019-01-01T09:00:00.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_product_update_read_at": "2020-12-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["UserSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMyUserDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the authenticated user in this account. The vendor sample is `{}`; shape from the legacy user object (inventory §9). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "first_name": "Jane",
                     *       "last_name": "Doe",
                     *       "email": "jane@example.com",
                     *       "image": null,
                     *       "timezone": "London",
                     *       "color": "#c0ffee",
                     *       "permissions": "administrator",
                     *       "booking_rights": "manage_all",
                     *       "client_rights": "manage_all",
                     *       "project_rights": "manage_all",
                     *       "resource_rights": "manage_all",
                     *       "report_rights": "manage_all",
                     *       "owner": "true",
                     *       "activation_state": "active",
                     *       "last_login_at": "2020-12-31T14:29:29.000Z",
                     *       "last_logout_at": null,
                     *       "last_activity_at": "2020-12-31T15:02:10.000Z",
                     *       "created_at": "2019-01-01T09:00:00.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_product_update_read_at": "2020-12-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the user. The vendor sample is `{}`; shape from the legacy user object (inventory §9). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 2,
                     *       "first_name": "John",
                     *       "last_name": "Smith",
                     *       "email": "john@example.com",
                     *       "image": null,
                     *       "timezone": "UTC",
                     *       "color": "#ffcc00",
                     *       "permissions": "basic_user",
                     *       "booking_rights": "view",
                     *       "client_rights": "view",
                     *       "project_rights": "view",
                     *       "resource_rights": "view",
                     *       "report_rights": "view",
                     *       "owner": false,
                     *       "activation_state": "active",
                     *       "last_login_at": "2020-12-30T08:00:00.000Z",
                     *       "last_logout_at": "2020-12-30T17:30:00.000Z",
                     *       "last_activity_at": "2020-12-30T17:29:00.000Z",
                     *       "created_at": "2020-06-01T09:00:00.000Z",
                     *       "updated_at": "2020-12-30T17:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "label": "string",
                     *         "required": true,
                     *         "type": "single_select",
                     *         "entity_types": [
                     *           "resource",
                     *           "booking"
                     *         ],
                     *         "resource_type_ids": [
                     *           1
                     *         ],
                     *         "default": true,
                     *         "icon": "percent",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CustomField"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new custom field. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "string",
                 *       "required": true,
                 *       "type": "single_select",
                 *       "entity_types": [
                 *         "resource"
                 *       ],
                 *       "resource_type_ids": [
                 *         1
                 *       ],
                 *       "icon": "percent",
                 *       "custom_field_options": [
                 *         "Option A",
                 *         "Option B"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CustomFieldCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "label": "string",
                     *       "required": true,
                     *       "type": "single_select",
                     *       "entity_types": [
                     *         "resource",
                     *         "booking"
                     *       ],
                     *       "resource_type_ids": [
                     *         1
                     *       ],
                     *       "default": true,
                     *       "icon": "percent",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "label": "string",
                     *       "required": true,
                     *       "type": "single_select",
                     *       "entity_types": [
                     *         "resource",
                     *         "booking"
                     *       ],
                     *       "resource_type_ids": [
                     *         1
                     *       ],
                     *       "default": true,
                     *       "icon": "percent",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update on the custom field. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "string",
                 *       "required": true,
                 *       "entity_types": [
                 *         "resource"
                 *       ],
                 *       "resource_type_ids": [
                 *         1
                 *       ],
                 *       "icon": "percent"
                 *     }
                 */
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "label": "string",
                     *       "required": true,
                     *       "type": "single_select",
                     *       "entity_types": [
                     *         "resource",
                     *         "booking"
                     *       ],
                     *       "resource_type_ids": [
                     *         1
                     *       ],
                     *       "default": true,
                     *       "icon": "percent",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomFieldOptions: {
        parameters: {
            query?: {
                /**
                 * @description Only return Custom Field Options that are for the Custom Field with this ID.
                 * @example 42
                 */
                custom_field_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "custom_field_id": 1,
                     *         "value": "string",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       },
                     *       {
                     *         "id": 2,
                     *         "custom_field_id": 1,
                     *         "value": "Option B",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CustomFieldOption"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomFieldOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new custom field option. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "custom_field_id": 1,
                 *       "value": "string"
                 *     }
                 */
                "application/json": components["schemas"]["CustomFieldOptionCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "custom_field_id": 1,
                     *       "value": "string",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomFieldOption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomFieldOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "custom_field_id": 1,
                     *       "value": "string",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomFieldOption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomFieldOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update on the custom field option. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "string"
                 *     }
                 */
                "application/json": components["schemas"]["CustomFieldOptionUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "custom_field_id": 1,
                     *       "value": "string",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomFieldOption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCustomFieldOption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDowntimes: {
        parameters: {
            query?: {
                /**
                 * @description Include downtime events only for the specified resources. Repeated key: `resource_ids=42&resource_ids=50`.
                 * @example [
                 *       "42"
                 *     ]
                 */
                resource_ids?: string[];
                /**
                 * @description Include only downtime events having the specified booker id.
                 * @example 42
                 */
                booker_id?: string;
                /**
                 * @description Include only downtime events starting on or after this date.
                 * @example 2020-01-01
                 */
                from?: string;
                /**
                 * @description Include only downtime events ending on or before this date.
                 * @example 2020-01-01
                 */
                to?: string;
                /**
                 * @description If set to 1, downtimes with archived resources will be included. If set to 0, downtimes with archived resources will be excluded.
                 * @example 0
                 */
                include_archived_resources?: components["schemas"]["Flag"];
                /**
                 * @description If set to 1, downtimes with deleted resources will be included. If set to 0, downtimes with deleted resources will be excluded.
                 * @example 0
                 */
                include_deleted_resources?: components["schemas"]["Flag"];
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "details": "string",
                     *         "from": "2020-12-31",
                     *         "to": "2020-12-31",
                     *         "start_time": 540,
                     *         "end_time": 600,
                     *         "timezone": "UTC",
                     *         "downtime_type_id": 1,
                     *         "booker_id": 1,
                     *         "creator_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "account_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "leave": "string",
                     *         "state": "string",
                     *         "deleted": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Downtime"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createDowntime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the new downtime event. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_invalid_bookings": false,
                 *       "block_by_clashes": false,
                 *       "from": "2020-12-31",
                 *       "to": "2020-12-31",
                 *       "start_time": 540,
                 *       "end_time": 600,
                 *       "timezone": "UTC",
                 *       "downtime_type_id": 1,
                 *       "details": null,
                 *       "booker_id": 1,
                 *       "creator_id": 1,
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "allow_waiting": true,
                 *       "clash_resolution": "add_to_waiting_list"
                 *     }
                 */
                "application/json": components["schemas"]["DowntimeCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "details": "string",
                     *       "from": "2020-12-31",
                     *       "to": "2020-12-31",
                     *       "start_time": 540,
                     *       "end_time": 600,
                     *       "timezone": "UTC",
                     *       "downtime_type_id": 1,
                     *       "booker_id": 1,
                     *       "creator_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "account_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "leave": "string",
                     *       "state": "string",
                     *       "deleted": false
                     *     }
                     */
                    "application/json": components["schemas"]["Downtime"];
                };
            };
            /** @description Bad Request - `block_by_clashes` is true and bookings clash with the downtime. Malformed parameters or JSON get the `Errors` body, as every 400 of this API (001 "Response Codes"; spec changed, see NOTES.md). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clashes": [
                     *         {
                     *           "booking_id": 12,
                     *           "resource_id": 1,
                     *           "date": "2020-12-31",
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "duration": 60,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "allowClashResolution": true
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["Clashes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDowntimeClashes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The search criteria. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "2020-12-31",
                 *       "to": "2020-12-31",
                 *       "start_time": 540,
                 *       "end_time": 600,
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "timezone": "UTC"
                 *     }
                 */
                "application/json": components["schemas"]["DowntimeClashSearch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "booking_id": 12,
                     *         "resource_id": 1,
                     *         "date": "2020-12-31",
                     *         "start_time": 540,
                     *         "end_time": 600,
                     *         "duration": 60,
                     *         "waiting": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DowntimeClash"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getDowntime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "details": "string",
                     *       "from": "2020-12-31",
                     *       "to": "2020-12-31",
                     *       "start_time": 540,
                     *       "end_time": 600,
                     *       "timezone": "UTC",
                     *       "downtime_type_id": 1,
                     *       "booker_id": 1,
                     *       "creator_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "account_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "leave": "string",
                     *       "state": "string",
                     *       "deleted": false
                     *     }
                     */
                    "application/json": components["schemas"]["Downtime"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateDowntime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing downtime. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delete_invalid_bookings": false,
                 *       "block_by_clashes": false,
                 *       "from": "2020-12-31",
                 *       "to": "2020-12-31",
                 *       "start_time": 540,
                 *       "end_time": 600,
                 *       "timezone": "UTC",
                 *       "downtime_type_id": 1,
                 *       "details": "string",
                 *       "booker_id": 1,
                 *       "resource_ids": [
                 *         1
                 *       ],
                 *       "allow_waiting": true,
                 *       "clash_resolution": "add_to_waiting_list"
                 *     }
                 */
                "application/json": components["schemas"]["DowntimeUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "details": "string",
                     *       "from": "2020-12-31",
                     *       "to": "2020-12-31",
                     *       "start_time": 540,
                     *       "end_time": 600,
                     *       "timezone": "UTC",
                     *       "downtime_type_id": 1,
                     *       "booker_id": 1,
                     *       "creator_id": 1,
                     *       "resource_ids": [
                     *         1
                     *       ],
                     *       "account_id": 1,
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "last_updated_by": 1,
                     *       "leave": "string",
                     *       "state": "string",
                     *       "deleted": false
                     *     }
                     */
                    "application/json": components["schemas"]["Downtime"];
                };
            };
            /** @description Bad Request - `block_by_clashes` is true and bookings clash with the downtime. Malformed parameters or JSON get the `Errors` body, as every 400 of this API (001 "Response Codes"; spec changed, see NOTES.md). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clashes": [
                     *         {
                     *           "booking_id": 12,
                     *           "resource_id": 1,
                     *           "date": "2020-12-31",
                     *           "start_time": 540,
                     *           "end_time": 600,
                     *           "duration": 60,
                     *           "waiting": false
                     *         }
                     *       ],
                     *       "allowClashResolution": true
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"] | components["schemas"]["Clashes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteDowntime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    splitDowntime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The date to split the downtime event */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2030-06-07",
                 *       "resource_id": 1
                 *     }
                 */
                "application/json": components["schemas"]["DowntimeSplit"];
            };
        };
        responses: {
            /** @description OK - the two downtime events resulting from the split. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "details": "string",
                     *         "from": "2030-06-06",
                     *         "to": "2030-06-06",
                     *         "start_time": 540,
                     *         "end_time": 600,
                     *         "timezone": "UTC",
                     *         "downtime_type_id": 2,
                     *         "booker_id": 1,
                     *         "creator_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "account_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "leave": "string",
                     *         "state": "string",
                     *         "deleted": false
                     *       },
                     *       {
                     *         "id": 2,
                     *         "details": "string",
                     *         "from": "2030-06-07",
                     *         "to": "2030-06-09",
                     *         "start_time": 540,
                     *         "end_time": 600,
                     *         "timezone": "UTC",
                     *         "downtime_type_id": 2,
                     *         "booker_id": 1,
                     *         "creator_id": 1,
                     *         "resource_ids": [
                     *           1
                     *         ],
                     *         "account_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "last_updated_by": 1,
                     *         "leave": "string",
                     *         "state": "string",
                     *         "deleted": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Downtime"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listDowntimeTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "name": "Holiday/Vacation",
                     *         "account_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "default": true
                     *       },
                     *       {
                     *         "id": 2,
                     *         "name": "Sick",
                     *         "account_id": 1,
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "default": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DowntimeType"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "name": "Bookings feed",
                     *         "payload_url": "https://example.com/hooks/resource-guru",
                     *         "account_id": 1,
                     *         "user_id": 1,
                     *         "events": [
                     *           "bookings",
                     *           "downtimes"
                     *         ],
                     *         "url": "https://api.resourceguruapp.com/v1/example-corp/webhooks/1",
                     *         "created_at": "2020-12-31T14:29:29.000Z",
                     *         "updated_at": "2020-12-31T14:29:29.000Z",
                     *         "status": "success",
                     *         "paused": false
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The information for the webhook */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Bookings feed",
                 *       "payload_url": "https://example.com/hooks/resource-guru",
                 *       "events": [
                 *         "bookings",
                 *         "downtimes"
                 *       ],
                 *       "secret": "a-long-random-secret",
                 *       "send_secret_header": true,
                 *       "paused": false
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Bookings feed",
                     *       "payload_url": "https://example.com/hooks/resource-guru",
                     *       "account_id": 1,
                     *       "user_id": 1,
                     *       "events": [
                     *         "bookings",
                     *         "downtimes"
                     *       ],
                     *       "url": "https://api.resourceguruapp.com/v1/example-corp/webhooks/1",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "status": "ready",
                     *       "paused": false
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendWebhookTestPayload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        /** @description The URL we want to test */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payload_url": "https://example.com/hooks/resource-guru"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookTest"];
            };
        };
        responses: {
            /** @description OK - the payload URL answered 2xx (the empty `errors` is inferred from the `{"errors": [ … ]}` sample). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            /** @description Internal Server Error - there were problems connecting to the URL (inferred by analogy with Test webhook; the body is inferred). */
            500: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "Failed to connect to the payload URL"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Bookings feed",
                     *       "payload_url": "https://example.com/hooks/resource-guru",
                     *       "account_id": 1,
                     *       "user_id": 1,
                     *       "events": [
                     *         "bookings",
                     *         "downtimes"
                     *       ],
                     *       "url": "https://api.resourceguruapp.com/v1/example-corp/webhooks/1",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "status": "success",
                     *       "paused": false
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The parameters we want to update */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paused": true,
                 *       "events": [
                 *         "bookings"
                 *       ],
                 *       "retry_last": false
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "Bookings feed",
                     *       "payload_url": "https://example.com/hooks/resource-guru",
                     *       "account_id": 1,
                     *       "user_id": 1,
                     *       "events": [
                     *         "bookings"
                     *       ],
                     *       "url": "https://api.resourceguruapp.com/v1/example-corp/webhooks/1",
                     *       "created_at": "2020-12-31T14:29:29.000Z",
                     *       "updated_at": "2020-12-31T14:29:29.000Z",
                     *       "status": "success",
                     *       "paused": true
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Unprocessable Entity - validation errors, or `user_id` was sent (legacy docs). */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "user_id cannot be changed"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - the status code the payload URL answered with. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example status: 200 */
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            /** @description Internal Server Error - there were problems connecting to the payload URL (the body is inferred). */
            500: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         "Failed to connect to the payload URL"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Errors"];
                };
            };
        };
    };
    listWebhookPayloads: {
        parameters: {
            query?: {
                /** @description The number of results to skip over. */
                offset?: components["parameters"]["offset"];
                /** @description The maximum number of results to return. No default (all results). */
                limit?: components["parameters"]["limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "account_id": 1,
                     *         "webhook_id": 1,
                     *         "model": {
                     *           "id": 1,
                     *           "timestamp": 1423472753,
                     *           "payload": {
                     *             "id": 1234,
                     *             "archived": false,
                     *             "color": null,
                     *             "name": "A client",
                     *             "notes": "Some notes",
                     *             "created_at": "2015-02-04T16:40:23.000Z",
                     *             "updated_at": "2015-02-09T09:05:53.581Z",
                     *             "action": "create",
                     *             "type": "client"
                     *           }
                     *         },
                     *         "user": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com"
                     *         },
                     *         "action": "create",
                     *         "attempts": 1,
                     *         "status": "delivered",
                     *         "last_sent_on": "2015-02-09T09:05:54.000Z",
                     *         "created_at": "2015-02-09T09:05:53.000Z",
                     *         "request_headers": {
                     *           "User-Agent": "ResourceGuru/Webhooks",
                     *           "Content-Type": "application/json"
                     *         },
                     *         "response_from_http_client": 200,
                     *         "next_try": null
                     *       },
                     *       {
                     *         "id": 2,
                     *         "account_id": 1,
                     *         "webhook_id": 1,
                     *         "model": {
                     *           "id": 2,
                     *           "timestamp": 1423472800,
                     *           "payload": {
                     *             "id": 1234,
                     *             "name": "A client",
                     *             "action": "delete",
                     *             "type": "client"
                     *           }
                     *         },
                     *         "user": {
                     *           "id": 1,
                     *           "name": "Jane Smith",
                     *           "email": "jane@example.com"
                     *         },
                     *         "action": "delete",
                     *         "attempts": 3,
                     *         "status": "failing",
                     *         "last_sent_on": "2015-02-09T09:10:00.000Z",
                     *         "created_at": "2015-02-09T09:06:40.000Z",
                     *         "request_headers": {
                     *           "User-Agent": "ResourceGuru/Webhooks",
                     *           "Content-Type": "application/json"
                     *         },
                     *         "response_from_http_client": 502,
                     *         "next_try": "2015-02-09T09:20:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["WebhookPayload"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    resendWebhookPayload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description Contains the unique identifier of the payload that we want to re-send */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 1
                 *     }
                 */
                "application/json": components["schemas"]["WebhookPayloadResend"];
            };
        };
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 1,
                     *         "calendar_account_name": "string",
                     *         "connection_status": "success",
                     *         "api": "google",
                     *         "incoming_calendars": [
                     *           {
                     *             "id": 1,
                     *             "name": "Work",
                     *             "sync": true
                     *           }
                     *         ],
                     *         "outgoing_calendar_state": "paused"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Calendar"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listExternalEvents: {
        parameters: {
            query?: {
                /** @description Only return entries on or after this date (YYYY-MM-DD). */
                start_date?: components["parameters"]["start_date"];
                /** @description Only return entries on or before this date (YYYY-MM-DD). */
                end_date?: components["parameters"]["end_date"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example [] */
                    "application/json": components["schemas"]["ExternalEvent"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "calendar_account_name": "string",
                     *       "connection_status": "success",
                     *       "api": "google",
                     *       "incoming_calendars": [
                     *         {
                     *           "id": 1,
                     *           "name": "Work",
                     *           "sync": true
                     *         }
                     *       ],
                     *       "outgoing_calendar_state": "paused"
                     *     }
                     */
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        /** @description The information to update in the existing calendar. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "incoming_calendar_subscriptions": [
                 *         {
                 *           "calendar_id": 1,
                 *           "sync": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CalendarUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "calendar_account_name": "string",
                     *       "connection_status": "success",
                     *       "api": "google",
                     *       "incoming_calendars": [
                     *         {
                     *           "id": 1,
                     *           "name": "Work",
                     *           "sync": true
                     *         }
                     *       ],
                     *       "outgoing_calendar_state": "paused"
                     *     }
                     */
                    "application/json": components["schemas"]["Calendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProjectsReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "booked": 32640,
                     *       "waiting_list": 0,
                     *       "max_usage": 3180,
                     *       "projects": [
                     *         {
                     *           "id": 148,
                     *           "name": "Project A",
                     *           "project_code": "PA01",
                     *           "client_name": "Client A",
                     *           "client_id": 12,
                     *           "color": "#FFCC00",
                     *           "booked": 0,
                     *           "waiting_list": 0,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/projects/148"
                     *         },
                     *         {
                     *           "id": 149,
                     *           "name": "Project B",
                     *           "project_code": "PB02",
                     *           "client_name": "Client A",
                     *           "client_id": 12,
                     *           "color": "#CCFF00",
                     *           "booked": 4800,
                     *           "waiting_list": 0,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/projects/149"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Projects"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProjectReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity we would like to report on, or 0 for a report on all bookings not associated to an entity.
                 * @example 1
                 */
                id: components["parameters"]["ReportV1EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 148,
                     *       "name": "Project A",
                     *       "project_code": "PA01",
                     *       "client_name": "",
                     *       "color": "#FFCC00",
                     *       "booked": 5040,
                     *       "waiting_list": 0,
                     *       "url": "https://api.resourceguruapp.com/v1/example-corp/projects/148",
                     *       "resources": [
                     *         {
                     *           "id": 1685,
                     *           "name": "John Doe",
                     *           "image": "/images/fallback/resources/person/thumb_default.png",
                     *           "booked": 5040,
                     *           "waiting_list": 0,
                     *           "job_title": "Developer",
                     *           "resource_type": "Person",
                     *           "earliest_available_period": "01 Aug 2014 to 31 Dec 2014 *",
                     *           "utilization": 1,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resources/1685"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientsReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "booked": 32640,
                     *       "waiting_list": 0,
                     *       "max_usage": 3180,
                     *       "clients": [
                     *         {
                     *           "id": 1,
                     *           "name": "Client A",
                     *           "notes": "This is a note",
                     *           "color": "#FFCC00",
                     *           "booked": 0,
                     *           "waiting_list": 0,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/clients/1"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Client B",
                     *           "notes": "",
                     *           "color": "#0264B0",
                     *           "booked": 4800,
                     *           "waiting_list": 0,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/clients/2"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Clients"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity we would like to report on, or 0 for a report on all bookings not associated to an entity.
                 * @example 1
                 */
                id: components["parameters"]["ReportV1EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 242,
                     *       "name": "Client A",
                     *       "notes": "This is a note",
                     *       "color": "#FFCC00",
                     *       "booked": 5040,
                     *       "waiting_list": 0,
                     *       "url": "https://api.resourceguruapp.com/v1/example-corp/clients/242",
                     *       "resources": [
                     *         {
                     *           "id": 1685,
                     *           "name": "John Doe",
                     *           "image": "/images/fallback/resources/person/thumb_default.png",
                     *           "booked": 5040,
                     *           "waiting_list": 0,
                     *           "job_title": "Developer",
                     *           "resource_type": "Person",
                     *           "earliest_available_period": "01 Aug 2014 to 31 Dec 2014 *",
                     *           "utilization": 1,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resources/1685"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResourcesReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "availability": 24000,
                     *       "booked": 19200,
                     *       "resources": [
                     *         {
                     *           "id": "1",
                     *           "name": "John Doe",
                     *           "image": "https://resourceguru.s3.amazonaws.com/images/card_69cb-7f96ae8b2e17.png",
                     *           "booked": 9600,
                     *           "unbooked": 2400,
                     *           "availability": 12000,
                     *           "waiting_list": 0,
                     *           "utilization": 0.8,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resources/1",
                     *           "resource_type": "Person",
                     *           "earliest_available_period": "25 Aug 2014 - 31 Aug 2014",
                     *           "job_title": "General Manager",
                     *           "custom_fields": []
                     *         },
                     *         {
                     *           "id": "2",
                     *           "name": "Joe Soap",
                     *           "image": "https://resourceguru.s3.amazonaws.com/images/card_12cb-7f968wehjfi2e17.png",
                     *           "booked": 9600,
                     *           "unbooked": 2400,
                     *           "availability": 12000,
                     *           "waiting_list": 30,
                     *           "utilization": 0.8,
                     *           "url": "https://api.resourceguruapp.com/v1/example-corp/resources/2",
                     *           "resource_type": "Person",
                     *           "earliest_available_period": "25 Aug 2014 - 31 Aug 2014",
                     *           "job_title": null,
                     *           "custom_fields": {
                     *             "22": [
                     *               "33"
                     *             ]
                     *           }
                     *         }
                     *       ],
                     *       "unbooked": 30,
                     *       "utilization": 0.8,
                     *       "waiting_list": 30
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Resources"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResourceReportV1: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "availability": 24000,
                     *       "booked": 19200,
                     *       "clients": [
                     *         {
                     *           "id": 1,
                     *           "name": "Client A",
                     *           "color": "#FFCC00",
                     *           "booked": 14400,
                     *           "waiting_list": 0,
                     *           "max_usage": 14400
                     *         },
                     *         {
                     *           "name": "No client assigned",
                     *           "color": "#bfbfbf",
                     *           "booked": 4800,
                     *           "waiting_list": 0,
                     *           "max_usage": 14400
                     *         }
                     *       ],
                     *       "custom_fields": {
                     *         "22": [
                     *           "33"
                     *         ]
                     *       },
                     *       "downtime_types": [
                     *         {
                     *           "id": 1,
                     *           "name": "Sick",
                     *           "downtime": 0,
                     *           "downtime_days": 0
                     *         }
                     *       ],
                     *       "earliest_available_period": "25 Aug 2014 - 31 Aug 2014",
                     *       "id": 1,
                     *       "job_title": "General Manager",
                     *       "name": "John Doe",
                     *       "other_downtime": 0,
                     *       "other_downtime_days": 0,
                     *       "personal_vacation_downtime": 0,
                     *       "personal_vacation_downtime_days": 0,
                     *       "projects": [],
                     *       "public_holiday_downtime": 0,
                     *       "public_holiday_downtime_days": 0,
                     *       "resource_type": "Person",
                     *       "sick_downtime": 0,
                     *       "sick_downtime_days": 0,
                     *       "total_vacation_downtime": 0,
                     *       "total_vacation_downtime_days": 0,
                     *       "unbooked": 0,
                     *       "utilization": 0.8,
                     *       "waiting_list": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV1Resource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResourcesReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "approvals": {
                     *         "approved": 18240,
                     *         "pending": 960,
                     *         "declined": 0
                     *       },
                     *       "availability": {
                     *         "total": 24000,
                     *         "billable": 0,
                     *         "non_billable": 24000
                     *       },
                     *       "downtime": {
                     *         "total": 480,
                     *         "billable": 0,
                     *         "non_billable": 480
                     *       },
                     *       "overtime": {
                     *         "total": 120,
                     *         "billable": 0,
                     *         "non_billable": 120
                     *       },
                     *       "resources": [
                     *         {
                     *           "id": 1,
                     *           "name": "John Doe",
                     *           "color": "#c0ffee",
                     *           "job_title": "General Manager",
                     *           "resource_type": {
                     *             "id": 1,
                     *             "name": "Person",
                     *             "human": true
                     *           },
                     *           "approvals": {
                     *             "approved": 18240,
                     *             "pending": 960,
                     *             "declined": 0
                     *           },
                     *           "availability": {
                     *             "total": 24000,
                     *             "billable": 0,
                     *             "non_billable": 24000
                     *           },
                     *           "downtime": {
                     *             "total": 480,
                     *             "billable": 0,
                     *             "non_billable": 480
                     *           },
                     *           "overtime": {
                     *             "total": 120,
                     *             "billable": 0,
                     *             "non_billable": 120
                     *           },
                     *           "scheduled": {
                     *             "total": 19200,
                     *             "billable": 14400,
                     *             "non_billable": 4800
                     *           },
                     *           "unscheduled": {
                     *             "total": 4800,
                     *             "billable": 0,
                     *             "non_billable": 4800
                     *           },
                     *           "tentative": {
                     *             "total": 960,
                     *             "billable": 960,
                     *             "non_billable": 0
                     *           },
                     *           "utilization": {
                     *             "total": 0.8,
                     *             "billable": 0.6,
                     *             "non_billable": 0.2
                     *           },
                     *           "waiting_list": {
                     *             "total": 30,
                     *             "billable": 0,
                     *             "non_billable": 30
                     *           }
                     *         }
                     *       ],
                     *       "scheduled": {
                     *         "total": 19200,
                     *         "billable": 14400,
                     *         "non_billable": 4800
                     *       },
                     *       "unscheduled": {
                     *         "total": 4800,
                     *         "billable": 0,
                     *         "non_billable": 4800
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       },
                     *       "utilization": {
                     *         "total": 0.8,
                     *         "billable": 0.6,
                     *         "non_billable": 0.2
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Resources"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getResourceReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "name": "John Doe",
                     *       "color": "#c0ffee",
                     *       "job_title": "General Manager",
                     *       "reported_date_range": {
                     *         "start_date": "2020-12-01",
                     *         "end_date": "2020-12-31"
                     *       },
                     *       "resource_type": {
                     *         "id": 1,
                     *         "name": "Person",
                     *         "human": true
                     *       },
                     *       "approvals": {
                     *         "approved": 18240,
                     *         "pending": 960,
                     *         "declined": 0
                     *       },
                     *       "scheduled": {
                     *         "total": 19200,
                     *         "billable": 14400,
                     *         "non_billable": 4800
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       },
                     *       "availability": {
                     *         "total": 24000,
                     *         "billable": 0,
                     *         "non_billable": 24000
                     *       },
                     *       "custom_fields": [
                     *         {
                     *           "id": 22,
                     *           "label": "Department",
                     *           "options": [
                     *             {
                     *               "id": 33,
                     *               "value": "Engineering"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "downtime": {
                     *         "total": 480,
                     *         "billable": 0,
                     *         "non_billable": 480
                     *       },
                     *       "overtime": {
                     *         "total": 120,
                     *         "billable": 0,
                     *         "non_billable": 120
                     *       },
                     *       "unscheduled": {
                     *         "total": 4800,
                     *         "billable": 0,
                     *         "non_billable": 4800
                     *       },
                     *       "utilization": {
                     *         "total": 0.8,
                     *         "billable": 0.6,
                     *         "non_billable": 0.2
                     *       },
                     *       "clients": [
                     *         {
                     *           "id": 1,
                     *           "name": "Client A",
                     *           "color": "#FFCC00",
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "clients_unassigned": {
                     *         "approvals": {
                     *           "approved": 3840,
                     *           "pending": 960,
                     *           "declined": 0
                     *         },
                     *         "scheduled": {
                     *           "total": 4800,
                     *           "billable": 0,
                     *           "non_billable": 4800
                     *         },
                     *         "waiting_list": {
                     *           "total": 30,
                     *           "billable": 0,
                     *           "non_billable": 30
                     *         },
                     *         "tentative": {
                     *           "total": 960,
                     *           "billable": 960,
                     *           "non_billable": 0
                     *         }
                     *       },
                     *       "downtime_types": [
                     *         {
                     *           "id": 1,
                     *           "name": "Sick",
                     *           "downtime": {
                     *             "total": 480,
                     *             "billable": 0,
                     *             "non_billable": 480
                     *           }
                     *         }
                     *       ],
                     *       "projects": [
                     *         {
                     *           "id": 148,
                     *           "name": "Project A",
                     *           "color": "#FFCC00",
                     *           "project_code": "WX13",
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "projects_unassigned": {
                     *         "approvals": {
                     *           "approved": 3840,
                     *           "pending": 960,
                     *           "declined": 0
                     *         },
                     *         "scheduled": {
                     *           "total": 4800,
                     *           "billable": 0,
                     *           "non_billable": 4800
                     *         },
                     *         "waiting_list": {
                     *           "total": 30,
                     *           "billable": 0,
                     *           "non_billable": 30
                     *         },
                     *         "tentative": {
                     *           "total": 960,
                     *           "billable": 960,
                     *           "non_billable": 0
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Resource"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientsReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clients": [
                     *         {
                     *           "id": 1,
                     *           "name": "Client A",
                     *           "color": "#FFCC00",
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "unassigned": {
                     *         "approvals": {
                     *           "approved": 3840,
                     *           "pending": 960,
                     *           "declined": 0
                     *         },
                     *         "scheduled": {
                     *           "total": 4800,
                     *           "billable": 0,
                     *           "non_billable": 4800
                     *         },
                     *         "waiting_list": {
                     *           "total": 30,
                     *           "billable": 0,
                     *           "non_billable": 30
                     *         },
                     *         "tentative": {
                     *           "total": 960,
                     *           "billable": 960,
                     *           "non_billable": 0
                     *         }
                     *       },
                     *       "approvals": {
                     *         "approved": 18240,
                     *         "pending": 960,
                     *         "declined": 0
                     *       },
                     *       "scheduled": {
                     *         "total": 19200,
                     *         "billable": 14400,
                     *         "non_billable": 4800
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Clients"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getClientReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "color": "#c0ffee",
                     *       "id": 1,
                     *       "name": "Client A",
                     *       "approvals": {
                     *         "approved": 14400,
                     *         "pending": 0,
                     *         "declined": 0
                     *       },
                     *       "scheduled": {
                     *         "total": 14400,
                     *         "billable": 14400,
                     *         "non_billable": 0
                     *       },
                     *       "waiting_list": {
                     *         "total": 0,
                     *         "billable": 0,
                     *         "non_billable": 0
                     *       },
                     *       "tentative": {
                     *         "total": 0,
                     *         "billable": 0,
                     *         "non_billable": 0
                     *       },
                     *       "resources": [
                     *         {
                     *           "id": 1,
                     *           "name": "John Doe",
                     *           "color": "#c0ffee",
                     *           "job_title": "General Manager",
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUnassignedClientsReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resources": [
                     *         {
                     *           "id": 1,
                     *           "name": "John Doe",
                     *           "color": "#c0ffee",
                     *           "job_title": "General Manager",
                     *           "approvals": {
                     *             "approved": 3840,
                     *             "pending": 960,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 4800,
                     *             "billable": 0,
                     *             "non_billable": 4800
                     *           },
                     *           "waiting_list": {
                     *             "total": 30,
                     *             "billable": 0,
                     *             "non_billable": 30
                     *           },
                     *           "tentative": {
                     *             "total": 960,
                     *             "billable": 960,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "scheduled": {
                     *         "total": 4800,
                     *         "billable": 0,
                     *         "non_billable": 4800
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Unassigned"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProjectsReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "projects": [
                     *         {
                     *           "id": 148,
                     *           "name": "Project A",
                     *           "color": "#FFCC00",
                     *           "project_code": "WX13",
                     *           "client": {
                     *             "id": 1,
                     *             "name": "Client A"
                     *           },
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "unassigned": {
                     *         "approvals": {
                     *           "approved": 3840,
                     *           "pending": 960,
                     *           "declined": 0
                     *         },
                     *         "scheduled": {
                     *           "total": 4800,
                     *           "billable": 0,
                     *           "non_billable": 4800
                     *         },
                     *         "waiting_list": {
                     *           "total": 30,
                     *           "billable": 0,
                     *           "non_billable": 30
                     *         },
                     *         "tentative": {
                     *           "total": 960,
                     *           "billable": 960,
                     *           "non_billable": 0
                     *         }
                     *       },
                     *       "approvals": {
                     *         "approved": 18240,
                     *         "pending": 960,
                     *         "declined": 0
                     *       },
                     *       "scheduled": {
                     *         "total": 19200,
                     *         "billable": 14400,
                     *         "non_billable": 4800
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Projects"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProjectReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
                /**
                 * @description The unique identifier of the entity.
                 * @example 1
                 */
                id: components["parameters"]["id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client": {
                     *         "id": 1,
                     *         "name": "Client A",
                     *         "color": "#FFCC00"
                     *       },
                     *       "color": "#c0ffee",
                     *       "id": 1,
                     *       "name": "Project A",
                     *       "project_code": "WX13",
                     *       "approvals": {
                     *         "approved": 14400,
                     *         "pending": 0,
                     *         "declined": 0
                     *       },
                     *       "scheduled": {
                     *         "total": 14400,
                     *         "billable": 14400,
                     *         "non_billable": 0
                     *       },
                     *       "waiting_list": {
                     *         "total": 0,
                     *         "billable": 0,
                     *         "non_billable": 0
                     *       },
                     *       "tentative": {
                     *         "total": 0,
                     *         "billable": 0,
                     *         "non_billable": 0
                     *       },
                     *       "resources": [
                     *         {
                     *           "id": 1,
                     *           "name": "John Doe",
                     *           "color": "#c0ffee",
                     *           "job_title": "General Manager",
                     *           "approvals": {
                     *             "approved": 14400,
                     *             "pending": 0,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 14400,
                     *             "billable": 14400,
                     *             "non_billable": 0
                     *           },
                     *           "waiting_list": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           },
                     *           "tentative": {
                     *             "total": 0,
                     *             "billable": 0,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUnassignedProjectsReportV2: {
        parameters: {
            query: {
                /**
                 * @description The beginning of the date range to report on.
                 * @example 2020-12-31
                 */
                start_date: components["parameters"]["ReportStartDate"];
                /**
                 * @description The end of the date range to report on.
                 * @example 2020-12-31
                 */
                end_date: components["parameters"]["ReportEndDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The Account URL ID for your account - can be seen in the URL bar when using the application in a browser.
                 * @example example-corp
                 */
                account: components["parameters"]["account"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resources": [
                     *         {
                     *           "id": 1,
                     *           "name": "John Doe",
                     *           "color": "#c0ffee",
                     *           "job_title": "General Manager",
                     *           "approvals": {
                     *             "approved": 3840,
                     *             "pending": 960,
                     *             "declined": 0
                     *           },
                     *           "scheduled": {
                     *             "total": 4800,
                     *             "billable": 0,
                     *             "non_billable": 4800
                     *           },
                     *           "waiting_list": {
                     *             "total": 30,
                     *             "billable": 0,
                     *             "non_billable": 30
                     *           },
                     *           "tentative": {
                     *             "total": 960,
                     *             "billable": 960,
                     *             "non_billable": 0
                     *           }
                     *         }
                     *       ],
                     *       "scheduled": {
                     *         "total": 4800,
                     *         "billable": 0,
                     *         "non_billable": 4800
                     *       },
                     *       "waiting_list": {
                     *         "total": 30,
                     *         "billable": 0,
                     *         "non_billable": 30
                     *       },
                     *       "tentative": {
                     *         "total": 960,
                     *         "billable": 960,
                     *         "non_billable": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReportV2Unassigned"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    receiveWebhookPayload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayloadDelivery"];
            };
        };
        responses: {
            /** @description Any 2xx marks the payload delivered; any other answer, or none, marks it failing and it is retried (up to 100 attempts in all), then failed (legacy payloads docs, "Payload Statuses"). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
