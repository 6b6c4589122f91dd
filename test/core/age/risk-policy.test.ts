import { addRisk, DEFAULT_POLICY, decayRisk, definePolicy, riskHalfLifeMs } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const HOUR = 3_600_000;
const rule = { halfLifeMs: 10 * HOUR, threshold: 4, rearmRatio: 0.5 };

describe('risk that adds up', () => {
  it('halves a score every half-life', () => {
    expect(decayRisk(8, 0, 10 * HOUR, 10 * HOUR)).toBe(4);
    expect(decayRisk(8, 0, 20 * HOUR, 10 * HOUR)).toBe(2);
    // A clock that went backwards does not raise it.
    expect(decayRisk(8, 5 * HOUR, 0, 10 * HOUR)).toBe(8);
  });

  it('crosses once, stays quiet above the threshold, and re-arms only below half of it', () => {
    let step = addRisk(undefined, 2, 0, rule);
    expect(step).toMatchObject({ crossed: false, state: { score: 2, above: false } });
    step = addRisk(step.state, 2, 0, rule);
    expect(step).toMatchObject({ crossed: true, state: { score: 4, above: true } });
    step = addRisk(step.state, 1, 0, rule);
    expect(step).toMatchObject({ crossed: false, state: { score: 5, above: true } });
    // 5 → 2.5 after one half-life: still at or above 2 (half the threshold), so adding 2 is no new crossing.
    step = addRisk(step.state, 2, 10 * HOUR, rule);
    expect(step.crossed).toBe(false);
    expect(step.state.score).toBeCloseTo(4.5);
    // Two more half-lives: 4.5 → 1.125, below the re-arm level; a finding that reaches 4 again escalates again.
    step = addRisk(step.state, 3, 30 * HOUR, rule);
    expect(step.crossed).toBe(true);
    expect(step.state.raisedAt).toBe(30 * HOUR);
  });

  it('counts findings close together as reaching a threshold of their count, despite a little decay', () => {
    let step = addRisk(undefined, 1, 0, rule);
    for (let i = 1; i < 4; i++) step = addRisk(step.state, 1, i * 60_000, rule);
    expect(step.state.score).toBeLessThan(4);
    expect(step.crossed).toBe(true);
    // Days apart, the same four findings do not reach it.
    let slow = addRisk(undefined, 1, 0, rule);
    for (let i = 1; i < 4; i++) slow = addRisk(slow.state, 1, i * 10 * HOUR, rule);
    expect(slow.crossed).toBe(false);
  });

  it('gives every band a threshold, younger children the lowest, and half-lives per category', () => {
    const thresholds = (['under13', 'teen13to15', 'teen16to17', 'adult'] as const).map(
      (band) => DEFAULT_POLICY.bands[band].risk?.threshold ?? Number.NaN,
    );
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    const risk = DEFAULT_POLICY.bands.under13.risk;
    if (!risk) throw new Error('the default policy has no risk rules');
    expect(riskHalfLifeMs(risk, 'grooming')).toBe(14 * 24 * HOUR);
    expect(riskHalfLifeMs(risk, 'harassment')).toBe(72 * HOUR);
  });

  it('refuses a policy with an unusable threshold, half-life or weight, naming each', () => {
    expect(() =>
      definePolicy({
        bands: {
          teen13to15: {
            risk: { threshold: 0, halfLifeHours: { default: -1 }, weights: { high: Number.NaN }, rearmRatio: 2 },
          },
        },
      }),
    ).toThrow(
      /bands\.teen13to15\.risk\.threshold[\s\S]*risk\.halfLifeHours\.default[\s\S]*risk\.weights\.high[\s\S]*risk\.rearmRatio/,
    );
    const lower = definePolicy({ bands: { teen16to17: { risk: { threshold: 3 } } } });
    expect(lower.bands.teen16to17.risk?.threshold).toBe(3);
    expect(lower.bands.teen16to17.risk?.weights.high).toBe(6);
  });
});
