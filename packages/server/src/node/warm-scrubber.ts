import { SHIPPED_LANGUAGES } from '@youthchat/core';
import { runEngineJob } from '../chat/engine.js';

/**
 * Texts with a little of everything the scrubber reads, in each shipped language. The first is read two bytes a
 * character (it has Cyrillic), and is read first: on Node 20 and 22, a server warmed only with text held one byte
 * a character went on scrubbing a message in another script about twice as slow as one warmed with both.
 */
const WARM_TEXTS = [
  'Меня зовут Łukasz Kowalski, ich wohne in der Hauptstraße 5, 10115 Berlin, Tel. 0171 2345678, né le 12/03/2011.',
  "Hi, I'm Anna Schmidt, I live at 12 Baker Street, London NW1 6XE, and I go to St Mary's School.",
  'Call me on 07700 900123 or +49 151 23456789, mail anna.s@example.com, snap anna_2011, born 12/03/2011.',
  'Ich heiße Lena, wohne in der Hauptstraße 5, 10115 Berlin. Je m’appelle Léa, j’habite rue de la Paix à Lyon.',
  'Me llamo Lucía y vivo en la calle Mayor 3 de Madrid; mi colegio es el IES Cervantes. https://example.com/me',
];

/**
 * Runs the scrubber once over every loaded pack, after `loadLanguages`: it
 * builds its word tables on first use, which takes a while (hundreds of
 * milliseconds on a busy machine), and this way that happens before the first
 * request rather than in one.
 */
export function warmScrubber(): void {
  for (const locale of ['', ...SHIPPED_LANGUAGES]) runEngineJob({ kind: 'scrub', texts: WARM_TEXTS, locale });
}
