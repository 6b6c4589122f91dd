/**
 * Words of a message written with a diacritic, and the marked letters of
 * each, so that a pack whose language never writes those letters does not
 * read another language's word as its own (French "abusé" as English
 * "abuse", German "für" as "fur").
 */
import { foldText } from '../normalize.js';
import { tokenize } from './tokens.js';

const WORD = /[\p{L}\p{M}]+/gu;
/** Letters that fold to plain ones without a combining mark. */
const LIGATURES = 'ßœæø';

/** The marked letters of a lower-case word ("abusé" → "é"); `''` when it has none. */
function marksOf(word: string): string {
  let marks = '';
  for (const c of word) {
    if (c < '\u00c0') continue;
    if (LIGATURES.includes(c) || c.normalize('NFD').length > 1) if (!marks.includes(c)) marks += c;
  }
  return marks;
}

/** The letters of `a` and those of `b` it lacks: a word written a thousand times keeps a few marks, not a thousand. */
function union(a: string, b: string): string {
  let out = a;
  for (const c of b) if (!out.includes(c)) out += c;
  return out;
}

/**
 * Folded word → the marked letters it was written with, for the words the
 * message writes only with marks (a word also written plain is left out).
 */
export function markedWords(text: string): Map<string, string> {
  const marked = new Map<string, string>();
  // Plain ASCII (most messages) has no marked word.
  if (!/[^\x00-\x7f]/.test(text)) return marked;
  const plain = new Set<string>();
  for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const marks = marksOf(word.normalize('NFC'));
    for (const { w } of tokenize(foldText(word))) {
      if (!marks) plain.add(w);
      else marked.set(w, union(marked.get(w) ?? '', marks));
    }
  }
  for (const w of plain) marked.delete(w);
  return marked;
}

/** Whether a pack writing `letters` (unset: every letter) may read a word written with `marks`. */
export function writes(letters: string | undefined, marks: string): boolean {
  if (letters === undefined) return true;
  for (const c of marks) if (!letters.includes(c)) return false;
  return true;
}
