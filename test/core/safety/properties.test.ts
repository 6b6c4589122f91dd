import { AGE_BANDS, type PIIFinding, screenText, scrubPII } from '@youthchat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Pieces of realistic chat and of personal data, so that generated strings reach every detector. */
const PIECES = [
  'my name is ',
  "I'm ",
  'this is ',
  ' here',
  '- ',
  'love, ',
  'my friend ',
  'Mrs. ',
  'Maya',
  'Johnson',
  'noah',
  'Kim',
  'email me at ',
  'sam.j2014@gmail.com',
  ' at ',
  ' dot ',
  'com',
  ' underscore ',
  '(at)',
  'arroba',
  'punto',
  'call me on ',
  '415-555-0199',
  '(415) 555 0132',
  '+44 20 7946 0958',
  'four ',
  'one ',
  'five ',
  'zero ',
  'double ',
  'I live at ',
  '1234 Oak Street',
  ', Springfield',
  ' Apt 4B',
  'Calle Mayor 12',
  '\n',
  'SW1A 1AA',
  'zip code is 94110',
  'I go to ',
  'Lincoln Elementary School',
  'St. Mary',
  'Escuela ',
  'Benito',
  'Juárez',
  'my insta is ',
  '@sunny.sketches',
  'pixelfox#4821',
  'my snapchat is ',
  'cool_kid_22',
  'https://youtube.com/@kid',
  'born on ',
  'July 4, 2013',
  '03/14/2014',
  'birthday ',
  '4 de julio de 2013',
  'ssn ',
  '123-45-6789',
  'passport ',
  'X1234567',
  '4111 1111 1111 1111',
  '4111111111111111',
  'my ip is ',
  '192.168.1.24',
  'fe80::1ff:fe23:4567:890a',
  '40.7128, -74.0060',
  '40° 42′ 46″ N 74° 0′ 21″ W',
  '[name]',
  '[phone]',
  '12 + 35',
  '1945',
  'chapter 3 pages 45-67',
  '3.14159',
  ' ',
  ' ',
  '.',
  ',',
  '!',
  '?',
  '🙂',
  'é',
  'İ',
];

const chatLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const anyText = fc.oneof(chatLike, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

function checkFindings(input: string, findings: PIIFinding[]) {
  let previousEnd = 0;
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(previousEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    previousEnd = f.end;
  }
}

function render(input: string, findings: PIIFinding[]): string {
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += `${input.slice(at, f.start)}[${f.type}]`;
    at = f.end;
  }
  return out + input.slice(at);
}

describe('scrubPII properties', () => {
  it('never throws, and its findings index the input in order without overlapping', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text, findings } = scrubPII(input);
        checkFindings(input, findings);
        expect(text).toBe(render(input, findings));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: scrubbing the result again finds nothing', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const once = scrubPII(input);
        expect(scrubPII(once.text)).toEqual({ text: once.text, findings: [] });
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing in ordinary lower-case words', () => {
    const plain = fc.array(
      fc.constantFrom('the', 'cat', 'sat', 'on', 'mat', 'and', 'ran', 'to', 'school', 'fast', 'today'),
      {
        maxLength: 20,
      },
    );
    fc.assert(
      fc.property(plain, (words) => {
        const input = words.join(' ');
        expect(scrubPII(input).findings).toEqual([]);
      }),
    );
  });
});

describe('long and repetitive input', () => {
  // Patterns that make careless regular expressions backtrack without end; each must still finish.
  const long = [
    'a.'.repeat(10_000),
    `${'a.a.a.a.a.a.a.a'.repeat(1300)}@`,
    'Sam Sam Sam here '.repeat(1200),
    'my name is maya johnson and i live at 12 oak street '.repeat(400),
    '1 '.repeat(10_000),
    'sh1t f*ck '.repeat(2000),
    'Aaa Bbb Ccc Ddd school '.repeat(800),
    'a at b dot '.repeat(2000),
  ];

  it.each(long.map((text) => [text.slice(0, 24), text]))('scrubs and screens %j… in one piece', (_, text) => {
    const { findings } = scrubPII(text);
    checkFindings(text, findings);
    expect(['allow', 'block', 'escalate']).toContain(screenText(text, { band: 'under13' }).action);
  });
});

describe('screenText properties', () => {
  it('never throws and always answers with a known action and categories', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...AGE_BANDS), (input, band) => {
        const result = screenText(input, { band });
        expect(['allow', 'block', 'escalate']).toContain(result.action);
        expect(result.action === 'allow' || result.categories.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
