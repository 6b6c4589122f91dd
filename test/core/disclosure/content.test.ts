import {
  AGE_BANDS,
  type AgeBand,
  defineDisclosures,
  disclosureCatalogue,
  getDisclosure,
  REQUIRED_SECTIONS,
  resolveDisclosure,
} from '@youthchat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'es', 'fr', 'de'] as const;
const MINORS: AgeBand[] = ['under13', 'teen13to15', 'teen16to17'];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const allText = (band: AgeBand, locale: string) => {
  const d = getDisclosure(band, locale);
  return [d.title, ...d.sections.flatMap((s) => [s.heading, s.body])].join('\n');
};

describe('getDisclosure', () => {
  it('answers the contract shape for every band in every shipped locale', () => {
    expect(Object.keys(disclosureCatalogue).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      for (const band of AGE_BANDS) {
        const d = getDisclosure(band, locale);
        expect(Object.keys(d).sort()).toEqual(['sections', 'title', 'version']);
        expect(d.version).toMatch(/^[0-9a-f]{14}$/);
        expect(d.title.trim()).not.toBe('');
        expect(d.sections.length).toBeGreaterThan(0);
        for (const section of d.sections) {
          expect(Object.keys(section).sort()).toEqual(['body', 'heading']);
          expect(section.heading.trim()).not.toBe('');
          expect(section.body.trim()).not.toBe('');
          // Every placeholder was filled in.
          expect(section.body).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('covers what a minor must be told, in every locale', () => {
    for (const locale of LOCALES) {
      for (const band of MINORS) {
        const ids = resolveDisclosure(band, locale).sections.map((s) => s.id);
        expect(ids).toEqual(expect.arrayContaining([...REQUIRED_SECTIONS[band]]));
      }
    }
  });

  it('says "not a person" first, and names the personal details not to share', () => {
    const under13 = resolveDisclosure('under13', 'en');
    expect(under13.sections[0]?.id).toBe('ai');
    expect(under13.sections[0]?.body).toMatch(/not a real person/);
    const privacy = under13.sections.find((s) => s.id === 'privacy')?.body ?? '';
    for (const detail of [/name/, /school/, /where you live/, /phone/, /photos/]) expect(privacy).toMatch(detail);
    expect(resolveDisclosure('teen16to17', 'en').sections.find((s) => s.id === 'suitability')?.body).toMatch(
      /not be suitable for some minors/,
    );
  });

  it('gives adults a shorter, plainer version', () => {
    for (const locale of LOCALES) {
      const adult = words(allText('adult', locale));
      for (const band of MINORS) expect(adult).toBeLessThan(words(allText(band, locale)) * 0.6);
    }
  });

  it('is written separately for each band and each language, not copied', () => {
    const seen = new Set<string>();
    for (const locale of LOCALES) {
      for (const band of AGE_BANDS) {
        for (const { body } of getDisclosure(band, locale).sections) seen.add(body);
      }
    }
    const total = LOCALES.length * AGE_BANDS.reduce((n, band) => n + getDisclosure(band).sections.length, 0);
    // A few short sentences may repeat between bands; most must not.
    expect(seen.size).toBeGreaterThan(total * 0.9);
    for (const locale of ['es', 'fr', 'de']) {
      for (const band of AGE_BANDS) expect(allText(band, locale)).not.toBe(allText(band, 'en'));
    }
  });

  it('falls back from a regional tag to its language, and from an unknown language to English', () => {
    expect(getDisclosure('under13', 'es-MX')).toEqual(getDisclosure('under13', 'es'));
    expect(getDisclosure('teen13to15', 'fr_CA')).toEqual(getDisclosure('teen13to15', 'fr'));
    expect(getDisclosure('teen16to17', 'pt-BR')).toEqual(getDisclosure('teen16to17', 'en'));
    expect(getDisclosure('adult')).toEqual(getDisclosure('adult', 'en'));
    expect(resolveDisclosure('under13', 'de-AT').locale).toBe('de');
  });

  it('gives every band and locale its own version, the same on every call', () => {
    const versions = new Set<string>();
    for (const locale of LOCALES) {
      for (const band of AGE_BANDS) {
        expect(getDisclosure(band, locale).version).toBe(getDisclosure(band, locale).version);
        versions.add(getDisclosure(band, locale).version);
      }
    }
    expect(versions.size).toBe(LOCALES.length * AGE_BANDS.length);
  });

  it('changes the version whenever any character of the text changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AGE_BANDS),
        fc.constantFrom(...LOCALES),
        fc.nat(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }).filter((c) => c.trim() !== ''),
        (band, locale, pick, at, char) => {
          const original = resolveDisclosure(band, locale);
          const section = original.sections[pick % original.sections.length]!;
          const i = at % section.body.length;
          const body = section.body.slice(0, i) + char + section.body.slice(i + 1);
          fc.pre(body !== section.body);
          const changed = resolveDisclosure(band, locale, { [band]: { sections: { [section.id]: { body } } } });
          expect(changed.version).not.toBe(original.version);
        },
      ),
      { numRuns: 200 },
    );
    const title = resolveDisclosure('under13', 'en', { under13: { title: 'You are talking to an AI!' } });
    expect(title.version).not.toBe(getDisclosure('under13', 'en').version);
    const heading = resolveDisclosure('under13', 'en', {
      under13: { sections: { ai: { heading: 'I am not human' } } },
    });
    expect(heading.version).not.toBe(getDisclosure('under13', 'en').version);
  });

  it('keeps the version when a customisation leaves the text as it was', () => {
    const same = defineDisclosures({ under13: { title: getDisclosure('under13', 'en').title } });
    expect(getDisclosure('under13', 'en', same).version).toBe(getDisclosure('under13', 'en').version);
  });

  it('says what the app keeps only when the app says so', () => {
    const body = (days: number | undefined, band: AgeBand = 'teen13to15', locale = 'en') =>
      resolveDisclosure(
        band,
        locale,
        days === undefined ? undefined : { facts: { retentionDays: days } },
      ).sections.find((s) => s.id === 'messages')?.body ?? '';
    expect(body(undefined)).toMatch(/privacy notice/);
    expect(body(undefined)).not.toMatch(/\d/);
    expect(body(30)).toMatch(/for 30 days, then deletes them/);
    expect(body(1)).toMatch(/for 1 day,/);
    expect(body(0)).toMatch(/does not keep your messages/);
    expect(body(30, 'under13', 'es')).toMatch(/30 días/);
    expect(body(14, 'teen16to17', 'de')).toMatch(/14 Tage/);
    expect(body(7, 'adult', 'fr')).toMatch(/7 jours/);
  });
});
