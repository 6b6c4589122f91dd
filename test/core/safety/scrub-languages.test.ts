import { readdirSync, readFileSync } from 'node:fs';
import { loadLanguages, type PIIType, scrubPII } from '@youthchat/core';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markFold } from '../../../packages/core/src/safety/pii.ts';
import { OWN_DIR, type PiiRecord, readJsonl } from '../../../scripts/eval.ts';

/** The project's own PII corpora. */
const PII_DIR = `${OWN_DIR}pii/`;

// French and German cue words load with their packs, as an app loads them.
beforeAll(() => loadLanguages(['en', 'es', 'fr', 'de']));

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
    ['on habite au 27 rue des Marronniers, 59000 Lille', 'address', '27 rue des Marronniers, 59000'],
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
    ['wir wohnen in der Birkenstraße 14, 50667 Köln', 'address', 'Birkenstraße 14, 50667'],
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
    // The door after the floor is taken whole, in full or short, never cut inside the word.
    ['vivo en la calle Mayor 12, 5º izquierda, en Madrid', 'address', 'calle Mayor 12, 5º izquierda'],
    ['calle del Pez 4, 1º derecha', 'address', 'calle del Pez 4, 1º derecha'],
    ['calle del Pez 4, 1º izda y subes', 'address', 'calle del Pez 4, 1º izda'],
    ['mi móvil es 622 345 118', 'phone', '622 345 118'],
    ['el 14 de abril cumplo 12 años', 'birthdate', '14 de abril'],
    ['en roblox soy Nube_Rosa12', 'handle', 'Nube_Rosa12'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['el 6 de enero vienen los reyes magos', '6 de enero'],
    ['la calle estaba mojada por la lluvia', 'la calle estaba'],
    ['mi profe de mates es muy buena', 'profe de mates'],
    ['calle Mayor 12, 3º izq. al lado del parque', 'al lado del parque'],
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

describe('scrubPII beyond the tuned messages', () => {
  it.each([
    // A name beside the writer's own, after a comma or in brackets.
    ['hola soy el nico, nicolás fuentes, de 1º B', 'name', 'nicolás fuentes'],
    ['hiya im addy (addison clarke) from the art club', 'name', 'addison clarke'],
    ['write a poem where me (poppy) rides a dragon', 'name', 'poppy'],
    // An article before a nickname: "soy la…", "hier ist der…".
    ['buenas, soy la vale y necesito ayuda', 'name', 'vale'],
    ['hallo, hier ist der jannik aus der 7a', 'name', 'jannik'],
    // A relation of a relation: "my sister's friend …".
    ["my sister's friend archie keeps messaging me", 'name', 'archie'],
    ['el amigo de mi hermano, mi primo gonzalo, vino ayer', 'name', 'gonzalo'],
    // Irish surnames are no French elision.
    ["mrs o'brien gave us extra homework", 'name', "o'brien"],
    // A sign-off after an emoji or a dash, with a word before the name.
    ['das wars 🙌 lg Jannis', 'name', 'Jannis'],
    ['bis dann – dein Malte', 'name', 'Malte'],
    ['je file, à tantôt, Rosalie', 'name', 'Rosalie'],
    // Handles: a space after "@", a username word before its platform, a game tag.
    ['follow me on tiktok @ sunny.side.up22', 'handle', 'sunny.side.up22'],
    ['mi usuario de roblox es dragon_azul77', 'handle', 'dragon_azul77'],
    ['en valorant soy Nube#EUW3', 'handle', 'Nube#EUW3'],
    ['mon tag brawl stars c’est #9PLQ2RV0', 'handle', '#9PLQ2RV0'],
    // Document numbers of letters and digits, and German compound words for them.
    ['mein reisepassnummer ist C7T0KM2R9', 'id_number', 'C7T0KM2R9'],
    ['auf der versichertenkarte steht A987654321', 'id_number', 'A987654321'],
    ['my learners permit!! number is X12-345-67-890', 'id_number', 'X12-345-67-890'],
    // German day-month dates whose ordinal dot is no sentence end, and spaced dates.
    ['ich hab am 14.3. geburtstag', 'birthdate', '14.3'],
    ['am 2.11. werd ich 12', 'birthdate', '2.11'],
    ['mein geburtsdatum ist der 7. 5. 2012', 'birthdate', '7. 5. 2012'],
    // Schools and titles added to the packs.
    ['je suis au clg victor hugo à lyon', 'school', 'clg victor hugo'],
    ['unsere lehrerin Frau Mag. Berger ist krank', 'name', 'Berger'],
    ['vivo en Pje. Los Aromos 450, Quilpué', 'address', 'Pje. Los Aromos 450'],
    // A possessive without its apostrophe, and a nickname after "call me".
    ['we slept over at my cousin olivias flat', 'name', 'olivia'],
    ['my name is Theodora but everyone can call me teddie, ok', 'name', 'teddie'],
  ] as [string, PIIType, string][])('%s', (text, type, value) => expectTaken(text, type, value));

  it.each([
    // A home router's or the machine's own address is the same in millions of homes.
    ['type 192.168.1.1 in the browser to reach the router', '192.168.1.1'],
    ['localhost est 127.0.0.1 en fait', '127.0.0.1'],
    ['die fritzbox hat 192.168.178.1', '192.168.178.1'],
    // Where a character or a famous person lives now, in the present tense.
    ['in the book Harry Potter lives at 4 Privet Drive with his aunt', '4 Privet Drive'],
    ['Tintin habite 26 rue du Labrador dans les albums', '26 rue du Labrador'],
    // A name after "don" stays (a title of respect, and Don Quijote).
    ['don quijote vive en la mancha', 'don quijote'],
    // A colour code and an issue number are no player tags.
    ['the hex is #FFAA00 and the bug is #1234', '#1234'],
    // A school word before one lower-case given name is no school's name.
    ['am gymnasium max ist alles ok', 'gymnasium max'],
    ['call me crazy but i like homework', 'crazy'],
    ['just call me later ok', 'later'],
    ['la diagonal del cuadrado mide 5 cm', 'diagonal del cuadrado mide 5'],
  ])('keeps %s', (text, value) => expectKept(text, value));

  it('still takes a device address on a home network', () => {
    expectTaken('my ip is 192.168.1.24 why is my wifi slow', 'ip', '192.168.1.24');
  });
});

describe('scrubPII: cue classes for names, by language', () => {
  it.each([
    // Introductions at the start of a message or after a greeting.
    ["c'est Maëlle, tu peux m'aider pour l'anglais ?", 'name', 'Maëlle'],
    ['coucou! c’est Baptiste Girard, en 4e', 'name', 'Baptiste Girard'],
    ['hey im Ayaan, 12, can u help with maths', 'name', 'Ayaan'],
    // An article, and a word that describes, before a nickname.
    ['en el barrio me dicen el Gordo, jaja', 'name', 'Gordo'],
    ['moi c’est la grande Inès', 'name', 'Inès'],
    ['bin der Jonas, 14, aus Kiel', 'name', 'Jonas'],
    ['ich heiße Theresa, aber sag einfach Resi', 'name', 'Resi'],
    // A surname said of someone, and a family at its door.
    ['mi profe se apellida Villanueva y es muy estricta', 'name', 'Villanueva'],
    ['au deuxième, sonnez chez Dubois', 'name', 'Dubois'],
    ['wir übernachten bei Familie Schröder', 'name', 'Schröder'],
    // A relation and a name: capitalised, in lower case with an age, a full name in lower case.
    ['meine schwester Can malt gern', 'name', 'Can'],
    ['my big sister is ziva, shes 15', 'name', 'ziva'],
    ['mi prima yuliana andrea me prestó su tablet', 'name', 'yuliana andrea'],
    // The writer with someone, and a surname's initial.
    ['me and sophie k. are doing a poster', 'name', 'sophie k.'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    // Famous people and characters: the packs' fallback lexicon, and what the words around say.
    ["Beethoven's birthday was in December, right?", "Beethoven's birthday"],
    ['Shakira cumple años el 2 de febrero', '2 de febrero'],
    ['Astérix a un chien qui s’appelle Idéfix', 'Idéfix'],
    ['Biene Maja hat eine Freundin namens Thekla', 'Thekla'],
    ['Mr. Bean is hilarious, who played him?', 'Mr. Bean'],
    ['Mr. Bean is the best', 'Mr. Bean'],
    ['that show is so good, is Rosa Diaz based on a real cop?', 'Rosa Diaz'],
    ['Helene Fischer hat am 5. August Geburtstag', '5. August'],
    ['The Eiffel Tower is at 5 Avenue Anatole France', '5 Avenue Anatole France'],
    ['Mozart wurde in der Getreidegasse 9 geboren', 'Getreidegasse 9'],
    // A pet's name is no person's.
    ['mon chat s’appelle Caramel', 'Caramel'],
    // "de" after "soy" says where from.
    ['soy de Sevilla y me encanta el fútbol', 'Sevilla'],
    ['my dad says hes 40 but he looks 30', 'says'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it('still takes a friend’s birthday', () => {
    expectTaken('Lena hat am 5. Mai Geburtstag, was schenke ich ihr?', 'birthdate', '5. Mai');
    expectTaken("my friend Zoe's birthday is April 2", 'birthdate', 'April 2');
    // After "and", the birthday's subject is the clause's pronoun, not the name before it.
    expectTaken('meine Mama? Sie heißt Claudia und hat am 3. Juni Geburtstag', 'birthdate', '3. Juni');
    // The age turned after a date's closing dot: "wird am 22.09. 14".
    expectTaken('mein Cousin wird am 22.09. 14, was schenk ich ihm?', 'birthdate', '22.09');
  });

  it.each([
    // Asked who they are, with a star's work after; set against a famous name; pets in compounds and named by a pronoun.
    ["c'est qui Céline Dion? ma mère l'écoute en boucle", 'Céline Dion'],
    ['Wer gewinnt eher Wimbledon, Alexander Zverev oder Carlos Alcaraz? Mein Trainer sagt Alcaraz', 'Alexander Zverev'],
    ['Mein Pflegepferd im Reitstall heißt Sternchen und hat gehinkt', 'Sternchen'],
    ["on a adopté un chien à la SPA, c'est un berger australien, on l'a appelé Oscar", 'Oscar'],
    // "a" after a verb: the thing, not a name.
    ['my sister had a baby last week', 'baby'],
    // A title quoted in a message about music; a quotation to translate, apostrophes inside it.
    ["En musique on doit jouer 'Au clair de la lune, mon ami Pierrot' à la flûte", 'Pierrot'],
    ["Translate: 'My name is Tom' c'est 'Je m'appelle Tom' ?", 'Tom'],
    // Kin asked about between two full names; a star's song sung; a prize of the world's, wherever the name is.
    ['Ist Mischa Zverev eigentlich der ältere Bruder von Alexander Zverev?', 'Mischa Zverev', 'Alexander Zverev'],
    ['Kennst du Mickie Krause? Mein Onkel singt das die ganze Zeit', 'Mickie Krause'],
    ['Hat Lise Meitner den Nobelpreis bekommen?', 'Lise Meitner'],
    ["je prends Martin Fourcade ou Lou Jeanmonnot ? Martin Fourcade a 5 médailles d'or olympiques", 'Martin Fourcade'],
    // A famous person's kin.
    ["is Zinedine Zidane's son Enzo still playing football?", 'Enzo'],
    ['le fils de Zinedine Zidane, Enzo, il joue encore ?', 'Enzo'],
    // Names weighed for a pet; school in general in a debate's question.
    ["C'est quoi un bon nom pour mon hamster ? j'hésite entre Noisette, Caramel et Pépito", 'Caramel'],
    ['Ist Mila ein schöner Name für eine Katze? Oder lieber Luna?', 'Mila'],
    ['Unser Thema ist „Sollten Handys in der Schule verboten werden?“', 'Schule verboten'],
    // Refusal after a thing, not a person.
    ['Netflix wont load for me', 'Netflix'],
    // A help line's number, named before it.
    ['is Kids Helpline only for little kids or can a 15 yo call 1800 55 1800?', '1800 55 1800'],
    ['vi que existe el Teléfono ANAR 900 20 20 10, me van a regañar si llamo?', '900 20 20 10'],
    // A story's character's home.
    ["Pour ma rédac j'ai écrit que l'héroïne habite 12 rue Victor-Hugo à Lyon", '12 rue Victor-Hugo'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ["c'est qui Lucas ? il m'a ajouté sur snap", 'name', 'Lucas'],
    ["ma sœur a eu un bébé, on l'a appelé Noah", 'name', 'Noah'],
    ["my sister had a baby, she's called Daisy", 'name', 'Daisy'],
    ["he's called jake and he's in my class", 'name', 'jake'],
    ['Ist Lena Meier die Schwester von Tim Meier aus meiner Klasse?', 'name', 'Lena Meier'],
    ['Lena hat 3 Medaillen beim Schwimmen gewonnen, ich will auch', 'name', 'Lena'],
    ['Mini Fründin Aline het gseit, ich sig blöd', 'name', 'Aline'],
    ['i called the helpline, my number is 0412 555 019', 'phone', '0412 555 019'],
    ["is my friend's son Enzo still playing?", 'name', 'Enzo'],
    ['Uncle Ravi says I should do engineering but I love drawing', 'name', 'Ravi'],
    ['Aoife wont talk to me since the disco. what did I do wrong', 'name', 'Aoife'],
    ['jay keeps texting me at night', 'name', 'jay'],
    ['Die Hotline von Frau Weber ist 0176 1234567, sie ist unsere Nachhilfelehrerin', 'phone', '0176 1234567'],
    ['mon héros c’est mon père, il habite 12 rue Victor-Hugo', 'address', '12 rue Victor-Hugo'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: handles, personal pages, numbers and coming birthdays', () => {
  it.each([
    // Handles after a platform or an account word, without "@": with spaces up to the clause's end, between symbols.
    ["mon ps4 c'est Loup_Gris_33", 'handle', 'Loup_Gris_33'],
    ['her user is MiaPlaysPiano', 'handle', 'MiaPlaysPiano'],
    ['mi discord es pato salvaje 7, escríbeme', 'handle', 'pato salvaje 7'],
    ['busca me? búscame en roblox como reina del hielo 12', 'handle', 'reina del hielo 12'],
    ['sur clash royale je suis Capitaine Crochet', 'handle', 'Capitaine Crochet'],
    ['mein brawl stars name ist ★Nacht Wolf★', 'handle', '★Nacht Wolf★'],
    ['in fortnite bin ich Keks_Monster07', 'handle', 'Keks_Monster07'],
    ['mon identifiant pronote c’est tom.durand12', 'handle', 'tom.durand12'],
    ['add me on switch, my friend code is SW-8820-1147-3356', 'handle', 'SW-8820-1147-3356'],
    // A page of the writer's own: after saying they made it, or on a host for personal sites.
    [
      'i built a website for my comics!! https://www.jaxdrawsstuff.com/home',
      'url',
      'https://www.jaxdrawsstuff.com/home',
    ],
    ['regardez : https://lea-patisse.wixsite.com/recettes', 'url', 'https://lea-patisse.wixsite.com/recettes'],
    ['ich hab ne homepage gemacht: www.pferdehof-emma.de', 'url', 'www.pferdehof-emma.de'],
    // Cards after a card word even when the checksum fails; identity numbers grouped or dotted.
    ['ma carte bleue c’est 4971 2233 4455 6612', 'card', '4971 2233 4455 6612'],
    ['papas Kreditkarte: 5500 1234 5678 9999', 'card', '5500 1234 5678 9999'],
    ['mi tarjeta de identidad es 1.098.765.432', 'id_number', '1.098.765.432'],
    ['my SIN is 123 456 782 btw', 'id_number', '123 456 782'],
    ['meine steuer-id, für die bank, ist 65 929 970 489', 'id_number', '65 929 970 489'],
    ['me escribe todo el día al 655 443 221', 'phone', '655 443 221'],
    // A birthday said with the age turned, not a birth word.
    ['mein bruder wird am 14. oktober 10', 'birthdate', '14. oktober'],
    ['ich werd übermorgen am 2. juni 13 jahre alt', 'birthdate', '2. juni'],
    ["j'ai 11 ans le 8 mars !", 'birthdate', '8 mars'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['my roblox is lagging so bad today', 'lagging'],
    ['is the new minecraft 1.21 out on switch yet', '1.21'],
    ['PS: Noah says hi to everyone', 'Noah'],
    ['I like this website: www.coolmathgames.com/games/run', 'www.coolmathgames.com/games/run'],
    ['compré el juego sin 2000 pesos de descuento', '2000'],
    ['my passport expires in 2031 so its fine', '2031'],
    ['das Konzert wird am 3. Mai 12 Uhr beginnen', '3. Mai'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: schools and homes without a house number', () => {
  it.each([
    // A school's type after its name, with a describing word in capitals; a number after the school word.
    ['I study at Green Valley Public School, grade 7', 'school', 'Green Valley Public School'],
    ['we have mocks at Meadowbank Comprehensive next week', 'school', 'Meadowbank Comprehensive'],
    ['estudio en la Escuela Primaria No. 112 de Monterrey', 'school', 'Escuela Primaria No. 112'],
    ['soy del Colegio Nacional de Buenas Letras', 'school', 'Colegio Nacional de Buenas Letras'],
    ['voy al conalep 45 en la mañana', 'school', 'conalep 45'],
    // A home placed by what stands beside it.
    ['we live behind the Co-op on Mill Lane, its noisy', 'address', 'behind the Co-op on Mill Lane'],
    ['our flat is above the Chinese takeaway on King Street', 'address', 'above the Chinese takeaway on King Street'],
    [
      'vivimos enfrente de la farmacia Guadalupe, la casa azul',
      'address',
      'enfrente de la farmacia Guadalupe, la casa azul',
    ],
    ['on habite la petite maison en face de la mairie', 'address', 'la petite maison en face de la mairie'],
    ['wir wohnen direkt neben der Sparkasse in der Altstadt', 'address', 'neben der Sparkasse in der Altstadt'],
    ['I live in apt 12C, Silver Oak Residency', 'address', 'apt 12C, Silver Oak Residency'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['my old public school had a pool', 'public school'],
    ['I live next to a park lol', 'next to a park'],
    ['the house next to the school is haunted', 'the house next to the school'],
    ['I sit next to Emma in maths', 'next to'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: people named in lists, between commas, at a party, in a full name', () => {
  it.each([
    ['bei unserem referat sind Jonas, Mila und Lea Krüger dabei, ich mach die folien', 'name', 'Lea Krüger'],
    ['pour le projet je suis avec Inès, Hugo et Manon P.', 'name', 'Manon P.'],
    ['la prof de maths, Sandrine, nous a donné trop de devoirs', 'name', 'Sandrine'],
    ['the new kid in our class, mason reyes, keeps kicking my seat', 'name', 'mason reyes'],
    ['je suis invitée à la soirée de Clémence samedi', 'name', 'Clémence'],
    ['vamos al cumple de cami el sábado', 'name', 'cami'],
    ['notre voisine mme De Luca a un chien', 'name', 'De Luca'],
    ['Saludos. Atte. Renata Flores, 5° B', 'name', 'Renata Flores'],
    ['Clara Weber hat mir voll gemeine sachen geschrieben', 'name', 'Clara Weber'],
    ['Lucas Moreau m’a piqué ma trousse', 'name', 'Lucas Moreau'],
    // An article between a relation and a common given name.
    ['mei cousine d Lena kommt morgen', 'name', 'Lena'],
    ['mon pote le Hugo il est trop fort', 'name', 'Hugo'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['we learned about France, Spain and Italy today', 'France, Spain and Italy'],
    ['I love Harry, Ron and Hermione in the books', 'Harry, Ron and Hermione'],
    ['je fais un exposé sur Marie Curie, elle est née en Pologne', 'Marie Curie'],
    ['mein lieblingsbuch ist Momo von Michael Ende', 'Michael Ende'],
    ['le film avec Emma Watson est trop bien', 'Emma Watson'],
    ['el cumpleaños de Rosalía es en septiembre', 'Rosalía'],
    ['lettre au Père Noël, Pôle Nord, c’est la bonne adresse ?', 'Pôle Nord'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: towns stay, streets by the writer’s home, area codes before a slash', () => {
  it.each([
    ['we wait for the bus on Cedar Avenue right outside our house', 'address', 'Cedar Avenue'],
    ['vivimos en Gran Vía de Colón 21, pero nos mudamos', 'address', 'Gran Vía de Colón 21'],
    ['mon portable : 0471/22.33.44 si tu veux', 'phone', '0471/22.33.44'],
    ['unser festnetz: 030 / 88 77 66 55', 'phone', '030 / 88 77 66 55'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    // The street and its postcode go; the town, which names no more than a city, stays.
    ['on habite 4 rue Victor Hugo, 35000 Rennes, c’est loin ?', 'Rennes'],
    ['ich wohne in der Hauptstraße 7, 80331 München', 'München'],
    ['je suis au lycée Jean Moulin de Montpellier', 'Montpellier'],
    ['ich gehe auf die Realschule Nord in Bremen', 'Bremen'],
    // A street pointed at is not given.
    ['el protagonista vive en esa calle tan rara?', 'esa calle tan rara'],
    ['we went to the cinema on Main Street', 'Main Street'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: a quiz about someone covers that one only', () => {
  it.each([
    [
      'Helene Fischer hat am 5. August geburtstag, mach ein quiz über sie. Ich heiße Clara Neumann',
      'name',
      'Clara Neumann',
    ],
    [
      'Helene Fischer hat am 5. August geburtstag, mach ein quiz über sie. wir wohnen in der Lindenstraße 4',
      'address',
      'Lindenstraße 4',
    ],
    [
      "taylor swift's birthday is december 13, can u make a quiz about her. my name is Rosalind Pryce btw",
      'name',
      'Rosalind Pryce',
    ],
    ['me llamo Irene Calvo, haz un test sobre ella: Shakira', 'name', 'Irene Calvo'],
    ['mon ami Nolan Petit est génial, fais un quiz sur lui', 'name', 'Nolan Petit'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['der Geburtstag von Mark Forster ist am 11. januar, mach ein quiz über ihn', 'Mark Forster', '11. januar'],
    ["l'anniversaire de Aya Nakamura c'est le 10 mai, fais moi un quiz sur elle", 'Aya Nakamura', '10 mai'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: display names with an article, school names with a place, more cue words', () => {
  it.each([
    ['auf roblox heiß ich Der Kleine Drache', 'handle', 'Der Kleine Drache'],
    ['mi usuario de free fire es El Rey Gamer 09, agrégame', 'handle', 'Rey Gamer 09'],
    ["mon pseudo sur brawl stars c'est Le Roi Des Frites 44", 'handle', 'Roi Des Frites 44'],
    ['ich geh auf die Grundschule am Park und morgen haben wir ausflug', 'school', 'Grundschule am Park'],
    ['next year im starting at Kingsway Grammar', 'school', 'Kingsway Grammar'],
    ['i go to Westgate Juniors', 'school', 'Westgate Juniors'],
    ['im in year 7 at Hollins Park Sixth Form', 'school', 'Hollins Park Sixth Form'],
    ['mi número de estudiante es A00874512', 'id_number', 'A00874512'],
    ['alle nennen mich krümel aber eigentlich heiß ich greta', 'name', 'greta'],
    // One word in lower case after a relation, then an object pronoun (Spanish) or a verb (English).
    ['mi padrastro ramón me grita mucho', 'name', 'ramón'],
    ['my cousin dev is coming over for the weekend', 'name', 'dev'],
    // Email addresses spelled out in French and German words.
    ['schreib mir an lotta at gmx punkt de', 'email', 'lotta at gmx punkt de'],
    ['écris moi à léa arobase orange point fr', 'email', 'léa arobase orange point fr'],
    // A coming birthday without a birth word: an age the child turns, a word between.
    ['el 3 de mayo cumplo años', 'birthdate', '3 de mayo'],
    ["le 4 avril j'aurai enfin 13 ans", 'birthdate', '4 avril'],
    ['on june 3 ill be finally 12', 'birthdate', 'june 3'],
    ['die koordinaten von meinem haus sind 48.8584, 2.2945', 'geo', '48.8584, 2.2945'],
    ['Mein Standort: 52.52, 13.40', 'geo', '52.52, 13.40'],
    // Coordinates as geocaches, map apps and forms give them.
    ["my gps says N 51° 30.044' W 0° 7.672'", 'geo', "51° 30.044' W 0° 7.672"],
    ['lat: 51.50 long: -0.12 thats where i am', 'geo', '51.50 long: -0.12'],
    ['im at latitude 40.71 and longitude -74.00', 'geo', '40.71 and longitude -74.00'],
    ['40.7128 north, 74.0060 west', 'geo', '40.7128 north, 74.0060 west'],
    ['Breitengrad: 52,5200 Längengrad: 13,4050', 'geo', '52,5200 Längengrad: 13,4050'],
    // Identity numbers typed in lower case, and those that open with up to five letters.
    ['my sin is 046 454 286', 'id_number', '046 454 286'],
    ['my TFN is 123 456 782', 'id_number', '123 456 782'],
    ['my drivers licence is SMITH701015J99AB', 'id_number', 'SMITH701015J99AB'],
    ['my pan card ABCDE1234F', 'id_number', 'ABCDE1234F'],
    // A street by the writer's home: after the town, after "down" or "off", in lower case before a street word.
    ['i live in Ashford on Mill Road', 'address', 'Mill Road'],
    ['we live down Bramble Lane by the river', 'address', 'Bramble Lane'],
    ['our house is the one with the red door on maple rd', 'address', 'maple rd'],
    // The writer's street named without a street word.
    ['my street is called Meadow View', 'address', 'Meadow View'],
    ['mi calle se llama Los Almendros', 'address', 'Los Almendros'],
    ["ma rue s'appelle Les Hauts de Belleville", 'address', 'Les Hauts de Belleville'],
    ['meine Straße heißt Am Sonnenhang', 'address', 'Am Sonnenhang'],
    // A page of the child's own on a country's domain, without www.
    ['meine website lena-fotografiert.de', 'url', 'lena-fotografiert.de'],
    ["mon site c'est dessins-de-lea.fr", 'url', 'dessins-de-lea.fr'],
    // Handles: a dot said in words, an article inside, a German word for a player's name, the writer's name after a comma.
    ['mein insta: jule punkt zeichnet', 'handle', 'jule punkt zeichnet'],
    ["ajoute moi sur insta c'est noah point lrx", 'handle', 'noah point lrx'],
    ['my username on minecraft is dave the miner 7', 'handle', 'dave the miner 7'],
    ['mein Spielername ist Sturmfaust', 'handle', 'Sturmfaust'],
    ['folgt mir auf tiktok, ich bin anni.dance', 'handle', 'anni.dance'],
    // The writer born: "ich wurde … geboren" is the child's own birth, not a famous one's.
    ['ich wurde am 03.06.2013 geboren', 'birthdate', '03.06.2013'],
    ['my best mate finley keeps taking my lunch', 'name', 'finley'],
    ['my grandad albert is in hospital', 'name', 'albert'],
    ['if my friend Emma has 5 sweets how many can i get', 'name', 'Emma'],
    // A street named after someone famous is still the child's street.
    ["notre maison c'est la jaune au coin de la rue Victor Hugo", 'address', 'rue Victor Hugo'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['ich war in der Schule am Montag', 'Schule am Montag'],
    ['nach der Schule am Nachmittag gehen wir schwimmen', 'Schule am Nachmittag'],
    ['my roblox is the best game', 'the best game'],
    ['auf roblox bin ich der beste', 'der beste'],
    ['the grammar is hard', 'grammar'],
    ['i want to go to sixth form next year', 'sixth form'],
    // A verb or an adverb there is no name: German and French put their verb after the relation.
    ['meine mama trinkt jeden abend', 'trinkt'],
    ['mon pote doit se faire opérer', 'doit'],
    ['mi mamá solo me deja una hora', 'solo'],
    ['mi hermano casi lo hace', 'casi'],
    // A school's name ends at a word in lower case after its capitalised words; a town after a saint's name stays.
    ["je vais au lycée Victor Duruy l'an prochain", "l'an prochain"],
    ["mon collège c'est le collège Saint-Exupéry de Nantes", 'Nantes'],
    ['gonna paddle out at the point in the storm tmrw', 'the point in the storm'],
    ['the test on june 3 will be hard, ill be ready', 'june 3'],
    // Coordinates of a named place, for homework or a geocache.
    ['die koordinaten vom Eiffelturm sind 48.8584, 2.2945 oder?', '48.8584, 2.2945'],
    ["le Mont Blanc c'est à 45.8326° N, 6.8652° E et il fait 4805 m ?", '45.8326° N, 6.8652° E'],
    ['I need 12.5 north of here and 3.25 east', '12.5 north'],
    ['we drove down the high street near my house', 'high street'],
    ['i live in Ashford on Mill Road', 'Ashford'],
    ['my street is The best in town', 'The best'],
    ['my road is Busy at night', 'Busy'],
    ['ich lese oft zeit.de', 'zeit.de'],
    ['add me on snap, im shy', 'shy'],
    // The German verb after a name in lower case is no surname.
    ['mein bruder finn nervt voll', 'nervt'],
    ['Goethe wurde am 28. august 1749 geboren', '28. august 1749'],
    ['la calle Gran Vía de madrid es muy famosa no?', 'Gran Vía'],
    ['en Plaza Sésamo Elmo tiene 3 años y medio para siempre', 'Plaza Sésamo'],
    // The people of a sum told as a story.
    ['si Juan tiene 8 canicas y le da 3 a Pedro cuántas le quedan', 'Pedro'],
    ['si Léa a 6 bonbons et en donne 2 à Hugo il en reste combien', 'Hugo'],
    ['mein stiefvater uwe schreit mich immer an', 'schreit'],
    ['my snap is at the top of my page', 'the top'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  // A street named beside a landmark goes; the landmark, which no one can find a home by alone, stays.
  it.each([
    ['vivo justo encima de la farmacia de la plaza del Carmen', 'plaza del Carmen', 'farmacia'],
    ["j'habite juste au-dessus de la boulangerie avenue Jean Jaurès", 'avenue Jean Jaurès', 'boulangerie'],
    ['wir wohnen über der apotheke in der Bahnhofstraße', 'Bahnhofstraße', 'apotheke'],
  ])('takes the street in %j and keeps the landmark', (text, street, landmark) => {
    expectTaken(text, 'address', street);
    expectKept(text, landmark);
  });
});

describe('scrubPII: names told by the verb after them, and look-alikes after an introduction', () => {
  it.each([
    // A relation said as a title, then a verb of its language.
    ['uncle baz picked me up from footy', 'name', 'baz'],
    ['tata rosine m’a offert un livre', 'name', 'rosine'],
    ['tante gudrun holt uns ab', 'name', 'gudrun'],
    ['mi tía chabela hace unos tamales riquísimos', 'name', 'chabela'],
    ['mon parrain gilou fait des blagues nulles', 'name', 'gilou'],
    ['meine oma waltraud strickt mir einen schal', 'name', 'waltraud'],
    // The nearest title, a lower-case name cut at its verb, a possessive after it.
    ['our teacher miss adeyemi gave us extra homework', 'name', 'adeyemi'],
    ['a girl called saoirse keeps laughing at me', 'name', 'saoirse'],
    ["my mate kez's dad drives us", 'name', 'kez'],
    // Someone who did something to the writer, and the other name the writer goes by.
    ['ugh ruairi blocked me again', 'name', 'ruairi'],
    ['la yesenia me bloqueó de su grupo', 'name', 'yesenia'],
    ['je m’appelle Apolline mais mes potes disent lina', 'name', 'lina'],
    ['hola soy maiara y tengo 12', 'name', 'maiara'],
    ['hi im marlowe, 11, from leeds', 'name', 'marlowe'],
    // German school names typed in lower case, and a place after "am".
    ['ich geh aufs humboldt gymnasium', 'school', 'humboldt gymnasium'],
    ['bin auf der realschule am markt', 'school', 'realschule am markt'],
  ] as [string, PIIType, string][])('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['my coach makes me run laps every week', 'makes'],
    ['my cousin’s dog bit me', 'dog'],
    ['the ball hit me in the face lol', 'ball'],
    ['la tele me dice que no hay señal', 'tele'],
    ['la ciudad se llama puebla y es bonita', 'puebla'],
    ['my xbox is making a weird noise', 'making'],
    ['we played Mario Kart all night', 'Mario Kart'],
    ["C'est Mercredi, on a piscine", 'Mercredi'],
    ['Je suis Bordelaise et fière', 'Bordelaise'],
    ['Soy Peruano', 'Peruano'],
    ['Ich bin Fertig!', 'Fertig'],
    ['Sehr geehrte Frau Direktorin, wann sind Ferien?', 'Direktorin'],
    ['Charles Perrault qui a écrit Cendrillon', 'Charles Perrault'],
    ['Seite 88 Aufgabe 2 verstehe ich nicht', 'Aufgabe 2'],
    ['je vis à Nantes depuis 2020', 'Nantes depuis 2020'],
    ['le code article est 00 44 21 87 65', '00 44 21 87 65'],
    // An order's number, its code words holding a phone's word ("numéro", "Nr."), or a few words away.
    ['numéro de commande 0698451203, toujours pas livré', '0698451203'],
    ['meine Bestellung bei Otto Nr. 30495827614 kommt nicht, was schreib ich denen', '30495827614'],
    ['die Bestellnummer von meinem neuen Handy ist 5521-8830-17', '5521-8830-17'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it('takes a phone right after an order number when a word for a phone follows it', () => {
    expectTaken('ma commande, 06 98 45 12 03 appelle-moi si elle arrive', 'phone', '06 98 45 12 03');
  });
});

describe('scrubPII in French and German: house numbers, days in words, doors, and what only looks like them', () => {
  it.each([
    ['ich wohne im Kastanienweg Hausnr. 21', 'address', 'Kastanienweg Hausnr. 21'],
    ['wir wohnen in der Kirchstraße, Hausnummer 14', 'address', 'Kirchstraße, Hausnummer 14'],
    ['on habite au lieu-dit Les Trois Chênes', 'address', 'lieu-dit Les Trois Chênes'],
    ['je vais au collège privé Sainte-Anne en 5e', 'school', 'collège privé Sainte-Anne'],
    ['ich hab am dreizehnten April Geburtstag', 'birthdate', 'dreizehnten April'],
    ["j'aurai 12 ans le vingt-deux juin", 'birthdate', 'vingt-deux juin'],
    ['mon anniv ? le 9 mai', 'birthdate', '9 mai'],
    ['bei Kowalski klingeln, 3. Stock', 'name', 'Kowalski'],
    ['mein insta: instagram.com / lena.zeichnet', 'url', 'instagram.com / lena.zeichnet'],
    ['chui Maëlle Guérin, en 4e', 'name', 'Maëlle Guérin'],
    ['ich war mit meiner Freundin Lea einkaufen', 'name', 'Lea'],
    ['mit meinem Cousin Malik Fußball gespielt', 'name', 'Malik'],
    ["le garçon de la ville s'appelle Noah", 'name', 'Noah'],
    ['Mit Lena haben wir Harry Potter geguckt', 'name', 'Lena'],
    ["Léa chante au spectacle de l'école, je suis sa meilleure amie", 'name', 'Léa'],
    ['ich hab am 12.05. Geburtstag', 'birthdate', '12.05'],
    ['Grüße, Emma Schulz (7c)', 'name', 'Emma Schulz'],
    ['ich geh auf die GGS Kastanienallee', 'school', 'GGS Kastanienallee'],
    ['lukas-zockt.de ist meine Website', 'url', 'lukas-zockt.de'],
    ['erzähl mir was über Lena aus meiner Klasse, die ist gemein zu mir', 'name', 'Lena'],
    ["allez voir lena-dessins.fr, c'est moi qui l'ai fait", 'url', 'lena-dessins.fr'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Bus 7 ab Rathausplatz 7:15, Ankunft 7:40', 'Rathausplatz 7:15'],
    ['il faut 75 cl de crème et 200 g de sucre', '75 cl de crème'],
    ['Ich Wohne Seit Der Grundschule In Dresden', 'Grundschule In Dresden'],
    ['mein Lieblingsfilm ist Paul und Paula', 'Paul und Paula'],
    ['der Herr Stadtrat hat die Turnhalle eröffnet', 'Herr Stadtrat'],
    ["on a étudié un texte d'Émile Zola", 'Émile Zola'],
    ['wann hat Mark Forster Geburtstag? am 11. Januar', '11. Januar'],
    ['ich hab erst im Mai Geburtstag', 'erst im Mai'],
    ['wir müssen bei Oma klingeln', 'Oma'],
    ['ich war mit meinem Bruder einkaufen', 'einkaufen'],
    ['ich habe mit meinem Papa Fußball gespielt', 'Fußball'],
    ['mit meinem Opa angeln ist das Beste', 'angeln'],
    ['im Spiel heißt die Prinzessin Peach und die Prinzessin heißt Daisy', 'Daisy'],
    ["dans mon livre le roi s'appelle Arthur", 'Arthur'],
    ['notre collège a été construit en 1965 et fête ses 60 ans le 1er septembre', '1er septembre'],
    ['die Stadt heißt Ulm und liegt an der Donau', 'Ulm'],
    ["mon avatar s'appelle Dragon", 'Dragon'],
    ['Frau Doktor hat mir Hustensaft gegeben', 'Frau Doktor'],
    ['Frau Sekretärin hat meine Mama angerufen', 'Frau Sekretärin', 'angerufen'],
    ['Maître Yoda est trop fort', 'Maître Yoda'],
    ["j'adore Louane, elle chante trop bien", 'Louane'],
    ['Peter und der Wolf hören wir im Musikunterricht', 'Peter und der Wolf'],
    ['www.lego.com ist meine Lieblingsseite', 'www.lego.com'],
    ['erzähl mir von Max und Moritz und ihren Streichen', 'Max und Moritz'],
    ['Pumuckl wohnt bei Meister Eder in der Werkstatt', 'Meister Eder'],
    ['heute singen wir Bruder Jakob im Kanon', 'Bruder Jakob'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: bank accounts, numbers after "Nr." or "n°", more handles, public offices', () => {
  it.each([
    ['mi cuenta es ES91 2100 0418 4502 0005 1332', 'id_number', 'ES91 2100 0418 4502 0005 1332'],
    ['überweis es auf GB82WEST12345698765432 bitte', 'id_number', 'GB82WEST12345698765432'],
    ['mein IBAN: AT12 3456 7890 1234 5678', 'id_number', 'AT12 3456 7890 1234 5678'],
    ['meine Versichertenkarte Nr. A123456789 ist abgelaufen', 'id_number', 'A123456789'],
    ['ma carte vitale n° 2 09 05 75 123 456 78', 'id_number', '2 09 05 75 123 456 78'],
    ['mon code permanent est TREL14520901', 'id_number', 'TREL14520901'],
    ['my snap is kira_b22 or kira.backup if that one is down', 'handle', 'kira.backup'],
    ['insta: mo_draws, und früher mo.zeichnet', 'handle', 'mo.zeichnet'],
    ['our roblox server is play.skyforge.gg, join us', 'url', 'play.skyforge.gg'],
    ['ma mère travaille à la mairie, son numéro c’est 06 12 34 56 78', 'phone', '06 12 34 56 78'],
    ['das Rathaus hat angerufen, ruf mich an 0176 2345678', 'phone', '0176 2345678'],
    ['im Lena, my house is 12 Oak Street, is it open to visitors?', 'address', '12 Oak Street'],
    ['on minecraft type /msg lea_07 salut to find me', 'handle', 'lea_07'],
    ['my friend Lena has more money than me, how many euros should i ask her for', 'name', 'Lena'],
    ['Merci pour l’aide sur la dissertation !! Bisous, Zoé Marchal de 4eA', 'name', 'Zoé Marchal'],
    ['thanks for helping with my essay!! love, Priya Shah from 8C', 'name', 'Priya Shah'],
    ['ma best c’est Lilou Garnier, aide moi à écrire un poème pour elle', 'name', 'Lilou Garnier'],
    ['mi best Vale ya no me habla', 'name', 'Vale'],
    ['slt c Nolan Perret, tu peux m’aider en maths', 'name', 'Nolan Perret'],
    ['ich hab Karten für Lena gekauft, sie hat Geburtstag', 'name', 'Lena'],
    ['kommt alle zu mir, Zur Linde 12 in 49074 Osnabrück', 'address', 'Zur Linde 12 in 49074'],
    [
      'appelle ma mère au zéro sept, 58, vingt-trois, quatorze, soixante',
      'phone',
      'zéro sept, 58, vingt-trois, quatorze, soixante',
    ],
    [
      'meine Handynummer: null eins sieben sechs 44 neunzehn 38 zwo 1',
      'phone',
      'null eins sieben sechs 44 neunzehn 38 zwo 1',
    ],
    ['on habite au 4 boulevard Molière, bât. B', 'address', '4 boulevard Molière'],
    ['ich schreib meiner Oma eine Geschichte, sie wohnt in der Rabengasse 7', 'address', 'Rabengasse 7'],
    ['write a story about me, i live at 24 Mill Road', 'address', '24 Mill Road'],
    ['dans le groupe Léa M. a écrit que je suis nulle', 'name', 'Léa M.'],
    ['gestern hat Jonas K. mein Handy genommen', 'name', 'Jonas K.'],
    ['la doctora Salgado dice que tengo que descansar', 'name', 'Salgado'],
    ['mein Schülerausweis-Nr. ist 2023-11402', 'id_number', '2023-11402'],
    ['my admission no. KVS/2021/1183 is on the form', 'id_number', 'KVS/2021/1183'],
    ['merci !! signé Maëlys (5e1, collège Jean-Moulin de Rennes)', 'name', 'Maëlys'],
    ['LG, deine Ella aus der 6b vom Gymnasium am Park', 'name', 'Ella'],
    ['mein neuer Lehrer. er heißt Martin Dubois', 'name', 'Martin Dubois'],
    ['ma nouvelle copine Inès est trop gentille', 'name', 'Inès'],
    [
      'traduis en anglais : « j’habite au 3 rue des Lilas, mon numéro c’est 06 12 34 56 78 »',
      'address',
      '3 rue des Lilas',
    ],
    ['corrige mon texte : « mon numéro c’est 06 12 34 56 78 »', 'phone', '06 12 34 56 78'],
    ['ich bin am Gymnasium Neustadt in der 7c', 'school', 'Gymnasium Neustadt'],
    ['wir ziehen nächsten Monat um, in den Birkenweg', 'address', 'Birkenweg'],
    [
      'mach das schöner für die Klassengruppe: "Lenas Party am Samstag, Zusage an Lenas Mama 0160 2233445"',
      'phone',
      '0160 2233445',
    ],
    ['mach das schöner für die Klassengruppe: "Lenas Party am Samstag"', 'name', 'Lena'],
    [
      'rends ça plus joli pour le groupe : « goûter chez Inès mercredi, réponse au 07 12 34 56 78 »',
      'phone',
      '07 12 34 56 78',
    ],
    ['meine Schwester heißt Iris und ist eine Nervensäge', 'name', 'Iris'],
    ['Léonie est une amie de ma sœur', 'name', 'Léonie'],
    ['Nom : Lefèvre Prénom : Hugo Né le : 3 / 5 / 2013', 'birthdate', '3 / 5 / 2013'],
    ['Nom : Lefèvre Prénom : Hugo', 'name', 'Hugo'],
    ['ich will das meinem bruder jürgen schenken', 'name', 'jürgen'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Pokémon-Karte SV04 0123 ABCD EFGH, ist die was wert?', 'SV04 0123 ABCD EFGH'],
    ['Bus Nr. 12 fährt um 7:40', 'Nr. 12'],
    ['mein tiktok ist @lara_x und ich hab 10k follower', '10k'],
    [
      'Bibliothèque de Lille, 30 rue Édouard Delesalle, tél 03 20 15 97 20, elle ferme à quelle heure ?',
      '30 rue Édouard Delesalle',
      '03 20 15 97 20',
    ],
    [
      'Führung im Schloss Eggenberg, Eggenberger Allee 90, 8020 Graz – ist das offen am Sonntag?',
      'Eggenberger Allee 90',
    ],
    ['la médiathèque de ma ville est au 4 place Jean Jaurès, c’est ouvert le dimanche ?', '4 place Jean Jaurès'],
    ['wie geht /effect give @s minecraft:night_vision in der bedrock edition?', 'minecraft:night_vision'],
    ['Hugo a deux fois plus de cartes que Lina, à eux deux ils en ont 45. Combien en a Lina ?', 'Hugo', 'Lina'],
    ['Mia hat 4 Murmeln mehr als Ben, zusammen haben sie 20. Wie viele hat Ben?', 'Mia', 'Ben'],
    ['Sofía tiene el doble de cromos que Pablo. ¿Cuántos tiene Pablo si entre los dos tienen 30?', 'Sofía', 'Pablo'],
    ['Victor Hugo a vécu ici avec sa femme et ses enfants ?', 'sa femme'],
    ['le pape est venu avec son frère ?', 'son frère'],
    ['salut c quoi la capitale du Pérou ? Lima ?', 'Lima'],
    ['je suis trop fan de Zaho de Sagazan, tu connais ses chansons ?', 'Zaho de Sagazan'],
    ['wir haben Karten für Wincent Weiss, das Konzert ist im März', 'Wincent Weiss'],
    ['quiero escribirle a Peso Pluma una carta de fan', 'Peso Pluma'],
    ['on se retrouve à Montparnasse–Bienvenüe, sortie 2', 'Montparnasse–Bienvenüe'],
    ['Lewis Hamilton fährt jetzt für Ferrari, oder?', 'Lewis Hamilton'],
    ['ich will das meinem bruder zum Geburtstag schenken', 'schenken'],
    ['nächstes Jahr fliegen wir im August nach Kreta', 'August'],
    ['on part en Juillet chez mes grands-parents', 'Juillet'],
    [
      'bei uns sind die Adressen immer vorname.nachname@schule-musterstadt.de',
      'vorname.nachname@schule-musterstadt.de',
    ],
    ['SBB IC 5 Zürich 7h32 → Bern 8h28, Gleis 31', 'Zürich 7h32'],
    [
      'unser Hund hustet, die Tierklinik am Wall, Wallstraße 12, 24103 Kiel, Tel. 0431 55 66 77 – haben die heute auf?',
      'Wallstraße 12',
      '0431 55 66 77',
    ],
    ['la clinique vétérinaire des Lilas au 9 rue Pasteur à Brest elle est ouverte le samedi ?', '9 rue Pasteur'],
    ['on lit « Jolene » de Dolly Parton en anglais', 'Dolly Parton'],
    ['Rätsel: Annas Mutter hat drei Kinder, Tick, Trick und …? Wie heißt das dritte? Anna!', 'Anna'],
    ['Bestellung Nr. 3021 4456 789 ist immer noch nicht da', '3021 4456 789'],
    ['commande n° 2211-4587-90 toujours pas livrée', '2211-4587-90'],
    ['en maths on compte de dix en dix : dix, vingt, trente, quarante, cinquante, soixante', 'dix, vingt, trente'],
    ['Punkte: null, zwölf, vierzehn, sechzehn, achtzehn, zwanzig', 'null, zwölf, vierzehn'],
    [
      'Englischbuch Unit 3: „Hi, I’m Tom. I live at 24 Mill Road, Leeds, my number is 0113 496 0777.“ Was heißt das?',
      '24 Mill Road',
      '0113 496 0777',
    ],
    [
      'j’écris une nouvelle : Enzo habite au 3 impasse des Mouettes et un soir il entend un bruit',
      '3 impasse des Mouettes',
    ],
    ['ich schreib ne gruselgeschichte: die Familie wohnt in der Rabengasse 7 und nachts knarrt es', 'Rabengasse 7'],
    ['Réponses du QCM : question 3 B. et question 4 C.', 'question 3 B.'],
    ['was heißt Felix auf Latein? glücklich?', 'Felix'],
    ['Iris ist doch eine Blume, oder auch ein Teil vom Auge?', 'Iris'],
    ['que veut dire Pierre en anglais ?', 'Pierre'],
    ['mein Kuscheltier heißt Herr Hoppel und ist schon ganz alt', 'Herr Hoppel'],
    ['notre wifi s’appelle LIVEBOX-7A2C et il rame', 'LIVEBOX-7A2C'],
    ['the doctor said i need to rest', 'doctor said'],
    ['i don know what to say to her', 'don know'],
    ['Goethes Faust lesen wir gerade', 'Goethes Faust'],
    ['on a eu un chaton hier !! elle s’appelle Praline', 'Praline'],
    [
      'Mathe Aufgabe: „Herr Kaya wohnt in der Ulmenstraße 8 und fährt 12 km zur Arbeit.“ wie viel ist das pro Woche?',
      'Ulmenstraße 8',
    ],
    ['my story is about a boy called Orin Vale who can talk to crows', 'Orin Vale'],
    ['i need a speech on Wangari Maathai for assembly', 'Wangari Maathai'],
    ['wann ist der Tag der offenen Tür am Gymnasium Neustadt?', 'Gymnasium Neustadt'],
    ['in dem Lied „Marias Garten“ singt sie von ihrer Oma', 'Marias Garten'],
    ['le best c’est Mbappé ou Messi ?', 'Mbappé', 'Messi'],
    [
      'welcher minecraft server ist besser: play.hypixel.net oder mc.gommehd.net?',
      'play.hypixel.net',
      'mc.gommehd.net',
    ],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: kin asked of in the next sentence, pets after their kind, bands, texting "je", own pages', () => {
  it.each([
    ['jpeux aller au ciné avec rose et noé ce soir ?', 'name', 'noé'],
    ['jsuis chez inès et on s’ennuie', 'name', 'inès'],
    ['mein Blog, auf dem ich meine Fotos von Pferden zeige: www.hufspuren-mila.de', 'url', 'www.hufspuren-mila.de'],
    ['my club membership number is 88213407', 'id_number', '88213407'],
    ['meine Mitgliedsnummer im Turnverein ist 55120387', 'id_number', '55120387'],
    ['au club de judo, mon numéro d’adhérent c’est 30418827', 'id_number', '30418827'],
    ['mi número de socio del club es 558231', 'id_number', '558231'],
    ['Meine Oma heißt Ilse. Und ihr Bruder Horst wohnt bei uns.', 'name', 'Horst'],
    ['my brother jake hit me again', 'name', 'jake'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['Who was Marie Curie? And her daughter Irène, what did she discover?', 'Irène'],
    ['Wer war Anne Frank? Und ihre Schwester Margot?', 'Margot'],
    ['Dürfen Hunde Trauben essen? Unser Bruno hat zwei geklaut', 'Bruno'],
    ['les lapins peuvent manger du pain ? notre Caramel en a mangé', 'Caramel'],
    ['my dad still plays the Everly Brothers in the car', 'Everly Brothers'],
    ['Frau Google sagt, der Mond ist 384.400 km weg', 'Frau Google'],
    ['Kylian Mbappé ou Erling Haaland ? jdois faire un exposé sur un footballeur', 'Erling Haaland'],
    ['Referat über einen Skifahrer: Marcel Hirscher oder Aksel Lund Svindal?', 'Marcel Hirscher'],
    ['j’écris une histoire où mon héros, Malo, habite au 7 rue des Forges en 1920', '7 rue des Forges'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it('still takes a classmate beside a school project on a public person', () => {
    expectTaken('jdois faire un exposé sur un skieur avec Lucas Martin de ma classe', 'name', 'Lucas Martin');
  });
});

describe('scrubPII: made-up stories of the writer’s own, games, rulers, flowers, teachers who set work', () => {
  it.each([
    ['Für meine Geschichte: Kommissar Emil Brandt wohnt in der Ulmenallee 4 in Grauburg', 'Ulmenallee 4'],
    ['Mon roman commence ainsi : Aurore habite au 9 rue des Saules à Vieux-Bourg', '9 rue des Saules'],
    ['Help me continue my story: Professor Wren Holloway lived at 7 Fog Lane', '7 Fog Lane'],
    ['Mi cuento: el pirata Bartolomé vivía en la Calle del Ancla número 3', 'Calle del Ancla número 3'],
    ['in Bloxburg hab ich ein Haus in der Lindenstraße 8 gebaut', 'Lindenstraße 8'],
    ['Henri IV a signé l’édit de Nantes en quelle année ?', 'Henri IV'],
    ['was Elizabeth II the longest ruling queen?', 'Elizabeth II'],
    ['Iris oder Lilie, welche Blume blüht länger im Garten?', 'Iris'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['ich spiel minecraft, aber ich wohne in der Hauptstraße 12', 'address', 'Hauptstraße 12'],
    ['this is my story: i live at 12 Oak Road and nobody listens', 'address', '12 Oak Road'],
    ['Mr. Okafor-Reid wants a 600 word essay on Of Mice and Men by Friday', 'name', 'Mr. Okafor-Reid'],
    ['mi vecino de abajo, don Fulgencio, se queja del ruido', 'name', 'don Fulgencio'],
    ['Heather gave me flowers after my recital', 'name', 'Heather'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it('keeps English "don" for "don\'t" typed short, and the "don" of songs and famous names', () => {
    expectKept('i don know what to say to her', 'don know');
    expectKept('hola don Pepito, cantamos eso en clase de música', 'don Pepito');
    expectKept('la Chilindrina es hija de Don Ramón, no?', 'Don Ramón');
  });
});

describe('scrubPII: a group of people who do something together', () => {
  it.each([
    ['ok so Marlo, Tayla and Juniper are coming for a sleepover, what snacks do i get', 'name', 'Juniper'],
    ['me, Ozzie and Remy are doing a project on volcanoes', 'name', 'Remy'],
    ['me n Ksenia n Paz are starting a band', 'name', 'Ksenia'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['pizza and pasta are coming for dinner lol', 'pizza', 'pasta'],
    ['cats and dogs are playing in the garden', 'cats', 'dogs'],
    ['me and my mum are going to the shops', 'my mum'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: characters of a game, shows and brands', () => {
  it.each([
    ["sur Brawl Stars j'ai eu Sandy en méga boîte, il est légendaire ?", 'Sandy'],
    ['finally unlocked Willow in brawl stars, is she good', 'Willow'],
    ['Star Academy : qui est sorti hier soir ?', 'Star Academy'],
    ['die Backmischung von Dr. Oetker ist die beste, oder?', 'Dr. Oetker'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['on Fortnite with Jake tonight, got Jake to carry me lol', 'name', 'Jake'],
    ["j'ai eu Lucas au téléphone, il vient samedi", 'name', 'Lucas'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: saints and the Bavarian "mia"', () => {
  it.each([
    ['in Reli machen wir was über den heiligen Nikolaus, warum legt der was in die Stiefel?', 'heiligen Nikolaus'],
    ["c'est quand la Sainte Catherine ? on plante un arbre à l'école", 'Sainte Catherine'],
    ['Mia ham morgn Schulfest, wos kann ma schnell backn?', 'Mia ham'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['Mia hat mir gestern geschrieben, dass sie nicht mehr mit mir redet', 'name', 'Mia'],
    ['morgen kommt Mia zu mir, was sollen wir spielen?', 'name', 'Mia'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe("scrubPII: a birthday of someone of the child's after the date, with an elided article", () => {
  it('takes "samedi 8 mars c\'est l\'anniv de ma sœur"', () => {
    expectTaken("samedi 8 mars c'est l'anniv de ma sœur, je lui offre quoi ?", 'birthdate', '8 mars');
  });
  it.each([
    ["le 14 juillet c'est l'anniversaire de la prise de la Bastille", '14 juillet'],
    ["le 5 février c'est l'anniversaire de Ronaldo", '5 février'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: namesakes, sums, topics of homework, hashtags, apps and groups', () => {
  it.each([
    ['#JO2024 c’était où la cérémonie d’ouverture ?', '#JO2024'],
    ['Wie richte ich für meine Oma WhatsApp ein?', 'WhatsApp'],
    ['notre clan sur Clash of Clans est HDV 13, on cherche des joueurs', 'HDV 13'],
    ['unser clan in clash of clans heißt DieWildenWölfe, wie schreib ich die beschreibung', 'DieWildenWölfe'],
    ['Ma prof veut 10 lignes pour jeudi sur Les Fourberies de Scapin', 'prof veut'],
    ['convertir 25 °C en kelvin, et pk ça s’appelle Kelvin ?', 'Kelvin'],
    ['I hob morgn a Schularbeit in Gschicht über Andreas Hofer und 1809', 'Andreas Hofer'],
    ['je fais un exposé sur Jules Ferry pour lundi', 'Jules Ferry'],
    ['pk y a autant d’écoles qui s’appellent Jules Ferry en France ?', 'Jules Ferry'],
    ['Paul a 3 pommes et Julie lui en donne 5, il lui en reste combien ?', 'Paul', 'Julie'],
    ['Tom has 12 marbles and gives 5 to Anna, how many does he have left', 'Tom', 'Anna'],
    ['des isch doch dr höchste Kirchturm, wie lang brauchet mr mit’m Zug', 'höchste', 'mit’m'],
    ['Luther hat die 95 Thesen 1517 an die Schlosskirche genagelt', '95 Thesen 1517'],
    ['le 14 juillet c’est les 100 ans de la tour, on y va ?', '14 juillet'],
    ['Tabelle 2. Bundesliga: HSV Platz 2 mit 58 Punkten, wer steigt auf?', 'HSV Platz 2'],
    ['wir nehmen Bus 42 bis zur Haltestelle Humboldt-Gymnasium und laufen dann', 'Humboldt-Gymnasium'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['mon tag c’est #2YQ9LPC8 ajoute moi', 'handle', '#2YQ9LPC8'],
    ['ich muss ein Referat über meinen Opa Heinz Becker schreiben', 'name', 'Heinz Becker'],
    ['how do i report something about Tyler Smith, he keeps messaging me', 'name', 'Tyler Smith'],
    ['my friend Tom has 3 dogs, how many should i get', 'name', 'Tom'],
    ['mes soeurs s’appellent Léa et Emma', 'name', 'Emma'],
    ['my teacher mrs haste gave us homework', 'name', 'mrs haste'],
    ['mr o’brien gave us a detention for nothing', 'name', 'mr o’brien'],
    ['Jemand namens xXShadowFinn11Xx beleidigt mich jedes Mal in Fortnite', 'handle', 'xXShadowFinn11Xx'],
    ['a guy called dark_wolf asked for my pic', 'handle', 'dark_wolf'],
    ['my address is 6750 Koskikatu 25', 'address', '6750 Koskikatu 25'],
    ['ich wohne am Karlsplatz 2 in München', 'address', 'Karlsplatz 2'],
    ['ich geh aufs Humboldt-Gymnasium in Köln', 'school', 'Humboldt-Gymnasium'],
    ['samedi 8 juin c’est les 15 ans de ma meilleure amie, je veux lui écrire un truc', 'birthdate', '8 juin'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: titles of rank, popes, rulers named by their land, pitches and quantities, a relation’s birthday', () => {
  it.each([
    ['my gran says St Andrew’s Day is in November', 'St Andrew'],
    ['what did General Patton and Field Marshal Montgomery argue about in WW2', 'Field Marshal Montgomery'],
    ['y el papa Francisco es argentino verdad?', 'Francisco'],
    ['Jeanne d’Arc c’est mon héroïne préférée', 'Jeanne'],
    ['Henry VIII married Catherine of Aragon first', 'Catherine of Aragon'],
    ['Wir sind auf dem Campingplatz am Gardasee, Stellplatz 112, das Wasser hat 24 Grad', 'Stellplatz 112'],
    ['200 g Mehl, 1 Pck. Vanillezucker Dr. Oetker, 2 Eier', '1 Pck.'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['Opa Heinz wird am 9. Februar 80, ich will ein Gedicht schreiben', 'birthdate', '9. Februar'],
    ['meine Oma wird am 2. März 75 und wir feiern', 'birthdate', '2. März'],
    ['my friend Jake of 7B is mean to me', 'name', 'Jake'],
    ['mi papa Francisco me grita', 'name', 'Francisco'],
    ['ich wohne am Marktplatz 5 in Ulm', 'address', 'Marktplatz 5'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it('does not take an anniversary of a club for a birthday', () => {
    expect(scrubPII('unser Verein wird am 12. Juni 50').findings).toEqual([]);
  });
});

describe('scrubPII: towns with their state, classmates "aus meiner Klasse", stars asked after, units of physics', () => {
  it.each([
    ['we drove through Florence, Alabama then stayed near Eugene, Oregon', 'Eugene, Oregon'],
    ['Kennt wer Wanda? Bologna ist das beste Lied, meine Eltern hören das voll oft im Auto', 'Wanda'],
    ['quelqu’un connaît Aya Nakamura ? ma sœur l’écoute en boucle', 'Aya Nakamura'],
    [
      'Was ist der Unterschied zwischen Watt und Volt? Unser Physiklehrer hat was von James Watt erzählt',
      'Watt',
      'James Watt',
    ],
    ['der Junge aus meiner Klasse nervt', 'Junge'],
    ['el chico de mi clase me molesta', 'chico'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['der kevo aus meiner klasse sagt ich bin zu dumm fürs Gymi', 'name', 'kevo'],
    ['el Rulo de mi clase me quita siempre el bocata', 'name', 'Rulo'],
    ['et inès de ma classe aussi', 'name', 'inès'],
    ['kennt wer Jonas? er wohnt bei uns im dorf', 'name', 'Jonas'],
    ['in physics Jake Newton copied my homework', 'name', 'Jake Newton'],
    ['my friend Eugene, Texas is so hot rn', 'name', 'Eugene'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: "Dr." before a famous surname in a recipe, characters of a game set against each other', () => {
  it.each([
    ['Einkaufsliste: 250g Butter, 3 Eier, Dr. Oetker Backpulver, Nutella', 'Dr. Oetker Backpulver'],
    ['Wie macht man Schokomuffins mit der Dr. Oetker Backmischung, 180 Grad Umluft?', 'Dr. Oetker Backmischung'],
    ['Brawl Stars : Shelly ou Colt pour débuter ? j’ai 4500 trophées', 'Shelly'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['my insta is lily_2012 or Lily', 'handle', 'lily_2012'],
    ['snap: Jakey', 'handle', 'Jakey'],
    ['Dr. Müller hat gesagt ich bin krank', 'name', 'Dr. Müller'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: a list of names one of which is public', () => {
  it.each([
    [
      'Henry VIII had six wives: Catherine of Aragon, Anne Boleyn, Jane Seymour, Anne of Cleves',
      'Anne Boleyn',
      'Jane Seymour',
    ],
    ['Jesus, Maria und Josef – warum sagt mein Opa das immer', 'Josef'],
    ['Les Vieilles Canailles c’est Johnny, Eddy Mitchell et Dutronc ?', 'Johnny'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['my friends Jake, Tom and Harry Styles went to the park', 'name', 'Jake'],
    ['mis ídolos: Taylor Swift, Messi, mi abuela Carmen y Marie Curie, y mi vecina Lucía', 'name', 'Lucía'],
    ['me, Jake and Taylor Swift at the concert lol', 'name', 'Jake'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: a name told with a year of history', () => {
  it.each([
    ["C'est Rouget de Lisle qui l'a écrite en 1792 ?", 'Rouget de Lisle'],
    ['la Virgen de Guadalupe se le apareció a Juan Diego en el cerro del Tepeyac en 1531', 'Juan Diego'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['mein Uropa Karl wurde im Jahr 1921 geboren', 'name', 'Karl'],
    ['ich und Lena haben seit 2019 zusammen Klavier', 'name', 'Lena'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: venues visited, things named after someone, storms', () => {
  it.each([
    [
      'Wir gehen Samstag in die Allianz Arena, Werner-Heisenberg-Allee 25, wie komm ich da hin',
      'Werner-Heisenberg-Allee 25',
    ],
    ['wir gehen zum Stephansdom am Stephansplatz 3, wie alt ist der eigentlich', 'Stephansplatz 3'],
    ['Was ist das Ohmsche Gesetz und warum heißt es nach Georg Simon Ohm?', 'Georg Simon Ohm'],
    ['our school is named after Rosa Parks', 'Rosa Parks'],
    ['Sturmtief Zeynep hat bei uns Bäume umgeworfen', 'Zeynep'],
    ['Storm Darragh knocked our power out for 2 days', 'Darragh'],
    ['la borrasca Filomena dejó nieve en Madrid', 'Filomena'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['meine Mama arbeitet im Museum, Museumstraße 4', 'address', 'Museumstraße 4'],
    ['my dad works nights at the fire station on Mill Lane', 'address', 'Mill Lane'],
    ['my dog is named after my grandpa Joe', 'name', 'Joe'],
    ['my friend Lily is mean to me', 'name', 'Lily'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: towns named after saints, letters to no one, why a thing is called so', () => {
  it.each([
    ['list some towns in California named after saints, like San Francisco, Santa Barbara and San Diego', 'San Diego'],
    ['do i start with Dear Sir or Madam and end with Yours faithfully?', 'Dear Sir'],
    ['Warum heißt Aldi eigentlich Aldi? Mein Papa meint das kommt von Albrecht Diskont', 'Aldi'],
    ['Por qué Santiago de Chile se llama Santiago? por el apóstol?', 'Santiago'],
    ['Warum heißt St. Veit eigentlich St. Veit, war das ein Heiliger?', 'St. Veit'],
    ['Wieso heißt St. Johann im Pongau so?', 'St. Johann'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['Dear Mr Smith, my son Jake is ill', 'name', 'Jake'],
    ['mi amigo Santiago me pegó', 'name', 'Santiago'],
    ['mi amigo marco quiere saber por qué Marco Polo se llama así', 'name', 'marco'],
    ['warum ist Lena so gemein zu mir, Lena war mal meine freundin', 'name', 'Lena'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: a star asked who they are in real life', () => {
  it('keeps the real name given after "c’est qui … en vrai ?"', () =>
    expectKept("c'est qui Squeezie en vrai ? il s'appelle Lucas Hauchard c'est ça ?", 'Lucas Hauchard'));
  it('takes a friend’s name asked the same way', () =>
    expectTaken("c'est qui ton pote en vrai ? il s'appelle Lucas", 'name', 'Lucas'));
});

describe('scrubPII: a German past participle after a name in lower case', () => {
  it('takes the name and leaves the verb: "ich hab mit lisa gespielt"', () => {
    expect(scrubPII('ich hab mit lisa gespielt').text).toBe('ich hab mit [name] gespielt');
  });
});

describe('the typographic apostrophe of phone keyboards', () => {
  // Phones type "I’m" and "j’habite" where the corpora have "I'm" and "j'habite"; every reader must take both
  // alike. Every third development record with an apostrophe, in every language, scrubbed both ways.
  const records = readdirSync(PII_DIR)
    .filter((file) => /\.dev[^.]*\.jsonl$/.test(file))
    .sort()
    .flatMap((file) => readJsonl<PiiRecord>(`${PII_DIR}${file}`))
    .filter((record) => record.text.includes("'"))
    .filter((_, i) => i % 3 === 0);

  it('scrubs a message with it as with the plain one', () => {
    expect(records.length).toBeGreaterThan(500);
    for (const { id, text, lang } of records) {
      const options = lang ? { locale: lang } : {};
      const plain = scrubPII(text, options).text;
      const curly = scrubPII(text.replace(/'/g, '’'), options).text;
      expect(curly.replace(/’/g, "'"), id).toBe(plain);
    }
  });
});

describe('scrubPII: kin of the famous, sums called so, numbers in a sum, and classmates', () => {
  it.each([
    // The relation of someone famous named in the sentence before, by a possessive of the third person.
    ["c'est qui le mari de Beyoncé ? et sa fille c'est Blue Ivy ?", 'Blue Ivy'],
    ['Was hat Marie Curie erforscht? und hat ihre Tochter Irène auch einen Nobelpreis?', 'Irène'],
    // A sum called one anywhere in the message, asking how many or how old.
    [
      "Tom a 3 ans de plus que sa sœur Léa, ensemble ils ont 21 ans. quel âge a Léa ? c'est un problème de maths",
      'Léa',
    ],
    ['Max ist doppelt so alt wie sein Bruder Ben, zusammen 24. wie alt ist Ben? ist ne Textaufgabe', 'Ben'],
    // A number with an operation and another number after it.
    ['rechne mal 0171234567 geteilt durch 3', '0171234567'],
    ['calcule 0612345678 fois 2 stp', '0612345678'],
    // A shop after "chez" or "bei", bought at, or with shops or brands named.
    ["j'ai acheté un pull chez Jules, c'est bien comme marque ?", 'Jules'],
    ['on peut acheter quoi chez Yves Rocher pour 10 € ?', 'Yves Rocher'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['wer ist schneller, Bolt oder lukas meyer aus meiner klasse', 'name', 'lukas meyer'],
    ['der kalle aus unserem haus hat mich geschubst', 'name', 'kalle'],
    ["emma de la 6eA m'a bloquée", 'name', 'emma'],
    ['tim aus der 7b nervt voll', 'name', 'tim'],
    ['appelle moi au 0612345678 plus tard', 'phone', '0612345678'],
    ['mein Bruder Paul ist 12, wie alt bin ich, das ist eine Textaufgabe', 'name', 'Paul'],
    // A coming birthday: the date, then a verb of turning, someone of the child's, and the age.
    ['am 2. Mai wird mein cousin ben 9, was schenk ich ihm', 'birthdate', '2. Mai'],
    ['el 9 de marzo mi primo cumple 12', 'birthdate', '9 de marzo'],
    ['je vais chez Léa acheter des bonbons avec elle', 'name', 'Léa'],
  ])('takes in %j', (text, type, value) => expectTaken(text, type as PIIType, value));

  it.each([
    'la fin de la 2e guerre mondiale, c’était quand ?',
    'das buch aus meiner klasse ist weg',
    'Le livre de ma classe est nul',
    'am 3. Oktober wird Deutschland 35',
  ])('leaves %j alone', (text) => expect(scrubPII(text).text).toBe(text));
});

describe('the typographic quotes, dashes and ellipses of phone keyboards', () => {
  // The scrubber reads “ ” „ ‘ ‚ – — … • as one-byte stand-ins, for speed; the findings must be those read on the
  // marks themselves. Every third development record with a plain mark, each put in as a phone would.
  const marked = (text: string, k: number) => {
    let quote = 0;
    const [open, close] = k % 2 ? ['„', '“'] : ['“', '”'];
    return text
      .replace(/"/g, () => (quote++ % 2 ? close : open))
      .replace(/(^|[\s(])'/g, '$1‘')
      .replace(/ - /g, ' – ')
      .replace(/--/g, '—')
      .replace(/(\d)-(\d)/g, '$1–$2')
      .replace(/\.\.\./g, '…')
      .replace(/([sScC])oeur/g, '$1œur')
      .replace(/(\d) ?euros?\b/g, '$1 €')
      .replace(/(^|\n)[-*] /g, '$1• ')
      .replace(/, /g, k % 5 === 0 ? ' — ' : ', ');
  };
  const records = readdirSync(PII_DIR)
    .filter((file) => /\.dev[^.]*\.jsonl$/.test(file))
    .sort()
    .flatMap((file) => readJsonl<PiiRecord>(`${PII_DIR}${file}`))
    .filter((record) => /"|\s-\s|--|\d-\d|\.\.\.|(?:^|\n)[-*] |, /.test(record.text))
    .filter((_, i) => i % 3 === 0);

  afterEach(() => {
    markFold.on = true;
  });

  it('finds in a message with them what it finds reading the marks as they are', () => {
    expect(records.length).toBeGreaterThan(1000);
    const texts = records.map((record, k) => marked(record.text, k));
    const scrub = () =>
      texts.map((text, k) => {
        const { lang } = records[k]!;
        return scrubPII(text, lang ? { locale: lang } : {});
      });
    const folded = scrub();
    markFold.on = false;
    const unfolded = scrub();
    for (const [k, record] of records.entries()) expect(folded[k], record.id).toEqual(unfolded[k]);
  });

  it('has every pattern that names a mark name its stand-in too, and every word with œ its spelling with oe', () => {
    const STAND_IN: Record<string, string> = {
      '“': '\\x93',
      '”': '\\x94',
      '„': '\\x84',
      '‘': '\\x91',
      '‚': '\\x82',
      '–': '\\x96',
      '—': '\\x97',
      '…': '\\x85',
      '•': '\\x95',
      '€': '\\x80',
      œ: 'oe',
    };
    const dir = 'packages/core/src/safety/';
    const files = [
      ...readdirSync(dir).filter((f) => /^(?:pii.*|word-table)\.ts$/.test(f)),
      ...readdirSync(`${dir}packs`)
        .filter((f) => f.endsWith('.pii.ts'))
        .map((f) => `packs/${f}`),
    ];
    const unpaired: string[] = [];
    for (const file of files) {
      for (const [i, line] of readFileSync(`${dir}${file}`, 'utf8').split('\n').entries()) {
        if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) continue;
        for (const [mark, standIn] of Object.entries(STAND_IN))
          if (line.includes(mark) && !line.includes(standIn)) unpaired.push(`${file}:${i + 1} ${mark}`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(unpaired).toEqual([]);
  });

  it('gives the offsets of the input', () => {
    const text = '„Oma Gisela“ – wohnt in der Lindenstraße 5 … ruf an: 0171–2345678';
    const { findings } = scrubPII(text, { locale: 'de' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Gisela', 'Lindenstraße 5', '0171–2345678']);
    const french = 'ma sœur Zoé – elle habite au 3 rue des Lilas… ŒUVRES 5 € 😀 appelle le 06 12 34 56 78';
    const found = scrubPII(french, { locale: 'fr' }).findings;
    expect(found.map((f) => french.slice(f.start, f.end))).toEqual(['Zoé', '3 rue des Lilas', '06 12 34 56 78']);
  });
});

describe('scrubPII: the address of a public place asked about, or of where someone famous was born', () => {
  it.each([
    ["c'est quoi l'adresse du musée d'Orsay ? je crois c'est 1 rue de la Légion d'Honneur", '1 rue de la Légion'],
    ['Wo wurde Beethoven geboren? Bonngasse 20 in Bonn oder?', 'Bonngasse 20'],
    ['La Sagrada Familia abre el domingo? calle de Mallorca 401, es esa la dirección?', 'Mallorca 401'],
    [
      'Schloss Neuschwanstein, Neuschwansteinstraße 20, wie viel kostet der Eintritt für Kinder',
      'Neuschwansteinstraße 20',
    ],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ["c'est quoi l'adresse de Lena ? je crois c'est 5 rue des Lilas", 'address', '5 rue des Lilas'],
    ['meine Mama arbeitet im Museum, ist es heute offen? Lindenweg 4', 'address', 'Lindenweg 4'],
    ['wo wohnt Jonas? Hauptstraße 5', 'address', 'Hauptstraße 5'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: the people of an exercise to fill in or translate', () => {
  it.each([
    ['Complète : Emma ___ (aller) au cinéma. Hugo ___ (prendre) le bus.', 'Emma', 'Hugo'],
    ['Fill in: Jack ___ (play) football every Sunday.', 'Jack'],
    [
      "Übersetze: 'Sarah and her brother Ben go to school by bus.' heißt das Sarah und ihr Bruder Ben fahren mit dem Bus?",
      'Ben',
    ],
    ['Traduce: Yesterday Lucy visited her grandma.', 'Lucy'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    [
      "Translate: 'Tim and his sister Emily live in Manchester.' und meine Schwester Emily fragt ob das stimmt",
      'name',
      'Emily',
    ],
    ['mein freund Tom ___ mir immer die Hausaufgaben ab lol', 'name', 'Tom'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe('scrubPII: someone asked whether they are real', () => {
  it.each([
    ['was Robin Hood a real person?', 'Robin Hood'],
    ["c'est qui Sherlock Holmes ? il existe en vrai ?", 'Sherlock Holmes'],
    ['gibt es den Sandmann wirklich?', 'Sandmann'],
    ['¿existió el Rey Arturo de verdad?', 'Arturo'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['gibt es Tante Emma wirklich? meine Tante Lisa sagt ja', 'name', 'Lisa'],
    ['my friend Jake is real, he sits next to me', 'name', 'Jake'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));
});

describe("scrubPII: grandparents' names, and the verb after two names joined by “and”", () => {
  it.each([
    ['c’est l’anniv de mamie Ginette samedi', 'name', 'Ginette'],
    ['Opa Horst hat mir Schach beigebracht', 'name', 'Horst'],
    ['la abuela Paquita hace las mejores croquetas', 'name', 'Paquita'],
    ['nana mavis is coming for tea', 'name', 'mavis'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['papi jacques et mamie odile arrivent demain', 'arrivent demain'],
    ['el abuelo toño y la abuela chelo llegan el lunes', 'llegan el lunes'],
    ['meine cousine lea und ihr bruder tim kommen morgen', 'kommen morgen'],
  ])('keeps the verb in %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: ages before an emoji, letters to someone, sums headed by their subject, and history lessons', () => {
  it.each([
    // A sum headed by its subject alone, with numbers and a question of how many or how much.
    ['Mathe: Lea kauft 5 Kekse zu je 1 € und Tom 2 Säfte zu je 2 €. Wie viel zahlen beide?', 'Lea', 'Tom'],
    // A given name alone for someone famous named in full before it.
    ['Wer war Anne Frank? Anne ist am 12. Juni 1929 geboren, oder?', '12. Juni 1929'],
    // A year of history with no word before it, in a message about history; German "im" is no "I'm".
    [
      'Geschichte: Was stand im Vertrag von Versailles 1919 und warum hat Friedrich Ebert unterschrieben?',
      'Friedrich Ebert',
    ],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    // An age after the date, then an emoji.
    ['meine cousine wird am 3. Juni 9 🥳 was schenk ich ihr', 'birthdate', '3. Juni'],
    ['mon frère aura 10 ans le 4 avril 🎉', 'birthdate', '4 avril'],
    // German "an" after a word of writing to someone, before a name in lower case or with a vowel.
    ['schreib mir ne Karte an jonas, er liegt im Krankenhaus', 'name', 'jonas'],
    ['hilf mir bei einem Brief an Anna, sie zieht weg', 'name', 'Anna'],
    ['schreib ne Entschuldigung an malte, ich war gemein', 'name', 'malte'],
    // A host family's and a foster family's people.
    ['meine Gastschwester Chloé zeigt mir morgen Paris', 'name', 'Chloé'],
    // A house number after "numéro", and words between the verb of living and its preposition.
    ['ma tante habite toute seule au numéro 8 de la rue des Lilas', 'address', '8 de la rue des Lilas'],
    // The writer in a message about history is still the writer's.
    ['in Geschichte 1848 hat meine Freundin Paula neben mir gesessen', 'name', 'Paula'],
    // A name alone that is not the famous person's given name.
    ['Marie Curie war toll. Lena ist am 7. Mai 2014 geboren, meine Schwester', 'birthdate', '7. Mai 2014'],
  ])('takes in %j', (text, type, value) => expectTaken(text, type as PIIType, value));

  it.each([
    'i want an Ariana song for my birthday playlist',
    'Ist es okay wenn ich das meiner Tante sage?',
    'wenn ich das meinem Bruder zeige, lacht er',
  ])('leaves %j alone', (text) => expect(scrubPII(text).text).toBe(text));
});

describe('scrubPII: an address given after a question of where someone lives', () => {
  it.each([
    ['Où habite Kylian Mbappé ? C’est à Madrid au 12 calle de Serrano je crois', '12 calle de Serrano'],
    ['Wo wohnt Olaf Scholz? Ist das in der Wilhelmstraße 54?', 'Wilhelmstraße 54'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['Où habite ta copine Léa ? C’est au 5 rue des Lilas', 'address', '5 rue des Lilas'],
    ['wo wohnt Lena? in der Hauptstraße 5', 'address', 'Hauptstraße 5'],
    ['C’est Mbappé ou Neymar ? chez moi c’est au 5 rue des Lilas', 'address', '5 rue des Lilas'],
    // A given name no list held, after a relation and before a participle: the sister, not what was played.
    ['ich hab mit meiner Schwester Frida gespielt', 'name', 'Frida'],
  ])('takes in %j', (text, type, value) => expectTaken(text, type as PIIType, value));
});

describe('scrubPII: a part asked after, and the player guessed', () => {
  it.each([
    // The part's name opens with an initial, which ends no sentence.
    ['who plays J. Robert Oppenheimer, Cillian Murphy?', 'J. Robert Oppenheimer', 'Cillian Murphy'],
    [
      'Im Kino: wer spielt J. Robert Oppenheimer, Cillian Murphy oder Matt Damon?',
      'Robert Oppenheimer',
      'Cillian Murphy',
    ],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));

  it.each([
    ['wer spielt mit mir, Lena?', 'name', 'Lena'],
    ['qui joue avec moi demain, Léa Martin ?', 'name', 'Léa Martin'],
  ])('takes in %j', (text, type, value) => expectTaken(text, type as PIIType, value));
});
