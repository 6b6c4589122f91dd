/**
 * What the gate does with an answer: check the date, then send it, and the
 * words for what can go wrong with it. Loaded when
 * the form is first focused or sent, so the question itself renders from a
 * smaller first load.
 */
export { englishAgeGateErrors } from '@youthchat/core';
export { declareAge } from './declare.js';
export { localTimeZone, validateDateInput } from './validate.js';
