import { loadLanguages, screenText } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Hostile input must not make the screen slow down faster than its length
 * grows: a client could otherwise stall a server with one long message.
 * Growth is compared, not absolute time, so a loaded machine does not fail it.
 */
const SHAPES: [string, (n: number) => string][] = [
  ['masked runs', (n) => `${'fs'.repeat(n / 2)}#`],
  ['stars between letters', (n) => 'f*'.repeat(n / 2)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['non-ASCII letters', (n) => 'é'.repeat(n)],
  ['spaced letters', (n) => 'k '.repeat(n / 2)],
  ['dotted letters', (n) => 'k.'.repeat(n / 2)],
  ['leetspeak', (n) => '1a'.repeat(n / 2)],
  ['apostrophes', (n) => "l'".repeat(n / 2)],
  ['sentence marks', (n) => '. '.repeat(n / 2)],
  ['risk words', (n) => 'want die '.repeat(n / 9)],
  ['risk words in separate sentences', (n) => 'want. die. '.repeat(n / 11)],
  ['risk words with laughter', (n) => 'want die lol haha '.repeat(n / 18)],
  ['numbers', (n) => '25 '.repeat(n / 3)],
];

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

describe('screenText on hostile input', () => {
  it.each(SHAPES)('grows about linearly on %s', (_, make) => {
    const small = make(10_000);
    const large = make(80_000);
    screenText(small, { band: 'under13' });
    const t10 = best(() => screenText(small, { band: 'under13' }));
    const t80 = best(() => screenText(large, { band: 'under13' }));
    // Eight times the length: allow twice that for noise, never a square.
    expect(t80).toBeLessThan(16 * t10 + 50);
    expect(t80).toBeLessThan(2000);
  });

  it('reads a long history in bounded time: only the last messages, each cut short', () => {
    const history = Array.from({ length: 500 }, () => 'x '.repeat(20_000));
    const t = best(() => screenText('hello', { band: 'under13', history }));
    const none = best(() => screenText('hello', { band: 'under13', history: history.slice(0, 10) }));
    expect(t).toBeLessThan(4 * none + 50);
  });
});
