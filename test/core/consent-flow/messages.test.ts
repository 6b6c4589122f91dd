import { AGE_BANDS, consentStepMessages, parentConsentMessages, pickMessages } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const CATALOGUES = { consentStepMessages, parentConsentMessages } as const;
const LOCALES = ['en', 'es', 'fr', 'de'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(CATALOGUES))('%s', (_name, catalogue) => {
  const english = catalogue.en.base as unknown as Record<string, string>;

  it('ships English, Spanish, French and German, each with every key filled and its own words', () => {
    const keys = Object.keys(english).sort();
    for (const locale of LOCALES) {
      const base = catalogue[locale]?.base as unknown as Record<string, string> | undefined;
      expect(base, locale).toBeDefined();
      expect(Object.keys(base ?? {}).sort(), locale).toEqual(keys);
      for (const key of keys) {
        const value = base?.[key] ?? '';
        expect(value.trim().length, `${locale}.${key}`).toBeGreaterThan(0);
        // The same placeholders as English, so formatMessage fills every one.
        expect(placeholders(value), `${locale}.${key}`).toEqual(placeholders(english[key] ?? ''));
      }
      if (locale !== 'en') {
        // Translated, not copied: at most a few short words (names, "OK") may equal the English.
        const same = keys.filter((key) => base?.[key] === english[key] && (english[key] ?? '').length > 12);
        expect(same, `${locale}: untranslated`).toEqual([]);
      }
    }
  });

  it('keeps band changes to known keys with the same placeholders', () => {
    for (const locale of LOCALES) {
      for (const band of AGE_BANDS) {
        const changes = (catalogue[locale]?.bands?.[band] ?? {}) as Record<string, string>;
        for (const [key, value] of Object.entries(changes)) {
          expect(Object.keys(english), `${locale}.${band}.${key}`).toContain(key);
          expect(placeholders(value)).toEqual(placeholders(english[key] ?? ''));
        }
      }
    }
  });
});

describe('consent step words', () => {
  it('speak to under-13s more simply, and fall back from a regional locale', () => {
    expect(pickMessages(consentStepMessages, 'en-US', 'under13').chooseTitle).toBe('Ask a grown-up at home');
    expect(pickMessages(consentStepMessages, 'en-US', 'teen13to15').chooseTitle).toBe('Ask a parent or guardian');
    expect(pickMessages(consentStepMessages, 'de-AT', 'teen13to15').optionEmail).toBe('Eine E-Mail schicken');
    expect(pickMessages(consentStepMessages, 'pt-BR').send).toBe('Send the message');
  });

  it('say what the parent’s address is for and that it is deleted without an answer, in every language', () => {
    const deleted = { en: /delete/i, es: /borramos/i, fr: /effaçons/i, de: /löschen/i } as const;
    for (const [locale, pattern] of Object.entries(deleted)) {
      expect(pickMessages(consentStepMessages, locale).emailPrivacy).toMatch(pattern);
    }
  });
});
