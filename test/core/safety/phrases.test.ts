import { describe, expect, it } from 'vitest';
import { alternation, eitherCase, phrase } from '../../../packages/core/src/safety/pii-shared.ts';

const first = (source: string, text: string) => new RegExp(source, 'iu').exec(text)?.[0];

describe("a pack's cue phrases as one pattern", () => {
  const list = [
    'ich bin',
    'ich bin der',
    'ich heiße',
    "mon nom d'utilisateur",
    'mon @',
    'my username on @ is',
    'my @ is',
  ];
  const slots = { '@': '(?:insta|snap)' };

  it('matches what the phrases one by one match, the longest first', () => {
    const flat = [...list]
      .sort((a, b) => b.length - a.length)
      .map((p) => phrase(p, slots))
      .join('|');
    for (const text of [
      'ich bin der max',
      'ich bin anna',
      'ich heisse tom',
      'ICH  BIN, der',
      "mon nom d utilisateur c'est x",
      'mon snap',
      'my username on insta is jo',
      'my snap is jo',
      'my username is jo',
      'nothing here',
    ]) {
      expect(first(alternation(list, slots), text), text).toBe(first(flat, text));
    }
    expect(first(alternation(list, slots), 'ich bin der max')).toBe('ich bin der');
  });

  it('writes a shared start once', () => {
    const source = alternation(['my username on @ is', 'my @ is', 'my name is'], slots);
    expect(source.match(/my/g)).toHaveLength(1);
  });

  it('keeps one group per phrase when a slot captures', () => {
    const source = alternation(['* is my friend', '* is my brother'], { '*': '(\\p{L}+)' });
    expect(source.match(/\(\\p\{L\}\+\)/g)).toHaveLength(2);
    // Longest first: the brother's group, then the friend's.
    expect(new RegExp(source, 'u').exec('sam is my brother')?.[1]).toBe('sam');
    expect(new RegExp(source, 'u').exec('sam is my friend')?.[2]).toBe('sam');
  });

  it('gives either case to the first letter of each phrase only', () => {
    const source = eitherCase(alternation(['strasse', 'street', 'weg']));
    const re = new RegExp(`^(?:${source})$`, 'u');
    for (const word of ['Strasse', 'strasse', 'Street', 'Weg', 'weg']) expect(re.test(word), word).toBe(true);
    for (const word of ['STREET', 'strEet', 'wEg']) expect(re.test(word), word).toBe(false);
  });
});
