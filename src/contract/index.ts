/**
 * The contract-testing machinery a plan author uses (see contracts/README.md): the package's `./contract` entry
 * re-exports exactly this. The runner's own plumbing (targets, settings, pacing, Prism) is imported from its modules.
 */

// Suites and plans
export { defineContractSuite, effectGate, type ContractSuiteOptions } from './suite.ts'
export {
  defineContractPlan,
  type ContractPlan,
  type Effect,
  type PlanCheck,
  type PlanStep,
  type RateLimitPlan,
  type StepContext,
} from './plan.ts'

// Requests and responses
export {
  createContractClient,
  type ContractClient,
  type ContractClientOptions,
  type ContractRequest,
  type ContractResponse,
  type QueryValue,
  type SendOptions,
} from './client.ts'
export {
  createResponseChecker,
  documentedResponse,
  type CheckableResponse,
  type ResponseCheckOptions,
  type ResponseChecker,
  type Violation,
} from './check-response.ts'
export {
  buildRequest,
  exampleBody,
  exampleOf,
  invalidBody,
  pathParameterNames,
  successStatus,
  type RequestOverrides,
  type Vars,
} from './request-builder.ts'

// Credentials
export {
  basicAuth,
  bearerAuth,
  clientCredentialsGrant,
  headerKeyAuth,
  passwordGrant,
  type AuthContext,
  type AuthProvider,
  type ClientCredentialsGrantOptions,
  type PasswordGrantOptions,
} from './auth.ts'

// Targets, as a plan sees them
export type { ContractMode, TargetInfo, TargetKind } from './target.ts'
