/** The contract-testing machinery (see contracts/README.md). */

// Suites and plans
export {
  defineContractSuite,
  effectGate,
  LOW_RATE_LIMIT,
  type ContractSuiteOptions,
  type ProvidedTarget,
} from './suite.ts'
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
  createPacer,
  type ContractClient,
  type ContractClientOptions,
  type ContractRequest,
  type ContractResponse,
  type PacingOptions,
  type QueryValue,
  type SendOptions,
} from './client.ts'
export { createDutyKeeper, type ClientDuty, type DutyKeeper, type DutyKeeperOptions } from './duties.ts'
export {
  createResponseChecker,
  documentedResponse,
  type CheckableResponse,
  type ResponseCheckOptions,
  type ResponseChecker,
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

// Targets and settings
export {
  detectTarget,
  isMock,
  readSettings,
  settingsEnv,
  SETTINGS_ENV,
  TARGET_LABELS,
  type ContractMode,
  type ContractSettings,
  type LocalTargets,
  type StartedTarget,
  type TargetInfo,
  type TargetKind,
} from './target.ts'
export { freePort, startPrism, type StartPrismOptions } from './prism.ts'
