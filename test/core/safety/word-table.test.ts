import { describe, expect, it } from 'vitest';
import { MAX_BITS, meets, unite, WordTable } from '../../../packages/core/src/safety/word-table.ts';

describe('the cue-word table', () => {
  it('keeps sets of more than 32 members apart, the 32nd too, which a 32-bit `|` would make negative', () => {
    const bits = Array.from({ length: MAX_BITS }, (_, i) => 2 ** i);
    let all = 0;
    for (const bit of bits) all = unite(all, bit);
    expect(all).toBe(2 ** MAX_BITS - 1);
    for (const [i, bit] of bits.entries()) {
      expect(meets(all, bit)).toBe(true);
      expect(meets(bit, bits[(i + 1) % MAX_BITS]!)).toBe(false);
      // 2^32 would be 1 to a shift, and 2^31 the sign bit: neither may stand for another member.
      if (i !== 0) expect(meets(bit, 1)).toBe(false);
    }
    expect(unite(2 ** 31, 2 ** 31)).toBe(2 ** 31);
    expect(unite(2 ** 40 + 1, 2 ** 40 + 2)).toBe(2 ** 40 + 3);
  });

  it('gives every word found its lists, however many', () => {
    const table = new WordTable();
    table.add('school', 2 ** 31);
    table.add('school', 2 ** 33);
    table.add('name', 1);
    const hits: [string, number, number][] = [];
    table.scan('my name is noah, my school is lincoln', false, (word, bits, at) => hits.push([word, bits, at]));
    expect(hits).toEqual([
      ['name', 1, 3],
      ['school', 2 ** 31 + 2 ** 33, 20],
    ]);
    expect(meets(hits[1]![1], 2 ** 33)).toBe(true);
    expect(meets(hits[1]![1], 2)).toBe(false);
  });
});
