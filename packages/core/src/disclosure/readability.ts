/**
 * English readability, for checking that disclosure text suits the band that
 * reads it. The syllable count is the usual vowel-group estimate: close
 * enough for a grade level, not a dictionary.
 */

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** Estimated syllables in one English word. */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/['’]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "-es" and "-ed" after most letters, a final silent "e" (but not "-le" after a consonant).
  w = w.replace(/(?:[^laeiouy]es|[^aeiouydt]ed|[^laeiouy]e)$/, (m) => m[0] ?? '');
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Sentences, words and syllables of a text; headings and list lines count as sentences. */
export function textStatistics(text: string): { sentences: number; words: number; syllables: number } {
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /[A-Za-z]/.test(s));
  const words = text.match(WORD) ?? [];
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return { sentences: Math.max(1, sentences.length), words: words.length, syllables };
}

/**
 * Flesch–Kincaid grade level: the US school grade that can read the text
 * comfortably. `0.39 × words per sentence + 11.8 × syllables per word − 15.59`.
 *
 * @example
 * fleschKincaidGrade('I am not a person. I am a computer.'); // about 2
 */
export function fleschKincaidGrade(text: string): number {
  const { sentences, words, syllables } = textStatistics(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
