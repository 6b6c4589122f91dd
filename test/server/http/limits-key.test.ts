import { describe, expect, it } from 'vitest';
import { storedKey, storedKeys } from '../../../packages/server/src/limits/key.ts';

describe('storedKeys (the rate-limit stores’ remembered key hashes)', () => {
  it('answers what storedKey answers, for keys seen before and after the memory is cleared', () => {
    const secret = 'rate-limit-secret-0123456789abcdef-0123456789';
    const stored = storedKeys(secret);
    const keys = Array.from({ length: 5000 }, (_, i) => `reports:address:203.0.113.${i % 250}:${i}`);
    for (const key of [...keys, ...keys.slice(0, 10), ...keys.slice(-10)]) {
      expect(stored(key)).toBe(storedKey(secret, key));
    }
  });

  it('never keeps a key as it is, and keys it by the secret', () => {
    const key = 'reports:address:203.0.113.7';
    const one = storedKeys('first-secret-0123456789abcdef-0123456789')(key);
    expect(one).not.toContain('203.0.113.7');
    expect(one).not.toBe(storedKeys('other-secret-0123456789abcdef-0123456789')(key));
    expect(one).not.toBe(storedKeys(undefined)(key));
  });
});
