export { scrubPII } from './pii.js';
export { detectCategories, SCREEN_CATEGORIES, screenText } from './screen.js';
export type { PIIFinding, PIIType, ScreenContext, ScreenResult, ScrubOptions, ScrubResult } from './types.js';
