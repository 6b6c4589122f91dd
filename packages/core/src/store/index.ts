export { createPersistedValue, defaultStorage, type PersistedValue, type PersistedValueOptions } from './persisted.js';
