import {
  type AgeBand,
  countSyllables,
  disclosureUiMessages,
  fleschKincaidGrade,
  pickMessages,
  resolveDisclosure,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

/** Highest Flesch–Kincaid grade each band's English text may reach. */
const LIMITS: Record<Exclude<AgeBand, 'adult'>, number> = { under13: 4, teen13to15: 7, teen16to17: 9 };

/** Everything a child of the band reads: the disclosure with each retention wording, and the reminder. */
function englishText(band: AgeBand, retentionDays: number | undefined): string {
  const d = resolveDisclosure(band, 'en', retentionDays === undefined ? undefined : { facts: { retentionDays } });
  const ui = pickMessages(disclosureUiMessages, 'en', band);
  return [
    d.title,
    ...d.sections.flatMap((s) => [s.heading, s.body]),
    ui.acknowledge,
    ui.reminderTitle,
    ui.reminderBody,
    ui.keepChatting,
    ui.takeBreak,
  ].join('\n');
}

describe('fleschKincaidGrade', () => {
  it('counts syllables in common words', () => {
    const expected: Record<string, number> = {
      I: 1,
      the: 1,
      person: 2,
      computer: 3,
      program: 2,
      feelings: 2,
      important: 3,
      information: 4,
      chatted: 2,
      makes: 1,
      little: 2,
      deletes: 2,
      family: 3,
      emergency: 4,
      relationships: 4,
      called: 1,
      wanted: 2,
    };
    for (const [word, syllables] of Object.entries(expected)) expect(countSyllables(word), word).toBe(syllables);
  });

  it('separates easy text from hard text', () => {
    const easy = 'The cat sat on the mat. It was a big cat. The cat is fat.';
    const hard =
      'Notwithstanding the aforementioned considerations, organisational accountability necessitates comprehensive documentation of algorithmic decision-making methodologies.';
    expect(fleschKincaidGrade(easy)).toBeLessThan(2);
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(16);
  });
});

describe('English disclosure readability', () => {
  for (const [band, limit] of Object.entries(LIMITS) as [Exclude<AgeBand, 'adult'>, number][]) {
    it(`stays at or below grade ${limit} for ${band}`, () => {
      for (const days of [undefined, 0, 1, 30]) {
        const grade = fleschKincaidGrade(englishText(band, days));
        expect(grade, `${band}, retention ${String(days)}: grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(limit);
      }
    });
  }

  it('gets harder to read from the youngest band to the oldest', () => {
    const grades = (['under13', 'teen13to15', 'teen16to17'] as const).map((band) =>
      fleschKincaidGrade(englishText(band, undefined)),
    );
    expect(grades[0]).toBeLessThan(grades[1]!);
    expect(grades[1]).toBeLessThan(grades[2]!);
  });
});
