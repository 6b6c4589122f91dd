import type { AgeBand } from '../age/band.js';
import { formatMessage, resolveLocale } from '../i18n/catalogue.js';
import { applyOverride, disclosureText, overridesFor, validateDisclosures } from './customise.js';
import { contentVersion } from './hash.js';
import { loadedDisclosureCatalogue as disclosureCatalogue } from './loaded.js';
import type { Disclosure, DisclosureConfig, DisclosureFacts, ResolvedDisclosure, RetentionWording } from './types.js';

function retentionSentence(wording: RetentionWording, facts: DisclosureFacts | undefined): string {
  const days = facts?.retentionDays;
  if (days === undefined) return wording.unknown;
  if (days === 0) return wording.none;
  return formatMessage(days === 1 ? wording.days.one : wording.days.other, { days });
}

/** The built-in disclosures, resolved once per band and locale tag. */
const builtIn = new Map<string, ResolvedDisclosure>();

/**
 * The disclosure for a band and locale with the app's customisation applied,
 * section ids kept, from the locales loaded so far (`loadDisclosureLocale`;
 * English until the locale's text has loaded). Throws a `ConfigurationError`
 * for an invalid `config`. Exported as `resolveLoadedDisclosure`; the
 * package's `resolveDisclosure` has every shipped locale at once.
 *
 * @example
 * await loadDisclosureLocale('es-MX');
 * const { title, sections, version } = resolveLoadedDisclosure('under13', 'es-MX', disclosures);
 */
export function resolveDisclosure(band: AgeBand, locale?: string, config?: DisclosureConfig): ResolvedDisclosure {
  if (!config) {
    const key = `${band}|${resolveLocale(disclosureCatalogue, locale)}`;
    let cached = builtIn.get(key);
    if (!cached) {
      cached = build(band, locale, undefined);
      builtIn.set(key, cached);
    }
    return cached;
  }
  validateDisclosures(config);
  return build(band, locale, config);
}

function build(band: AgeBand, locale: string | undefined, config: DisclosureConfig | undefined): ResolvedDisclosure {
  const { locale: used, overrides } = overridesFor(config, band, locale);
  let text = disclosureText(band, locale);
  // Already validated, so no problems can be found here.
  for (const { override, path } of overrides) text = applyOverride(text, override, path, []);
  const retention = retentionSentence(text.retention, config?.facts);
  const sections = text.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    body: formatMessage(section.body, { retention }).trim(),
  }));
  const resolved = { version: contentVersion(text.title, sections), band, locale: used, title: text.title, sections };
  for (const section of sections) Object.freeze(section);
  Object.freeze(sections);
  return Object.freeze(resolved);
}

/**
 * The AI disclosure for a band, in the reader's words and language.
 * `version` is a hash of the text, so it changes whenever the text does.
 *
 * @example
 * const { title, sections, version } = getDisclosure('teen13to15', 'fr');
 */
export function getDisclosure(band: AgeBand, locale?: string, config?: DisclosureConfig): Disclosure {
  const { version, title, sections } = resolveDisclosure(band, locale, config);
  return { version, title, sections: sections.map(({ heading, body }) => ({ heading, body })) };
}
