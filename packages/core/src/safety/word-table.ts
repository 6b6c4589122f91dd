/**
 * Words mapped to bit sets, looked up while walking a text character by
 * character. A numeric hash of each word is checked first, so that the many
 * words of a message that are not in the table cost no string at all.
 */
export class WordTable {
  private readonly bits = new Map<string, number>();
  private readonly hashes = new Set<number>();

  add(word: string, bit: number): void {
    this.bits.set(word, (this.bits.get(word) ?? 0) | bit);
    this.hashes.add(hash(word, 0, word.length));
  }

  /**
   * Calls `hit` for every word of `text` in the table, in order. A word is a
   * run of characters other than a space when `spaced`; otherwise a run of
   * `[a-z0-9\u00c0-\u1fff\u2070-\uffff]` (letters and digits, with letters
   * outside ASCII but not the punctuation block).
   */
  scan(text: string, spaced: boolean, hit: (word: string, bits: number) => void): void {
    let start = -1;
    let h = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const inWord = spaced
        ? c !== 32
        : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff) || c >= 0x2070;
      if (inWord) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) & 0x3fffffff;
      } else if (start >= 0) {
        if (this.hashes.has(h)) {
          const word = text.slice(start, i);
          const bits = this.bits.get(word);
          if (bits) hit(word, bits);
        }
        start = -1;
      }
    }
  }
}

function hash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}
