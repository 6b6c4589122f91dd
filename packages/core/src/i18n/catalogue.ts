import type { AgeBand } from '../age/band.js';

/**
 * Strings for one feature in one locale: a base set, and per-band changes
 * where a band is better served by other words.
 */
export interface LocaleMessages<T> {
  base: T;
  bands?: Partial<Record<AgeBand, Partial<T>>>;
}

/** One feature's strings in every locale it ships. `en` is required: it is the last fallback. */
export type Catalogue<T> = { en: LocaleMessages<T> } & Partial<Record<string, LocaleMessages<T>>>;

/**
 * The locales to try for a requested one, most specific first: `es-MX` → `es-MX`, `es`, `en`;
 * `fr_CA` → `fr-CA`, `fr`, `en`.
 */
export function localeChain(locale: string | undefined): string[] {
  const chain: string[] = [];
  if (locale) {
    const tag = locale.trim().replace(/_/g, '-');
    const parts = tag.split('-');
    for (let i = parts.length; i > 0; i--) {
      const candidate = parts.slice(0, i).join('-');
      if (candidate && !chain.includes(candidate)) chain.push(candidate);
    }
    const lower = tag.toLowerCase();
    if (!chain.includes(lower)) chain.push(lower);
    const language = lower.split('-')[0];
    if (language && !chain.includes(language)) chain.push(language);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The first locale in the chain that the catalogue has (its own entries only, never `toString` and the like). */
export function resolveLocale<T>(catalogue: Catalogue<T>, locale: string | undefined): string {
  return (
    localeChain(locale).find(
      (candidate) => Object.hasOwn(catalogue, candidate) && catalogue[candidate] !== undefined,
    ) ?? 'en'
  );
}

/**
 * A feature's strings for a locale and band: the band's changes over the
 * locale's base, falling back locale by locale.
 *
 * @example
 * const t = pickMessages(ageGateMessages, 'es-MX', 'under13');
 */
export function pickMessages<T>(catalogue: Catalogue<T>, locale: string | undefined, band?: AgeBand): T {
  const entry = catalogue[resolveLocale(catalogue, locale)] ?? catalogue.en;
  const bandChanges = band ? entry.bands?.[band] : undefined;
  return bandChanges ? { ...entry.base, ...bandChanges } : entry.base;
}

/** Replaces `{name}` placeholders with values. Unknown placeholders are left as they are. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
