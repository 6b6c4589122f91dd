import {
  ConfigurationError,
  DEFAULT_POLICY,
  definePolicy,
  type Policy,
  type PolicyOverrides,
  policyProblems,
  validatePolicy,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

function problemOf(overrides: PolicyOverrides): string {
  try {
    definePolicy(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).code).toBe('unsafe_policy');
    return (error as Error).message;
  }
  throw new Error('definePolicy accepted an unsafe override');
}

describe('policy per band', () => {
  it('has safe defaults that validate', () => {
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
    expect(DEFAULT_POLICY.youngestBand).toBe('under13');
    for (const band of ['under13', 'teen13to15', 'teen16to17'] as const) {
      const p = DEFAULT_POLICY.bands[band];
      expect(p.screening.enabled).toBe(true);
      expect(p.disclosure.requireAcknowledgement).toBe(true);
      expect(p.screening.actions['self-harm']).toBe('escalate');
    }
    expect(DEFAULT_POLICY.bands.under13.upstream.requireZeroDataRetention).toBe(true);
  });

  it('deep-merges overrides without touching the defaults', () => {
    const before = JSON.stringify(DEFAULT_POLICY);
    const policy = definePolicy({ bands: { teen16to17: { chat: { maxMessageChars: 3000 } } } });
    expect(policy.bands.teen16to17.chat.maxMessageChars).toBe(3000);
    expect(policy.bands.teen16to17.chat.maxMessages).toBe(DEFAULT_POLICY.bands.teen16to17.chat.maxMessages);
    expect(policy.bands.teen13to15.chat.maxMessageChars).toBe(DEFAULT_POLICY.bands.teen13to15.chat.maxMessageChars);
    expect(JSON.stringify(DEFAULT_POLICY)).toBe(before);
  });

  it('lets adults relax what minors may not', () => {
    const policy = definePolicy({
      bands: {
        adult: {
          pii: { scrub: false },
          disclosure: { reminderIntervalMinutes: 0 },
          screening: { actions: { sexual: 'allow' } },
        },
      },
    });
    expect(policy.bands.adult.screening.actions.sexual).toBe('allow');
  });

  it.each<[string, PolicyOverrides, RegExp]>([
    [
      'PII scrubbing off for under-13s',
      { bands: { under13: { pii: { scrub: false } } } },
      /bands\.under13\.pii\.scrub cannot be turned off/,
    ],
    [
      'zero data retention off for under-13s',
      { bands: { under13: { upstream: { requireZeroDataRetention: false } } } },
      /bands\.under13\.upstream\.requireZeroDataRetention cannot be turned off/,
    ],
    [
      'screening off for a minor',
      { bands: { teen16to17: { screening: { enabled: false } } } },
      /bands\.teen16to17\.screening\.enabled/,
    ],
    [
      'disclosure acknowledgement off for a minor',
      { bands: { teen13to15: { disclosure: { requireAcknowledgement: false } } } },
      /bands\.teen13to15\.disclosure\.requireAcknowledgement/,
    ],
    [
      'self-harm not escalated for a minor',
      { bands: { teen13to15: { screening: { actions: { 'self-harm': 'allow' } } } } },
      /bands\.teen13to15\.screening\.actions\.self-harm must stay 'escalate'/,
    ],
    [
      'grooming only blocked for a minor',
      { bands: { under13: { screening: { actions: { grooming: 'block' } } } } },
      /bands\.under13\.screening\.actions\.grooming must stay 'escalate'/,
    ],
    [
      'no AI reminder for a minor',
      { bands: { teen16to17: { disclosure: { reminderIntervalMinutes: 0 } } } },
      /reminderIntervalMinutes must be from 60 to 180 for minors.*got 0/,
    ],
    [
      'AI reminder less often than every 3 hours',
      { bands: { under13: { disclosure: { reminderIntervalMinutes: 240 } } } },
      /got 240/,
    ],
    [
      'a made-up action',
      { bands: { adult: { screening: { actions: { profanity: 'ignore' as never } } } } },
      /must be 'allow', 'block' or 'escalate'; got "ignore"/,
    ],
    [
      'a zero message limit',
      { bands: { adult: { chat: { maxMessageChars: 0 } } } },
      /bands\.adult\.chat\.maxMessageChars must be a whole number above 0/,
    ],
    [
      'a fractional history limit',
      { bands: { teen13to15: { chat: { maxMessages: 2.5 } } } },
      /maxMessages must be a whole number/,
    ],
    ['no model name', { bands: { adult: { chat: { model: '' } } } }, /bands\.adult\.chat\.model must be a model name/],
    [
      'an unknown youngest band',
      { youngestBand: 'toddler' as never },
      /youngestBand must be one of under13, teen13to15, teen16to17, adult/,
    ],
  ])('refuses %s with a message naming the field', (_, overrides, message) => {
    expect(problemOf(overrides)).toMatch(message);
  });

  it('lists every problem at once', () => {
    const message = problemOf({
      bands: { under13: { pii: { scrub: false } }, teen13to15: { screening: { enabled: false } } },
    });
    expect(message).toMatch(/under13\.pii\.scrub/);
    expect(message).toMatch(/teen13to15\.screening\.enabled/);
  });

  it('refuses a hand-built policy that misses a band', () => {
    const { adult: _adult, ...bands } = DEFAULT_POLICY.bands;
    const broken = { ...DEFAULT_POLICY, bands } as unknown as Policy;
    expect(() => validatePolicy(broken)).toThrow(/bands\.adult is missing/);
  });
});
