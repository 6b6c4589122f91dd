/**
 * Words of a message for the language packs: lower case, accents and
 * look-alikes folded, leetspeak resolved (see normalize.ts), repeated letters
 * collapsed, each word with the number of its sentence.
 */

/** A word of the message and its sentence. */
export interface Token {
  w: string;
  s: number;
  /** The word ends a clause: punctuation, an emoji or the end of the text follows it. */
  e?: true;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Letters and digits of any script; emoji and symbols end a word ("mdr😂" is "mdr"). */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && LETTER.test(String.fromCharCode(c)));
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
/** Laughing emoji (😂 🤣 💀 😹 😆), read as words: "ich kann nicht mehr 😂" is a joke. */
const LAUGHING: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f480, 0x1f639, 0x1f606]);
/** A number with its unit run on ("19yo", "40kg", "10mg"): the number and the unit are two words. */
const NUMBER_UNIT = /^(\d+)(yo|yrs?|kgs?|lbs?|mg|k?cals?)$/;
/** Commas, colons, dashes, brackets, quotes and emoji end a clause too. */
const isClauseEnd = (c: number) =>
  isSentenceEnd(c) || c === 44 || c === 58 || c === 45 || c === 40 || c === 41 || c === 34 || c >= 0x2000;

/**
 * Collapses every run of a repeated letter to one: "killl" and "kill" both
 * become "kil". A word of one letter repeated ("xxxx", "zzz") keeps up to three
 * of it, so that it never reads as that letter alone (Spanish "x" for "por").
 */
export function collapse(word: string): string {
  // Read by character code: a pair of the same letter a-z is what there is to collapse.
  let pair = false;
  let same = word.length > 1;
  const first = word.charCodeAt(0);
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== first) same = false;
    if (c === word.charCodeAt(i - 1) && c >= 97 && c <= 122) pair = true;
  }
  if (same && first >= 97 && first <= 122) return word.slice(0, 3);
  if (!pair) return word;
  // Each run of one letter a-z kept once, the rest as written: cut at each repeat, not rebuilt by a pattern.
  let out = '';
  let from = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c >= 97 && c <= 122) {
      out += word.slice(from, i);
      from = i + 1;
    }
  }
  return out + word.slice(from);
}

/**
 * Splits unobfuscated text into words. An apostrophe joins a word ("don't"
 * → "dont", "it's" → "its") unless one or two letters stand before it and two
 * or more after, as in elision ("j'ai" → "j ai", "l'école" → "l ecole").
 */
export function tokenize(text: string, into: Token[] = [], sentence = 0): Token[] {
  // The word so far: `head` (its letters before an apostrophe that joins) and the run of letters from `from`,
  // cut from the text once rather than grown a letter at a time.
  let head = '';
  let from = -1;
  let s = sentence;
  const start = into.length;
  const word = (end: number) => (from < 0 ? head : head + text.slice(from, end));
  const push = (w: string) => {
    const unit = w.charCodeAt(0) <= 57 ? NUMBER_UNIT.exec(w) : null;
    if (unit) into.push({ w: unit[1]!, s }, { w: unit[2]!, s });
    else if (w) into.push({ w: collapse(w), s });
    head = '';
    from = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (from < 0) from = i;
    } else if (c === 43 && /^\d+$/.test(word(i))) {
      // "18+" is a rating, not the number alone: "a story about 18 dragons" says nothing of age.
      push(`${word(i)}plus`);
    } else if (c === 39 && (from >= 0 || head) && isWordChar(text.charCodeAt(i + 1))) {
      let after = 0;
      while (isWordChar(text.charCodeAt(i + 1 + after))) after++;
      const w = word(i);
      if (w.length <= 2 && after >= 2) push(w);
      else {
        head = w;
        from = -1;
      }
    } else {
      push(word(i));
      if (isClauseEnd(c) && into.length > start) into[into.length - 1]!.e = true;
      if (isSentenceEnd(c)) s = into.length > 0 && into[into.length - 1]!.s === s ? s + 1 : s;
      const laugh = c >= 0xd800 ? text.codePointAt(i)! : c;
      if (LAUGHING.has(laugh)) {
        // A laughing emoji is a word of its own, once however often repeated: the packs' joke markers read it.
        const w = String.fromCodePoint(laugh);
        if (into.length === start || into[into.length - 1]!.w !== w) into.push({ w, s, e: true });
        i++;
      }
    }
  }
  push(word(text.length));
  if (into.length > start) into[into.length - 1]!.e = true;
  return into;
}
