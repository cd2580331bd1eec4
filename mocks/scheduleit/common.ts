/**
 * The types every ScheduleIt handler module shares: a handler typed from its operation in the spec, the group builder
 * that types one module's handlers, the context of any operation (for helpers several handlers share) and the spec's
 * component schemas the presenters return.
 */
import { handlerGroup, type Handler, type HandlerContext, type UntypedOperation } from '../../src/core/plugin.ts'
import type { components, operations } from '../../specs/scheduleit/openapi.gen.ts'
import type { SiOptions } from './defaults.ts'
import type { SiState } from './state.ts'

/** The context of any operation (for helpers several handlers share). */
export type Ctx = HandlerContext<SiState, UntypedOperation, SiOptions>

/** The handler of one operation, typed from the spec. */
export type SiHandler<K extends keyof operations> = Handler<SiState, operations[K], SiOptions>

/** Some of the handlers, each typed from its operation (see `defineHandlers` in index.ts for the whole set). */
export const siHandlers = handlerGroup<operations, SiState, SiOptions>()

/** The spec's component schemas (response bodies and form bodies). */
export type Schemas = components['schemas']

/** The declared query parameters of an operation, as the spec types them. */
export type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>
