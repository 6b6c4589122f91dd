import {
  AGE_BANDS,
  chatMessages,
  moderateOutgoing,
  moderationMessages,
  pickMessages,
  reportMessages,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'es', 'fr', 'de'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function flat(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k));
}

describe.each([
  ['chatMessages', chatMessages],
  ['moderationMessages', moderationMessages],
  ['reportMessages', reportMessages],
] as const)('%s', (_name, catalogue) => {
  it.each(LOCALES)('ships %s as its own words, with the same placeholders as English', (locale) => {
    expect(catalogue[locale]).toBeDefined();
    for (const band of AGE_BANDS) {
      const english = new Map(flat(pickMessages(catalogue as never, 'en', band)));
      const words = flat(pickMessages(catalogue as never, locale, band));
      expect(words.map(([k]) => k).sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of words) {
        expect(text.trim(), `${locale} ${band} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${band} ${key}`).toEqual(placeholders(english.get(key) ?? ''));
      }
    }
  });
});

describe('what was taken out, in the child’s language', () => {
  it.each([
    [
      'fr',
      'teen13to15',
      'appelle-moi au 06 12 34 56 78',
      'Nous avons retiré ton numéro de téléphone avant l’envoi, pour protéger ta vie privée.',
    ],
    ['fr', 'under13', 'appelle-moi au 06 12 34 56 78', 'Nous avons retiré ton numéro de téléphone pour te protéger.'],
    [
      'de',
      'teen13to15',
      'ruf mich an unter 0151 23456789',
      'Wir haben deine Telefonnummer vor dem Senden entfernt, damit deine Daten privat bleiben.',
    ],
    [
      'de',
      'under13',
      'ruf mich an unter 0151 23456789',
      'Wir haben deine Telefonnummer herausgenommen, damit du sicher bist.',
    ],
  ] as const)('%s, %s', async (locale, band, text, sentence) => {
    const outcome = await moderateOutgoing(text, { band, locale });
    expect(outcome.action).toBe('transform');
    expect(outcome.explanation).toBe(sentence);
  });
});
