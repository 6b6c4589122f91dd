import { loadLanguages, type PIIType, scrubPII } from '@youthchat/core';
import { beforeAll, describe, expect, it } from 'vitest';

// Spanish cue words (introductions, relations, schools, months) come with the es pack.
beforeAll(() => loadLanguages(['es']));

/** The pieces of `text` the scrubber took, by type. */
function taken(text: string): [PIIType, string][] {
  return scrubPII(text).findings.map((f) => [f.type, text.slice(f.start, f.end)]);
}

function expectTaken(text: string, type: PIIType, value: string) {
  const { text: out, findings } = scrubPII(text);
  expect(out).not.toContain(value);
  expect(out).toContain(`[${type}]`);
  expect(
    findings.some(
      (f) => f.type === type && f.start <= text.indexOf(value) && f.end >= text.indexOf(value) + value.length,
    ),
  ).toBe(true);
}

function expectUntouched(text: string) {
  expect(scrubPII(text)).toEqual({ text, findings: [] });
}

describe('scrubPII: names', () => {
  it.each([
    ['my name is Maya Johnson and im in 5th grade', 'Maya Johnson'],
    ['my name is maya johnson and i like cats', 'maya johnson'],
    ["hi, I'm Zara! can you help me", 'Zara'],
    ["I'm called Finn", 'Finn'],
    ['Hi, Noah Kim here. Can you help with fractions?', 'Noah Kim'],
    ['this is Priya Patel from room 12', 'Priya Patel'],
    ['thanks for the help - Sam', 'Sam'],
    ['see you tomorrow!\nlove, Ana', 'Ana'],
    ['me llamo Lucía y tengo 9 años', 'Lucía'],
    ['my best friend Emma is mad at me', 'Emma'],
    ['my teacher Mrs. Henderson gave us homework', 'Mrs. Henderson'],
    ['Jacob Miller keeps taking my lunch', 'Jacob Miller'],
    ['a boy named tyler sits next to me', 'tyler'],
    ["My brother's name is Tyler", 'Tyler'],
    ['Dmitri Ivanov keeps texting me', 'Dmitri Ivanov'],
    ['my friends Liam and Noah are coming over', 'Liam'],
    ['Signed, Ethan', 'Ethan'],
    ['hi im olivia and im 10', 'olivia'],
    ['my friend emma likes cats', 'emma'],
    ['my great grandmother was called Rosa Diaz', 'Rosa Diaz'],
    ['my grandfather’s name Tadeusz Nowak is on the letter', 'Tadeusz Nowak'],
    ['everyone calls me Bean at school', 'Bean'],
    ['ask mr Smith about the trip', 'Smith'],
    ['Its me, Leo!', 'Leo'],
    ['Maya Lin\nclass 5B\nroom 12\n415-555-0199', 'Maya Lin'],
  ])('takes the name in %j', (text, name) => expectTaken(text, 'name', name));

  it('takes a found name wherever else the message writes it', () => {
    expect(scrubPII('my friend Emma Li is mean. Emma said I was ugly').text).toBe(
      'my friend [name] is mean. [name] said I was ugly',
    );
    expect(scrubPII('im olivia and Olivia is a good name').text).toBe('im [name] and [name] is a good name');
    // A capitalised name does not take the same word in lower case.
    expect(scrubPII('my friend Rose gave me a rose').text).toBe('my friend [name] gave me a rose');
  });

  it('reads each line of a contact card on its own', () => {
    const card = 'Ana Silva\nBright Kids Club\nJo Reyes\n1234 Oak Street';
    expect(taken(card)).toEqual(
      expect.arrayContaining([
        ['name', 'Jo Reyes'],
        ['address', '1234 Oak Street'],
      ]),
    );
  });

  it.each([
    'I wrote a report on George Washington',
    'Taylor Swift is my favorite singer',
    'my favorite book is Charlotte’s Web',
    "I'm so tired today",
    "I'm Happy because we won",
    'im going home',
    'my mom is nice',
    'we read Harry Potter in class',
    'the Eiffel Tower is in Paris and is 330 meters tall',
    'the Statue of Liberty stands in New York Harbor',
    'can you call me back later',
    'we studied Julius Caesar and Cleopatra',
    'Rosa Parks would not give up her seat',
    'I did a report on Benjamin Franklin',
    'Michael Phelps won 23 gold medals',
    'who was Anne Frank',
    'I love Amelia Bedelia books',
    'The Lion King is my favorite movie',
    'Thomas Edison invented the light bulb right',
    'Abraham Lincoln was born on February 12, 1809',
    "what's your name? Are you a robot?",
    'I miss Paris so much',
  ])('leaves %j alone', expectUntouched);
});

