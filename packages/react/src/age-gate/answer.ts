/**
 * What the gate does with an answer: check the date, then send it. Loaded when
 * the form is first focused or sent, so the question itself renders from a
 * smaller first load.
 */
export { declareAge } from './declare.js';
export { localTimeZone } from './fields.js';
export { validateDateInput } from './validate.js';
