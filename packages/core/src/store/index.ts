export { createPersistedValue, type PersistedValue, type PersistedValueOptions } from './persisted.js';
