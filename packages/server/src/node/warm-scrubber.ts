import { SHIPPED_LANGUAGES } from '@youthchat/core';
import { runEngineJob } from '../chat/engine.js';

/** Texts with a little of everything the scrubber reads, in each shipped language. */
const WARM_TEXTS = [
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
