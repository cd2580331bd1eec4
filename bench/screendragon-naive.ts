/**
 * The comparison for `npm run bench:screendragon`: the same Screendragon mock (same engine, adapter, seed and data),
 * except that daily resourcing is answered the naive way — every row built as an object in one array, then one
 * `JSON.stringify` of the whole response, sent in one piece. Loopback only.
 *
 *   node --import tsx bench/screendragon-naive.ts --port <n> --rows <n>
 */
import { parseArgs } from 'node:util'
import { createMockServer, listen } from '../src/adapters/node-server.ts'
import { createEngine } from '../src/core/engine.ts'
import type { Handler } from '../src/core/plugin.ts'
import { json } from '../src/core/responses.ts'
import { screendragon } from '../mocks/screendragon/index.ts'
import { MAX_DAILY_ROWS } from '../mocks/screendragon/handlers/daily-resourcing.ts'
import type { SdState } from '../mocks/screendragon/state.ts'
import { dateOf, dayOf, isWorkingDay, localStamp } from '../mocks/screendragon/time.ts'

const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, rows: { type: 'string', default: String(MAX_DAILY_ROWS) } },
})

/** Every row as an object, all in one array, then one JSON.stringify: what the streamed handler avoids. */
const naiveDailyResourcing: Handler<SdState> = (ctx) => {
  const { state } = ctx
  const guests = ctx.query.includeGuestUsers === 'true'
  const table: Record<string, unknown>[] = []
  outer: for (const b of state.bookings.all()) {
    const user = state.users.get(b.userId)
    if (!user || (user.guest && !guests)) continue
    for (let day = dayOf(b.start); day <= dayOf(b.end); day++) {
      if (!isWorkingDay(day)) continue
      table.push({
        'project id#': b.projectId,
        'USER id#': b.userId,
        'FULL NAME': `${user.firstName} ${user.lastName}`,
        'resourced role': b.role,
        'task id#': b.taskId,
        'task NAME': state.events.get(b.eventId)?.name ?? '',
        'hours resourced': b.hoursPerDay,
        'cost resourced': Math.round(b.hoursPerDay * b.costRate * 100) / 100,
        'date resourced': dateOf(day),
        resourceitemid: b.id,
        deleted: 0,
        datetimestamp: localStamp(b.savedAt),
      })
      if (table.length >= MAX_DAILY_ROWS) break outer
    }
  }
  if (table.length === 0) return json(400, { error: 'No data.' })
  return json(200, { dataInfo: { Tables: table } })
}

const plugin = { ...screendragon, handlers: { ...screendragon.handlers, getDailyResourcing: naiveDailyResourcing } }
const engine = createEngine(plugin, {
  seed: 1,
  options: { dailyResourcingRows: Number(values.rows), rateLimit: 1_000_000_000 },
})
const server = createMockServer([{ prefix: '', engine }])
const url = await listen(server, Number(values.port), '127.0.0.1')
console.log(`naive server listening on ${url}`)
const stop = () => {
  server.closeAllConnections()
  server.close(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
