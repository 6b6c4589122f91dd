import { loadLanguages, scrubPII } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { leastGrowth } from '../../helpers/growth.ts';

beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

/**
 * Hostile input: long runs of each kind of character the patterns read, alone
 * and before an "@". A pattern that backtracks quadratically takes 16 times
 * as long on 80,000 characters as on 20,000; a linear one about 4 times.
 */
const SHAPES: [string, (n: number) => string][] = [
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

describe('scrubPII on hostile input', () => {
  it.each(SHAPES)(
    'grows near-linearly on %s',
    (_, make) => {
      // From 20k characters, where a run takes some milliseconds: at 10k a run of one or two milliseconds is
      // mostly timer noise and the collector, and the ratio read noise as growth.
      const small = make(20_000);
      const large = make(80_000);
      // Four times the input: a linear scrubber takes about four times as long (a quadratic one sixteen); allow
      // twice that for a loaded machine. Under 2 ms a time is mostly timer noise, so it counts as 2.
      const bound = (t20: number) => Math.max(t20, 2) * 8;
      const times = leastGrowth(
        () => scrubPII(small),
        () => scrubPII(large),
        bound,
      );
      const shown = `20k: ${times.small.toFixed(1)} ms, 80k: ${times.large.toFixed(1)} ms`;
      expect(times.large, shown).toBeLessThan(bound(times.small));
      expect(times.large, shown).toBeLessThan(1000);
      // Five runs of each size, measured again up to three times on a busy machine: a slow shape (a few hundred
      // milliseconds at 80,000 characters) needs more than the default five seconds for that.
    },
    30_000,
  );

  it('never throws, and keeps its findings in order', () => {
    for (const [, make] of SHAPES) {
      const text = make(20_000);
      const { findings } = scrubPII(text);
      for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });
});
