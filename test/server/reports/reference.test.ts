import { newReference, normalizeReference } from '@youthchat/server';
import { describe, expect, it } from 'vitest';

describe('newReference', () => {
  it('draws well-formed, distinct references whose every position spreads over the alphabet', () => {
    const count = 20_000; // several blocks of the random pool
    const seen = new Set<string>();
    const symbols = Array.from({ length: 10 }, () => new Set<string>());
    for (let i = 0; i < count; i++) {
      const reference = newReference();
      expect(reference).toMatch(/^YC-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(normalizeReference(reference)).toBe(reference);
      seen.add(reference);
      const body = reference.replace(/^YC-|-/g, '');
      for (let at = 0; at < body.length; at++) symbols[at]?.add(body[at] as string);
    }
    expect(seen.size).toBe(count);
    for (const used of symbols) expect(used.size).toBe(32);
  });
});
