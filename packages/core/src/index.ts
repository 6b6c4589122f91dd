/**
 * @youthchat/core: age bands and consent, per-band policy, message catalogues
 * and the client safety engine. Runs in browsers, workers and Node; no React.
 */
export * from './age/index.js';
export * from './chat/index.js';
export * from './consent-flow/index.js';
export * from './crisis/index.js';
export * from './disclosure/index.js';
export { loadedSafetyEngine, loadSafetyEngine, type SafetyEngine } from './engine/index.js';
// By name, not `export *`: the safety engine's import() reaches errors.ts, and esbuild, bundling into one file with
// "sideEffects": false, drops the setup of a module re-exported by `export *` (test/server/bundle).
export { ConfigurationError, InvalidInputError, YouthchatError } from './errors.js';
export * from './guardian/index.js';
export * from './i18n/index.js';
export * from './moderation/index.js';
export * from './policy/index.js';
export * from './report/index.js';
export * from './safety/index.js';
export * from './store/index.js';
