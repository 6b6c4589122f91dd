/** What the words around a finding say about whose it is: the child's, or someone famous's. */
import { famousPeople, givenNames } from './lexicon.js';
import { fold, fromPacks, lexicon, type Scan } from './pii-shared.js';

/** A common given name, in English or in a loaded language. */
export function givenName(word: string): boolean {
  const key = fold(word);
  return givenNames().has(key) || lexicon().set('names').has(key);
}

/** Words for the child in English; the packs add theirs. */
const ME = /^(?:i|im|me|my|mine|myself|we|us|our|ours)$/;
/** Words that stand for someone already named: they neither make nor break a famous subject. */
const PRONOUN = /^(?:he|she|they|it|il|elle|ils|elles|er|sie|es|él|ella|ellos|the|der|die|das|le|la|el)$/;

const THEIRS = fromPacks((lx) => {
  const list = ['lived', 'was born', 'is born', 'were born', ...lx.list('theirs')];
  return new RegExp(
    `(?<![\\p{L}])(?:${list
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|')})(?![\\p{L}])`,
    'iu',
  );
});

/** Whether a word is one the child uses for themself, in English or a loaded language. */
export function firstPerson(word: string): boolean {
  const w = word.toLowerCase();
  return ME.test(w) || lexicon().set('me').has(fold(w));
}

/**
 * Whether the sentence before `index` tells of someone else than the child:
 * a famous person or a character ("Mozart wurde in der Getreidegasse 9…",
 * "sherlock holmes lives at…"), with no word for the child before it. A
 * pronoun ("he lives at…") or a common given name ("emma lives at…") is
 * someone the child may know, and does not count.
 */
export function thirdParty(scan: Scan, index: number): boolean {
  const lead = scan.before(index, 80);
  // Split at apostrophes too: "j'habite" holds the child's "j".
  if (lead.split(/[^\p{L}\p{M}]+/u).some((t) => t && firstPerson(t))) return false;
  const plain = lead
    .split(/[^\p{L}\p{M}'’]+/u)
    .filter(Boolean)
    .map((t) => t.toLowerCase().replace(/['’]s$/, ''));
  for (let i = 0; i + 1 < plain.length; i++) if (famousPeople().has(`${plain[i]}_${plain[i + 1]}`)) return true;
  const verb = THEIRS().exec(lead);
  if (!verb) return false;
  const subject = lead
    .slice(0, verb.index)
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((w) => w && !PRONOUN.test(w.toLowerCase()))
    .slice(-3);
  if (subject.length === 0 || givenName(subject[0]!)) return false;
  return /^\p{Lu}/u.test(subject[0]!) || subject.length >= 2;
}
