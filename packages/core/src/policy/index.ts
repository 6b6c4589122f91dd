export { DEFAULT_POLICY } from './defaults.js';
export {
  ALWAYS_ESCALATE,
  bandPolicy,
  deepMerge,
  definePolicy,
  MINOR_REMINDER_RANGE,
  policyProblems,
  validatePolicy,
} from './resolve.js';
export type {
  BandPolicy,
  DeepPartial,
  Policy,
  PolicyOverrides,
  ScreenAction,
  ScreenCategory,
} from './types.js';
