/** `npm start`: serves every registered mock (see `npm start -- --help`). */
import { main } from '../src/cli/serve.ts'
import { registry } from './index.ts'

await main(registry)
