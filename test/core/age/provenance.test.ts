import {
  AGE_ASSURANCE_LEVELS,
  assuranceForMethod,
  defineAssuranceRequirements,
  meetsAssurance,
  requiredAssurance,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

describe('age assurance', () => {
  it('orders the levels self-declared < platform < verified', () => {
    expect(AGE_ASSURANCE_LEVELS).toEqual(['self-declared', 'platform', 'verified']);
    expect(meetsAssurance('verified', 'platform')).toBe(true);
    expect(meetsAssurance('platform', 'platform')).toBe(true);
    expect(meetsAssurance('self-declared', 'platform')).toBe(false);
    expect(meetsAssurance('platform', 'verified')).toBe(false);
  });

  it('gives each method its assurance', () => {
    expect(assuranceForMethod('declared')).toBe('self-declared');
    expect(assuranceForMethod('platform')).toBe('platform');
    expect(assuranceForMethod('vendor')).toBe('verified');
    expect(assuranceForMethod('parent')).toBe('verified');
  });

  it('takes the higher of a band’s and a feature’s minimum', () => {
    const requirements = defineAssuranceRequirements({
      bands: { adult: 'platform' },
      features: { chat: { adult: 'verified', teen16to17: 'platform' }, images: { adult: 'self-declared' } },
    });
    expect(requiredAssurance(requirements, 'adult', 'chat')).toBe('verified');
    expect(requiredAssurance(requirements, 'adult', 'images')).toBe('platform');
    expect(requiredAssurance(requirements, 'teen16to17', 'chat')).toBe('platform');
    expect(requiredAssurance(requirements, 'under13', 'chat')).toBe('self-declared');
    expect(requiredAssurance(undefined, 'adult', 'chat')).toBe('self-declared');
    expect(Object.isFrozen(requirements.features?.chat)).toBe(true);
  });

  it('refuses requirements with unknown bands or levels', () => {
    expect(() => defineAssuranceRequirements({ bands: { adult: 'sure' as never } })).toThrow(/bands\.adult/);
    expect(() => defineAssuranceRequirements({ features: { chat: ['verified'] as never } })).toThrow(/features\.chat/);
  });
});
