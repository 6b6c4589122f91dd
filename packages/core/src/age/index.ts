export {
  AGE_BANDS,
  type AgeBand,
  type AgeDeclaration,
  type AgeOptions,
  ageOn,
  bandForAge,
  type CalendarDate,
  calendarDateAt,
  isAgeBand,
  isMinorBand,
  MAX_AGE,
  parseCalendarDate,
  type ResolvedAge,
  resolveAge,
  youngerBand,
} from './band.js';
export {
  CONSENT_AGES,
  type ConsentOptions,
  type ConsentStatus,
  consentAgeFor,
  consentStatus,
  DEFAULT_CONSENT_AGE,
  needsParentalConsent,
  normalizeCountry,
} from './consent.js';
export { type AgeGateMessages, ageGateMessages } from './messages.js';
export {
  type AgeSignal,
  bandForSignal,
  combineAgeEvidence,
  youngestAge,
  youngestAgeForSignal,
} from './signals.js';
