import { loadLanguages, type PIIType, scrubPII } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';

// The other languages' cues first; English's longer list of given names is loaded by the first test.
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

describe('scrubPII: the longer English list of given names loads with the English pack', () => {
  it('takes a name only that list knows once loadLanguages(["en"]) has run', async () => {
    const text = 'i texted tadhg about the match and he never answered me';
    expect(scrubPII(text).text).toContain('tadhg');
    await loadLanguages(['en']);
    expectTaken(text, 'name', 'tadhg');
  });
});

describe('scrubPII: given names with no cue words', () => {
  it.each([
    // Capitalised, in a message where the writer speaks of themself.
    ['Imogen borrowed my charger and never gave it back', 'name', 'Imogen'],
    ['yesterday Rahul Mehta laughed at my drawing in art', 'name', 'Rahul Mehta'],
    ['Malte hat mir gestern sein Fahrrad geliehen', 'name', 'Malte'],
    ['Perrine m’a dit que le contrôle était reporté', 'name', 'Perrine'],
    ['Iker me pasó los apuntes de mates', 'name', 'Iker'],
    // In lower case after a verb of talking or meeting, or with the writer.
    ['i messaged aditya three times but nothing', 'name', 'aditya'],
    ['quedé con joaquín en la plaza', 'name', 'joaquín'],
    ['j’ai parlé avec gaspard à la récré', 'name', 'gaspard'],
    ['ich hab mit henrike telefoniert', 'name', 'henrike'],
    ['noelia y yo vamos a la misma academia de baile', 'name', 'noelia'],
    // Lists: a known name opens them, the rest follow.
    ['me, Keira, Dara and Fionn are doing the project', 'name', 'Dara'],
    ['bin mit lasse, nele und jasper unterwegs', 'name', 'jasper'],
    ['invité a Emilia, Tadeo, Juanma y Coral a mi casa', 'name', 'Juanma'],
    ['ethan m and lucas k sit behind me', 'name', 'ethan m'],
    // A surname after a known given name, and a relation word before one in lower case.
    ['i sit next to Priya Raman in science', 'name', 'Priya Raman'],
    ['oma ingrid kommt am sonntag zu uns', 'name', 'ingrid'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    // Names that are everyday words, months, places or brands.
    ['we go to Paris in August and i cant wait', 'Paris', 'August'],
    ['i got a hoodie from Zara for my birthday', 'Zara'],
    ['i will send it may be tomorrow', 'will', 'may'],
    ['ich mag Rosa und Blau am liebsten', 'Rosa'],
    // Famous people, characters and kings, with no word for the writer or with a year.
    ['Thomas Müller hat das Tor geschossen', 'Thomas Müller'],
    ['Henry VIII had six wives, how do i remember them', 'Henry VIII'],
    ['in the books Harry, Ron and Hermione find the stone', 'Harry, Ron and Hermione'],
    ['Anna und Elsa aus Frozen sind Schwestern', 'Anna und Elsa'],
    ['Jacques Cartier arrive en 1534, c’est pour mon exposé', 'Jacques Cartier'],
    ['le roi Louis XIV habitait à Versailles', 'Louis XIV'],
    ['¿quién era Simón Bolívar? es para mi tarea', 'Simón Bolívar'],
    ['Der kleine Prinz ist von Antoine de Saint-Exupéry, müssen wir das lesen', 'Antoine de Saint-Exupéry'],
    // Things, not people.
    ['mi prima me regaló un Stanley rosa', 'Stanley'],
    ['Madame Bovary on doit le lire pour lundi, ça parle de quoi ?', 'Madame Bovary'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: schools typed loosely', () => {
  it.each([
    ['i go to the same school as her, hillcrest elementary', 'school', 'hillcrest elementary'],
    ['my cousin says brookfield high is way harder than ours', 'school', 'brookfield high'],
    ['is ps 118 near the park? we might go there next year, its a school right', 'school', 'ps 118'],
    ['estudio en el ies cervantes y hoy no hay clase', 'school', 'ies cervantes'],
    ['voy a la secu 14 en la tarde', 'school', 'secu 14'],
    ['je suis au clg p. eluard en 4e', 'school', 'clg p. eluard'],
    ['ich bin auf der igs südstadt in der 8', 'school', 'igs südstadt'],
    ['seit august geh ich aufs hölderlin-gym', 'school', 'hölderlin-gym'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['the prices are so high at the cinema', 'so high'],
    ['la escuela nueva es enorme', 'escuela nueva'],
    ['Harry Potter à l’école des sorciers c’est quel tome ?', 'école des sorciers'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: addresses typed loosely', () => {
  it.each([
    ['its 17b willow grove, the house with the red gate', 'address', '17b willow grove'],
    ['we are staying at 5 harbour tce for the week', 'address', '5 harbour tce'],
    ['im at 48 maple apt 3c if u want to visit lol', 'address', '48 maple apt 3c'],
    ['our postcode is ls6 2qt and the bus never comes', 'address', 'ls6 2qt'],
    ['la fiesta es en cll 45 #12-30 apto 502', 'address', 'cll 45 #12-30'],
    ['yo vivo en los aromos 1450 depto 12, maipú', 'address', 'los aromos 1450'],
    ['passe à la maison c 14 av j moulin 2eme etage code 1234A', 'address', '14 av j moulin'],
    ['on habite 9 r. des lilas à côté de la boulangerie', 'address', '9 r. des lilas'],
    ['wir wohnen in der lindenstr 12 in 80331 münchen', 'address', 'lindenstr 12'],
    ['ich wohn Am Hang 4 in Kassel und es ist laut', 'address', 'Am Hang 4'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['is 4 privet drive a real place? i want to write to harry', '4 privet drive'],
    ['the Simpsons live at 742 Evergreen Terrace, is Springfield real?', '742 Evergreen Terrace'],
    ['it is a 5 min walk from the station', '5 min walk'],
    ['vivo en madrid hace 3 años', 'madrid hace 3'],
    ['mi tía vive en el número 7 de la plaza mayor de su pueblo', 'el número 7'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});

describe('scrubPII: handles and birthdays', () => {
  it.each([
    ['my friend on roblox is sky_wolf_77 lol', 'handle', 'sky_wolf_77'],
    ['er heißt auf spotify mila.beats.09', 'handle', 'mila.beats.09'],
    ['search noor.sketches on insta for my drawings', 'handle', 'noor.sketches'],
    ['mi primo en fortnite es TacoNinja44', 'handle', 'TacoNinja44'],
    ['snap: l u n a _ 1 2 add me', 'handle', 'l u n a _ 1 2'],
    ['auf brawl stars heiß ich ⚡DonnerDino⚡', 'handle', 'DonnerDino'],
    ['ill be 12 on the 3rd of june, can i have a party', 'birthdate', '3rd of june'],
    ['fecha nac: 14-02-2012 así lo pongo?', 'birthdate', '14-02-2012'],
    ['ma fête c’est le 4 mai, on fait un souper', 'birthdate', '4 mai'],
    ['ich hab erzählt, dass ich am 3. Juli 13 werde', 'birthdate', '3. Juli'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['the file is called my_notes.txt', 'my_notes.txt'],
    ['pi is 3.14159 and e is 2.718', '3.14159'],
    ['minecraft 1.21.4 is out on my switch', '1.21.4'],
  ])('keeps %j', (text, ...values) => expectKept(text, ...values));
});
