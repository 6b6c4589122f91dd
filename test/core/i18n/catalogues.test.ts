import {
  ageGateMessages,
  type Catalogue,
  chatMessages,
  consentStepMessages,
  crisisMessages,
  disclosureUiMessages,
  guardianNoticeMessages,
  guardianSettingsMessages,
  localeChain,
  moderationMessages,
  parentConsentMessages,
  pickMessages,
  reportMessages,
  reportQueueMessages,
  resolveLocale,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';
import { describeCatalogue } from '../../helpers/catalogue.ts';

/** Every catalogue the core package ships. Each must speak the four locales the kit ships. */
const CATALOGUES: Record<string, Catalogue<object>> = {
  ageGateMessages,
  chatMessages,
  consentStepMessages,
  crisisMessages,
  disclosureUiMessages,
  guardianNoticeMessages,
  guardianSettingsMessages,
  moderationMessages,
  parentConsentMessages,
  reportMessages,
  reportQueueMessages,
};

for (const [name, catalogue] of Object.entries(CATALOGUES)) describeCatalogue(name, catalogue);

describe('locale resolution', () => {
  it('reaches French and German from regional and underscored tags, never English', () => {
    for (const tag of ['fr-CA', 'fr-BE', 'fr_CH', 'FR'])
      expect(resolveLocale(reportQueueMessages, tag), tag).toBe('fr');
    for (const tag of ['de-AT', 'de-CH', 'de_DE', 'de-Latn-AT']) {
      expect(resolveLocale(reportQueueMessages, tag), tag).toBe('de');
    }
    expect(pickMessages(ageGateMessages, 'fr-CA').submit).toBe('Continuer');
    expect(pickMessages(ageGateMessages, 'de-AT').submit).toBe('Weiter');
    expect(pickMessages(reportQueueMessages, 'de_CH').heading).toBe('Meldungen');
    expect(localeChain('de_Latn_AT')).toEqual(['de-Latn-AT', 'de-Latn', 'de', 'de-latn-at', 'en']);
  });

  it('falls back to English for a language the kit does not ship, or a name that is not a locale', () => {
    expect(resolveLocale(reportQueueMessages, 'pt-BR')).toBe('en');
    expect(resolveLocale(reportQueueMessages, undefined)).toBe('en');
    // Names every object inherits are not catalogue entries.
    for (const tag of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(resolveLocale(reportQueueMessages, tag), tag).toBe('en');
      expect(pickMessages(reportQueueMessages, tag).heading, tag).toBe('Reports');
    }
  });
});
