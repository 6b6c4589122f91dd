import { type AgeSignal, bandForSignal, combineAgeEvidence, youngestAge } from '@youthchat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const BANDS = ['under13', 'teen13to15', 'teen16to17', 'adult'] as const;
const rank = (band: string) => BANDS.indexOf(band as (typeof BANDS)[number]);

describe('outside age signals', () => {
  it('gives each signal the youngest band it allows', () => {
    expect(bandForSignal({ min: 13, max: 15, source: 'vendor' })).toBe('teen13to15');
    expect(bandForSignal({ min: 18, source: 'platform' })).toBe('adult');
    expect(bandForSignal({ max: 12, source: 'platform' })).toBe('under13');
    expect(bandForSignal({ max: 17, source: 'platform' })).toBe('under13');
    expect(bandForSignal({ min: 15.9, source: 'estimate' })).toBe('teen13to15');
    expect(bandForSignal({ source: 'empty' })).toBeUndefined();
    expect(bandForSignal({ min: -1, source: 'broken' })).toBeUndefined();
    expect(bandForSignal({ min: Number.NaN, source: 'broken' })).toBeUndefined();
    expect(bandForSignal({ min: 500, source: 'broken' })).toBe('adult');
  });

  it('lets the younger band win when a signal and the declaration disagree', () => {
    const teen: AgeSignal = { min: 13, max: 15, source: 'vendor' };
    expect(combineAgeEvidence('adult', [teen], 'under13')).toBe('teen13to15');
    expect(combineAgeEvidence('under13', [{ min: 18, source: 'platform' }], 'under13')).toBe('under13');
    expect(combineAgeEvidence('teen16to17', [teen, { min: 18, source: 'x' }, { max: 12, source: 'y' }], 'adult')).toBe(
      'under13',
    );
  });

  it('uses signals alone when nothing was declared, and the fallback when there is nothing at all', () => {
    expect(combineAgeEvidence(undefined, [{ min: 16, max: 17, source: 'vendor' }], 'under13')).toBe('teen16to17');
    expect(combineAgeEvidence(undefined, [], 'under13')).toBe('under13');
    expect(combineAgeEvidence(undefined, [{ source: 'says nothing' }], 'teen13to15')).toBe('teen13to15');
    expect(combineAgeEvidence('adult', [], 'under13')).toBe('adult');
  });

  it('never makes the answer older than the declaration or any signal', () => {
    const signal = fc.record({
      min: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      source: fc.string(),
    });
    fc.assert(
      fc.property(fc.constantFrom(...BANDS), fc.array(signal, { maxLength: 5 }), (declared, raw) => {
        const signals = raw.map(({ min, max, source }) => ({
          source,
          ...(min !== undefined ? { min } : {}),
          ...(max !== undefined ? { max } : {}),
        }));
        const band = combineAgeEvidence(declared, signals, 'under13');
        expect(rank(band)).toBeLessThanOrEqual(rank(declared));
        for (const s of signals) {
          const own = bandForSignal(s);
          if (own) expect(rank(band)).toBeLessThanOrEqual(rank(own));
        }
      }),
    );
  });

  it('checks consent against the youngest age the evidence allows', () => {
    expect(youngestAge(20, [])).toBe(20);
    expect(youngestAge(20, [{ min: 14, max: 15, source: 'vendor' }])).toBe(14);
    expect(youngestAge(20, [{ max: 12, source: 'platform' }])).toBe(0);
    expect(youngestAge(12, [{ min: 18, source: 'platform' }])).toBe(12);
  });
});
