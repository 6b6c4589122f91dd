import {
  AGE_BANDS,
  getDisclosure,
  pickMessages,
  REPORT_REASONS,
  reportButtonLabels,
  reportMessages,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'es', 'fr', 'de'] as const;
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(strings);

describe('report strings in every locale', () => {
  for (const locale of LOCALES) {
    for (const band of AGE_BANDS) {
      it(`are complete and the app's own in ${locale} for ${band}`, () => {
        const t = pickMessages(reportMessages, locale, band);
        for (const reason of REPORT_REASONS) expect(t.reasons[reason].length).toBeGreaterThan(3);
        for (const s of strings(t)) expect(s.trim().length).toBeGreaterThan(0);
        // The visible word is part of the accessible name (WCAG 2.5.3).
        expect(t.messageTrigger.toLowerCase()).toContain(t.messageTriggerShort.toLowerCase());
        if (locale !== 'en') expect(t.messageTrigger).not.toBe(pickMessages(reportMessages, 'en', band).messageTrigger);
      });

      it(`never ask the child to keep or write down the reference number (${locale}, ${band})`, () => {
        const t = pickMessages(reportMessages, locale, band);
        const told = `${t.nextSteps} ${t.myReportsIntro}`;
        expect(told).not.toMatch(
          /(?:^|[.:!]\s)(?:keep|write|remember|guarda|apunta|recuerda|garde|note|retiens|behalte|notiere|schreib|merk)\b/iu,
        );
        // …and say the app keeps it.
        expect(t.nextSteps).toMatch(/this device|este dispositivo|cet appareil|diesem Gerät/);
      });
    }
  }
});

describe('the disclosure names the report button', () => {
  for (const locale of LOCALES) {
    for (const band of AGE_BANDS) {
      it(`by its exact label, in ${locale} for ${band}`, () => {
        const label = pickMessages(reportMessages, locale, band).messageTrigger;
        const disclosure = getDisclosure(band, locale);
        const help = disclosure.sections.map((s) => s.body).join(' ');
        expect(help).toContain(label);
        expect(help).not.toContain('{reportButton}');
      });
    }
  }

  it('follows the button’s own catalogue, which the report words take their labels from', () => {
    for (const locale of LOCALES)
      for (const band of AGE_BANDS)
        expect(pickMessages(reportMessages, locale, band).messageTrigger).toBe(
          pickMessages(reportButtonLabels, locale, band).messageTrigger,
        );
    const en = reportButtonLabels.en.base;
    const before = en.messageTrigger;
    try {
      en.messageTrigger = 'Tell us about this message';
      // A customisation is resolved afresh (the built-in text is cached).
      const text = getDisclosure('teen13to15', 'en', { teen13to15: { title: 'Study Buddy is an AI' } });
      expect(text.sections.map((s) => s.body).join(' ')).toContain('“Tell us about this message”');
    } finally {
      en.messageTrigger = before;
    }
  });
});
