export { disclosureCatalogue, disclosureUiMessages } from './catalogue.js';
export { defineDisclosures, disclosureProblems, REQUIRED_SECTIONS, validateDisclosures } from './customise.js';
export { contentVersion } from './hash.js';
export { countSyllables, fleschKincaidGrade, textStatistics } from './readability.js';
export { reminderIntervalMs } from './reminder.js';
export { getDisclosure, resolveDisclosure } from './resolve.js';
export {
  type AcknowledgementRecord,
  createDisclosureStore,
  type DisclosureStore,
  type DisclosureStoreOptions,
  getDisclosureStore,
  USAGE_TICK_MS,
} from './store.js';
export type {
  Disclosure,
  DisclosureBandOverrides,
  DisclosureConfig,
  DisclosureFacts,
  DisclosureOverride,
  DisclosureSection,
  DisclosureText,
  DisclosureUiMessages,
  ResolvedDisclosure,
  RetentionWording,
} from './types.js';
