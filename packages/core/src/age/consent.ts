/**
 * The age of digital consent per country (ISO 3166-1 alpha-2): below it, a
 * service needs verifiable parental consent before processing a child's data.
 * EU values are each member state's choice under GDPR Art. 8; US is COPPA.
 */
export const CONSENT_AGES: Readonly<Record<string, number>> = Object.freeze({
  // 13
  BE: 13,
  DK: 13,
  EE: 13,
  FI: 13,
  LV: 13,
  MT: 13,
  PT: 13,
  SE: 13,
  NO: 13,
  GB: 13,
  US: 13,
  // 14
  AT: 14,
  BG: 14,
  CY: 14,
  IT: 14,
  LT: 14,
  ES: 14,
  // 15
  CZ: 15,
  FR: 15,
  GR: 15,
  // Slovenia's 2023 data protection act (ZVOP-2, Art. 8).
  SI: 15,
  // 16
  DE: 16,
  HR: 16,
  HU: 16,
  IE: 16,
  LU: 16,
  NL: 16,
  PL: 16,
  RO: 16,
  SK: 16,
  // 18
  IN: 18,
});

/** Used when a country is unknown or not in the table. */
export const DEFAULT_CONSENT_AGE = 13;

/** Other spellings people and platforms use for the same country. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

export interface ConsentOptions {
  /** Consent age for countries not in the table. @default 13 */
  defaultConsentAge?: number;
  /** Extra or replacement entries, e.g. `{ BR: 12 }`. */
  consentAges?: Readonly<Record<string, number>>;
}

/** Normalises a country code, or returns undefined for something that is not one. */
export function normalizeCountry(country: string | undefined | null): string | undefined {
  if (!country) return undefined;
  const upper = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return undefined;
  return ALIASES[upper] ?? upper;
}

/** The age of digital consent in a country. */
export function consentAgeFor(country: string | undefined | null, options: ConsentOptions = {}): number {
  const code = normalizeCountry(country);
  const table = options.consentAges ? { ...CONSENT_AGES, ...options.consentAges } : CONSENT_AGES;
  return (code !== undefined ? table[code] : undefined) ?? options.defaultConsentAge ?? DEFAULT_CONSENT_AGE;
}

export type ConsentStatus = 'not-needed' | 'required';

/** Whether someone of this age in this country needs verifiable parental consent. */
export function consentStatus(
  age: number,
  country: string | undefined | null,
  options: ConsentOptions = {},
): ConsentStatus {
  return age < consentAgeFor(country, options) ? 'required' : 'not-needed';
}

/** Shorthand for `consentStatus(...) === 'required'`. */
export function needsParentalConsent(
  age: number,
  country: string | undefined | null,
  options: ConsentOptions = {},
): boolean {
  return consentStatus(age, country, options) === 'required';
}
