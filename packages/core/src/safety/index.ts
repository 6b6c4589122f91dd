export { scrubPII } from './pii.js';
export { screenText } from './screen.js';
export type { PIIFinding, PIIType, ScreenContext, ScreenResult, ScrubOptions, ScrubResult } from './types.js';
