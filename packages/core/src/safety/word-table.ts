/**
 * Words mapped to bit sets, looked up while walking a text character by
 * character. A numeric hash of each word is checked first, in a bitmap, so
 * that the many words of a message that are not in the table cost no string
 * and no lookup at all.
 */
export class WordTable {
  private readonly bits = new Map<string, number>();
  /** One bit for each value of a hash's low 16 bits that some word has. */
  private readonly hashes = new Int32Array(2048);

  add(word: string, bit: number): void {
    this.bits.set(word, unite(this.bits.get(word) ?? 0, bit));
    const h = hash(word, 0, word.length);
    this.hashes[(h >>> 5) & 2047]! |= 1 << (h & 31);
  }

  /**
   * Calls `hit` for every word of `text` in the table, in order, with where
   * it starts. A word is a run of characters other than a space when
   * `spaced`; otherwise a run of `[a-z0-9\u00c0-\u1fff\u2070-\uffff]`
   * (letters and digits, with letters outside ASCII but not the punctuation block).
   */
  scan(text: string, spaced: boolean, hit: (word: string, bits: number, start: number) => void): void {
    const { hashes } = this;
    if (!spaced) {
      // The words of a text and their hashes, cut once for every table that reads the same text.
      const words = wordsOf(text);
      for (let k = 0; k < words.length; k += 3) {
        const h = words[k + 2]!;
        if ((hashes[(h >>> 5) & 2047]! & (1 << (h & 31))) !== 0) {
          const start = words[k]!;
          const word = text.slice(start, words[k + 1]!);
          const bits = this.bits.get(word);
          if (bits) hit(word, bits, start);
        }
      }
      return;
    }
    let start = -1;
    let h = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (c !== 32) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) & 0x3fffffff;
      } else if (start >= 0) {
        if ((hashes[(h >>> 5) & 2047]! & (1 << (h & 31))) !== 0) {
          const word = text.slice(start, i);
          const bits = this.bits.get(word);
          if (bits) hit(word, bits, start);
        }
        start = -1;
      }
    }
  }
}

/** The text last cut into words by {@link wordsOf}, and its words. */
let cutText: string | undefined;
let cutWords: number[] = [];

/**
 * The words of `text` as runs of `[a-z0-9\u00c0-\u1fff\u2070-\uffff]`: for each, where it starts, where it
 * ends and its hash, three numbers a word. The last text's words are kept: the tables of a message read
 * the same lower-case text one after another.
 */
function wordsOf(text: string): number[] {
  if (text === cutText) {
    // The same characters in another string: keep this one, so the next comparison is of one string with itself.
    cutText = text;
    return cutWords;
  }
  const words: number[] = [];
  let start = -1;
  let h = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // 0x80 is the scrubber's stand-in for € (pii.ts), which is at or above 0x2070.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff) || c >= 0x2070 || c === 0x80) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) & 0x3fffffff;
    } else if (start >= 0) {
      words.push(start, i, h);
      start = -1;
    }
  }
  cutText = text;
  cutWords = words;
  return words;
}

function hash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * Bit sets of up to {@link MAX_BITS} members, kept in a number (its powers of
 * two are exact up to 2^52): JavaScript's `|` and `&` see only 32 bits, and
 * the 32nd is the sign, so sets are joined and met in two halves.
 */
export const MAX_BITS = 52;
const HALF = 2 ** 26;

/** The members of either set. */
export function unite(a: number, b: number): number {
  return ((a % HALF) | (b % HALF)) + ((a / HALF) | 0 | ((b / HALF) | 0)) * HALF;
}

/** Whether the sets share a member. */
export function meets(a: number, b: number): boolean {
  return ((a % HALF) & (b % HALF)) !== 0 || (((a / HALF) | 0) & ((b / HALF) | 0)) !== 0;
}
