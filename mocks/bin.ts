#!/usr/bin/env node
/** The `scheduling-api-mocks` command (also `npm start` and `npm run contract` in this repository). */
import { readFileSync } from 'node:fs'
import { main } from '../src/cli/main.ts'
import { contractSuites } from '../contracts/catalog.ts'
import { catalog } from './catalog.ts'

// package.json is one level up both from mocks/bin.ts and from dist/bin.js.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

await main({ name: 'scheduling-api-mocks', version, catalog, contract: { suites: contractSuites(import.meta.url) } })
