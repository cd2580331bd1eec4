/**
 * Every vendor API, loadable on demand: `serve` parses options and prints `--help` from this list and imports a
 * vendor's module (spec, handlers, seed) only when that API is served. Bundlers split each `import()` into its own
 * chunk, so one vendor's code and spec never load with another's.
 */
import type { ApiEntry } from '../src/core/plugin.ts'
import { PROWORKFLOW, PROWORKFLOW_OPTIONS } from './proworkflow/defaults.ts'
import { RESOURCE_GURU, RESOURCE_GURU_OPTIONS } from './resource-guru/defaults.ts'
import { SCHEDULEIT, SCHEDULEIT_OPTIONS } from './scheduleit/defaults.ts'
import { SCREENDRAGON, SCREENDRAGON_OPTIONS } from './screendragon/defaults.ts'

export const API_IDS = ['resource-guru', 'proworkflow', 'scheduleit', 'screendragon'] as const

/** One of the vendor APIs this package mocks. */
export type ApiId = (typeof API_IDS)[number]

export const catalog: Record<ApiId, ApiEntry> = {
  'resource-guru': {
    ...RESOURCE_GURU,
    options: RESOURCE_GURU_OPTIONS,
    load: () => import('./resource-guru/index.ts').then((m) => m.resourceGuru),
  },
  proworkflow: {
    ...PROWORKFLOW,
    options: PROWORKFLOW_OPTIONS,
    load: () => import('./proworkflow/index.ts').then((m) => m.proworkflow),
  },
  scheduleit: {
    ...SCHEDULEIT,
    options: SCHEDULEIT_OPTIONS,
    load: () => import('./scheduleit/index.ts').then((m) => m.scheduleit),
  },
  screendragon: {
    ...SCREENDRAGON,
    options: SCREENDRAGON_OPTIONS,
    load: () => import('./screendragon/index.ts').then((m) => m.screendragon),
  },
}

export const isApiId = (value: string): value is ApiId => (API_IDS as readonly string[]).includes(value)
