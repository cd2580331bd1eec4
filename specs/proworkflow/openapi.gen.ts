/**
 * Generated from specs/proworkflow/openapi.yaml by openapi-typescript (npm run gen:types).
 * Do not edit by hand: change the spec and regenerate. CI fails when this file is stale.
 */

export type paths = {
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Companies
         * @description This call returns a list of Companies based on the filters specified. The fields parameter allows you to choose which data fields to return for each Company.
         *
         *     Reference: 002 line 4 ("View Companies").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanies"];
        put?: never;
        /**
         * Add a Company/Companies
         * @description This call adds one or more Companies.
         *
         *     Reference: 002 line 145 ("Add a Company/Companies").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Company
         * @description This call returns details of a single Company.
         *
         *     Reference: 002 line 277 ("View a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getCompany"];
        /**
         * Edit a Company
         * @description This call updates a single Company.
         *     IMPORTANT: If the Company Type is changed then all Contacts belonging to the Company will be changed as well. (This is only possible when the Contacts are not assigned to any existing Projects/Tasks.)
         *
         *     Reference: 002 line 317 ("Edit a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editCompany"];
        post?: never;
        /**
         * Delete a Company
         * @description This call deletes a Company and optionally the associated Contacts, if you do not delete the Contacts then you must assign them to a new Company afterwards or they will not be usable in the main application.
         *
         *     Reference: 002 line 294 ("Delete a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contacts for a Company
         * @description This call returns a list of Contacts for a Company. The fields parameter allows you to choose which data fields to return for each Contact.
         *
         *     Reference: 002 line 422 ("View Contacts for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyContacts"];
        put?: never;
        /**
         * Add a Contact/s to a Company
         * @description This call adds one or more Contacts to a Company.
         *
         *     Reference: 002 line 544 ("Add a Contact/s to a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addCompanyContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Invoices for a Company
         * @description This call returns a list of Invoices for a Company based on the filters specified and optionally subtotals based on the grouping options specified, it also returns the totals of all the returned quotes. The subtotals parameter allows you to return Sub Totals of invoiced amounts. The fields parameter allows you to return individual Invoices and choose which data fields to return for each Invoice. This call does not return details of the individual lines for each Invoice, you can use the specific Invoice call to return that information.
         *
         *     Reference: 002 line 691 ("View Invoices for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Notes for a Company
         * @description This call returns a list of Notes for a Company.
         *
         *     Reference: 002 line 895 ("View Notes for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyNotes"];
        put?: never;
        /**
         * Add a Note to a Company
         * @description This call adds a Note to a Company.
         *
         *     Reference: 002 line 935 ("Add a Note to a Company").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        post: operations["addCompanyNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/notes/{noteid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Note for a Company
         * @description This call returns a single Note for a Company.
         *
         *     Reference: 002 line 962 ("View a Note for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getCompanyNote"];
        put?: never;
        post?: never;
        /**
         * Delete a Note from a Company
         * @description This call deletes a Note from a Company.
         *
         *     Reference: 002 line 979 ("Delete a Note from a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteCompanyNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Projects for a Company
         * @description This call returns a list of Projects for a Company based on the specified filters. The fields parameter allows you to choose which data fields to return for each Project.
         *
         *     Reference: 002 line 996 ("View Projects for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyProjects"];
        put?: never;
        /**
         * Add a Project
         * @description This call adds a Project for a Company. In the Advanced Plan you may specify templateid to use a Project Template (any values you provide will override those in the Project Template). In the Advanced Plan you must specify groupid if the managerid belongs to more than 1 group.
         *
         *     Reference: 002 line 1334 ("Add a Project").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addCompanyProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Quotes for a Company
         * @description This call returns a list of Quotes for a Company based on the filters specified and optionally subtotals based on the grouping options specified, it also returns the totals of all the returned quotes. The subtotals parameter allows you to return Sub Totals of quoted amounts. The fields parameter allows you to return individual Quotes and choose which data fields to return for each Quote. This call does not return details of the individual lines for each Quote, you can use the specific Quote call to return that information.
         *
         *     Reference: 002 line 1513 ("View Quotes for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Company Summary
         * @description This call returns a list of Contacts, Invoices, Projects, Quotes and Tasks for the specified Company. Limited data is returned for each item and this call is not intended to replace the individual calls which offer much more extensive options.
         *
         *     Instead, this call is designed to be used when you need to fetch a summary of contacts and current activity for a Company.
         *
         *     By default this will return the first 10 results for each of the following (assuming the user has the relevant permission):
         *
         *     Contacts: Name, Company, Email, Phone and ID - Client/Contractor/Staff Companies
         *     Invoices: Number, Title, Company, Totals and ID (Unpaid Invoices) - Client Companies Only
         *     Projects: Number, Title, Company and ID (Active Projects) - Client Companies Only
         *     Quotes: Number, Title, Company, Totals and ID (Pending Quotes) - Client Companies Only
         *     Tasks: Name, Order, Project and ID (Active Tasks) - Client Companies Only
         *
         *     Reference: 002 line 1726 ("Company Summary").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getCompanySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Tags for a Company
         * @description This call returns a list of tags for a Company.
         *
         *     Reference: 002 line 1774 ("View Tags for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyTags"];
        /**
         * Add/Remove Tags for a Company
         * @description This call adds or removes tags for a Company.
         *
         *     Reference: 002 line 1791 ("Add/Remove Tags for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["changeCompanyTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Tasks for a Company
         * @description This call returns a list of Tasks for a Company based on the specified filters. The fields parameter allows you to choose which data fields to return for each Task.
         *
         *     Reference: 002 line 1819 ("View Tasks for a Company").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{companyid}/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Time Tracked for a Company
         * @description This call returns a the Total time tracked by a Contact based on the filters specified. The subtotals parameter allows you to return Sub Totals of time tracked. The fields parameter allows you to return individual Time Records and choose which data fields to return for each Time Record.
         *
         *     Reference: 002 line 2134 ("View Time Tracked by a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listCompanyTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Client Companies
         * @description This call returns a list of Client Companies based on the specified filters. The fields parameter allows you to choose which data fields to return for each Company.
         *
         *     Reference: 002 line 2358 ("View Client Companies").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listClientCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/contractor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contractor Companies
         * @description This call returns a list of Contractor Companies based on the specified filters. The fields parameter allows you to choose which data fields to return for each Company.
         *
         *     Reference: 002 line 2481 ("View Contractor Companies").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContractorCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Staff Companies
         * @description This call returns a list of Staff Companies. The fields parameter allows you to choose which data fields to return for each Company.
         *
         *     Reference: 002 line 2604 ("View Staff Companies").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listStaffCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contacts
         * @description This call returns a list of Contacts based on the filters specified. The fields parameter allows you to choose which data fields to return for each Contact. Clients can only view limited details about Staff and Contacts in their Company. Contractors can only view limited details about Staff and themselves.
         *
         *     Reference: 002 line 2730 ("View Contacts").
         *     Method and path confirmed: vendor page https://api.proworkflow.net?documentation (Introduction; same text at https://www.proworkflow.com/appstore/developers/); GitHub JBAkroyd/ProWorkFlow-Time-Summary program.py (GET https://api.proworkflow.net/contacts?fields=email,name; GET /time -> key "timerecords"); GitHub mgulabyar/ProWorkflow-for-Outlook src/taskpane/services/proworkflow.ts (GET https://api.proworkflow.net/contacts, GET /contacts/staff); GitHub TomLingham/ProWorkflow-JS Parts/Contacts.js (ModelComposer("contacts"), same filter/sort defaults as the seed); third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Add a Contact/s
         * @description This call adds one or more Contacts.
         *
         *     Reference: 002 line 2876 ("Add a Contact/s.").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        post: operations["addContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Contact
         * @description This call returns details of a single Contact.
         *
         *     Reference: 002 line 3087 ("View a Contact").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        get: operations["getContact"];
        /**
         * Edit a Contact
         * @description This call updates a single Contact.
         *
         *     Reference: 002 line 3127 ("Edit a Contact").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        put: operations["editContact"];
        post?: never;
        /**
         * Delete a Contact
         * @description This call deletes a Contact.
         *
         *     Reference: 002 line 3110 ("Delete a Contact").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Groups for a Staff Contact
         * @description This call returns a list of Teams & Groups for a Contact.
         *
         *     Reference: 002 line 3296 ("View Groups for a Staff Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactGroups"];
        /**
         * Add/Remove Staff Contact to/from a Group
         * @description This call adds or removes a Contact to/from a Group. Team membership will be automatically updated.
         *
         *     Reference: 002 line 3313 ("Add/Remove Staff Contact to/from a Group").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["changeContactGroups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contact's Location
         * @description This call returns latitude, longitude and locationtime (when the location was last updated) of a single Contact's Location.
         *     IMPORTANT: Location is not the same as a Contact's Address. Location is used when you need to track a Contact.
         *
         *     Reference: 002 line 3341 ("View Contact's Location").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getContactLocation"];
        /**
         * Update a Contact's Location
         * @description This call updates the location of a single Contact, you can specify either Latitude/Longitude OR an Address to be geocoded (converted to a latitude/longitude), an error will be returned if the geocoding fails.
         *
         *     Reference: 002 line 3359 ("Update a Contact's Location").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source). The reference labels the sample "Sample POST data": POST is accepted too (`updateContactLocationViaPost`).
         */
        put: operations["updateContactLocation"];
        /**
         * Update a Contact's Location (POST, as the reference labels its sample)
         * @deprecated
         * @description The same as `PUT` on this path. The reference labels this call's sample "Show Sample POST data" (002 line 3364), while the third-party endpoint catalogue, the only source of its method, says PUT; whether the live API also routes POST is not documented, so accepting it is an inference (NOTES.md). Prefer PUT.
         *
         *     Reference: 002 line 3359 ("Update a Contact's Location").
         */
        post: operations["updateContactLocationViaPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Notes for a Contact
         * @description This call returns a list of Notes for a Contact.
         *
         *     Reference: 002 line 3395 ("View Notes for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactNotes"];
        put?: never;
        /**
         * Add a Note to a Contact
         * @description This call adds a Note to a Contact.
         *
         *     Reference: 002 line 3448 ("Add a Note to a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addContactNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/notes/{noteid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Note for a Contact
         * @description This call returns a single Note for a Contact.
         *
         *     Reference: 002 line 3475 ("View a Note for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getContactNote"];
        put?: never;
        post?: never;
        /**
         * Delete a Note from a Contact
         * @description This call deletes a Note from a Contact.
         *
         *     Reference: 002 line 3492 ("Delete a Note from a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteContactNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View All Permissions for a Contact
         * @description This call returns all permissions for a Contact.
         *
         *     Reference: 002 line 3509 ("View All Permissions for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/permissions/{permissionid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check Permission
         * @description This call checks a single permission for a Staff contact, use the 'settings/contacts/permissions' call to view a list of permissionids.
         *
         *     Reference: 002 line 3526 ("Check Permission").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["checkContactPermission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Projects for a Contact
         * @description This call returns a list of Projects for a Contact based on the specified filters. The fields parameter allows you to choose which data fields to return for each Project.
         *
         *     Reference: 002 line 3551 ("View Projects for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactProjects"];
        put?: never;
        /**
         * Add a Project
         * @description This call adds a Project for a Contact. In the Advanced Plan you may specify templateid to use a Project Template (any values you provide will override those in the Project Template). In the Advanced Plan you must specify groupid if the managerid belongs to more than 1 group.
         *
         *     Reference: 002 line 3875 ("Add a Project").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addContactProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Roles for a Staff Contact
         * @description This call returns a list of roles for a Contact.
         *
         *     Reference: 002 line 4055 ("View Roles for a Staff Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactRoles"];
        /**
         * Add/Remove Roles for a Staff Contact
         * @description This call adds or removes roles for a Contact.
         *
         *     Reference: 002 line 4072 ("Add/Remove Roles for a Staff Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["changeContactRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contact Summary
         * @description This call returns a list of Contacts, Invoices, Projects, Quotes and Tasks for the specified Contact. Limited data is returned for each item and this call is not intended to replace the individual calls which offer much more extensive options.
         *
         *     Instead, this call is designed to be used when you need to fetch a summary of current activity for a Contact.
         *
         *     By default this will return the first 10 results for each of the following (assuming the user has the relevant permission):
         *
         *     Projects: Number, Title, Company and ID (Active Projects)
         *     Tasks: Name, Order, Project and ID (Active Tasks)
         *
         *     Reference: 002 line 4100 ("Contact Summary").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getContactSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Tags for a Contact
         * @description This call returns a list of tags for a Contact.
         *
         *     Reference: 002 line 4142 ("View Tags for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactTags"];
        /**
         * Add/Remove Tags for a Contact
         * @description This call adds or removes tags for a Contact.
         *
         *     Reference: 002 line 4159 ("Add/Remove Tags for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["changeContactTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Tasks for a Contact
         * @description This call returns a list of Tasks for a Contact based on the specified filters. The fields parameter allows you to choose which data fields to return for each Task.
         *
         *     Reference: 002 line 4187 ("View Tasks for a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactid}/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Time Tracked by a Contact
         * @description This call returns a the Total time tracked by a Contact based on the filters specified. The subtotals parameter allows you to return Sub Totals of time tracked. The fields parameter allows you to return individual Time Records and choose which data fields to return for each Time Record.
         *
         *     Reference: 002 line 4505 ("View Time Tracked by a Contact").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactTime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/client": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Client Contacts
         * @description This call returns a list of Client Contacts based on the specified filters. The fields parameter allows you to choose which data fields to return for each Contact.
         *
         *     Reference: 002 line 4725 ("View Client Contacts").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listClientContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/contractor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contractor Contacts
         * @description This call returns a list of Contractor Contacts based on the specified filters. The fields parameter allows you to choose which data fields to return for each Contact.
         *
         *     Reference: 002 line 4854 ("View Contractor Contacts").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContractorContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/forgotpassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Request Password Reset
         * @description This call sends an email to supplied address with details on how to reset their password.
         *     If no matching address is found, this will return a 404 response code
         *
         *     Reference: 002 line 4983 ("Request Password Reset").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["requestPasswordReset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contacts' Locations
         * @description This call returns latitude, longitude and locationtime (when the location was last updated) of all Contacts.
         *     IMPORTANT: Location is not the same as a Contact's Address. Location is used when you need to track a Contact. Contacts who have never updated their location will not be returned.
         *
         *     Reference: 002 line 5006 ("View Contacts' Locations").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listContactLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/requestaccess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Access to ProWorkflow
         * @description This call adds one or more Contacts.
         *     IMPORTANT: Advanced Plan Only - Contact/Company will be added to Division ID 1.
         *
         *     Reference: 002 line 5041 ("Request Access to ProWorkflow.").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["requestAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Staff Contacts
         * @description This call returns a list of Staff Contacts based on the specified filters. The fields parameter allows you to choose which data fields to return for each Contact. Clients & Contractors can only view limited details about Staff.
         *
         *     Reference: 002 line 5091 ("View Staff Contacts").
         *     Method and path confirmed: GitHub mgulabyar/ProWorkflow-for-Outlook src/taskpane/services/proworkflow.ts (GET https://api.proworkflow.net/contacts, GET /contacts/staff); third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        get: operations["listStaffContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Events
         * @description This call returns a list of Events based on the filters specified. The fields parameter allows you to choose which data fields to return for each Event.
         *
         *     Reference: 002 line 5227 ("View Events").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Add an Event
         * @description This call adds a single Event.
         *
         *     Reference: 002 line 5357 ("Add an Event").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an Event
         * @description This call returns details of a single Event.
         *
         *     Reference: 002 line 5410 ("View an Event").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getEvent"];
        /**
         * Edit an Event
         * @description This call updates a single Event.
         *
         *     Reference: 002 line 5444 ("Edit an Event").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editEvent"];
        post?: never;
        /**
         * Delete an Event
         * @description This call deletes a single Event.
         *
         *     Reference: 002 line 5427 ("Delete an Event").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Expenses
         * @description This call returns a list of Expenses based on the filters specified. The fields parameter allows you to choose which data fields to return for each Expense.
         *
         *     Reference: 002 line 5497 ("View Expenses").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listExpenses"];
        put?: never;
        /**
         * Add an Expense
         * @description This call adds a single Expense.
         *
         *     Reference: 002 line 5620 ("Add an Expense").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addExpense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/expenses/{expenseid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an Expense
         * @description This call returns details of a single Expense.
         *
         *     Reference: 002 line 5679 ("View an Expense").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getExpense"];
        /**
         * Edit an Expense
         * @description This call updates a single Expense.
         *
         *     Reference: 002 line 5713 ("Edit an Expense").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editExpense"];
        post?: never;
        /**
         * Delete an Expense
         * @description This call deletes a single Expense.
         *
         *     Reference: 002 line 5696 ("Delete an Expense").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteExpense"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Files
         * @description This call returns a list of Files based on the filters specified. The fields parameter allows you to choose which data fields to return for each File.
         *
         *     Reference: 002 line 5767 ("View Files").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Add a File
         * @description This call adds a single File.
         *
         *     Reference: 002 line 5879 ("Add a File").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{fileid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a File
         * @description This call returns details of a single File.
         *
         *     Reference: 002 line 5924 ("View a File").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete a File
         * @description This call deletes a single File.
         *
         *     Reference: 002 line 5948 ("Delete a File").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Custom Folders
         * @description This call returns a list of Custom Folders based on the filters specified. The fields parameter allows you to choose which data fields to return for each Custom Folder.
         *
         *     Reference: 002 line 5965 ("View Custom Folders").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listFolders"];
        put?: never;
        /**
         * Add a Custom Folder
         * @description This call adds a single Custom Folder.
         *
         *     Reference: 002 line 6042 ("Add a Custom Folder").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/folders/{folderid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Custom Folder
         * @description This call returns details of a single Custom Folder.
         *
         *     Reference: 002 line 6082 ("View a Custom Folder").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getFolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Invoices/Totals
         * @description This call returns a list of Invoices based on the filters specified and optionally subtotals based on the grouping options specified, it also returns the totals of all the returned quotes. The subtotals parameter allows you to return Sub Totals of invoiced amounts. The fields parameter allows you to return individual Invoices and choose which data fields to return for each Invoice. This call does not return details of the individual lines for each Invoice, you can use the specific Invoice call to return that information.
         *
         *     Reference: 002 line 6101 ("View Invoices/Totals").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Add an Invoice
         * @description This call adds a simple Invoice.
         *
         *     Reference: 002 line 6344 ("Add an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View an Invoice
         * @description This call returns details of a single Invoice.
         *     IMPORTANT: For Task/Staff Rate Lines, the 'rate' value is cost/hour, the 'time' value is the time in minutes.
         *
         *     Reference: 002 line 6560 ("View an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getInvoice"];
        /**
         * Edit an Invoice
         * @description This call updates details of a single Invoice.
         *     IMPORTANT: If you specify any 'lines' then all existing lines will be replaced, if you want to add/edit/remove individual lines then use the dedicated 'invoice/lines' or 'invoice/line' calls instead.
         *
         *     Reference: 002 line 6595 ("Edit an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editInvoice"];
        post?: never;
        /**
         * Delete an Invoice
         * @description This call deletes a single Invoice.
         *
         *     Reference: 002 line 6578 ("Delete an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteInvoice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceid}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Line Items in an Invoice
         * @description This call returns details of Line Items in an Invoice.
         *
         *     Reference: 002 line 6768 ("View Line Items in an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listInvoiceLines"];
        put?: never;
        /**
         * Add Line/s to an Invoice
         * @description This call adds Line/s to an Invoice.
         *
         *     The 'type' must be specified, the following must then be specified depending on the 'type':
         *
         *       • 'heading' - Must provide 'name'
         *       • 'expense' - Must provide 'name' as well as 'quantity' & 'rate'
         *       • 'lineitem' - Must provide 'name' or 'description' as well as 'quantity' & 'rate'
         *       • 'staffrate' - Must provide 'name', 'time' & 'rate'
         *       • 'taskrate' - Must provide 'name', 'time' & 'rate'
         *
         *     Reference: 002 line 6785 ("Add Line/s to an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addInvoiceLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceid}/lines/{lineid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Line in an Invoice
         * @description This call returns details of a single Line in an Invoice.
         *
         *     Reference: 002 line 6895 ("View a Line in an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getInvoiceLine"];
        /**
         * Edit a Line in an Invoice
         * @description This call updates a single Line in an Invoice.
         *
         *     Reference: 002 line 6929 ("Edit a Line in an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editInvoiceLine"];
        post?: never;
        /**
         * Delete a Line from an Invoice
         * @description This call delete a single Line in an Invoice.
         *
         *     Reference: 002 line 6912 ("Delete a Line from an Invoice").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteInvoiceLine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceid}/markaspaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark an Invoice as Paid
         * @description This call will mark a single Invoice as paid. You can specify 'paiddate' otherwise the current user's time is used.
         *
         *     Reference: 002 line 6982 ("Mark an Invoice as Paid").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["markInvoicePaid"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{invoiceid}/markasunpaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark an Invoice as Unpaid
         * @description This call will mark a single Invoice as unpaid.
         *
         *     Reference: 002 line 7011 ("Mark an Invoice as Unpaid").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["markInvoiceUnpaid"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Overdue Invoices
         * @description This call returns a list of overdue Invoices based on the filters specified and optionally subtotals based on the grouping options specified, it also returns the totals of all the returned quotes. The subtotals parameter allows you to return Sub Totals of invoiced amounts. The fields parameter allows you to return individual Invoices and choose which data fields to return for each Invoice. This call does not return details of the individual lines for each Invoice, you can use the specific Invoice call to return that information.
         *
         *     Reference: 002 line 7028 ("View Overdue Invoices").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listOverdueInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Login Call
         * @description returns details about the user making the request and the account they are accessing. If you don't know your API key then you can use this call to return it by providing your Account URL (as well as using a Basic Authorization header).
         *
         *     Reference: 002 line 7222 ("Login Call").
         *     Method and path confirmed: vendor page https://api.proworkflow.net?documentation (Introduction; same text at https://www.proworkflow.com/appstore/developers/); same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10.
         */
        get: operations["login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Contact Information
         * @description This call returns details of the Contact making the request.
         *
         *     Reference: 002 line 7244 ("View Contact Information").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        get: operations["getMe"];
        /**
         * Edit Contact Information
         * @description This call updates the Contact making the request.
         *
         *     Reference: 002 line 7261 ("Edit Contact Information").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Messages
         * @description This call returns a list of Messages based on the filters specified. The fields parameter allows you to choose which data fields to return for each Message.
         *     IMPORTANT: We recommend using the datefrom option to return only messages added in the timeframe you require.
         *
         *     Reference: 002 line 7347 ("View Messages").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Add a Message
         * @description This call adds a single message. A new discussion can be started by using the projectid or taskid parameter, a reply can be added by using the originalmessageid parameter. To attach files, they must first be uploaded and can then be attached to a message using the fileid parameter.
         *
         *     Reference: 002 line 7473 ("Add a Message").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        post: operations["addMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{messageid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Message
         * @description This call returns details of a single Message.
         *
         *     Reference: 002 line 7541 ("View a Message").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getMessage"];
        /**
         * Edit a Message
         * @description This call updates settings for a single Message, this is only available for messages added by the user making the request and that started a new discussion.
         *     NOTE: The title or content of a message cannot be changed.
         *
         *     Reference: 002 line 7582 ("Edit a Message").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editMessage"];
        post?: never;
        /**
         * Delete a Message
         * @description This call deletes a single Message or Discussion, this is only available for messages added by the user making the request.
         *     NOTE: Deleting the first message in a discussion will also delete all replies in that discussion.
         *
         *     Reference: 002 line 7564 ("Delete a Message").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Notes
         * @description This call returns a list of Notes. The fields parameter allows you to choose which data fields to return for each Note.
         *
         *     Reference: 002 line 7618 ("View Notes").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listNotes"];
        put?: never;
        /**
         * Add a Note
         * @description This call adds a Note.
         *
         *     Reference: 002 line 7729 ("Add a Note").
         *     Method and path confirmed: same Numa research pack, statement marked live-tested against api.proworkflow.net on 2026-06-10; third-party Numa ProWorkflow connector research pack, endpoint catalog ("ProWorkflow — API Specification & Investigation", researched 2026-06-10 from the vendor per-call reference; published on GitHub, probable repo tonygurnick-sudo/numa, exact path unresolved).
         */
        post: operations["addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{noteid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a Note
         * @description This call returns a single Note.
         *
         *     Reference: 002 line 7774 ("View a Note").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["getNote"];
        /**
         * Edit a Note
         * @description This call updates a Note.
         *
         *     Reference: 002 line 7808 ("Edit a Note").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        put: operations["editNote"];
        post?: never;
        /**
         * Delete a Note
         * @description This call deletes a single Note.
         *
         *     Reference: 002 line 7791 ("Delete a Note").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projectrequests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View Project Requests
         * @description This call returns a list of Project Requests based on the filters specified. The fields parameter allows you to choose which data fields to return for each Request.
         *
         *     Reference: 002 line 7851 ("View Project Requests").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        get: operations["listProjectRequests"];
        put?: never;
        /**
         * Add a Project Request
         * @description This call adds a Project Request. Files can be added subsequently using the Add Files call with projectid set to the ID of the Project Request. In the Advanced Plan you may specify templateid to use a Project Template (any values you provide will override those in the Project Template). In the Advanced Plan you may specify contactid or divisionid (if neither is provided then the request will be submitted to the default contact for the same division as the user making the request). In the Advanced Plan you must specify groupid if the contactid you are submitting to belongs to more than 1 group.
         *
         *     Reference: 002 line 8055 ("Add a Project Request").
         *     Method and path from the third-party endpoint catalogue (not verified by a first-party source).
         */
        post: operations["addProjectRequest"];
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
         * @description A record ID.
         * @example 1
         */
        Id: number;
        /**
         * @description One ID or a comma-separated list of IDs; a record matches when it has ANY of them.
         * @example 1,2,3
         */
        IdList: string;
        /**
         * @description One ID or a comma-separated list of IDs (ANY of them); a leading `!` negates the whole list (NOT any of them).
         * @example !1,2
         */
        NegatableIdList: string;
        /**
         * @description Contact ID or comma-separated list of Contact IDs, `!` before the list to negate it where the call allows, `me` for the Contact making the request, `all`, or (tasks only) `unassigned`. Each parameter lists the forms it accepts.
         * @example me
         */
        ContactSelector: string;
        /**
         * @description A specific date `yyyy-mm-dd`, or a relative date `+/-X` followed by `d`, `w`, `m` or `y` (days, weeks, months, years from today): `-3w` = 3 weeks ago, `+1m` = 1 month ahead, `+0d` = today.
         * @example 2014-01-18
         */
        DateOrRelative: string;
        /**
         * @description A specific date & time in ISO 8601 `yyyy-mm-ddThh:mm` (no time zone), or `X` followed by `n`, `h`, `d`, `w` or `m`: X minutes, hours, days, weeks or months AGO (`n` is minutes): `12h`, `15n`.
         * @example 2014-01-18T13:20
         */
        DateTimeOrAgo: string;
        /**
         * @description `N` exactly the value, `gteN` greater than or equal to it, `lteN` less than or equal to it.
         * @example gte3000.00
         */
        NumberComparison: string;
        /**
         * @description `N`, `gteN`, `lteN` as for a number, `gteN%` / `lteN%` as a percentage of the comparison total, `over` (greater than it) or `under` (less than or equal to it). Time values are minutes.
         * @example gte30%
         */
        PercentComparison: string;
        /**
         * @description Field ID and string separated by a comma (records where the field contains the string); several pairs joined by two pipe characters `||`.
         * @example 2,Europe||3,Industrial
         */
        FieldValuePairs: string;
        /**
         * @description A record ID, as a JSON number (as in the reference samples) or a string of digits; an empty string clears it on an edit.
         * @example 1
         */
        IdValue: number | string;
        /**
         * @description Comma-separated IDs in ONE string (`"1,2,3"`), never a JSON array.
         * @example 1,2,3
         */
        IdListValue: string;
        /**
         * @description Comma-separated Contact IDs in ONE string (`"1,2"`), `me` (the Contact making the request) or `all`; never a JSON array.
         * @example 1,2
         */
        ContactListValue: string;
        /**
         * @description A date `yyyy-mm-dd` or a relative date `+/-Xd/w/m/y`; an empty string clears it on an edit.
         * @example 2014-01-18
         */
        DateValue: string;
        /**
         * @description A date & time in ISO 8601 `yyyy-mm-ddThh:mm`, or `now` for the current time.
         * @example 2014-01-18T13:20
         */
        DateTimeValue: string;
        /**
         * @description A money value: a JSON number (as in the reference samples) or a decimal string.
         * @example 500
         */
        Amount: number | string;
        /**
         * @description An API Field or Custom Field value to set: the field ID and its value.
         * @example {
         *       "id": 1,
         *       "value": "Europe"
         *     }
         */
        FieldValueInput: {
            /** @description Field ID. */
            id: number | string;
            /** @description Value. */
            value: string;
        };
        /**
         * @description A related record: ID and name.
         * @example {
         *       "id": 1,
         *       "name": "Key Account"
         *     }
         */
        IdName: {
            id: number;
            name?: string;
        };
        /**
         * @description A Contact referenced by another record. `email`, `image` and `phone` appear only where the call returns contact details.
         * @example {
         *       "id": 5,
         *       "name": "Adam West"
         *     }
         */
        ContactRef: {
            id: number;
            name?: string;
            email?: string;
            image?: string;
            phone?: string;
        };
        /**
         * @description A Project referenced by another record: ID, Number and Title.
         * @example {
         *       "id": 2,
         *       "number": "ABC-00001",
         *       "title": "Sample Project"
         *     }
         */
        ProjectRef: {
            id: number;
            number?: string;
            title?: string;
        };
        /**
         * @description An API Field or Custom Field value of a record.
         * @example {
         *       "id": 2,
         *       "name": "Region",
         *       "value": "Europe"
         *     }
         */
        FieldValue: {
            id: number;
            name?: string;
            value?: string;
        };
        /**
         * @description One subtotal row: one `<key>id`/`<key>name` pair (or a date or flag) per grouping key requested in `subtotals`, in that order, and the `subtotal` (minutes for time, currency for invoices and quotes). Only non-zero subtotals are returned.
         * @example {
         *       "companyid": 1,
         *       "companyname": "ABC Ltd",
         *       "subtotal": 200
         *     }
         */
        Subtotal: {
            subtotal: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A row of a Company or Contact Summary: the ID plus the few fields listed for its data type.
         * @example {
         *       "id": 2,
         *       "number": "ABC-00001",
         *       "title": "Sample Project",
         *       "companyid": 1,
         *       "companyname": "ABC Ltd"
         *     }
         */
        SummaryItem: {
            id: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Error envelope: `status` "Error" and `details`, a list of messages (they may contain HTML such as `<ul><li>`). */
        Error: {
            /** @constant */
            status: "Error";
            details: string[];
        };
        /** @description Answer to an add (HTTP 201): `details` is always an array with one entry per added record, in input order. */
        Added: {
            /** @constant */
            status: "Success";
            /** @description e.g. "Contact/s Added". */
            message: string;
            details: ({
                id: number;
            } & {
                [key: string]: unknown;
            })[];
        };
        /** @description Answer to an edit, delete or action (HTTP 200): `details` holds the ID of the record. */
        Result: {
            /** @constant */
            status: "Success";
            /** @description e.g. "Contact Updated", "Contact Deleted". */
            message: string;
            details: ({
                id: number;
            } & {
                [key: string]: unknown;
            })[];
        };
        /** @description A success answer with a message and no record. */
        StatusMessage: {
            /** @constant */
            status: "Success";
            message?: string;
        };
        /** @description Details about the user making the request and the account they are accessing. `apikey` is withheld when the account owner has disabled it for this call. */
        Login: {
            /** @constant */
            status: "Success";
            /** @description The account API key. */
            apikey?: string;
            /** @description Account URL. */
            accounturl?: string;
            /** @description Account plan. */
            plan?: string;
            /** @description Account currency. */
            currency?: string;
            /** @description Permissions of the user (shape not documented). */
            permissions?: unknown;
            /** @description The user making the request. */
            contact?: {
                id: number;
                email?: string;
                firstname?: string;
                lastname?: string;
                type?: string;
            };
        };
        /** @description A Company or Contact Summary: up to `pagesize` rows (default 10) of each data type the user may see. */
        SummaryRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            /** @description One array per requested data type. Contacts: Name, Company, Email, Phone and ID. Invoices: Number, Title, Company, Totals and ID (unpaid). Projects: Number, Title, Company and ID (active). Quotes: Number, Title, Company, Totals and ID (pending). Tasks: Name, Order, Project and ID (active). */
            summary: {
                contacts?: components["schemas"]["SummaryItem"][];
                invoices?: components["schemas"]["SummaryItem"][];
                projects?: components["schemas"]["SummaryItem"][];
                quotes?: components["schemas"]["SummaryItem"][];
                tasks?: components["schemas"]["SummaryItem"][];
            };
        };
        /** @description The result of a permission check for a Staff Contact. */
        PermissionCheckRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            permission: {
                /** @description Permission ID. */
                id: number;
                /** @description Permission name. */
                name?: string;
                /**
                 * @description The setting checked.
                 * @enum {string}
                 */
                permissionsetting: "view" | "add" | "edit" | "delete";
                /** @description Whether the Contact has the permission setting. */
                allowed: boolean;
            };
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `companies`, always an array. */
        CompanyList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            companies: components["schemas"]["Company"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `contacts`, always an array. */
        ContactList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            contacts: components["schemas"]["Contact"][];
        };
        /** @description List envelope with totals: `status`, `count`, `totalcount`, the records under `invoices`, `total` and (when requested) `subtotals`. With `fields=none` (or, for time, no `fields`) only `status`, `total` and `subtotals` are returned. */
        InvoiceList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count?: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount?: number;
            invoices?: components["schemas"]["Invoice"][];
            /** @description Total value of the matching records. */
            total?: number;
            /** @description Subtotals, when `subtotals` is requested. */
            subtotals?: components["schemas"]["Subtotal"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `notes`, always an array. */
        NoteList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            notes: components["schemas"]["Note"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `projects`, always an array. */
        ProjectList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            projects: components["schemas"]["Project"][];
        };
        /** @description List envelope with totals: `status`, `count`, `totalcount`, the records under `quotes`, `total` and (when requested) `subtotals`. With `fields=none` (or, for time, no `fields`) only `status`, `total` and `subtotals` are returned. */
        QuoteList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count?: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount?: number;
            quotes?: components["schemas"]["Quote"][];
            /** @description Total value of the matching records. */
            total?: number;
            /** @description Subtotals, when `subtotals` is requested. */
            subtotals?: components["schemas"]["Subtotal"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `tags`, always an array. */
        TagList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            tags: components["schemas"]["IdName"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `tasks`, always an array. */
        TaskList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            tasks: components["schemas"]["Task"][];
        };
        /** @description List envelope with totals: `status`, `count`, `totalcount`, the records under `timerecords`, `total` and (when requested) `subtotals`. With `fields=none` (or, for time, no `fields`) only `status`, `total` and `subtotals` are returned. */
        TimeRecordList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count?: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount?: number;
            timerecords?: components["schemas"]["TimeRecord"][];
            /** @description Total time tracked by the matching records (minutes). */
            total?: number;
            /** @description Subtotals, when `subtotals` is requested. */
            subtotals?: components["schemas"]["Subtotal"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `groups`, always an array. */
        GroupList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            groups: components["schemas"]["Group"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `contacts`, always an array. */
        ContactLocationList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            contacts: components["schemas"]["ContactLocation"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `permissions`, always an array. */
        PermissionList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            permissions: components["schemas"]["Permission"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `roles`, always an array. */
        RoleList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            roles: components["schemas"]["IdName"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `events`, always an array. */
        EventList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            events: components["schemas"]["Event"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `expenses`, always an array. */
        ExpenseList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            expenses: components["schemas"]["Expense"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `files`, always an array. */
        FileList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            files: components["schemas"]["File"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `folders`, always an array. */
        FolderList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            folders: components["schemas"]["Folder"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `lines`, always an array. */
        InvoiceLineList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            lines: components["schemas"]["InvoiceLine"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `messages`, always an array. */
        MessageList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            messages: components["schemas"]["Message"][];
        };
        /** @description List envelope: `status`, `count`, `totalcount` and the records under `projectrequests`, always an array. */
        ProjectRequestList: {
            /** @constant */
            status: "Success";
            /** @description Records in this response. */
            count: number;
            /** @description Records matching the filters overall (use it to detect the last page). */
            totalcount: number;
            projectrequests: components["schemas"]["ProjectRequest"][];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `company` with all its fields. */
        CompanyRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            company: components["schemas"]["Company"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `note` with all its fields. */
        NoteRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            note: components["schemas"]["Note"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `contact` with all its fields. */
        ContactRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            contact: components["schemas"]["Contact"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `event` with all its fields. */
        EventRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            event: components["schemas"]["Event"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `expense` with all its fields. */
        ExpenseRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            expense: components["schemas"]["Expense"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `file` with all its fields. */
        FileRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            file: components["schemas"]["File"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `folder` with all its fields. */
        FolderRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            folder: components["schemas"]["Folder"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `invoice` with all its fields. */
        InvoiceRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            invoice: components["schemas"]["Invoice"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `line` with all its fields. */
        InvoiceLineRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            line: components["schemas"]["InvoiceLine"];
        };
        /** @description Single-record envelope: `status`, `count` (1) and the record under `message` with all its fields. */
        MessageRecord: {
            /** @constant */
            status: "Success";
            /** @constant */
            count: 1;
            message: components["schemas"]["Message"];
        };
        /**
         * @description A Company (client, contractor, staff or other).
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Company: {
            /** @description Company ID. */
            id: number;
            /** @description Company Name. */
            name?: string;
            /** @description Company Code (abbreviation of the Company Name). */
            code?: string;
            /**
             * @description Company Type.
             * @enum {string}
             */
            type?: "client" | "contractor" | "staff" | "other";
            /** @description Address Line 1. */
            address1?: string;
            /** @description Address Line 2. */
            address2?: string;
            /** @description Address Line 3. */
            address3?: string;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string;
            /** @description Zip or Postal Code. */
            zipcode?: string;
            /** @description Country. */
            country?: string;
            /** @description Email Address. */
            email?: string;
            /** @description Phone number. */
            phone?: string;
            /** @description Fax Number. */
            fax?: string;
            /** @description Website. */
            website?: string;
            /** @description Facebook URL. */
            facebook?: string;
            /** @description LinkedIn URL. */
            linkedin?: string;
            /** @description Twitter URL. */
            twitter?: string;
            /** @description URL of the Company image (80x80 px). */
            image?: string;
            /** @description Contacts in the Company; email, image and phone only with `contactdetails=true`. */
            contacts?: components["schemas"]["ContactRef"][];
            /** @description Tags. */
            tags?: components["schemas"]["IdName"][];
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Contact (staff, client, contractor or other). Clients and Contractors see limited details about Staff.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Contact: {
            /** @description Contact ID. */
            id: number;
            /** @description First Name. */
            firstname?: string;
            /** @description Last Name. */
            lastname?: string;
            /**
             * @description Contact Type.
             * @enum {string}
             */
            type?: "staff" | "client" | "contractor" | "other";
            /** @description Company ID. */
            companyid?: number;
            /** @description Company Name. */
            companyname?: string;
            /** @description Job Title. */
            title?: string;
            /** @description Email Address. */
            email?: string;
            /** @description Work Phone number. */
            workphone?: string;
            /** @description Mobile Phone number. */
            mobilephone?: string;
            /** @description Fax Number. */
            fax?: string;
            /** @description Address Line 1. */
            address1?: string;
            /** @description Address Line 2. */
            address2?: string;
            /** @description Address Line 3. */
            address3?: string;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string;
            /** @description Zip or Postal Code. */
            zipcode?: string;
            /** @description Country. */
            country?: string;
            /** @description Facebook URL. */
            facebook?: string;
            /** @description LinkedIn URL. */
            linkedin?: string;
            /** @description Twitter URL. */
            twitter?: string;
            /** @description URL of the Contact image (80x80 px). */
            image?: string;
            /** @description Login access. */
            allowlogin?: boolean;
            /** @description Username (contacts can also log in with their email address). */
            username?: string;
            /** @description Latitude of the last reported location. */
            latitude?: number | null;
            /** @description Longitude of the last reported location. */
            longitude?: number | null;
            /** @description When the location was last updated (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            locationtime?: string | null;
            /** @description Groups (Advanced plan only). */
            groups?: components["schemas"]["IdName"][];
            /** @description Teams (Advanced plan only). */
            teams?: components["schemas"]["IdName"][];
            /** @description Roles (Staff Contacts). */
            roles?: components["schemas"]["IdName"][];
            /** @description Tags. */
            tags?: components["schemas"]["IdName"][];
            /** @description Client can add a project request (Advanced plan, clients). */
            addprojectrequest?: boolean;
            /** @description Client can view all company projects. */
            viewallcompanyprojects?: boolean;
            /** @description Client can view all project tasks. */
            viewallprojecttasks?: boolean;
            /** @description Client can view archived projects. */
            viewarchivedprojects?: boolean;
            /** @description Client can view the calendar page. */
            viewcalendar?: boolean;
            /** @description Client can view quotes and invoices. */
            viewquotesandinvoices?: boolean;
            /** @description Client can view time information. */
            viewtimeinformation?: boolean;
            /** @description Client can view the timeline. */
            viewtimeline?: boolean;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Contact's Location (latitude, longitude and locationtime). Not the same as the Contact's Address.
         *     A single-record view returns every key.
         */
        ContactLocation: {
            /** @description Contact ID. */
            id: number;
            /** @description First Name. */
            firstname?: string;
            /** @description Last Name. */
            lastname?: string;
            /** @description Latitude. */
            latitude?: number | null;
            /** @description Longitude. */
            longitude?: number | null;
            /** @description When the location was last updated (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            locationtime?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Project.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Project: {
            /** @description Project ID. */
            id: number;
            /** @description Project Number (distinct from the ID). */
            number?: string;
            /** @description Title. */
            title?: string;
            /** @description Description. */
            description?: string;
            /** @description Status (`active` or `complete`). */
            status?: string;
            /**
             * @description Project type (Advanced plan only).
             * @enum {string}
             */
            type?: "internal" | "external";
            /** @description Priority (1-5 representing Very High-Very Low). */
            priority?: number;
            /** @description Start Date (yyyy-mm-dd; null when not set). */
            startdate?: string | null;
            /** @description Due Date (yyyy-mm-dd; null when not set). */
            duedate?: string | null;
            /** @description Complete Date (yyyy-mm-dd; null when not set). */
            completedate?: string | null;
            /** @description Client Company ID. */
            companyid?: number;
            /** @description Client Company Name. */
            companyname?: string;
            /** @description Project Category ID. */
            categoryid?: number | null;
            /** @description Project Category Name. */
            categoryname?: string;
            /** @description Manager Contact ID. */
            managerid?: number;
            /** @description Manager name. */
            managername?: string;
            /** @description Assigned Staff. */
            staff?: components["schemas"]["ContactRef"][];
            /** @description Assigned Clients. */
            clients?: components["schemas"]["ContactRef"][];
            /** @description Assigned Contractors. */
            contractors?: components["schemas"]["ContactRef"][];
            /** @description Custom Status ID (Advanced plan only). */
            customstatusid?: number | null;
            /** @description Custom Status name. */
            customstatusname?: string;
            /** @description Custom Form Title (Advanced plan only). */
            customformtitle?: string;
            /** @description Custom Form Content (Advanced plan only). */
            customformcontent?: string;
            /** @description Custom Field values (Advanced plan only). */
            customfields?: components["schemas"]["FieldValue"][];
            /** @description Group in charge (Advanced plan only). */
            groupid?: number | null;
            /** @description Group name. */
            groupname?: string;
            /** @description Team in charge (Advanced plan only). */
            teamid?: number | null;
            /** @description Team name. */
            teamname?: string;
            /** @description Private Notes (visible to Staff only). */
            privatenotes?: string;
            /** @description Marked as Invoiced. */
            invoiced?: boolean;
            /** @description Marked as Paid. */
            paid?: boolean;
            /** @description Marked as Accounted For. */
            accountedfor?: boolean;
            /** @description Invoiced Value. */
            invoicetotal?: number;
            /** @description Quoted Value. */
            quotetotal?: number;
            /** @description Expenses Total. */
            expensestotal?: number;
            /** @description Percent complete. */
            percentcomplete?: number;
            /** @description Time Allocated (minutes). */
            timeallocated?: number;
            /** @description Time Tracked (minutes). */
            timetracked?: number;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Task (a project task, or a general task in a category).
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Task: {
            /** @description Task ID. */
            id: number;
            /** @description Name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /**
             * @description Task Type.
             * @enum {string}
             */
            type?: "normal" | "bold" | "heading";
            /** @description Order within the project. */
            order?: number | string;
            /** @description Status (`active` or `complete`). */
            status?: string;
            /** @description Priority (1-5 representing Very High-Very Low). */
            priority?: number;
            /** @description Billable. */
            billable?: boolean;
            /** @description Start Date (yyyy-mm-dd; null when not set). */
            startdate?: string | null;
            /** @description Due Date (yyyy-mm-dd; null when not set). */
            duedate?: string | null;
            /** @description Complete Date (yyyy-mm-dd; null when not set). */
            completedate?: string | null;
            /** @description Project ID (null for general tasks). */
            projectid?: number | null;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Project Category ID. */
            projectcategoryid?: number | null;
            /** @description Project Category Name. */
            projectcategoryname?: string;
            /** @description Project Manager ID. */
            projectmanagerid?: number | null;
            /** @description Project Manager name. */
            projectmanagername?: string;
            /** @description Category ID (general tasks). */
            categoryid?: number | null;
            /** @description Category Name. */
            categoryname?: string;
            /** @description Company ID of the project. */
            companyid?: number | null;
            /** @description Company Name. */
            companyname?: string;
            /** @description Assigned Contacts. */
            contacts?: components["schemas"]["ContactRef"][];
            /** @description Contact who added this Task. */
            creatorid?: number;
            /** @description Name of the Contact who added this Task. */
            creatorname?: string;
            /** @description Dependent status: true while the task waits on another task. */
            dependent?: boolean;
            /** @description Time Allocated (minutes). */
            timeallocated?: number;
            /** @description Time Tracked (minutes). */
            timetracked?: number;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Time Record (time tracked against a task).
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        TimeRecord: {
            /** @description Time Record ID. */
            id: number;
            /** @description Date tracked (yyyy-mm-dd; null when not set). */
            date?: string | null;
            /** @description Start time (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            starttime?: string | null;
            /** @description End time (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            endtime?: string | null;
            /** @description Time Tracked (minutes). */
            timetracked?: number;
            /** @description Billable. */
            billable?: boolean;
            /** @description Notes. */
            notes?: string;
            /** @description Contact who tracked the time. */
            contactid?: number;
            /** @description Contact name. */
            contactname?: string;
            /** @description Company ID. */
            companyid?: number;
            /** @description Company Name. */
            companyname?: string;
            /** @description Project ID. */
            projectid?: number | null;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Task ID. */
            taskid?: number;
            /** @description Task name. */
            taskname?: string;
            /** @description Project Category ID. */
            categoryid?: number | null;
            /** @description Project Category Name. */
            categoryname?: string;
            /** @description Total time allocated to the task (minutes). */
            tasktimeallocated?: number;
            /** @description Total time tracked on the task (minutes). */
            tasktimetracked?: number;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description An Invoice.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Invoice: {
            /** @description Invoice ID. */
            id: number;
            /** @description Number. */
            number?: string;
            /** @description Title. */
            title?: string;
            /** @description Description. */
            description?: string;
            /**
             * @description Invoice Status.
             * @enum {string}
             */
            status?: "paid" | "unpaid";
            /** @description Client Company ID. */
            companyid?: number;
            /** @description Client Company Name. */
            companyname?: string;
            /** @description Client Contact ID. */
            contactid?: number;
            /** @description Project ID. */
            projectid?: number | null;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Invoiced Date (yyyy-mm-dd; null when not set). */
            invoiceddate?: string | null;
            /** @description Due Date (yyyy-mm-dd; null when not set). */
            duedate?: string | null;
            /** @description Paid Date (yyyy-mm-dd; null when not set). */
            paiddate?: string | null;
            /** @description Date last emailed (yyyy-mm-dd; null when not set). */
            emaileddate?: string | null;
            /** @description Email addresses the invoice was sent to. */
            emailedto?: string;
            /** @description Contact who raised the invoice. */
            invoicedbyid?: number;
            /** @description Name of the contact who raised the invoice. */
            invoicedbyname?: string;
            /** @description Purchase Order Number. */
            purchaseordernumber?: string;
            /** @description Subtotal (before tax). */
            subtotal?: number;
            /** @description Tax total. */
            taxtotal?: number;
            /** @description Grand total. */
            grandtotal?: number;
            /** @description Taxable status. */
            taxable?: boolean;
            /** @description Tax rate (%). */
            taxrate?: number;
            /** @description Show Cost Breakdown (in main application). */
            showcostbreakdown?: boolean;
            /** @description Discount Value (fixed value or percentage such as `10%`). */
            discountvalue?: number | string;
            /** @description Discount Description. */
            discountdescription?: string;
            /** @description Terms. */
            terms?: string;
            /** @description Address Contact Name. */
            contactname?: string;
            /** @description Address Line 1. */
            address1?: string;
            /** @description Address Line 2. */
            address2?: string;
            /** @description Address Line 3. */
            address3?: string;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string;
            /** @description Zip or Postal Code. */
            zipcode?: string;
            /** @description Country. */
            country?: string;
            /** @description Xero reference (Staff only, requires the Xero integration). */
            xero?: string;
            /** @description Custom field. */
            customfield?: string;
            /** @description Line items (single invoice view). */
            lines?: components["schemas"]["InvoiceLine"][];
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A line of an Invoice.
         *     A single-record view returns every key.
         */
        InvoiceLine: {
            /** @description Line ID. */
            id: number;
            /**
             * @description Line type.
             * @enum {string}
             */
            type?: "heading" | "expense" | "lineitem" | "staffrate" | "taskrate";
            /** @description Name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Quantity. */
            quantity?: number;
            /** @description Rate (per hour for staffrate and taskrate lines). */
            rate?: number;
            /** @description Time (minutes). */
            time?: number;
            /** @description Taxable status. */
            taxable?: boolean;
            /** @description Line total. */
            total?: number;
            /** @description Display Order. */
            displayorder?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Quote or Estimate.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Quote: {
            /** @description Quote ID. */
            id: number;
            /** @description Number. */
            number?: string;
            /** @description Title. */
            title?: string;
            /** @description Description. */
            description?: string;
            /**
             * @description Quote Type.
             * @enum {string}
             */
            type?: "estimate" | "quote";
            /**
             * @description Quote Status.
             * @enum {string}
             */
            status?: "pending" | "approved" | "declined";
            /** @description Client Company ID. */
            companyid?: number;
            /** @description Client Company Name. */
            companyname?: string;
            /** @description Project ID. */
            projectid?: number | null;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Quoted Date (yyyy-mm-dd; null when not set). */
            quoteddate?: string | null;
            /** @description Approved Date (yyyy-mm-dd; null when not set). */
            approveddate?: string | null;
            /** @description Valid To Date (yyyy-mm-dd; null when not set). */
            validtodate?: string | null;
            /** @description Date last emailed (yyyy-mm-dd; null when not set). */
            emaileddate?: string | null;
            /** @description Email addresses the quote was sent to. */
            emailedto?: string;
            /** @description Contact who raised the quote. */
            quotedbyid?: number;
            /** @description Name of the contact who raised the quote. */
            quotedbyname?: string;
            /** @description Subtotal (before tax). */
            subtotal?: number;
            /** @description Tax total. */
            taxtotal?: number;
            /** @description Grand total. */
            grandtotal?: number;
            /** @description Taxable status. */
            taxable?: boolean;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Note.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Note: {
            /** @description Note ID. */
            id: number;
            /** @description Title. */
            title?: string;
            /** @description Content. */
            content?: string;
            /** @description Date added (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            date?: string | null;
            /** @description Category ID. */
            categoryid?: number | null;
            /** @description Category Name. */
            categoryname?: string;
            /** @description Contacts the Note is assigned to. */
            contacts?: components["schemas"]["ContactRef"][];
            /** @description Contact who added the Note. */
            authorid?: number;
            /** @description Name of the Contact who added the Note. */
            authorname?: string;
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A calendar Event.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Event: {
            /** @description Event ID. */
            id: number;
            /** @description Title. */
            title?: string;
            /** @description Description. */
            description?: string;
            /** @description Start Time (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            starttime?: string | null;
            /** @description End Time (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            endtime?: string | null;
            /** @description Assigned Staff Contacts. */
            contacts?: components["schemas"]["ContactRef"][];
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An Expense.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Expense: {
            /** @description Expense ID. */
            id: number;
            /** @description Name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Date of Expense (yyyy-mm-dd; null when not set). */
            date?: string | null;
            /** @description Cost of Expense. */
            cost?: number;
            /** @description Invoiced status. */
            invoiced?: boolean;
            /** @description Taxable status. */
            taxable?: boolean;
            /** @description Project ID. */
            projectid?: number;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Company ID. */
            companyid?: number;
            /** @description Company Name. */
            companyname?: string;
            /** @description Contact who added the Expense. */
            contactid?: number;
            /** @description Contact name. */
            contactname?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A File attached to a Project, Task or Custom Folder.
         *     A single-record view returns every key.
         */
        File: {
            /** @description File ID. */
            id: number;
            /** @description Name. */
            name?: string;
            /** @description Date added (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            date?: string | null;
            /** @description Size (bytes). */
            size?: number;
            /** @description Signed download link on the application host. */
            link?: string;
            /** @description Project (ID/Number/Title). */
            project?: components["schemas"]["ProjectRef"] | null;
            /** @description Task (ID/Name). */
            task?: components["schemas"]["IdName"] | null;
            /** @description Custom Folder (ID/Name). */
            folder?: components["schemas"]["IdName"] | null;
            /** @description `all` for a public file, else the Contacts who can see it. */
            contacts?: "all" | components["schemas"]["ContactRef"][];
            /** @description Base64 encoded content (only with `content=true`, files up to 1 MB). */
            content?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Custom Folder in a Project.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Folder: {
            /** @description Folder ID. */
            id: number;
            /** @description Name. */
            name?: string;
            /** @description Project ID. */
            projectid?: number;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description `all` for a public folder, else the Contacts of a private folder. */
            contacts?: "all" | components["schemas"]["ContactRef"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Message in a Project or Task discussion.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        Message: {
            /** @description Message ID. */
            id: number;
            /** @description Title. */
            title?: string;
            /** @description Content. */
            content?: string;
            /** @description ID of the Message that started the discussion. */
            originalmessageid?: number;
            /** @description Date posted (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            date?: string | null;
            /** @description Author Contact ID. */
            authorid?: number;
            /** @description Author name. */
            authorname?: string;
            /** @description Project ID. */
            projectid?: number | null;
            /** @description Project Number. */
            projectnumber?: string;
            /** @description Project Title. */
            projecttitle?: string;
            /** @description Task ID. */
            taskid?: number | null;
            /** @description Task name. */
            taskname?: string;
            /** @description Public Discussion. */
            public?: boolean;
            /** @description Email Notifications. */
            notifications?: boolean;
            /** @description Contacts in the discussion. */
            contacts?: components["schemas"]["ContactRef"][];
            /** @description Attached Files. */
            files?: components["schemas"]["IdName"][];
            /** @description Contacts of the Project (single view with `projectcontacts=true`). */
            projectcontacts?: components["schemas"]["ContactRef"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Project Request.
         *     Lists return `id` plus the keys of the requested `fields`; composite members expand into several keys as listed in `x-field-keys` (inferred: the reference names the members, not the keys). A single-record view returns every key.
         */
        ProjectRequest: {
            /** @description Project Request ID. */
            id: number;
            /** @description Title. */
            title?: string;
            /** @description Description. */
            description?: string;
            /** @description Budget. */
            budget?: number;
            /** @description Start Date (yyyy-mm-dd; null when not set). */
            startdate?: string | null;
            /** @description Due Date (yyyy-mm-dd; null when not set). */
            duedate?: string | null;
            /** @description Submitted Date (yyyy-mm-dd; null when not set). */
            submitteddate?: string | null;
            /** @description Company ID. */
            companyid?: number;
            /** @description Company Name. */
            companyname?: string;
            /** @description Contact who made the request. */
            clientid?: number;
            /** @description Name of the Contact who made the request. */
            clientname?: string;
            /** @description Contact the request was submitted to (Advanced plan only). */
            recipientid?: number | null;
            /** @description Recipient name. */
            recipientname?: string;
            /** @description Project Template ID (Advanced plan only). */
            templateid?: number | null;
            /** @description Project Template name. */
            templatename?: string;
            /** @description Custom Form Title (Advanced plan only). */
            customformtitle?: string;
            /** @description Custom Form Content (Advanced plan only). */
            customformcontent?: string;
            /** @description Custom Field values (Advanced plan only). */
            customfields?: components["schemas"]["FieldValue"][];
            /** @description Attached Files. */
            files?: components["schemas"]["IdName"][];
            /** @description Added/edited (ISO 8601 yyyy-mm-ddThh:mm:ss, no time zone: the account's local time). */
            lastmodified?: string | null;
            /** @description API Field values (`apifields` member of `fields`); `apifieldX` returns one of them as the key `apifieldX`. */
            apifields?: components["schemas"]["FieldValue"][];
        } & {
            [key: string]: unknown | string;
        };
        /**
         * @description A Group a Staff Contact belongs to, with its Team.
         *     A single-record view returns every key.
         */
        Group: {
            /** @description Group ID. */
            id: number;
            /** @description Group name. */
            name?: string;
            /** @description Team ID. */
            teamid?: number | null;
            /** @description Team name. */
            teamname?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A permission of a Contact.
         *     A single-record view returns every key.
         */
        Permission: {
            /** @description Permission ID (see the settings/contacts/permissions call). */
            id: number;
            /** @description Permission name. */
            name?: string;
            /** @description View allowed. */
            view?: boolean;
            /** @description Add allowed. */
            add?: boolean;
            /** @description Edit allowed. */
            edit?: boolean;
            /** @description Delete allowed. */
            delete?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A Company to add (002 line 145). Images are not allowed when adding several Companies at once. */
        CompanyAdd: {
            /**
             * @description Company Name.
             * @example Sample Name
             */
            name: string;
            /**
             * @description Company Type.
             *     - client - Client Company
             *     - contractor - Contractor Company
             *     - other - Other Company
             * @enum {string}
             */
            type: "client" | "contractor" | "other";
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Company Code.
             * @example ABC
             */
            code?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description Facebook URL.
             * @example http://www.facebook.com/proworkflow
             */
            facebook?: string;
            /**
             * @description Fax Number.
             * @example 0123 456 7890
             */
            fax?: string;
            /**
             * @description Image.
             *     - imagecontent - Image Data (Base64 encoded 80x80px png image)
             *       IMPORTANT: Not available when adding multiple companies, an image larger than 100KB will not be added
             */
            imagecontent?: string;
            /**
             * @description LinkedIn URL.
             * @example http://www.linkedin.com/proworkflow
             */
            linkedin?: string;
            /**
             * @description Phone number.
             * @example 0123 456 7890
             */
            phone?: string;
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Tag ID or List of Tag IDs.
             * @example 1,2,3
             */
            tagid?: components["schemas"]["IdListValue"];
            /**
             * @description Twitter URL.
             * @example http://twitter.com/proworkflow
             */
            twitter?: string;
            /**
             * @description Website.
             * @example www.proworkflow.com
             */
            website?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description Company fields to change (002 line 317). Only the fields sent change; an empty string clears a field. */
        CompanyEdit: {
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Company Code.
             * @example ABC
             */
            code?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description Facebook URL.
             * @example http://www.facebook.com/proworkflow
             */
            facebook?: string;
            /**
             * @description Fax Number.
             * @example 0123 456 7890
             */
            fax?: string;
            /**
             * @description Image.
             *     - imagecontent - Image Data (Base64 encoded 80x80px png image)
             *       IMPORTANT: An image larger than 100KB will not be added
             */
            imagecontent?: string;
            /**
             * @description LinkedIn URL.
             * @example http://www.linkedin.com/proworkflow
             */
            linkedin?: string;
            /**
             * @description Company Name.
             * @example Sample Name
             */
            name?: string;
            /**
             * @description Phone number.
             * @example 0123 456 7890
             */
            phone?: string;
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Twitter URL.
             * @example http://twitter.com/proworkflow
             */
            twitter?: string;
            /**
             * @description Website.
             * @example www.proworkflow.com
             */
            website?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description A Contact to add to the Company in the path (002 line 544); the Contact takes the Company's type. */
        CompanyContactAdd: {
            /**
             * @description First Name.
             * @example Adam
             */
            firstname: string;
            /**
             * @description Last Name.
             * @example West
             */
            lastname: string;
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description Allow Login Access.
             *     - true - Grant login access
             *     - false - Deny login access
             */
            allowlogin?: boolean;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description Facebook URL.
             * @example http://www.facebook.com/proworkflow
             */
            facebook?: string;
            /**
             * @description Fax Number.
             * @example 0123 456 7890
             */
            fax?: string;
            /**
             * @description Group ID or List of Group IDs. (Advanced plan only).
             *     - groupid/s - Group ID/s (example: `1,2,3`)
             */
            groupid?: components["schemas"]["IdListValue"];
            /**
             * @description LinkedIn URL.
             * @example http://www.linkedin.com/proworkflow
             */
            linkedin?: string;
            /**
             * @description Mobile Phone number.
             * @example 0123 456 7890
             */
            mobilephone?: string;
            /**
             * @description Password (if not specified then one will be generated if allowlogin is 'true')
             * @example p@55w0rd
             */
            password?: string;
            /**
             * @description Role ID or List of Role IDs.
             *     - roleid/s - Role ID/s (example: `1,2,3`)
             */
            roleid?: components["schemas"]["IdListValue"];
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Tag ID or List of Tag IDs.
             * @example 1,2,3
             */
            tagid?: components["schemas"]["IdListValue"];
            /**
             * @description Job Title.
             * @example CEO
             */
            title?: string;
            /**
             * @description Twitter URL.
             * @example http://twitter.com/proworkflow
             */
            twitter?: string;
            /**
             * @description Username (contacts can also login using their email address).
             * @example adam
             */
            username?: string;
            /**
             * @description Work Phone number.
             * @example 0123 456 7890
             */
            workphone?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description A Contact to add (002 line 2876). Advanced plan: Staff without `groupid` are added to Group 1; Staff with login access and no `roleid` become Super Users. */
        ContactAdd: {
            /**
             * @description Company ID.
             * @example 1
             */
            companyid: components["schemas"]["IdValue"];
            /**
             * @description First Name.
             * @example Adam
             */
            firstname: string;
            /**
             * @description Last Name.
             * @example West
             */
            lastname: string;
            /**
             * @description Contact Type.
             *     - staff - Staff Contact
             *     - client - Client Contact
             *     - contractor - Contractor Contact
             *     - other - Other Contact
             * @enum {string}
             */
            type: "staff" | "client" | "contractor" | "other";
            /**
             * @description Client can add a project request (only applies in Advanced plan for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            addprojectrequest: boolean;
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description Allow Login Access.
             *     - true - Grant login access
             *     - false - Deny login access
             */
            allowlogin?: boolean;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description Facebook URL.
             * @example http://www.facebook.com/proworkflow
             */
            facebook?: string;
            /**
             * @description Fax Number.
             * @example 0123 456 7890
             */
            fax?: string;
            /**
             * @description Group ID or List of Group IDs. (Staff Contacts in Advanced Plan only)
             *     - groupid/s - Group ID/s (example: `1,2,3`)
             *     IMPORTANT: If a Group ID/s is not specified then Staff will be automatically added to Group ID 1.
             */
            groupid?: components["schemas"]["IdListValue"];
            /**
             * @description Image.
             *     - imagecontent - Image Data (Base64 encoded 80x80px png image)
             *       IMPORTANT: Not available when adding multiple contacts, an image larger than 100KB will not be added
             */
            imagecontent?: string;
            /**
             * @description LinkedIn URL.
             * @example http://www.linkedin.com/proworkflow
             */
            linkedin?: string;
            /**
             * @description Mobile Phone number.
             * @example 0123 456 7890
             */
            mobilephone?: string;
            /**
             * @description Password (if not specified then one will be generated if allowlogin is 'true')
             * @example p@55w0rd
             */
            password?: string;
            /**
             * @description Role ID or List of Role IDs (Staff Contacts with Login Access only)
             *     - roleid/s - Role ID/s (example: `1,2,3`)
             *     IMPORTANT: If a Role ID/s is not specified then Staff will be automatically setup as Super Users if allowlogin is 'true'.
             */
            roleid?: components["schemas"]["IdListValue"];
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Tag ID or List of Tag IDs.
             * @example 1,2,3
             */
            tagid?: components["schemas"]["IdListValue"];
            /**
             * @description Job Title.
             * @example CEO
             */
            title?: string;
            /**
             * @description Twitter URL.
             * @example http://twitter.com/proworkflow
             */
            twitter?: string;
            /**
             * @description Username (contacts can also login using their email address).
             * @example adam
             */
            username?: string;
            /**
             * @description Client can view all company projects (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewallcompanyprojects: boolean;
            /**
             * @description Client can view all project tasks (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewallprojecttasks: boolean;
            /**
             * @description Client can view archived projects (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewarchivedprojects: boolean;
            /**
             * @description Client can view calendar page (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewcalendar: boolean;
            /**
             * @description Client can view quotes and invoices (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewquotesandinvoices: boolean;
            /**
             * @description Client can view time information (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewtimeinformation: boolean;
            /**
             * @description Client can view timeline (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             * @default false
             */
            viewtimeline: boolean;
            /**
             * @description Work Phone number.
             * @example 0123 456 7890
             */
            workphone?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description Contact fields to change (002 line 3127). Only the fields sent change; an empty string clears a field. */
        ContactEdit: {
            /**
             * @description Client can add a project request (only applies in Advanced plan for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            addprojectrequest?: boolean;
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description Allow Login Access.
             *     - true - Grant login access
             *     - false - Deny login access
             */
            allowlogin?: boolean;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Company ID.
             * @example 1
             */
            companyid?: components["schemas"]["IdValue"];
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description Facebook URL.
             * @example http://www.facebook.com/proworkflow
             */
            facebook?: string;
            /**
             * @description Fax Number.
             * @example 0123 456 7890
             */
            fax?: string;
            /**
             * @description First Name.
             * @example Adam
             */
            firstname?: string;
            /**
             * @description Group ID or List of Group IDs. (Staff Contacts in Advanced Plan only)
             *     - groupid/s - Group ID/s (example: `1,2,3`)
             */
            groupid?: components["schemas"]["IdListValue"];
            /**
             * @description Image.
             *     - imagecontent - Image Data (Base64 encoded 80x80px png image)
             *       IMPORTANT: An image larger than 100KB will not be added
             */
            imagecontent?: string;
            /**
             * @description Last Name.
             * @example West
             */
            lastname?: string;
            /**
             * @description LinkedIn URL.
             * @example http://www.linkedin.com/proworkflow
             */
            linkedin?: string;
            /**
             * @description Mobile Phone Number.
             * @example 0123 456 7890
             */
            mobilephone?: string;
            /**
             * @description Password (if none is provided then one will be randomly generated if allowlogin is 'true')
             * @example p@55w0rd
             */
            password?: string;
            /**
             * @description Role ID or List of Role IDs (Staff Contacts with Login Access only)
             *     - roleid/s - Role ID/s (example: `1,2,3`)
             */
            roleid?: components["schemas"]["IdListValue"];
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Tag ID or List of Tag IDs.
             * @example 1,2,3
             */
            tagid?: components["schemas"]["IdListValue"];
            /**
             * @description Job Title.
             * @example CEO
             */
            title?: string;
            /**
             * @description Twitter URL.
             * @example http://twitter.com/proworkflow
             */
            twitter?: string;
            /**
             * @description Username (contacts can also login using their email address).
             * @example adam
             */
            username?: string;
            /**
             * @description Client can view all company projects (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewallcompanyprojects?: boolean;
            /**
             * @description Client can view all project tasks (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewallprojecttasks?: boolean;
            /**
             * @description Client can view archived projects (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewarchivedprojects?: boolean;
            /**
             * @description Client can view calendar page (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewcalendar?: boolean;
            /**
             * @description Client can view quotes and invoices (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewquotesandinvoices?: boolean;
            /**
             * @description Client can view time information (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewtimeinformation?: boolean;
            /**
             * @description Client can view timeline (only applies for clients).
             *     - true - Grant permission
             *     - false - Deny permission
             */
            viewtimeline?: boolean;
            /**
             * @description Work Phone Number.
             * @example 0123 456 7890
             */
            workphone?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description Fields of the requesting Contact to change (002 line 7261). Only the fields sent change; an empty string clears a field. */
        MeEdit: {
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email?: string;
            /**
             * @description First Name.
             * @example Adam
             */
            firstname?: string;
            /**
             * @description Last Name.
             * @example West
             */
            lastname?: string;
            /**
             * @description Mobile Phone Number.
             * @example 0123 456 7890
             */
            mobilephone?: string;
            /**
             * @description Password.
             * @example p@55w0rd
             */
            password?: string;
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Job Title.
             * @example CEO
             */
            title?: string;
            /**
             * @description Username.
             * @example adam
             */
            username?: string;
            /**
             * @description Work Phone Number.
             * @example 0123 456 7890
             */
            workphone?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description A Contact's new location (002 line 3359): latitude AND longitude, OR an address to geocode (an error is returned when geocoding fails). */
        LocationUpdate: {
            /**
             * @description Address.
             * @example 123 ABC Street, Townsville, 91911, USA
             */
            address?: string;
            /**
             * @description Latitude.
             * @example 40.68906
             */
            latitude?: number;
            /**
             * @description Longitude.
             * @example -20.182721
             */
            longitude?: number;
        } | unknown | unknown;
        /** @description A request for access to ProWorkflow (002 line 5041). `companyname` is required unless `type` is `staff`. Advanced plan: the Contact/Company is added to Division ID 1. */
        AccessRequest: {
            /**
             * @description Company Name (required unless 'type' is 'staff').
             * @example ABC
             */
            companyname?: string;
            /**
             * @description Email Address.
             * @example noreply@proworkflow.com
             */
            email: string;
            /**
             * @description First Name.
             * @example Adam
             */
            firstname: string;
            /**
             * @description Last Name.
             * @example West
             */
            lastname: string;
            /**
             * @description Contact Type.
             *     - staff - Staff Contact
             *     - client - Client Contact
             *     - contractor - Contractor Contact
             * @default client
             * @enum {string}
             */
            type: "staff" | "client" | "contractor";
        } | unknown | {
            /** @constant */
            type: "staff";
        };
        /** @description A Note to add to a Company or Contact (002 lines 935, 3448). */
        NoteContentAdd: {
            /**
             * @description Content.
             * @example Sample Note
             */
            content: string;
        };
        /** @description A Note to add (002 line 7729). The reference lists `categoryid`, `contacts`, `content` and `title` as REQUIRED; `contacts` also has a default (`all`), so it is optional here. */
        NoteAdd: {
            /**
             * @description Category ID.
             * @example 1
             */
            categoryid: components["schemas"]["IdValue"];
            /**
             * @description Contacts.
             *     - contactid/s - Contact ID or List of Contact IDs - Assign Note to specified Contact/s (example: `1,2`)
             *     - me - Assign Note to Contact making request
             *     - all - Assign Note to All Contacts
             * @default all
             */
            contacts: components["schemas"]["ContactListValue"];
            /**
             * @description Content.
             * @example Sample content
             */
            content: string;
            /**
             * @description Title.
             * @example Sample title
             */
            title: string;
        };
        /** @description Note fields to change (002 line 7808). */
        NoteEdit: {
            /**
             * @description Category ID.
             * @example 1
             */
            categoryid?: components["schemas"]["IdValue"];
            /**
             * @description Contacts.
             *     - contactid/s - Contact ID or List of Contact IDs - Assign Note to specified Contact/s (example: `1,2`)
             *     - me - Assign Note to Contact making request
             *     - all - Assign Note to All Contacts
             * @default all
             */
            contacts: components["schemas"]["ContactListValue"];
            /**
             * @description Content.
             * @example Sample content
             */
            content?: string;
            /**
             * @description Title.
             * @example Sample title
             */
            title?: string;
        };
        /** @description Tags to add, or to remove with `remove: true` (002 lines 1791, 4159). */
        TagChange: {
            /** @description Tags to Add/Remove: Tag ID or List of Tag IDs (example: `1,2,3`). */
            tagid: components["schemas"]["IdListValue"];
            /**
             * @description Set as 'true' to remove Tags (default is to add them).
             *     - true - Remove Tags from Company
             *     - false - Add Tags to Company
             * @default false
             */
            remove: boolean;
        };
        /** @description Groups to add the Staff Contact to, or to remove it from with `remove: true` (002 line 3313). Team membership is updated automatically. */
        GroupChange: {
            /** @description Groups to Add/Remove Contact to/from: Group ID or List of Group IDs (example: `1,2,3`). */
            groupid: components["schemas"]["IdListValue"];
            /**
             * @description Set as 'true' to remove from Groups (default is to add to them).
             *     - true - Remove Contact from Group/s
             *     - false - Add Contact to Group/s
             * @default false
             */
            remove: boolean;
        };
        /** @description Roles to add to the Staff Contact, or to remove with `remove: true` (002 line 4072). */
        RoleChange: {
            /** @description Roles to Add/Remove: Role ID or List of Role IDs (example: `1,2,3`). */
            roleid: components["schemas"]["IdListValue"];
            /**
             * @description Set as 'true' to remove Roles (default is to add them).
             *     - true - Remove Roles from Contact
             *     - false - Add Roles to Contact
             * @default false
             */
            remove: boolean;
        };
        /** @description A Project to add for the Company or Contact in the path (002 lines 1334, 3875). */
        ProjectAdd: {
            /**
             * @description Title.
             * @example Sample title
             */
            title: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description Autonumbering Option ID (Advanced Plan only, required if Advanced autonumbering is enabled and the Team of 'managerid' has more than one Autonumber option. The 'settings/projects/autonumbering' call returns a list of available IDs.).
             * @example 1
             */
            autonumberid?: components["schemas"]["IdValue"];
            /**
             * @description Project Category ID.
             * @example 1
             */
            categoryid?: components["schemas"]["IdValue"];
            /**
             * @description Client Access (true/false to set whether Client can View this Project).
             *     - true - Client can View Project
             *     - false - Client cannot View Project
             */
            clientaccess?: boolean;
            /**
             * @description Assigned Clients.
             * @example 1,2,3
             */
            clients?: components["schemas"]["IdListValue"];
            /**
             * @description Complete Date, if specified then the Project will be added with a Completed status (alerts are not sent when adding Completed Projects).
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            completedate?: components["schemas"]["DateValue"];
            /**
             * @description Assigned Contractors.
             * @example 1,2,3
             */
            contractors?: components["schemas"]["IdListValue"];
            /**
             * @description Custom Field Value/s (Advanced plan only). An array of `{"id", "value"}` objects: You must specify id and value (use the settings/projects/customfields call for a list of ids and values).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            customfields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description Custom Form Content (Advanced plan only).
             * @example Sample Form Content
             */
            customformcontent?: string;
            /**
             * @description Custom Form Title (Advanced plan only).
             * @example Sample Form Title
             */
            customformtitle?: string;
            /**
             * @description Custom Status ID (Advanced plan only).
             * @example 1
             */
            customstatusid?: components["schemas"]["IdValue"];
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Due Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            duedate?: components["schemas"]["DateValue"];
            /**
             * @description Email Alerts (true/false to set whether Email Alerts are sent for activity in this Project).
             *     - true - Send Email Alerts
             *     - false - Don't Send Email Alerts
             */
            emailalerts?: boolean;
            /**
             * @description Group ID (Advanced Plan only, required if managerid belongs to more than 1 Group).
             * @example 1
             */
            groupid?: components["schemas"]["IdValue"];
            /**
             * @description Invoiced Value.
             *     - invoicetotal - Invoiced Value (example: `1000.00`)
             *     - auto - Total of Project Invoices
             */
            invoicetotal?: number | string;
            /**
             * @description Manager ID.
             *     - managerid - Manager Contact ID (example: `1`)
             *     - me - Contact making request
             * @default me
             */
            managerid: number | string;
            /**
             * @description Number.
             *     - number - Number (example: `ABC-00001`)
             *     - auto - Use Autonumbering
             * @default auto
             */
            number: string;
            /**
             * @description Priority (1-5 representing Very High-Very Low).
             * @example 1
             */
            priority?: number | string;
            /**
             * @description Private Notes (Visible to Staff only).
             * @example Sample Private Notes
             */
            privatenotes?: string;
            /**
             * @description Quoted Value.
             *     - quotetotal - Quoted Value (example: `1000.00`)
             *     - auto - Total of Project Quotes
             */
            quotetotal?: number | string;
            /**
             * @description Assigned Staff.
             *     - staff - Contact ID or List of Contact IDs (example: `1,2,3`)
             *     - me - Contact making request
             */
            staff?: components["schemas"]["ContactListValue"];
            /**
             * @description Start Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            startdate?: components["schemas"]["DateValue"];
            /**
             * @description Template ID (Advanced plan only).
             * @example 1
             */
            templateid?: components["schemas"]["IdValue"];
            /**
             * @description Time Allocated.
             *     - number - Time Allocated (minutes) (example: `300`)
             */
            timeallocated?: number;
        };
        /** @description An Event to add (002 line 5357). The reference lists `contacts` as REQUIRED with the default `me`: optional here. */
        EventAdd: {
            /**
             * @description Assigned Staff Contacts.
             *     - contactid/s - Contact ID or List of Contact IDs (example: `1,2`)
             *     - me - Contact making request
             *     - all - All Staff
             * @default me
             */
            contacts: components["schemas"]["ContactListValue"];
            /**
             * @description End Time.
             *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
             *     - now - Current time
             */
            endtime: components["schemas"]["DateTimeValue"];
            /**
             * @description Start Time.
             *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
             *     - now - Current time
             */
            starttime: components["schemas"]["DateTimeValue"];
            /**
             * @description Title.
             * @example Sample title
             */
            title: string;
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
        };
        /** @description Event fields to change (002 line 5444). */
        EventEdit: {
            /**
             * @description Contacts.
             *     - contactid/s - Contact ID or List of Contact IDs (example: `1,2`)
             *     - me - Contact making request
             *     - all - All Staff
             */
            contacts?: components["schemas"]["ContactListValue"];
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description End Time.
             *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
             *     - now - Current time
             */
            endtime?: components["schemas"]["DateTimeValue"];
            /**
             * @description Start Time.
             *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
             *     - now - Current time
             */
            starttime?: components["schemas"]["DateTimeValue"];
            /**
             * @description Title.
             * @example Sample title
             */
            title?: string;
        };
        /** @description An Expense to add (002 line 5620). */
        ExpenseAdd: {
            /**
             * @description Cost of Expense.
             * @example 500
             */
            cost: components["schemas"]["Amount"];
            /**
             * @description Name.
             * @example Sample Name
             */
            name: string;
            /** @description Project ID. */
            projectid: components["schemas"]["IdValue"];
            /**
             * @description Date of Expense.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            date?: components["schemas"]["DateValue"];
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Invoiced status.
             *     - true - Invoiced
             *     - false - Uninvoiced
             * @default false
             */
            invoiced: boolean;
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             * @default true
             */
            taxable: boolean;
        };
        /** @description Expense fields to change (002 line 5713). The reference lists `cost` and `name` as REQUIRED, but its own sample edit sends `date`, `cost` and `invoiced` only: nothing is required here. */
        ExpenseEdit: {
            /**
             * @description Cost of Expense.
             * @example 500
             */
            cost?: components["schemas"]["Amount"];
            /**
             * @description Name.
             * @example Sample Name
             */
            name?: string;
            /**
             * @description Date of Expense.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            date?: components["schemas"]["DateValue"];
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Invoiced status.
             *     - true - Invoiced
             *     - false - Uninvoiced
             */
            invoiced?: boolean;
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             */
            taxable?: boolean;
        };
        /** @description A File to add (002 line 5879): `name`, Base64 `content` and exactly one of `projectid` (a Project or Project Request), `taskid` or `folderid`. */
        FileAdd: {
            /**
             * @description Base64-encoded content.
             * @example U29tZSB0ZXh0
             */
            content: string;
            /**
             * @description Folder ID (Exactly 1 of Project/Task/Folder Required).
             * @example 1
             */
            folderid?: components["schemas"]["IdValue"];
            /**
             * @description Name.
             * @example Sample Name
             */
            name: string;
            /**
             * @description Project or Project Request ID (Exactly 1 of Project/Task/Folder Required).
             * @example 1
             */
            projectid?: components["schemas"]["IdValue"];
            /**
             * @description Task ID (Exactly 1 of Project/Task/Folder Required).
             * @example 1
             */
            taskid?: components["schemas"]["IdValue"];
        } & (unknown | unknown | unknown);
        /** @description A Custom Folder to add (002 line 6042). `contacts` (default `all`: a public folder) makes a private folder for the listed Contacts. */
        FolderAdd: {
            /**
             * @description Contacts.
             *     - contactid/s - Contact ID or List of Contact IDs - Add Private Folder for specified Contact/s (example: `1,2,3`)
             *     - me - Add Private Folder for Contact making request
             *     - all - Add Public Folder
             * @default all
             */
            contacts: components["schemas"]["ContactListValue"];
            /**
             * @description Name.
             * @example Sample Name
             */
            name: string;
            /**
             * @description Project ID.
             * @example 1
             */
            projectid: components["schemas"]["IdValue"];
        };
        /** @description An Invoice to add (002 line 6344). The reference also lists `companyid` as REQUIRED, but its own sample omits it: optional here (the Project gives the Company). */
        InvoiceAdd: {
            /**
             * @description Client Company ID.
             * @example 1
             */
            companyid?: components["schemas"]["IdValue"];
            /**
             * @description Client Contact ID.
             * @example 1
             */
            contactid: components["schemas"]["IdValue"];
            /**
             * @description Line/s.
             *     The 'type' must be specified; then 'heading' needs 'name'; 'expense' needs 'name', 'quantity' & 'rate'; 'lineitem' needs 'name' or 'description' plus 'quantity' & 'rate'; 'staffrate' and 'taskrate' need 'name', 'time' (minutes) & 'rate' (per hour).
             */
            lines: components["schemas"]["InvoiceLineAdd"][];
            /**
             * @description Project ID.
             * @example 1
             */
            projectid: components["schemas"]["IdValue"];
            /**
             * @description Title.
             * @example Sample title
             */
            title: string;
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Address Company Name.
             * @example ABC Ltd
             */
            companyname?: string;
            /**
             * @description Address Contact Name.
             * @example Amy Adams
             */
            contactname?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Discount Description.
             * @default Discount
             * @example Sample Discount
             */
            discountdescription: string;
            /**
             * @description Discount Value.
             *     - number - Apply a Fixed Value Discount (example: `500`)
             *     - number% - Apply a percentage Discount (example: `10%`)
             */
            discountvalue?: number | string;
            /**
             * @description Due Date (if not specified then this will be calculated automatically from Invoiced Date and default payment settings).
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            duedate?: components["schemas"]["DateValue"];
            /**
             * @description Invoiced Date (defaults to current date)
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            invoiceddate?: components["schemas"]["DateValue"];
            /**
             * @description Mark Project as Invoiced.
             *     - true - Project will be set as invoiced
             *     - false - Project will not be updated
             * @default false
             */
            markprojectasinvoiced: boolean;
            /**
             * @description Number.
             *     - number - Number (example: `ABC-00001`)
             *     - auto - Use Autonumbering
             * @default auto
             */
            number: string;
            /**
             * @description Show Cost Breakdown (in main application).
             *     - true - Show Cost Breakdown
             *     - false - Hide Cost Breakdown
             * @default true
             */
            showcostbreakdown: boolean;
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             * @default true
             */
            taxable: boolean;
            /**
             * @description Tax rate (overrides default rate).
             *     - number - Tax Rate (%) (example: `12.5`)
             */
            taxrate?: components["schemas"]["Amount"];
            /**
             * @description Terms.
             * @example Valid for 14 Days
             */
            terms?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description Invoice fields to change (002 line 6595). Sending `lines` replaces ALL existing lines. */
        InvoiceEdit: {
            /**
             * @description Address Line 1.
             * @example 10 Phantom Road
             */
            address1?: string;
            /**
             * @description Address Line 2.
             * @example Fakeville
             */
            address2?: string;
            /**
             * @description Address Line 3.
             * @example Pretend Town
             */
            address3?: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description City.
             * @example Somecity
             */
            city?: string;
            /**
             * @description Address Company Name.
             * @example ABC Ltd
             */
            companyname?: string;
            /**
             * @description Address Contact Name.
             * @example Amy Adams
             */
            contactname?: string;
            /**
             * @description Country.
             * @example Someland
             */
            country?: string;
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Discount Description.
             * @example Sample Discount
             */
            discountdescription?: string;
            /**
             * @description Discount Value.
             *     - number - Apply a Fixed Value Discount (example: `500`)
             *     - number% - Apply a percentage Discount (example: `10%`)
             */
            discountvalue?: number | string;
            /**
             * @description Due Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            duedate?: components["schemas"]["DateValue"];
            /**
             * @description Invoiced Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            invoiceddate?: components["schemas"]["DateValue"];
            /**
             * @description Line/s.
             *     The 'type' must be specified; then 'heading' needs 'name'; 'expense' needs 'name', 'quantity' & 'rate'; 'lineitem' needs 'name' or 'description' plus 'quantity' & 'rate'; 'staffrate' and 'taskrate' need 'name', 'time' (minutes) & 'rate' (per hour).
             *     Sending `lines` REPLACES all existing lines of the invoice.
             */
            lines?: components["schemas"]["InvoiceLineAdd"][];
            /**
             * @description Number.
             * @example ABC-00001
             */
            number?: string;
            /**
             * @description Paid Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            paiddate?: components["schemas"]["DateValue"];
            /**
             * @description Project ID.
             * @example 1
             */
            projectid?: components["schemas"]["IdValue"];
            /**
             * @description Show Cost Breakdown (in main application).
             *     - true - Show Cost Breakdown
             *     - false - Hide Cost Breakdown
             */
            showcostbreakdown?: boolean;
            /**
             * @description State.
             * @example Somewhere
             */
            state?: string;
            /**
             * @description Status.
             *     - unpaid - Unpaid
             *     - paid - Paid
             * @enum {string}
             */
            status?: "unpaid" | "paid";
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             */
            taxable?: boolean;
            /**
             * @description Tax rate.
             *     - number - Tax Rate (%) (example: `12.5`)
             */
            taxrate?: components["schemas"]["Amount"];
            /**
             * @description Title.
             * @example Sample title
             */
            title?: string;
            /**
             * @description Zipcode.
             * @example 90210
             */
            zipcode?: string;
        };
        /** @description A Line to add to an Invoice (002 line 6785), also the item of `lines` when adding or editing an Invoice (002 line 6344). The fields needed depend on `type`. */
        InvoiceLineAdd: {
            /**
             * @description Type.
             *     - heading - Heading (needs 'name')
             *     - expense - Expense (needs 'name', 'quantity' & 'rate'; listed for Add an Invoice only)
             *     - lineitem - Line Item (needs 'name' or 'description', 'quantity' & 'rate')
             *     - staffrate - Staff Rate (needs 'name', 'time' & 'rate')
             *     - taskrate - Task Rate (needs 'name', 'time' & 'rate')
             * @enum {string}
             */
            type: "heading" | "expense" | "lineitem" | "staffrate" | "taskrate";
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Display Order
             *     - auto - Add as last Lines.
             *     - afterlineid - Add after 'lineid' in Invoice. Any existing Lines will be reordered automatically. (example: `after1`)
             *     - beforelineid - Add before 'lineid' in Invoice. Any existing Tasks will be reordered automatically. (example: `before1`)
             *     - number - Add Line with display order number 'number'. (example: `1.1`)
             *       IMPORTANT: This option will NOT reorder any existing lines.
             * @default auto
             */
            displayorder: string | number;
            /**
             * @description Name.
             * @example Sample name
             */
            name?: string;
            /**
             * @description Quantity.
             * @example 5
             */
            quantity?: number;
            /**
             * @description Rate.
             * @example 500
             */
            rate?: number;
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             * @default true
             */
            taxable: boolean;
            /**
             * @description Time (minutes).
             * @example 120
             */
            time?: number;
        } | {
            /** @constant */
            type: "heading";
        } | {
            /** @constant */
            type: "expense";
        } | ({
            /** @constant */
            type: "lineitem";
        } | unknown | unknown) | {
            /** @enum {unknown} */
            type: "staffrate" | "taskrate";
        };
        /** @description Line fields to change (002 line 6929). */
        InvoiceLineEdit: {
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Display Order
             *     - number - Update Line with display order number 'number'. (example: `1.1`)
             *       IMPORTANT: This option will NOT reorder any existing lines.
             */
            displayorder?: string | number;
            /**
             * @description Name.
             * @example Sample name
             */
            name?: string;
            /**
             * @description Quantity.
             * @example 5
             */
            quantity?: number;
            /**
             * @description Rate.
             * @example 500
             */
            rate?: number;
            /**
             * @description Taxable status.
             *     - true - Taxable
             *     - false - Non-Taxable
             */
            taxable?: boolean;
            /**
             * @description Time (minutes).
             * @example 120
             */
            time?: number;
        };
        /** @description When the Invoice was paid (002 line 6982); without `paiddate` the current date is used. */
        MarkAsPaid: {
            /**
             * @description Paid Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            paiddate?: components["schemas"]["DateValue"];
        };
        /** @description A Message to add (002 line 7473). To start a discussion send `title`, `contacts` and `projectid` OR `taskid`; to reply send `originalmessageid`. `content` is always required. */
        MessageAdd: {
            /**
             * @description Contacts (required when starting a new discussion).
             *     - contactid/s - Contact ID or List of Contact IDs (example: `1,2`)
             *     - me - Contact making request
             *     - all - All Contacts Assigned to Project or Task
             */
            contacts?: components["schemas"]["ContactListValue"];
            /**
             * @description Content.
             * @example Sample content
             */
            content: string;
            /**
             * @description Message ID (Specify to reply to an existing Discussion).
             * @example 1
             */
            originalmessageid?: components["schemas"]["IdValue"];
            /**
             * @description Project ID (Specify to start a new Project Discussion).
             * @example 1
             */
            projectid?: components["schemas"]["IdValue"];
            /**
             * @description Task ID (Specify to start a new Task Discussion).
             * @example 1
             */
            taskid?: components["schemas"]["IdValue"];
            /**
             * @description Title (Required when starting a new discussion).
             * @example Sample title
             */
            title?: string;
            /**
             * @description Files to attach to the Message (Files must belong to the same Project as the Message).
             *     - fileid/s - File ID or List of File IDs (example: `1,2`)
             */
            files?: components["schemas"]["IdListValue"];
            /**
             * @description Notifications (Available when starting a new discussion).
             *     - true - Enable Email Notifications
             *     - false - Disable Email Notifications
             * @default true
             */
            notifications: boolean;
            /**
             * @description Public Discussion.
             *     - true - Make Discussion Public
             *     - false - Make Discussion Private
             * @default true
             */
            public: boolean;
            /** @description File ID or List of File IDs. The reference sample and description use `fileid`; the parameter list names it `files`. Both are accepted. */
            fileid?: components["schemas"]["IdListValue"];
        } | unknown | unknown | unknown;
        /** @description Message settings to change (002 line 7582). Only the author can edit a Message; its title and content cannot be changed. */
        MessageEdit: {
            /**
             * @description Contacts
             *     - contactid/s - Contact ID or List of Contact IDs (example: `1,2`)
             *     - me - Contact making request
             *     - all - All Contacts Assigned to Project or Task
             *     NOTE: You cannot remove contacts who have added a reply to the discussion.
             */
            contacts?: components["schemas"]["ContactListValue"];
            /**
             * @description Notifications
             *     - true - Enable Email Notifications
             *     - false - Disable Email Notifications
             */
            notifications?: boolean;
            /**
             * @description Public Discussion.
             *     - true - Make Discussion Public
             *     - false - Make Discussion Private
             */
            public?: boolean;
        };
        /** @description A Project Request to add (002 line 8055). */
        ProjectRequestAdd: {
            /**
             * @description Title.
             * @example Sample title
             */
            title: string;
            /**
             * @description API Field Value/s. An array of `{"id", "value"}` objects: You must specify id and value (use the settings/apifields call for a list of fields).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            apifields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description Budget.
             * @example 5000
             */
            budget?: components["schemas"]["Amount"];
            /**
             * @description Contact ID (Advanced plan only).
             * @example 1
             */
            contactid?: components["schemas"]["IdValue"];
            /**
             * @description Custom Field Value/s (Advanced plan only). An array of `{"id", "value"}` objects: You must specify id and value (use the settings/projects/customfields call for a list of ids and values).
             * @example [
             *       {
             *         "id": 1,
             *         "value": "Europe"
             *       },
             *       {
             *         "id": 2,
             *         "value": "Industrial"
             *       }
             *     ]
             */
            customfields?: components["schemas"]["FieldValueInput"][];
            /**
             * @description Custom Form Content (Advanced plan only).
             * @example Sample Form Content
             */
            customformcontent?: string;
            /**
             * @description Custom Form Title (Advanced plan only).
             * @example Sample Form Title
             */
            customformtitle?: string;
            /**
             * @description Description.
             * @example Sample Description
             */
            description?: string;
            /**
             * @description Division ID (Advanced plan only).
             * @example 1
             */
            divisionid?: components["schemas"]["IdValue"];
            /**
             * @description Due Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            duedate?: components["schemas"]["DateValue"];
            /**
             * @description Group ID (Advanced Plan only, required if contactid belongs to more than 1 Group).
             * @example 1
             */
            groupid?: components["schemas"]["IdValue"];
            /**
             * @description Start Date.
             *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
             *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
             */
            startdate?: components["schemas"]["DateValue"];
            /**
             * @description Template ID (Advanced plan only).
             * @example 1
             */
            templateid?: components["schemas"]["IdValue"];
        };
    };
    responses: {
        /** @description Bad Request: `pagenumber` or `pagesize` sent without the other, or an invalid parameter value. */
        PagingError: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "pagesize and pagenumber must both be provided in order to use paging"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Bad Request: a missing or invalid parameter. */
        BadRequest: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "'email' is a required field"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Bad Request: a missing or invalid field in the body (or an invalid parameter). */
        InvalidBody: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "'content' is a required field"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized: the API key or the Basic credentials are missing or wrong. The body is EMPTY and does not say which half failed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Forbidden: the user's permissions in the main application do not allow this. */
        Forbidden: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "You do not have permission to perform this action"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found: no record with this ID (or the parent record does not exist). */
        NotFound: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "The requested record could not be found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too Many Requests: more than 500 requests in 30 seconds for this API key. No `Retry-After`: wait `x-ratelimit-reset` seconds. */
        TooManyRequests: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                /**
                 * @description Always 0 on a 429.
                 * @example 0
                 */
                "x-ratelimit-remaining"?: number;
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": "Error",
                 *       "details": [
                 *         "Rate limit exceeded: 500 requests per 30 seconds"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Company ID.
         * @example 1
         */
        companyid: number;
        /**
         * @description Contact ID.
         * @example 5
         */
        contactid: number;
        /**
         * @description Note ID (a note of the Notes section).
         * @example 4
         */
        noteid: number;
        /**
         * @description Note ID (a note on the company's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
         * @example 10
         */
        companyNoteid: number;
        /**
         * @description Note ID (a note on the contact's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
         * @example 11
         */
        contactNoteid: number;
        /**
         * @description Event ID.
         * @example 8
         */
        eventid: number;
        /**
         * @description Expense ID.
         * @example 5
         */
        expenseid: number;
        /**
         * @description File ID.
         * @example 15
         */
        fileid: number;
        /**
         * @description Custom Folder ID.
         * @example 3
         */
        folderid: number;
        /**
         * @description Invoice ID.
         * @example 7
         */
        invoiceid: number;
        /**
         * @description Line ID.
         * @example 2
         */
        lineid: number;
        /**
         * @description Message ID.
         * @example 21
         */
        messageid: number;
        /**
         * @description Permission ID (the 'settings/contacts/permissions' call lists them).
         * @example 1
         */
        permissionid: number;
        /**
         * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
         * @example 1
         */
        pagenumber: number;
        /**
         * @description Page Size (must be used with `pagenumber`).
         * @example 10
         */
        pagesize: number;
        /** @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Paging options are not available if you are using the 'subtotals' option (then a 400). */
        totalsPagenumber: number;
        /** @description Page Size (must be used with `pagenumber`). (Paging options are not available if you are using the 'subtotals' option.) */
        totalsPagesize: number;
        /**
         * @description Page Number (must be used with `pagesize`) to return a subset of each Data Type. Example: `pagenumber=2&pagesize=10` returns rows 11-20.
         * @example 1
         */
        summaryPagenumber: number;
        /**
         * @description Page Size (must be used with `pagenumber`).
         * @example 10
         */
        summaryPagesize: number;
        /**
         * @description Sort order.
         *     - asc - Ascending
         *     - desc - Descending
         */
        sortorder: "asc" | "desc";
        /**
         * @description API Field Value/s.
         *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
         *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
         * @example 2,Europe
         */
        apifields: components["schemas"]["FieldValuePairs"];
        /**
         * @description Mode used for the apifields parameter.
         *     - any - records where ANY of the specified apifields match
         *     - all - records where ALL of the specified apifields match
         */
        apifieldsmode: "any" | "all";
        /**
         * @description Custom Field Value/s (Advanced plan only).
         *     - customfieldid,string - A Custom Field ID and String separated by a comma (example: `2,Europe`)
         *     - Multiple pairs separated by two pipe characters (example: `2,Europe||3,Industrial`).
         * @example 2,Europe
         */
        customfields: components["schemas"]["FieldValuePairs"];
        /**
         * @description Mode used for the customfields parameter.
         *     - any - records where ANY of the specified customfields match
         *     - all - records where ALL of the specified customfields match
         */
        customfieldsmode: "any" | "all";
        /**
         * @description Mode used for the contacts parameter.
         *     - any - records assigned to ANY of the specified contacts
         *     - all - records assigned to ALL of the specified contacts
         */
        contactsmode: "any" | "all";
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed per 30-second window for this API key (500).
         * @example 500
         */
        "x-ratelimit-limit": number;
        /**
         * @description Requests left in the current window.
         * @example 499
         */
        "x-ratelimit-remaining": number;
        /**
         * @description Seconds until the window resets (at most 30).
         * @example 30
         */
        "x-ratelimit-reset": number;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listCompanies: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `code,name,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     Composite members return these keys (inferred): `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`.
                 * @example [
                 *       "code",
                 *       "name",
                 *       "phone"
                 *     ]
                 */
                fields?: (("address" | "apifields" | "code" | "contacts" | "email" | "fax" | "image" | "lastmodified" | "name" | "phone" | "tags" | "type" | "website") | string)[];
                /**
                 * @description Contact Details.
                 *     - true - Return email, image, phone for contacts
                 *     - false - Do not return email, image, phone for contacts
                 */
                contactdetails?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Companies in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Company IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Companies with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Companies with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Companies added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Companies added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Companies
                 *     - false - Active Companies
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Companies where Name or Code contains string (example: `website`)
                 *     - !string - Companies where Name and Code do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Code contains string (example: `website`)
                 *     - !string - Companies where Code does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcode?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Email contains string (example: `website`)
                 *     - !string - Companies where Email does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Name contains string (example: `website`)
                 *     - !string - Companies where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Companies with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Company Type.
                 *     - client - Client Companies
                 *     - contractor - Contractor Companies
                 *     - other - Other Companies
                 *     - staff - Staff Companies
                 */
                type?: "client" | "contractor" | "other" | "staff";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Company ID
                 *     - name - Company Name
                 *     - code - Company Code
                 */
                sortby?: "id" | "name" | "code";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The companies (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 4,
                     *       "totalcount": 4,
                     *       "companies": [
                     *         {
                     *           "id": 1,
                     *           "code": "ABC",
                     *           "name": "ABC Ltd",
                     *           "type": "client"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "code": "DEF",
                     *           "name": "DEF Co",
                     *           "type": "client"
                     *         },
                     *         {
                     *           "id": 3,
                     *           "code": "GHI",
                     *           "name": "GHI Inc",
                     *           "type": "contractor"
                     *         },
                     *         {
                     *           "id": 4,
                     *           "code": "SA",
                     *           "name": "Sample Agency",
                     *           "type": "staff"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One object, or an array of up to 5,000 objects (inferred bound) to add several at once (images are not allowed in a batch). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyAdd"] | components["schemas"]["CompanyAdd"][];
            };
        };
        responses: {
            /** @description Added: `details` lists the new records (one entry per item sent, in order). */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Company/s Added",
                     *       "details": [
                     *         {
                     *           "id": 10,
                     *           "name": "ABC Ltd"
                     *         },
                     *         {
                     *           "id": 11,
                     *           "name": "DEF Co"
                     *         },
                     *         {
                     *           "id": 12,
                     *           "name": "GHI Inc"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "company": {
                     *         "id": 1,
                     *         "name": "ABC Ltd",
                     *         "code": "ABC",
                     *         "type": "client",
                     *         "address1": "10 Phantom Road",
                     *         "address2": "Fakeville",
                     *         "address3": "Pretend Town",
                     *         "city": "Somecity",
                     *         "state": "Somewhere",
                     *         "zipcode": "90210",
                     *         "country": "Someland",
                     *         "email": "noreply@proworkflow.com",
                     *         "phone": "0123 456 7890",
                     *         "fax": "0123 456 7890",
                     *         "website": "www.proworkflow.com",
                     *         "facebook": "http://www.facebook.com/proworkflow",
                     *         "linkedin": "http://www.linkedin.com/proworkflow",
                     *         "twitter": "http://twitter.com/proworkflow",
                     *         "image": "",
                     *         "contacts": [
                     *           {
                     *             "id": 5,
                     *             "name": "Adam West"
                     *           }
                     *         ],
                     *         "tags": [
                     *           {
                     *             "id": 1,
                     *             "name": "Key Account"
                     *           }
                     *         ],
                     *         "lastmodified": "2014-01-18T13:20:00",
                     *         "apifields": [
                     *           {
                     *             "id": 2,
                     *             "name": "Region",
                     *             "value": "Europe"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ABC Ltd",
                 *       "code": "ABC"
                 *     }
                 */
                "application/json": components["schemas"]["CompanyEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Company Updated",
                     *       "details": [
                     *         {
                     *           "id": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCompany: {
        parameters: {
            query?: {
                /**
                 * @description Delete Company Contacts.
                 *     - true - Delete Company Contacts
                 *     - false - Keep Company Contacts
                 */
                deletecontacts?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Company ID. The account's own (staff) company cannot be deleted (403), so the example is another company.
                 * @example 10
                 */
                companyid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Company Deleted",
                     *       "details": [
                     *         {
                     *           "id": 10
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyContacts: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return, only Staff contacts view * fields. Comma-separated; `id` is always returned. Default: `name,company,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `email` (Staff only)
                 *     - `groups` (Staff only): Advanced plan only
                 *     - `location` (Staff only): returns latitude, longitude and locationtime - the time the location was last updated
                 *     - `logindetails` (Staff only): returns allowlogin and username
                 *     - `phone` (Staff only)
                 *     - `tags` (Staff only)
                 *     - `teams` (Staff only): Advanced plan only
                 *     - `title` (Staff only)
                 *     Composite members return these keys (inferred): `name` → `firstname`, `lastname`; `company` → `companyid`, `companyname`; `phone` → `workphone`, `mobilephone`; `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`; `location` → `latitude`, `longitude`, `locationtime`; `logindetails` → `allowlogin`, `username`.
                 * @example [
                 *       "name",
                 *       "email",
                 *       "phone"
                 *     ]
                 */
                fields?: (("apifields" | "address" | "company" | "email" | "groups" | "image" | "lastmodified" | "location" | "logindetails" | "name" | "phone" | "tags" | "teams" | "title" | "type") | string)[];
                /**
                 * @description Login status.
                 *     - true - Contacts with Login Access
                 *     - false - Contacts without Login Access
                 */
                allowlogin?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Contacts with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Contacts with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Contacts added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Contacts
                 *     - false - Active Contacts
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name or Email contains string (example: `website`)
                 *     - !string - Contacts where Name and Email do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Email Address contains string (example: `website`)
                 *     - !string - Contacts where Email Address does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name contains string (example: `website`)
                 *     - !string - Contacts where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Contacts with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Contact ID
                 *     - firstname - Contact First Name
                 *     - lastname - Contact Last Name
                 */
                sortby?: "id" | "firstname" | "lastname";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "contacts": [
                     *         {
                     *           "id": 5,
                     *           "firstname": "Adam",
                     *           "lastname": "West",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "type": "client"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addCompanyContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        /** @description One object, or an array of up to 5,000 objects (inferred bound) to add several at once (images are not allowed in a batch). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyContactAdd"] | components["schemas"]["CompanyContactAdd"][];
            };
        };
        responses: {
            /** @description Added: `details` lists the new records (one entry per item sent, in order). */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact/s Added",
                     *       "details": [
                     *         {
                     *           "id": 20,
                     *           "name": "Adam West"
                     *         },
                     *         {
                     *           "id": 21,
                     *           "name": "Bob East"
                     *         },
                     *         {
                     *           "id": 22,
                     *           "name": "Charles South"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `number,title,company,status,projectid,invoiceddate,duedate,totals`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `dates`: invoiced/due/paid
                 *     - `project`: project id/title/number
                 *     - `totals`: sub/tax/grand totals
                 *     - `xero`: Staff only, requires Xero integration
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `company` → `companyid`, `companyname`; `project` → `projectid`, `projectnumber`, `projecttitle`; `dates` → `invoiceddate`, `duedate`, `paiddate`, `emaileddate`; `totals` → `subtotal`, `taxtotal`, `grandtotal`; `invoicedby` → `invoicedbyid`, `invoicedbyname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "totals"
                 *     ]
                 */
                fields?: (("apifields" | "company" | "dates" | "description" | "duedate" | "emaileddate" | "emailedto" | "grandtotal" | "invoicedby" | "invoiceddate" | "lastmodified" | "number" | "paiddate" | "project" | "purchaseordernumber" | "status" | "subtotal" | "taxable" | "taxtotal" | "title" | "totals" | "xero" | "none" | "projectid") | string)[];
                /**
                 * @description Sub Totals - specify required subtotals, if not specified then only Fields/Totals will be returned. Comma-separated, in the required grouping order (example: `company,month - return Sub Totals of Invoiced amounts for each combination of Company and Month.`). Only non-zero subtotals are returned.
                 *     Use the 'subtotalsdateoption' to specify whether to group by invoiced, due or paid date (if week is used then the 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' date will be used as the first day of the week).
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 *     IMPORTANT - To use date grouping options you must specify 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' depending on the option user for 'subtotalsdateoption'.
                 *     Paging options are not available if you are using the 'subtotals' option.
                 * @example [
                 *       "company",
                 *       "month"
                 *     ]
                 */
                subtotals?: ("company" | "project" | "status" | "day" | "week" | "month" | "year")[];
                /**
                 * @description Sub Totals Date Option - specify the date to group by when using a date option in the 'subtotals' option.
                 *     - invoiced - Group by Invoiced Date
                 *     - due - Group by Due Date
                 *     - paid - Group by Paid Date
                 */
                subtotalsdateoption?: "invoiced" | "due" | "paid";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Invoices due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoice grandtotal.
                 *     - number - Invoice Invoice Grand Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Grand Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Grand Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                grandtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Invoices with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Invoices with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoices created on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices created on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Invoices added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Invoices paid on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                paiddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices paid on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                paiddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Search string.
                 *     - string - Invoices where Number contains string (example: `website`)
                 *     - !string - Invoices where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search string.
                 *     - string - Invoices where Title contains string (example: `website`)
                 *     - !string - Invoices where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Invoice Status.
                 *     - paid - Paid Invoices
                 *     - unpaid - Unpaid Invoices
                 *     - all - All Invoices
                 */
                status?: "paid" | "unpaid" | "all";
                /**
                 * @description Invoice Sub Total.
                 *     - number - Invoice Sub Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Sub Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Sub Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                subtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Taxable status.
                 *     - true - Taxable Invoices
                 *     - false - Non-Taxable Invoices
                 *     - all - All Invoices
                 */
                taxable?: "true" | "false" | "all";
                /**
                 * @description Invoice Tax Total.
                 *     - number - Invoice Invoice Tax Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Tax Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Tax Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                taxtotal?: components["schemas"]["NumberComparison"];
                /** @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Paging options are not available if you are using the 'subtotals' option (then a 400). */
                pagenumber?: components["parameters"]["totalsPagenumber"];
                /** @description Page Size (must be used with `pagenumber`). (Paging options are not available if you are using the 'subtotals' option.) */
                pagesize?: components["parameters"]["totalsPagesize"];
                /**
                 * @description Sort field.
                 *     - id - Invoice ID
                 *     - number - Invoice Title
                 *     - title - Invoice Date
                 */
                sortby?: "id" | "number" | "title";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoices (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "invoices": [
                     *         {
                     *           "id": 7,
                     *           "number": "INV-00001",
                     *           "title": "New Invoice",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "status": "unpaid",
                     *           "projectid": 2,
                     *           "invoiceddate": "2014-04-28",
                     *           "duedate": "2014-05-12",
                     *           "subtotal": 300,
                     *           "taxtotal": 37.5,
                     *           "grandtotal": 337.5
                     *         }
                     *       ],
                     *       "total": 337.5
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyNotes: {
        parameters: {
            query?: {
                /**
                 * @description Search string.
                 *     - string - Notes that contain string
                 *     - !string - Notes that do not contain string (example: `!layout`)
                 * @example !layout
                 */
                search?: string;
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Note ID
                 *     - date - Note Date
                 */
                sortby?: "id" | "date";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "notes": [
                     *         {
                     *           "id": 4,
                     *           "title": "",
                     *           "content": "Example Content",
                     *           "date": "2014-03-21T09:30:00",
                     *           "authorid": 1,
                     *           "authorname": "Amy Adams"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addCompanyNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Example Content"
                 *     }
                 */
                "application/json": components["schemas"]["NoteContentAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Added",
                     *       "details": [
                     *         {
                     *           "id": 30
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompanyNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
                /**
                 * @description Note ID (a note on the company's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
                 * @example 10
                 */
                noteid: components["parameters"]["companyNoteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "note": {
                     *         "id": 10,
                     *         "title": "",
                     *         "content": "Example Content",
                     *         "date": "2014-03-21T09:30:00",
                     *         "categoryid": null,
                     *         "categoryname": "",
                     *         "contacts": [],
                     *         "authorid": 1,
                     *         "authorname": "Amy Adams",
                     *         "lastmodified": "2014-03-21T09:30:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["NoteRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCompanyNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
                /**
                 * @description Note ID (a note on the company's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
                 * @example 10
                 */
                noteid: components["parameters"]["companyNoteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Deleted",
                     *       "details": [
                     *         {
                     *           "id": 10
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyProjects: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,number,startdate,duedate`.
                 *     - `accountedfor`: Accounted For Status - true/false
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `company`: for internal Projects in the Advanced plan, this will also return internalclientteamid, internalclientteamname, internalclientgroupid and internalclientgroupname
                 *     - `contacts`: returns clients/contractors/manager/staff
                 *     - `customfields`: Advanced plan only
                 *     - `customform`: Advanced plan only
                 *     - `customstatus`: Advanced plan only
                 *     - `dates`: returns start/due/complete
                 *     - `group`: Advanced plan only
                 *     - `invoiced`: Invoiced Status - true/false
                 *     - `paid`: Paid Status - true/false
                 *     - `percentcomplete`: percentage of tasks completed, heading tasks excluded
                 *     - `privatenotes`: staff only
                 *     - `team`: Advanced plan only
                 *     - `type`: Advanced plan only, returns 'internal' or 'external'
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `contacts` → `staff`, `clients`, `contractors`; `customform` → `customformtitle`, `customformcontent`; `customstatus` → `customstatusid`, `customstatusname`; `dates` → `startdate`, `duedate`, `completedate`; `group` → `groupid`, `groupname`; `manager` → `managerid`, `managername`; `team` → `teamid`, `teamname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "company"
                 *     ]
                 */
                fields?: (("accountedfor" | "apifields" | "category" | "company" | "completedate" | "contacts" | "customfields" | "customform" | "customstatus" | "dates" | "description" | "duedate" | "expensestotal" | "group" | "invoiced" | "invoicetotal" | "lastmodified" | "manager" | "number" | "paid" | "percentcomplete" | "priority" | "privatenotes" | "quotetotal" | "startdate" | "status" | "team" | "timeallocated" | "timetracked" | "title" | "type") | string)[];
                /**
                 * @description Accounted For Status.
                 *     - accountedfor - Projects marked as Accounted For
                 *     - unaccountedfor - Projects marked as Unaccounted For
                 *     - all - All Projects
                 */
                accountedfor?: "accountedfor" | "unaccountedfor" | "all";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Category ID or List of Category IDs.
                 *     - categoryid/s - Projects in specified Category/ies (example: `1,2,3`)
                 *     - !categoryid/s - Projects NOT in specified Category/ies (example: `!1,2,3`)
                 * @example 1,2,3
                 */
                categoryid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Projects assigned to ANY/ALL specified Contact/s (see contactsmode parameter) (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Projects NOT assigned to ANY/ALL specified Contact/s (see contactsmode parameter) (example: `!1,2`)
                 *     - me - Projects assigned to Contact making request
                 *     - all - All Projects
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Mode used for the contacts parameter.
                 *     - any - records assigned to ANY of the specified contacts
                 *     - all - records assigned to ALL of the specified contacts
                 */
                contactsmode?: components["parameters"]["contactsmode"];
                /**
                 * @description Custom Field Value/s (Advanced plan only).
                 *     - customfieldid,string - A Custom Field ID and String separated by a comma (example: `2,Europe`)
                 *     - Multiple pairs separated by two pipe characters (example: `2,Europe||3,Industrial`).
                 * @example 2,Europe
                 */
                customfields?: components["parameters"]["customfields"];
                /**
                 * @description Mode used for the customfields parameter.
                 *     - any - records where ANY of the specified customfields match
                 *     - all - records where ALL of the specified customfields match
                 */
                customfieldsmode?: components["parameters"]["customfieldsmode"];
                /**
                 * @description Custom Status ID or List of Custom Status IDs (Advanced plan only).
                 *     - customstatusid/s - Projects with specified Custom Status/es (example: `1,2`)
                 *     - !customstatusid/s - Projects without specified Custom Status/es (example: `!1,2`)
                 * @example 1,2
                 */
                customstatusid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Group (Advanced plan only).
                 *     - groupid/s - Group ID or List of Group IDs - Projects Managed by any of the specified Group/s (example: `1,2`)
                 *     - !groupid/s - Group ID or List of Group IDs - Projects NOT Managed by any of the specified Group/s (example: `!1,2`)
                 * @example 1,2
                 */
                groupid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Projects with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Projects with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoiced Status.
                 *     - invoiced - Projects marked as Invoiced
                 *     - uninvoiced - Projects marked as Uninvoiced
                 *     - all - All Projects
                 */
                invoiced?: "invoiced" | "uninvoiced" | "all";
                /**
                 * @description Projects where Invoice Total matches criteria.
                 *     - number - Invoice Total is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Invoice Total is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Invoice Total is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Invoice Total is GREATER THAN Quote Total (Projects with 0 Quote Total ignored)
                 *     - under - Invoice Total is LESS THAN OR EQUAL TO Quote Total (Projects with 0 Quote Total ignored)
                 *     - gtenumber% - Invoice Total is GREATER THAN OR EQUAL to specified percentage of Quote Total (Projects with 0 Quote Total ignored) (example: `gte30%`)
                 *     - ltenumber% - Invoice Total is LESS THAN OR EQUAL to specified percentage of Quote Total (Projects with 0 Quote Total ignored) (example: `lte30%`)
                 * @example 300
                 */
                invoicetotal?: components["schemas"]["PercentComparison"];
                /**
                 * @description Projects added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Projects added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Manager.
                 *     - managerid/s - Contact ID or List of Contact IDs - Projects Managed by any of the specified Contact/s (example: `1,2`)
                 *     - !managerid/s - Contact ID or List of Contact IDs - Projects NOT Managed by any of the specified Contact/s (example: `!1,2`)
                 *     - me - Projects Managed by Contact making request
                 *     - all - All Projects
                 * @example 1,2
                 */
                managerid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Paid Status.
                 *     - paid - Projects marked as Paid
                 *     - unpaid - Projects marked as Unpaid
                 *     - all - All Projects
                 */
                paid?: "paid" | "unpaid" | "all";
                /**
                 * @description Priority or List of Priorities (1-5 representing Very High-Very Low).
                 *     - priority/ies - Projects with specified Priority/ies (example: `1,2`)
                 *     - !priority/ies - Projects NOT with specified Priority/ies (example: `!4,5`)
                 * @example 1,2
                 */
                priority?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects where Quote Total matches criteria.
                 *     - number - Quote Total is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Quote Total is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Quote Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 300
                 */
                quotetotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Search.
                 *     - string - Projects where Number or Title contains string (example: `website`)
                 *     - !string - Projects where Number and Title do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search Custom Form (Advanced plan only).
                 *     - string - Projects where Custom Form contains string (example: `website`)
                 *     - !string - Projects where Custom Form does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcustomform?: string;
                /**
                 * @description Search Description.
                 *     - string - Projects where Description contains string (example: `website`)
                 *     - !string - Projects where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Name.
                 *     - string - Projects where Number contains string (example: `website`)
                 *     - !string - Projects where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search Title.
                 *     - string - Projects where Title contains string (example: `website`)
                 *     - !string - Projects where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Status.
                 *     - active - Active Projects
                 *     - complete - Completed Projects
                 *     - all - All Projects
                 */
                status?: "active" | "complete" | "all";
                /**
                 * @description Team (Advanced plan only).
                 *     - teamid/s - Team ID or List of Team IDs - Projects Managed by any of the specified Team/s (example: `1,2`)
                 *     - !teamid/s - Team ID or List of Team IDs - Projects NOT Managed by any of the specified Team/s (example: `!1,2`)
                 * @example 1,2
                 */
                teamid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Time Allocated.
                 *     - number - Time Allocated (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Time Allocated (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Time Allocated (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 * @example 300
                 */
                timeallocated?: components["schemas"]["NumberComparison"];
                /**
                 * @description Billable/Non-billable/All Time Tracked.
                 *     - all - All Time
                 *     - billable - Billable Time only
                 *     - nonbillable - Non-billable Time only
                 */
                timebillable?: "all" | "billable" | "nonbillable";
                /**
                 * @description Projects where Time Tracked matches criteria.
                 *     - number* - Time Tracked (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber* - Time Tracked (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber* - Time Tracked (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Total Time Tracked is GREATER THAN Allocated Time
                 *     - under - Total Time Tracked is LESS THAN OR EQUAL TO Allocated Time
                 *     - gtenumber% - TOTAL Time Tracked is GREATER THAN OR EQUAL to specified percentage of Allocated Time (example: `gte30%`)
                 *     - ltenumber% - TOTAL Time Tracked is LESS THAN OR EQUAL to specified percentage of Allocated Time (example: `lte30%`)
                 *     timetrackedby, timetrackedfrom, timetrackedto and timebillable parameters will apply to the starred options.
                 *     IMPORTANT: The non-starred options will always use the Total Time Tracked (all contacts, dates, billable status) for comparison.
                 * @example 300
                 */
                timetracked?: components["schemas"]["PercentComparison"];
                /**
                 * @description Time Tracked By.
                 *     - contactid/s - Contact ID or List of Contact IDs - Time Tracked by specified Contact/s (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Time NOT Tracked by specified Contact/s (example: `!1,2`)
                 *     - me - Time Tracked by Contact making request
                 *     - all - All Time Tracked
                 * @example 1,2
                 */
                timetrackedby?: components["schemas"]["ContactSelector"];
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - ID
                 *     - title - Title
                 *     - number - Number
                 *     - startdate - Start Date
                 *     - duedate - Due Date
                 *     - completedate - Complete Date
                 */
                sortby?: "id" | "title" | "number" | "startdate" | "duedate" | "completedate";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "projects": [
                     *         {
                     *           "id": 2,
                     *           "title": "Sample Project",
                     *           "number": "ABC-00001",
                     *           "startdate": "2014-04-18",
                     *           "duedate": "2014-04-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addCompanyProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Sample Project",
                 *       "number": "auto",
                 *       "description": "Sample Project Description",
                 *       "managerid": "me",
                 *       "staff": "2,3,5",
                 *       "clients": "6,7",
                 *       "contractors": "9,10",
                 *       "priority": 2,
                 *       "startdate": "2014-04-18",
                 *       "duedate": "2014-04-28",
                 *       "customfields": [
                 *         {
                 *           "id": 1,
                 *           "value": "Europe"
                 *         },
                 *         {
                 *           "id": 2,
                 *           "value": "Industrial"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProjectAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Project/s Added",
                     *       "details": [
                     *         {
                     *           "id": 40,
                     *           "number": "ABC-00002",
                     *           "title": "Sample Project"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyQuotes: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `number,title,status,projectid,quoteddate,totals`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `dates`: quoted/valid to/approved
                 *     - `project`: project id/title/number
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `company` → `companyid`, `companyname`; `project` → `projectid`, `projectnumber`, `projecttitle`; `dates` → `quoteddate`, `approveddate`, `validtodate`, `emaileddate`; `totals` → `subtotal`, `taxtotal`, `grandtotal`; `quotedby` → `quotedbyid`, `quotedbyname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "company"
                 *     ]
                 */
                fields?: (("apifields" | "approveddate" | "company" | "dates" | "description" | "emaileddate" | "emailedto" | "lastmodified" | "number" | "project" | "quotedby" | "quoteddate" | "status" | "taxable" | "title" | "totals" | "type" | "validtodate" | "none" | "projectid") | string)[];
                /**
                 * @description Sub Totals - specify required subtotals, if not specified then only Fields/Totals will be returned. Comma-separated, in the required grouping order (example: `company,month - return Sub Totals of Quoted amounts for each combination of Company and Month.`). Only non-zero subtotals are returned.
                 *     Use the 'subtotalsdateoption' to specify whether to group by approved or quoted date (if week is used then the 'approveddatefrom' or 'quoteddatefrom' date will be used as the first day of the week).
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 *     IMPORTANT - To use date grouping options you must specify 'approveddatefrom' or 'quoteddatefrom' depending on the option user for 'subtotalsdateoption'.
                 *     Paging options are not available if you are using the 'subtotals' option.
                 * @example [
                 *       "company",
                 *       "month"
                 *     ]
                 */
                subtotals?: ("company" | "project" | "status" | "day" | "week" | "month" | "year")[];
                /**
                 * @description Sub Totals Date Option - specify the date to group by when using a date option in the 'subtotals' option.
                 *     - approved - Group by Approved Date
                 *     - quoted - Group by Quoted Date
                 */
                subtotalsdateoption?: "approved" | "quoted";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Quotes approved on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                approveddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Quotes approved on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                approveddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Quote grandtotal.
                 *     - number - Quote Grand Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Quote Grand Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Quote Grand Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                grandtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Quotes with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Quotes with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Quotes added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Quotes added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Quotes created on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                quoteddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Quotes created on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                quoteddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Search string.
                 *     - string - Quotes where Number or Title contains string (example: `website`)
                 *     - !string - Quotes where Number and Title do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Quotes where Number contains string (example: `website`)
                 *     - !string - Quotes where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search string.
                 *     - string - Quotes where Title contains string (example: `website`)
                 *     - !string - Quotes where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Quote Status.
                 *     - pending - Pending Quotes
                 *     - approved - Approved Quotes
                 *     - active - Pending and Approved Quotes
                 *     - declined - Declined Quotes
                 *     - all - All Quotes
                 */
                status?: "pending" | "approved" | "active" | "declined" | "all";
                /**
                 * @description Quote Sub Total.
                 *     - number - Quote Sub Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Quote Sub Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Quote Sub Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                subtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Taxable status.
                 *     - true - Taxable Quotes
                 *     - false - Non-Taxable Quotes
                 *     - all - All Quotes
                 */
                taxable?: "true" | "false" | "all";
                /**
                 * @description Quote Tax Total.
                 *     - number - Quote Tax Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Quote Tax Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Quote Tax Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                taxtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Quote Type.
                 *     - estimate - Estimates
                 *     - quote - Quotes
                 *     - all - Estimates and Quotes
                 */
                type?: "estimate" | "quote" | "all";
                /**
                 * @description Quotes valid to/after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                validtodatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Quotes valid to/before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                validtodateto?: components["schemas"]["DateOrRelative"];
                /** @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Paging options are not available if you are using the 'subtotals' option (then a 400). */
                pagenumber?: components["parameters"]["totalsPagenumber"];
                /** @description Page Size (must be used with `pagenumber`). (Paging options are not available if you are using the 'subtotals' option.) */
                pagesize?: components["parameters"]["totalsPagesize"];
                /**
                 * @description Sort field.
                 *     - id - Quote ID
                 *     - number - Quote Title
                 *     - title - Quote Date
                 */
                sortby?: "id" | "number" | "title";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quotes (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "quotes": [
                     *         {
                     *           "id": 9,
                     *           "number": "QUO-00001",
                     *           "title": "Sample Quote",
                     *           "status": "pending",
                     *           "projectid": 2,
                     *           "quoteddate": "2014-04-10",
                     *           "subtotal": 1000,
                     *           "taxtotal": 125,
                     *           "grandtotal": 1125
                     *         }
                     *       ],
                     *       "total": 1125
                     *     }
                     */
                    "application/json": components["schemas"]["QuoteList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCompanySummary: {
        parameters: {
            query?: {
                /**
                 * @description Data Types to return.
                 *     - `all`: return all data types
                 *     - or a comma-separated list of the data types (example: `contacts,projects`)
                 * @example [
                 *       "contacts",
                 *       "projects"
                 *     ]
                 */
                types?: ("all" | "contacts" | "invoices" | "projects" | "quotes" | "tasks")[];
                /**
                 * @description Page Number (must be used with `pagesize`) to return a subset of each Data Type. Example: `pagenumber=2&pagesize=10` returns rows 11-20.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["summaryPagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["summaryPagesize"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Summary of the Company. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "summary": {
                     *         "contacts": [
                     *           {
                     *             "id": 5,
                     *             "firstname": "Adam",
                     *             "lastname": "West",
                     *             "companyid": 1,
                     *             "companyname": "ABC Ltd",
                     *             "email": "noreply@proworkflow.com",
                     *             "workphone": "0123 456 7890"
                     *           }
                     *         ],
                     *         "invoices": [
                     *           {
                     *             "id": 7,
                     *             "number": "INV-00001",
                     *             "title": "New Invoice",
                     *             "companyid": 1,
                     *             "companyname": "ABC Ltd",
                     *             "subtotal": 300,
                     *             "taxtotal": 37.5,
                     *             "grandtotal": 337.5
                     *           }
                     *         ],
                     *         "projects": [
                     *           {
                     *             "id": 2,
                     *             "number": "ABC-00001",
                     *             "title": "Sample Project",
                     *             "companyid": 1,
                     *             "companyname": "ABC Ltd"
                     *           }
                     *         ],
                     *         "quotes": [
                     *           {
                     *             "id": 9,
                     *             "number": "QUO-00001",
                     *             "title": "Sample Quote",
                     *             "companyid": 1,
                     *             "companyname": "ABC Ltd",
                     *             "subtotal": 1000,
                     *             "taxtotal": 125,
                     *             "grandtotal": 1125
                     *           }
                     *         ],
                     *         "tasks": [
                     *           {
                     *             "id": 12,
                     *             "name": "Redesign Work",
                     *             "order": 1,
                     *             "projectid": 2,
                     *             "projectnumber": "ABC-00001",
                     *             "projecttitle": "Sample Project"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SummaryRecord"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 2,
                     *       "totalcount": 2,
                     *       "tags": [
                     *         {
                     *           "id": 1,
                     *           "name": "Key Account"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Decision Maker"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeCompanyTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        /** @description The reference shows no sample body for this call; the example is built from its parameter list. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tagid": "1,2,3"
                 *     }
                 */
                "application/json": components["schemas"]["TagChange"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Company Updated",
                     *       "details": [
                     *         {
                     *           "id": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyTasks: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,type,order,status,project,startdate,duedate`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `creator`: contact who added this Task
                 *     - `dates`: returns start/due/complete
                 *     - `dependent`: returns dependent/current status
                 *     - `project`: returns ID/Number/Title
                 *     - `projectcategory`: returns ID/Name
                 *     - `projectmanager`: returns ID/Name
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `creator` → `creatorid`, `creatorname`; `dates` → `startdate`, `duedate`, `completedate`; `project` → `projectid`, `projectnumber`, `projecttitle`; `projectcategory` → `projectcategoryid`, `projectcategoryname`; `projectmanager` → `projectmanagerid`, `projectmanagername`.
                 * @example [
                 *       "order",
                 *       "name",
                 *       "project"
                 *     ]
                 */
                fields?: (("apifields" | "billable" | "category" | "company" | "completedate" | "contacts" | "creator" | "dates" | "dependent" | "description" | "duedate" | "lastmodified" | "name" | "order" | "priority" | "project" | "projectcategory" | "projectmanager" | "startdate" | "status" | "timeallocated" | "timetracked" | "type") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Billable status.
                 *     - true - Billable Tasks
                 *     - false - Non-Billable Tasks
                 *     - all - All Tasks
                 */
                billable?: "true" | "false" | "all";
                /**
                 * @description Category.
                 *     - categoryid/s - General Tasks in specified Category/ies (example: `1,2`)
                 *     - !categoryid/s - General Tasks NOT in specified Category/ies (example: `!1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Tasks completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Tasks assigned to ANY/ALL specified Contact/s (see contactsmode parameter) (example: `1,2`)
                 *     - me - Tasks assigned to Contact making request
                 *     - unassigned - Unassigned Tasks
                 *     - all - All Tasks
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Mode used for the contacts parameter.
                 *     - any - records assigned to ANY of the specified contacts
                 *     - all - records assigned to ALL of the specified contacts
                 */
                contactsmode?: components["parameters"]["contactsmode"];
                /**
                 * @description Task Dependent Status - Using this filter will only return Dependent Tasks that meet the specified status.
                 *     - current - Current Dependent Tasks
                 *     - noncurrent - Non-Current Dependent Tasks
                 *     - all - All Dependent Tasks
                 */
                dependentstatus?: "current" | "noncurrent" | "all";
                /**
                 * @description Tasks due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description General Tasks.
                 *     - true - Include General Tasks
                 *     - false - Exclude General Tasks
                 */
                generaltasks?: boolean;
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Tasks with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Tasks with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Tasks added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Tasks added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Manager.
                 *     - managerid/s - Contact ID or List of Contact IDs - Tasks in Projects managed by specified Contact/s (example: `1,2`)
                 *     - me - Tasks in Projects managed by Contact making request
                 * @example 1,2
                 */
                managerid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Priority (1-5 representing Very High-Very Low).
                 *     - priority/ies - Tasks with specified Priority/ies (example: `1,2`)
                 *     - !priority/ies - Tasks NOT with specified Priority/ies (example: `!4,5`)
                 * @example 1,2
                 */
                priority?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - projectcategoryid/s - Tasks in Projects in specified Category/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                projectcategoryid?: components["schemas"]["IdList"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project.
                 *     - projectid/s - Tasks in specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Status.
                 *     - active - Tasks in Active Projects
                 *     - complete - Tasks in Completed Projects
                 *     - all - Tasks in All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Project Tasks.
                 *     - true - Include Project Tasks
                 *     - false - Exclude Project Tasks
                 */
                projecttasks?: boolean;
                /**
                 * @description Search Description.
                 *     - string - Tasks where Description contains string (example: `website`)
                 *     - !string - Tasks where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Name.
                 *     - string - Tasks where Name contains string (example: `website`)
                 *     - !string - Tasks where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tasks starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task Status.
                 *     - active - Active Tasks
                 *     - complete - Completed Tasks
                 *     - all - All Tasks
                 */
                status?: "active" | "complete" | "all";
                /**
                 * @description Time Allocated.
                 *     - number - Time Allocated (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Time Allocated (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Time Allocated (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 * @example 300
                 */
                timeallocated?: components["schemas"]["NumberComparison"];
                /**
                 * @description Tasks where Time Tracked matches criteria.
                 *     - number* - Time Tracked (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber* - Time Tracked (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber* - Time Tracked (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Total Time Tracked is GREATER THAN Allocated Time
                 *     - under - Total Time Tracked is LESS THAN OR EQUAL TO Allocated Time
                 *     - gtenumber% - TOTAL Time Tracked is GREATER THAN OR EQUAL to specified percentage of Allocated Time (example: `gte30%`)
                 *     - ltenumber% - TOTAL Time Tracked is LESS THAN OR EQUAL to specified percentage of Allocated Time (example: `lte30%`)
                 *     timetrackedby, timetrackedfrom, timetrackedto parameters apply to the starred options.
                 * @example 300
                 */
                timetracked?: components["schemas"]["PercentComparison"];
                /**
                 * @description Time Tracked By.
                 *     - contactid/s - Contact ID or List of Contact IDs - Time Tracked by specified Contact/s (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Time NOT Tracked by specified Contact/s (example: `!1,2`)
                 *     - me - Time Tracked by Contact making request
                 *     - all - All Time Tracked
                 * @example 1,2
                 */
                timetrackedby?: components["schemas"]["ContactSelector"];
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task Type.
                 *     - normal - Normal Tasks
                 *     - bold - Bold Tasks
                 *     - heading - Heading Tasks
                 *     - nonheading - Non-Heading Tasks (Normal + Bold)
                 *     - all - All Tasks
                 */
                type?: "normal" | "bold" | "heading" | "nonheading" | "all";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - ID
                 *     - order - Order
                 *     - name - Name
                 *     - startdate - Start Date
                 *     - duedate - Due Date
                 *     - completedate - Complete Date
                 *     - projectid - Project ID
                 *     - projectnumber - Project Number
                 *     - projecttitle - Project Title
                 */
                sortby?: "id" | "order" | "name" | "startdate" | "duedate" | "completedate" | "projectid" | "projectnumber" | "projecttitle";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "tasks": [
                     *         {
                     *           "id": 12,
                     *           "name": "Redesign Work",
                     *           "type": "normal",
                     *           "order": 1,
                     *           "status": "active",
                     *           "projectid": 2,
                     *           "projectnumber": "ABC-00001",
                     *           "projecttitle": "Sample Project",
                     *           "startdate": "2014-04-18",
                     *           "duedate": "2014-04-22"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCompanyTime: {
        parameters: {
            query?: {
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 *     Listed as REQUIRED by the reference, which also gives the default `-6d`: optional here, the default applies.
                 * @example 2014-01-18
                 */
                trackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 *     Listed as REQUIRED by the reference, which also gives the default `+0d`: optional here, the default applies.
                 * @example 2014-01-18
                 */
                trackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Fields to return - if not specified then only Total/Sub Totals will be returned. Comma-separated; `id` is always returned.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `category`: Project Category
                 *     - `tasktimetotals`: Total allocated/tracked time for the task
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `contact` → `contactid`, `contactname`; `dates` → `date`, `starttime`, `endtime`; `project` → `projectid`, `projectnumber`, `projecttitle`; `task` → `taskid`, `taskname`; `tasktimetotals` → `tasktimeallocated`, `tasktimetracked`.
                 * @example [
                 *       "contact",
                 *       "task",
                 *       "timetracked"
                 *     ]
                 */
                fields?: (("apifields" | "billable" | "category" | "company" | "contact" | "dates" | "lastmodified" | "notes" | "project" | "task" | "tasktimetotals" | "timetracked" | "none") | string)[];
                /**
                 * @description Sub Totals to return - if not specified then only Fields and/or Total will be returned. Comma-separated, in the required grouping order (example: `contact,company - return Sub Totals of Time Tracked for each combination of Contact and Company.`). Only non-zero subtotals are returned.
                 *     - `group`: Advanced plan only, Group in charge of Project
                 *     - `internalclientgroup`: Advanced plan only, Group of Internal Client for Project
                 *     - `internalclientteam`: Advanced plan only, Team of Internal Client for Project
                 *     - `team`: Advanced plan only, Team in charge of Project
                 *     If week is used then the 'trackedfrom' date will be used as the first day of the week.
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 * @example [
                 *       "contact",
                 *       "company"
                 *     ]
                 */
                subtotals?: ("billable" | "category" | "company" | "contact" | "group" | "internalclientgroup" | "internalclientteam" | "project" | "task" | "team" | "day" | "week" | "month" | "year")[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Billable status.
                 *     - billable - Billable Time
                 *     - nonbillable - Non-Billable Time
                 *     - all - All Time
                 */
                billable?: "billable" | "nonbillable" | "all";
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - categoryid/s - Time for Projects in specified Category/ies (example: `1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["IdList"];
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Time Tracked by specified Contact/s (example: `1,2`)
                 *     - me - Time Tracked by Contact making request
                 *     - all - Time Tracked by All Contact
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description General Tasks.
                 *     - true - Include Time for General Tasks
                 *     - false - Exclude Time for General Tasks
                 */
                generaltasks?: boolean;
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Time Records with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Time Records with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Time Records added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Time Records added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Time for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Tasks.
                 *     - true - Include Time for Project Tasks
                 *     - false - Exclude Time for Project Tasks
                 */
                projecttasks?: boolean;
                /**
                 * @description Tasks completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task ID or List of Task IDs.
                 *     - taskid/s - Time for specified Task/s (example: `1,2`)
                 * @example 1,2
                 */
                taskid?: components["schemas"]["IdList"];
                /**
                 * @description Tasks starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Sort field for Time Records.
                 *     - id - Time Record ID
                 *     - date - Time Record Date
                 *     - taskid - Task ID
                 *     - projectid - Project ID
                 */
                sortby?: "id" | "date" | "taskid" | "projectid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Company ID.
                 * @example 1
                 */
                companyid: components["parameters"]["companyid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timerecords (the example shows the default fields of the call's example). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "timerecords": [
                     *         {
                     *           "id": 44,
                     *           "contactid": 1,
                     *           "contactname": "Amy Adams",
                     *           "taskid": 12,
                     *           "taskname": "Redesign Work",
                     *           "timetracked": 120
                     *         }
                     *       ],
                     *       "total": 120
                     *     }
                     */
                    "application/json": components["schemas"]["TimeRecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientCompanies: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,code`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     Composite members return these keys (inferred): `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`.
                 * @example [
                 *       "code",
                 *       "name",
                 *       "phone"
                 *     ]
                 */
                fields?: (("address" | "apifields" | "code" | "contacts" | "email" | "image" | "lastmodified" | "name" | "phone" | "tags" | "type") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Companies in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Companies with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Companies with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Companies added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Companies added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Companies
                 *     - false - Active Companies
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Companies where Name or Code contains string (example: `website`)
                 *     - !string - Companies where Name and Code do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Code contains string (example: `website`)
                 *     - !string - Companies where Code does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcode?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Email contains string (example: `website`)
                 *     - !string - Companies where Email does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Name contains string (example: `website`)
                 *     - !string - Companies where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Companies with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Company ID
                 *     - name - Company Name
                 *     - code - Company Code
                 */
                sortby?: "id" | "name" | "code";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The companies (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 2,
                     *       "totalcount": 2,
                     *       "companies": [
                     *         {
                     *           "id": 1,
                     *           "name": "ABC Ltd",
                     *           "code": "ABC"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "DEF Co",
                     *           "code": "DEF"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContractorCompanies: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,code`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     Composite members return these keys (inferred): `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`.
                 * @example [
                 *       "code",
                 *       "name",
                 *       "phone"
                 *     ]
                 */
                fields?: (("address" | "apifields" | "code" | "contacts" | "email" | "image" | "lastmodified" | "name" | "phone" | "tags" | "type") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Companies in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Companies with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Companies with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Companies added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Companies added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Companies
                 *     - false - Active Companies
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Companies where Name or Code contains string (example: `website`)
                 *     - !string - Companies where Name and Code do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Code contains string (example: `website`)
                 *     - !string - Companies where Code does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcode?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Email contains string (example: `website`)
                 *     - !string - Companies where Email does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Name contains string (example: `website`)
                 *     - !string - Companies where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Companies with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Company ID
                 *     - name - Company Name
                 *     - code - Company Code
                 */
                sortby?: "id" | "name" | "code";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The companies (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "companies": [
                     *         {
                     *           "id": 3,
                     *           "name": "GHI Inc",
                     *           "code": "GHI"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStaffCompanies: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,code`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     Composite members return these keys (inferred): `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`.
                 * @example [
                 *       "code",
                 *       "name",
                 *       "phone"
                 *     ]
                 */
                fields?: (("address" | "apifields" | "code" | "contacts" | "email" | "image" | "lastmodified" | "name" | "phone" | "tags" | "type") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Companies in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Companies with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Companies with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Companies added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Companies added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Companies
                 *     - false - Active Companies
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Companies where Name or Code contains string (example: `website`)
                 *     - !string - Companies where Name and Code do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Code contains string (example: `website`)
                 *     - !string - Companies where Code does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcode?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Email contains string (example: `website`)
                 *     - !string - Companies where Email does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Companies where Name contains string (example: `website`)
                 *     - !string - Companies where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Companies with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Company ID
                 *     - name - Company Name
                 *     - code - Company Code
                 */
                sortby?: "id" | "name" | "code";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The companies (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "companies": [
                     *         {
                     *           "id": 4,
                     *           "name": "Sample Agency",
                     *           "code": "SA"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return, only Staff contacts view * fields. Comma-separated; `id` is always returned. Default: `name,company,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `email` (Staff only)
                 *     - `fax` (Staff only)
                 *     - `groups` (Staff only): Advanced plan only
                 *     - `location` (Staff only): returns latitude, longitude and locationtime - the time the location was last updated
                 *     - `logindetails` (Staff only): returns allowlogin and username
                 *     - `phone` (Staff only)
                 *     - `roles`: returns roles for Staff Contacts
                 *     - `tags` (Staff only)
                 *     - `teams` (Staff only): Advanced plan only
                 *     - `title` (Staff only)
                 *     Composite members return these keys (inferred): `name` → `firstname`, `lastname`; `company` → `companyid`, `companyname`; `phone` → `workphone`, `mobilephone`; `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`; `location` → `latitude`, `longitude`, `locationtime`; `logindetails` → `allowlogin`, `username`.
                 * @example [
                 *       "name",
                 *       "email",
                 *       "phone"
                 *     ]
                 */
                fields?: (("apifields" | "address" | "company" | "email" | "fax" | "groups" | "image" | "lastmodified" | "location" | "logindetails" | "name" | "phone" | "roles" | "tags" | "teams" | "title" | "type") | string)[];
                /**
                 * @description Login status.
                 *     - true - Contacts with Login Access
                 *     - false - Contacts without Login Access
                 */
                allowlogin?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID.
                 *     - companyid - Contacts in specified Company (example: `1`)
                 * @example 1
                 */
                companyid?: components["schemas"]["Id"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Contacts in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Contact IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Contacts with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Contacts with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Contacts added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Contacts
                 *     - false - Active Contacts
                 */
                pending?: boolean;
                /**
                 * @description Role ID or List of Role IDs.
                 *     - roleid/s - Contacts with at least one of the specified Role ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                roleid?: components["schemas"]["IdList"];
                /**
                 * @description Search string.
                 *     - string - Contacts where Name or Email contains string (example: `website`)
                 *     - !string - Contacts where Name and Email do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Email Address contains string (example: `website`)
                 *     - !string - Contacts where Email Address does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name contains string (example: `website`)
                 *     - !string - Contacts where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Contacts with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Contact Type.
                 *     - client - Client Contacts
                 *     - contractor - Contractor Contacts
                 *     - other - Other Contacts
                 *     - staff - Staff Contacts
                 */
                type?: "client" | "contractor" | "other" | "staff";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Contact ID
                 *     - firstname - Contact First Name
                 *     - lastname - Contact Last Name
                 */
                sortby?: "id" | "firstname" | "lastname";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 3,
                     *       "totalcount": 3,
                     *       "contacts": [
                     *         {
                     *           "id": 1,
                     *           "firstname": "Amy",
                     *           "lastname": "Adams",
                     *           "companyid": 4,
                     *           "companyname": "Sample Agency",
                     *           "type": "staff"
                     *         },
                     *         {
                     *           "id": 5,
                     *           "firstname": "Adam",
                     *           "lastname": "West",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "type": "client"
                     *         },
                     *         {
                     *           "id": 6,
                     *           "firstname": "Bob",
                     *           "lastname": "East",
                     *           "companyid": 2,
                     *           "companyname": "DEF Co",
                     *           "type": "client"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One object, or an array of up to 5,000 objects (inferred bound) to add several at once (images are not allowed in a batch). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactAdd"] | components["schemas"]["ContactAdd"][];
            };
        };
        responses: {
            /** @description Added: `details` lists the new records (one entry per item sent, in order). */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact/s Added",
                     *       "details": [
                     *         {
                     *           "id": 393,
                     *           "name": "Adam West"
                     *         },
                     *         {
                     *           "id": 394,
                     *           "name": "Bob East"
                     *         },
                     *         {
                     *           "id": 395,
                     *           "name": "Charles South"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContact: {
        parameters: {
            query?: {
                /**
                 * @description Contact Permissions.
                 *     - true - Return roles & permissions (for staff) or include permissions (for clients & contractors)
                 *     - false - Do not return roles & permissions
                 */
                permissions?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "contact": {
                     *         "id": 5,
                     *         "firstname": "Adam",
                     *         "lastname": "West",
                     *         "type": "client",
                     *         "companyid": 1,
                     *         "companyname": "ABC Ltd",
                     *         "title": "CEO",
                     *         "email": "noreply@proworkflow.com",
                     *         "workphone": "0123 456 7890",
                     *         "mobilephone": "",
                     *         "fax": "",
                     *         "address1": "10 Phantom Road",
                     *         "address2": "Fakeville",
                     *         "address3": "Pretend Town",
                     *         "city": "Somecity",
                     *         "state": "Somewhere",
                     *         "zipcode": "90210",
                     *         "country": "Someland",
                     *         "facebook": "",
                     *         "linkedin": "",
                     *         "twitter": "",
                     *         "image": "",
                     *         "allowlogin": true,
                     *         "username": "adam",
                     *         "latitude": null,
                     *         "longitude": null,
                     *         "locationtime": null,
                     *         "groups": [],
                     *         "teams": [],
                     *         "roles": [],
                     *         "tags": [
                     *           {
                     *             "id": 2,
                     *             "name": "Decision Maker"
                     *           }
                     *         ],
                     *         "addprojectrequest": false,
                     *         "viewallcompanyprojects": true,
                     *         "viewallprojecttasks": false,
                     *         "viewarchivedprojects": false,
                     *         "viewcalendar": false,
                     *         "viewquotesandinvoices": true,
                     *         "viewtimeinformation": false,
                     *         "viewtimeline": false,
                     *         "lastmodified": "2014-01-19T10:00:00",
                     *         "apifields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ContactRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstname": "Adam",
                 *       "lastname": "West"
                 *     }
                 */
                "application/json": components["schemas"]["ContactEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Deleted",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "groups": [
                     *         {
                     *           "id": 1,
                     *           "name": "Design",
                     *           "teamid": 1,
                     *           "teamname": "Studio"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeContactGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        /** @description The reference shows no sample body for this call; the example is built from its parameter list. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "groupid": "1,2,3"
                 *     }
                 */
                "application/json": components["schemas"]["GroupChange"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "contacts": [
                     *         {
                     *           "id": 1,
                     *           "firstname": "Amy",
                     *           "lastname": "Adams",
                     *           "latitude": 40.68906,
                     *           "longitude": -20.182721,
                     *           "locationtime": "2014-01-18T13:20:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactLocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContactLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latitude": 43.68906,
                 *       "longitude": -20.182721
                 *     }
                 */
                "application/json": components["schemas"]["LocationUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Location Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateContactLocationViaPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "latitude": 43.68906,
                 *       "longitude": -20.182721
                 *     }
                 */
                "application/json": components["schemas"]["LocationUpdate"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Location Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactNotes: {
        parameters: {
            query?: {
                /**
                 * @description Notes added on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                datefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Notes added on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                dateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Search string.
                 *     - string - Notes that contain string (example: `website`)
                 *     - !string - Notes that do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Note ID
                 *     - date - Note Date
                 */
                sortby?: "id" | "date";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "notes": [
                     *         {
                     *           "id": 4,
                     *           "title": "",
                     *           "content": "Example Content",
                     *           "date": "2014-03-21T09:30:00",
                     *           "authorid": 1,
                     *           "authorname": "Amy Adams"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Example Content"
                 *     }
                 */
                "application/json": components["schemas"]["NoteContentAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Added",
                     *       "details": [
                     *         {
                     *           "id": 31
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
                /**
                 * @description Note ID (a note on the contact's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
                 * @example 11
                 */
                noteid: components["parameters"]["contactNoteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "note": {
                     *         "id": 11,
                     *         "title": "",
                     *         "content": "Example Content",
                     *         "date": "2014-03-21T09:30:00",
                     *         "categoryid": null,
                     *         "categoryname": "",
                     *         "contacts": [],
                     *         "authorid": 1,
                     *         "authorname": "Amy Adams",
                     *         "lastmodified": "2014-03-21T09:30:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["NoteRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContactNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
                /**
                 * @description Note ID (a note on the contact's Notes tab). Note IDs are one sequence across the Notes section and every company's and contact's notes (inferred), so this example differs from `noteid`'s.
                 * @example 11
                 */
                noteid: components["parameters"]["contactNoteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Deleted",
                     *       "details": [
                     *         {
                     *           "id": 11
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permissions. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 2,
                     *       "totalcount": 2,
                     *       "permissions": [
                     *         {
                     *           "id": 1,
                     *           "name": "Projects",
                     *           "view": true,
                     *           "add": true,
                     *           "edit": true,
                     *           "delete": false
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Invoices",
                     *           "view": true,
                     *           "add": false,
                     *           "edit": false,
                     *           "delete": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    checkContactPermission: {
        parameters: {
            query?: {
                /**
                 * @description Permission Setting to check.
                 *     - view - View
                 *     - add - Add
                 *     - edit - Edit
                 *     - delete - Delete
                 *     Listed as REQUIRED by the reference, which also gives the default `view`: optional here, the default applies.
                 */
                permissionsetting?: "view" | "add" | "edit" | "delete";
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
                /**
                 * @description Permission ID (the 'settings/contacts/permissions' call lists them).
                 * @example 1
                 */
                permissionid: components["parameters"]["permissionid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the Staff Contact has the permission setting. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "permission": {
                     *         "id": 1,
                     *         "name": "Projects",
                     *         "permissionsetting": "view",
                     *         "allowed": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PermissionCheckRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactProjects: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,number,company,startdate,duedate`.
                 *     - `accountedfor`: Accounted For Status - true/false
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `company`: for internal Projects in the Advanced plan, this will also return internalclientteamid, internalclientteamname, internalclientgroupid and internalclientgroupname
                 *     - `contacts`: returns clients/contractors/manager/staff
                 *     - `customfields`: Advanced plan only
                 *     - `customform`: Advanced plan only
                 *     - `customstatus`: Advanced plan only
                 *     - `dates`: returns start/due/complete
                 *     - `group`: Advanced plan only
                 *     - `invoiced`: Invoiced Status - true/false
                 *     - `paid`: Paid Status - true/false
                 *     - `percentcomplete`: percentage of tasks completed, heading tasks excluded
                 *     - `privatenotes`: staff only
                 *     - `team`: Advanced plan only
                 *     - `type`: Advanced plan only, returns 'internal' or 'external'
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `contacts` → `staff`, `clients`, `contractors`; `customform` → `customformtitle`, `customformcontent`; `customstatus` → `customstatusid`, `customstatusname`; `dates` → `startdate`, `duedate`, `completedate`; `group` → `groupid`, `groupname`; `manager` → `managerid`, `managername`; `team` → `teamid`, `teamname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "company"
                 *     ]
                 */
                fields?: (("accountedfor" | "apifields" | "category" | "company" | "completedate" | "contacts" | "customfields" | "customform" | "customstatus" | "dates" | "description" | "duedate" | "expensestotal" | "group" | "invoiced" | "invoicetotal" | "lastmodified" | "manager" | "number" | "paid" | "percentcomplete" | "priority" | "privatenotes" | "quotetotal" | "startdate" | "status" | "team" | "timeallocated" | "timetracked" | "title" | "type") | string)[];
                /**
                 * @description Accounted For Status.
                 *     - accountedfor - Projects marked as Accounted For
                 *     - unaccountedfor - Projects marked as Unaccounted For
                 *     - all - All Projects
                 */
                accountedfor?: "accountedfor" | "unaccountedfor" | "all";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Category ID or List of Category IDs.
                 *     - categoryid/s - Projects in specified Category/ies (example: `1,2,3`)
                 *     - !categoryid/s - Projects NOT in specified Category/ies (example: `!1,2,3`)
                 * @example 1,2,3
                 */
                categoryid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Custom Field Value/s (Advanced plan only).
                 *     - customfieldid,string - A Custom Field ID and String separated by a comma (example: `2,Europe`)
                 *     - Multiple pairs separated by two pipe characters (example: `2,Europe||3,Industrial`).
                 * @example 2,Europe
                 */
                customfields?: components["parameters"]["customfields"];
                /**
                 * @description Mode used for the customfields parameter.
                 *     - any - records where ANY of the specified customfields match
                 *     - all - records where ALL of the specified customfields match
                 */
                customfieldsmode?: components["parameters"]["customfieldsmode"];
                /**
                 * @description Custom Status ID or List of Custom Status IDs (Advanced plan only).
                 *     - customstatusid/s - Projects with specified Custom Status/es (example: `1,2`)
                 *     - !customstatusid/s - Projects without specified Custom Status/es (example: `!1,2`)
                 * @example 1,2
                 */
                customstatusid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Group (Advanced plan only).
                 *     - groupid/s - Group ID or List of Group IDs - Projects Managed by any of the specified Group/s (example: `1,2`)
                 *     - !groupid/s - Group ID or List of Group IDs - Projects NOT Managed by any of the specified Group/s (example: `!1,2`)
                 * @example 1,2
                 */
                groupid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Projects with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Projects with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoiced Status.
                 *     - invoiced - Projects marked as Invoiced
                 *     - uninvoiced - Projects marked as Uninvoiced
                 *     - all - All Projects
                 */
                invoiced?: "invoiced" | "uninvoiced" | "all";
                /**
                 * @description Projects where Invoice Total matches criteria.
                 *     - number - Invoice Total is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Invoice Total is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Invoice Total is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Invoice Total is GREATER THAN Quote Total (Projects with 0 Quote Total ignored)
                 *     - under - Invoice Total is LESS THAN OR EQUAL TO Quote Total (Projects with 0 Quote Total ignored)
                 *     - gtenumber% - Invoice Total is GREATER THAN OR EQUAL to specified percentage of Quote Total (Projects with 0 Quote Total ignored) (example: `gte30%`)
                 *     - ltenumber% - Invoice Total is LESS THAN OR EQUAL to specified percentage of Quote Total (Projects with 0 Quote Total ignored) (example: `lte30%`)
                 * @example 300
                 */
                invoicetotal?: components["schemas"]["PercentComparison"];
                /**
                 * @description Projects added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Projects added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Manager.
                 *     - managerid/s - Contact ID or List of Contact IDs - Projects Managed by any of the specified Contact/s (example: `1,2`)
                 *     - !managerid/s - Contact ID or List of Contact IDs - Projects NOT Managed by any of the specified Contact/s (example: `!1,2`)
                 *     - me - Projects Managed by Contact making request
                 *     - all - All Projects
                 * @example 1,2
                 */
                managerid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Paid Status.
                 *     - paid - Projects marked as Paid
                 *     - unpaid - Projects marked as Unpaid
                 *     - all - All Projects
                 */
                paid?: "paid" | "unpaid" | "all";
                /**
                 * @description Priority or List of Priorities (1-5 representing Very High-Very Low).
                 *     - priority/ies - Projects with specified Priority/ies (example: `1,2`)
                 *     - !priority/ies - Projects NOT with specified Priority/ies (example: `!4,5`)
                 * @example 1,2
                 */
                priority?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Projects where Quote Total matches criteria.
                 *     - number - Quote Total is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Quote Total is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Quote Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 300
                 */
                quotetotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Search.
                 *     - string - Projects where Number or Title contains string (example: `website`)
                 *     - !string - Projects where Number and Title do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search Custom Form (Advanced plan only).
                 *     - string - Projects where Custom Form contains string (example: `website`)
                 *     - !string - Projects where Custom Form does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcustomform?: string;
                /**
                 * @description Search Description.
                 *     - string - Projects where Description contains string (example: `website`)
                 *     - !string - Projects where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Name.
                 *     - string - Projects where Number contains string (example: `website`)
                 *     - !string - Projects where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search Title.
                 *     - string - Projects where Title contains string (example: `website`)
                 *     - !string - Projects where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Status.
                 *     - active - Active Projects
                 *     - complete - Completed Projects
                 *     - all - All Projects
                 */
                status?: "active" | "complete" | "all";
                /**
                 * @description Team (Advanced plan only).
                 *     - teamid/s - Team ID or List of Team IDs - Projects Managed by any of the specified Team/s (example: `1,2`)
                 *     - !teamid/s - Team ID or List of Team IDs - Projects NOT Managed by any of the specified Team/s (example: `!1,2`)
                 * @example 1,2
                 */
                teamid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Time Allocated.
                 *     - number - Time Allocated (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Time Allocated (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Time Allocated (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 * @example 300
                 */
                timeallocated?: components["schemas"]["NumberComparison"];
                /**
                 * @description Billable/Non-billable/All Time Tracked.
                 *     - all - All Time
                 *     - billable - Billable Time only
                 *     - nonbillable - Non-billable Time only
                 */
                timebillable?: "all" | "billable" | "nonbillable";
                /**
                 * @description Projects where Time Tracked matches criteria.
                 *     - number* - Time Tracked (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber* - Time Tracked (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber* - Time Tracked (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Total Time Tracked is GREATER THAN Allocated Time
                 *     - under - Total Time Tracked is LESS THAN OR EQUAL TO Allocated Time
                 *     - gtenumber% - TOTAL Time Tracked is GREATER THAN OR EQUAL to specified percentage of Allocated Time (example: `gte30%`)
                 *     - ltenumber% - TOTAL Time Tracked is LESS THAN OR EQUAL to specified percentage of Allocated Time (example: `lte30%`)
                 *     timetrackedby, timetrackedfrom, timetrackedto and timebillable parameters will apply to the starred options.
                 *     IMPORTANT: The non-starred options will always use the Total Time Tracked (all contacts, dates, billable status) for comparison.
                 * @example 300
                 */
                timetracked?: components["schemas"]["PercentComparison"];
                /**
                 * @description Time Tracked By.
                 *     - contactid/s - Contact ID or List of Contact IDs - Time Tracked by specified Contact/s (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Time NOT Tracked by specified Contact/s (example: `!1,2`)
                 *     - me - Time Tracked by Contact making request
                 *     - all - All Time Tracked
                 * @example 1,2
                 */
                timetrackedby?: components["schemas"]["ContactSelector"];
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - ID
                 *     - title - Title
                 *     - number - Number
                 *     - startdate - Start Date
                 *     - duedate - Due Date
                 *     - completedate - Complete Date
                 */
                sortby?: "id" | "title" | "number" | "startdate" | "duedate" | "completedate";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "projects": [
                     *         {
                     *           "id": 2,
                     *           "title": "Sample Project",
                     *           "number": "ABC-00001",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "startdate": "2014-04-18",
                     *           "duedate": "2014-04-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addContactProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Sample Project",
                 *       "number": "auto",
                 *       "description": "Sample Project Description",
                 *       "managerid": "me",
                 *       "staff": "2,3,5",
                 *       "clients": "6,7",
                 *       "contractors": "9,10",
                 *       "priority": 2,
                 *       "startdate": "2014-04-18",
                 *       "duedate": "2014-04-28",
                 *       "customfields": [
                 *         {
                 *           "id": 1,
                 *           "value": "Europe"
                 *         },
                 *         {
                 *           "id": 2,
                 *           "value": "Industrial"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProjectAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Project/s Added",
                     *       "details": [
                     *         {
                     *           "id": 41,
                     *           "number": "ABC-00002",
                     *           "title": "Sample Project"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "roles": [
                     *         {
                     *           "id": 1,
                     *           "name": "Super User"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeContactRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        /** @description The reference shows no sample body for this call; the example is built from its parameter list. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roleid": "1,2,3"
                 *     }
                 */
                "application/json": components["schemas"]["RoleChange"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getContactSummary: {
        parameters: {
            query?: {
                /**
                 * @description Data Types to return.
                 *     - `all`: return all data types
                 *     - or a comma-separated list of the data types (example: `contacts,projects`)
                 * @example [
                 *       "projects",
                 *       "tasks"
                 *     ]
                 */
                types?: ("all" | "projects" | "tasks")[];
                /**
                 * @description Page Number (must be used with `pagesize`) to return a subset of each Data Type. Example: `pagenumber=2&pagesize=10` returns rows 11-20.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["summaryPagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["summaryPagesize"];
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Summary of the Contact. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "summary": {
                     *         "projects": [
                     *           {
                     *             "id": 2,
                     *             "number": "ABC-00001",
                     *             "title": "Sample Project",
                     *             "companyid": 1,
                     *             "companyname": "ABC Ltd"
                     *           }
                     *         ],
                     *         "tasks": [
                     *           {
                     *             "id": 12,
                     *             "name": "Redesign Work",
                     *             "order": 1,
                     *             "projectid": 2,
                     *             "projectnumber": "ABC-00001",
                     *             "projecttitle": "Sample Project"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SummaryRecord"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 2,
                     *       "totalcount": 2,
                     *       "tags": [
                     *         {
                     *           "id": 1,
                     *           "name": "Key Account"
                     *         },
                     *         {
                     *           "id": 2,
                     *           "name": "Decision Maker"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    changeContactTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        /** @description The reference shows no sample body for this call; the example is built from its parameter list. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tagid": "1,2,3",
                 *       "remove": true
                 *     }
                 */
                "application/json": components["schemas"]["TagChange"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactTasks: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,type,order,status,project,startdate,duedate`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `creator`: contact who added this Task
                 *     - `dates`: returns start/due/complete
                 *     - `dependent`: returns dependent/current status
                 *     - `project`: returns ID/Number/Title
                 *     - `projectcategory`: returns ID/Name
                 *     - `projectmanager`: returns ID/Name
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `creator` → `creatorid`, `creatorname`; `dates` → `startdate`, `duedate`, `completedate`; `project` → `projectid`, `projectnumber`, `projecttitle`; `projectcategory` → `projectcategoryid`, `projectcategoryname`; `projectmanager` → `projectmanagerid`, `projectmanagername`.
                 * @example [
                 *       "order",
                 *       "name",
                 *       "project"
                 *     ]
                 */
                fields?: (("apifields" | "billable" | "category" | "company" | "completedate" | "contacts" | "creator" | "dates" | "dependent" | "description" | "duedate" | "lastmodified" | "name" | "order" | "priority" | "project" | "projectcategory" | "projectmanager" | "startdate" | "status" | "timeallocated" | "timetracked" | "type") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Billable status.
                 *     - true - Billable Tasks
                 *     - false - Non-Billable Tasks
                 *     - all - All Tasks
                 */
                billable?: "true" | "false" | "all";
                /**
                 * @description Category.
                 *     - categoryid/s - General Tasks in specified Category/ies (example: `1,2`)
                 *     - !categoryid/s - General Tasks NOT in specified Category/ies (example: `!1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Company.
                 *     - companyid/s - Company ID or List of Company IDs - Tasks in Projects for specified Company/ies (example: `1,2`)
                 * @example 1,2
                 */
                companyid?: components["schemas"]["IdList"];
                /**
                 * @description Tasks completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                completedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task Dependent Status - Using this filter will only return Dependent Tasks that meet the specified status.
                 *     - current - Current Dependent Tasks
                 *     - noncurrent - Non-Current Dependent Tasks
                 *     - all - All Dependent Tasks
                 */
                dependentstatus?: "current" | "noncurrent" | "all";
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Tasks in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Tasks due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description General Tasks.
                 *     - true - Include General Tasks
                 *     - false - Exclude General Tasks
                 */
                generaltasks?: boolean;
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Tasks with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Tasks with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Group ID or List of Group IDs.
                 *     - groupid/s - Tasks for specified Group/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                internalclientgroupid?: components["schemas"]["IdList"];
                /**
                 * @description Team ID or List of Team IDs.
                 *     - companyid/s - Tasks for specified Team/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                internalclientteamid?: components["schemas"]["IdList"];
                /**
                 * @description Tasks added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Tasks added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Manager.
                 *     - managerid/s - Contact ID or List of Contact IDs - Tasks in Projects managed by specified Contact/s (example: `1,2`)
                 *     - me - Tasks in Projects managed by Contact making request
                 * @example 1,2
                 */
                managerid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Priority (1-5 representing Very High-Very Low).
                 *     - priority/ies - Tasks with specified Priority/ies (example: `1,2`)
                 *     - !priority/ies - Tasks NOT with specified Priority/ies (example: `!4,5`)
                 * @example 1,2
                 */
                priority?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - projectcategoryid/s - Tasks in Projects in specified Category/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                projectcategoryid?: components["schemas"]["IdList"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project.
                 *     - projectid/s - Tasks in specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Status.
                 *     - active - Tasks in Active Projects
                 *     - complete - Tasks in Completed Projects
                 *     - all - Tasks in All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Project Tasks.
                 *     - true - Include Project Tasks
                 *     - false - Exclude Project Tasks
                 */
                projecttasks?: boolean;
                /**
                 * @description Search Description.
                 *     - string - Tasks where Description contains string (example: `website`)
                 *     - !string - Tasks where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Name.
                 *     - string - Tasks where Name contains string (example: `website`)
                 *     - !string - Tasks where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tasks starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task Status.
                 *     - active - Active Tasks
                 *     - complete - Completed Tasks
                 *     - all - All Tasks
                 */
                status?: "active" | "complete" | "all";
                /**
                 * @description Time Allocated.
                 *     - number - Time Allocated (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber - Time Allocated (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber - Time Allocated (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 * @example 300
                 */
                timeallocated?: components["schemas"]["NumberComparison"];
                /**
                 * @description Tasks where Time Tracked matches criteria.
                 *     - number* - Time Tracked (minutes) is EXACTLY the specified value (example: `300`)
                 *     - gtenumber* - Time Tracked (minutes) is GREATER THAN OR EQUAL to specified value (example: `gte300`)
                 *     - ltenumber* - Time Tracked (minutes) is LESS THAN OR EQUAL to specified value (example: `lte300`)
                 *     - over - Total Time Tracked is GREATER THAN Allocated Time
                 *     - under - Total Time Tracked is LESS THAN OR EQUAL TO Allocated Time
                 *     - gtenumber% - TOTAL Time Tracked is GREATER THAN OR EQUAL to specified percentage of Allocated Time (example: `gte30%`)
                 *     - ltenumber% - TOTAL Time Tracked is LESS THAN OR EQUAL to specified percentage of Allocated Time (example: `lte30%`)
                 *     timetrackedby, timetrackedfrom, timetrackedto parameters apply to the starred options.
                 * @example 300
                 */
                timetracked?: components["schemas"]["PercentComparison"];
                /**
                 * @description Time Tracked By.
                 *     - contactid/s - Contact ID or List of Contact IDs - Time Tracked by specified Contact/s (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Time NOT Tracked by specified Contact/s (example: `!1,2`)
                 *     - me - Time Tracked by Contact making request
                 *     - all - All Time Tracked
                 * @example 1,2
                 */
                timetrackedby?: components["schemas"]["ContactSelector"];
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                timetrackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task Type.
                 *     - normal - Normal Tasks
                 *     - bold - Bold Tasks
                 *     - heading - Heading Tasks
                 *     - nonheading - Non-Heading Tasks (Normal + Bold)
                 *     - all - All Tasks
                 */
                type?: "normal" | "bold" | "heading" | "nonheading" | "all";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - ID
                 *     - order - Order
                 *     - name - Name
                 *     - startdate - Start Date
                 *     - duedate - Due Date
                 *     - completedate - Complete Date
                 *     - projectid - Project ID
                 *     - projectnumber - Project Number
                 *     - projecttitle - Project Title
                 */
                sortby?: "id" | "order" | "name" | "startdate" | "duedate" | "completedate" | "projectid" | "projectnumber" | "projecttitle";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "tasks": [
                     *         {
                     *           "id": 12,
                     *           "name": "Redesign Work",
                     *           "type": "normal",
                     *           "order": 1,
                     *           "status": "active",
                     *           "projectid": 2,
                     *           "projectnumber": "ABC-00001",
                     *           "projecttitle": "Sample Project",
                     *           "startdate": "2014-04-18",
                     *           "duedate": "2014-04-22"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactTime: {
        parameters: {
            query?: {
                /**
                 * @description Time tracked on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 *     Listed as REQUIRED by the reference, which also gives the default `-6d`: optional here, the default applies.
                 * @example 2014-01-18
                 */
                trackedfrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Time Tracked on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 *     Listed as REQUIRED by the reference, which also gives the default `+0d`: optional here, the default applies.
                 * @example 2014-01-18
                 */
                trackedto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Fields to return - if not specified then only Total/Sub Totals will be returned. Comma-separated; `id` is always returned.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `category`: Project Category
                 *     - `tasktimetotals`: Total allocated/tracked time for the task
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`; `company` → `companyid`, `companyname`; `contact` → `contactid`, `contactname`; `dates` → `date`, `starttime`, `endtime`; `project` → `projectid`, `projectnumber`, `projecttitle`; `task` → `taskid`, `taskname`; `tasktimetotals` → `tasktimeallocated`, `tasktimetracked`.
                 * @example [
                 *       "contact",
                 *       "task",
                 *       "timetracked"
                 *     ]
                 */
                fields?: (("apifields" | "billable" | "category" | "company" | "contact" | "dates" | "lastmodified" | "notes" | "project" | "task" | "tasktimetotals" | "timetracked" | "none") | string)[];
                /**
                 * @description Sub Totals to return - if not specified then only Fields and/or Total will be returned. Comma-separated, in the required grouping order (example: `contact,company - return Sub Totals of Time Tracked for each combination of Contact and Company.`). Only non-zero subtotals are returned.
                 *     - `group`: Advanced plan only, Group in charge of Project
                 *     - `internalclientgroup`: Advanced plan only, Group of Internal Client for Project
                 *     - `internalclientteam`: Advanced plan only, Team of Internal Client for Project
                 *     - `team`: Advanced plan only, Team in charge of Project
                 *     If week is used then the 'trackedfrom' date will be used as the first day of the week.
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 * @example [
                 *       "contact",
                 *       "company"
                 *     ]
                 */
                subtotals?: ("billable" | "category" | "company" | "contact" | "group" | "internalclientgroup" | "internalclientteam" | "project" | "task" | "team" | "day" | "week" | "month" | "year")[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Billable status.
                 *     - billable - Billable Time
                 *     - nonbillable - Non-Billable Time
                 *     - all - All Time
                 */
                billable?: "billable" | "nonbillable" | "all";
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - categoryid/s - Time for Projects in specified Category/ies (example: `1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["IdList"];
                /**
                 * @description Company ID or List of Company IDs.
                 *     - companyid/s - Time in specified Company/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                companyid?: components["schemas"]["IdList"];
                /**
                 * @description General Tasks.
                 *     - true - Include Time for General Tasks
                 *     - false - Exclude Time for General Tasks
                 */
                generaltasks?: boolean;
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Time Records with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Time Records with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Time Records added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Time Records added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Projects completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Time for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Projects starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Projects starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                projectstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Tasks.
                 *     - true - Include Time for Project Tasks
                 *     - false - Exclude Time for Project Tasks
                 */
                projecttasks?: boolean;
                /**
                 * @description Tasks completed on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskcompletedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks completed on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskcompletedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskduedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskduedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Task ID or List of Task IDs.
                 *     - taskid/s - Time for specified Task/s (example: `1,2`)
                 * @example 1,2
                 */
                taskid?: components["schemas"]["IdList"];
                /**
                 * @description Tasks starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskstartdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Tasks starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                taskstartdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Sort field for Time Records.
                 *     - id - Time Record ID
                 *     - date - Time Record Date
                 *     - taskid - Task ID
                 *     - projectid - Project ID
                 */
                sortby?: "id" | "date" | "taskid" | "projectid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path: {
                /**
                 * @description Contact ID.
                 * @example 5
                 */
                contactid: components["parameters"]["contactid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timerecords (the example shows the default fields of the call's example). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "timerecords": [
                     *         {
                     *           "id": 44,
                     *           "contactid": 1,
                     *           "contactname": "Amy Adams",
                     *           "taskid": 12,
                     *           "taskname": "Redesign Work",
                     *           "timetracked": 120
                     *         }
                     *       ],
                     *       "total": 120
                     *     }
                     */
                    "application/json": components["schemas"]["TimeRecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listClientContacts: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return, only Staff contacts view * fields. Comma-separated; `id` is always returned. Default: `name,company,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `email` (Staff only)
                 *     - `groups` (Staff only): Advanced plan only
                 *     - `location` (Staff only): returns latitude, longitude and locationtime - the time the location was last updated
                 *     - `logindetails` (Staff only): returns allowlogin and username
                 *     - `phone` (Staff only)
                 *     - `tags` (Staff only)
                 *     - `teams` (Staff only): Advanced plan only
                 *     - `title` (Staff only)
                 *     Composite members return these keys (inferred): `name` → `firstname`, `lastname`; `company` → `companyid`, `companyname`; `phone` → `workphone`, `mobilephone`; `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`; `location` → `latitude`, `longitude`, `locationtime`; `logindetails` → `allowlogin`, `username`.
                 * @example [
                 *       "name",
                 *       "email",
                 *       "phone"
                 *     ]
                 */
                fields?: (("apifields" | "address" | "company" | "email" | "groups" | "image" | "lastmodified" | "location" | "logindetails" | "name" | "phone" | "tags" | "teams" | "title" | "type") | string)[];
                /**
                 * @description Login status.
                 *     - true - Contacts with Login Access
                 *     - false - Contacts without Login Access
                 */
                allowlogin?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID.
                 *     - companyid - Contacts in specified Company (example: `1`)
                 * @example 1
                 */
                companyid?: components["schemas"]["Id"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Contacts in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Contacts with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Contacts with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Contacts added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Contacts
                 *     - false - Active Contacts
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name or Email contains string (example: `website`)
                 *     - !string - Contacts where Name and Email do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Email Address contains string (example: `website`)
                 *     - !string - Contacts where Email Address does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name contains string (example: `website`)
                 *     - !string - Contacts where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Contacts with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Contact ID
                 *     - firstname - Contact First Name
                 *     - lastname - Contact Last Name
                 */
                sortby?: "id" | "firstname" | "lastname";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 2,
                     *       "totalcount": 2,
                     *       "contacts": [
                     *         {
                     *           "id": 5,
                     *           "firstname": "Adam",
                     *           "lastname": "West",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "type": "client"
                     *         },
                     *         {
                     *           "id": 6,
                     *           "firstname": "Bob",
                     *           "lastname": "East",
                     *           "companyid": 2,
                     *           "companyname": "DEF Co",
                     *           "type": "client"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContractorContacts: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return, only Staff contacts view * fields. Comma-separated; `id` is always returned. Default: `name,company,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `email` (Staff only)
                 *     - `groups` (Staff only): Advanced plan only
                 *     - `location` (Staff only): returns latitude, longitude and locationtime - the time the location was last updated
                 *     - `logindetails` (Staff only): returns allowlogin and username
                 *     - `phone` (Staff only)
                 *     - `tags` (Staff only)
                 *     - `teams` (Staff only): Advanced plan only
                 *     - `title` (Staff only)
                 *     Composite members return these keys (inferred): `name` → `firstname`, `lastname`; `company` → `companyid`, `companyname`; `phone` → `workphone`, `mobilephone`; `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`; `location` → `latitude`, `longitude`, `locationtime`; `logindetails` → `allowlogin`, `username`.
                 * @example [
                 *       "name",
                 *       "email",
                 *       "phone"
                 *     ]
                 */
                fields?: (("apifields" | "address" | "company" | "email" | "groups" | "image" | "lastmodified" | "location" | "logindetails" | "name" | "phone" | "tags" | "teams" | "title" | "type") | string)[];
                /**
                 * @description Login status.
                 *     - true - Contacts with Login Access
                 *     - false - Contacts without Login Access
                 */
                allowlogin?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID.
                 *     - companyid - Contacts in specified Company (example: `1`)
                 * @example 1
                 */
                companyid?: components["schemas"]["Id"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Contacts in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Contacts with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Contacts with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Contacts added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Contacts
                 *     - false - Active Contacts
                 */
                pending?: boolean;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name or Email contains string (example: `website`)
                 *     - !string - Contacts where Name and Email do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Email Address contains string (example: `website`)
                 *     - !string - Contacts where Email Address does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name contains string (example: `website`)
                 *     - !string - Contacts where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Contacts with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Contact ID
                 *     - firstname - Contact First Name
                 *     - lastname - Contact Last Name
                 */
                sortby?: "id" | "firstname" | "lastname";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 0,
                     *       "totalcount": 0,
                     *       "contacts": []
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query: {
                /**
                 * @description Email Address.
                 *     - email - Email Address (example: `noreply@proworkflow.com`)
                 * @example noreply@proworkflow.com
                 */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A password reset email was sent. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Password reset email sent"
                     *     }
                     */
                    "application/json": components["schemas"]["StatusMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listContactLocations: {
        parameters: {
            query?: {
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Contacts in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Contacts who updated their location on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                locationtimefrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts who updated their location on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                locationtimeto?: components["schemas"]["DateTimeOrAgo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "contacts": [
                     *         {
                     *           "id": 1,
                     *           "firstname": "Amy",
                     *           "lastname": "Adams",
                     *           "latitude": 40.68906,
                     *           "longitude": -20.182721,
                     *           "locationtime": "2014-01-18T13:20:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactLocationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    requestAccess: {
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
                 *       "firstname": "Adam",
                 *       "lastname": "West",
                 *       "email": "noreply@proworkflow.com",
                 *       "type": "client",
                 *       "companyname": "ABC"
                 *     }
                 */
                "application/json": components["schemas"]["AccessRequest"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact/s Added",
                     *       "details": [
                     *         {
                     *           "id": 396,
                     *           "name": "Adam West"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStaffContacts: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return, only Staff contacts view * fields. Comma-separated; `id` is always returned. Default: `name,company,type`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `email` (Staff only)
                 *     - `groups` (Staff only): Advanced plan only
                 *     - `location` (Staff only): returns latitude, longitude and locationtime - the time the location was last updated
                 *     - `logindetails` (Staff only): returns allowlogin and username
                 *     - `phone` (Staff only)
                 *     - `tags` (Staff only)
                 *     - `teams` (Staff only): Advanced plan only
                 *     - `title` (Staff only)
                 *     Composite members return these keys (inferred): `name` → `firstname`, `lastname`; `company` → `companyid`, `companyname`; `phone` → `workphone`, `mobilephone`; `address` → `address1`, `address2`, `address3`, `city`, `state`, `zipcode`, `country`; `location` → `latitude`, `longitude`, `locationtime`; `logindetails` → `allowlogin`, `username`.
                 * @example [
                 *       "name",
                 *       "email",
                 *       "phone"
                 *     ]
                 */
                fields?: (("apifields" | "address" | "company" | "email" | "groups" | "image" | "lastmodified" | "location" | "logindetails" | "name" | "phone" | "tags" | "teams" | "title" | "type") | string)[];
                /**
                 * @description Login status.
                 *     - true - Contacts with Login Access
                 *     - false - Contacts without Login Access
                 */
                allowlogin?: boolean;
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID.
                 *     - companyid - Contacts in specified Company (example: `1`)
                 * @example 1
                 */
                companyid?: components["schemas"]["Id"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Contacts in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Contacts with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Contacts with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Contacts added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Contacts added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Pending status.
                 *     - true - Pending Contacts
                 *     - false - Active Contacts
                 */
                pending?: boolean;
                /**
                 * @description Role ID or List of Role IDs.
                 *     - roleid/s - Contacts with at least one of the specified Role ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                roleid?: components["schemas"]["IdList"];
                /**
                 * @description Search string.
                 *     - string - Contacts where Name or Email contains string (example: `website`)
                 *     - !string - Contacts where Name and Email do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Email Address contains string (example: `website`)
                 *     - !string - Contacts where Email Address does not contain string (example: `!layout`)
                 * @example website
                 */
                searchemail?: string;
                /**
                 * @description Search string.
                 *     - string - Contacts where Name contains string (example: `website`)
                 *     - !string - Contacts where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                searchname?: string;
                /**
                 * @description Tag ID or List of Tag IDs.
                 *     - tagid/s - Contacts with at least one of the specified Tag ID/s (example: `1,2,3`)
                 * @example 1,2,3
                 */
                tagid?: components["schemas"]["IdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Contact ID
                 *     - firstname - Contact First Name
                 *     - lastname - Contact Last Name
                 */
                sortby?: "id" | "firstname" | "lastname";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "contacts": [
                     *         {
                     *           "id": 1,
                     *           "firstname": "Amy",
                     *           "lastname": "Adams",
                     *           "companyid": 4,
                     *           "companyname": "Sample Agency",
                     *           "type": "staff"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,description,times,contacts`.
                 *     - `times`: start and end time
                 *     Composite members return these keys (inferred): `times` → `starttime`, `endtime`.
                 * @example [
                 *       "title",
                 *       "description",
                 *       "times"
                 *     ]
                 */
                fields?: ("contacts" | "description" | "endtime" | "lastmodified" | "starttime" | "times" | "title")[];
                /**
                 * @description Contact Details.
                 *     - true - Return email, image, phone for contacts
                 *     - false - Do not return email, image, phone for contacts
                 */
                contactdetails?: boolean;
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Events assigned to ANY/ALL specified Contact/s (see contactsmode parameter) (example: `1,2`)
                 *     - me - Events assigned to Contact making request
                 *     - all - All Events
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Mode used for the contacts parameter.
                 *     - any - records assigned to ANY of the specified contacts
                 *     - all - records assigned to ALL of the specified contacts
                 */
                contactsmode?: components["parameters"]["contactsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Events in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Events ending on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                endtimefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Events ending on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                endtimeto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description List of Event IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Events with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Events with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Events added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Events added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Search Description.
                 *     - string - Events where Description contains string (example: `website`)
                 *     - !string - Events where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Title.
                 *     - string - Events where Title contains string (example: `website`)
                 *     - !string - Events where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Events starting on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                starttimefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Events starting on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                starttimeto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field for Events.
                 *     - id - Event ID
                 *     - title - Event Title
                 */
                sortby?: "id" | "title";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "events": [
                     *         {
                     *           "id": 8,
                     *           "title": "New Event",
                     *           "description": "Event Description",
                     *           "starttime": "2014-03-20T13:00:00",
                     *           "endtime": "2014-03-20T14:00:00",
                     *           "contacts": [
                     *             {
                     *               "id": 1,
                     *               "name": "Amy Adams"
                     *             },
                     *             {
                     *               "id": 2,
                     *               "name": "Ben Brown"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addEvent: {
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
                 *       "contacts": "1,2",
                 *       "title": "New Event",
                 *       "description": "Event Description",
                 *       "starttime": "2014-03-20T13:00",
                 *       "endtime": "2014-03-20T14:00"
                 *     }
                 */
                "application/json": components["schemas"]["EventAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Event Added",
                     *       "details": [
                     *         {
                     *           "id": 50
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Event ID.
                 * @example 8
                 */
                eventid: components["parameters"]["eventid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "event": {
                     *         "id": 8,
                     *         "title": "New Event",
                     *         "description": "Event Description",
                     *         "starttime": "2014-03-20T13:00:00",
                     *         "endtime": "2014-03-20T14:00:00",
                     *         "contacts": [
                     *           {
                     *             "id": 1,
                     *             "name": "Amy Adams"
                     *           },
                     *           {
                     *             "id": 2,
                     *             "name": "Ben Brown"
                     *           }
                     *         ],
                     *         "lastmodified": "2014-03-19T17:00:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EventRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Event ID.
                 * @example 8
                 */
                eventid: components["parameters"]["eventid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contacts": "1,2",
                 *       "title": "New Event",
                 *       "description": "Event Description",
                 *       "starttime": "2014-03-20T13:00",
                 *       "endtime": "2014-03-20T14:00"
                 *     }
                 */
                "application/json": components["schemas"]["EventEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Event Updated",
                     *       "details": [
                     *         {
                     *           "id": 8
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Event ID.
                 * @example 8
                 */
                eventid: components["parameters"]["eventid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Event Deleted",
                     *       "details": [
                     *         {
                     *           "id": 8
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listExpenses: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,description,cost,project,date`.
                 *     - `project`: includes id/number/title
                 *     Composite members return these keys (inferred): `company` → `companyid`, `companyname`; `contact` → `contactid`, `contactname`; `project` → `projectid`, `projectnumber`, `projecttitle`.
                 * @example [
                 *       "name",
                 *       "cost",
                 *       "date"
                 *     ]
                 */
                fields?: ("company" | "contact" | "cost" | "date" | "description" | "invoiced" | "name" | "project" | "taxable")[];
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - categoryid/s - Expenses for Projects in specified Category/ies (example: `1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["IdList"];
                /**
                 * @description Company ID or List of Company IDs.
                 *     - companyid/s - Expenses for specified Company/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                companyid?: components["schemas"]["IdList"];
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Expenses for specified Contact/s (example: `1,2`)
                 *     - me - Expenses for Contact making request
                 *     - all - Expenses for All Contacts
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Expenses added on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                datefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Expenses added on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                dateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Expenses in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Expense IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Expenses with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Expenses with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoiced status.
                 *     - invoiced - Invoiced Expenses
                 *     - uninvoiced - Uninvoiced Expenses
                 *     - all - All Expenses
                 */
                invoiced?: "invoiced" | "uninvoiced" | "all";
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Expenses for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Project Completion Status.
                 *     - active - Expenses for Active Projects
                 *     - complete - Expenses for Completed Projects
                 *     - all - Expenses for All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Search string.
                 *     - string - Expenses where Name contains string (example: `website`)
                 *     - !string - Expenses where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Taxable status.
                 *     - taxable - Taxable Expenses
                 *     - nontaxable - Non-Taxable Expenses
                 *     - all - All Expenses
                 */
                taxable?: "taxable" | "nontaxable" | "all";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Expense ID
                 *     - name - Expense Name
                 *     - date - Expense Date
                 *     - projectid - Project ID
                 */
                sortby?: "id" | "name" | "date" | "projectid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expenses (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "expenses": [
                     *         {
                     *           "id": 5,
                     *           "name": "New Expense",
                     *           "description": "Event Description",
                     *           "cost": 100,
                     *           "projectid": 2,
                     *           "projectnumber": "ABC-00001",
                     *           "projecttitle": "Sample Project",
                     *           "date": "2014-03-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExpenseList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addExpense: {
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
                 *       "projectid": 1,
                 *       "name": "New Expense",
                 *       "description": "Event Description",
                 *       "date": "2014-03-28",
                 *       "cost": 100
                 *     }
                 */
                "application/json": components["schemas"]["ExpenseAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Expense Added",
                     *       "details": [
                     *         {
                     *           "id": 60
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Expense ID.
                 * @example 5
                 */
                expenseid: components["parameters"]["expenseid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The expense with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "expense": {
                     *         "id": 5,
                     *         "name": "New Expense",
                     *         "description": "Event Description",
                     *         "date": "2014-03-28",
                     *         "cost": 100,
                     *         "invoiced": false,
                     *         "taxable": true,
                     *         "projectid": 2,
                     *         "projectnumber": "ABC-00001",
                     *         "projecttitle": "Sample Project",
                     *         "companyid": 1,
                     *         "companyname": "ABC Ltd",
                     *         "contactid": 1,
                     *         "contactname": "Amy Adams"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExpenseRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Expense ID.
                 * @example 5
                 */
                expenseid: components["parameters"]["expenseid"];
            };
            cookie?: never;
        };
        /** @description The reference's sample body is not valid JSON (a missing or trailing comma); the example is that sample, repaired. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2014-03-28",
                 *       "cost": 100,
                 *       "invoiced": true
                 *     }
                 */
                "application/json": components["schemas"]["ExpenseEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Expense Updated",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteExpense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Expense ID.
                 * @example 5
                 */
                expenseid: components["parameters"]["expenseid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Expense Deleted",
                     *       "details": [
                     *         {
                     *           "id": 5
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,project,task,date,size,link`.
                 *     - `contacts`: returns 'all' if File is public, returns array of contacts if File is private
                 *     - `folder`: includes id,name
                 *     - `project`: includes id/number/title
                 *     - `task`: includes id/name
                 * @example [
                 *       "name",
                 *       "size",
                 *       "link"
                 *     ]
                 */
                fields?: ("contacts" | "date" | "folder" | "link" | "name" | "project" | "size" | "task")[];
                /**
                 * @description Files added on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                datefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Files added on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                dateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Files in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Folder ID or List of Folder IDs.
                 *     - folderid/s - Folder ID or List of Folder IDs - Files in specified Folder/s (example: `1,2`)
                 * @example 1,2
                 */
                folderid?: components["schemas"]["IdList"];
                /**
                 * @description List of File IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Files with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Files with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Files for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Project Status.
                 *     - active - Files for Active Projects
                 *     - complete - Files for Completed Projects
                 *     - all - Files for All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Search string.
                 *     - string - Files where Name contains string (example: `website`)
                 *     - !string - Files where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Task ID or List of Task IDs.
                 *     - taskid/s - Task ID or List of Task IDs - Files for specified Task/s (example: `1,2`)
                 * @example 1,2
                 */
                taskid?: components["schemas"]["IdList"];
                /**
                 * @description Task Status.
                 *     - active - Files for Active Tasks
                 *     - complete - Files for Completed Tasks
                 *     - all - Files for All Tasks
                 */
                taskstatus?: "active" | "complete" | "all";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - File ID
                 *     - name - File Name
                 *     - size - File Size
                 *     - date - File Date
                 *     - projectid - Project ID
                 *     - taskid - Task ID
                 *     - folderid - Folder ID
                 */
                sortby?: "id" | "name" | "size" | "date" | "projectid" | "taskid" | "folderid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "files": [
                     *         {
                     *           "id": 15,
                     *           "name": "filename.txt",
                     *           "project": {
                     *             "id": 2,
                     *             "number": "ABC-00001",
                     *             "title": "Sample Project"
                     *           },
                     *           "task": null,
                     *           "date": "2014-03-28T10:00:00",
                     *           "size": 9,
                     *           "link": "https://app.proworkflow.com/ABCInc/getfilesattached.cfm?fileid=15&sec_key=0f1e2d3c"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FileList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addFile: {
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
                 *       "projectid": 1,
                 *       "name": "filename.txt",
                 *       "content": "U29tZSB0ZXh0"
                 *     }
                 */
                "application/json": components["schemas"]["FileAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "File Added",
                     *       "details": [
                     *         {
                     *           "id": 70,
                     *           "name": "filename.txt"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFile: {
        parameters: {
            query?: {
                /**
                 * @description Return Base64 Encoded Content
                 *     - true - Return 'content' field
                 *     - false - Do not return 'content' field
                 *     Important: Not available for files larger than 1MB
                 */
                content?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description File ID.
                 * @example 15
                 */
                fileid: components["parameters"]["fileid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "file": {
                     *         "id": 15,
                     *         "name": "filename.txt",
                     *         "date": "2014-03-28T10:00:00",
                     *         "size": 9,
                     *         "link": "https://app.proworkflow.com/ABCInc/getfilesattached.cfm?fileid=15&sec_key=0f1e2d3c",
                     *         "project": {
                     *           "id": 2,
                     *           "number": "ABC-00001",
                     *           "title": "Sample Project"
                     *         },
                     *         "task": null,
                     *         "folder": null,
                     *         "contacts": "all"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FileRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description File ID.
                 * @example 15
                 */
                fileid: components["parameters"]["fileid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "File Deleted",
                     *       "details": [
                     *         {
                     *           "id": 15
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listFolders: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `name,project,contacts`.
                 *     - `contacts`: returns 'all' if Folder is public, returns array of contacts if Folder is private
                 *     - `project`: includes id/number/title
                 *     Composite members return these keys (inferred): `project` → `projectid`, `projectnumber`, `projecttitle`.
                 * @example [
                 *       "contacts",
                 *       "name"
                 *     ]
                 */
                fields?: ("contacts" | "name" | "project")[];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Folders in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Folder IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Folders with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Folders with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Folders for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Project Status.
                 *     - active - Folders for Active Projects
                 *     - complete - Folders for Completed Projects
                 *     - all - Folders for All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Search string.
                 *     - string - Folders where Name contains string (example: `website`)
                 *     - !string - Folders where Name does not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Folder ID
                 *     - name - Folder Name
                 *     - projectid - Project ID
                 */
                sortby?: "id" | "name" | "projectid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The folders (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "folders": [
                     *         {
                     *           "id": 3,
                     *           "name": "New Folder",
                     *           "projectid": 2,
                     *           "projectnumber": "ABC-00001",
                     *           "projecttitle": "Sample Project",
                     *           "contacts": [
                     *             {
                     *               "id": 1,
                     *               "name": "Amy Adams"
                     *             },
                     *             {
                     *               "id": 2,
                     *               "name": "Ben Brown"
                     *             },
                     *             {
                     *               "id": 3,
                     *               "name": "Cara Cole"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FolderList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addFolder: {
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
                 *       "projectid": 1,
                 *       "name": "New Folder",
                 *       "contacts": "1,2,3"
                 *     }
                 */
                "application/json": components["schemas"]["FolderAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Folder Added",
                     *       "details": [
                     *         {
                     *           "id": 80,
                     *           "name": "New Folder"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Custom Folder ID.
                 * @example 3
                 */
                folderid: components["parameters"]["folderid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The folder with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "folder": {
                     *         "id": 3,
                     *         "name": "New Folder",
                     *         "projectid": 2,
                     *         "projectnumber": "ABC-00001",
                     *         "projecttitle": "Sample Project",
                     *         "contacts": [
                     *           {
                     *             "id": 1,
                     *             "name": "Amy Adams"
                     *           },
                     *           {
                     *             "id": 2,
                     *             "name": "Ben Brown"
                     *           },
                     *           {
                     *             "id": 3,
                     *             "name": "Cara Cole"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FolderRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `number,title,company,status,totals,projectid,invoiceddate,duedate`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `customfield`: returns customfieldname and customfieldvalue
                 *     - `dates`: invoiced/due/paid
                 *     - `project`: project id/title/number
                 *     - `totals`: sub/tax/grand totals
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `company` → `companyid`, `companyname`; `project` → `projectid`, `projectnumber`, `projecttitle`; `dates` → `invoiceddate`, `duedate`, `paiddate`, `emaileddate`; `totals` → `subtotal`, `taxtotal`, `grandtotal`; `invoicedby` → `invoicedbyid`, `invoicedbyname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "totals"
                 *     ]
                 */
                fields?: (("apifields" | "company" | "customfield" | "dates" | "description" | "duedate" | "emaileddate" | "emailedto" | "invoicedby" | "invoiceddate" | "lastmodified" | "number" | "paiddate" | "project" | "purchaseordernumber" | "showcostbreakdown" | "status" | "taxable" | "taxrate" | "title" | "totals" | "none" | "projectid") | string)[];
                /**
                 * @description Sub Totals - specify required subtotals, if not specified then only Fields/Totals will be returned. Comma-separated, in the required grouping order (example: `company,month - return Sub Totals of Invoiced amounts for each combination of Company and Month.`). Only non-zero subtotals are returned.
                 *     Use the 'subtotalsdateoption' to specify whether to group by invoiced, due or paid date (if week is used then the 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' date will be used as the first day of the week).
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 *     IMPORTANT - To use date grouping options you must specify 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' depending on the option user for 'subtotalsdateoption'.
                 *     Paging options are not available if you are using the 'subtotals' option.
                 * @example [
                 *       "company",
                 *       "month"
                 *     ]
                 */
                subtotals?: ("company" | "project" | "status" | "day" | "week" | "month" | "year")[];
                /**
                 * @description Sub Totals Date Option - specify the date to group by when using a date option in the 'subtotals' option.
                 *     - invoiced - Group by Invoiced Date
                 *     - due - Group by Due Date
                 *     - paid - Group by Paid Date
                 */
                subtotalsdateoption?: "invoiced" | "due" | "paid";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID or List of Company IDs.
                 *     - companyid/s - Invoices in specified Company/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                companyid?: components["schemas"]["IdList"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Invoices in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Invoices due on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices due on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoice grandtotal.
                 *     - number - Invoice Invoice Grand Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Grand Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Grand Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                grandtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description List of Invoice IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Invoices with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Invoices with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoices created on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices created on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Invoices added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Manager.
                 *     - managerid/s - Contact ID or List of Contact IDs - Invoices in Projects managed by specified Contact/s (example: `1,2`)
                 *     - me - Invoices in Projects managed by Contact making request
                 * @example 1,2
                 */
                managerid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Invoices paid on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                paiddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices paid on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                paiddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Category ID or List of Project Category IDs.
                 *     - projectcategoryid/s - Invoices in Projects in specified Category/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                projectcategoryid?: components["schemas"]["IdList"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Invoices for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Project Status.
                 *     - active - Invoices in Active Projects
                 *     - complete - Invoices in Completed Projects
                 *     - all - Invoices in All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Search string.
                 *     - string - Invoices where Number or Title contains string (example: `website`)
                 *     - !string - Invoices where Number and Title do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Invoices where Number contains string (example: `website`)
                 *     - !string - Invoices where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search string.
                 *     - string - Invoices where Title contains string (example: `website`)
                 *     - !string - Invoices where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Invoice Status.
                 *     - paid - Paid Invoices
                 *     - unpaid - Unpaid Invoices
                 *     - all - All Invoices
                 */
                status?: "paid" | "unpaid" | "all";
                /**
                 * @description Invoice Sub Total.
                 *     - number - Invoice Sub Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Sub Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Sub Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                subtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Taxable status.
                 *     - true - Taxable Invoices
                 *     - false - Non-Taxable Invoices
                 *     - all - All Invoices
                 */
                taxable?: "true" | "false" | "all";
                /**
                 * @description Invoice Tax Total.
                 *     - number - Invoice Invoice Tax Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Tax Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Tax Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                taxtotal?: components["schemas"]["NumberComparison"];
                /** @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Paging options are not available if you are using the 'subtotals' option (then a 400). */
                pagenumber?: components["parameters"]["totalsPagenumber"];
                /** @description Page Size (must be used with `pagenumber`). (Paging options are not available if you are using the 'subtotals' option.) */
                pagesize?: components["parameters"]["totalsPagesize"];
                /**
                 * @description Sort field.
                 *     - companyname - Company Name
                 *     - duedate - Due Date
                 *     - id - Invoice ID
                 *     - invoiceddate - Invoiced Date
                 *     - number - Invoice Number
                 *     - title - Invoice Title
                 */
                sortby?: "companyname" | "duedate" | "id" | "invoiceddate" | "number" | "title";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoices (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "invoices": [
                     *         {
                     *           "id": 7,
                     *           "number": "INV-00001",
                     *           "title": "New Invoice",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "status": "unpaid",
                     *           "subtotal": 300,
                     *           "taxtotal": 37.5,
                     *           "grandtotal": 337.5,
                     *           "projectid": 2,
                     *           "invoiceddate": "2014-04-28",
                     *           "duedate": "2014-05-12"
                     *         }
                     *       ],
                     *       "total": 337.5
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addInvoice: {
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
                 *       "title": "New Invoice",
                 *       "number": "auto",
                 *       "description": "Invoice Description",
                 *       "contactid": 1,
                 *       "projectid": 2,
                 *       "lines": [
                 *         {
                 *           "type": "heading",
                 *           "name": "Redesign Work"
                 *         },
                 *         {
                 *           "type": "lineitem",
                 *           "name": "Line Item 1",
                 *           "quantity": 1,
                 *           "rate": 100,
                 *           "taxable": true
                 *         },
                 *         {
                 *           "type": "taskrate",
                 *           "name": "Task Rate",
                 *           "time": 60,
                 *           "rate": 100,
                 *           "taxable": false
                 *         },
                 *         {
                 *           "type": "staffrate",
                 *           "name": "Alex Trip",
                 *           "time": 60,
                 *           "rate": 100,
                 *           "taxable": false
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Invoice Added",
                     *       "details": [
                     *         {
                     *           "id": 90,
                     *           "number": "ABC-00002",
                     *           "title": "New Invoice"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "invoice": {
                     *         "id": 7,
                     *         "number": "INV-00001",
                     *         "title": "New Invoice",
                     *         "description": "Invoice Description",
                     *         "status": "unpaid",
                     *         "companyid": 1,
                     *         "companyname": "ABC Ltd",
                     *         "contactid": 5,
                     *         "projectid": 2,
                     *         "projectnumber": "ABC-00001",
                     *         "projecttitle": "Sample Project",
                     *         "invoiceddate": "2014-04-28",
                     *         "duedate": "2014-05-12",
                     *         "paiddate": null,
                     *         "emaileddate": null,
                     *         "emailedto": "",
                     *         "invoicedbyid": 1,
                     *         "invoicedbyname": "Amy Adams",
                     *         "purchaseordernumber": "",
                     *         "subtotal": 300,
                     *         "taxtotal": 37.5,
                     *         "grandtotal": 337.5,
                     *         "taxable": true,
                     *         "taxrate": 12.5,
                     *         "showcostbreakdown": true,
                     *         "discountvalue": 0,
                     *         "discountdescription": "Discount",
                     *         "terms": "Valid for 14 Days",
                     *         "contactname": "Adam West",
                     *         "address1": "10 Phantom Road",
                     *         "address2": "Fakeville",
                     *         "address3": "Pretend Town",
                     *         "city": "Somecity",
                     *         "state": "Somewhere",
                     *         "zipcode": "90210",
                     *         "country": "Someland",
                     *         "xero": "",
                     *         "customfield": "",
                     *         "lines": [
                     *           {
                     *             "id": 1,
                     *             "type": "heading",
                     *             "name": "Redesign Work",
                     *             "description": "",
                     *             "quantity": 0,
                     *             "rate": 0,
                     *             "time": 0,
                     *             "taxable": false,
                     *             "total": 0,
                     *             "displayorder": 1
                     *           },
                     *           {
                     *             "id": 2,
                     *             "type": "lineitem",
                     *             "name": "Line Item 1",
                     *             "description": "Line Item 1 Description",
                     *             "quantity": 1,
                     *             "rate": 100,
                     *             "time": 0,
                     *             "taxable": true,
                     *             "total": 100,
                     *             "displayorder": 2
                     *           }
                     *         ],
                     *         "lastmodified": "2014-04-28T10:00:00",
                     *         "apifields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        /** @description The reference's sample body is not valid JSON (a missing or trailing comma); the example is that sample, repaired. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "paid",
                 *       "discountvalue": 100,
                 *       "discountdescription": "Discount Description"
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Invoice Updated",
                     *       "details": [
                     *         {
                     *           "id": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Invoice Deleted",
                     *       "details": [
                     *         {
                     *           "id": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listInvoiceLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lines. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 3,
                     *       "totalcount": 3,
                     *       "lines": [
                     *         {
                     *           "id": 1,
                     *           "type": "heading",
                     *           "name": "Redesign Work",
                     *           "description": "",
                     *           "quantity": 0,
                     *           "rate": 0,
                     *           "time": 0,
                     *           "taxable": false,
                     *           "total": 0,
                     *           "displayorder": 1
                     *         },
                     *         {
                     *           "id": 2,
                     *           "type": "lineitem",
                     *           "name": "Line Item 1",
                     *           "description": "Line Item 1 Description",
                     *           "quantity": 1,
                     *           "rate": 100,
                     *           "time": 0,
                     *           "taxable": true,
                     *           "total": 100,
                     *           "displayorder": 2
                     *         },
                     *         {
                     *           "id": 3,
                     *           "type": "taskrate",
                     *           "name": "Task Rate",
                     *           "description": "",
                     *           "quantity": 0,
                     *           "rate": 100,
                     *           "time": 60,
                     *           "taxable": false,
                     *           "total": 100,
                     *           "displayorder": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceLineList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addInvoiceLines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        /** @description One object, or an array of up to 5,000 objects (inferred bound) to add several at once (images are not allowed in a batch). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceLineAdd"] | components["schemas"]["InvoiceLineAdd"][];
            };
        };
        responses: {
            /** @description Added: `details` lists the new records (one entry per item sent, in order). */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Line/s Added",
                     *       "details": [
                     *         {
                     *           "id": 100
                     *         },
                     *         {
                     *           "id": 101
                     *         },
                     *         {
                     *           "id": 102
                     *         },
                     *         {
                     *           "id": 103
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInvoiceLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
                /**
                 * @description Line ID.
                 * @example 2
                 */
                lineid: components["parameters"]["lineid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "line": {
                     *         "id": 2,
                     *         "type": "lineitem",
                     *         "name": "Line Item 1",
                     *         "description": "Line Item 1 Description",
                     *         "quantity": 1,
                     *         "rate": 100,
                     *         "time": 0,
                     *         "taxable": true,
                     *         "total": 100,
                     *         "displayorder": 2
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceLineRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editInvoiceLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
                /**
                 * @description Line ID.
                 * @example 2
                 */
                lineid: components["parameters"]["lineid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rate": 100,
                 *       "taxable": false
                 *     }
                 */
                "application/json": components["schemas"]["InvoiceLineEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Line Updated",
                     *       "details": [
                     *         {
                     *           "id": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteInvoiceLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
                /**
                 * @description Line ID.
                 * @example 2
                 */
                lineid: components["parameters"]["lineid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Line Deleted",
                     *       "details": [
                     *         {
                     *           "id": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markInvoicePaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "paiddate": "2014-04-28"
                 *     }
                 */
                "application/json": components["schemas"]["MarkAsPaid"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Invoice Updated",
                     *       "details": [
                     *         {
                     *           "id": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markInvoiceUnpaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Invoice ID.
                 * @example 7
                 */
                invoiceid: components["parameters"]["invoiceid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Invoice Updated",
                     *       "details": [
                     *         {
                     *           "id": 7
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listOverdueInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `number,title,company,projectid,invoiceddate,duedate,totals`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `dates`: invoiced/due/paid
                 *     - `project`: project id/title/number
                 *     - `totals`: sub/tax/grand totals
                 *     - `xero`: Staff only, requires Xero integration
                 *     - `none`: return only the Totals/Subtotals.
                 *     Composite members return these keys (inferred): `company` → `companyid`, `companyname`; `project` → `projectid`, `projectnumber`, `projecttitle`; `dates` → `invoiceddate`, `duedate`, `paiddate`, `emaileddate`; `totals` → `subtotal`, `taxtotal`, `grandtotal`; `invoicedby` → `invoicedbyid`, `invoicedbyname`.
                 * @example [
                 *       "number",
                 *       "title",
                 *       "totals"
                 *     ]
                 */
                fields?: (("apifields" | "company" | "dates" | "duedate" | "emaileddate" | "emailedto" | "grandtotal" | "invoicedby" | "invoiceddate" | "lastmodified" | "number" | "paiddate" | "project" | "purchaseordernumber" | "status" | "subtotal" | "taxable" | "taxtotal" | "title" | "totals" | "xero" | "none" | "projectid") | string)[];
                /**
                 * @description Sub Totals - specify required subtotals, if not specified then only Fields/Totals will be returned. Comma-separated, in the required grouping order (example: `company,month - return Sub Totals of Invoiced amounts for each combination of Company and Month.`). Only non-zero subtotals are returned.
                 *     Use the 'subtotalsdateoption' to specify whether to group by invoiced, due or paid date (if week is used then the 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' date will be used as the first day of the week).
                 *     NOTE - Only non-zero Sub Totals will be returned.
                 *     IMPORTANT - To use date grouping options you must specify 'invoiceddatefrom' or 'duedatefrom' or 'paiddatefrom' depending on the option user for 'subtotalsdateoption'.
                 *     Paging options are not available if you are using the 'subtotals' option.
                 * @example [
                 *       "company",
                 *       "month"
                 *     ]
                 */
                subtotals?: ("company" | "project" | "status" | "day" | "week" | "month" | "year")[];
                /**
                 * @description Sub Totals Date Option - specify the date to group by when using a date option in the 'subtotals' option.
                 *     - invoiced - Group by Invoiced Date
                 *     - due - Group by Due Date
                 *     - paid - Group by Paid Date
                 */
                subtotalsdateoption?: "invoiced" | "due" | "paid";
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Company ID or List of Company IDs.
                 *     - companyid/s - Invoices in specified Company/ies (example: `1,2,3`)
                 * @example 1,2,3
                 */
                companyid?: components["schemas"]["IdList"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Invoices in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Invoice grandtotal.
                 *     - number - Invoice Invoice Grand Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Grand Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Grand Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                grandtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Invoices with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Invoices with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Invoices created on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices created on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                invoiceddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Invoices added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Invoices added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Invoices for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Search string.
                 *     - string - Invoices where Number or Title contains string (example: `website`)
                 *     - !string - Invoices where Number and Title do not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Search string.
                 *     - string - Invoices where Number contains string (example: `website`)
                 *     - !string - Invoices where Number does not contain string (example: `!layout`)
                 * @example website
                 */
                searchnumber?: string;
                /**
                 * @description Search string.
                 *     - string - Invoices where Title contains string (example: `website`)
                 *     - !string - Invoices where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Invoice Sub Total.
                 *     - number - Invoice Sub Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Sub Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Sub Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                subtotal?: components["schemas"]["NumberComparison"];
                /**
                 * @description Taxable status.
                 *     - true - Taxable Invoices
                 *     - false - Non-Taxable Invoices
                 *     - all - All Invoices
                 */
                taxable?: "true" | "false" | "all";
                /**
                 * @description Invoice Tax Total.
                 *     - number - Invoice Invoice Tax Total is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Invoice Tax Total is GREATER THAN OR EQUAL to specified value (example: `gte3000.00`)
                 *     - ltenumber - Invoice Tax Total is LESS THAN OR EQUAL to specified value (example: `lte3000.00`)
                 * @example 3000.00
                 */
                taxtotal?: components["schemas"]["NumberComparison"];
                /** @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Paging options are not available if you are using the 'subtotals' option (then a 400). */
                pagenumber?: components["parameters"]["totalsPagenumber"];
                /** @description Page Size (must be used with `pagenumber`). (Paging options are not available if you are using the 'subtotals' option.) */
                pagesize?: components["parameters"]["totalsPagesize"];
                /**
                 * @description Sort field.
                 *     - id - Invoice ID
                 *     - number - Invoice Title
                 *     - title - Invoice Date
                 */
                sortby?: "id" | "number" | "title";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoices (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "invoices": [
                     *         {
                     *           "id": 7,
                     *           "number": "INV-00001",
                     *           "title": "New Invoice",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "projectid": 2,
                     *           "invoiceddate": "2014-04-28",
                     *           "duedate": "2014-05-12",
                     *           "subtotal": 300,
                     *           "taxtotal": 37.5,
                     *           "grandtotal": 337.5
                     *         }
                     *       ],
                     *       "total": 337.5
                     *     }
                     */
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    login: {
        parameters: {
            query?: {
                /**
                 * @description Account URL.
                 *     - string - Account URL (example: `https://proworkflow6.net/ABCInc`)
                 * @example https://proworkflow6.net/ABCInc
                 */
                url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user and account details (and the API key unless the owner disabled it). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "apikey": "11111-22222-33333-44444-55555",
                     *       "accounturl": "https://proworkflow6.net/ABCInc",
                     *       "plan": "Professional",
                     *       "currency": "USD",
                     *       "permissions": [],
                     *       "contact": {
                     *         "id": 1,
                     *         "email": "noreply@proworkflow.com",
                     *         "firstname": "Amy",
                     *         "lastname": "Adams",
                     *         "type": "staff"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Login"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "contact": {
                     *         "id": 1,
                     *         "firstname": "Amy",
                     *         "lastname": "Adams",
                     *         "type": "staff",
                     *         "companyid": 4,
                     *         "companyname": "Sample Agency",
                     *         "title": "CEO",
                     *         "email": "noreply@proworkflow.com",
                     *         "workphone": "0123 456 7890",
                     *         "mobilephone": "0123 456 7890",
                     *         "fax": "",
                     *         "address1": "10 Phantom Road",
                     *         "address2": "Fakeville",
                     *         "address3": "Pretend Town",
                     *         "city": "Somecity",
                     *         "state": "Somewhere",
                     *         "zipcode": "90210",
                     *         "country": "Someland",
                     *         "facebook": "",
                     *         "linkedin": "",
                     *         "twitter": "",
                     *         "image": "",
                     *         "allowlogin": true,
                     *         "username": "amy",
                     *         "latitude": 40.68906,
                     *         "longitude": -20.182721,
                     *         "locationtime": "2014-01-18T13:20:00",
                     *         "groups": [
                     *           {
                     *             "id": 1,
                     *             "name": "Design"
                     *           }
                     *         ],
                     *         "teams": [
                     *           {
                     *             "id": 1,
                     *             "name": "Studio"
                     *           }
                     *         ],
                     *         "roles": [
                     *           {
                     *             "id": 1,
                     *             "name": "Super User"
                     *           }
                     *         ],
                     *         "tags": [],
                     *         "lastmodified": "2014-01-18T13:20:00",
                     *         "apifields": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ContactRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editMe: {
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
                 *       "firstname": "Adam",
                 *       "lastname": "West"
                 *     }
                 */
                "application/json": components["schemas"]["MeEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Contact Updated",
                     *       "details": [
                     *         {
                     *           "id": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,content,originalmessageid,project,task,date,author,contacts,public,files`.
                 *     - `files`: returns list of any attached files
                 *     - `originalmessageid`: returns id of the message that started the discussion that this message replies to, returns blank string if this message started a new discussion
                 *     - `project`: includes id/number/title
                 *     - `public`: returns 'true' if message is public
                 *     - `task`: includes id/name
                 *     Composite members return these keys (inferred): `author` → `authorid`, `authorname`; `project` → `projectid`, `projectnumber`, `projecttitle`; `task` → `taskid`, `taskname`.
                 * @example [
                 *       "author",
                 *       "title",
                 *       "content"
                 *     ]
                 */
                fields?: ("author" | "contacts" | "content" | "date" | "files" | "originalmessageid" | "project" | "public" | "task" | "title")[];
                /**
                 * @description Contact Details.
                 *     - true - Return email, image, phone for contacts
                 *     - false - Do not return email, image, phone for contacts
                 */
                contactdetails?: boolean;
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Messages to/from specified Contact/s (example: `1,2`)
                 *     - me - Messages to/from Contact making request
                 *     - all - Messages for All Contacts
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Messages added on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                datefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Messages added on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                dateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Messages in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Message IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Messages with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Messages with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Original Message ID.
                 *     - originalmessageid - Messages in the discussion started by originalmessageid (example: `1`)
                 * @example 1
                 */
                originalmessageid?: components["schemas"]["Id"];
                /**
                 * @description Project ID or List of Project IDs.
                 *     - projectid/s - Project ID or List of Project IDs - Messages for specified Project/s (example: `1,2`)
                 * @example 1,2
                 */
                projectid?: components["schemas"]["IdList"];
                /**
                 * @description Project Status.
                 *     - active - Messages for Active Projects
                 *     - complete - Messages for Completed Projects
                 *     - all - Messages for All Projects
                 */
                projectstatus?: "active" | "complete" | "all";
                /**
                 * @description Search string.
                 *     - string - Messages where Title contains string (example: `website`)
                 *     - !string - Messages where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Task ID or List of Task IDs.
                 *     - taskid/s - Task ID or List of Task IDs - Messages for specified Task/s (example: `1,2`)
                 * @example 1,2
                 */
                taskid?: components["schemas"]["IdList"];
                /**
                 * @description Task Status.
                 *     - active - Messages for Active Tasks
                 *     - complete - Messages for Completed Tasks
                 *     - all - Messages for All Tasks
                 */
                taskstatus?: "active" | "complete" | "all";
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Message ID
                 *     - originalmessageid - Original Message ID
                 *     - date - Message Date
                 *     - projectid - Project ID
                 *     - taskid - Task ID
                 */
                sortby?: "id" | "originalmessageid" | "date" | "projectid" | "taskid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "messages": [
                     *         {
                     *           "id": 21,
                     *           "title": "New Message",
                     *           "content": "Message Content",
                     *           "originalmessageid": 21,
                     *           "projectid": 2,
                     *           "projectnumber": "ABC-00001",
                     *           "projecttitle": "Sample Project",
                     *           "taskid": null,
                     *           "taskname": "",
                     *           "date": "2014-03-20T13:00:00",
                     *           "authorid": 1,
                     *           "authorname": "Amy Adams",
                     *           "contacts": [
                     *             {
                     *               "id": 1,
                     *               "name": "Amy Adams"
                     *             },
                     *             {
                     *               "id": 5,
                     *               "name": "Adam West"
                     *             }
                     *           ],
                     *           "public": true,
                     *           "files": [
                     *             {
                     *               "id": 15,
                     *               "name": "filename.txt"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addMessage: {
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
                 *       "contacts": "1,2",
                 *       "projectid": 1,
                 *       "title": "New Message",
                 *       "content": "Message Content",
                 *       "fileid": "15"
                 *     }
                 */
                "application/json": components["schemas"]["MessageAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Message Added",
                     *       "details": [
                     *         {
                     *           "id": 110
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMessage: {
        parameters: {
            query?: {
                /**
                 * @description Return project contacts.
                 *     - true - Return project contacts
                 *     - false - Do not return project contacts
                 */
                projectcontacts?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Message ID.
                 * @example 21
                 */
                messageid: components["parameters"]["messageid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "message": {
                     *         "id": 21,
                     *         "title": "New Message",
                     *         "content": "Message Content",
                     *         "originalmessageid": 21,
                     *         "date": "2014-03-20T13:00:00",
                     *         "authorid": 1,
                     *         "authorname": "Amy Adams",
                     *         "projectid": 2,
                     *         "projectnumber": "ABC-00001",
                     *         "projecttitle": "Sample Project",
                     *         "taskid": null,
                     *         "taskname": "",
                     *         "public": true,
                     *         "notifications": true,
                     *         "contacts": [
                     *           {
                     *             "id": 1,
                     *             "name": "Amy Adams"
                     *           },
                     *           {
                     *             "id": 5,
                     *             "name": "Adam West"
                     *           }
                     *         ],
                     *         "files": [
                     *           {
                     *             "id": 15,
                     *             "name": "filename.txt"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MessageRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Message ID.
                 * @example 21
                 */
                messageid: components["parameters"]["messageid"];
            };
            cookie?: never;
        };
        /** @description The reference shows no sample body for this call; the example is built from its parameter list. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contacts": "1,2",
                 *       "public": false
                 *     }
                 */
                "application/json": components["schemas"]["MessageEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Message Updated",
                     *       "details": [
                     *         {
                     *           "id": 21
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Message ID.
                 * @example 21
                 */
                messageid: components["parameters"]["messageid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Message Deleted",
                     *       "details": [
                     *         {
                     *           "id": 21
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,content,category`.
                 *     Composite members return these keys (inferred): `category` → `categoryid`, `categoryname`.
                 * @example [
                 *       "title",
                 *       "content"
                 *     ]
                 */
                fields?: ("content" | "category" | "contacts" | "date" | "lastmodified" | "title")[];
                /**
                 * @description Contact Details.
                 *     - true - Return email, image, phone for contacts
                 *     - false - Do not return email, image, phone for contacts
                 */
                contactdetails?: boolean;
                /**
                 * @description Category ID or List of Category IDs.
                 *     - categoryid/s - Category ID or List of Category IDs - Notes for specified Category/ies (example: `1,2`)
                 * @example 1,2
                 */
                categoryid?: components["schemas"]["IdList"];
                /**
                 * @description Contacts.
                 *     - contactid/s - Contact ID or List of Contact IDs - Notes for specified Contact/s (example: `1,2`)
                 *     - me - Notes for Contact making request
                 *     - all - Notes for All Contacts
                 * @example 1,2
                 */
                contacts?: components["schemas"]["ContactSelector"];
                /**
                 * @description Notes added on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                datefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Notes added on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                dateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Division ID.
                 *     - divisionid - Notes for specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description List of Note IDs.
                 *     - id/s - ID (example: `1,2,3,4`)
                 * @example 1,2,3,4
                 */
                id?: components["schemas"]["IdList"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Notes with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Notes with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Notes added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Notes added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Search string.
                 *     - string - Notes where Title contains string (example: `website`)
                 *     - !string - Notes where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                search?: string;
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - Note ID
                 *     - title - Note Title
                 *     - date - Note Date
                 */
                sortby?: "id" | "title" | "date";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "notes": [
                     *         {
                     *           "id": 3,
                     *           "title": "New Note",
                     *           "content": "Note Description",
                     *           "categoryid": 1,
                     *           "categoryname": "General"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NoteList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addNote: {
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
                 *       "title": "New Note",
                 *       "content": "Note Description",
                 *       "categoryid": 1,
                 *       "contacts": "1,2,3"
                 *     }
                 */
                "application/json": components["schemas"]["NoteAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Added",
                     *       "details": [
                     *         {
                     *           "id": 32
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Note ID (a note of the Notes section).
                 * @example 4
                 */
                noteid: components["parameters"]["noteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note with all its fields. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "note": {
                     *         "id": 4,
                     *         "title": "",
                     *         "content": "Example Content",
                     *         "date": "2014-03-21T09:30:00",
                     *         "categoryid": null,
                     *         "categoryname": "",
                     *         "contacts": [],
                     *         "authorid": 1,
                     *         "authorname": "Amy Adams",
                     *         "lastmodified": "2014-03-21T09:30:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["NoteRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    editNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Note ID (a note of the Notes section).
                 * @example 4
                 */
                noteid: components["parameters"]["noteid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Note",
                 *       "content": "Note Description"
                 *     }
                 */
                "application/json": components["schemas"]["NoteEdit"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Updated",
                     *       "details": [
                     *         {
                     *           "id": 4
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Note ID (a note of the Notes section).
                 * @example 4
                 */
                noteid: components["parameters"]["noteid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Note Deleted",
                     *       "details": [
                     *         {
                     *           "id": 4
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProjectRequests: {
        parameters: {
            query?: {
                /**
                 * @description Fields to return. Comma-separated; `id` is always returned. Default: `title,company,client,recipient,dates`.
                 *     - `apifieldX`: returns API Field ID X, specify for each required Field
                 *     - `apifields`: returns all API Fields
                 *     - `customfields`: Advanced plan only
                 *     - `customform`: Advanced plan only
                 *     - `dates`: returns start/due/submitted
                 *     - `recipient`: Advanced plan only
                 *     - `template`: Advanced plan only
                 *     Composite members return these keys (inferred): `client` → `clientid`, `clientname`; `company` → `companyid`, `companyname`; `customform` → `customformtitle`, `customformcontent`; `dates` → `startdate`, `duedate`, `submitteddate`; `recipient` → `recipientid`, `recipientname`; `template` → `templateid`, `templatename`.
                 * @example [
                 *       "title",
                 *       "company",
                 *       "description"
                 *     ]
                 */
                fields?: (("apifields" | "budget" | "client" | "company" | "customfields" | "customform" | "dates" | "description" | "duedate" | "files" | "lastmodified" | "recipient" | "startdate" | "submitteddate" | "template" | "title") | string)[];
                /**
                 * @description API Field Value/s.
                 *     - apifieldid,string - An API Field ID and String separated by a comma: records where the field contains the string (example: `2,Europe`)
                 *     - Multiple API Field ID and String pairs separated by two pipe characters (example: `2,Europe||3,Industrial||3,Commercial`). The same API Field ID can be passed more than once to search for multiple values if `apifieldsmode` is `any`.
                 * @example 2,Europe
                 */
                apifields?: components["parameters"]["apifields"];
                /**
                 * @description Mode used for the apifields parameter.
                 *     - any - records where ANY of the specified apifields match
                 *     - all - records where ALL of the specified apifields match
                 */
                apifieldsmode?: components["parameters"]["apifieldsmode"];
                /**
                 * @description Requests where Budget matches criteria.
                 *     - number - Budget is EXACTLY the specified value (example: `3000.00`)
                 *     - gtenumber - Budget is GREATER THAN OR EQUAL to specified value (example: `gte3000`)
                 *     - ltenumber - Budget is LESS THAN OR EQUAL to specified value (example: `lte3000`)
                 * @example 3000.00
                 */
                budget?: components["schemas"]["NumberComparison"];
                /**
                 * @description Client ID.
                 *     - contactid/s - Contact ID or List of Contact IDs - Requests made by any of the specified Contact/s (example: `1,2`)
                 *     - !contactid/s - Contact ID or List of Contact IDs - Requests NOT made by any of the specified Contact/s (example: `!1,2`)
                 *     - me - Requests made by Contact making request
                 *     - all - All Requests
                 * @example 1,2
                 */
                clientid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Client Type (Advanced plan only).
                 *     - external - External Project Requests
                 *     - internal - Internal Project Requests
                 *     - all - All Project Requests
                 */
                clienttype?: "external" | "internal" | "all";
                /**
                 * @description Company ID.
                 *     - companyid/s - Requests in specified Company/ies (example: `1,2,3`)
                 *     - !companyid/s - Requests NOT for specified Company/ies (example: `!1,2`)
                 * @example 1,2,3
                 */
                companyid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Custom Field Value/s (Advanced plan only).
                 *     - customfieldid,string - A Custom Field ID and String separated by a comma (example: `2,Europe`)
                 *     - Multiple pairs separated by two pipe characters (example: `2,Europe||3,Industrial`).
                 * @example 2,Europe
                 */
                customfields?: components["parameters"]["customfields"];
                /**
                 * @description Mode used for the customfields parameter.
                 *     - any - records where ANY of the specified customfields match
                 *     - all - records where ALL of the specified customfields match
                 */
                customfieldsmode?: components["parameters"]["customfieldsmode"];
                /**
                 * @description Division ID (Advanced plan only).
                 *     - divisionid - Requests in specified Division (example: `1`)
                 * @example 1
                 */
                divisionid?: components["schemas"]["Id"];
                /**
                 * @description Requests with due date on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Requests with due date on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                duedateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Records with ID greater than or equal to this value (the reference says "less than or equal": read as the lower bound).
                 *     Reference text: "Requests with ID less than or equal to this value."
                 * @example 1
                 */
                idfrom?: components["schemas"]["Id"];
                /**
                 * @description Records with ID less than or equal to this value (the reference says "greater than or equal": read as the upper bound).
                 *     Reference text: "Requests with ID greater than or equal to this value."
                 * @example 1
                 */
                idto?: components["schemas"]["Id"];
                /**
                 * @description Requests added/edited on or after this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedfrom?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Requests added/edited on or before this date.
                 *     - Specific date & time - Date in ISO8601 (yyyy-mm-ddThh:mm) format (example: `2014-01-18T13:20`)
                 *     - Xn/h/d/w/m - X minutes/hours/days/weeks/months ago (example: `12h`)
                 * @example 2014-01-18T13:20
                 */
                lastmodifiedto?: components["schemas"]["DateTimeOrAgo"];
                /**
                 * @description Recipient ID (Advanced plan only).
                 *     - recipientid/s - Contact ID or List of Contact IDs - Requests submitted to any of the specified Contact/s
                 *     - !recipientid/s - Contact ID or List of Contact IDs - Requests NOT submitted to any of the specified Contact/s
                 *     - me - Requests submitted to Contact making request
                 *     - all - All Requests
                 */
                recipientid?: components["schemas"]["ContactSelector"];
                /**
                 * @description Search Custom Form (Advanced plan only).
                 *     - string - Requests where Custom Form contains string (example: `website`)
                 *     - !string - Requests where Custom Form does not contain string (example: `!layout`)
                 * @example website
                 */
                searchcustomform?: string;
                /**
                 * @description Search Description.
                 *     - string - Requests where Description contains string (example: `website`)
                 *     - !string - Requests where Description does not contain string (example: `!layout`)
                 * @example website
                 */
                searchdescription?: string;
                /**
                 * @description Search Title.
                 *     - string - Requests where Title contains string (example: `website`)
                 *     - !string - Requests where Title does not contain string (example: `!layout`)
                 * @example website
                 */
                searchtitle?: string;
                /**
                 * @description Requests with start date on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Requests with start date on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                startdateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Requests submitted on or after this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                submitteddatefrom?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Requests submitted on or before this date.
                 *     - Specific date - Date in yyyy-mm-dd format (example: `2014-01-18`)
                 *     - Relative date - +/-Xd/w/m/y (example: `-3w` (3 weeks ago), `+1m` (1 month ahead))
                 * @example 2014-01-18
                 */
                submitteddateto?: components["schemas"]["DateOrRelative"];
                /**
                 * @description Project Template ID (Advanced plan only).
                 *     - templateid/s - Requests using specified Template IDs (example: `1,2,3`)
                 *     - !templateid/s - Requests NOT using specified Template IDs (example: `!1,2`)
                 * @example 1,2,3
                 */
                templateid?: components["schemas"]["NegatableIdList"];
                /**
                 * @description Page Number, 1-based (must be used with `pagesize`) to return a subset of the records. Example: `pagenumber=2&pagesize=10` returns records 11-20. Sending only one of the two is a 400. Without paging at most 5,000 records are returned.
                 * @example 1
                 */
                pagenumber?: components["parameters"]["pagenumber"];
                /**
                 * @description Page Size (must be used with `pagenumber`).
                 * @example 10
                 */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description Sort field.
                 *     - id - ID
                 *     - title - Title
                 *     - startdate - Start Date
                 *     - duedate - Due Date
                 *     - submitteddate - Submitted Date
                 *     - companyid - Company ID
                 */
                sortby?: "id" | "title" | "startdate" | "duedate" | "submitteddate" | "companyid";
                /**
                 * @description Sort order.
                 *     - asc - Ascending
                 *     - desc - Descending
                 */
                sortorder?: components["parameters"]["sortorder"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projectrequests (the example shows the default fields). */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "count": 1,
                     *       "totalcount": 1,
                     *       "projectrequests": [
                     *         {
                     *           "id": 4,
                     *           "title": "Sample Request",
                     *           "companyid": 1,
                     *           "companyname": "ABC Ltd",
                     *           "clientid": 5,
                     *           "clientname": "Adam West",
                     *           "recipientid": 1,
                     *           "recipientname": "Amy Adams",
                     *           "startdate": "2014-04-18",
                     *           "duedate": "2014-04-28",
                     *           "submitteddate": "2014-04-11"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectRequestList"];
                };
            };
            400: components["responses"]["PagingError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addProjectRequest: {
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
                 *       "title": "Sample Request",
                 *       "description": "Sample Request Description",
                 *       "contactid": 1,
                 *       "startdate": "2014-04-18",
                 *       "duedate": "2014-04-28",
                 *       "customfields": [
                 *         {
                 *           "id": 1,
                 *           "value": "Europe"
                 *         },
                 *         {
                 *           "id": 2,
                 *           "value": "Industrial"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ProjectRequestAdd"];
            };
        };
        responses: {
            /** @description Added: `details` lists the new record. */
            201: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "Success",
                     *       "message": "Project Request Added",
                     *       "details": [
                     *         {
                     *           "id": 120,
                     *           "title": "Sample Request"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Added"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
