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

/**
 * Shapes aimed at the PII scrubber's readers: long runs before an "@", cue
 * words, names, relations, places and dates, each repeated to a length.
 */
export const PII_SHAPES: [string, (n: number) => string][] = [
  ['letters', (n) => 'a'.repeat(n)],
  ['letters before @', (n) => `${'a'.repeat(n)}@b.com`],
  ['non-ASCII letters before @', (n) => `${'é'.repeat(n)}@`],
  ['non-ASCII letters and digits before @', (n) => `${'ü1'.repeat(n / 2)}@x.de`],
  ['digits', (n) => '7'.repeat(n)],
  ['digits before @', (n) => `${'7'.repeat(n)}@`],
  ['dots', (n) => `${'.'.repeat(n)}@`],
  ['at signs', (n) => '@'.repeat(n)],
  ['spaces', (n) => `${' '.repeat(n)}@`],
  ['line breaks', (n) => `${'\n'.repeat(n)}Ab Cd\n123`],
  ['a name over blank lines', (n) => `Ab Cd${'\n'.repeat(n)}x`],
  ['letters and dots', (n) => `${'a.'.repeat(n / 2)}@`],
  ['digits and spaces', (n) => '4 '.repeat(n / 2)],
  ['capitalised words', (n) => 'Ab '.repeat(n / 3)],
  ['street words', (n) => 'rue '.repeat(n / 4)],
  ['hyphens', (n) => 'Ab-'.repeat(n / 3)],
  ['spaced underscores', (n) => 'snap a _ '.repeat(n / 9)],
  ['repeated addresses', (n) => '12 rue des Lilas, 75011 Paris. '.repeat(n / 31)],
  ['lists of capitalised words', (n) => 'Ab, '.repeat(n / 4)],
  ['relations between commas', (n) => 'my friend, '.repeat(n / 11)],
  ['landmarks', (n) => 'I live next to '.repeat(n / 15)],
  ['symbols after a platform', (n) => `my discord is ${'☆a '.repeat(n / 3)}`],
  ['introductions at sentence starts', (n) => "c'est. ".repeat(n / 7)],
  ['words after a platform', (n) => `mi discord es ${'luna gamer '.repeat(n / 11)}`],
  ['friend codes', (n) => 'friend code is '.repeat(n / 15)],
  ['a username answered, letters then digits before @', (n) => `im a${'1'.repeat(n)}@`],
  ['usernames answered, letters and digits before @', (n) => `mine's ${'a1'.repeat(n / 2)}@`],
  ['names signed with kisses', (n) => `${', Lily x'.repeat(n / 8)} xx`],
  ['name cues with laughter', (n) => 'call me rue lol '.repeat(n / 16)],
  ['names with a year of history', (n) => 'Ab Cd en 1792. '.repeat(n / 15)],
  ['a list of names with a famous one', (n) => 'Anne, Taylor Swift, '.repeat(n / 20)],
  ['units in a message about physics', (n) => 'Watt und Volt, James Watt. '.repeat(n / 27)],
  ['days and months said aloud', (n) => 'cumplo el 3 del 5 '.repeat(n / 18)],
  ['dates of a baby', (n) => "i'm a june 9th baby ".repeat(n / 20)],
  ['names with epithets', (n) => 'Isabel la Católica, '.repeat(n / 20)],
  ['names in lessons', (n) => 'in history we learned about Ab Cd. '.repeat(n / 35)],
  ['hyphenated ids after a cue', (n) => `mi nie es Y-${'1-'.repeat(n / 2)}K`],
  ['one nickname after another', (n) => 'el tal rubén, '.repeat(n / 14)],
  ['a name alone after thanks', (n) => `thx${'!! tommy'.repeat(n / 8)}`],
  ['nicknames past an article', (n) => 'me dicen el pelusa '.repeat(n / 19)],
  ['lower-case lists of friends', (n) => `me, ${'ruby, '.repeat(n / 6)}and lola`],
  ['names and plural verbs', (n) => 'meine cousins lea und mila kommen '.repeat(n / 34)],
  ['flats on streets', (n) => "our flat's on Gladstone Street ".repeat(n / 31)],
  ['popes', (n) => 'el Papa Francisco '.repeat(n / 18)],
  ['relations said as titles', (n) => 'papy gérard m’apprend '.repeat(n / 22)],
  // With an emoji, the text is held two bytes a character, and the patterns' letter classes read it slower.
  ['relations said as titles, with emoji', (n) => 'papy gérard 😀 '.repeat(n / 15)],
  // Typographic quotes, dashes and ellipses, the ligature œ and the euro sign, which the scan reads as one-byte
  // stand-ins; a character it cannot stand in for (Cyrillic here) keeps the text two bytes a character.
  ['relations said as titles, in typographic quotes', (n) => '“papy gérard” '.repeat(n / 14)],
  ['relations in German quotes, past an ellipsis', (n) => 'meine schwester „Lena“ … '.repeat(n / 25)],
  ['relations written with the ligature', (n) => 'ma sœur Chloé a dit – '.repeat(n / 22)],
  ['relations beside prices in euros', (n) => 'papy gérard 5€ '.repeat(n / 15)],
  ['relations beside another script', (n) => 'папа gérard '.repeat(n / 12)],
  ['other names after a name', (n) => `im Sam ${'but ppl say sammy '.repeat(n / 18)}`],
  ['lower-case names after called', (n) => 'a boy called rhys keeps '.repeat(n / 24)],
  ['verbs after a platform', (n) => 'my xbox is making '.repeat(n / 18)],
  ['relations in title case', (n) => 'Ma Mère Cuisine Trop Bien '.repeat(n / 26)],
  ['relations and their verbs', (n) => 'mon père cuisine et ma mère nettoie et '.repeat(n / 38)],
  ['games after a title', (n) => 'on a joué au Docteur Maboul '.repeat(n / 28)],
  ['quoted introductions', (n) => "« je m'appelle Hélène » ".repeat(n / 24)],
  ['a relation word again and again in one word', (n) => "'MAM".repeat(n / 4)],
  ['a relation word again and again in one word, after commas', (n) => `Ab, Cd, ${"'MAM".repeat(n / 4)}`],
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
