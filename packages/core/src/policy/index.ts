export {
  ASSURANCE_FEATURES,
  assuranceOverrides,
  assurancePolicyProblems,
  type BandAssurancePolicy,
  checkPolicyAssurance,
  policyAssurance,
} from './assurance.js';
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
  BUILT_IN_SECTION_CATEGORIES,
  type ClassifierPolicy,
  classifierPolicyProblems,
  isSectionExtension,
  type YouthSafetyExample,
  type YouthSafetySection,
  type YouthSafetySectionExtension,
} from './classifier-policy.js';
export {
  ALLOW_DECISION,
  type Decision,
  type DecisionPolicy,
  type DecisionStage,
  decide,
  type Finding,
  mergeDecisions,
} from './decide.js';
export { DEFAULT_CHAT_MODEL, DEFAULT_POLICY } from './defaults.js';
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
export {
  type ResolvedYouthSafetyPolicy,
  renderYouthSafetyPolicy,
  resolveYouthSafetyPolicy,
  YOUTH_SAFETY_INSTRUCTIONS,
  YOUTH_SAFETY_OUTPUT_FORMAT,
  YOUTH_SAFETY_POLICY_VERSION,
  YOUTH_SAFETY_SECTIONS,
} from './youth-safety-policy.js';
