export { loadedLanguages, loadLanguages, registerLanguagePack, SHIPPED_LANGUAGES } from './lang/registry.js';
export type { LanguagePack, PackExample, PackPII, PackRule } from './lang/types.js';
export { scrubPII } from './pii.js';
export { screenText } from './screen.js';
export type { PIIFinding, PIIType, ScreenContext, ScreenResult, ScrubOptions, ScrubResult } from './types.js';
