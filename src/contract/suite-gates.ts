/**
 * Whether a test may send its request to this target at all. A gate answers with the reason to skip, which the report
 * shows, so a run against a live API says what it left out instead of writing, or provoking errors, unasked.
 */
import type { Operation } from '../spec/openapi.ts'
import type { ContractPlan, Effect, PlanStep } from './plan.ts'
import type { Vars } from './request-builder.ts'
import { isMock, type TargetInfo } from './target.ts'

export const defaultEffect = (op: Operation): Effect => (op.method === 'GET' || op.method === 'HEAD' ? 'read' : 'write')

/** Why a request with this effect may not be sent to this target, if it may not. */
export function effectGate(effect: Effect, target: TargetInfo): string | undefined {
  if (effect === 'read') return undefined
  if (effect === 'shared' && !isMock(target.kind)) {
    return 'changes records this run did not create (or has effects outside the API): runs against a mock only'
  }
  if (!target.writes) return 'sends a write: pass --write to allow writes on a remote API'
  return undefined
}

export function missing(step: Pick<PlanStep, 'needs'> | undefined, vars: Vars): string | undefined {
  const absent = (step?.needs ?? []).filter((name) => vars[name] === undefined || vars[name] === null)
  return absent.length ? `needs ${absent.join(', ')}, which no earlier step found or created` : undefined
}

/** The reason the generated error checks are not sent to this target, if any. */
export const errorCheckGate = (plan: ContractPlan, target: TargetInfo): string | undefined =>
  isMock(target.kind) ? undefined : plan.skipErrorChecksOnRemote
