import { type AgeGateMessages, ageGateMessages, pickMessages } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const locales = Object.keys(ageGateMessages);
// Words that belong only to the "parental consent needed" outcome, never to the question.
const CONSENT_KEYS: (keyof AgeGateMessages)[] = ['consentTitle', 'consentBody'];

describe('age gate messages', () => {
  it('ships English, Spanish, French and German with every key filled', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de']));
    const keys = Object.keys(ageGateMessages.en.base).sort();
    for (const locale of locales) {
      const base = ageGateMessages[locale]?.base as unknown as Record<string, unknown>;
      expect(Object.keys(base).sort()).toEqual(keys);
      for (const key of keys) {
        const value = base[key];
        if (Array.isArray(value)) expect(value.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
        else expect(typeof value === 'string' && value.trim().length > 0, `${locale}.${key}`).toBe(true);
      }
      expect(base.monthNames).toHaveLength(12);
    }
  });

  it.each(locales)('never names an age, a threshold or a parent outside the consent outcome (%s)', (locale) => {
    const base = ageGateMessages[locale]?.base as AgeGateMessages;
    for (const [key, value] of Object.entries(base)) {
      if (CONSENT_KEYS.includes(key as keyof AgeGateMessages)) continue;
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      expect(text, `${locale}.${key}`).not.toMatch(/\b(1[0-9]|2[01])\b|\+/);
      expect(text, `${locale}.${key}`).not.toMatch(
        /parent|guardian|adult|old enough|padre|madre|tutor|adulto|mayor de|menor|majeur|mineur|assez âgé|eltern|erziehungsberechtig|erwachsen|volljährig|minderjährig|alt genug/i,
      );
    }
  });

  it('falls back from a regional locale to its language, then to English', () => {
    expect(pickMessages(ageGateMessages, 'es-MX').submit).toBe('Continuar');
    expect(pickMessages(ageGateMessages, 'fr-CA').submit).toBe('Continuer');
    expect(pickMessages(ageGateMessages, 'de-AT').submit).toBe('Weiter');
    expect(pickMessages(ageGateMessages, 'pt-BR').submit).toBe('Continue');
  });
});
