import { ConfigurationError, DEFAULT_POLICY, definePolicy, type Policy, reminderIntervalMs } from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const HOUR = 60 * 60 * 1000;

function withReminder(band: keyof Policy['bands'], minutes: number): Policy {
  // Built by hand, as an app might, so only the reminder check stands in the way.
  const bands = { ...DEFAULT_POLICY.bands };
  bands[band] = { ...bands[band], disclosure: { ...bands[band].disclosure, reminderIntervalMinutes: minutes } };
  return { ...DEFAULT_POLICY, bands };
}

describe('reminderIntervalMs', () => {
  it('reminds every minor at least every 3 hours by default, and adults never', () => {
    expect(reminderIntervalMs(DEFAULT_POLICY, 'under13')).toBe(3 * HOUR);
    expect(reminderIntervalMs(DEFAULT_POLICY, 'teen13to15')).toBe(3 * HOUR);
    expect(reminderIntervalMs(DEFAULT_POLICY, 'teen16to17')).toBe(3 * HOUR);
    expect(reminderIntervalMs(DEFAULT_POLICY, 'adult')).toBe(0);
  });

  it('can be made more frequent, down to 1 hour', () => {
    const policy = definePolicy({ bands: { under13: { disclosure: { reminderIntervalMinutes: 60 } } } });
    expect(reminderIntervalMs(policy, 'under13')).toBe(HOUR);
    expect(reminderIntervalMs(withReminder('teen13to15', 90), 'teen13to15')).toBe(1.5 * HOUR);
  });

  it('lets an adult reminder be turned on', () => {
    expect(reminderIntervalMs(withReminder('adult', 120), 'adult')).toBe(2 * HOUR);
  });

  for (const minutes of [0, 181, 240, 59, Number.NaN]) {
    it(`throws a configuration error for a minor's reminder of ${minutes} minutes`, () => {
      for (const band of ['under13', 'teen13to15', 'teen16to17'] as const) {
        const attempt = () => reminderIntervalMs(withReminder(band, minutes), band);
        expect(attempt).toThrow(ConfigurationError);
        expect(attempt).toThrow(/reminderIntervalMinutes must be from 60 to 180 for minors/);
      }
      expect(() =>
        definePolicy({ bands: { teen16to17: { disclosure: { reminderIntervalMinutes: minutes } } } }),
      ).toThrow(ConfigurationError);
    });
  }

  it('catches a policy changed after it was first checked', () => {
    const policy = withReminder('teen13to15', 120);
    expect(reminderIntervalMs(policy, 'teen13to15')).toBe(2 * HOUR);
    policy.bands.teen13to15.disclosure.reminderIntervalMinutes = 0;
    expect(() => reminderIntervalMs(policy, 'teen13to15')).toThrow(ConfigurationError);
  });
});
