// The bench's ceiling: a bare node:http server that replays, byte for byte, the status, headers and body that our
// mock server returned for each benchmarked URL (captured by bench/run.ts). No routing beyond one Map lookup.
// Usage: node bench/bare-server.mjs <fixtures.json> <port>   (listens on 127.0.0.1 only)
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const [file, portArg] = process.argv.slice(2)
if (!file || !portArg) {
  console.error('usage: node bench/bare-server.mjs <fixtures.json> <port>')
  process.exit(2)
}
/** @type {Record<string, {status: number, headers: [string, string][], body: string}>} */
const fixtures = JSON.parse(readFileSync(file, 'utf8'))
const routes = new Map()
for (const [url, f] of Object.entries(fixtures))
  routes.set(url, { status: f.status, headers: f.headers.flat(), body: Buffer.from(f.body, 'base64') })

const server = createServer((req, res) => {
  const route = routes.get(req.url)
  if (!route) {
    res.writeHead(404, { 'content-length': '0' })
    res.end()
    return
  }
  res.writeHead(route.status, route.headers)
  res.end(route.body)
})
server.listen(Number(portArg), '127.0.0.1', () => console.log(`bare server listening on http://127.0.0.1:${portArg}`))
const stop = () => {
  server.closeAllConnections()
  server.close(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
