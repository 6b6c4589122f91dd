/**
 * The age of digital consent per country (ISO 3166-1 alpha-2): below it, a
 * service needs verifiable parental consent before processing a child's data.
 * EU values are each member state's choice under GDPR Art. 8; US is COPPA.
 */
export const CONSENT_AGES: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
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

/**
 * Where parental consent stands for a child: `not-needed` (at or above the
 * country's consent age), `required` (nobody asked yet), `pending` (a parent
 * was asked), `granted` (a parent granted at least the `use` scope) or
 * `denied` (a parent refused or revoked everything).
 */
export type ConsentStatus = 'not-needed' | 'required' | 'pending' | 'granted' | 'denied';

/** Every consent status, in the order a flow moves through them. */
export const CONSENT_STATUSES: readonly ConsentStatus[] = /* @__PURE__ */ Object.freeze([
  'not-needed',
  'required',
  'pending',
  'granted',
  'denied',
]);

/** True for one of the five consent statuses. */
export function isConsentStatus(value: unknown): value is ConsentStatus {
  return typeof value === 'string' && (CONSENT_STATUSES as readonly string[]).includes(value);
}

/**
 * What a parent grants, each separately: `use` of the service, and
 * `ai-provider`, disclosure of the child's (scrubbed) messages to the model
 * provider, which the amended COPPA Rule asks to be consented to apart.
 */
export type ConsentScope = 'use' | 'ai-provider';

/** Both scopes. */
export const CONSENT_SCOPES: readonly ConsentScope[] = /* @__PURE__ */ Object.freeze(['use', 'ai-provider']);

/** True for `use` or `ai-provider`. */
export function isConsentScope(value: unknown): value is ConsentScope {
  return value === 'use' || value === 'ai-provider';
}

/**
 * What a child may do under a consent status and scopes: `chat` (use the
 * service at all) and `thirdParty` (anything sent to the model provider).
 * `not-needed` allows both; otherwise `use` is needed to chat and
 * `ai-provider` as well to reach a third party.
 *
 * @example
 * consentAllows('granted', ['use']); // { chat: true, thirdParty: false }
 */
export function consentAllows(
  status: ConsentStatus,
  scopes: readonly ConsentScope[] = [],
): { chat: boolean; thirdParty: boolean } {
  if (status === 'not-needed') return { chat: true, thirdParty: true };
  const chat = status === 'granted' && scopes.includes('use');
  return { chat, thirdParty: chat && scopes.includes('ai-provider') };
}

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
