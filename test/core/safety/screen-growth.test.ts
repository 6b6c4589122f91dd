import { loadLanguages, screenText, scrubPII } from '@youthchat/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { leastGrowth } from '../../helpers/growth.ts';
import { HOSTILE_SHAPES, hostileRun, ofLength, PII_SHAPES } from '../../helpers/hostile.ts';

/**
 * Hostile input must not make the screen slow down faster than its length
 * grows: a client could otherwise stall a server with one long message.
 * Growth is compared, not absolute time, so a loaded machine does not fail it.
 */

beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

describe('screenText on hostile input', () => {
  // The scrubber's shapes too: a long number after a letter ("im a111…@") once made the screen's leet reader
  // quadratic.
  it.each([...HOSTILE_SHAPES, ...PII_SHAPES])('grows about linearly on %s', (_, make) => {
    const small = make(10_000);
    const large = make(80_000);
    // Eight times the length: allow twice that for noise, never a square.
    const bound = (t: number) => 16 * t + 50;
    const { small: t10, large: t80 } = leastGrowth(
      () => screenText(small, { band: 'under13' }),
      () => screenText(large, { band: 'under13' }),
      bound,
      { rounds: 3 },
    );
    expect(t80, `10k ${t10.toFixed(1)} ms, 80k ${t80.toFixed(1)} ms`).toBeLessThan(bound(t10));
  });

  it('reads a long history in bounded time: only the last messages, each cut short', () => {
    const history = Array.from({ length: 500 }, () => 'x '.repeat(20_000));
    const bound = (t: number) => 4 * t + 50;
    const { small: none, large: t } = leastGrowth(
      () => screenText('hello', { band: 'under13', history: history.slice(0, 10) }),
      () => screenText('hello', { band: 'under13', history }),
      bound,
      { rounds: 3 },
    );
    expect(t).toBeLessThan(bound(none));
  });
});

describe('scrubPII and screenText together on generated hostile runs', () => {
  // The aim of 250 ms for any 80,000 characters is measured by `pnpm bench hostile`, on a quiet machine and
  // over many more runs; here a run must grow about linearly.
  it('grow near-linearly', () => {
    const both = (text: string) => () => {
      scrubPII(text);
      screenText(text, { band: 'under13' });
    };
    fc.assert(
      fc.property(hostileRun, (unit) => {
        const bound = (t: number) => 16 * Math.max(t, 5) + 50;
        const { small: t10, large: t80 } = leastGrowth(
          both(ofLength(unit, 10_000)),
          both(ofLength(unit, 80_000)),
          bound,
          {
            rounds: 3,
          },
        );
        const shown = `${JSON.stringify(unit)}: 10k ${t10.toFixed(1)} ms, 80k ${t80.toFixed(1)} ms`;
        // Eight times the input: about eight times the time; twice that for a loaded machine, never a square.
        expect(t80, shown).toBeLessThan(bound(t10));
      }),
      // A fixed seed: the same forty runs every time, so that a failure can be replayed.
      { numRuns: 40, seed: 1 },
    );
  }, 60_000);
});
