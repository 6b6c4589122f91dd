import {
  consentAgeFor,
  consentStatus,
  DEFAULT_CONSENT_AGE,
  needsParentalConsent,
  normalizeCountry,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

// Written out from each member state's GDPR Art. 8 choice, not read from the table under test.
const EXPECTED: Record<number, string[]> = {
  13: ['BE', 'DK', 'EE', 'FI', 'LV', 'MT', 'PT', 'SE', 'NO', 'GB', 'US'],
  14: ['AT', 'BG', 'CY', 'IT', 'LT', 'ES'],
  15: ['CZ', 'FR', 'GR', 'SI'],
  16: ['DE', 'HR', 'HU', 'IE', 'LU', 'NL', 'PL', 'RO', 'SK'],
  18: ['IN'],
};
const cases = Object.entries(EXPECTED).flatMap(([age, countries]) => countries.map((c) => [c, Number(age)] as const));

const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

describe('age of digital consent per country', () => {
  it.each(cases)('%s: %i', (country, age) => {
    expect(consentAgeFor(country)).toBe(age);
  });

  it.each(cases)('%s: consent needed just below %i, not at it', (country, age) => {
    expect(consentStatus(age - 1, country)).toBe('required');
    expect(needsParentalConsent(age - 1, country)).toBe(true);
    expect(consentStatus(age, country)).toBe('not-needed');
    expect(needsParentalConsent(age, country)).toBe(false);
    expect(consentStatus(age + 1, country)).toBe('not-needed');
  });

  it('knows every EU member state', () => {
    const listed = new Set(Object.values(EXPECTED).flat());
    expect(EU_MEMBER_STATES.filter((c) => !listed.has(c))).toEqual([]);
    for (const country of EU_MEMBER_STATES) expect(consentAgeFor(country)).toBeGreaterThanOrEqual(13);
  });

  it('reads UK as GB, EL as GR, and any letter case or spacing', () => {
    expect(consentAgeFor('UK')).toBe(13);
    expect(normalizeCountry(' uk ')).toBe('GB');
    expect(consentAgeFor('EL')).toBe(15);
    expect(consentAgeFor('de')).toBe(16);
    expect(consentAgeFor(' In ')).toBe(18);
  });

  it('falls back to 13 for an unknown, missing or malformed country', () => {
    expect(DEFAULT_CONSENT_AGE).toBe(13);
    for (const country of ['BR', 'JP', 'ZZ', undefined, null, '', 'Germany', 'D', '12']) {
      expect(consentAgeFor(country)).toBe(13);
    }
    expect(consentStatus(12, 'BR')).toBe('required');
    expect(consentStatus(13, undefined)).toBe('not-needed');
  });

  it('takes a configurable default for countries not in the table, without touching listed ones', () => {
    const options = { defaultConsentAge: 16 };
    expect(consentAgeFor('BR', options)).toBe(16);
    expect(consentAgeFor(undefined, options)).toBe(16);
    expect(consentStatus(15, 'JP', options)).toBe('required');
    expect(consentAgeFor('US', options)).toBe(13);
    expect(consentAgeFor('FR', options)).toBe(15);
  });

  it('takes extra or replacement entries', () => {
    const options = { consentAges: { BR: 12, FR: 16 } };
    expect(consentAgeFor('BR', options)).toBe(12);
    expect(consentAgeFor('FR', options)).toBe(16);
    expect(consentAgeFor('DE', options)).toBe(16);
    expect(consentAgeFor('FR')).toBe(15);
  });
});
