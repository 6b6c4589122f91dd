import type { AgeBand } from '../age/band.js';
import { disclosureCatalogue, disclosureUiMessages } from './catalogue.js';
import * as loaded from './customise.js';
import { installDisclosureLocale } from './loaded.js';
import * as resolve from './resolve.js';
import type { Disclosure, DisclosureConfig, ResolvedDisclosure } from './types.js';

let installed = false;

/** Makes every shipped locale's text available at once (these functions answer synchronously in any locale). */
function withShippedLocales(): void {
  if (installed) return;
  for (const [tag, text] of Object.entries(disclosureCatalogue)) {
    const ui = disclosureUiMessages[tag];
    if (tag !== 'en' && text && ui) installDisclosureLocale(tag, { text, ui });
  }
  installed = true;
}

/**
 * The disclosure for a band and locale with the app's customisation applied,
 * section ids kept. Throws a `ConfigurationError` for an invalid `config`.
 * Every shipped locale's text is bundled with it; the components use
 * `resolveLoadedDisclosure`, which loads other locales on demand.
 *
 * @example
 * const { title, sections, version } = resolveDisclosure('under13', 'es-MX', disclosures);
 */
export function resolveDisclosure(band: AgeBand, locale?: string, config?: DisclosureConfig): ResolvedDisclosure {
  withShippedLocales();
  return resolve.resolveDisclosure(band, locale, config);
}

/**
 * The AI disclosure for a band, in the reader's words and language.
 * `version` is a hash of the text, so it changes whenever the text does.
 *
 * @example
 * const { title, sections, version } = getDisclosure('teen13to15', 'fr');
 */
export function getDisclosure(band: AgeBand, locale?: string, config?: DisclosureConfig): Disclosure {
  withShippedLocales();
  return resolve.getDisclosure(band, locale, config);
}

/** Every problem with a disclosure customisation, checked against every shipped locale; empty when it can be used. */
export function disclosureProblems(config: unknown): string[] {
  withShippedLocales();
  return loaded.disclosureProblems(config);
}

/** Throws a ConfigurationError listing every problem, or returns the configuration. Results are remembered per object. */
export function validateDisclosures<T extends DisclosureConfig>(config: T): T {
  withShippedLocales();
  return loaded.validateDisclosures(config);
}

/**
 * Checks a disclosure customisation against every shipped locale once, where
 * it is written, and returns a frozen copy. Throws a `ConfigurationError`
 * listing every problem.
 *
 * @example
 * export const disclosures = defineDisclosures({
 *   facts: { retentionDays: 30 },
 *   under13: { title: 'Meet Pip, our AI helper', add: [{ id: 'rules', heading: 'Our rules', body: 'Be kind.' }] },
 * });
 */
export function defineDisclosures(config: DisclosureConfig): DisclosureConfig {
  withShippedLocales();
  return loaded.defineDisclosures(config);
}
