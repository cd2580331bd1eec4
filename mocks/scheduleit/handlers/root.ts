/** The API root and the read-only labels. */
import { siHandlers, type SiHandler } from '../common.ts'
import { LABELS, getRecord, listRecords } from '../data-sets.ts'

/**
 * GET /api/ — "Within our API we use Hypermedia to allow you to explore the API" (000 line 10). The body is not
 * documented: a HAL `_links` index of the data sets is inferred.
 */
const getApiRoot: SiHandler<'getApiRoot'> = (ctx) => {
  const href = (path: string) => ({ href: `${ctx.baseUrl}/api/${path}` })
  return ctx.json(200, {
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
const listLabels: SiHandler<'listLabels'> = (ctx) =>
  ctx.json(200, { _embedded: { labels: { _embedded: { data: listRecords(LABELS, ctx) } } } })

/** GET /api/labels/{id} (third-party). */
const getLabel: SiHandler<'getLabel'> = (ctx) => getRecord(LABELS, ctx)

export const rootHandlers = siHandlers({ getApiRoot, listLabels, getLabel })
