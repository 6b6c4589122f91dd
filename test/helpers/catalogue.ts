import type { Catalogue } from '@youthchat/core';
import { AGE_BANDS } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

/** The locales the kit ships words in. */
export const SHIPPED_LOCALES = ['en', 'es', 'fr', 'de'] as const;

/** Every string in a value, keyed by its path (`actions.no-action`, `monthNames.0`). */
export function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, String(value)]];
}

/** The `{name}` placeholders of a text, sorted. */
export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Checks a catalogue in every shipped locale: every English key present, none
 * empty, the English placeholders kept, long texts translated rather than
 * copied, and band changes only to known keys.
 */
export function describeCatalogue(name: string, catalogue: Catalogue<object>): void {
  describe(name, () => {
    const english = new Map(leaves(catalogue.en.base));

    it.each(SHIPPED_LOCALES)('has every key in %s, none empty, with the English placeholders', (locale) => {
      const entry = catalogue[locale];
      expect(entry, locale).toBeDefined();
      const own = new Map(leaves(entry?.base));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of own) {
        expect(text.trim().length, `${locale}.${path}`).toBeGreaterThan(0);
        expect(placeholders(text), `${locale}.${path}`).toEqual(placeholders(english.get(path) ?? ''));
      }
      if (locale !== 'en') {
        // Translated, not copied: only short words (a name, "Status", "Chat") may equal the English.
        const copied = [...own].filter(([path, text]) => text.length > 12 && text === english.get(path));
        expect(
          copied.map(([path]) => path),
          `${locale}: untranslated`,
        ).toEqual([]);
      }
    });

    it.each(SHIPPED_LOCALES)('changes only known keys per band in %s, keeping the placeholders', (locale) => {
      for (const band of AGE_BANDS) {
        for (const [path, text] of leaves(catalogue[locale]?.bands?.[band] ?? {})) {
          expect(english.has(path), `${locale}.${band}.${path}`).toBe(true);
          expect(text.trim().length, `${locale}.${band}.${path}`).toBeGreaterThan(0);
          expect(placeholders(text), `${locale}.${band}.${path}`).toEqual(placeholders(english.get(path) ?? ''));
        }
      }
    });
  });
}
