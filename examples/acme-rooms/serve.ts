/**
 * Serves the ACME Rooms mock with the package's `serve` command: `npx tsx examples/acme-rooms/serve.ts --port 0`.
 * Its declared options are flags and variables (`--acme-rooms-rate-limit 5` or `ACME_ROOMS_RATE_LIMIT=5`), described
 * by `--help`; a bad value gets one line saying what the option takes.
 */
import { serveCommand } from 'scheduling-api-mocks/node'
import { acmeRooms } from './plugin.ts'

await serveCommand([acmeRooms])
