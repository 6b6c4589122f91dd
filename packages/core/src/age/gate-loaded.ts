import type { Catalogue, LocaleMessages } from '../i18n/catalogue.js';
import { localeLoader } from '../i18n/locale-loader.js';
import { enQuestion } from './gate-text/en-question.js';
import type { AgeGateMessages, AgeGateQuestionMessages } from './messages.js';

/**
 * The age gate's strings of the locales loaded so far: English always, others
 * once {@link loadAgeGateLocale} has brought them. The gate's first load then
 * holds one language, however many ship. (`ageGateMessages` has them all.)
 * English's messages about a checked answer are apart (`englishAgeGateErrors`); the other locales have theirs.
 */
export const loadedAgeGateMessages: Catalogue<AgeGateQuestionMessages> = { en: enQuestion };

/** Every shipped locale but English, each in its own module so a bundler splits it out. */
const [loaded, load] = /* @__PURE__ */ localeLoader<{ default: LocaleMessages<AgeGateMessages> }>(
  loadedAgeGateMessages,
  {
    es: () => import('./gate-text/es.js'),
    fr: () => import('./gate-text/fr.js'),
    de: () => import('./gate-text/de.js'),
  },
  (tag, module) => {
    loadedAgeGateMessages[tag] = module.default;
  },
);

/** Whether the age gate's strings for a locale have loaded (always true for English and unshipped locales). */
export const ageGateLocaleLoaded: (locale: string | undefined) => boolean = loaded;

/**
 * Loads the age gate's strings for a locale (its shipped language) on demand.
 * Rejects if they could not load; the next call tries again.
 *
 * @example
 * await loadAgeGateLocale('es-MX');
 * pickMessages(loadedAgeGateMessages, 'es-MX').submit; // "Continuar"
 */
export const loadAgeGateLocale: (locale: string | undefined) => Promise<void> = load;
