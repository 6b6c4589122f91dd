export {
  ADULT_CATEGORY_TABLE,
  type CategoryRule,
  type CategoryTable,
  defaultCategoryTable,
  type EscalationSeverity,
  MINOR_CATEGORY_TABLE,
  NEVER_ALLOWED_FOR_MINORS,
  UNKNOWN_CATEGORY_RULE,
} from './categories.js';
export {
  ALLOW_DECISION,
  type Decision,
  type DecisionPolicy,
  type DecisionStage,
  decide,
  type Finding,
  mergeDecisions,
} from './decide.js';
export { DEFAULT_POLICY } from './defaults.js';
export {
  ALWAYS_ESCALATE,
  bandPolicy,
  deepMerge,
  definePolicy,
  isValidatedPolicy,
  MINOR_REMINDER_RANGE,
  policyProblems,
  validatePolicy,
} from './resolve.js';
export {
  addRisk,
  DEFAULT_RISK_POLICIES,
  decayRisk,
  RISK_REACH_TOLERANCE,
  type RiskPolicy,
  type RiskState,
  type RiskWeights,
  riskHalfLifeMs,
  riskPolicyProblems,
} from './risk.js';
export type {
  BandPolicy,
  DeepPartial,
  Policy,
  PolicyOverrides,
  ScreenAction,
  ScreenCategory,
} from './types.js';