describe('scrubPII: contact details', () => {
  it.each([
    ['you can email me at maya.j2014@gmail.com if you want', 'email', 'maya.j2014@gmail.com'],
    ['my email is zoe underscore 11 at yahoo dot com', 'email', 'zoe underscore 11 at yahoo dot com'],
    ['write to sam (at) gmail (dot) com', 'email', 'sam (at) gmail (dot) com'],
    ['mi correo es ana arroba hotmail punto com', 'email', 'ana arroba hotmail punto com'],
    ["my mom's number is (415) 555-0132 call her", 'phone', '(415) 555-0132'],
    ['text me 415.555.0199 after school', 'phone', '415.555.0199'],
    ['text me 4155550199', 'phone', '4155550199'],
    ['UK friends can ring me on 07700 900123', 'phone', '07700 900123'],
    ['Call me on +44 20 7946 0958 tonight', 'phone', '+44 20 7946 0958'],
    [
      'my number is four one five five five five zero one three two',
      'phone',
      'four one five five five five zero one three two',
    ],
    ['follow me on insta @sunny.sketches', 'handle', '@sunny.sketches'],
    ['my discord is pixelfox#4821 add me', 'handle', 'pixelfox#4821'],
    ['my snapchat is cool_kid_22', 'handle', 'cool_kid_22'],
    ['my roblox username is SkyDragon', 'handle', 'SkyDragon'],
    ['check out my channel https://youtube.com/@gamerkid77', 'url', 'youtube.com/@gamerkid77'],
    ['my website is samsworld.net', 'url', 'samsworld.net'],
    ['my email is jake99 at gmail', 'email', 'jake99 at gmail'],
    ['add me on fortnite its xXSlayerXx', 'handle', 'xXSlayerXx'],
    ['my number is 4 1 5 5 5 5 0 1 9 9', 'phone', '4 1 5 5 5 5 0 1 9 9'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    'my roblox is lagging again',
    'look it up on https://en.wikipedia.org/wiki/Volcano',
    'we meet at school at 8',
    'I got 100% on my test',
  ])('leaves %j alone', expectUntouched);
});

describe('scrubPII: places', () => {
  it.each([
    ['I live at 1234 Oak Street, Springfield', 'address', '1234 Oak Street'],
    ['we moved to 77 Birch Lane Apt 4B last week', 'address', '77 Birch Lane Apt 4B'],
    ['i live at 12 maple ave', 'address', '12 maple ave'],
    ['I live on Cherry Street near the park', 'address', 'Cherry Street'],
    ['vivo en Calle Mayor 12, Madrid', 'address', 'Calle Mayor 12'],
    ['my postcode is SW1A 1AA', 'address', 'SW1A 1AA'],
    ['my zip is 94110-1234', 'address', '94110-1234'],
    ['postcode: 7412 SL', 'address', '7412 SL'],
    ['my postal code is K1A 0B1', 'address', 'K1A 0B1'],
    ['meu CEP: 75534-030', 'address', '75534-030'],
    ['I go to Lincoln Elementary School and my teacher is nice', 'school', 'Lincoln Elementary School'],
    ['i attend Westfield Middle School in grade 7', 'school', 'Westfield Middle School'],
    ['i go to lincoln elementary', 'school', 'lincoln elementary'],
    ['voy a la Escuela Benito Juárez', 'school', 'Escuela Benito Juárez'],
    ['I go to Roosevelt High', 'school', 'Roosevelt High'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    // A bare ZIP or four-digit postcode names a town or district, like a city name.
    'my zip code is 35350',
    'what is the weather like in zip 90210',
    'ZIP: 4943',
    'I walked 5 blocks down the road',
    'in middle school we learn algebra',
    'my old high school had a pool',
    'the 3 little pigs built houses',
  ])('leaves %j alone', expectUntouched);
});

describe('scrubPII: dates of birth and numbers', () => {
  it.each([
    ["my birthday is 03/14/2014 so I'm almost 12", 'birthdate', '03/14/2014'],
    ['I was born on July 4, 2013', 'birthdate', 'July 4, 2013'],
    ['nací el 4 de julio de 2013', 'birthdate', '4 de julio de 2013'],
    ['my bday is march 3rd', 'birthdate', 'march 3rd'],
    ['my bday is 3/14', 'birthdate', '3/14'],
    ['my social security number is 123-45-6789 is that safe', 'id_number', '123-45-6789'],
    ['my passport number is X1234567', 'id_number', 'X1234567'],
    ['my mom card is 4111 1111 1111 1111', 'card', '4111 1111 1111 1111'],
    ['my ip is 192.168.1.24 why is my wifi slow', 'ip', '192.168.1.24'],
    ['we are at 40.7128, -74.0060 right now', 'geo', '40.7128, -74.0060'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    'World War II ended in 1945',
    'the Declaration of Independence was signed on July 4, 1776',
    'what is 12 + 35?',
    'read chapter 3 pages 45-67 for homework',
    'pi is about 3.14159 and e is 2.71828',
    'Mount Everest is 8849 m high',
    'how do I write 1,000,000 in scientific notation',
    'the score was 3-2 in the last minute',
    'the war lasted from 1939-1945',
    'the test is on 03/14/2026',
    'a number like 4111 1111 1111 1112 fails the card check',
    'update to version 1.2.3.4',
    'add 3/4 and 5/8 please',
    'count by fives: 5 10 15 20 25 30 35',
    // The cut before a date falls inside "phone": its tail "ne" is no French "né".
    'my phone abcd 12/03/2014',
  ])('leaves %j alone', expectUntouched);

  it('checks card numbers with Luhn unless the words around call it a card', () => {
    expect(taken('numbers 4111111111111111 and 4111111111111112')).toEqual([['card', '4111111111111111']]);
    expect(taken('my card number is 4111 1111 1111 1112')).toEqual([['card', '4111 1111 1111 1112']]);
  });
});

describe('scrubPII: unseen phrasings', () => {
  it.each([
    ['this is kenji here, can u help me with math', 'name', 'kenji'],
    ['names Tyler btw, whats yours', 'name', 'Tyler'],
    ['my nanas name is Dolores', 'name', 'Dolores'],
    ["ok that's all, from Noah", 'name', 'Noah'],
    ['ok bye, from Jasmine', 'name', 'Jasmine'],
    ['Ms. Okonkwo is my fav teacher', 'name', 'Okonkwo'],
    ['la maestra Gutiérrez nos dejó mucha tarea', 'name', 'Gutiérrez'],
    ['el profe Ramírez es muy estricto', 'name', 'Ramírez'],
    ['gracias, Renata', 'name', 'Renata'],
    ['im Kai btw', 'name', 'Kai'],
    ['my mail is soccerstar11 at outlook period com', 'email', 'soccerstar11 at outlook period com'],
    ['my email is dragonfan at gmail dotcom', 'email', 'dragonfan at gmail dotcom'],
    ['my email is zoe underscore g at yahoo dot co dot uk', 'email', 'zoe underscore g at yahoo dot co dot uk'],
    ['my email is coolkid123 @ gmail.com', 'email', 'coolkid123 @ gmail.com'],
    ['text me 555 two one two 4567', 'phone', '555 two one two 4567'],
    ['call me 07700 nine zero zero one two three', 'phone', '07700 nine zero zero one two three'],
    ['my social is 123 45 6789', 'id_number', '123 45 6789'],
    ['add me on discord its shadowfang', 'handle', 'shadowfang'],
    ['add me on discord bluejay', 'handle', 'bluejay'],
    ['my ig is at maya.draws', 'handle', 'maya.draws'],
    ['our address is 14 Kingsway Gardens, London SW1A 1AA', 'address', 'SW1A 1AA'],
    ['our flat is 22B Oxford Road, Manchester M13 9PL', 'address', 'M13 9PL'],
    ['vivo en calle 5 de mayo #45', 'address', 'calle 5 de mayo #45'],
    ['mi casa está en Carrera 7 # 45-20', 'address', 'Carrera 7 # 45-20'],
    ['vivo en Calle 10 #5-51, Bogotá', 'address', 'Calle 10 #5-51'],
    ['i go to st marys', 'school', 'st marys'],
    ['i go to ps 123 in brooklyn', 'school', 'ps 123'],
    ['i go to brookside elem', 'school', 'brookside elem'],
    ['mi cumple es el 5 de mayo', 'birthdate', '5 de mayo'],
    ['mi hermano nació el 3 de mayo de 2015', 'birthdate', '3 de mayo de 2015'],
    ['lat 51.5074 long -0.1278', 'geo', '51.5074 long -0.1278'],
    ['I live at flat 3, 27 Queen Street', 'address', 'flat 3, 27 Queen Street'],
    ['we live in apt 3C, 250 West 57th St', 'address', 'apt 3C, 250 West 57th St'],
    ['my address is 42 maple st springfield il 62704', 'address', '42 maple st springfield il 62704'],
    ['voy a la secundaria técnica 45', 'school', 'secundaria técnica 45'],
    ['my school is called Maple Grove', 'school', 'Maple Grove'],
    ['mi escuela se llama Benito Juárez', 'school', 'Benito Juárez'],
  ] as const)('takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    ['hola soy Lucía, mi cel es 55 8765 4321', 'phone', '55 8765 4321'],
    ['whatsapp +54 9 11 2345-6789', 'phone', '+54 9 11 2345-6789'],
    ['mi DNI es 12345678Z', 'id_number', '12345678Z'],
    ['mi CURP es GOMC120315HDFRRR09', 'id_number', 'GOMC120315HDFRRR09'],
    ['agrégame en discord: lunita_09', 'handle', 'lunita_09'],
    [
      'my number is oh seven seven double oh nine double oh one two three',
      'phone',
      'oh seven seven double oh nine double oh one two three',
    ],
    ['my address is 1234 oak ave apt 5b', 'address', '1234 oak ave apt 5b'],
    ['estudio en la Escuela Primaria Benito Juárez', 'school', 'Escuela Primaria Benito Juárez'],
    ['my mom Jennifer Walsh says i can use this', 'name', 'Jennifer Walsh'],
    ['hello this is aaliyah here', 'name', 'aaliyah'],
  ] as const)('still takes %j', (text, type, value) => expectTaken(text, type, value));

  it.each([
    'martin luther king jr was born on january 15 1929',
    'Barack Obama was born on August 4, 1961',
    'Shakira nació el 2 de febrero de 1977',
    'ISBN 978-0-545-01022-1',
    'minecraft 1.20.4 update is out',
    'my name is weird lol',
    'add me on snap asap',
    "I'm from San Diego",
    'we went to San Francisco last summer',
    'we visited St. Louis last year',
    "the game is at St. Mary's field",
    "it's raining here",
    "it's cold here",
    'we moved to a new town, from Chicago',
    'add me on roblox later',
    'la maestra dijo que no',
    'thanks, from the whole class',
    'mi mamá me llamó ayer',
    'el 5 de mayo de 1862 fue la batalla de Puebla',
    'Frida Kahlo nació en 1907',
    'my school is Great',
    "I'm Dead lol",
    'la primaria tiene 300 alumnos',
    'room 12 is next to the gym',
  ])('leaves %j alone', expectUntouched);
});

describe('scrubPII on a message with thousands of names', () => {
  // Each name is weighed (famous? made up? a pet's?) by tens of patterns around it; past a thousand weighings in
  // one message the rest are taken unweighed, the safe side, so a message made to be slow stays fast.
  it('weighs the names of a message as long as a child writes', () => {
    expect(scrubPII('my hero Harry Potter. '.repeat(50)).findings).toEqual([]);
  });

  it('takes the names of one with thousands of them', () => {
    const { text } = scrubPII('my hero Harry Potter. '.repeat(2000));
    expect(text).not.toContain('Harry');
    expect(text.endsWith('my hero [name]. ')).toBe(true);
  });
});

describe('scrubPII on text with emoji and the typographic apostrophe', () => {
  it('indexes the input, whatever emoji stand before a finding', () => {
    const text = '😀😀 hi!! I’m Lily 💙🏽 text me on 07700 900123 👨‍👩‍👧 ok?';
    const { text: out, findings } = scrubPII(text);
    expect(out).toBe('😀😀 hi!! I’m [name] 💙🏽 text me on [phone] 👨‍👩‍👧 ok?');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Lily', '07700 900123']);
  });

  it('finds what it finds without them', () => {
    const plain = "hi!! I'm Lily, text me on 07700 900123 ok?";
    const dressed = '✨ hi!! I’m Lily ❤️, text me on 07700 900123 ok? 🇬🇧';
    const types = (t: string) => scrubPII(t).findings.map((f) => [f.type, t.slice(f.start, f.end)]);
    expect(types(dressed)).toEqual(types(plain));
  });
});
