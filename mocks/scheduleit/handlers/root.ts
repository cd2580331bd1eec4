/** The API root and the read-only labels. */
import type { Handler } from '../../../src/core/plugin.ts'
import { json } from '../../../src/core/responses.ts'
import { LABELS, getRecord, listRecords } from '../data-sets.ts'
import type { SiState } from '../state.ts'

/**
 * GET /api/ — "Within our API we use Hypermedia to allow you to explore the API" (000 line 10). The body is not
 * documented: a HAL `_links` index of the data sets is inferred.
 */
const getApiRoot: Handler<SiState> = (ctx) => {
  const href = (path: string) => ({ href: `${ctx.baseUrl}/api/${path}` })
  return json(200, {
    _links: {
      self: href(''),
      events: href('events'),
      resources: href('resources'),
      groups: href('groups'),
      labels: href('labels'),
    },
  })
}

/** GET /api/labels (third-party). */
const listLabels: Handler<SiState> = (ctx) => listRecords(LABELS, ctx)

/** GET /api/labels/{id} (third-party). */
const getLabel: Handler<SiState> = (ctx) => getRecord(LABELS, ctx)

export const rootHandlers = { getApiRoot, listLabels, getLabel }
