export { keyedHash } from './hash.js';
export type { EscalationEvent, EscalationHook, EscalationSeverity } from './types.js';
