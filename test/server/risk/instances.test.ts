import { DEFAULT_POLICY } from '@youthchat/core';
import {
  type CheckVerdict,
  createChatHandler,
  createYouthchatHandler,
  type ModerationCheck,
  type ReportStore,
} from '@youthchat/server';
import { serve } from '@youthchat/server/node';
import { afterAll, describe, expect, it } from 'vitest';
import { chat } from '../chat/helpers.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fixtures/fake-openai.ts';
import { pgUrl } from '../reports/postgres.ts';
import { ageSession, BACKENDS, postgresBackend, SECRET, startRiskServer, testClock } from './harness.ts';

const HOUR = 3_600_000;

describe.skipIf(!pgUrl)('two instances on one PostgreSQL database', () => {
  // Made only when the suite runs: a skipped suite's body is still collected, without a database URL.
  const backend = pgUrl ? postgresBackend() : (null as never);
  const stores: ReportStore[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
    await backend.cleanup();
  });

  it('lose no addition when both add to the same subject at once, and report the crossing once', async () => {
    const [a, b] = [await backend.open(), await backend.open()];
    stores.push(a as ReportStore, b as ReportStore);
    const now = Date.UTC(2026, 2, 10);
    const add = (store: ReportStore) =>
      store.addRisk({
        subject: 'subject-hash-for-the-race-000000000',
        band: 'teen13to15',
        now,
        threshold: 30,
        rearmRatio: 0.5,
        additions: [
          { category: 'grooming', amount: 1, halfLifeMs: 336 * HOUR },
          { category: 'abuse', amount: 0.5, halfLifeMs: 168 * HOUR },
        ],
      });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => add((i % 2 === 0 ? a : b) as ReportStore)));
    const rows = await (a as ReportStore).readRisk('subject-hash-for-the-race-000000000');
    expect(rows.map((r) => [r.category, r.score])).toEqual([
      ['abuse', 25],
      ['grooming', 50],
    ]);
    const crossings = results.flat().filter((c) => c.crossed);
    expect(crossings).toEqual([{ category: 'grooming', score: 30, crossed: true }]);
  });

  it('two chat handlers on the database add up one child’s risk', async () => {
    const fake: FakeOpenAI = await startFakeOpenAI({
      script: { moderation: { flags: [{ contains: 'worthless loser', categories: ['harassment'] }] } },
    });
    const clock = testClock('2026-03-10T12:00:00Z');
    const [a, b] = [await backend.open(), await backend.open()];
    stores.push(a as ReportStore, b as ReportStore);
    const one = await startRiskServer(a as ReportStore, { now: clock.now, fake });
    const two = await startRiskServer(b as ReportStore, { now: clock.now, fake });
    try {
      const child = ageSession('teen16to17', clock);
      const token = await child.token();
      const text = 'someone in my class wrote that I am a worthless loser';
      // Each instance takes one message at a time per child; the two run side by side.
      await Promise.all(
        [one, two].map(async (server) => {
          for (let i = 0; i < 3; i++) await chat(`${server.url}/api/chat`, token, text);
        }),
      );
      const [row] = await (b as ReportStore).readRisk(child.subject);
      expect(row).toMatchObject({ category: 'harassment', score: 6, band: 'teen16to17' });
      // teen16to17's threshold is 6: exactly one of the two instances escalated the crossing.
      expect(DEFAULT_POLICY.bands.teen16to17.risk?.threshold).toBe(6);
      const events = [...one.escalations, ...two.escalations].filter((e) => e.trigger === 'accumulated-risk');
      expect(events).toHaveLength(1);
    } finally {
      await one.close();
      await two.close();
      await fake.close();
    }
  });
});

/** A stand-in for the youth-policy classifier: verdicts with a severity and no block, as a policy model gives them. */
function scriptedClassifier(verdict: (text: string) => CheckVerdict): ModerationCheck {
  return { name: 'youth-policy', check: (texts) => texts.map(verdict) };
}

for (const makeBackend of BACKENDS) {
  describe(`what raises the score (${makeBackend().name})`, () => {
    const backend = makeBackend();
    afterAll(() => backend.cleanup());

    it('weighs a verdict by its severity, and a sub-threshold moderation score by its size', async () => {
      const store = await backend.open();
      const fake = await startFakeOpenAI({
        script: {
          // Scored, not flagged: moderation's own bar is not met.
          moderation: {
            flags: [{ contains: 'favourite song', categories: ['self-harm'], flagged: false, score: 0.4 }],
          },
        },
      });
      const clock = testClock('2026-03-10T12:00:00Z');
      const weights = DEFAULT_POLICY.bands.under13.risk?.weights;
      const server = await startRiskServer(store, { now: clock.now, fake });
      try {
        const child = ageSession('teen13to15', clock);
        await chat(`${server.url}/api/chat`, await child.token(), 'tell me about your favourite song');
        const rows = await store.readRisk(child.subject);
        expect(rows.map((r) => r.category)).toEqual(['self-harm']);
        const row = rows[0];
        expect(row?.score).toBeCloseTo(0.4 * (weights?.score ?? 0), 6);
        expect(server.escalations).toEqual([]);
      } finally {
        await server.close();
        await fake.close();
      }

      const severities = { one: 'low', two: 'medium', three: 'none' } as const;
      const classifier = scriptedClassifier((text): CheckVerdict => {
        const word = (['one', 'two', 'three'] as const).find((w) => text.includes(`secret ${w}`));
        return word ? { categories: ['grooming'], action: 'allow', severity: severities[word] } : { categories: [] };
      });
      const child = ageSession('teen13to15', clock);
      const running = await serve(
        createYouthchatHandler({
          secret: SECRET,
          routes: {
            '/chat': createChatHandler({
              secret: SECRET,
              records: store,
              now: clock.now,
              offlineDelayMs: 0,
              checks: { input: [classifier] },
              onEscalation: () => {},
            }),
          },
        }),
      );
      try {
        for (const word of ['one', 'two', 'three'])
          await chat(`${running.url}/api/chat`, await child.token(), `we have a secret ${word}`);
        const [row] = await store.readRisk(child.subject);
        expect(row).toMatchObject({ category: 'grooming' });
        expect(row?.score).toBe((weights?.low ?? 0) + (weights?.medium ?? 0));
      } finally {
        await running.close();
        await store.close();
      }
    });
  });
}
