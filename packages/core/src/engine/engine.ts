/**
 * The client safety engine as one module, so an app bundler splits it into its
 * own chunk: `loadSafetyEngine()` imports it on demand.
 *
 * Each function comes straight from the module that defines it, never through
 * a re-export-only module such as `safety/index.ts`. A bundler that puts
 * everything in one file (esbuild for Node without splitting, as serverless
 * functions are built) turns every module this one imports into a setup
 * function run on first use. Were `safety/index.ts` one of them, the package
 * entry's `export *` of it would call that setup, and with
 * `"sideEffects": false` esbuild drops the call: the scrubber's cue table and
 * the language loaders were then never set up (test/server/bundle).
 */
export { moderateOutgoing } from '../moderation/pipeline.js';
export { loadLanguages } from '../safety/lang/registry.js';
export { scrubPII } from '../safety/pii.js';
export { screenText } from '../safety/screen.js';
