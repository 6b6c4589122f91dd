import { type Catalogue, type LocaleMessages, localeChain } from '../i18n/catalogue.js';
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
const LOADERS: Record<string, () => Promise<{ default: LocaleMessages<AgeGateMessages> }>> = {
  es: () => import('./gate-text/es.js'),
  fr: () => import('./gate-text/fr.js'),
  de: () => import('./gate-text/de.js'),
};

/** The shipped locale a locale tag is shown in. */
function shippedLocale(locale: string | undefined): string {
  return localeChain(locale).find((tag) => tag === 'en' || LOADERS[tag] !== undefined) ?? 'en';
}

/** Whether the age gate's strings for a locale have loaded (always true for English and unshipped locales). */
export function ageGateLocaleLoaded(locale: string | undefined): boolean {
  return loadedAgeGateMessages[shippedLocale(locale)] !== undefined;
}

const loading = new Map<string, Promise<void>>();

/**
 * Loads the age gate's strings for a locale (its shipped language) on demand.
 * Rejects if they could not load; the next call tries again.
 *
 * @example
 * await loadAgeGateLocale('es-MX');
 * pickMessages(loadedAgeGateMessages, 'es-MX').submit; // "Continuar"
 */
export function loadAgeGateLocale(locale: string | undefined): Promise<void> {
  const tag = shippedLocale(locale);
  const load = LOADERS[tag];
  if (!load || loadedAgeGateMessages[tag]) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = load().then(
      (loaded) => {
        loadedAgeGateMessages[tag] = loaded.default;
        loading.delete(tag);
      },
      (error: unknown) => {
        loading.delete(tag);
        throw error;
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}
