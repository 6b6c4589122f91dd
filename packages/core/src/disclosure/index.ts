export { disclosureCatalogue, disclosureUiMessages } from './catalogue.js';
export { REQUIRED_SECTIONS } from './customise.js';
export { contentVersion } from './hash.js';
export {
  DISCLOSURE_LOCALES,
  disclosureLocaleLoaded,
  loadDisclosureLocale,
  loadedDisclosureCatalogue,
  loadedDisclosureUiMessages,
} from './loaded.js';
export { countSyllables, fleschKincaidGrade, textStatistics } from './readability.js';
export { reminderIntervalMs } from './reminder.js';
export { resolveDisclosure as resolveLoadedDisclosure } from './resolve.js';
export {
  defineDisclosures,
  disclosureProblems,
  getDisclosure,
  resolveDisclosure,
  validateDisclosures,
} from './shipped.js';
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
