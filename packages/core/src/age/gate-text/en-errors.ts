import type { AgeGateAnswerErrors } from '../messages.js';

/**
 * What the age gate says in English about an answer it has checked. These
 * load with the checking itself, not with the question.
 */
export const enErrors: AgeGateAnswerErrors = {
  errorEmpty: 'Enter your date of birth.',
  errorDayMissing: 'Enter the day.',
  errorMonthMissing: 'Choose the month.',
  errorYearMissing: 'Enter the year.',
  errorDay: 'Enter the day as a number from 1 to 31.',
  errorYear: 'Enter the year with 4 digits.',
  errorDateNotReal: 'That date does not exist. Check the day and the month.',
  errorFuture: 'That date is in the future. Check the year.',
  errorTooOld: 'That date is too long ago. Check the year.',
  errorRateLimited: 'Too many tries in a short time. Wait a minute, then try again.',
};
