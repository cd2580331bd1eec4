/**
 * Serves the ACME Rooms mock over HTTP: `npx tsx examples/acme-rooms/serve.ts` (PORT=0 picks a free port).
 * Options come from the environment as text, e.g. `ACME_ROOMS_RATE_LIMIT=5`; the engine parses and checks them.
 */
import { startServer } from 'scheduling-api-mocks'
import { acmeRooms } from './plugin.ts'

const env = process.env
const server = await startServer({
  apis: [acmeRooms],
  port: Number(env.PORT ?? 4010),
  // Per API id; unset variables are skipped, so the defaults stay.
  options: {
    [acmeRooms.id]: {
      username: env.ACME_ROOMS_USERNAME,
      password: env.ACME_ROOMS_PASSWORD,
      rateLimit: env.ACME_ROOMS_RATE_LIMIT,
      rooms: env.ACME_ROOMS_ROOMS,
    },
  },
})

for (const engine of server.engines) {
  const base = `${server.url}${server.prefixes[engine.id]}`
  console.log(`${engine.title} at ${base}`)
  for (const line of engine.plugin.banner(base, engine.options)) console.log(`  ${line}`)
  const missing = engine.missingHandlers()
  if (missing.length) console.warn(`  warning: no handler for ${missing.join(', ')}`)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
