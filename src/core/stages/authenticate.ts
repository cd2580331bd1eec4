/**
 * Stage 3, authenticate: checks an operation's security requirements (alternatives OR-ed, schemes within one
 * AND-ed) with the plug-in's verifiers. Requirements are resolved once per operation at start-up, so a scheme without
 * a definition or a verifier is a configuration error then, not a 500 on the first request.
 */
import { extractCredential } from '../../auth/credentials.ts'
import type { Query } from '../types.ts'
import { ConfigError, MockError } from '../errors.ts'
import type { AnyApiPlugin, Principal, VerifyContext } from '../plugin.ts'
import type { Operation, SecuritySchemeObject } from '../../spec/openapi.ts'

type Requirement = { scheme: SecuritySchemeObject; verify: AnyApiPlugin['verify'][string] }[]

/** The principal, `undefined` for an anonymous operation, or the 401 to answer with. */
export type AuthResult = Principal | MockError | undefined

/** `ctx` is what the verifiers get: built once per request by the engine, not per scheme. */
export type AuthenticateStage = (query: Query, body: unknown, ctx: VerifyContext<unknown, unknown>) => AuthResult

export function createAuthenticateStage(plugin: AnyApiPlugin, operations: readonly Operation[]): AuthenticateStage {
  const schemes = plugin.document.components?.securitySchemes ?? {}
  // [alternatives (OR) of [schemes (AND)]], or null when the operation is anonymous.
  const security = new Map<Operation, Requirement[] | null>()
  for (const op of operations) {
    if (op.security.length === 0 || op.security.some((req) => Object.keys(req).length === 0)) {
      security.set(op, null)
      continue
    }
    security.set(
      op,
      op.security.map((requirement) =>
        Object.keys(requirement).map((name) => {
          const scheme = schemes[name]
          const verify = plugin.verify[name]
          if (!scheme)
            throw new ConfigError(
              `${plugin.id}: ${op.operationId} requires security scheme "${name}", which components.securitySchemes does not define`,
            )
          if (!verify)
            throw new ConfigError(
              `${plugin.id}: security scheme "${name}" has no verifier: add verify: { ${JSON.stringify(name)}: (credential, ctx) => principal | undefined } to the plug-in`,
            )
          return { scheme, verify }
        }),
      ),
    )
  }

  return (query, body, ctx) => {
    const { op, request } = ctx
    const alternatives = security.get(op)
    if (!alternatives) return undefined
    let sawCredential = false
    for (const requirement of alternatives) {
      let principal: Principal | undefined
      let ok = true
      for (const { scheme, verify } of requirement) {
        const credential = extractCredential(scheme, { headers: request.headers, query, body }, plugin.apiKeyInBody)
        if (credential === undefined) {
          ok = false
          break
        }
        sawCredential = true
        const verified = credential === 'malformed' ? undefined : verify(credential, ctx)
        if (!verified) {
          ok = false
          break
        }
        principal = principal ? { ...principal, ...verified, key: principal.key } : verified
      }
      if (ok && principal) return principal
    }
    return sawCredential
      ? new MockError('unauthorized', 'The credentials are invalid or have expired', { reason: 'invalid_credentials' })
      : new MockError('unauthorized', 'Authentication is required: no credentials were sent', {
          reason: 'missing_credentials',
        })
  }
}
