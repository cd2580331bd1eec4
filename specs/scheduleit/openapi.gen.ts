/**
 * Generated from specs/scheduleit/openapi.yaml by openapi-typescript (npm run gen:types).
 * Do not edit by hand: change the spec and regenerate. CI fails when this file is stale.
 */

export type paths = {
    "/api/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API root (hypermedia index)
         * @description "Within our API we use Hypermedia to allow you to explore the API and its calls … point it to
         *     https://www.scheduleit.com/api/" (000 line 10; the URL is from the live vendor page, inv §1). The body is not
         *     documented: a HAL `_links` index of the data sets is inferred. Note the trailing slash: `/api` is another path.
         */
        get: operations["getApiRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search events
         * @description "/api/data set name (returns a simple summery of the top 10 records if no additional query parameters are
         *     sent)" and "Unless specific fields are specified only a summary is returned" (000 lines 48, 54). The search
         *     parameters are those of "Event search" (000 lines 75-87) plus `search_custom<N>` (vendor reply, 000 line 275).
         *     Several parameters combine with AND (inferred). The envelope `_embedded.events._embedded.data` is how the public
         *     clients read the list (inv §5). There is no paging: `limit` is the only size control (inv §4).
         *
         *     Polling (000 lines 118-124): poll a whole data set at most every 20 minutes and only with
         *     `search_date_modified=>{last check}`.
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create an event
         * @description "POST /api/data set name … Create a new event by posting to…" with the fields of the "Add a new Event" sample
         *     (000 lines 169-207). The vendor's PHP sample leaves a trailing `&` on the body (000 line 203); it is accepted.
         *     `title` is required by the third-party wrappers (inv §8); the seed marks nothing required. The response is
         *     "JSON representing the affected fields" (000 line 12): here the new event's `id` and the fields as stored
         *     (inferred shape). Success is 200 (the only success code the vendor names, 000 line 15).
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event id (000 line 65, "/api/data set name/data record id"). The example is the doc's event 1234 (000 lines 67, 177).
                 * @example 1234
                 */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        /**
         * Get one event (all fields)
         * @description "/api/data set name/data record id (returns ALL the available fields of the requested record)" (000 line 65);
         *     `fields` narrows it ("Get the title of your Events where the Event ID is 123456", 000 line 70). The
         *     single-record envelope is not documented: the list envelope with one record is inferred (the third-party
         *     wrappers "flatten" the response, inv §1).
         */
        get: operations["getEvent"];
        put?: never;
        /**
         * Update an event
         * @description "Update an existing event with the ID of 1234" by posting to the record's URL (000 line 177); there is no PUT
         *     or PATCH. Only the posted fields change; `owner` is replaced as a whole (third-party, inv §1). The response is
         *     the event's `id` and the fields written (shape inferred).
         */
        post: operations["updateEvent"];
        /**
         * Delete an event
         * @description "DELETE /api/data set name/record id … Returned response is in json format" (000 lines 259-265). The field
         *     names `active_workspace`, `message`, `status`, `status_code` are from a third-party schema (inv §5); their
         *     values are inferred. The vendor's sample sends an empty `CURLOPT_POSTFIELDS`: a body is ignored.
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search resources
         * @description A summary of the top 10 resources without parameters, the chosen `fields` otherwise (000 lines 48-59). Search
         *     parameters of "Resource search" (000 lines 89-96). Public clients send
         *     `resources?fields=id,name,email,owner,data2&limit=1000&search_owner=10,822` (inv §1).
         */
        get: operations["listResources"];
        put?: never;
        /**
         * Create a resource
         * @description The fields of the "Add a new Resource" sample (000 lines 209-237); `owner` is a comma list of group ids and
         *     `skills` a comma list of skill ids (000 lines 214, 229). `name` is required by the third-party wrappers.
         *     Creating a resource may use a licensed resource slot on a real account (third-party, inv §1).
         */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource id (000 line 65, "/api/data set name/data record id"). The example is the doc's resource 220 (000 line 185).
                 * @example 220
                 */
                id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        /**
         * Get one resource (all fields)
         * @description Every field of the resource unless `fields` narrows it (000 lines 54, 65). Envelope inferred as for events.
         */
        get: operations["getResource"];
        put?: never;
        /**
         * Update a resource
         * @description A POST to the record's URL, as for events (third-party MindCloud `POST /resources/:id`; the seed documents
         *     updates for events only). Only the posted fields change; `owner` is replaced as a whole.
         */
        post: operations["updateResource"];
        /**
         * Delete a resource
         * @description DELETE /api/data set name/record id (000 lines 259-265). Response fields as for events (third-party names, inferred values).
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search groups
         * @description A summary of the top 10 groups without parameters, the chosen `fields` otherwise ("Get the ID and Name fields
         *     from all your Groups", 000 line 56). Search parameters of "Group search" (000 lines 98-101); "Groups where the
         *     ID is greater than 10 but less than 200" (000 line 115) is `search_id=>10,<200` (URL inferred).
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description "Create a new group by posting to…" with the fields of the "Add a new Group" sample (000 lines 174, 239-256).
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group id (000 line 65, "/api/data set name/data record id"). The example is one of the doc's groups 456 and 789 (000 line 214).
                 * @example 456
                 */
                id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        /**
         * Get one group (all fields)
         * @description Every field of the group unless `fields` narrows it (000 lines 54, 65). Envelope inferred as for events.
         */
        get: operations["getGroup"];
        put?: never;
        /**
         * Update a group
         * @description A POST to the record's URL, as for events (third-party MindCloud `POST /groups/:id`). Only the posted fields change.
         */
        post: operations["updateGroup"];
        /**
         * Delete a group
         * @description DELETE /api/data set name/record id (000 lines 259-265). Resources stay; the group leaves their `owner` lists (inferred).
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List labels
         * @description Third-party only (MindCloud `GET /labels`, inv §1): fields `id`, `name`, `type`, `group_id`. The envelope, the
         *     summary and the `sort`, `limit`, `search_id` and `search_name` parameters are inferred by analogy with the
         *     documented data sets.
         */
        get: operations["listLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The label id (000 line 65, "/api/data set name/data record id"). Labels are third-party only (inv §1); the example is the first seeded label.
                 * @example 1
                 */
                id: components["parameters"]["label_id"];
            };
            cookie?: never;
        };
        /**
         * Get one label
         * @description Third-party only (MindCloud `GET /labels/:id`, inv §1). Envelope inferred as for events.
         */
        get: operations["getLabel"];
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
         * @description Error body. Public clients detect a 429 by a top-level `status_code` (inv §1); the other members and the values
         *     are inferred: `status` is the documented phrase ("Wait 1 Minute", "Access Denied", 000 line 15), `message` says
         *     what was wrong. Values are strings like every value of this API (a number is accepted too).
         */
        Error: {
            status?: string;
            status_code: string | number;
            message?: string;
        };
        /** @description Answer to a DELETE. Member names from a third-party schema (inv §5); values inferred. */
        Deleted: {
            active_workspace?: string;
            message?: string;
            status?: string;
            status_code: string | number;
        };
        Link: {
            href: string;
        };
        /** @description HAL-style index of the data sets (inferred; the vendor says only that the API uses Hypermedia). */
        ApiRoot: {
            _links: {
                [key: string]: components["schemas"]["Link"];
            };
        };
        /** @description An event. A list gives the summary fields or those named in `fields`; a single record every field. */
        Event: {
            /** @description Record id (inv §3: every value is a string). */
            id?: string;
            /** @description Title (000 line 184). */
            title?: string;
            /** @description Ids of the resources the event is tagged with, read back wrapped in commas: `",100,103,"` (000 line 185; public client, inv §1). */
            owner?: string;
            /** @description Names of the tagged resources, comma-separated (third-party field; content inferred). */
            owner_names_simple?: string;
            /** @description Start, `YYYY-MM-DD HH:MM:SS`, empty for an event with no date (000 line 186). */
            date_start?: string;
            /** @description End, `YYYY-MM-DD HH:MM:SS` (000 line 187). */
            date_end?: string;
            /** @description Start in UTC (third-party field). */
            date_start_utc?: string;
            /** @description Time zone of the start (third-party field). */
            date_start_timezone?: string;
            /** @description Time zone of the event (third-party field). */
            timezone?: string;
            /** @description Notes (000 line 188). */
            notes?: string;
            /** @description Location (third-party field). */
            location?: string;
            /** @description Custom field 1 (000 line 189). */
            custom1?: string;
            /** @description Custom field 2 (000 line 190). */
            custom2?: string;
            /** @description Custom field 3 (000 line 191). */
            custom3?: string;
            /** @description Custom field 4 (000 line 192). */
            custom4?: string;
            /** @description Custom field 7 (000 line 193; custom5 and custom6 are not in the vendor sample). */
            custom7?: string;
            /** @description Custom field 8 (000 line 194). */
            custom8?: string;
            /** @description Custom field 9 (000 line 195). */
            custom9?: string;
            /** @description Start icon number (000 line 196). */
            starticon?: string;
            /** @description Text colour `#RRGGBB` (000 line 197). */
            color_text?: string;
            /** @description Background colour `#RRGGBB` (000 line 198). */
            color_back?: string;
            /** @description Priority (000 line 199). */
            priority?: string;
            /** @description Percentage completed, 0-100 (000 line 200). */
            completed?: string;
            /** @description `1` for a task (the field behind `search_istask`, 000 line 86; the field name is inferred). */
            istask?: string;
            /** @description Locked, `0` or `1` (third-party field). */
            locked?: string;
            /** @description Private, `0` or `1` (third-party field). */
            private?: string;
            /** @description Parent event id, `0` for none (third-party field). */
            parentid?: string;
            /** @description Display style (third-party field). */
            style?: string;
            /** @description Geo-navigation value (third-party field). */
            geonav?: string;
            /** @description Working duration in minutes (third-party field; unit inferred). */
            workingduration?: string;
            /** @description Workspace id, `1` = the main workspace (third-party field). */
            workspace?: string;
            /** @description Last change, `YYYY-MM-DD HH:MM:SS` (the field behind `search_date_modified`, 000 line 83). */
            date_modified?: string;
        };
        /** @description A resource (person, room, equipment…). */
        Resource: {
            /** @description Record id. */
            id?: string;
            /** @description Name (000 line 213). */
            name?: string;
            /** @description Ids of the groups the resource is in, read back wrapped in commas: `",10,11,"` (000 line 214; inv §1). */
            owner?: string;
            /** @description E-mail address (000 line 215). */
            email?: string;
            /** @description Background colour (000 line 216). */
            color_back?: string;
            /** @description Text colour (000 line 217). */
            color_text?: string;
            /** @description Background colour of the resource's events (000 line 218). */
            color_event_back?: string;
            /** @description Details field 1 (000 lines 219). */
            data1?: string;
            /** @description Details field 2 (000 lines 220). */
            data2?: string;
            /** @description Details field 3 (000 lines 221). */
            data3?: string;
            /** @description Details field 4 (000 lines 222). */
            data4?: string;
            /** @description Details field 5 (000 lines 223). */
            data5?: string;
            /** @description Details field 6 (000 lines 224). */
            data6?: string;
            /** @description Details field 7 (000 lines 225). */
            data7?: string;
            /** @description Details field 8 (000 lines 226). */
            data8?: string;
            /** @description Details field 9 (000 lines 227). */
            data9?: string;
            /** @description Details field 10 (000 lines 228). */
            data10?: string;
            /** @description Comma-separated skill ids (000 line 229). */
            skills?: string;
            /** @description Geo-navigation value (000 line 230). */
            geonav?: string;
            /** @description Hourly or fixed rate/price (the field behind `search_price`, 000 line 95). */
            price?: string;
            /** @description Workspace id (third-party field). */
            workspace?: string;
            /** @description Last change (the field behind `search_date_modified`, 000 line 96). */
            date_modified?: string;
        };
        /** @description A group of resources. */
        Group: {
            /** @description Record id. */
            id?: string;
            /** @description Name (000 line 243). */
            name?: string;
            /** @description Background colour (000 line 244). */
            color_back?: string;
            /** @description Vertical position (000 line 245). */
            positionv?: string;
            /** @description Fewest resources an event needs from this group, `0` = no minimum (000 line 246; meaning third-party). */
            min_resources?: string;
            /** @description Most resources an event can use from this group, `0` = no limit (000 line 247; meaning third-party). */
            max_resources?: string;
            /** @description `1` hides the group from the main view (000 line 248). */
            hide_from_main?: string;
            /** @description `1` hides the group from the event form (000 line 249). */
            hide_from_event?: string;
            /** @description Workspace id (third-party field). */
            workspace?: string;
            /** @description Last change (the field behind `search_date_modified`, 000 line 101). */
            date_modified?: string;
        };
        /** @description A label (third-party only). */
        Label: {
            /** @description Record id. */
            id?: string;
            /** @description Name (third-party field). */
            name?: string;
            /** @description Label type (third-party field). */
            type?: string;
            /** @description Label group id (third-party field). */
            group_id?: string;
        };
        /**
         * @description The list envelope the public clients read: `_embedded.events._embedded.data` (inv §1, §5). A single record
         *     comes in the same envelope with one item (inferred).
         */
        EventList: {
            _embedded: {
                events: {
                    _embedded: {
                        data: components["schemas"]["Event"][];
                    };
                };
            };
        };
        /**
         * @description The list envelope the public clients read: `_embedded.resources._embedded.data` (inv §1, §5). A single record
         *     comes in the same envelope with one item (inferred).
         */
        ResourceList: {
            _embedded: {
                resources: {
                    _embedded: {
                        data: components["schemas"]["Resource"][];
                    };
                };
            };
        };
        /**
         * @description The list envelope the public clients read: `_embedded.groups._embedded.data` (inv §1, §5). A single record
         *     comes in the same envelope with one item (inferred).
         */
        GroupList: {
            _embedded: {
                groups: {
                    _embedded: {
                        data: components["schemas"]["Group"][];
                    };
                };
            };
        };
        /**
         * @description The list envelope the public clients read: `_embedded.labels._embedded.data` (inv §1, §5). A single record
         *     comes in the same envelope with one item (inferred).
         */
        LabelList: {
            _embedded: {
                labels: {
                    _embedded: {
                        data: components["schemas"]["Label"][];
                    };
                };
            };
        };
        /** @description The record's id and the fields the request wrote, as stored, plus `date_modified` (000 line 12 "JSON representing the affected fields"; shape inferred). */
        EventAffected: components["schemas"]["Event"] & Record<string, unknown>;
        /** @description The record's id and the fields the request wrote, as stored, plus `date_modified` (000 line 12 "JSON representing the affected fields"; shape inferred). */
        ResourceAffected: components["schemas"]["Resource"] & Record<string, unknown>;
        /** @description The record's id and the fields the request wrote, as stored, plus `date_modified` (000 line 12 "JSON representing the affected fields"; shape inferred). */
        GroupAffected: components["schemas"]["Group"] & Record<string, unknown>;
        /** @description Form fields of "Add a new Event" (000 lines 180-207). `title` is required (third-party wrappers; inferred). Unknown fields are a 400 (inferred). */
        EventCreate: {
            /** @description Title (000 line 184). */
            title: string;
            /** @description Comma-separated ids of the resources to tag, e.g. `220` or `100,103` (000 line 185). Replaces the whole list. */
            owner?: string;
            /** @description Start `YYYY-MM-DD HH:MM:SS` (000 line 186; `HH:MM` and a bare date are accepted, inferred). Empty for no date. */
            date_start?: string;
            /** @description End `YYYY-MM-DD HH:MM:SS` (000 line 187); not before the start (inferred). */
            date_end?: string;
            /** @description Notes (000 line 188). */
            notes?: string;
            /** @description Custom field 1 (000 line 189). */
            custom1?: string;
            /** @description Custom field 2 (000 line 190). */
            custom2?: string;
            /** @description Custom field 3 (000 line 191). */
            custom3?: string;
            /** @description Custom field 4 (000 line 192). */
            custom4?: string;
            /** @description Custom field 7 (000 line 193). */
            custom7?: string;
            /** @description Custom field 8 (000 line 194). */
            custom8?: string;
            /** @description Custom field 9 (000 line 195). */
            custom9?: string;
            /** @description Start icon number (000 line 196). */
            starticon?: string;
            /** @description Text colour `#RRGGBB` (000 line 197). */
            color_text?: string;
            /** @description Background colour `#RRGGBB` (000 line 198). */
            color_back?: string;
            /** @description Priority (000 line 199). */
            priority?: string;
            /** @description Percentage completed, 0-100 (000 line 200). */
            completed?: string;
        };
        /** @description Any of the event fields; only those sent change (third-party). At least one (inferred). */
        EventUpdate: {
            /** @description Title (000 line 184). */
            title?: string;
            /** @description Comma-separated ids of the resources to tag, e.g. `220` or `100,103` (000 line 185). Replaces the whole list. */
            owner?: string;
            /** @description Start `YYYY-MM-DD HH:MM:SS` (000 line 186; `HH:MM` and a bare date are accepted, inferred). Empty for no date. */
            date_start?: string;
            /** @description End `YYYY-MM-DD HH:MM:SS` (000 line 187); not before the start (inferred). */
            date_end?: string;
            /** @description Notes (000 line 188). */
            notes?: string;
            /** @description Custom field 1 (000 line 189). */
            custom1?: string;
            /** @description Custom field 2 (000 line 190). */
            custom2?: string;
            /** @description Custom field 3 (000 line 191). */
            custom3?: string;
            /** @description Custom field 4 (000 line 192). */
            custom4?: string;
            /** @description Custom field 7 (000 line 193). */
            custom7?: string;
            /** @description Custom field 8 (000 line 194). */
            custom8?: string;
            /** @description Custom field 9 (000 line 195). */
            custom9?: string;
            /** @description Start icon number (000 line 196). */
            starticon?: string;
            /** @description Text colour `#RRGGBB` (000 line 197). */
            color_text?: string;
            /** @description Background colour `#RRGGBB` (000 line 198). */
            color_back?: string;
            /** @description Priority (000 line 199). */
            priority?: string;
            /** @description Percentage completed, 0-100 (000 line 200). */
            completed?: string;
        };
        /** @description Form fields of "Add a new Resource" (000 lines 209-237). `name` is required (third-party wrappers; inferred). */
        ResourceCreate: {
            /** @description Name (000 line 213). */
            name: string;
            /** @description Comma-separated group ids, e.g. `10,456,789` (000 line 214). Replaces the whole list. */
            owner?: string;
            /** @description E-mail address, may be empty (000 line 215). */
            email?: string;
            /** @description Background colour (000 line 216). */
            color_back?: string;
            /** @description Text colour (000 line 217). */
            color_text?: string;
            /** @description Background colour of the resource's events (000 line 218). */
            color_event_back?: string;
            /** @description Details field 1 (000 line 219). */
            data1?: string;
            /** @description Details field 2 (000 line 220). */
            data2?: string;
            /** @description Details field 3 (000 line 221). */
            data3?: string;
            /** @description Details field 4 (000 line 222). */
            data4?: string;
            /** @description Details field 5 (000 line 223). */
            data5?: string;
            /** @description Details field 6 (000 line 224). */
            data6?: string;
            /** @description Details field 7 (000 line 225). */
            data7?: string;
            /** @description Details field 8 (000 line 226). */
            data8?: string;
            /** @description Details field 9 (000 line 227). */
            data9?: string;
            /** @description Details field 10 (000 line 228). */
            data10?: string;
            /** @description Comma-separated skill ids, e.g. `123,456,678` (000 line 229). */
            skills?: string;
            /** @description Geo-navigation value (000 line 230). */
            geonav?: string;
        };
        /** @description Any of the resource fields; only those sent change. At least one (inferred). */
        ResourceUpdate: {
            /** @description Name (000 line 213). */
            name?: string;
            /** @description Comma-separated group ids, e.g. `10,456,789` (000 line 214). Replaces the whole list. */
            owner?: string;
            /** @description E-mail address, may be empty (000 line 215). */
            email?: string;
            /** @description Background colour (000 line 216). */
            color_back?: string;
            /** @description Text colour (000 line 217). */
            color_text?: string;
            /** @description Background colour of the resource's events (000 line 218). */
            color_event_back?: string;
            /** @description Details field 1 (000 line 219). */
            data1?: string;
            /** @description Details field 2 (000 line 220). */
            data2?: string;
            /** @description Details field 3 (000 line 221). */
            data3?: string;
            /** @description Details field 4 (000 line 222). */
            data4?: string;
            /** @description Details field 5 (000 line 223). */
            data5?: string;
            /** @description Details field 6 (000 line 224). */
            data6?: string;
            /** @description Details field 7 (000 line 225). */
            data7?: string;
            /** @description Details field 8 (000 line 226). */
            data8?: string;
            /** @description Details field 9 (000 line 227). */
            data9?: string;
            /** @description Details field 10 (000 line 228). */
            data10?: string;
            /** @description Comma-separated skill ids, e.g. `123,456,678` (000 line 229). */
            skills?: string;
            /** @description Geo-navigation value (000 line 230). */
            geonav?: string;
        };
        /** @description Form fields of "Add a new Group" (000 lines 239-256). `name` is required (third-party wrappers; inferred). */
        GroupCreate: {
            /** @description Name (000 line 243). */
            name: string;
            /** @description Background colour (000 line 244). */
            color_back?: string;
            /** @description Vertical position (000 line 245). */
            positionv?: string;
            /** @description Fewest resources an event needs from this group, `0` = no minimum (000 line 246). */
            min_resources?: string;
            /** @description Most resources an event can use from this group, `0` = no limit (000 line 247). */
            max_resources?: string;
            /** @description `1` hides the group from the main view (000 line 248). */
            hide_from_main?: string;
            /** @description `1` hides the group from the event form (000 line 249). */
            hide_from_event?: string;
        };
        /** @description Any of the group fields; only those sent change. At least one (inferred). */
        GroupUpdate: {
            /** @description Name (000 line 243). */
            name?: string;
            /** @description Background colour (000 line 244). */
            color_back?: string;
            /** @description Vertical position (000 line 245). */
            positionv?: string;
            /** @description Fewest resources an event needs from this group, `0` = no minimum (000 line 246). */
            min_resources?: string;
            /** @description Most resources an event can use from this group, `0` = no limit (000 line 247). */
            max_resources?: string;
            /** @description `1` hides the group from the main view (000 line 248). */
            hide_from_main?: string;
            /** @description `1` hides the group from the event form (000 line 249). */
            hide_from_event?: string;
        };
    };
    responses: {
        /**
         * @description 400: a login problem ("400 or 403 (access denied)", 000 line 15: here no usable credentials were sent), or a
         *     request the API cannot answer (a malformed parameter or body). The vendor's duty: after a 400 or 403, stop or
         *     wait an hour before sending again (vendor page, inv §1). Body shape inferred (see Error).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 403 "access denied" (000 line 15): wrong login or password, or API access blocked for a client that did not
         *     follow the client duties ("Failure to do so could results in your API access being blocked"). Stop, or wait an
         *     hour before sending again (vendor page, inv §1). Body shape inferred.
         */
        AccessDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No record with this id. The vendor does not document the status or body for an unknown id (inferred). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Not Found",
                 *       "status_code": "404",
                 *       "message": "Event 999999999 was not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description 429 "Wait 1 Minute" (000 line 15). "Occasionally we will reply with a 429 response to see if your error
         *     checking code is working. Your script must wait 1 minute before trying again." No rate-limit or Retry-After
         *     header is documented. Public clients detect it by `status_code` (inv §1); body shape inferred.
         */
        WaitOneMinute: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Wait 1 Minute",
                 *       "status_code": "429",
                 *       "message": "Wait 1 Minute before sending another request"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The event id (000 line 65, "/api/data set name/data record id"). The example is the doc's event 1234 (000 lines 67, 177).
         * @example 1234
         */
        event_id: number;
        /**
         * @description The resource id (000 line 65, "/api/data set name/data record id"). The example is the doc's resource 220 (000 line 185).
         * @example 220
         */
        resource_id: number;
        /**
         * @description The group id (000 line 65, "/api/data set name/data record id"). The example is one of the doc's groups 456 and 789 (000 line 214).
         * @example 456
         */
        group_id: number;
        /**
         * @description The label id (000 line 65, "/api/data set name/data record id"). Labels are third-party only (inv §1); the example is the first seeded label.
         * @example 1
         */
        label_id: number;
        /**
         * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
         *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
         *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
         *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
         *     field name is a 400 (inferred).
         * @example id,name
         */
        fields: string;
        /**
         * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
         *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
         *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
         *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
         *     field name is a 400 (inferred). The same parameter as `fields`, with
         *     an example of the events' fields (events have `title`, not `name`).
         * @example id,title
         */
        fields_events: string;
        /**
         * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
         *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
         *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
         * @example name,-id
         */
        sort: string;
        /**
         * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
         *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
         *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
         *     The same parameter as `sort`, with an example of the events' fields (events have `title`, not `name`).
         * @example title,-id
         */
        sort_events: string;
        /**
         * @description "Return up to the specified number of records" (000 lines 156-163). No maximum and no paging are documented;
         *     public clients send `limit=1000`. Without `limit`, a request with no query parameters at all returns the top 10
         *     records (000 line 48); any other request returns every match (inferred reading).
         * @example 5
         */
        limit: number;
        /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
        search_workspace: number;
        /**
         * @description "search for multiple ids" (000 lines 76, 90, 99). A comma-separated list of terms: `12` (equals; several are
         *     OR-ed), `!12` (not), `>10` and `<200` (greater, less; AND-ed with the rest), so "ID greater than 10 but less
         *     than 200" (000 line 115) is `search_id=>10,<200` and `search_id=12,34` is either id. The comma list and the
         *     combination rules are inferred from the documented operators `>`, `<`, `!` and `,` (000 lines 83, 92, 95).
         * @example 1000,1001
         */
        search_id: string;
        /**
         * @description Records whose name contains this text, case-insensitive (000 lines 91, 100); `!text` for those whose name does not contain it (inferred).
         * @example room
         */
        search_name: string;
        /**
         * @description Listed under "Event search" as "search text" (000 line 78). Events have no `name` field: it matches the title,
         *     like `search_title` (inferred).
         */
        search_name_events: string;
        /**
         * @description Events whose title contains this text, case-insensitive (000 line 77; "where the title contains the word
         *     'test'", 000 line 112); `!text` for titles that do not contain it (inferred).
         * @example test
         */
        search_title: string;
        /**
         * @description "search completed" (000 line 79). `completed` is a percentage 0-100 (000 line 200); the value uses the
         *     number terms of `search_id` (`100`, `<100`, `>0`, `!0`; inferred).
         * @example 100
         */
        search_completed: string;
        /**
         * @description "search date" on the start (000 line 80), with the date terms of `search_date_modified`. Without an operator it
         *     is an inclusive "from" bound ("Get Events where the start date is from 2016-01-01", 000 line 112): events that
         *     start at or after that instant, a date being the start of its day. `>`, `<` and `!` keep their meaning (after,
         *     before, not on). With `search_date_end`, the pair selects a window: `search_date_start=D&search_date_end=D+1`
         *     is day D, as public client code asks for one day's events (inferred; NOTES.md). An unknown `search_*`
         *     parameter is refused with 400 (inferred).
         * @example 2016-01-01
         */
        search_date_start: string;
        /**
         * @description "search date" on the end (000 line 81), with the date terms of `search_date_modified`. Without an operator it
         *     is an inclusive "to" bound: events that end at or before that instant, a date being the start of its day (so
         *     `D+1` ends the window of day D). `>`, `<` and `!` keep their meaning (inferred; NOTES.md).
         */
        search_date_end: string;
        /**
         * @description Records added or changed on, after, before or not on a date or date-time (000 lines 83, 126-144):
         *     `2022-01-01` (on date), `>2022-01-01` (after date), `>2022-01-01 14:00` (after date and time), `<2022-01-01`
         *     (before date), `!2022-01-01` (not on date). URL-encode `>` `<` `!` and the space. A date is compared by day, a
         *     date-time to the minute (or second) given. Several comma-separated terms combine like those of `search_id`
         *     (inferred). **Polling must use it**: "Use search_date_modified to find changed events since your last check.
         *     Updating your last check date each time" (000 line 124).
         * @example >2022-01-01 14:00
         */
        search_date_modified: string;
        /**
         * @description Start of a date range (000 line 84): events that overlap `date_range_from`-`date_range_to` (both days
         *     included), e.g. "Events for 2018" = `date_range_from=2018-01-01&date_range_to=2018-12-31` (000 line 109; URL
         *     and overlap rule inferred). The vendor applies a "default date range" when they are absent (000 line 62); its
         *     size is not documented, so the mock applies none.
         * @example 2018-01-01
         */
        date_range_from: string;
        /**
         * @description End of the date range (000 line 85), included.
         * @example 2018-12-31
         */
        date_range_to: string;
        /**
         * @description Events tagged with resources, by resource id (000 line 82; "Get any Events linked to a resource with the ID
         *     123, 123 OR 456, and 123 AND 456, and NOT 123 AND NOT 456", 000 line 103, URLs lost). Syntax (`,` and `!` are
         *     the documented operators of resource `search_owner`, 000 line 92; `+` for AND is inferred):
         *     `123` · `123,456` (123 OR 456) · `123+456` (123 AND 456; send the `+` as `%2B`, a space works too) ·
         *     `!123,!456` (NOT 123 AND NOT 456). Negations always apply; the other comma-separated terms are alternatives.
         * @example 100,101
         */
        search_owner_events: string;
        /**
         * @description Resources within groups, by group id, "(,!)" (000 line 92); public clients send `search_owner=10,822`. Same
         *     syntax as for events: `10,11` (either group), `10+11` (both), `!10` (not in group 10).
         * @example 10
         */
        search_owner_resources: string;
        /** @description "search for tasks (1 or 0)" (000 line 86). */
        search_istask: "0" | "1";
        /** @description "search for events with no date (1 or 0)" (000 line 87): events whose `date_start` is empty. */
        search_isnodate: "0" | "1";
        /**
         * @description "search hourly or fix rate/price" with `>`, `<`, `!` (000 line 95, e.g. `search_price=>0`); terms combine like those of `search_id`.
         * @example >0
         */
        search_price: string;
        /** @description "search details 1" (000 line 93): resources whose `data1` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data1: string;
        /** @description "search details 2" (000 lines 93-94 list data1 and data10): resources whose `data2` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data2: string;
        /** @description "search details 3" (000 lines 93-94 list data1 and data10): resources whose `data3` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data3: string;
        /** @description "search details 4" (000 lines 93-94 list data1 and data10): resources whose `data4` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data4: string;
        /** @description "search details 5" (000 lines 93-94 list data1 and data10): resources whose `data5` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data5: string;
        /** @description "search details 6" (000 lines 93-94 list data1 and data10): resources whose `data6` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data6: string;
        /** @description "search details 7" (000 lines 93-94 list data1 and data10): resources whose `data7` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data7: string;
        /** @description "search details 8" (000 lines 93-94 list data1 and data10): resources whose `data8` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data8: string;
        /** @description "search details 9" (000 lines 93-94 list data1 and data10): resources whose `data9` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data9: string;
        /** @description "search details 10" (000 line 94): resources whose `data10` contains this text, case-insensitive; `!text` negates (inferred). */
        search_data10: string;
        /** @description Events whose custom field 1 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom1 is a field of the event sample, 000 lines 189-195). */
        search_custom1: string;
        /** @description Events whose custom field 2 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom2 is a field of the event sample, 000 lines 189-195). */
        search_custom2: string;
        /** @description Events whose custom field 3 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom3 is a field of the event sample, 000 lines 189-195). */
        search_custom3: string;
        /** @description Events whose custom field 4 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom4 is a field of the event sample, 000 lines 189-195). */
        search_custom4: string;
        /** @description Events whose custom field 7 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom7 is a field of the event sample, 000 lines 189-195). */
        search_custom7: string;
        /** @description Events whose custom field 8 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom8 is a field of the event sample, 000 lines 189-195). */
        search_custom8: string;
        /** @description Events whose custom field 9 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom9 is a field of the event sample, 000 lines 189-195). */
        search_custom9: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getApiRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the data sets (body inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_links": {
                     *         "self": {
                     *           "href": "https://www.scheduleit.com/api/"
                     *         },
                     *         "events": {
                     *           "href": "https://www.scheduleit.com/api/events"
                     *         },
                     *         "resources": {
                     *           "href": "https://www.scheduleit.com/api/resources"
                     *         },
                     *         "groups": {
                     *           "href": "https://www.scheduleit.com/api/groups"
                     *         },
                     *         "labels": {
                     *           "href": "https://www.scheduleit.com/api/labels"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiRoot"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred). The same parameter as `fields`, with
                 *     an example of the events' fields (events have `title`, not `name`).
                 * @example id,title
                 */
                fields?: components["parameters"]["fields_events"];
                /**
                 * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
                 *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
                 *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
                 *     The same parameter as `sort`, with an example of the events' fields (events have `title`, not `name`).
                 * @example title,-id
                 */
                sort?: components["parameters"]["sort_events"];
                /**
                 * @description "Return up to the specified number of records" (000 lines 156-163). No maximum and no paging are documented;
                 *     public clients send `limit=1000`. Without `limit`, a request with no query parameters at all returns the top 10
                 *     records (000 line 48); any other request returns every match (inferred reading).
                 * @example 5
                 */
                limit?: components["parameters"]["limit"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
                /**
                 * @description "search for multiple ids" (000 lines 76, 90, 99). A comma-separated list of terms: `12` (equals; several are
                 *     OR-ed), `!12` (not), `>10` and `<200` (greater, less; AND-ed with the rest), so "ID greater than 10 but less
                 *     than 200" (000 line 115) is `search_id=>10,<200` and `search_id=12,34` is either id. The comma list and the
                 *     combination rules are inferred from the documented operators `>`, `<`, `!` and `,` (000 lines 83, 92, 95).
                 * @example 1000,1001
                 */
                search_id?: components["parameters"]["search_id"];
                /**
                 * @description Events whose title contains this text, case-insensitive (000 line 77; "where the title contains the word
                 *     'test'", 000 line 112); `!text` for titles that do not contain it (inferred).
                 * @example test
                 */
                search_title?: components["parameters"]["search_title"];
                /**
                 * @description Listed under "Event search" as "search text" (000 line 78). Events have no `name` field: it matches the title,
                 *     like `search_title` (inferred).
                 */
                search_name?: components["parameters"]["search_name_events"];
                /**
                 * @description "search completed" (000 line 79). `completed` is a percentage 0-100 (000 line 200); the value uses the
                 *     number terms of `search_id` (`100`, `<100`, `>0`, `!0`; inferred).
                 * @example 100
                 */
                search_completed?: components["parameters"]["search_completed"];
                /**
                 * @description "search date" on the start (000 line 80), with the date terms of `search_date_modified`. Without an operator it
                 *     is an inclusive "from" bound ("Get Events where the start date is from 2016-01-01", 000 line 112): events that
                 *     start at or after that instant, a date being the start of its day. `>`, `<` and `!` keep their meaning (after,
                 *     before, not on). With `search_date_end`, the pair selects a window: `search_date_start=D&search_date_end=D+1`
                 *     is day D, as public client code asks for one day's events (inferred; NOTES.md). An unknown `search_*`
                 *     parameter is refused with 400 (inferred).
                 * @example 2016-01-01
                 */
                search_date_start?: components["parameters"]["search_date_start"];
                /**
                 * @description "search date" on the end (000 line 81), with the date terms of `search_date_modified`. Without an operator it
                 *     is an inclusive "to" bound: events that end at or before that instant, a date being the start of its day (so
                 *     `D+1` ends the window of day D). `>`, `<` and `!` keep their meaning (inferred; NOTES.md).
                 */
                search_date_end?: components["parameters"]["search_date_end"];
                /**
                 * @description Events tagged with resources, by resource id (000 line 82; "Get any Events linked to a resource with the ID
                 *     123, 123 OR 456, and 123 AND 456, and NOT 123 AND NOT 456", 000 line 103, URLs lost). Syntax (`,` and `!` are
                 *     the documented operators of resource `search_owner`, 000 line 92; `+` for AND is inferred):
                 *     `123` · `123,456` (123 OR 456) · `123+456` (123 AND 456; send the `+` as `%2B`, a space works too) ·
                 *     `!123,!456` (NOT 123 AND NOT 456). Negations always apply; the other comma-separated terms are alternatives.
                 * @example 100,101
                 */
                search_owner?: components["parameters"]["search_owner_events"];
                /**
                 * @description Records added or changed on, after, before or not on a date or date-time (000 lines 83, 126-144):
                 *     `2022-01-01` (on date), `>2022-01-01` (after date), `>2022-01-01 14:00` (after date and time), `<2022-01-01`
                 *     (before date), `!2022-01-01` (not on date). URL-encode `>` `<` `!` and the space. A date is compared by day, a
                 *     date-time to the minute (or second) given. Several comma-separated terms combine like those of `search_id`
                 *     (inferred). **Polling must use it**: "Use search_date_modified to find changed events since your last check.
                 *     Updating your last check date each time" (000 line 124).
                 * @example >2022-01-01 14:00
                 */
                search_date_modified?: components["parameters"]["search_date_modified"];
                /**
                 * @description Start of a date range (000 line 84): events that overlap `date_range_from`-`date_range_to` (both days
                 *     included), e.g. "Events for 2018" = `date_range_from=2018-01-01&date_range_to=2018-12-31` (000 line 109; URL
                 *     and overlap rule inferred). The vendor applies a "default date range" when they are absent (000 line 62); its
                 *     size is not documented, so the mock applies none.
                 * @example 2018-01-01
                 */
                date_range_from?: components["parameters"]["date_range_from"];
                /**
                 * @description End of the date range (000 line 85), included.
                 * @example 2018-12-31
                 */
                date_range_to?: components["parameters"]["date_range_to"];
                /** @description "search for tasks (1 or 0)" (000 line 86). */
                search_istask?: components["parameters"]["search_istask"];
                /** @description "search for events with no date (1 or 0)" (000 line 87): events whose `date_start` is empty. */
                search_isnodate?: components["parameters"]["search_isnodate"];
                /** @description Events whose custom field 1 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom1 is a field of the event sample, 000 lines 189-195). */
                search_custom1?: components["parameters"]["search_custom1"];
                /** @description Events whose custom field 2 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom2 is a field of the event sample, 000 lines 189-195). */
                search_custom2?: components["parameters"]["search_custom2"];
                /** @description Events whose custom field 3 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom3 is a field of the event sample, 000 lines 189-195). */
                search_custom3?: components["parameters"]["search_custom3"];
                /** @description Events whose custom field 4 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom4 is a field of the event sample, 000 lines 189-195). */
                search_custom4?: components["parameters"]["search_custom4"];
                /** @description Events whose custom field 7 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom7 is a field of the event sample, 000 lines 189-195). */
                search_custom7?: components["parameters"]["search_custom7"];
                /** @description Events whose custom field 8 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom8 is a field of the event sample, 000 lines 189-195). */
                search_custom8?: components["parameters"]["search_custom8"];
                /** @description Events whose custom field 9 contains this text, case-insensitive; `!text` negates (vendor reply of 19 February 2022: "include in your query &search_custom1=ABC", 000 line 275; custom9 is a field of the event sample, 000 lines 189-195). */
                search_custom9?: components["parameters"]["search_custom9"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching events (a summary of each unless `fields` names the fields). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    createEvent: {
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
                 *       "title": "the title",
                 *       "owner": "100",
                 *       "date_start": "2016-09-29 09:00:00",
                 *       "date_end": "2016-09-29 17:00:00",
                 *       "notes": "the notes",
                 *       "custom1": "custom 1",
                 *       "starticon": "1",
                 *       "color_text": "#66FF66",
                 *       "color_back": "#FFFFFF",
                 *       "priority": "7",
                 *       "completed": "75"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description The new event's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1062",
                     *       "title": "the title",
                     *       "owner": ",100,",
                     *       "date_start": "2016-09-29 09:00:00",
                     *       "date_end": "2016-09-29 17:00:00",
                     *       "notes": "the notes",
                     *       "custom1": "custom 1",
                     *       "starticon": "1",
                     *       "color_text": "#66FF66",
                     *       "color_back": "#FFFFFF",
                     *       "priority": "7",
                     *       "completed": "75",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["EventAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred). The same parameter as `fields`, with
                 *     an example of the events' fields (events have `title`, not `name`).
                 * @example id,title
                 */
                fields?: components["parameters"]["fields_events"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
            };
            header?: never;
            path: {
                /**
                 * @description The event id (000 line 65, "/api/data set name/data record id"). The example is the doc's event 1234 (000 lines 67, 177).
                 * @example 1234
                 */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event, every field unless `fields` names some. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "events": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "1000",
                     *                 "title": "Site visit",
                     *                 "owner": ",100,103,",
                     *                 "owner_names_simple": "Ada Lovelace, Meeting Room 1",
                     *                 "date_start": "2024-05-27 09:00:00",
                     *                 "date_end": "2024-05-27 11:30:00",
                     *                 "date_start_utc": "2024-05-27 09:00:00",
                     *                 "date_start_timezone": "UTC",
                     *                 "timezone": "UTC",
                     *                 "notes": "Bring the plans",
                     *                 "location": "1 High Street",
                     *                 "custom1": "ABC",
                     *                 "custom2": "",
                     *                 "custom3": "",
                     *                 "custom4": "",
                     *                 "custom7": "",
                     *                 "custom8": "",
                     *                 "custom9": "",
                     *                 "starticon": "0",
                     *                 "color_text": "#000000",
                     *                 "color_back": "#A9F5A9",
                     *                 "priority": "5",
                     *                 "completed": "0",
                     *                 "istask": "0",
                     *                 "locked": "0",
                     *                 "private": "0",
                     *                 "parentid": "0",
                     *                 "style": "",
                     *                 "geonav": "",
                     *                 "workingduration": "150",
                     *                 "workspace": "1",
                     *                 "date_modified": "2024-05-20 10:12:00"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event id (000 line 65, "/api/data set name/data record id"). The example is the doc's event 1234 (000 lines 67, 177).
                 * @example 1234
                 */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "the new title",
                 *       "completed": "100"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description The event's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1000",
                     *       "title": "the new title",
                     *       "completed": "100",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["EventAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event id (000 line 65, "/api/data set name/data record id"). The example is the doc's event 1234 (000 lines 67, 177).
                 * @example 1234
                 */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active_workspace": "1",
                     *       "message": "Event 1000 deleted",
                     *       "status": "OK",
                     *       "status_code": "200"
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    listResources: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
                 *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
                 *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
                 * @example name,-id
                 */
                sort?: components["parameters"]["sort"];
                /**
                 * @description "Return up to the specified number of records" (000 lines 156-163). No maximum and no paging are documented;
                 *     public clients send `limit=1000`. Without `limit`, a request with no query parameters at all returns the top 10
                 *     records (000 line 48); any other request returns every match (inferred reading).
                 * @example 5
                 */
                limit?: components["parameters"]["limit"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
                /**
                 * @description "search for multiple ids" (000 lines 76, 90, 99). A comma-separated list of terms: `12` (equals; several are
                 *     OR-ed), `!12` (not), `>10` and `<200` (greater, less; AND-ed with the rest), so "ID greater than 10 but less
                 *     than 200" (000 line 115) is `search_id=>10,<200` and `search_id=12,34` is either id. The comma list and the
                 *     combination rules are inferred from the documented operators `>`, `<`, `!` and `,` (000 lines 83, 92, 95).
                 * @example 1000,1001
                 */
                search_id?: components["parameters"]["search_id"];
                /**
                 * @description Records whose name contains this text, case-insensitive (000 lines 91, 100); `!text` for those whose name does not contain it (inferred).
                 * @example room
                 */
                search_name?: components["parameters"]["search_name"];
                /**
                 * @description Resources within groups, by group id, "(,!)" (000 line 92); public clients send `search_owner=10,822`. Same
                 *     syntax as for events: `10,11` (either group), `10+11` (both), `!10` (not in group 10).
                 * @example 10
                 */
                search_owner?: components["parameters"]["search_owner_resources"];
                /** @description "search details 1" (000 line 93): resources whose `data1` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data1?: components["parameters"]["search_data1"];
                /** @description "search details 2" (000 lines 93-94 list data1 and data10): resources whose `data2` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data2?: components["parameters"]["search_data2"];
                /** @description "search details 3" (000 lines 93-94 list data1 and data10): resources whose `data3` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data3?: components["parameters"]["search_data3"];
                /** @description "search details 4" (000 lines 93-94 list data1 and data10): resources whose `data4` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data4?: components["parameters"]["search_data4"];
                /** @description "search details 5" (000 lines 93-94 list data1 and data10): resources whose `data5` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data5?: components["parameters"]["search_data5"];
                /** @description "search details 6" (000 lines 93-94 list data1 and data10): resources whose `data6` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data6?: components["parameters"]["search_data6"];
                /** @description "search details 7" (000 lines 93-94 list data1 and data10): resources whose `data7` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data7?: components["parameters"]["search_data7"];
                /** @description "search details 8" (000 lines 93-94 list data1 and data10): resources whose `data8` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data8?: components["parameters"]["search_data8"];
                /** @description "search details 9" (000 lines 93-94 list data1 and data10): resources whose `data9` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data9?: components["parameters"]["search_data9"];
                /** @description "search details 10" (000 line 94): resources whose `data10` contains this text, case-insensitive; `!text` negates (inferred). */
                search_data10?: components["parameters"]["search_data10"];
                /**
                 * @description "search hourly or fix rate/price" with `>`, `<`, `!` (000 line 95, e.g. `search_price=>0`); terms combine like those of `search_id`.
                 * @example >0
                 */
                search_price?: components["parameters"]["search_price"];
                /**
                 * @description Records added or changed on, after, before or not on a date or date-time (000 lines 83, 126-144):
                 *     `2022-01-01` (on date), `>2022-01-01` (after date), `>2022-01-01 14:00` (after date and time), `<2022-01-01`
                 *     (before date), `!2022-01-01` (not on date). URL-encode `>` `<` `!` and the space. A date is compared by day, a
                 *     date-time to the minute (or second) given. Several comma-separated terms combine like those of `search_id`
                 *     (inferred). **Polling must use it**: "Use search_date_modified to find changed events since your last check.
                 *     Updating your last check date each time" (000 line 124).
                 * @example >2022-01-01 14:00
                 */
                search_date_modified?: components["parameters"]["search_date_modified"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "resources": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "100",
                     *                 "name": "Ada Lovelace",
                     *                 "email": "ada@example.com",
                     *                 "owner": ",10,"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    createResource: {
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
                 *       "name": "the resource name",
                 *       "owner": "10,11",
                 *       "email": "",
                 *       "color_back": "#A9f5A9",
                 *       "color_text": "#66FF66",
                 *       "color_event_back": "#FF0000",
                 *       "data1": "Manager",
                 *       "skills": "123,456,678",
                 *       "geonav": ""
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /** @description The new resource's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "120",
                     *       "name": "the resource name",
                     *       "owner": ",10,11,",
                     *       "email": "",
                     *       "color_back": "#A9f5A9",
                     *       "color_text": "#66FF66",
                     *       "color_event_back": "#FF0000",
                     *       "data1": "Manager",
                     *       "skills": "123,456,678",
                     *       "geonav": "",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    getResource: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
            };
            header?: never;
            path: {
                /**
                 * @description The resource id (000 line 65, "/api/data set name/data record id"). The example is the doc's resource 220 (000 line 185).
                 * @example 220
                 */
                id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "resources": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "100",
                     *                 "name": "Ada Lovelace",
                     *                 "owner": ",10,",
                     *                 "email": "ada@example.com",
                     *                 "color_back": "#A9F5A9",
                     *                 "color_text": "#000000",
                     *                 "color_event_back": "#FF0000",
                     *                 "data1": "Manager",
                     *                 "data2": "",
                     *                 "data3": "",
                     *                 "data4": "",
                     *                 "data5": "",
                     *                 "data6": "",
                     *                 "data7": "",
                     *                 "data8": "",
                     *                 "data9": "",
                     *                 "data10": "",
                     *                 "skills": "1,2",
                     *                 "geonav": "",
                     *                 "price": "45",
                     *                 "workspace": "1",
                     *                 "date_modified": "2024-05-20 10:12:00"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource id (000 line 65, "/api/data set name/data record id"). The example is the doc's resource 220 (000 line 185).
                 * @example 220
                 */
                id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.org"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            /** @description The resource's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "100",
                     *       "email": "ada@example.org",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ResourceAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    deleteResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource id (000 line 65, "/api/data set name/data record id"). The example is the doc's resource 220 (000 line 185).
                 * @example 220
                 */
                id: components["parameters"]["resource_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active_workspace": "1",
                     *       "message": "Resource 100 deleted",
                     *       "status": "OK",
                     *       "status_code": "200"
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
                 *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
                 *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
                 * @example name,-id
                 */
                sort?: components["parameters"]["sort"];
                /**
                 * @description "Return up to the specified number of records" (000 lines 156-163). No maximum and no paging are documented;
                 *     public clients send `limit=1000`. Without `limit`, a request with no query parameters at all returns the top 10
                 *     records (000 line 48); any other request returns every match (inferred reading).
                 * @example 5
                 */
                limit?: components["parameters"]["limit"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
                /**
                 * @description "search for multiple ids" (000 lines 76, 90, 99). A comma-separated list of terms: `12` (equals; several are
                 *     OR-ed), `!12` (not), `>10` and `<200` (greater, less; AND-ed with the rest), so "ID greater than 10 but less
                 *     than 200" (000 line 115) is `search_id=>10,<200` and `search_id=12,34` is either id. The comma list and the
                 *     combination rules are inferred from the documented operators `>`, `<`, `!` and `,` (000 lines 83, 92, 95).
                 * @example 1000,1001
                 */
                search_id?: components["parameters"]["search_id"];
                /**
                 * @description Records whose name contains this text, case-insensitive (000 lines 91, 100); `!text` for those whose name does not contain it (inferred).
                 * @example room
                 */
                search_name?: components["parameters"]["search_name"];
                /**
                 * @description Records added or changed on, after, before or not on a date or date-time (000 lines 83, 126-144):
                 *     `2022-01-01` (on date), `>2022-01-01` (after date), `>2022-01-01 14:00` (after date and time), `<2022-01-01`
                 *     (before date), `!2022-01-01` (not on date). URL-encode `>` `<` `!` and the space. A date is compared by day, a
                 *     date-time to the minute (or second) given. Several comma-separated terms combine like those of `search_id`
                 *     (inferred). **Polling must use it**: "Use search_date_modified to find changed events since your last check.
                 *     Updating your last check date each time" (000 line 124).
                 * @example >2022-01-01 14:00
                 */
                search_date_modified?: components["parameters"]["search_date_modified"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "groups": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "10",
                     *                 "name": "Staff"
                     *               },
                     *               {
                     *                 "id": "11",
                     *                 "name": "Rooms"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    createGroup: {
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
                 *       "name": "the group name",
                 *       "color_back": "#66FF66",
                 *       "positionv": "5",
                 *       "min_resources": "0",
                 *       "max_resources": "0",
                 *       "hide_from_main": "0",
                 *       "hide_from_event": "0"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["GroupCreate"];
            };
        };
        responses: {
            /** @description The new group's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "15",
                     *       "name": "the group name",
                     *       "color_back": "#66FF66",
                     *       "positionv": "5",
                     *       "min_resources": "0",
                     *       "max_resources": "0",
                     *       "hide_from_main": "0",
                     *       "hide_from_event": "0",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    getGroup: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
                /** @description Workspace id; leave it out for the main workspace (id 1). Third-party only (inv §4). */
                search_workspace?: components["parameters"]["search_workspace"];
            };
            header?: never;
            path: {
                /**
                 * @description The group id (000 line 65, "/api/data set name/data record id"). The example is one of the doc's groups 456 and 789 (000 line 214).
                 * @example 456
                 */
                id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "groups": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "10",
                     *                 "name": "Staff",
                     *                 "color_back": "#66FF66",
                     *                 "positionv": "1",
                     *                 "min_resources": "0",
                     *                 "max_resources": "0",
                     *                 "hide_from_main": "0",
                     *                 "hide_from_event": "0",
                     *                 "workspace": "1",
                     *                 "date_modified": "2024-05-20 10:12:00"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group id (000 line 65, "/api/data set name/data record id"). The example is one of the doc's groups 456 and 789 (000 line 214).
                 * @example 456
                 */
                id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Field staff"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["GroupUpdate"];
            };
        };
        responses: {
            /** @description The group's id and the fields written (shape inferred). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "10",
                     *       "name": "Field staff",
                     *       "date_modified": "2024-05-30 15:20:00"
                     *     }
                     */
                    "application/json": components["schemas"]["GroupAffected"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The group id (000 line 65, "/api/data set name/data record id"). The example is one of the doc's groups 456 and 789 (000 line 214).
                 * @example 456
                 */
                id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active_workspace": "1",
                     *       "message": "Group 10 deleted",
                     *       "status": "OK",
                     *       "status_code": "200"
                     *     }
                     */
                    "application/json": components["schemas"]["Deleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    listLabels: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
                /**
                 * @description Comma-separated field names to sort by, the first one first; `-field` sorts that field in descending order
                 *     (000 lines 146-153: "sort by the Name then descending by ID" = `sort=name,-id`; the `-` form is inferred).
                 *     Numbers sort as numbers, everything else as text (case-insensitive); without `sort`, records come in id order.
                 * @example name,-id
                 */
                sort?: components["parameters"]["sort"];
                /**
                 * @description "Return up to the specified number of records" (000 lines 156-163). No maximum and no paging are documented;
                 *     public clients send `limit=1000`. Without `limit`, a request with no query parameters at all returns the top 10
                 *     records (000 line 48); any other request returns every match (inferred reading).
                 * @example 5
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description "search for multiple ids" (000 lines 76, 90, 99). A comma-separated list of terms: `12` (equals; several are
                 *     OR-ed), `!12` (not), `>10` and `<200` (greater, less; AND-ed with the rest), so "ID greater than 10 but less
                 *     than 200" (000 line 115) is `search_id=>10,<200` and `search_id=12,34` is either id. The comma list and the
                 *     combination rules are inferred from the documented operators `>`, `<`, `!` and `,` (000 lines 83, 92, 95).
                 * @example 1000,1001
                 */
                search_id?: components["parameters"]["search_id"];
                /**
                 * @description Records whose name contains this text, case-insensitive (000 lines 91, 100); `!text` for those whose name does not contain it (inferred).
                 * @example room
                 */
                search_name?: components["parameters"]["search_name"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The labels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "labels": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "1",
                     *                 "name": "Confirmed"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
    getLabel: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated field names to return for each record, in that order (000 lines 54-63: "Unless specific fields
                 *     are specified only a summary is returned"; public clients send `fields=id,title,date_start,date_end,owner`).
                 *     Without it a list returns a summary of each record (`id` and `title`, `date_start`, `date_end` for events; `id`
                 *     and `name` otherwise; the summary's fields are inferred) and a single record returns every field. An unknown
                 *     field name is a 400 (inferred).
                 * @example id,name
                 */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /**
                 * @description The label id (000 line 65, "/api/data set name/data record id"). Labels are third-party only (inv §1); the example is the first seeded label.
                 * @example 1
                 */
                id: components["parameters"]["label_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_embedded": {
                     *         "labels": {
                     *           "_embedded": {
                     *             "data": [
                     *               {
                     *                 "id": "1",
                     *                 "name": "Confirmed",
                     *                 "type": "status",
                     *                 "group_id": "0"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LabelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["WaitOneMinute"];
        };
    };
}
