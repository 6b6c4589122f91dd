export { BUILT_IN_CRISIS_LINES, EMERGENCY_NUMBERS, FIND_A_HELPLINE } from './lines.js';
export { crisisMessages } from './messages.js';
export {
  countryOfLocale,
  crisisLineProblems,
  emergencyNumber,
  getCrisisLines,
  smsHref,
  telHref,
} from './resolve.js';
export type { CrisisAudience, CrisisLine, CrisisLineInput, CrisisLineOptions, CrisisMessages } from './types.js';
