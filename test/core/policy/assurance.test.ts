import {
  assuranceOverrides,
  ConfigurationError,
  checkPolicyAssurance,
  DEFAULT_POLICY,
  definePolicy,
  policyAssurance,
  requiredAssurance,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

describe('minimum assurance in the policy', () => {
  it('asks nothing more than a declaration by default', () => {
    for (const band of ['under13', 'teen13to15', 'teen16to17', 'adult'] as const) {
      expect(policyAssurance(DEFAULT_POLICY, band, 'chat')).toBe('self-declared');
      expect(policyAssurance(DEFAULT_POLICY, band, 'ai-provider')).toBe('self-declared');
    }
  });

  it('takes the higher of the band’s minimum and the feature’s own', () => {
    const policy = definePolicy({
      bands: {
        adult: { assurance: { minimum: 'platform', features: { chat: 'verified', images: 'self-declared' } } },
        teen16to17: { assurance: { features: { 'ai-provider': 'verified' } } },
      },
    });
    expect(policyAssurance(policy, 'adult', 'chat')).toBe('verified');
    expect(policyAssurance(policy, 'adult', 'images')).toBe('platform');
    expect(policyAssurance(policy, 'adult', 'ai-provider')).toBe('platform');
    expect(policyAssurance(policy, 'teen16to17', 'ai-provider')).toBe('verified');
    expect(policyAssurance(policy, 'teen16to17', 'chat')).toBe('self-declared');
  });

  it('refuses a policy whose assurance is wrong, saying what to fix', () => {
    const problem = (assurance: unknown) => () => definePolicy({ bands: { adult: { assurance: assurance as never } } });
    expect(problem({ minimum: 'very-sure' })).toThrow(
      'bands.adult.assurance.minimum must be one of self-declared, platform, verified; got "very-sure".',
    );
    expect(problem({ features: { chat: 'plattform' } })).toThrow(
      'bands.adult.assurance.features.chat must be one of self-declared, platform, verified; got "plattform".',
    );
    expect(problem({ chat: 'platform' })).toThrow(
      'bands.adult.assurance.chat is not a setting: use "minimum" (every feature) or "features" (per feature).',
    );
    expect(problem({ features: ['chat'] })).toThrow('bands.adult.assurance.features must be an object; got ["chat"].');
    expect(problem('platform')).toThrow('bands.adult.assurance must be an object; got "platform".');
    // Every problem at once, with the code a configuration check can match.
    try {
      definePolicy({
        bands: { adult: { assurance: { minimum: 'high' as never } }, teen16to17: { assurance: 'x' as never } },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).code).toBe('invalid_assurance');
      expect((error as Error).message).toMatch(
        /teen16to17\.assurance must be an object[\s\S]*adult\.assurance\.minimum/,
      );
    }
  });

  it('is checked by the chat handler too, for a policy built by hand', () => {
    const handMade = structuredClone(DEFAULT_POLICY);
    (handMade.bands.adult as { assurance?: unknown }).assurance = { features: { chat: 'sure' } };
    expect(checkPolicyAssurance.bind(null, handMade)).toThrow(/bands\.adult\.assurance\.features\.chat must be one of/);
  });

  it('moves separate requirements into the policy with the same meaning', () => {
    const requirements = {
      bands: { adult: 'platform' as const },
      features: { chat: { adult: 'verified' as const, teen16to17: 'platform' as const } },
    };
    const policy = definePolicy(assuranceOverrides(requirements));
    for (const band of ['under13', 'teen13to15', 'teen16to17', 'adult'] as const) {
      for (const feature of ['chat', 'ai-provider']) {
        expect(policyAssurance(policy, band, feature)).toBe(requiredAssurance(requirements, band, feature));
      }
    }
    expect(policy.bands.adult.assurance).toEqual({ minimum: 'platform', features: { chat: 'verified' } });
    expect(policy.bands.under13.assurance).toBeUndefined();
  });
});
