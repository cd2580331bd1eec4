/**
 * `npm run contract -- --api <id> --base-url <url> [--mode stateful|stateless] [--junit <file>] [--allow-429] [--write]`
 * (see contracts/README.md). The machinery is in src/contract/cli.ts; this only says where the suites are.
 */
import { fileURLToPath } from 'node:url'
import { runContractCli } from '../src/contract/cli.ts'

process.exitCode = await runContractCli(process.argv.slice(2), {
  contractsDir: fileURLToPath(new URL('.', import.meta.url)),
  root: fileURLToPath(new URL('..', import.meta.url)),
})
