import fc from 'fast-check';

/**
 * Hostile input for the safety engine: runs of the characters its patterns
 * read, repeated to a length, the shape that makes a careless pattern
 * backtrack. The growth tests assert that time grows about linearly with
 * such runs; `pnpm bench hostile` times the slowest of them at 80,000
 * characters against the aim.
 */

/** Fixed shapes, each a function of the length wanted. */
export const HOSTILE_SHAPES: [string, (n: number) => string][] = [
  ['masked runs', (n) => `${'fs'.repeat(n / 2)}#`],
  ['stars between letters', (n) => 'f*'.repeat(n / 2)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['non-ASCII letters', (n) => 'é'.repeat(n)],
  ['a word with a diacritic, repeated', (n) => 'né le '.repeat(n / 6)],
  ['marked words of several languages, repeated', (n) => 'für año né '.repeat(n / 11)],
  ['spaced letters', (n) => 'k '.repeat(n / 2)],
  ['dotted letters', (n) => 'k.'.repeat(n / 2)],
  ['leetspeak', (n) => '1a'.repeat(n / 2)],
  ['apostrophes', (n) => "l'".repeat(n / 2)],
  ['sentence marks', (n) => '. '.repeat(n / 2)],
  ['risk words', (n) => 'want die '.repeat(n / 9)],
  ['risk words in separate sentences', (n) => 'want. die. '.repeat(n / 11)],
  ['risk words with laughter', (n) => 'want die lol haha '.repeat(n / 18)],
  ['numbers', (n) => '25 '.repeat(n / 3)],
  ['mask characters alone', (n) => '*#$!'.repeat(n / 4)],
  ['a rude word repeated, masked', (n) => 'x%'.repeat(n / 2)],
  ['hyphenated letters', (n) => 'k-'.repeat(n / 2)],
  ['emoji between letters', (n) => 'a😀'.repeat(n / 3)],
  ['combining marks', (n) => 'e\u0301'.repeat(n / 2)],
  ['zero-width spaces between letters', (n) => 'k\u200b'.repeat(n / 2)],
  // The slowest generated runs found so far: thousands of name cues, each read in full.
  ['name cues with laughter', (n) => 'call me rue lol '.repeat(n / 16)],
  ['name and handle cues across lines', (n) => '\n-at call me \nsnap '.repeat(n / 19)],
];

/** Every kind of character the patterns read, with cue words, for generated runs. */
export const HOSTILE_CLASSES: Record<string, readonly string[]> = {
  letters: ['a', 'k', 'x'],
  capitals: ['A', 'M'],
  'non-ASCII letters': ['é', 'ü', 'ñ', 'я'],
  digits: ['1', '4', '7'],
  dots: ['.'],
  'at signs': ['@'],
  spaces: [' '],
  'line breaks': ['\n'],
  hyphens: ['-'],
  underscores: ['_'],
  'plus and percent': ['+', '%'],
  'slashes and colons': ['/', ':'],
  masks: ['*', '#', '$', '!'],
  apostrophes: ["'", '’'],
  commas: [','],
  brackets: ['(', ')', '['],
  emoji: ['😀'],
  'combining marks': ['\u0301'],
  'zero-width': ['\u200b'],
  'cue words': ['at ', 'dot ', 'rue ', 'my name is ', 'call me ', 'want die ', 'snap ', 'lol '],
  'relations and places': ['mum ', 'tía ', 'Frau ', 'mam', 'calle ', 'born ', 'and ', 'next to '],
};

/** A short unit of one to three kinds of character, to be repeated to a length. */
export const hostileRun = fc
  .subarray(Object.keys(HOSTILE_CLASSES), { minLength: 1, maxLength: 3 })
  .chain((kinds) =>
    fc.array(fc.constantFrom(...kinds.flatMap((kind) => HOSTILE_CLASSES[kind] ?? [])), {
      minLength: 1,
      maxLength: 8,
    }),
  )
  .map((parts) => parts.join(''));

/** `unit` repeated to exactly `n` characters. */
export const ofLength = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
