/**
 * The client safety engine as one module, so an app bundler splits it into its
 * own chunk: `loadSafetyEngine()` imports it on demand.
 */
export { moderateOutgoing } from '../moderation/pipeline.js';
export { loadLanguages, screenText, scrubPII } from '../safety/index.js';
