import {
  CONSENT_SCOPES,
  CONSENT_STATUSES,
  type ConsentScope,
  type ConsentStatus,
  consentAllows,
  isConsentScope,
  isConsentStatus,
} from '@youthchat/core';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('consent statuses and scopes', () => {
  it('knows the five statuses, the two old ones still valid', () => {
    expect(CONSENT_STATUSES).toEqual(['not-needed', 'required', 'pending', 'granted', 'denied']);
    for (const status of CONSENT_STATUSES) expect(isConsentStatus(status)).toBe(true);
    for (const other of ['', 'GRANTED', 'revoked', null, 1]) expect(isConsentStatus(other)).toBe(false);
    expect(CONSENT_SCOPES).toEqual(['use', 'ai-provider']);
    expect(isConsentScope('ai-provider')).toBe(true);
    expect(isConsentScope('share')).toBe(false);
    expectTypeOf<'required'>().toExtend<ConsentStatus>();
    expectTypeOf<'pending'>().toExtend<ConsentStatus>();
    expectTypeOf<ConsentScope>().toEqualTypeOf<'use' | 'ai-provider'>();
  });

  it.each([
    ['not-needed', [], { chat: true, thirdParty: true }],
    ['required', [], { chat: false, thirdParty: false }],
    ['pending', [], { chat: false, thirdParty: false }],
    ['denied', ['use', 'ai-provider'], { chat: false, thirdParty: false }],
    ['granted', [], { chat: false, thirdParty: false }],
    ['granted', ['use'], { chat: true, thirdParty: false }],
    ['granted', ['ai-provider'], { chat: false, thirdParty: false }],
    ['granted', ['use', 'ai-provider'], { chat: true, thirdParty: true }],
  ] as const)('%s with %j allows %j', (status, scopes, expected) => {
    expect(consentAllows(status, scopes)).toEqual(expected);
  });
});
