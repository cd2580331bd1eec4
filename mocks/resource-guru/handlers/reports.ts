/**
 * Reports v1 (deprecated; 001 "Reports – v1 (deprecated)", 3404-3670) and v2 (001 "Reports – v2", 3671-4111), computed
 * from the store for the requested range on every request. 001 renders most report bodies collapsed, so the arithmetic
 * is the mock's reading of the field names; every inference is marked where it is made and listed in NOTES.md (Reports
 * part). The numbers (reporting/arithmetic.ts) are kept apart from the wire shapes (reporting/v1.ts and v2.ts) so they
 * can be checked on their own; the handlers only find the record asked for and compose the two, each body checked by
 * `ctx.json` against its operation's documented report.
 */
import type { Collection } from '../../../src/store/collection.ts'
import { idOf, rgHandlers } from '../common.ts'
import { clientOf, live, projectOf, scopeOf } from '../reporting/scope.ts'
import {
  clientReportV1,
  clientsReportV1,
  projectReportV1,
  projectsReportV1,
  resourceReportV1,
  resourcesReportV1,
} from '../reporting/v1.ts'
import {
  clientReportV2,
  clientsReportV2,
  projectReportV2,
  projectsReportV2,
  resourceReportV2,
  resourcesReportV2,
  unassignedReportV2,
} from '../reporting/v2.ts'

/** Id 0 of the v1 client and project reports stands for bookings with none (001 3456-3458, 3531-3533). */
const liveOrNone = <T extends { id: number; deleted?: boolean }>(
  collection: Collection<T>,
  id: number,
): T | undefined => (id === 0 ? undefined : live(collection, id))

// The scope comes first in each handler: an invalid range is answered before an unknown record.

/** Reports v1 and v2. */
export const reportHandlers = rgHandlers({
  getProjectsReportV1: (ctx) => ctx.json(200, projectsReportV1(scopeOf(ctx))),
  getProjectReportV1: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, projectReportV1(scope, liveOrNone(scope.data.projects, idOf(ctx))))
  },
  getClientsReportV1: (ctx) => ctx.json(200, clientsReportV1(scopeOf(ctx))),
  getClientReportV1: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, clientReportV1(scope, liveOrNone(scope.data.clients, idOf(ctx))))
  },
  getResourcesReportV1: (ctx) => ctx.json(200, resourcesReportV1(scopeOf(ctx))),
  getResourceReportV1: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, resourceReportV1(scope, scope.data.resources.require(idOf(ctx))))
  },
  getResourcesReportV2: (ctx) => ctx.json(200, resourcesReportV2(scopeOf(ctx))),
  getResourceReportV2: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, resourceReportV2(scope, scope.data.resources.require(idOf(ctx))))
  },
  getClientsReportV2: (ctx) => ctx.json(200, clientsReportV2(scopeOf(ctx))),
  getClientReportV2: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, clientReportV2(scope, live(scope.data.clients, idOf(ctx))))
  },
  getUnassignedClientsReportV2: (ctx) => ctx.json(200, unassignedReportV2(scopeOf(ctx), clientOf)),
  getProjectsReportV2: (ctx) => ctx.json(200, projectsReportV2(scopeOf(ctx))),
  getProjectReportV2: (ctx) => {
    const scope = scopeOf(ctx)
    return ctx.json(200, projectReportV2(scope, live(scope.data.projects, idOf(ctx))))
  },
  getUnassignedProjectsReportV2: (ctx) => ctx.json(200, unassignedReportV2(scopeOf(ctx), projectOf)),
})
