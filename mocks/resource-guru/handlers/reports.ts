/**
 * Reports v1 (deprecated; 001 "Reports – v1 (deprecated)", 3404-3670) and v2 (001 "Reports – v2", 3671-4111), computed
 * from the store for the requested range on every request. 001 renders most report bodies collapsed, so the arithmetic
 * is the mock's reading of the field names; every inference is marked where it is made and listed in NOTES.md (Reports
 * part). The numbers (reporting/arithmetic.ts) are kept apart from the wire shapes (reporting/v1.ts and v2.ts) so they
 * can be checked on their own; the handlers only find the record asked for and compose the two.
 */
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import type { Collection } from '../../../src/store/collection.ts'
import { idOf, type Ctx } from '../common.ts'
import { clientOf, live, projectOf, scopeOf, type Scope } from '../reporting/scope.ts'
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
import type { RgState } from '../state.ts'

const report =
  (body: (scope: Scope, ctx: Ctx) => unknown): Handler<RgState> =>
  (ctx) =>
    json(200, body(scopeOf(ctx), ctx))

/** Id 0 of the v1 client and project reports stands for bookings with none (001 3456-3458, 3531-3533). */
const liveOrNone = <T extends { id: number; deleted?: boolean }>(
  collection: Collection<T>,
  id: number,
): T | undefined => (id === 0 ? undefined : live(collection, id))

/** Reports v1 and v2. */
export const reportHandlers: Record<string, Handler<RgState>> = {
  getProjectsReportV1: report(projectsReportV1),
  getProjectReportV1: report((scope, ctx) => projectReportV1(scope, liveOrNone(scope.data.projects, idOf(ctx)))),
  getClientsReportV1: report(clientsReportV1),
  getClientReportV1: report((scope, ctx) => clientReportV1(scope, liveOrNone(scope.data.clients, idOf(ctx)))),
  getResourcesReportV1: report(resourcesReportV1),
  getResourceReportV1: report((scope, ctx) => resourceReportV1(scope, scope.data.resources.require(idOf(ctx)))),
  getResourcesReportV2: report(resourcesReportV2),
  getResourceReportV2: report((scope, ctx) => resourceReportV2(scope, scope.data.resources.require(idOf(ctx)))),
  getClientsReportV2: report(clientsReportV2),
  getClientReportV2: report((scope, ctx) => clientReportV2(scope, live(scope.data.clients, idOf(ctx)))),
  getUnassignedClientsReportV2: report((scope) => unassignedReportV2(scope, clientOf)),
  getProjectsReportV2: report(projectsReportV2),
  getProjectReportV2: report((scope, ctx) => projectReportV2(scope, live(scope.data.projects, idOf(ctx)))),
  getUnassignedProjectsReportV2: report((scope) => unassignedReportV2(scope, projectOf)),
}
