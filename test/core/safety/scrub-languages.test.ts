import { loadLanguages, type PIIType, scrubPII } from '@youthchat/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

// French and German cue words load with their packs, as an app loads them.
beforeAll(() => loadLanguages(['es', 'fr', 'de']));

/** The scrubbed text no longer holds `value`, and a finding of `type` covers it. */
function expectTaken(text: string, type: PIIType, value: string) {
  const { text: out, findings } = scrubPII(text);
  const at = text.indexOf(value);
  expect(at, 'the value is in the text').toBeGreaterThanOrEqual(0);
  expect(out, `${type} in ${JSON.stringify(text)}`).not.toContain(value);
  expect(
    findings.some((f) => f.type === type && f.start <= at && f.end >= at + value.length),
    `${JSON.stringify(out)} has no ${type} over ${JSON.stringify(value)}`,
  ).toBe(true);
}

function expectKept(text: string, ...values: string[]) {
  const out = scrubPII(text).text;
  for (const v of values) expect(out, `${JSON.stringify(text)} lost ${JSON.stringify(v)}`).toContain(v);
}

describe('scrubPII in French', () => {
  it.each([
    ["bonjour je m'appelle Margaux Lemaire et j'ai 11 ans", 'name', 'Margaux Lemaire'],
    ['coucou moi c’est anaïs roux, en cm2', 'name', 'anaïs roux'],
    ['chu Élodie pis je reste à Laval', 'name', 'Élodie'],
    ['mon cousin Baptiste Morel vient dormir samedi', 'name', 'Baptiste Morel'],
    ['mon voisin il s’appelle Kevin Lopes', 'name', 'Kevin Lopes'],
    ['notre prof de techno m. Garnier nous a collés', 'name', 'Garnier'],
    ['demande à madame perrin si on peut sortir', 'name', 'perrin'],
    ['on va au ciné avec Chloé, Nathan et Lucie', 'name', 'Nathan'],
    ['merci beaucoup !! bisous, Capucine 🌸', 'name', 'Capucine'],
    ['je suis en 5e au collège Albert Camus', 'school', 'collège Albert Camus'],
    ['ma sœur est au lycée Marie de Gournay', 'school', 'lycée Marie de Gournay'],
    ['on habite au 27 rue des Marronniers, 59000 Lille', 'address', '27 rue des Marronniers, 59000 Lille'],
    ['j’habite impasse du Moulin 4 à Sion', 'address', 'impasse du Moulin 4'],
    ['j’habite avenue Jean Jaurès, en face de la pharmacie', 'address', 'avenue Jean Jaurès'],
    ['mon code postal est J4B 2K9 au Québec', 'address', 'J4B 2K9'],
    ['appelle ma mère au 06 45 12 78 90 stp', 'phone', '06 45 12 78 90'],
    ['mon portable : +33 6 45 12 78 90', 'phone', '+33 6 45 12 78 90'],
    ['je suis née le 17 juin 2012 à Brest', 'birthdate', '17 juin 2012'],
    ['mon anniv c’est le 3 février, tu m’offres quoi', 'birthdate', '3 février'],
    ['je vais avoir 12 ans le 9 octobre !!', 'birthdate', '9 octobre'],
    ['mon pseudo sur roblox c’est Capu_Dessine', 'handle', 'Capu_Dessine'],
    ['rajoute moi sur snap c’est nina _ 2013', 'handle', 'nina _ 2013'],
    ['mon numéro de sécu c’est 1 12 03 75 114 022 41', 'id_number', '1 12 03 75 114 022 41'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Victor Hugo est né le 26 février 1802 à Besançon', 'Victor Hugo', '26 février 1802'],
    ['la fête de la musique c’est le 21 juin', '21 juin'],
    ['la rue était pleine de monde samedi', 'rue'],
    ['combien coûte une PS5 en promo ?', 'PS5'],
    ['je joue avec Minecraft et Roblox ce soir', 'Minecraft', 'Roblox'],
    ['mon frère a mangé tout le gâteau', 'mon frère a mangé'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII in German', () => {
  it.each([
    ['hallo ich heiße Jana Krause und bin 10', 'name', 'Jana Krause'],
    ['ich bin der tim aus der 4b', 'name', 'tim'],
    ['weil ich Paula Vogt heiße lachen alle', 'name', 'Paula Vogt'],
    ['meine cousine lotta wohnt bei uns', 'name', 'lotta'],
    ['unser Nachbar heißt Stefan Braun', 'name', 'Stefan Braun'],
    ['frau keller hat die arbeit zurückgegeben', 'name', 'keller'],
    ['Herr Dr. Lange ist unser Zahnarzt', 'name', 'Lange'],
    ['liebe Grüße, Frieda 🌻', 'name', 'Frieda'],
    ['ich geh aufs Schiller-Gymnasium in der Stadt', 'school', 'Schiller-Gymnasium'],
    ['ich bin an der Gesamtschule am Stadtpark', 'school', 'Gesamtschule am Stadtpark'],
    ['wir wohnen in der Birkenstraße 14, 50667 Köln', 'address', 'Birkenstraße 14, 50667 Köln'],
    ['ich wohne in der ulmenallee neben dem Bäcker', 'address', 'ulmenallee'],
    ['meine Adresse ist Am Sonnenhang 3', 'address', 'Am Sonnenhang 3'],
    ['ruf mich an: 0157 98765432', 'phone', '0157 98765432'],
    ['die nummer von papa ist +49 170 1234567', 'phone', '+49 170 1234567'],
    ['unsere Festnetznummer ist 040/8765432', 'phone', '040/8765432'],
    ['ich bin am 8. März 2013 geboren', 'birthdate', '8. März 2013'],
    ['am 19. Oktober werde ich 11', 'birthdate', '19. Oktober'],
    ['mein Geburtstag ist am 02.09.2012', 'birthdate', '02.09.2012'],
    ['mein name in minecraft ist BlockBauer_77', 'handle', 'BlockBauer_77'],
    ['adde mich auf snap: leni _ 2012', 'handle', 'leni _ 2012'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Beethoven wurde am 17. Dezember 1770 in Bonn getauft', 'Beethoven', '17. Dezember 1770'],
    ['Weihnachten ist am 24. Dezember', '24. Dezember'],
    ['ich bin in der Grundschule und mag Mathe', 'Grundschule', 'Mathe'],
    ['wir haben im Verein Training', 'Verein'],
    ['der Herr der Ringe ist mein Lieblingsfilm', 'Herr der Ringe'],
    ['ich wohne in Hamburg', 'Hamburg'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII in Spanish, with its pack loaded', () => {
  it.each([
    ['hola me llamo martina gil', 'name', 'martina gil'],
    ['la profe carmen ruiz nos puso deberes', 'name', 'carmen ruiz'],
    ['mi hermano pequeño se llama bruno', 'name', 'bruno'],
    ['voy al Colegio Virgen del Carmen', 'school', 'Colegio Virgen del Carmen'],
    ['vivo en la calle Pez 7, 2º A', 'address', 'calle Pez 7, 2º A'],
    ['vivo en calle Almendro, al lado del súper', 'address', 'calle Almendro'],
    ['mi móvil es 622 345 118', 'phone', '622 345 118'],
    ['el 14 de abril cumplo 12 años', 'birthdate', '14 de abril'],
    ['en roblox soy Nube_Rosa12', 'handle', 'Nube_Rosa12'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['el 6 de enero vienen los reyes magos', '6 de enero'],
    ['la calle estaba mojada por la lluvia', 'la calle estaba'],
    ['mi profe de mates es muy buena', 'profe de mates'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: cues the English engine learned from unseen messages', () => {
  it.each([
    ['my name on fortnite is TurboSloth_5', 'handle', 'TurboSloth_5'],
    ['add me on snap max _ 2011 pls', 'handle', 'max _ 2011'],
    ['we live on Juniper Lane across from the gas station', 'address', 'Juniper Lane'],
    ['i live on birch st near the library', 'address', 'birch st'],
    ['im turning 12 on june 9th!!', 'birthdate', 'june 9th'],
    ['ask mrs okoye if we can leave early', 'name', 'okoye'],
    ['my little brother finn broke my tablet', 'name', 'finn'],
    ['i go 2 riverside middle school', 'school', 'riverside middle school'],
    [
      'check out all my drawings at https://www.deviantart.com/pixel-fox-draws',
      'url',
      'https://www.deviantart.com/pixel-fox-draws',
    ],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Beethoven was born in December 1770 in Bonn', 'December 1770'],
    ['sherlock holmes lives at 221B Baker Street in the books', '221B Baker Street'],
    ['I miss Paris so much', 'Paris'],
    ['my favourite song is 867-5309/jenny', '867-5309/jenny'],
    ['check out https://www.nasa.gov for space facts', 'https://www.nasa.gov'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII with every pack loaded: properties', () => {
  const pieces = [
    "je m'appelle ",
    'moi c’est ',
    'ich heiße ',
    'ich bin der ',
    'me llamo ',
    'mon prof ',
    'frau ',
    'Léa',
    'Martin',
    'müller',
    'Jonas',
    'collège ',
    'Gymnasium am Markt',
    '-Gymnasium',
    '12 rue des Lilas',
    'Hauptstraße 12',
    ', 75011 Paris',
    'calle Mayor 5, 3º B',
    "j'habite ",
    'ich wohne in der ',
    '06 12 34 56 78',
    '0151 23456789',
    'né le ',
    '4 mai 2013',
    '3. Mai',
    'werde ich 12',
    'snap ',
    'lily _ 2012',
    'avec ',
    ' et ',
    ', ',
    ' ',
    '\n',
    '🙂',
    'é',
  ];
  const chatLike = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

  it('never throws, and its findings index the input in order without overlapping', () => {
    fc.assert(
      fc.property(fc.oneof(chatLike, fc.string()), (input) => {
        const { findings } = scrubPII(input);
        let previousEnd = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(input.length);
          previousEnd = f.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is idempotent: scrubbing the result again finds nothing', () => {
    fc.assert(
      fc.property(chatLike, (input) => {
        const once = scrubPII(input);
        expect(scrubPII(once.text)).toEqual({ text: once.text, findings: [] });
      }),
      { numRuns: 1500 },
    );
  });
});
