import type { Catalogue, LocaleMessages } from '../i18n/catalogue.js';
import { localeLoader } from '../i18n/locale-loader.js';
import { en, enUi } from './content/en.js';
import type { DisclosureText, DisclosureUiMessages } from './types.js';

/**
 * The disclosure text of the locales loaded so far: English always, others
 * once `loadDisclosureLocale` has brought them (or `getDisclosure`,
 * `resolveDisclosure` and the other whole-catalogue functions, which load
 * every shipped locale at once). Apps that split their code keep each other
 * locale's text out of the first load.
 */
export const loadedDisclosureCatalogue: Catalogue<DisclosureText> = { en };

/** Buttons, trigger and reminder strings of the locales loaded so far. */
export const loadedDisclosureUiMessages: Catalogue<DisclosureUiMessages> = { en: enUi };

interface DisclosureLocale {
  text: LocaleMessages<DisclosureText>;
  ui: LocaleMessages<DisclosureUiMessages>;
}

/** Every shipped locale but English, each in its own module so a bundler splits it out. */
const LOADERS: Record<string, () => Promise<DisclosureLocale>> = {
  es: async () => {
    const { es, esUi } = await import('./content/es.js');
    return { text: es, ui: esUi };
  },
  fr: async () => {
    const { fr, frUi } = await import('./content/fr.js');
    return { text: fr, ui: frUi };
  },
  de: async () => {
    const { de, deUi } = await import('./content/de.js');
    return { text: de, ui: deUi };
  },
};

/** The shipped locales with disclosure text. */
export const DISCLOSURE_LOCALES: readonly string[] = ['en', ...Object.keys(LOADERS)];

/** Adds a locale's text to the loaded catalogues. */
export function installDisclosureLocale(tag: string, locale: DisclosureLocale): void {
  loadedDisclosureCatalogue[tag] = locale.text;
  loadedDisclosureUiMessages[tag] = locale.ui;
}

const [loaded, load] = /* @__PURE__ */ localeLoader(loadedDisclosureCatalogue, LOADERS, installDisclosureLocale);

/** Whether the text a locale is shown in has loaded (always true for English and unshipped locales). */
export const disclosureLocaleLoaded: (locale: string | undefined) => boolean = loaded;

/**
 * Loads the disclosure text for a locale (its shipped language) on demand.
 * Until it has, the loaded catalogues fall back to English. Rejects if the
 * text could not load; the next call tries again.
 *
 * @example
 * await loadDisclosureLocale('es-MX');
 * resolveLoadedDisclosure('under13', 'es-MX').title; // "Estás hablando con una IA"
 */
export const loadDisclosureLocale: (locale: string | undefined) => Promise<void> = load;
