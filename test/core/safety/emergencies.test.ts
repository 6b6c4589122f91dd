import { loadLanguages, SHIPPED_LANGUAGES, screenText } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Shipped packs on a friend or sibling drowning now (and drowning said of
 * homework or a game), a weight written with "!!" after it, and the sea in
 * Spanish ("mar"), which the Spanish stemmer once read as the game title
 * "mario" and so as fiction. The same messages are in the development batches.
 */
beforeAll(async () => {
  await loadLanguages(SHIPPED_LANGUAGES);
});

const screen = (text: string) => screenText(text, { band: 'under13' });

describe('someone close drowning now', () => {
  it.each([
    'my friend jumped off the pier and hasnt come back up',
    'HELP my little brother is drowning in the pool and my mom isnt home',
    'we went to the quarry and jake went under and we cant see him',
    'mein freund ist im see untergegangen und kommt nicht mehr hoch was sollen wir tun',
    'hilfe mein bruder ist im pool und taucht nicht mehr auf',
    'mein kleiner bruder ist in die badewanne gerutscht und bewegt sich nicht mehr',
    'mon pote a coulé dans le lac et il remonte pas on fait quoi',
    'ma copine est allée nager dans la mer et elle remonte pas aidez moi vite',
    'mon cousin a plongé et il remonte plus depuis 1 minute',
    'mi amigo se hundió en el río y no sale del agua',
    'mi hermano se está ahogando en el mar ayudaaa',
    'mi prima se metió al mar y no sale, hay olas grandes',
  ])('escalates as a friend in danger: %s', (text) => {
    const result = screen(text);
    expect(result.action).toBe('escalate');
    expect(result.categories).toContain('friend-in-danger');
  });

  it.each([
    'my friend is drowning in homework lol same',
    "my brother taught me to swim in the lake so I don't drown",
    'die sonne ist untergegangen und der mond kommt hoch, voll schön',
    'er kommt nicht hoch zur tafel weil er schüchtern ist',
    'mein freund ertrinkt in hausaufgaben und ich auch',
    'ma soeur se noie dans ses devoirs mdr',
    'le bateau a coulé et il remonte pas à la surface dans le film titanic',
    'mi amigo se ahoga con tanta tarea jajaja',
    'en Minecraft mi personaje se ahoga siempre',
    'jugando mario kart con mi hermano en la piscina lol',
  ])('allows figurative or fictional drowning: %s', (text) => {
    expect(screen(text).action).toBe('allow');
  });
});

describe('punctuation after a word', () => {
  it.each([
    'finally 41kg!! only 3 more to go if i skip dinner all week',
    'ich wiege nur noch 41kg!! noch 2 kilo dann bin ich zufrieden',
  ])('reads "!!" after a weight as punctuation, not as letters: %s', (text) => {
    expect(screen(text)).toMatchObject({ action: 'escalate', categories: ['eating-disorder'] });
  });

  it('reads a word before "!!!" as the word, so the message is covered', () => {
    expect(screen('we beat the tigers 3-1 on saturday!! i scored the second goal').coverage).toBe('full');
  });
});
