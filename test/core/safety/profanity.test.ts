import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldText, unobfuscate } from '../../../packages/core/src/safety/normalize.ts';
import { findProfanity } from '../../../packages/core/src/safety/profanity.ts';
import { PROFANITY_WHITELIST, PROFANITY_WORDS } from '../../../packages/core/src/safety/profanity-words.ts';
import { EVAL_DIR } from '../../../scripts/eval.ts';
import { buildProfanityTable, EXTRA_WHITELIST, loadObscenity } from '../../../scripts/profanity-words.ts';

interface Matcher {
  getAllMatches(text: string): { termId: number; startIndex: number; endIndex: number }[];
}
interface ObscenityRuntime {
  RegExpMatcher: new (options: object) => Matcher;
  englishDataset: {
    build(): object;
    getPayloadWithPhraseMetadata(match: object): { phraseMetadata?: { originalWord?: string } };
  };
  englishRecommendedTransformers: object;
}

const obscenity = loadObscenity() as unknown as ObscenityRuntime;
const reference = new obscenity.RegExpMatcher({
  ...obscenity.englishDataset.build(),
  ...obscenity.englishRecommendedTransformers,
});
const kindOf = new Map(PROFANITY_WORDS.map(([word, kind]) => [word, kind === 1 ? 'sexual' : 'profanity'] as const));

/**
 * What obscenity's own matcher finds, sorted into our kinds; words we leave to other rules drop out, and
 * so do matches without a letter ("455" read as "ass"): our normaliser reads digits as letters only in words.
 */
function obscenityKinds(text: string) {
  const hit = { sexual: false, profanity: false };
  for (const match of reference.getAllMatches(text)) {
    if (!/[a-z]/i.test(text.slice(match.startIndex, match.endIndex + 1))) continue;
    const word = obscenity.englishDataset.getPayloadWithPhraseMetadata({
      ...match,
      startIndex: 0,
      endIndex: 0,
      matchLength: 0,
    }).phraseMetadata?.originalWord;
    const kind = word === undefined ? undefined : kindOf.get(word);
    if (kind) hit[kind] = true;
  }
  return hit;
}

/** What screenText gives findProfanity: the text with accents, look-alikes and leetspeak undone. */
const ours = (text: string) => findProfanity(unobfuscate(foldText(text)), 'en');

// Symbols that read as letters ("(" as c, "!" as i) are kept out of the generated texts: obscenity's
// leetspeak step reads them everywhere and our normaliser only inside words, on purpose.

/** One plain string each pattern matches: optional parts left out, a wildcard as "x". */
function exemplars(source: string): string[] {
  return source.split('|').map((alt) =>
    alt
      .replace(/\\b/g, '')
      .replace(/\(\?:[^)]*\)\?|.\?/g, '')
      .replace(/\./g, 'x')
      .replace(/\\/g, ''),
  );
}

const stretch = (word: string) => word.replace(/([aeiou])/, '$1$1$1$1');

const corpusTexts = ['pii.jsonl', 'screen.jsonl'].flatMap((file) =>
  readFileSync(`${EVAL_DIR}${file}`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase()),
);
const presidio = (
  JSON.parse(readFileSync(`${EVAL_DIR}external/presidio-synth-v2.json`, 'utf8')) as { full_text: string }[]
).map((r) => r.full_text.toLowerCase());

/** Innocent words with rude substrings, and the like. */
const INNOCENT = [
  'scunthorpe',
  'the classic assassin',
  'a bass guitar',
  'analysis of the results',
  'button up your coat',
  'hello there, shitake mushrooms',
  'cucumber and cocktail sauce',
  'therapist',
  'a document about grapes',
  'the hoe in the garden',
];

describe('the profanity table', () => {
  it('is what scripts/profanity-words.ts makes from the installed obscenity', () => {
    const table = buildProfanityTable();
    expect(PROFANITY_WORDS).toEqual(table.words);
    expect(PROFANITY_WHITELIST).toEqual(table.whitelist);
  });
});

describe('findProfanity agrees with obscenity’s own matcher', () => {
  const texts = [
    ...PROFANITY_WORDS.flatMap(([, , source]) =>
      exemplars(source).flatMap((w) => [`you are such a ${w} honestly`, `${stretch(w)}.`, `"${w}", she said`]),
    ),
    // A whitelisted phrase with digits ("45s") reads as letters after our normaliser, so only words are compared.
    ...PROFANITY_WHITELIST.filter((phrase) => !EXTRA_WHITELIST.includes(phrase) && !/\d/.test(phrase)).map(
      (phrase) => `i said ${phrase} twice`,
    ),
    ...INNOCENT,
    ...corpusTexts,
    ...presidio,
  ];

  it(`on ${texts.length} texts: every pattern, stretched letters, whitelists, the eval corpora and the Presidio set`, () => {
    const disagreements = texts
      .filter((text) => !EXTRA_WHITELIST.some((phrase) => text.includes(phrase)))
      .map((text) => ({ text, ours: ours(text), obscenity: obscenityKinds(text) }))
      .filter(({ ours, obscenity }) => ours.sexual !== obscenity.sexual || ours.profanity !== obscenity.profanity);
    expect(
      disagreements.map(
        ({ text, ours, obscenity }) =>
          `${text}: ours ${ours.sexual ? 's' : ''}${ours.profanity ? 'p' : ''}, obscenity ${obscenity.sexual ? 's' : ''}${obscenity.profanity ? 'p' : ''}`,
      ),
    ).toEqual([]);
    // The check has teeth: most generated texts contain a listed word.
    const flagged = texts.filter((text) => {
      const hit = ours(text);
      return hit.profanity || hit.sexual;
    });
    expect(flagged.length).toBeGreaterThan(PROFANITY_WORDS.length * 3);
  });
});

describe('findProfanity', () => {
  it.each([
    ['what a cockpit view', 'profanity', false],
    ['cum laude graduate', 'sexual', false],
    ['we study sex education at school', 'sexual', false],
    ['watch porn', 'sexual', true],
    ['fuuuuuck this', 'profanity', true],
    ['the cock crowed', 'profanity', true],
  ] as const)('%j → %s %s', (text, kind, expected) => {
    expect(findProfanity(text, 'en')[kind]).toBe(expected);
  });

  it('reads "negro" as a colour in Spanish and a slur in English', () => {
    expect(findProfanity('mi gato es negro', 'es').profanity).toBe(false);
    expect(findProfanity('el perro negro y la casa', 'en').profanity).toBe(false);
    expect(findProfanity('you negro', 'en').profanity).toBe(true);
  });
});
