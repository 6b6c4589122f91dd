export { AgeGate, type AgeGateProps } from './AgeGate.js';
export type { AgeGateErrorKey, DateField, DayMode } from './validate.js';
