export { type ConsentStepMessages, consentStepMessages } from './child-messages.js';
export { type ParentConsentMessages, parentConsentMessages } from './parent-messages.js';
