import {
  AGE_BANDS,
  CRISIS_REPORT_REASONS,
  isReportReason,
  MODERATION_ACTIONS,
  pickMessages,
  REPORT_REASON_SEVERITY,
  REPORT_REASONS,
  reportMessages,
  reportQueueMessages,
  showsCrisisResources,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(strings);

describe('report reasons', () => {
  it('are the contract’s eight, each with a severity', () => {
    expect([...REPORT_REASONS].sort()).toEqual(
      ['bullying', 'grooming', 'other', 'personal-info', 'scary', 'self-harm', 'sexual', 'violence'].sort(),
    );
    for (const reason of REPORT_REASONS) expect(['high', 'medium', 'low']).toContain(REPORT_REASON_SEVERITY[reason]);
    expect(isReportReason('spam')).toBe(false);
  });

  it('show crisis resources for self-harm, grooming and sexual content only', () => {
    expect(REPORT_REASONS.filter(showsCrisisResources).sort()).toEqual(['grooming', 'self-harm', 'sexual']);
    expect([...CRISIS_REPORT_REASONS].sort()).toEqual(['grooming', 'self-harm', 'sexual']);
  });
});

describe('report strings', () => {
  for (const locale of ['en', 'es', 'fr', 'de']) {
    for (const band of AGE_BANDS) {
      it(`are complete in ${locale} for ${band}`, () => {
        const t = pickMessages(reportMessages, locale, band);
        for (const reason of REPORT_REASONS) expect(t.reasons[reason].length).toBeGreaterThan(3);
        for (const s of strings(t)) expect(s.trim().length).toBeGreaterThan(0);
        // A refusal is told in the reporter's language, never with the server's English message.
        expect(t.rejectedBody).not.toContain('{message}');
        // The visible word is part of the accessible name (label in name compares without case).
        expect(t.messageTrigger.toLowerCase()).toContain(t.messageTriggerShort.toLowerCase());
      });
    }
    it(`moderator strings are complete in ${locale}`, () => {
      const t = pickMessages(reportQueueMessages, locale);
      for (const action of MODERATION_ACTIONS) expect(t.actions[action].length).toBeGreaterThan(2);
      for (const s of strings(t)) expect(s.trim().length).toBeGreaterThan(0);
      expect(t.open).toContain('{reference}');
    });
  }

  it('use other words for the youngest band and for adults', () => {
    const en = (band: (typeof AGE_BANDS)[number]) => pickMessages(reportMessages, 'en', band);
    expect(en('under13').nextSteps).not.toBe(en('adult').nextSteps);
    expect(en('adult').nextSteps).toMatch(/statement of reasons/);
    expect(pickMessages(reportMessages, 'es-MX', 'under13').title).toBe('Avisar de un problema');
  });
});
