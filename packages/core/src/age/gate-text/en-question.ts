import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { AgeGateQuestionMessages } from '../messages.js';

/** The age gate's strings in English, but for what it says about an answer it has checked. */
export const enQuestion: LocaleMessages<AgeGateQuestionMessages> = {
  base: {
    title: 'Your date of birth',
    hint: 'We ask everyone this question.',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    monthEmpty: 'Choose',
    monthNames: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    submit: 'Continue',
    submitting: 'Checking…',
    errorNetwork: 'Something went wrong. Check your connection and try again.',
    doneTitle: 'Thank you',
    doneBody: 'You are all set.',
    lockedTitle: 'Already answered',
    lockedBody: 'This question has already been answered on this device.',
    consentTitle: 'A parent or guardian needs to agree',
    consentBody: 'Before you can use this app, your parent or guardian needs to give permission.',
  },
};
